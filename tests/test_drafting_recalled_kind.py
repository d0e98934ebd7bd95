"""An earlier agreement the article recalls is drafted with the word the article uses for
it ("une première convention signée en 2019"), never with the word of the new one that
the same sentence names first ("Ce nouvel accord fait suite à …")."""

from __future__ import annotations

import pytest

from conventions_cli.drafting import draft_article

pytest.importorskip("spacy")

LEAD = ("L'Agence nationale des équipements publics et la Fédération des architectes du "
        "Maroc ont signé lundi à Rabat un nouvel {new} pour la période 2026-2028.\n\n")
RECALL = ("Ce nouvel {new} fait suite à {old} signé{e} en juin 2020, doté{e} de 12 millions de "
          "dirhams, qui avait permis de rénover quarante écoles.\n\n"
          "Le nouvel {new} mobilise 30 millions de dirhams.\n")


@pytest.mark.parametrize(("new", "old", "e", "kind"), [
    ("accord", "une première convention-cadre", "e", "convention-cadre"),
    ("accord", "un premier mémorandum d'entente", "", "memorandum"),
    ("protocole d'accord", "un premier contrat-programme", "", "contrat-programme"),
])
def test_the_recalled_agreement_keeps_its_own_word(new: str, old: str, e: str,
                                                   kind: str) -> None:
    text = LEAD.format(new=new) + RECALL.format(new=new, old=old, e=e)
    draft = draft_article(text, published_on="2026-03-03")
    recalled = [a for a in draft.data["agreements"] if str(a["signed_on"]) == "2020-06"]
    assert [(a["type"], a["funding"]) for a in recalled] == [
        (kind, {"amount": 12_000_000, "currency": "MAD"})]
    assert recalled[0]["id"].startswith(kind)
