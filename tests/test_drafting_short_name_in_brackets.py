"""A body the press names by a short name in title case ("l'Anapec") and, elsewhere, in full
with that name in brackets ("l'Agence nationale … (Anapec)") is one new organization, named
in full, whichever comes first."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

FULL = "l'Agence nationale de promotion de l'emploi et des compétences (Anapec)"


@pytest.mark.parametrize("first, second", [("l'Anapec", FULL), (FULL, "l'Anapec")])
def test_the_short_name_and_the_full_name_are_one_body(first: str, second: str) -> None:
    text = (f"Une convention a été signée mardi à Casablanca par {first} et la Fédération "
            f"nationale du textile (FNT). Pour {second[2:]}, ce partenariat vise à former "
            f"des jeunes. {second[0].upper() + second[1:]} a signé mardi une convention avec "
            "la FNT.\n")
    result = drafted(text, [])
    names = [o["name"] for o in result["organizations"]]
    assert names.count("Agence nationale de promotion de l'emploi et des compétences") == 1
    assert "Anapec" not in names
    assert all(len(set(found)) == len(found) == 2 for found in parties(result))
