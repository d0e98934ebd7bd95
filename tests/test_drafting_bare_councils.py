"""A regional council named without its region ("le conseil de la région"): the region the
article names for a council elsewhere, else the signing place's, always with a TODO."""

from __future__ import annotations

from typing import Any

from conventions_cli.drafting import draft_article

REGIONS = [{"id": "region-fes-meknes", "name": "Région Fès-Meknès (Conseil régional)",
            "kind": "region", "acronym": None, "aliases": [], "country": "MA"}]


def names(draft: Any) -> set[str]:
    new = {o["id"]: o["name"] for o in draft.data.get("organizations", [])}
    return {new.get(p["org"], p["org"]) for a in draft.agreements for p in a["parties"]}


def test_the_council_of_the_signing_place_s_region_with_a_todo() -> None:
    page = ("Le conseil de la région et l'Agence urbaine de Taza ont signé jeudi à Taza une "
            "convention pour la mise à niveau des quartiers anciens.\n")
    draft = draft_article(page, published_on="2026-03-13", organizations=REGIONS)
    assert "region-fes-meknes" in names(draft)
    line = next(x for x in draft.yaml.splitlines() if "org: region-fes-meknes" in x)
    assert "TODO: taken as the region of the signing place (Taza)" in line


def test_a_new_council_is_named_as_the_base_names_regions() -> None:
    page = ("Le Conseil régional et l'Office régional de mise en valeur agricole ont signé "
            "lundi à Ouarzazate une convention sur les oasis.\n")
    draft = draft_article(page, published_on="2026-03-13")
    assert "Région Drâa-Tafilalet (Conseil régional)" in names(draft)
    assert "check it" in draft.yaml


def test_the_region_the_article_names_for_its_council_comes_first() -> None:
    page = ("Le Conseil régional de Fès-Meknès a tenu sa session à Fès.\n\nLe conseil de la "
            "région et l'Agence urbaine de Rabat ont signé jeudi à Rabat une convention.\n")
    draft = draft_article(page, published_on="2026-03-13", organizations=REGIONS)
    assert "region-fes-meknes" in names(draft)
    assert "Région Rabat-Salé-Kénitra (Conseil régional)" not in names(draft)


def test_a_signing_abroad_names_no_region() -> None:
    page = ("Le conseil de la région et l'Agence française de développement ont signé jeudi "
            "à Lyon une convention.\n")
    draft = draft_article(page, published_on="2026-03-13")
    assert not any(n.startswith("Région ") for n in names(draft))


def test_a_region_named_with_its_article_reads_as_the_base_names_it() -> None:
    page = ("Le conseil de la région et l'Agence urbaine d'Oujda ont signé jeudi à Oujda une "
            "convention.\n")
    draft = draft_article(page, published_on="2026-03-13")
    assert "Région de l'Oriental (Conseil régional)" in names(draft)
