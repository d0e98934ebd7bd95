"""Ministers named with their portfolio in brackets in the sentence that says they signed:
each signs for the ministry the base knows by that portfolio."""

from __future__ import annotations

from typing import Any

from conventions_cli.drafting import draft_article

LEAD = ("Deux contrats de performance ont été conclus mardi à Rabat entre l'État et les "
        "professionnels du cuir.\n\n")
MINISTRIES = [
    {"id": "ministere-sante", "name": "Ministère de la Santé", "kind": "ministry",
     "acronym": None, "aliases": [], "country": "MA"},
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry",
     "acronym": "MEF", "aliases": [], "country": "MA"},
]


def signers(draft: Any) -> list[set[tuple[str, str]]]:
    return [{(s["person"], s["org"]) for s in a.get("signatories", [])}
            for a in draft.agreements]


def test_each_minister_signs_every_contract_for_the_ministry_of_the_portfolio() -> None:
    page = LEAD + ("Les contrats portent la signature des présidents des fédérations et de "
                   "deux ministres, à savoir Nadia Berrada (Santé) et Omar Fassi (Economie "
                   "et Finances), paraphés en fin de matinée.\n")
    draft = draft_article(page, published_on="2026-03-11", organizations=MINISTRIES)
    assert signers(draft) == [{("nadia-berrada", "ministere-sante"), ("omar-fassi", "mef")}] * 2


def test_a_portfolio_the_base_does_not_know_makes_up_no_ministry() -> None:
    page = LEAD + ("Les contrats ont été paraphés par deux ministres, à savoir Nadia Berrada "
                   "(Affaires sahariennes et oasiennes) et Omar Fassi (Economie et Finances).\n")
    draft = draft_article(page, published_on="2026-03-11", organizations=MINISTRIES)
    orgs = {p["org"] for a in draft.agreements for p in a["parties"]}
    assert "mef" in orgs and not any("sahariennes" in o for o in orgs)


def test_a_place_in_brackets_after_someone_not_a_minister_is_no_ministry() -> None:
    page = LEAD + ("Les contrats ont été paraphés par les présidents Nadia Berrada (Santé) et "
                   "Omar Fassi (Finances).\n")
    draft = draft_article(page, published_on="2026-03-11", organizations=MINISTRIES)
    orgs = {p["org"] for a in draft.agreements for p in a["parties"]}
    assert not {"ministere-sante", "mef"} & orgs


def test_ministers_of_one_rank_sign_that_one_only() -> None:
    page = ("Deux conventions ont été signées mardi à Rabat avec les professionnels du cuir.\n\n"
            "La première a été paraphée par deux ministres, à savoir Nadia Berrada (Santé) et "
            "Omar Fassi (Economie et Finances), et la fédération du cuir. La seconde a été "
            "conclue avec la chambre de commerce de Fès.\n")
    draft = draft_article(page, published_on="2026-03-11", organizations=MINISTRIES)
    orgs = [{p["org"] for p in a["parties"]} for a in draft.agreements]
    assert {"ministere-sante", "mef"} <= orgs[0] and not {"ministere-sante", "mef"} & orgs[1]
