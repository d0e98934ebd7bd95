"""Where a plant is built is not where its agreement was signed: "signée avec X pour la
réalisation d'une usine … à Meknès" gives no place; "signée mardi à Rabat pour une usine à
Meknès" gives Rabat."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


@pytest.mark.parametrize("project", [
    "pour la réalisation d'une usine de faisceaux électriques à Meknès",
    "pour l'extension de son unité de production de pièces à Kénitra",
    "pour l'implantation d'un site de maintenance à Tanger"])
def test_the_site_of_the_plant_is_no_place_of_signing(project: str) -> None:
    text = (f"Une convention d'investissement a été signée avec le groupe Orbis {project}, "
            "pour un montant de 120 MDH et 800 emplois.\n")
    [agreement] = drafted(text, [])["agreements"]
    assert agreement.get("place") is None


def test_the_signing_place_is_kept_beside_the_site() -> None:
    text = ("Une convention d'investissement a été signée mardi à Rabat avec le groupe Orbis "
            "pour la réalisation d'une usine de faisceaux électriques à Meknès.\n")
    [agreement] = drafted(text, [])["agreements"]
    assert agreement["place"] == "Rabat"
