""""son homologue de la Fédération X, Name": Name signs for that federation, with his
counterpart's office; "l'organisateur du salon X, Y": Y signs, the salon is what Y runs."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, signers

pytest.importorskip("spacy")


def test_a_counterpart_of_another_federation_signs_for_it() -> None:
    text = ("Signée par le président de la FRMB, Karim Lahlou, et son homologue de la "
            "Fédération tchadienne, Issaka Hima Bandé, cette convention de partenariat "
            "porte sur la formation des arbitres.\n")
    result = drafted(text, [], published_on="2025-03-12")
    names = names_of(result)
    assert "Issaka Hima Bandé" not in names
    assert "Fédération tchadienne" in names
    new = {o["id"]: o["name"] for o in result["organizations"]}
    assert new.get(signers(result).get("Issaka Hima Bandé") or "") == \
        "Fédération tchadienne"


def test_the_organizer_of_a_fair_signs_not_the_fair() -> None:
    text = ("Le Technopark a signé trois conventions à Marrakech. La troisième convention, "
            "signée entre le Technopark et l'organisateur du salon Digital Expo, Nawat "
            "Events, vise à exposer des jeunes pousses.\n")
    result = drafted(text, [], published_on="2025-03-12")
    names = names_of(result)
    assert "Nawat Events" in names
    assert not any("Digital Expo" in n for n in names)
