""""L'accord a été signé conjointement par A et B" with no number said: one agreement that
both sign, not one each."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [{"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
         "kind": "international"},
        {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry"}]


@pytest.mark.parametrize("verb", ["a été signé conjointement", "a été paraphé",
                                  "fut signé, lundi à Rabat,"])
def test_a_singular_passive_signed_by_two_is_one_agreement(verb: str) -> None:
    text = ("La BAD a mis à disposition du Maroc une enveloppe de 40 millions d'euros pour "
            "l'irrigation. Cette somme relève d'un accord de prêt destiné aux petits "
            f"exploitants. Le partenariat {verb} par Ahmed Tazi, ministre de l'Économie et des "
            "Finances, et Nadia Rami, représentante résidente de la BAD.\n")
    result = drafted(text, BASE)
    assert [sorted(p) for p in parties(result)] == [["bad", "mef"]]
