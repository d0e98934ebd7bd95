"""An agreement renewed ("ont reconduit vendredi un accord", "ont renouvelé leur
convention") is signed again, with its day, place and parties; a renewal clause inside an
agreement ("reconduite tacitement") is no new signing."""

from __future__ import annotations

import pytest

from conventions_cli.drafting import draft_article


@pytest.mark.parametrize("verb", ["ont reconduit, vendredi à Salé,",
                                  "ont renouvelé vendredi à Salé"])
def test_a_renewed_agreement_is_drafted_with_its_day_place_and_parties(verb: str) -> None:
    page = (f"Le Secrétariat d'État chargé de l'Insertion des jeunes et l'Association "
            f"Jeunes Avenir {verb} un accord de partenariat sur l'apprentissage.\n")
    draft = draft_article(page, published_on="2026-03-16")
    [agreement] = draft.agreements
    assert agreement["signed_on"] == "2026-03-13" and agreement["place"] == "Salé"
    assert len(agreement["parties"]) == 2


def test_a_renewal_clause_is_no_second_signing() -> None:
    page = ("L'Office des changes et la Banque Atlas ont signé mardi à Rabat une convention de "
            "partenariat. Cette convention, conclue pour trois ans, est reconduite tacitement "
            "par périodes d'un an.\n")
    draft = draft_article(page, published_on="2026-03-11")
    assert len(draft.agreements) == 1
