"""Batches of investment conventions: a ceremony where the State signs with many
companies, each presented further down with its own figures, is one agreement per
company with its own amount and jobs. Each test drafts an article written for it."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "ministere-industrie", "name": "Ministère de l'Industrie et du Commerce",
     "kind": "ministry"},
]


def draft(text: str, **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, **known)


def _by_partner(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    names = {o["id"]: o["name"] for o in result["organizations"]}
    out = {}
    for agreement, found in zip(result["agreements"], parties(result), strict=True):
        for oid in found:
            if oid in names:
                out[names[oid]] = agreement
    return out


def test_each_company_presented_further_down_has_its_own_agreement_and_figures() -> None:
    result = draft("Kénitra — Le ministre de l'Industrie et du Commerce a présidé lundi à "
                   "Kénitra la signature de quatre conventions d'investissement d'un montant "
                   "global de 600 millions de dirhams. La société Atlas Composites investira "
                   "120 millions de dirhams dans une usine de pièces en carbone. Nombre "
                   "d'emplois promis : 300. Autre entreprise qui rejoint la zone franche : "
                   "Nordlys Cables, pour la production de faisceaux électriques. Le groupe "
                   "Sahel Agro, filiale d'un holding tunisien, implantera une unité de "
                   "conditionnement de 80 millions de dirhams qui créera 150 emplois.")
    assert len(result["agreements"]) == 4
    found = _by_partner(result)
    assert set(found) == {"Atlas Composites", "Nordlys Cables", "Sahel Agro"}
    assert found["Atlas Composites"]["funding"]["amount"] == 120_000_000
    assert found["Atlas Composites"]["jobs"]["direct"] == 300
    assert found["Sahel Agro"]["jobs"]["direct"] == 150
    assert found["Nordlys Cables"].get("jobs") is None
    assert all((a.get("funding") or {}).get("amount") != 600_000_000
               for a in result["agreements"])
