"""A part of a jobs figure ("4.000 emplois, dont 1.100 pour le seul site de X"): the total
stays the agreement's jobs, the part is named in a TODO, and a part is never the total.
Each article is written for the test, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from conventions_cli.drafting.jobs import find_jobs
from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "region-oriental", "name": "Région de l'Oriental", "kind": "public-body"}]


def jobs_and_shares(text: str) -> list[tuple[dict[str, int], list[str]]]:
    return [(f.value, [text[lo:hi] for lo, hi in f.extra.get("shares", ())])
            for f in find_jobs(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le projet créera 4.000 emplois, dont 1.100 pour le seul site de Berkane.",
     [({"direct": 4000}, ["dont 1.100 pour le seul site de Berkane"])]),
    # the part said with its own word "emplois" is no figure of its own
    ("L'usine générera 2.500 emplois (dont 900 emplois à Nador) d'ici 2028.",
     [({"direct": 2500, "by": 2028}, ["dont 900 emplois à Nador"])]),
    ("Il prévoit 3.200 emplois d'ici 2027, dont près de 1.500 réservés aux jeunes diplômés, "
     "selon le communiqué.",
     [({"direct": 3200, "by": 2027}, ["dont près de 1.500 réservés aux jeunes diplômés"])]),
    # "dont N directs" is the direct part, which the schema counts: no share
    ("Le projet créera 1.200 emplois, dont 400 directs.", [({"direct": 400}, [])]),
])
def test_a_part_of_a_jobs_figure_is_kept_apart(text: str, expected: list[Any]) -> None:
    assert jobs_and_shares(text) == expected


ARTICLE = (
    "Oujda - La Région de l'Oriental et la société Atlas Textile ont signé, lundi 9 mars "
    "2026 à Oujda, une convention d'investissement de 600 millions de dirhams.\n\n"
    "Le projet créera 4.000 emplois, dont 1.100 emplois pour le seul site de Berkane, "
    "selon les responsables de la société qui ont présenté le programme aux élus.\n")


def test_the_total_stays_the_agreements_jobs_and_the_part_is_named() -> None:
    result = drafted(ARTICLE, BASE, "2026-03-10")
    (agreement,) = result["agreements"]
    assert agreement["jobs"] == {"direct": 4000}
    assert ('# TODO: "dont 1.100 emplois pour le seul site de Berkane" is a part of the 4000 '
            "jobs: keep the total as the jobs, and say the part in the summary"
            in result["yaml"])


def test_a_part_is_never_taken_as_the_total() -> None:
    # The part comes first in its sentence's words only as "dont": nothing else is a total.
    text = ARTICLE.replace("4.000 emplois, dont 1.100 emplois",
                           "des emplois, dont 1.100 emplois")
    result = drafted(text, BASE, "2026-03-10")
    assert result["agreements"][0].get("jobs") is None
    assert ('TODO: "1.100 emplois" is a part of jobs the article gives no total for; add the '
            "jobs if a report gives them" in result["yaml"])
