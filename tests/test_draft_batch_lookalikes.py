"""`conv draft A B --add`: the drafts of one batch are compared with each other by the
same lookalike rule as with the base, so that two outlets' reports of one signing, given
together, are refused as they would be one run after the other."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from conventions_cli.drafting.add import batch_lookalikes

ORGS = [{"id": "min-peche", "kind": "ministry"}, {"id": "coop-sardine", "kind": "association"},
        {"id": "port-safi", "kind": "public-body"}]


def agreement(aid: str, parties: list[str], *, signed_on: str = "2026-05-04",
              amount: int | None = 12_000_000) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": aid, "type": "convention-partenariat", "signed_on": signed_on,
        "parties": [{"org": org, "role": "signatory"} for org in parties],
        "sources": [{"publisher": "MAP", "published_on": "2026-05-06"}]}
    if amount is not None:
        record["funding"] = {"amount": amount, "currency": "MAD"}
    return record


def batch(*drafts: tuple[str, dict[str, Any]]) -> list[str]:
    draft = SimpleNamespace(agreements=[a for _, a in drafts], organizations=[],
                            origins={a["id"]: label for label, a in drafts})
    return batch_lookalikes(draft, SimpleNamespace(organizations=ORGS))  # type: ignore[arg-type]


@pytest.mark.parametrize("second", [
    agreement("b", ["min-peche", "coop-sardine"]),                          # the same day
    agreement("b", ["coop-sardine", "min-peche"], signed_on="2026-05-06"),  # "mercredi"
    agreement("b", ["coop-sardine"], signed_on="2026-05"),                  # the month only
])
def test_the_second_report_of_one_signing_in_a_batch_is_a_lookalike(second) -> None:
    first = agreement("a", ["min-peche", "coop-sardine"])
    [twin] = batch(("premier.txt", first), ("second.txt", second))
    assert twin.startswith("second.txt: b looks like a, drafted from premier.txt in this "
                           "batch: coop-sardine, signed ")


@pytest.mark.parametrize("second", [
    agreement("b", ["min-peche", "port-safi"]),                               # another partner
    agreement("b", ["min-peche", "coop-sardine"], signed_on="2026-07-04"),    # months later
    agreement("b", ["min-peche", "coop-sardine"], signed_on="2026-05-12",
              amount=80_000_000),                                             # other money
])
def test_two_signings_in_a_batch_are_both_kept(second) -> None:
    assert batch(("premier.txt", agreement("a", ["min-peche", "coop-sardine"])),
                 ("second.txt", second)) == []


def test_the_agreements_one_article_tells_apart_are_never_compared() -> None:
    # one article that reports two conventions with the same cooperative the same day
    assert batch(("un.txt", agreement("a", ["min-peche", "coop-sardine"])),
                 ("un.txt", agreement("b", ["min-peche", "coop-sardine"]))) == []


FIRST = """\
Safi — Le ministère de la Pêche maritime et la Coopérative des sardiniers de Safi ont \
signé, lundi 4 mai 2026 au port de Safi, une convention de partenariat de 12 millions de \
dirhams pour moderniser les halles de débarquement.
"""
# another outlet, which puts the same signing on Wednesday
SECOND = FIRST.replace("lundi 4 mai 2026", "mercredi").replace(
    "pour moderniser", "destinée à rénover")


def test_a_batch_with_two_reports_of_one_signing_adds_nothing(run, write_yaml, tmp_path
                                                             ) -> None:
    pytest.importorskip("spacy")
    base = write_yaml("schema: 2\n")
    before = base.read_text(encoding="utf-8")
    paths = []
    for name, text in (("matin.txt", FIRST), ("soir.txt", SECOND)):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    args = ["draft", *map(str, paths), "--published-on", "2026-05-07", "--add"]
    refused = run(*args, data=base)
    assert refused.exit_code == 1, refused.output
    assert f"conv: {paths[1]}: " in refused.stderr
    assert f"drafted from {paths[0]} in this batch" in refused.stderr
    assert f"the draft of {paths[1]} looks like" in refused.stderr
    assert "nothing of the batch was added" in refused.stderr
    assert base.read_text(encoding="utf-8") == before
    forced = run(*args, "--force", data=base)
    assert forced.exit_code == 0, forced.output
    text = base.read_text(encoding="utf-8")
    assert text.count("\n  - id: ") >= 2
    assert "    # added with --force, although it looks like " in text
    ok = run("validate", data=base)
    assert "looks like" not in ok.stderr  # a plain comment, not a TODO left to do
