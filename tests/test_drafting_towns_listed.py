"""Towns listed under one plural ("les villes marocaine d'X et française de Y"): each its
own party, its nationality said before its name; a Moroccan town signs as its commune,
known by the press's other name for it, "Ville de X"."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")


@pytest.mark.parametrize("towns", [
    "Les villes marocaine de Tiznit et française d'Issoire",
    "Les villes de Tiznit et d'Issoire"])
def test_each_listed_town_signs(towns: str) -> None:
    text = (f"{towns} ont signé, samedi à Tiznit, une convention de jumelage pour des "
            "échanges entre leurs écoles.\n")
    result = drafted(text, [])
    assert len(names_of(result)) == 2
    by_name = {o["name"]: o for o in result["organizations"]}
    tiznit = by_name["Commune de Tiznit"]
    assert tiznit["kind"] == "public-body"
    assert "Ville de Tiznit" in tiznit.get("aliases", [])
    assert any(name.startswith("Ville d'Issoire") for name in by_name)


def test_the_mayor_of_a_moroccan_town_signs_for_its_commune_also_called_ville() -> None:
    text = ("Le maire de Tiznit, Karim Idrissi, et le maire de Grenade, Luis Ortega, ont "
            "signé lundi une convention de coopération culturelle.\n")
    result = drafted(text, [])
    by_name = {o["name"]: o for o in result["organizations"]}
    assert by_name["Commune de Tiznit"].get("aliases") == ["Ville de Tiznit"]
