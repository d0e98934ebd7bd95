"""A wider terminal never shows less of what a row is about (its title, its name) than a
narrower one: the columns a few more characters let in do not take the title's room."""

from __future__ import annotations

import random

import pytest

from conventions_cli.cli.app import app
from conventions_cli.out.terminal import fit_columns

COLUMNS = ["id", "title", "type", "signed_on", "place", "parties", "amount", "period", "jobs",
           "sectors", "status", "event", "follows", "sources"]


def _view(seed: int) -> list[dict[str, str]]:
    pick = random.Random(seed)
    return [{c: "x" * pick.choice([0, 0, 4, 10, 18, 30, 60, 120]) for c in COLUMNS}
            for _ in range(pick.randint(1, 5))]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("keep", [(), ("id", "title", "signed_on")])
def test_the_title_never_narrows_as_the_terminal_widens(seed, keep):
    view = _view(seed)
    before = 0
    for width in range(40, 300):
        fitted = dict(fit_columns(COLUMNS, view, width, keep))
        assert fitted.get("title", 0) >= before, (width, fitted)
        if len(fitted) > 1:  # one column alone is shown whole, cut by the terminal
            assert sum(fitted.values()) + 3 * (len(fitted) - 1) <= width
        before = fitted.get("title", 0)


def test_a_listing_shows_as_much_of_its_titles_at_every_wider_width(run, write_yaml):
    title = "Convention de partenariat pour le développement des zones industrielles " \
            "intégrées de la région"
    path = write_yaml(f"""\
        schema: 2
        organizations:
          - {{id: mic, name: "Ministère de l'Industrie et du Commerce", kind: ministry}}
          - {{id: fed, name: "Fédération nationale de l'agroalimentaire", kind: federation}}
        agreements:
          - id: zones-industrielles-2024
            title: {title}
            type: convention-partenariat
            signed_on: 2024-03-05
            place: Casablanca
            parties: [{{org: mic, role: signatory}}, {{org: fed, role: partner}}]
            funding: {{amount: 1200000000, currency: MAD}}
            period: {{start: 2024, end: 2028}}
            sectors: [industrie]
            sources: [{{publisher: Communiqué, published_on: 2024-03-06}}]
        """)
    shown = []
    for width in (80, 100, 120, 160, 200, 250):
        result = run.runner.invoke(app, ["--data", str(path), "list", "--format", "table"],
                                   env={"COLUMNS": str(width)}, catch_exceptions=False)
        line = next(x for x in result.stdout.splitlines() if "zones-industrielles" in x)
        cell = line.split("zones-industrielles-2024", 1)[1].strip().split("   ")[0]
        assert title.startswith(cell.rstrip("…")), cell
        shown.append(len(cell.rstrip("…")))
    assert shown == sorted(shown), shown
    assert shown[-1] > shown[0]
