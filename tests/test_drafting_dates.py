"""Dates: absolute or relative to a publication known to the day, the month or the year."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.dates import find_dates, parse_published_on


def dates(text: str, published: str | None) -> list[tuple[str | None, str]]:
    pub = parse_published_on(published) if published else None
    return [(f.value, f.todo) for f in find_dates(text, 0, len(text), pub)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("signée hier à Rabat", "2024-07-24", "2024-07-23"),
    ("signée avant-hier", "2024-07-24", "2024-07-22"),
    ("signée ce mardi", "2024-07-24", "2024-07-23"),
    ("signée jeudi dernier", "2024-07-26", "2024-07-25"),
    ("signée jeudi dernier", "2024-07-25", "2024-07-18"),
    ("signés mardi à Rabat", "2014-05-30", "2014-05-27"),
    ("le mardi 7 juin", "2022-06-08", "2022-06-07"),
    ("le 19 décembre", "2012-12-24", "2012-12-19"),
    ("le 19 décembre", "2013-01-03", "2012-12-19"),
    ("le 4 décembre 2025 à Rabat", "2025-12", "2025-12-04"),
    ("le 1er mars 2023", None, "2023-03-01"),
    ("le 07.06.2022", None, "2022-06-07"),
    ("au cours du mois de février 2013", None, "2013-02"),
    ("signé ce matin à Ifrane", "2019-05-14", "2019-05-14"),
    ("paraphé cet après-midi", "2019-05-14", "2019-05-14"),
])
def test_signing_dates(text: str, published: str | None, expected: str) -> None:
    assert dates(text, published) == [(expected, "")]


def test_a_weekday_that_disagrees_keeps_the_date_with_a_todo() -> None:
    assert dates("le mercredi 7 juin 2022", None) == [
        ("2022-06-07", "the weekday 'mercredi' disagrees with 2022-06-07 (a mardi); "
                       "check the date")]


def test_relative_dates_need_the_day_of_publication() -> None:
    assert dates("signée ce mardi", "2024-07") == [
        (None, "'mardi' is relative to the publication date, which is known only to the "
               "month; pass --published-on YYYY-MM-DD")]
    assert dates("signée hier", None) == [
        (None, "'hier' is relative to the publication date; pass --published-on YYYY-MM-DD")]


def test_ce_without_a_weekday_is_no_date() -> None:
    assert dates("Une convention a été signée à Rabat pour ce projet.", "2024-07-24") == []


def test_days_that_cannot_be_a_signing_day() -> None:
    pub = parse_published_on("2016-12-01")
    text = "le salon, du 14 au 17 décembre, et la réunion du 16 décembre prochain"
    assert [f.extra["signing"] for f in find_dates(text, 0, len(text), pub)] == [False, False]


@pytest.mark.parametrize("part", ["soirée", "matinée", "journée", "après-midi"])
def test_the_part_of_a_day_names_the_day_itself(part: str) -> None:
    pub = parse_published_on("2024-10-29")
    text = f"Les deux textes ont été paraphés dans la {part} du lundi 28 octobre à Fès."
    assert [(f.value, f.extra["signing"]) for f in find_dates(text, 0, len(text), pub)] == [
        ("2024-10-28", True)]


@pytest.mark.parametrize("text", ["le forum régional du climat (17-19 juillet)",
                                  "les journées de l'eau, 3 - 5 novembre, à Agadir",
                                  "la foire se tiendra 12 au 15 mai à Meknès"])
def test_the_last_day_of_a_range_is_not_a_signing_day(text: str) -> None:
    pub = parse_published_on("2016-06")
    assert [f.extra["signing"] for f in find_dates(text, 0, len(text), pub)] == [False]


@pytest.mark.parametrize("value", ["2024", "2024-07", "2024-07-24"])
def test_published_on_takes_a_year_a_month_or_a_day(value: str) -> None:
    assert parse_published_on(value).iso() == value


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "24-07-2024", "juillet"])
def test_published_on_refuses_what_is_not_a_date(value: str) -> None:
    with pytest.raises(ValueError):
        parse_published_on(value)


@pytest.mark.parametrize("rest", [
    "lors de la visite de travail qu'il effectue les 8 et 9 octobre 2024 au Maroc",
    "en marge du forum tenu du 7 au 9 octobre à Rabat",
])
def test_a_weekday_is_the_one_named_day_that_falls_on_it(rest: str) -> None:
    text = f"L'accord a été signé mardi à Rabat, {rest}."
    found = [f for f in find_dates(text, 0, len(text), parse_published_on("2024-10"))
             if f.start == text.index("mardi")]
    assert found[0].value == "2024-10-08" and "check it" in found[0].todo


@pytest.mark.parametrize("rest", [
    "lors du forum tenu du 1er au 30 octobre",  # four Tuesdays: no one day
    "avant la réunion du 10 octobre",  # a Thursday
])
def test_a_weekday_no_named_day_or_several_fit_stays_a_todo(rest: str) -> None:
    text = f"L'accord a été signé mardi à Rabat, {rest}."
    found = [f for f in find_dates(text, 0, len(text), parse_published_on("2024-10"))
             if f.start == text.index("mardi")]
    assert found[0].value is None


# 2026-03-06 is a Friday and 2025-03-06 a Thursday; 2026-03-19 a Thursday, 2025-03-19 a
# Wednesday; 2024-03-19 a Tuesday.
def test_a_yearless_day_after_the_publication_takes_the_year_its_weekday_fits() -> None:
    assert dates("signée jeudi 6 mars à Oujda", "2026-03-05") == [
        ("2025-03-06", "year 2025 inferred from the weekday 'jeudi': the article gives none, "
                       "and 2026-03-06, the nearest, is a vendredi, after the publication "
                       "(2026-03-05); check the year")]


def test_a_yearless_day_whose_nearest_year_disagrees_with_its_weekday() -> None:
    # Before the publication, but a Friday: the Thursday a year earlier is more than a
    # year before the publication, so the nearest stays, with a TODO.
    assert dates("signée le jeudi 6 mars", "2026-03-20") == [
        ("2026-03-06", "the weekday 'jeudi' disagrees with 2026-03-06 (a vendredi); check "
                       "the date")]


def test_a_yearless_day_no_year_within_one_fits_stays_with_a_todo() -> None:
    # mercredi 19 mars: 2025 fits but lies over a year before a publication of 2026-03-25.
    assert dates("signée le mardi 19 mars", "2026-03-25") == [
        ("2026-03-19", "the weekday 'mardi' disagrees with 2026-03-19 (a jeudi); check the "
                       "date")]
    assert dates("signée le lundi 19 mars", "2026-03-18") == [
        ("2025-03-19", "the weekday 'lundi' disagrees with 2025-03-19 (a mercredi) and with "
                       "2026-03-19 (a jeudi, after the publication (2026-03-18)); check the "
                       "date")]


def test_a_yearless_day_after_the_publication_without_a_weekday_is_said() -> None:
    assert dates("signée le 6 mars", "2026-03-05") == [
        ("2025-03-06", "year 2025 inferred: the article gives none, and 2026-03-06, the "
                       "nearest, is after the publication (2026-03-05); check the year")]
    assert dates("signée le 20 avril", "2026-03") == [
        ("2025-04-20", "year 2025 inferred: the article gives none, and 2026-04-20, the "
                       "nearest, is after the publication (2026-03); check the year")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("signée le jeudi 19 mars", "2026-03-20", "2026-03-19"),  # the nearest, and it fits
    ("signée le 28 décembre", "2026-01-03", "2025-12-28"),  # the nearest is last year's
    ("signée le 20 mars", "2026-03", "2026-03-20"),  # within the month of publication
])
def test_a_yearless_day_that_is_the_nearest_and_fits_is_silent(
        text: str, published: str, expected: str) -> None:
    assert dates(text, published) == [(expected, "")]
