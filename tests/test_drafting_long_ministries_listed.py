"""Ministries with long portfolios listed under one plural, the last after ", et de":
"les ministères de l'Intérieur, de l'Agriculture, de la Pêche maritime, du Développement
rural et des Eaux et Forêts, et de l'Équipement, du Transport, de la Logistique et de l'Eau"
are three when the base knows the two long names, not seven short forms."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [{"id": "interieur", "name": "Ministère de l'Intérieur", "kind": "ministry"},
        {"id": "agri", "name": "Ministère de l'Agriculture, de la Pêche maritime, du "
         "Développement rural et des Eaux et Forêts", "kind": "ministry",
         # an older, shorter name the base also knows: the longest reading wins
         "aliases": ["Ministère de l'Agriculture et de la Pêche maritime"]},
        {"id": "equipement", "name": "Ministère de l'Équipement, du Transport, de la "
         "Logistique et de l'Eau", "kind": "ministry"}]

STORY = ("Un programme de développement intégré a été signé lundi à Guelmim.\n\n"
         "Ont paraphé le document les ministères de l'Intérieur, de l'Agriculture, de la "
         "Pêche maritime, du Développement rural et des Eaux et Forêts, et de l'Équipement, "
         "du Transport, de la Logistique et de l'Eau, ainsi que la Région Guelmim-Oued Noun.\n")


def test_the_base_reads_the_list_into_its_long_names() -> None:
    names = party_names(drafted(STORY, BASE, published_on="2020-03-12"))
    assert names == [["Région Guelmim-Oued Noun", "agri", "equipement",
                      "interieur"]]


def test_without_the_long_names_the_list_keeps_every_portfolio_it_names() -> None:
    names = party_names(drafted(STORY, BASE[:1], published_on="2020-03-12"))[0]
    assert "interieur" in names
    assert not any(n in ("Eau", "Transport", "Logistique", "Équipement") for n in names)
