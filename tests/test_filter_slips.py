"""Filters typed the way people type them: contradictory date filters refused, several
currencies in one value, amounts grouped as conv prints them (or with a decimal part), and
an unknown id given to --follows or --amends, each answered with what to type."""

from __future__ import annotations

import pytest

from conventions_cli.cli.numbers import whole_number
from conventions_cli.errors import UsageError


def _error(run, *args: str) -> str:
    result = run("list", "--format", "tsv", *args)
    assert result.exit_code == 2 and result.stdout == "", result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, lines
    return lines[0]


@pytest.mark.parametrize(("args", "said"), [
    (("--year", "2022", "--from", "2023"), "--year 2022 and --from 2023 have no day in common"),
    (("--year", "2024", "--to", "2023-06"), "--year 2024 and --to 2023-06 have no day"),
    (("--year", "2019", "--year", "2020", "--from", "2021", "--to", "2022"),
     "--year 2019 --year 2020 and --from 2021 --to 2022 have no day"),
])
def test_a_year_outside_the_range_of_from_and_to_is_refused(run, args, said) -> None:
    line = _error(run, *args)
    assert line.startswith(f"conv: error: {said}") and "keep one:" in line, line


@pytest.mark.parametrize("args", [("--year", "2022", "--year", "2024", "--from", "2023"),
                                  ("--year", "2023", "--from", "2023-06-01"),
                                  ("--year", "2022", "--to", "2022-01-01")])
def test_a_year_that_meets_the_range_is_no_contradiction(run, args) -> None:
    result = run("list", "--format", "tsv", *args)
    assert result.exit_code == 0 and "error" not in result.stderr, result.output


@pytest.mark.parametrize(("value", "codes"), [
    ("EUR,USD", "--currency EUR --currency USD"), ("eur; usd", "--currency EUR --currency USD"),
    ("EUR USD MAD", "--currency EUR --currency USD --currency MAD"),
    ("euros/dirhams", "--currency EUR --currency MAD")])
def test_several_currencies_in_one_value_get_one_option_each(run, value, codes) -> None:
    line = _error(run, "--currency", value)
    assert line.endswith(f"; one code per --currency, repeated for several: {codes}"), line
    listed = run("list", "--format", "tsv", *codes.split())
    assert listed.exit_code == 0


@pytest.mark.parametrize("typed", ["1 000 000", "1\u00a0000\u00a0000", "1\u202f000\u202f000",
                                   " 1000000 "])
def test_an_amount_grouped_as_conv_prints_it_is_read(run, typed) -> None:
    grouped = run("list", "--format", "tsv", "--currency", "MAD", "--min-amount", typed)
    plain = run("list", "--format", "tsv", "--currency", "MAD", "--min-amount", "1000000")
    assert grouped.exit_code == 0 and grouped.stdout == plain.stdout
    assert len(plain.stdout.splitlines()) > 1


@pytest.mark.parametrize(("flag", "typed", "instead"), [
    ("--min-amount", "1 000 000,50", 1000001), ("--max-amount", "1 000 000,50", 1000000),
    ("--min-amount", "2500000.2", 2500001), ("--min-amount", "1.000.000", 1000000),
    ("--max-amount", "1,000,000", 1000000), ("--min-amount", "2,5 milliards", 2500000000),
    ("--min-amount", "250 MDH", 250000000), ("--max-amount", "1.5M", 1500000),
])
def test_an_amount_conv_cannot_read_as_one_number_says_what_to_type(
        run, flag, typed, instead) -> None:
    line = _error(run, "--currency", "MAD", flag, typed)
    assert line.endswith(f"; write {flag} {instead}"), line
    with pytest.raises(UsageError):
        whole_number(flag, typed)


@pytest.mark.parametrize("typed", ["abc", "1 0000", "10 000 00", "-5"])
def test_what_surely_means_no_number_gets_no_guess(typed) -> None:
    with pytest.raises(UsageError) as refused:
        whole_number("--min-amount", typed)
    assert "; write" not in str(refused.value)


@pytest.mark.parametrize(("flag", "typed", "nearest"), [
    ("--follows", "cti-2023", "cti-2022, cti-2013"), ("--amends", "CTI-2021", "cti-2022")])
