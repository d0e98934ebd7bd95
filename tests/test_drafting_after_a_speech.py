"""A signing told after a minister's speech ("A l'issue de cette allocution, une convention
a été signée …"): it happened where and when the speech was given, not on the day a
quotation says "aujourd'hui", nor in the wire's dateline city."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

SPEECH = ("Rabat, 12/03/2025 (MAP) - Le ministre de l'Agriculture a plaidé mardi à Fès pour "
          "« une filière qui profite d'abord aux petits producteurs ».\n\n"
          "« Aujourd'hui, un producteur sur deux vend sous le coût de revient », a-t-il "
          "souligné, avant de remercier « nos partenaires de la Chambre d'agriculture ».\n\n")


@pytest.mark.parametrize("opening", ["A l'issue de cette allocution", "A cette occasion",
                                     "Au terme de son discours", "En marge de cette rencontre",
                                     "Lors de cette rencontre", "Au cours de son allocution",
                                     "Durant cette rencontre"])
def test_the_signing_after_a_speech_takes_the_speechs_day_and_town(opening: str) -> None:
    result = drafted(SPEECH + f"{opening}, une convention de partenariat a été signée "
                     "entre l'Agence pour le développement agricole et la Fédération "
                     "interprofessionnelle de l'olive.\n", [], published_on="2025-03-12")
    [agreement] = result["agreements"]
    assert agreement["signed_on"] == "2025-03-11"  # mardi, not the quote's "aujourd'hui"
    assert agreement["place"] == "Fès"  # not Rabat, where the wire was filed


def test_a_seminar_crowned_by_the_signing_gives_its_day_and_town() -> None:
    result = drafted("Un séminaire sur l'emploi des jeunes s'est tenu, le 12 mars à Azrou, en "
                     "présence du gouverneur de la province.\n\nOrganisé par l'Agence de "
                     "l'emploi, ce séminaire a été marqué par la signature de deux conventions "
                     "entre l'Agence de l'emploi et des associations locales.\n", [],
                     published_on="2026-03-16")
    assert {a.get("signed_on") for a in result["agreements"]} == {"2026-03-12"}
    assert {a.get("place") for a in result["agreements"]} == {"Azrou"}
