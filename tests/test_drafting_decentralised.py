"""Decentralised cooperation: a French département is a body ("le département de la
Gironde"), a hyphenated town is one name ("Saint-Médard-en-Jalles"), and "d'autre part"
after it ends the name."""

from __future__ import annotations

from conventions_cli.drafting.towns import french_departement
from drafting_cases import drafted, party_names

STORY = ("Une convention de coopération décentralisée a été signée jeudi à Bordeaux entre "
         "la province de Tiznit et la commune de Mirleft, d'une part, et le département de "
         "la Gironde et la commune de Saint-Médard-en-Jalles d'autre part.")


def test_a_french_departement_and_a_hyphenated_town_are_parties() -> None:
    found = party_names(drafted(STORY, [], published_on="2019-05-10"))
    assert len(found) == 1
    assert "Département de la Gironde" in found[0]
    assert "Commune de Saint-Médard-en-Jalles" in found[0]
    assert not any(n.startswith("Jalles") or "autre part" in n for n in found[0])


def test_only_a_departement_of_france_is_read_as_one() -> None:
    assert french_departement("département du Val-d’Oise")
    assert french_departement("Département des Hauts-de-Seine")
    assert not french_departement("département de la Pêche maritime")
    assert not french_departement("département de l'Agriculture")
