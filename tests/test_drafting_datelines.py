"""A day in an agency dispatch's dateline ("Tanger, 4 mars 2026 —") is the day the story
was filed: the publication date when none is given, the day "hier", "mardi" and "le 3
courant" count from, and never the signing day. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from conventions_cli.drafting import draft_article
from conventions_cli.drafting.text import prepare

BASE = [{"id": "onep", "name": "Office régional des eaux du Nord", "acronym": "OREN",
         "kind": "public-body"}]


@pytest.mark.parametrize("lead, published", [
    ("Tanger, 4 mars 2026 — Le port", "2026-03-04"),
    ("Tanger, le 4 mars 2026 (MAP) — Le port", "2026-03-04"),
    ("Tanger, 1er mars 2026 – Le port", "2026-03-01"),
    ("Tanger, 04/03/2026 — Le port", "2026-03-04"),
])
def test_the_dateline_s_day_is_the_publication_s(lead: str, published: str) -> None:
    article = prepare(lead + " et la ville ont signé hier une convention de partenariat.")
    assert article.publication.date == published
    assert article.dateline is not None and article.dateline[0] == "Tanger"


def test_a_header_date_stays_the_publication_s() -> None:
    article = prepare("Publié le 05/03/2026\n\nTanger, 4 mars 2026 — Le port et la ville ont "
                      "signé hier une convention de partenariat pour la gestion des quais.")
    assert article.publication.date == "2026-03-05"


def test_a_dateline_without_a_year_dates_nothing() -> None:
    article = prepare("Tanger, le 4 mars (MAP) — Le port et la ville ont signé hier une "
                      "convention de partenariat pour la gestion des quais de la ville.")
    assert article.publication.date is None


pytest.importorskip("spacy")

DISPATCH = ("Tanger, 4 mars 2026 — L'Office régional des eaux du Nord (OREN) et la Commune de "
            "Tanger ont signé, {when} à Tanger, une convention de partenariat de 40 millions de "
            "dirhams pour la rénovation du réseau d'eau potable de la médina.")


@pytest.mark.parametrize("when, signed", [
    ("hier", "2026-03-03"),
    ("avant-hier", "2026-03-02"),
    ("lundi", "2026-03-02"),
    ("le 2 courant", "2026-03-02"),
])
def test_relative_days_count_from_the_dateline(when: str, signed: str) -> None:
    draft = draft_article(DISPATCH.format(when=when), organizations=BASE)
    [agreement] = draft.agreements
    assert agreement["signed_on"] == signed
    assert agreement["sources"][0]["published_on"] == "2026-03-04"


def test_the_dateline_s_day_is_never_the_signing_day() -> None:
    text = ("Tanger, 4 mars 2026 — L'Office régional des eaux du Nord (OREN) et la Commune de "
            "Tanger ont signé une convention de partenariat pour la rénovation du réseau.")
    draft = draft_article(text, organizations=BASE)
    [agreement] = draft.agreements
    assert agreement["signed_on"] is None
    assert "no signing date found" in draft.yaml


def test_published_on_given_still_wins_and_is_said_to_differ() -> None:
    draft = draft_article(DISPATCH.format(when="hier"), published_on="2026-03-06",
                          organizations=BASE)
    assert draft.agreements[0]["signed_on"] == "2026-03-05"
    assert any("2026-03-04" in w for w in draft.warnings)
