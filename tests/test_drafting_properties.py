"""No text makes drafting raise: random characters, and real-looking articles cut anywhere."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conventions_cli.drafting import draft_article

ARTICLES = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt"))
WORDS = ["le", "la", "les", "ministre", "ministère", "de", "du", "des", "et", "a", "signé",
         "hier", "mardi", "ce", "à", "Rabat", "Fès", "convention", "conventions", "protocole",
         "d'accord", "trois", "12", "MDH", "millions", "dirhams", "emplois", "directs", "d'ici",
         "2026", "2024-2027", "avec", "entre", "par", ",", ".", "(", ")", "«", "»", "Agence",
         "Office", "(ONP)", "M.", "premier", "deuxième", "autres", "Six", "en", "marge", "du",
         "salon", "Forum", "ont", "procédé", "signature"]
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def drafts_cleanly(text: str, published: str | None) -> None:
    draft = draft_article(text, published_on=published)
    doc = yaml.safe_load(draft.yaml)
    assert doc["schema"] == 2
    assert isinstance(doc["agreements"], list)


@SETTINGS
@given(st.text(max_size=300), st.sampled_from([None, "2024", "2024-07", "2024-07-24"]))
def test_random_text(text: str, published: str | None) -> None:
    drafts_cleanly(text, published)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), max_size=60),
       st.sampled_from([None, "2024-07", "2024-07-24"]))
def test_random_press_words(words: list[str], published: str | None) -> None:
    drafts_cleanly(" ".join(words), published)


@SETTINGS
@given(st.sampled_from(ARTICLES), st.integers(min_value=0, max_value=4000),
       st.integers(min_value=0, max_value=4000))
def test_articles_cut_anywhere(path: Path, start: int, length: int) -> None:
    text = path.read_text(encoding="utf-8")
    drafts_cleanly(text[start:start + length], "2024-03-10")
