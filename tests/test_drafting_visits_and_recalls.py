"""The visit a signing took place during, told in the ways the press tells it, and the
figures a speaker recalls, which are no agreement's."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def _event_names(result: dict) -> list[str]:
    return [e["name"] for e in result["events"]]


@pytest.mark.parametrize("scene", [
    "Le président chilien, Pablo Rojas, est arrivé mardi à Fès, dans le cadre d'une visite "
    "officielle au Maroc qui durera deux jours.",
    "Le Souverain a reçu à Fès le président chilien, Pablo Rojas, qui effectuait sa toute "
    "première visite officielle au Maroc.",
    "Un nouveau chapitre s'ouvre avec la visite au Maroc de Monsieur Pablo Rojas, président "
    "du Chili.",
    "Monsieur Pablo Rojas effectue, les 3 et 4 mars, une visite officielle d'amitié et de "
    "travail au Maroc.",
])
def test_the_visit_told_in_the_scene_is_the_event(scene: str) -> None:
    text = (scene + "\nLes deux pays ont signé quatre accords de coopération dans les domaines "
            "de l'eau et de la pêche.\n")
    names = _event_names(drafted(text, BASE, published_on="2025-03-05"))
    assert len(names) == 1
    assert names[0].startswith("Visite")
    assert "au Maroc" in names[0]
    assert any(who in names[0] for who in ("Pablo Rojas", "président chilien"))
    assert "Monsieur" not in names[0]


def test_a_past_visit_is_no_event() -> None:
    text = ("Le président chilien, Pablo Rojas, avait effectué une visite officielle au Maroc "
            "en 2019.\nLes deux pays ont signé jeudi à Rabat quatre accords de coopération "
            "dans les domaines de l'eau et de la pêche.\n")
    assert _event_names(drafted(text, BASE, published_on="2025-03-07")) == []


def test_figures_a_speaker_recalls_are_no_agreements() -> None:
    text = ("Une convention a été signée mercredi à Rabat entre le gouvernement et l'Agence "
            "du littoral (ADL) pour aménager la baie de Tiznit.\n"
            "Il a rappelé que la commission des investissements avait validé lundi 12 projets "
            "totalisant 5,2 milliards de DH, qui devraient générer 9.000 emplois.\n"
            "Le site sera aménagé avec un investissement de 320 millions de DH et créera 140 "
            "emplois directs.\n")
    agreement = drafted(text, BASE, published_on="2025-05-15")["agreements"][0]
    assert agreement["funding"]["amount"] == 320_000_000
    assert agreement["jobs"]["direct"] == 140
