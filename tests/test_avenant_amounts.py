"""An avenant whose amount is as large as the agreement's it amends (one currency): valid,
but an avenant's funding is what it adds and totals add the two, so a report's new total
recorded as the avenant's amount counts the first amount twice. Warned of at the avenant's
amount, naming the amended id; the bundled base has none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

HEAD = """\
schema: 2
organizations:
  - {id: mic, name: Ministère de l'Industrie, kind: ministry}
agreements:
"""


def agreement(ident: str, funding: str = "", amends: str = "") -> str:
    lines = [f"  - id: {ident}", "    title: T", f"    type: {'avenant' if amends else 'other'}",
             "    parties: [{org: mic, role: signatory}]"]
    if amends:
        lines.append(f"    amends: {amends}")
    if funding:
        lines.append(f"    funding: {funding}")
    lines.append("    sources: [{publisher: P, published_on: 2025-05-12}]")
    return "\n".join(lines) + "\n"


def warnings(run, write_yaml: Callable[..., Path], *agreements: str) -> list[str]:
    return run.warnings(write_yaml(HEAD + "".join(agreements)))


def test_an_avenant_as_large_as_what_it_amends_is_warned_of_at_its_amount(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    found = warnings(run, write_yaml,
                     agreement("plan", "{amount: 100000000, currency: MAD}"),
                     agreement("avenant", "{amount: 150000000, currency: MAD}", "plan"))
    # the head is 4 lines, the first agreement 6: the avenant's amount at line 16, column 23
    assert found == [
        "agreements.yaml:16:23: warning: funding.amount 150000000 MAD is as large as the "
        "amount of 'plan', the agreement it amends (100000000 MAD), or larger: an "
        "avenant's funding is what it adds, and totals add the two; if a report gives the "
        "new total, record the difference (or leave the amount out and say the total in a "
        "comment)"]


def test_an_equal_amount_is_warned_of_and_the_avenant_may_come_first(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    found = warnings(run, write_yaml,
                     agreement("avenant", "{amount: 100000000, currency: MAD}", "plan"),
                     agreement("plan", "{amount: 100000000, currency: MAD}"))
    assert len(found) == 1 and found[0].startswith("agreements.yaml:10:23: warning: ")
    assert "as large as the amount of 'plan'" in found[0]


@pytest.mark.parametrize(("first", "second"), [
    ("{amount: 100000000, currency: MAD}", "{amount: 99999999, currency: MAD}"),  # smaller
    ("{amount: 100000000, currency: EUR}", "{amount: 200000000, currency: MAD}"),  # two
    ("", "{amount: 200000000, currency: MAD}"),  # the amended one has no amount
    ("{amount: 100000000, currency: MAD}", ""),  # the avenant adds no money
])
def test_a_smaller_amount_another_currency_or_none_is_silent(
        run, write_yaml: Callable[..., Path], here: Path, first: str, second: str) -> None:
    assert warnings(run, write_yaml, agreement("plan", first),
                    agreement("avenant", second, "plan")) == []


def test_the_bundled_base_gives_no_such_warning(run) -> None:
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
