""""signé … en marge de l'assemblée générale de X, tenue récemment à Boston": where the
meeting the agreement was signed at was held is the place of signing, however far from the
verb; a town named for something else after the verb is not."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


def test_the_town_where_the_meeting_was_held_is_the_place() -> None:
    text = ("Le mémorandum a été signé par Karim Alaoui, président de la compagnie Atlas Air, "
            "et Dana Levi, présidente de la compagnie Sky Blue, en marge de la 81e assemblée "
            "générale de l'Association des compagnies aériennes (ACA) tenue récemment à "
            "Lisbonne.\n")
    [agreement] = drafted(text, [])["agreements"]
    assert agreement["place"] == "Lisbonne"


def test_a_town_the_agreement_serves_is_not_the_place() -> None:
    text = ("Le mémorandum a été signé par Karim Alaoui, président de la compagnie Atlas Air, "
            "et Dana Levi, présidente de la compagnie Sky Blue, pour ouvrir des vols directs "
            "entre les deux pays et une escale prévue à Lisbonne.\n")
    [agreement] = drafted(text, [])["agreements"]
    assert agreement.get("place") is None
