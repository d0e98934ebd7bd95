"""The companies that carry a batch's investment projects, told with the projects further
down ("confiée à « A » et « B »", "portée par C", "quatre fermes (D, E, F)"): each the
other party of an agreement of the batch that names none."""

from __future__ import annotations

from typing import Any

from conventions_cli.drafting import draft_article

LEAD = ("Le ministre de l'Industrie, Karim Bennani, a présidé lundi à Agadir la signature de "
        "{n} conventions d'investissement dans la région, pour 900 millions de dirhams.\n\n")


def companies(draft: Any) -> list[list[str]]:
    names = {o["id"]: o["name"] for o in draft.data.get("organizations", [])}
    return [[names.get(p["org"], p["org"]) for p in a["parties"] if p["role"] == "partner"]
            for a in draft.agreements]


def test_carriers_named_after_confiee_a_and_portee_par_each_take_an_agreement() -> None:
    page = LEAD.format(n="quatre") + (
        "La filière du béton porte sur des unités de préfabrication, confiée à « Betonex », "
        "« Daoud Travaux » et « Souss Préfa ». Le projet de briqueterie est porté par "
        "Briques du Sud.\n")
    draft = draft_article(page, published_on="2026-03-10")
    assert companies(draft) == [["Betonex"], ["Daoud Travaux"], ["Souss Préfa"],
                                ["Briques du Sud"]]


def test_carriers_in_brackets_after_the_projects_whatever_their_case() -> None:
    page = LEAD.format(n="trois") + (
        "Ces conventions portent sur trois fermes aquacoles (Atlas Aqua, huîtres de Oualidia "
        "et Mer Bleue Farming) au large de la côte.\n")
    draft = draft_article(page, published_on="2026-03-10")
    assert companies(draft) == [["Atlas Aqua"], ["Huîtres de Oualidia"],
                                ["Mer Bleue Farming"]]


def test_brackets_of_a_place_or_of_what_a_plant_makes_name_no_carrier() -> None:
    page = LEAD.format(n="deux") + (
        "Elles portent sur deux projets dans la baie (Baie de Dakhla) et une usine de "
        "combustible (combustible de substitution du fioul).\n")
    draft = draft_article(page, published_on="2026-03-10")
    assert companies(draft) == [[], []]


def test_no_investment_batch_no_carriers() -> None:
    page = ("Le ministère de la Culture et la Région de l'Oriental ont signé lundi à Oujda "
            "une convention de partenariat.\n\nLa rénovation du théâtre, confiée à « Atelier "
            "Nord », commencera en mai.\n")
    draft = draft_article(page, published_on="2026-03-10")
    assert draft.agreements
    assert all("Atelier Nord" not in names for names in companies(draft))


def test_people_and_a_project_s_own_acronym_carry_nothing() -> None:
    page = LEAD.format(n="deux") + (
        "La signature a été réalisée par M. Chen Wei, président de Sino Textile, et par "
        "Omar Alami, directeur du centre. Elles alimentent la banque de projets (BDP) de la "
        "région.\n")
    draft = draft_article(page, published_on="2026-03-10")
    assert companies(draft) == [[], []]


def test_a_carrier_the_base_knows_is_the_base_s() -> None:
    known = [{"id": "ciments-atlas", "name": "Ciments Atlas", "kind": "company",
              "acronym": None, "aliases": [], "country": "MA"}]
    page = LEAD.format(n="deux") + (
        "La plateforme de valorisation des déchets est confiée à Ciments Atlas et à « Eco "
        "Souss ».\n")
    draft = draft_article(page, published_on="2026-03-10", organizations=known)
    orgs = [p["org"] for a in draft.agreements for p in a["parties"] if p["role"] == "partner"]
    assert "ciments-atlas" in orgs
