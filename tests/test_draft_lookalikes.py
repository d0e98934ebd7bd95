"""`conv draft --add` refuses a draft that looks like an agreement the base has: besides a
partner in common, the same parties whatever their kind (two ministries) or the same
signatories, the same day, unless the type or the amount tells the two apart."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from conventions_cli.drafting.add import lookalikes

ORGS = [{"id": "min-sport", "kind": "ministry"}, {"id": "min-sport-sn", "kind": "ministry"},
        {"id": "min-culture-sn", "kind": "ministry"}, {"id": "atlas", "kind": "company"},
        {"id": "delta", "kind": "company"}]


def agreement(aid: str, parties: list[str], *, signed_on: str = "2026-03-09",
              kind: str = "convention-partenariat", people: tuple[str, ...] = (),
              amount: int | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": aid, "type": kind, "signed_on": signed_on,
        "parties": [{"org": org, "role": "signatory"} for org in parties],
        "signatories": [{"person": p, "org": parties[0]} for p in people],
        "sources": [{"publisher": "MAP", "published_on": "2026-03-10"}],
        "_source": "base.yaml", "_line": 3}
    if amount is not None:
        record["funding"] = {"amount": amount, "currency": "MAD"}
    return record


def found(new: dict[str, Any], old: dict[str, Any], new_orgs: tuple[dict, ...] = ()
          ) -> list[str]:
    draft = SimpleNamespace(agreements=[new], organizations=list(new_orgs))
    return lookalikes(draft, SimpleNamespace(agreements=[old], organizations=ORGS))  # type: ignore[arg-type]


def test_two_ministries_signing_again_the_same_day_is_a_lookalike() -> None:
    twins = found(agreement("new", ["min-sport-sn", "min-sport"]),
                  agreement("old", ["min-sport", "min-sport-sn"]))
    assert twins == ["new looks like old (base.yaml:3): the same parties min-sport, "
                     "min-sport-sn, signed 2026-03-09"]


@pytest.mark.parametrize("old", [
    agreement("other-day", ["min-sport", "min-sport-sn"], signed_on="2026-03-10"),
    agreement("memorandum", ["min-sport", "min-sport-sn"], kind="memorandum"),
    agreement("a-third-party", ["min-sport", "min-sport-sn", "min-culture-sn"]),
    agreement("culture", ["min-sport", "min-culture-sn"]),
])
def test_ministries_signing_something_else_that_day_are_not_refused(old) -> None:
    assert found(agreement("new", ["min-sport", "min-sport-sn"]), old) == []


def test_two_conventions_of_different_amounts_the_same_day_are_two() -> None:
    new = agreement("new", ["min-sport", "min-sport-sn"], amount=10_000_000)
    assert found(new, agreement("old", ["min-sport", "min-sport-sn"], amount=40_000_000)) == []
    assert found(new, agreement("old", ["min-sport", "min-sport-sn"], amount=10_000_000))
    assert found(new, agreement("old", ["min-sport", "min-sport-sn"]))  # no amount: alike


def test_the_same_signatories_the_same_day_is_a_lookalike_when_a_body_was_redrafted() -> None:
    # the draft proposed its own record for the foreign ministry the base already has
    new = agreement("new", ["min-sport", "ministere-sports-sn"], people=("a-diop", "k-alami"))
    old = agreement("old", ["min-sport", "min-sport-sn"], people=("k-alami", "a-diop"))
    twins = found(new, old, ({"id": "ministere-sports-sn", "kind": "ministry"},))
    assert twins and "the same signatories a-diop, k-alami, signed 2026-03-09" in twins[0]
    one = agreement("old", ["min-sport", "delta"], people=("k-alami",))
    assert found(agreement("new", ["min-sport", "atlas"], people=("k-alami",)), one) == []


def test_a_partner_in_common_still_makes_a_lookalike_whatever_the_type() -> None:
    twins = found(agreement("new", ["min-sport", "atlas"], kind="memorandum"),
                  agreement("old", ["atlas", "min-culture-sn"]))
    assert twins == ["new looks like old (base.yaml:3): atlas, signed 2026-03-09"]


CONVENTION = """\
Rabat — Le ministère de la Jeunesse et des Sports et le ministère sénégalais des Sports \
ont signé, lundi 9 mars 2026 à Rabat, une convention de coopération pour la formation \
des entraîneurs.
"""
MEMORANDUM = """\
Rabat — En marge de la même visite, le ministère de la Jeunesse et des Sports et le \
ministère sénégalais des Sports ont également signé, lundi 9 mars 2026, un mémorandum \
d'entente sur les échanges de jeunes.
"""


def test_a_ministry_to_ministry_agreement_added_twice_is_refused(run, write_yaml, tmp_path
                                                                ) -> None:
    pytest.importorskip("spacy")
    base = write_yaml("schema: 2\n")

    def add(text: str) -> Any:
        article = tmp_path / "article.txt"
        article.write_text(text, encoding="utf-8")
        return run("draft", str(article), "--published-on", "2026-03-10", "--add", data=base)

    assert add(CONVENTION).exit_code == 0
    once = base.read_text(encoding="utf-8")
    again = add(CONVENTION)
    assert again.exit_code == 1, again.output
    assert ": the same parties " in again.stderr and "signed 2026-03-09" in again.stderr
    assert base.read_text(encoding="utf-8") == once
    other = add(MEMORANDUM)  # the same ministers, the same day, another agreement
    assert other.exit_code == 0, other.output


# A second outlet's report of one loan that says "mardi" where the first said "jeudi":
# the same parties or signatories, type and money, a few days apart.
@pytest.mark.parametrize("new_date, old_date", [
    ("2026-03-03", "2026-03-09"),   # the same month, six days apart
    ("2026-03-02", "2026-03-27"),   # the same month, far apart
    ("2026-03-30", "2026-04-02"),   # a week apart at most, across the month's end
    ("2026-03", "2026-03-12"),      # one of them known to the month only
])
def test_the_same_money_the_same_month_is_a_lookalike(new_date: str, old_date: str) -> None:
    new = agreement("new", ["min-sport", "atlas"], signed_on=new_date, amount=250_000_000)
    old = agreement("old", ["min-sport", "atlas"], signed_on=old_date, amount=250_000_000)
    [twin] = found(new, old)
    assert twin.startswith("new looks like old (base.yaml:3): atlas, signed ")
    if len(new_date) == len(old_date):  # (a month alone was a lookalike already)
        assert "the same type and the same amount 250 000 000 MAD" in twin


def test_the_same_signatories_and_money_another_day_is_a_lookalike() -> None:
    new = agreement("new", ["min-sport", "min-sport-sn"], signed_on="2026-03-17",
                    people=("a", "b"), amount=5_000_000)
    old = agreement("old", ["min-sport", "min-culture-sn"], signed_on="2026-03-19",
                    people=("a", "b"), amount=5_000_000)
    assert found(new, old)


@pytest.mark.parametrize("old", [
    agreement("other-amount", ["min-sport", "atlas"], signed_on="2026-03-20", amount=90_000_000),
    agreement("no-amount", ["min-sport", "atlas"], signed_on="2026-03-20"),
    agreement("other-type", ["min-sport", "atlas"], signed_on="2026-03-20", amount=250_000_000,
              kind="memorandum"),
    agreement("next-month", ["min-sport", "atlas"], signed_on="2026-04-20", amount=250_000_000),
    agreement("other-partner", ["min-sport", "delta"], signed_on="2026-03-20",
              amount=250_000_000),
    agreement("year-only", ["min-sport", "atlas"], signed_on="2026", amount=250_000_000),
])
def test_another_day_without_the_same_money_is_not_refused(old) -> None:
    new = agreement("new", ["min-sport", "atlas"], signed_on="2026-03-09", amount=250_000_000)
    assert found(new, old) == []
