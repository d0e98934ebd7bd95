""""les Fédérations royales marocaines de judo, de karaté, de ski et sports de montagne et de
tir à l'arc": one federation per sport the list names, a sport's own "et" kept inside it."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")


def test_one_federation_per_sport() -> None:
    text = ("Le ministère de la Jeunesse et des Sports a signé mardi à Rabat des "
            "contrats-programmes avec les Fédérations royales marocaines de judo, de karaté, "
            "de ski et sports de montagne, des sports pour personnes handicapées et de tir à "
            "l'arc. Ils courent jusqu'en 2028.\n")
    names = names_of(drafted(text, []))
    assert {"Fédération royale marocaine de judo", "Fédération royale marocaine de karaté",
            "Fédération royale marocaine de ski et sports de montagne",
            "Fédération royale marocaine des sports pour personnes handicapées",
            "Fédération royale marocaine de tir à l'arc"} <= names


def test_one_field_is_no_list() -> None:
    text = ("Le ministère de la Jeunesse et des Sports a signé mardi un contrat-programme avec "
            "les fédérations sportives de la région.\n")
    names = names_of(drafted(text, []))
    assert not any(n.startswith("Fédération sportive de") for n in names)
