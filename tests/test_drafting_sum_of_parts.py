"""One agreement whose amount is told in parts, then as their sum ("20 M€ à A et 15 M€ à
B … Cette aide de 35 M€"), is for the sum; parts with no sum told keep the first."""

from __future__ import annotations

from conventions_cli.drafting import draft_article

LEAD = ("La Banque nordique d'investissement a signé, mardi à Casablanca, un accord avec "
        "deux banques marocaines pour financer les PME exportatrices.\n\n")


def test_the_sum_of_the_parts_is_the_agreement_s_amount() -> None:
    page = LEAD + ("Elle versera 12 millions d'euros à la Banque Atlas et 8 millions d'euros "
                   "à la Banque du Sud. Cette enveloppe de 20 millions d'euros doit toucher "
                   "300 entreprises.\n")
    [agreement] = draft_article(page, published_on="2026-03-11").agreements
    assert agreement["funding"] == {"amount": 20_000_000, "currency": "EUR"}


def test_parts_without_their_sum_keep_the_first_as_before() -> None:
    page = LEAD + ("Elle versera 12 millions d'euros à la Banque Atlas et 8 millions d'euros "
                   "à la Banque du Sud. Une autre enveloppe de 30 millions d'euros suivra.\n")
    [agreement] = draft_article(page, published_on="2026-03-11").agreements
    assert agreement["funding"] == {"amount": 12_000_000, "currency": "EUR"}
