"""A listing whose ids are all long (events: a name, a place, a year in each) still shows
its names at 80 columns: the ids are cut in their middle, the names are not left out."""

from __future__ import annotations

from conventions_cli.out.terminal import fit_columns

SHOWN = ["id", "name", "place", "dates", "amount", "agreements"]


def _events(n: int) -> list[dict[str, str]]:
    return [{"id": f"commission-mixte-maroc-pays-numero-{k:02d}-session-2026",
             "name": f"{k}e session de la commission mixte de coopération Maroc-Pays {k}",
             "place": "Rabat", "dates": "2026-01-26/28", "amount": "", "agreements": "12"}
            for k in range(n)]


def test_long_ids_make_room_for_the_names_at_80_columns() -> None:
    fitted = dict(fit_columns(SHOWN, _events(20), 80, ("id", "dates", "agreements", "name")))
    assert fitted.get("name", 0) >= 20
    assert {"id", "dates", "agreements"} <= set(fitted)
    assert sum(fitted.values()) + 3 * (len(fitted) - 1) <= 80


def test_ids_are_cut_no_shorter_than_they_need_to_be() -> None:
    fitted = dict(fit_columns(SHOWN, _events(20), 200, ("id", "dates", "agreements", "name")))
    assert fitted["id"] == len(_events(1)[0]["id"])  # all of it, with room to spare
