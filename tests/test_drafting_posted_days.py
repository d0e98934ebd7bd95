"""The day of a post a story embeds ("— Name (@handle) May 6, 2026") dates a weekday the
publication, known only to its month, cannot; and a signing the text gives no day for."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from conventions_cli.drafting import draft_article
from conventions_cli.drafting.dates import find_dates, parse_published_on, posted_day
from conventions_cli.drafting.text import prepare

STORY = ("L'Agence urbaine de Tiznit et l'Ordre régional des architectes ont signé {when} à "
         "Tiznit une convention de partenariat sur l'instruction des permis.\n\n"
         "Heureux d'avoir signé cette convention avec nos architectes. pic.twitter.com/Zq81Kd "
         "— Agence urbaine (@AUTiznit) {posted}\n")


def test_a_weekday_on_the_post_s_day_is_that_day() -> None:
    page = STORY.format(when="mercredi", posted="May 6, 2026")  # a Wednesday
    draft = draft_article(page, published_on="2026-05")
    assert [a.get("signed_on") for a in draft.agreements] == ["2026-05-06"]
    assert "the day of the post the article embeds" in draft.yaml


def test_a_weekday_the_post_s_day_is_not_stays_a_todo() -> None:
    page = STORY.format(when="jeudi", posted="May 6, 2026")
    draft = draft_article(page, published_on="2026-05")
    assert [a.get("signed_on") for a in draft.agreements] == [None]


def test_no_day_in_the_text_takes_the_one_post_s_day_with_a_todo() -> None:
    page = STORY.format(when="", posted="May 6, 2026")
    draft = draft_article(page, published_on="2026-05")
    assert [a.get("signed_on") for a in draft.agreements] == ["2026-05-06"]
    assert "taken from the post the article embeds" in draft.yaml


@pytest.mark.parametrize("published", ["2026-07", "2025", "2026-05-20"])
def test_a_post_of_another_time_than_the_story_s_dates_nothing(published: str) -> None:
    page = STORY.format(when="", posted="May 6, 2026")
    draft = draft_article(page, published_on=published)
    assert [a.get("signed_on") for a in draft.agreements] == [None]


def test_two_posts_of_different_days_date_nothing_the_text_does_not() -> None:
    page = STORY.format(when="", posted="May 6, 2026") + (
        "Une autre image de la cérémonie. pic.twitter.com/Pp02Xy — Ordre (@ORATiznit) "
        "May 7, 2026\n")
    article = prepare(page)
    assert [day for day, _, _ in article.posted] == ["2026-05-06", "2026-05-07"]
    assert posted_day(article.posted, parse_published_on("2026-05")) is None


def test_the_post_s_byline_is_where_the_day_is_quoted_from() -> None:
    page = STORY.format(when="", posted="May 6, 2026")
    article = prepare(page)
    (day, start, end), = article.posted
    assert page[start:end] == "May 6, 2026" and day == "2026-05-06"


@pytest.mark.parametrize(("posted", "expected"), [
    (dt.date(2026, 4, 29), "2026-04-29"),  # the week before the month: a post of the story
    (dt.date(2026, 6, 3), None),  # after the month the story was published in
])
def test_a_post_s_day_counts_within_the_publication_s_month(posted: dt.date,
                                                              expected: str | None) -> None:
    pub = replace(parse_published_on("2026-05"), posted=(posted,))
    text = "signée mercredi"
    assert [f.value for f in find_dates(text, 0, len(text), pub)] == [expected]
