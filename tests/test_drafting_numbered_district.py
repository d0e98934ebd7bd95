""""le Gouverneur du District 9010 (Maroc-Tunisie) du Rotary International, A": the numbered
district of the network is one body with the network's name; the places it covers are not
bodies."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, signers

pytest.importorskip("spacy")


def test_a_numbered_district_of_a_club_network_signs_as_one_body() -> None:
    text = ("Rabat – Une convention pour planter 5.000 arbres a été signée lundi à Rabat par "
            "le directeur de l'Agence nationale des eaux et forêts, Karim Tazi, et le "
            "Gouverneur du District 9010 (Algérie-Maroc-Tunisie) du Rotary International, "
            "Samir Lahlou.\n")
    result = drafted(text, [])
    names = names_of(result)
    assert "District 9010 du Rotary International" in names
    assert not {"District", "Algérie-Maroc-Tunisie"} & names
    by_id = {o["id"]: o["name"] for o in result["organizations"]}
    assert by_id[signers(result)["Samir Lahlou"]] == "District 9010 du Rotary International"
