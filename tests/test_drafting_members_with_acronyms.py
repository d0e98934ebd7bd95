""""les présidents des universités A (AA) de Fès, B (BB) de Meknès et C de Tanger (CC)": one
university per name, each with its acronym and its town, however the acronym and the town
are ordered."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


def test_each_listed_member_keeps_its_acronym_and_town() -> None:
    text = ("Fès – Huit conventions ont été signées jeudi à Fès pour les stages des "
            "étudiants. Elles ont été signées par les présidents des universités Sidi Ahmed "
            "Ben Salem (USABS) de Fès, Moulay Driss (UMD) de Meknès et Atlas de Tanger (UAT), "
            "et par le directeur de l'Office régional de l'emploi.\n")
    result = drafted(text, [])
    found = {o["name"]: o.get("acronym") for o in result["organizations"]}
    assert found["Université Sidi Ahmed Ben Salem de Fès"] == "USABS"
    assert found["Université Moulay Driss de Meknès"] == "UMD"
    assert found["Université Atlas de Tanger"] == "UAT"
    assert not {"USABS", "UMD", "UAT", "Fès", "Meknès"} & set(found)