def test_an_unknown_id_names_the_nearest_ids(run, flag, typed, nearest) -> None:
    result = run("list", "--format", "tsv", flag, typed)
    assert result.exit_code == 0
    note = result.stderr.strip()
    assert "is no agreement's id; nearest: " in note, note
    assert note.split("nearest: ")[1].startswith(nearest), note
    shown = run("show", typed)  # the ids show offers for the same slip
    assert shown.stderr.split("nearest: ")[1].split(" (")[0] in note


def test_an_id_given_to_a_name_filter_names_the_nearest_ids(run) -> None:
    # --event takes an id too: a typed one too far from every name got no hint at all
    result = run("list", "--format", "tsv", "--event", "gitex-2099")
    assert result.exit_code == 0
    note = result.stderr.strip()
    assert note.startswith("conv: note: --event 'gitex-2099' matches no event; did you mean "), note
    shown = run("event", "gitex-2099").stderr  # the ids conv event offers for the same slip
    offered = shown.split("nearest: ")[1].split(" (")[0].split(", ")
    assert offered and all(f"[{i}]" in note for i in offered), (note, offered)
    words = run("list", "--format", "tsv", "--event", "zzz qqq")  # not an id: no guess
    assert "did you mean" not in words.stderr


def test_years_given_as_text_are_checked_against_the_range_too() -> None:
    from conventions_cli.query.filters import Filters

    with pytest.raises(UsageError):
        Filters(year=("2022",), date_from="2023")
    assert Filters(year=("2021", "2023"), date_from="2021-05-10").values["year"] == (
        "2021", "2023")


def _commands_with(flag: str) -> list[str]:
    from conventions_cli.cli import interface

    return [c.name for c in interface.COMMANDS
            if any(flag in getattr(o, "flags", ()) for o in c.options)]


@pytest.mark.parametrize("command", _commands_with("--min-amount"))
@pytest.mark.parametrize(("flag", "typed"), [
    ("--min-amount", "9223372036854775808"), ("--max-amount", "100000000000000000000"),
    ("--min-amount", "1 000 000 000 000 000 000 000"), ("--min-amount", "1000000000000000"),
    ("--max-amount", "1" + "0" * 5000)])
def test_an_amount_beyond_any_a_base_holds_is_a_usage_error(run, command, flag,
                                                             typed) -> None:
    # the database compares 64-bit integers only: such a bound once crashed every command
    args = ["search", "convention"] if command == "search" else [command]
    result = run(*args, "--currency", "MAD", flag, typed)
    assert result.exit_code == 2 and result.stdout == "", result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "bug" not in lines[0], lines
    assert "is above any amount a base holds (at most 999 999 999 999 999); check for " \
           "extra digits" in lines[0], lines


def test_the_largest_amount_a_base_holds_is_still_a_bound(run) -> None:
    result = run("list", "--format", "tsv", "--currency", "MAD", "--max-amount",
                 "999 999 999 999 999")
    everything = run("list", "--format", "tsv", "--currency", "MAD")
    assert result.exit_code == 0 and result.stdout == everything.stdout


def test_a_limit_beyond_any_base_says_to_leave_it_out(run) -> None:
    result = run("list", "--limit", "99999999999999999999")
    assert result.exit_code == 2 and "bug" not in result.stderr
    assert result.stderr.strip().endswith("leave --limit out for every row"), result.stderr


@pytest.mark.parametrize(("typed", "instead"), [("1e6", 1000000), ("2.5E+6", 2500000),
                                                ("1_000_000", 1000000)])
def test_numbers_written_as_programs_write_them_get_the_number_to_type(typed, instead) -> None:
    with pytest.raises(UsageError) as refused:
        whole_number("--min-amount", typed)
    assert str(refused.value).endswith(f"; write --min-amount {instead}")


def test_a_hint_beyond_any_amount_is_not_offered() -> None:
    with pytest.raises(UsageError) as refused:
        whole_number("--min-amount", "1e30")
    assert "above any amount" in str(refused.value) and "write" not in str(refused.value)
