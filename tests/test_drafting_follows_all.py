"""In a batch, what a sentence says all the agreements continue ("Ces conventions
s'inscrivent dans le prolongement de …", "L'ensemble de ces accords fait suite à …") is
each one's: every agreement gets the follows TODO, never the last one alone. Press
sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "min-agri", "name": "Ministère de l'Agriculture", "kind": "ministry"},
    {"id": "region-draa", "name": "Région Drâa-Tafilalet", "kind": "public-body"},
]

BATCH = """\
Errachidia : trois conventions pour les oasis

Trois conventions ont été signées, samedi 7 novembre 2026 à Errachidia, en marge du Salon \
des dattes.

La première convention, de 35 millions de dirhams, lie le ministère de l'Agriculture à la \
Région Drâa-Tafilalet pour réhabiliter des khettaras.

La deuxième convention, conclue avec la Coopérative Nakhil Ziz, prévoit la création d'une \
unité de conditionnement de dattes.

La troisième convention associe la société Oasis Froid SARL à la Région pour bâtir une \
chambre froide de 2 000 tonnes.

{closing}
"""


def follows_todos(closing: str) -> list[bool]:
    result = drafted(BATCH.format(closing=closing), BASE, published_on="2026-11-09")
    chunks = result["yaml"].split("\n  - id: ")[1:]
    agreements = [c for c in chunks if "\n    type: " in c]
    assert len(agreements) == 3
    return ["# follows:  # TODO: the article says it continues" in c for c in agreements]


@pytest.mark.parametrize("closing", [
    "Ces conventions s'inscrivent dans le prolongement du plan oasien signé en 2015.",
    "L'ensemble de ces accords fait suite au programme régional conclu en 2017.",
    "Les trois conventions s'inscrivent dans la continuité du contrat-programme de 2019.",
])
def test_what_all_of_them_continue_is_each_ones(closing: str) -> None:
    assert follows_todos(closing) == [True, True, True]


def test_what_the_last_one_continues_is_its_own() -> None:
    closing = ("Elle s'inscrit dans le prolongement d'une première chambre froide financée "
               "en 2020.")
    assert follows_todos(closing) == [False, False, True]
