"""Fingerprints of the press reports the bundled base cites, to check that no title or
summary repeats ten words of a report in a row, without keeping the reports' text in the
project: only a short hash of each run of ten words is stored.

    python tests/fingerprints.py REPORT.txt [...] > tests/fixtures/source-fingerprints.txt

Run it over the texts of the reports cited (the curators' copies); the test
tests/test_bundled_data.py reads the result.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

RUN = 10  # words in a row that may not be copied


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.findall(r"[^\W_]+", text)


def shingles(text: str, size: int = RUN) -> Iterator[str]:
    found = words(text)
    for start in range(len(found) - size + 1):
        run = " ".join(found[start:start + size])
        yield hashlib.blake2b(run.encode(), digest_size=8).hexdigest()


def fingerprints(texts: Iterable[str]) -> set[str]:
    return {h for text in texts for h in shingles(text)}


if __name__ == "__main__":
    found = fingerprints(Path(p).read_text(encoding="utf-8") for p in sys.argv[1:])
    sys.stdout.write("".join(f"{h}\n" for h in sorted(found)))
