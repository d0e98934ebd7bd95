"""At a narrow terminal a listing drops columns; never the one its rows are ordered by or
that its options ask about: `conv list --sort amount` at 80 columns showed rows in an order
nothing on screen explained, `--status in-force` hid every status and its date, `timeline`
hid the dates, `due` the status last reported, and `org` and `person` the role in which
each agreement was signed."""

from __future__ import annotations

import pytest

from test_output_terminal import at_terminal, screen_lines


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One cache of the bundled base for every case here."""
    return tmp_path_factory.mktemp("terminal")


@pytest.mark.parametrize(("args", "wanted"), [
    (["list", "--sort", "amount"], ["id", "amount"]),
    (["list", "--sort", "currency"], ["id", "amount"]),
    (["list", "--sort", "status_on"], ["id", "status"]),
    (["list", "--status", "in-force"], ["id", "status"]),
    (["list", "--currency", "EUR"], ["id", "amount"]),
    (["timeline", "--ministry", "mic"], ["group", "id", "signed_on"]),
    (["due", "--on", "2025"], ["id", "due_on", "status"]),
    (["org", "mic"], ["id", "role", "signed_on"]),
    (["person", "ryad-mezzour"], ["id", "signed_for", "signed_on"]),
    (["network"], ["source", "target", "kind", "weight", "last"]),
    (["network", "--ministry", "mic"], ["source", "target", "kind", "weight", "last"]),
])
@pytest.mark.parametrize("columns", [80, 120])
def test_a_listing_keeps_what_it_is_ordered_by_and_asked_about(shared, args, wanted,
                                                                columns):
    code, out, err = at_terminal(shared, *args, columns=columns)
    lines = screen_lines(out)
    assert code == 0, err
    header = next(line for line in lines if line.startswith(wanted[0] + " "))  # past org's
    assert set(wanted) <= set(header.split()), header
    assert all(len(line) <= columns for line in lines)


def test_the_status_shown_is_the_status_with_its_date(shared):
    code, out, _ = at_terminal(shared, "list", "--status", "in-force", columns=80)
    rows = screen_lines(out)[2:]
    assert code == 0 and any(row.rstrip().endswith(")") and "in-force (" in row
                             for row in rows), rows


def test_a_plain_list_at_80_columns_is_unchanged(shared):
    code, out, _ = at_terminal(shared, "list", columns=80)
    assert code == 0 and screen_lines(out)[0].split() == ["id", "title", "signed_on"]


def test_the_table_name_of_a_flat_column() -> None:
    from conventions_cli.out.terminal import table_name

    assert [table_name(c) for c in ("amount", "currency", "status_on", "jobs_by",
                                    "period_start", "region", "partners", "date_start",
                                    "title")] == [
        "amount", "amount", "status", "jobs", "period", "place", "parties", "signed_on",
        "title"]
