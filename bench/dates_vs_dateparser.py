"""Signing dates: drafting/dates.py against dateparser, on a corpus with truth files.

usage: python bench/dates_vs_dateparser.py CORPUS_DIR   (articles/*.txt + truth/*.yaml)
(dateparser is not a dependency of conv: pip install dateparser to run this.)

Both get the same input: each sentence that says something was signed, and the
publication date the truth gives (a month-only publication is given to dateparser as the
first of the month, since it needs a day). A method resolves an article when one of the
dates it finds in those sentences is a signing date of the truth; it errs when it gives a
date that is not one. Weekday checks and "ce mardi" / "jeudi dernier" are where they part.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import yaml

from conventions_cli.drafting.dates import find_dates, parse_published_on
from conventions_cli.drafting.normalize import analysis_text
from conventions_cli.drafting.signing import find_triggers


def signing_sentences(text: str) -> list[str]:
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [s for s in sentences if find_triggers(s, 0, len(s))]


def ours(sentence: str, published: str) -> list[str]:
    pub = parse_published_on(published)
    return [f.value for f in find_dates(sentence, 0, len(sentence), pub)
            if f.value and f.extra["signing"]]


def theirs(sentence: str, published: str) -> list[str]:
    from dateparser.search import search_dates

    pub = parse_published_on(published)
    base = dt.datetime(pub.year, pub.month or 1, pub.day or 1)
    found = search_dates(sentence, languages=["fr"],
                         settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    return [d.date().isoformat() for words, d in found if re.search(r"[a-zA-Z0-9]", words)]


def main() -> int:
    corpus = Path(sys.argv[1])
    score = {"ours": [0, 0], "dateparser": [0, 0]}
    rows = []
    for truth_path in sorted((corpus / "truth").glob("*.yaml")):
        truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
        want = {str(d) for d in truth.get("signed_on") or []}
        published = str(truth.get("published_on") or "")
        if not want or not published:
            continue
        text = analysis_text((corpus / "articles" / f"{truth_path.stem}.txt").read_text())
        row = [truth_path.stem[:28]]
        for name, method in (("ours", ours), ("dateparser", theirs)):
            got = {d for s in signing_sentences(text) for d in method(s, published)}
            hit, wrong = bool(got & want), len(got - want)
            score[name][0] += hit
            score[name][1] += wrong
            row.append(f"{'hit' if hit else 'miss'}/{wrong} wrong")
        rows.append(row)
    for row in rows:
        print(f"{row[0]:<30} ours {row[1]:<14} dateparser {row[2]}")
    for name, (hits, wrong) in score.items():
        print(f"{name}: {hits} of {len(rows)} articles resolved, {wrong} wrong dates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
