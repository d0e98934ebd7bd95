""""En vertu de quatre conventions signées lundi": the agreements a grant is given under,
dated by a weekday, are the ones the article reports, not earlier ones it recalls."""

from __future__ import annotations

from conventions_cli.drafting import draft_article
from conventions_cli.drafting.signing import is_earlier

GRANTS = ("Le Fonds koweïtien pour le développement économique arabe a accordé au Maroc, en "
          "vertu de trois conventions signées jeudi à Rabat, des prêts de 90 millions de "
          "dinars koweïtiens destinés à des projets d'irrigation.\n")


def test_counted_conventions_dated_by_a_weekday_are_reported() -> None:
    assert not is_earlier(GRANTS, 0, len(GRANTS))
    draft = draft_article(GRANTS, published_on="2014-04-21")  # a Monday
    assert [a.get("signed_on") for a in draft.agreements] == ["2014-04-17"] * 3
    assert [a.get("place") for a in draft.agreements] == ["Rabat"] * 3


def test_an_undated_framework_applied_is_still_recalled() -> None:
    text = ("Ce programme est mis en œuvre en vertu de deux conventions signées entre les "
            "deux fonds.")
    assert is_earlier(text, 0, len(text))
