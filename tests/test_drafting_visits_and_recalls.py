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


def test_the_treaty_the_days_agreements_rest_on_dates_none_of_them() -> None:
    text = ("Les deux gouvernements ont paraphé ce mardi à Lisbonne neuf accords de "
            "coopération.\n"
            "Ils ont aussi élevé leurs relations au rang de partenariat renforcé, fondé sur le "
            "Traité de coopération signé en avril 1991.\n")
    result = drafted(text, BASE, published_on=None)
    assert not any(str(a.get("signed_on") or "").startswith("1991")
                   for a in result["agreements"])


@pytest.mark.parametrize("frame", [
    "Ces conventions s'inscrivent dans la mise en œuvre de la stratégie Horizon Vert "
    "2021-2031.",
    "Elles relèvent du Plan d'Essor Logistique 2016-2022.",
    "Elles concourent au programme de développement régional (2023-2028) de l'Oriental.",
])
def test_a_national_plans_years_are_no_agreements_period(frame: str) -> None:
    text = ("L'Office des silos (ODS) et la Fédération des meuniers ont signé jeudi à Rabat "
            "deux conventions de partenariat. " + frame + "\n")
    result = drafted(text, BASE, published_on="2025-06-19")
    assert all(not a.get("period") for a in result["agreements"])


def test_an_action_plans_years_are_its_period() -> None:
    text = ("L'Office des silos (ODS) et la Fédération des meuniers ont signé jeudi à Rabat "
            "le plan d'action 2025-2027 de leur convention de partenariat.\n")
    result = drafted(text, BASE, published_on="2025-06-19")
    assert result["agreements"][0]["period"] == {"start": 2025, "end": 2027}


def test_the_plan_a_convention_carries_out_over_a_period_gives_it() -> None:
    text = ("L'Office des silos (ODS) et la Fédération des meuniers ont signé jeudi à Rabat "
            "une convention-cadre pour exécuter le plan de relance des minoteries pour la "
            "période 2025-2028.\n")
    result = drafted(text, BASE, published_on="2025-06-19")
    assert result["agreements"][0]["period"] == {"start": 2025, "end": 2028}
