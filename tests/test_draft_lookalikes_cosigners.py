"""`conv draft --add`: an agency, a CRI or a ministry that co-signs every convention of one
day or event does not make them lookalikes when each has a company the other lacks; as a
minister who signs the same day with several companies signs several agreements."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from conventions_cli.drafting.add import lookalikes

ORGS = [{"id": "min-invest", "kind": "ministry"}, {"id": "min-digital", "kind": "ministry"},
        {"id": "agence-invest", "kind": "public-body"}, {"id": "cri-souss", "kind": "public-body"},
        {"id": "nuvia", "kind": "company"}, {"id": "helios-data", "kind": "company"},
        {"id": "ordre-ingenieurs", "kind": "association"}]


def convention(aid: str, *parties: str, event: str | None = "salon-tech-2026",
               people: tuple[str, ...] = ("ministre-a", "ministre-b")) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": aid, "type": "convention-partenariat",
        "signed_on": "2026-04-21",
        "parties": [{"org": org, "role": "signatory"} for org in parties],
        "signatories": [{"person": p, "org": "min-invest"} for p in people],
        "sources": [{"publisher": "MAP", "published_on": "2026-04-21"}],
        "_source": "base.yaml", "_line": 4}
    if event:
        record["event"] = event
    return record


def found(new: dict[str, Any], old: dict[str, Any], new_orgs: tuple[dict, ...] = ()
          ) -> list[str]:
    draft = SimpleNamespace(agreements=[new], organizations=list(new_orgs))
    return lookalikes(draft, SimpleNamespace(agreements=[old], organizations=ORGS))  # type: ignore[arg-type]


OLD = convention("salon-nuvia", "min-invest", "min-digital", "agence-invest", "nuvia")


@pytest.mark.parametrize("new", [
    convention("salon-helios", "min-invest", "min-digital", "agence-invest", "helios-data"),
    convention("salon-helios", "min-invest", "agence-invest", "cri-souss", "helios-data"),
    convention("salon-ordre", "agence-invest", "ordre-ingenieurs", event=None),
    convention("salon-helios", "min-digital", "agence-invest", "helios-data", people=()),
])
def test_a_body_that_cosigns_every_convention_of_the_day_is_not_enough(new) -> None:
    assert found(new, OLD) == []


def test_a_company_proposed_by_the_draft_is_its_own_party() -> None:
    new = convention("salon-vega", "min-invest", "agence-invest", "vega-cloud")
    assert found(new, OLD, ({"id": "vega-cloud", "kind": "company"},)) == []


@pytest.mark.parametrize("new", [
    # the same company: a second report of the same convention
    convention("salon-nuvia-2", "min-invest", "agence-invest", "nuvia"),
    # a report that names only the agency: nothing tells it from the base's convention
    convention("salon-agence", "min-invest", "agence-invest"),
    # the same signatories and no company of its own
    convention("salon-ministres", "min-invest", "cri-souss", event=None),
])
def test_what_has_no_company_of_its_own_is_still_a_lookalike(new) -> None:
    assert found(new, OLD)
