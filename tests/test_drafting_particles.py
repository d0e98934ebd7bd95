"""One list of the particles inside a person's name (drafting/words.py), read by every
stage that needs one: the surname the press calls someone by (namesakes) and the name after
"représentée par son président" (delegates) knew different ones (Aït, Bel, Abou, Ibn,
a lowercase el)."""

from __future__ import annotations

import re

import pytest

from conventions_cli.drafting import delegates, namesakes
from conventions_cli.drafting.normalize import fold
from conventions_cli.drafting.words import NAME_PARTICLES, SURNAME_PARTICLES


@pytest.mark.parametrize(("name", "surname"), [
    ("Khalid Aït Taleb", "ait taleb"),
    ("Amani Abou-Zeid", "abou zeid"),
    ("Jean-Yves Le Drian", "le drian"),
    ("Ahmed Ibn Rochd", "ibn rochd"),
    ("Muhammad Al Jasser", "al jasser"),
    ("Nadia Fettah", "fettah"),
    ("Philippe de Fontaine Vive", "vive"),
])
def test_the_surname_keeps_its_particle(name: str, surname: str) -> None:
    assert namesakes._surname(name) == surname


@pytest.mark.parametrize("name", ["Mohamed el Amine Souef", "Karima Bel Haj Omar",
                                  "Ahmed Ould Cheikh Sidi", "Yasmina Aït Ahmed Bennani",
                                  "Ahmed ben Ali Zidane"])
def test_a_head_named_with_a_particle_is_read_whole(name: str) -> None:
    found = delegates._NAME.match(f"{name}, a signé")
    assert found is not None and found.group(0) == name


def test_every_stage_knows_every_particle() -> None:
    assert NAME_PARTICLES < SURNAME_PARTICLES
    assert {fold(w) for w in SURNAME_PARTICLES} == namesakes.PARTICLES
    links = re.compile(delegates._LINKS + r"\Z")
    for word in SURNAME_PARTICLES:
        assert links.match(word) and links.match(word.capitalize()), word
