""""a signé trois accords avec, respectivement, A, B et C": the bodies after "avec,
respectivement," are the partners, one each."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [{"id": "map", "name": "Agence Maghreb Arabe Presse", "acronym": "MAP",
         "kind": "public-body"}]


def test_the_partners_after_avec_respectivement_sign_one_each() -> None:
    text = ("L'Agence Maghreb Arabe Presse (MAP) a signé lundi à Rabat trois accords de "
            "coopération avec, respectivement, l'Agence tchadienne de presse (ATP), l'Agence "
            "béninoise de presse (ABP) et l'Agence nigérienne de presse (ANP).\n")
    result = drafted(text, BASE)
    new = {o["id"]: o["acronym"] for o in result["organizations"]}
    assert [sorted(new.get(p, p) for p in found) for found in parties(result)] == [
        ["ATP", "map"], ["ABP", "map"], ["ANP", "map"]]
