"""`conv draft --add`: a report that gives no signing day ("ont récemment signé") is
compared with the base's agreements signed in the week before it was published, by the
rule the dated ones follow: a partner in common, the same type, the same money."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from conventions_cli.drafting.add import lookalikes

ORGS = [{"id": "min-eau", "kind": "ministry"}, {"id": "office-eau", "kind": "public-body"},
        {"id": "banque-nordique", "kind": "international"}]


def loan(aid: str, *, signed_on: str | None = None, published_on: str = "2026-09-20",
         amount: int = 90_000_000, currency: str = "EUR", kind: str = "accord",
         parties: tuple[str, ...] = ("office-eau", "banque-nordique")) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": aid, "type": kind, "parties": [{"org": o, "role": "signatory"} for o in parties],
        "funding": {"amount": amount, "currency": currency},
        "sources": [{"publisher": "Le Matin", "published_on": published_on}],
        "_source": "base.yaml", "_line": 9}
    if signed_on:
        record["signed_on"] = signed_on
    return record


def found(new: dict[str, Any], old: dict[str, Any]) -> list[str]:
    draft = SimpleNamespace(agreements=[new], organizations=[])
    return lookalikes(draft, SimpleNamespace(agreements=[old], organizations=ORGS))  # type: ignore[arg-type]


SIGNED = loan("pret-2026", signed_on="2026-09-17", published_on="2026-09-18")


@pytest.mark.parametrize("published", ["2026-09-17", "2026-09-19", "2026-09-24"])
def test_an_undated_report_of_the_week_after_a_signing_is_a_lookalike(published) -> None:
    [twin] = found(loan("pret-2026-2", published_on=published), SIGNED)
    assert twin == ("pret-2026-2 looks like pret-2026 (base.yaml:9): banque-nordique, "
                    f"office-eau, signed 2026-09-17, and the other undated, reported "
                    f"{published}, with the same type and the same amount 90 000 000 EUR")


def test_an_undated_agreement_of_the_base_is_compared_the_same_way() -> None:
    old = loan("pret-2026", published_on="2026-09-19")
    assert found(loan("new", signed_on="2026-09-16", published_on="2026-09-21"), old)


@pytest.mark.parametrize("new", [
    loan("later", published_on="2026-09-25"),              # eight days after the signing
    loan("before", published_on="2026-09-16"),             # published before it
    loan("month", published_on="2026-09"),                 # a month says nothing of the week
    loan("amount", amount=45_000_000),                     # another loan of the lender
    loan("currency", currency="USD"),
    loan("type", kind="memorandum"),
    loan("partner", parties=("min-eau",)),                 # nobody in common
])
def test_an_undated_report_of_another_agreement_is_added(new) -> None:
    assert found(new, SIGNED) == []


UNDATED = """\
Rabat — L'Office de l'eau potable du Nord et la Banque nordique d'investissement ont \
récemment signé un accord de prêt de 90 millions d'euros, destiné à raccorder une \
vingtaine de douars au réseau.
"""
BASE = """\
schema: 2
organizations:
  - {id: office-eau, name: Office de l'eau potable du Nord, kind: public-body}
  - {id: banque-nordique, name: Banque nordique d'investissement, kind: international}
agreements:
  - id: pret-2026
    title: Accord de prêt pour l'eau des douars
    type: accord
    signed_on: 2026-09-17
    parties:
      - {org: office-eau, role: signatory}
      - {org: banque-nordique, role: funder}
    funding: {amount: 90000000, currency: EUR}
    sources:
      - {publisher: MAP, published_on: 2026-09-17}
"""


def test_an_undated_second_report_is_refused_and_forced_past_with_a_comment(
        run, write_yaml, tmp_path) -> None:
    pytest.importorskip("spacy")
    base = write_yaml(BASE)
    article = tmp_path / "breve.txt"
    article.write_text(UNDATED, encoding="utf-8")
    args = ["draft", str(article), "--published-on", "2026-09-19", "--add"]
    refused = run(*args, data=base)
    assert refused.exit_code == 1, refused.output
    assert "looks like pret-2026 (" in refused.stderr
    assert "signed 2026-09-17, and the other undated, reported 2026-09-19" in refused.stderr
    assert base.read_text(encoding="utf-8") == BASE
    later = run("draft", str(article), "--published-on", "2026-10-19", "--add", data=base)
    assert later.exit_code == 0, later.output  # a month later: another loan, maybe
    base.write_text(BASE, encoding="utf-8")
    forced = run(*args, "--force", data=base)
    assert forced.exit_code == 0, forced.output
    assert "# added with --force, although it looks like pret-2026 (" in \
        base.read_text(encoding="utf-8")
