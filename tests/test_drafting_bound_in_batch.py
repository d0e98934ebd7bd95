"""In a batch of agreements, one told by whom it involves ("on retiendra l'accord tripartite
impliquant A, B et C", "la convention liant X à Y") is one of the batch, bound by those it
names; a sentence naming one body only adds none."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

LEAD = ("Le Maroc et le Kenya ont signé mardi à Nairobi douze accords de coopération dans "
        "plusieurs domaines. ")


@pytest.mark.parametrize("told", [
    "Pour le secteur privé, on retiendra l'accord tripartite impliquant le laboratoire "
    "Atlas Pharma, la banque Kifaru Capital et le gouvernement kényan.",
    "Pour le secteur privé, on retiendra l'accord liant le laboratoire Atlas Pharma, la "
    "banque Kifaru Capital et le gouvernement kényan."])
def test_an_agreement_of_the_batch_told_by_whom_it_binds(told: str) -> None:
    names = names_of(drafted(LEAD + told + "\n", []))
    assert {"Atlas Pharma", "Kifaru Capital"} <= names


def test_one_body_named_beside_the_agreement_binds_nothing_more() -> None:
    told = "Pour la santé, on retiendra l'accord impliquant le laboratoire Atlas Pharma."
    assert "Atlas Pharma" not in names_of(drafted(LEAD + told + "\n", []))
