""""entre la commune de X, le conseil provincial et l'Office Y": a provincial (or
prefectural) council named bare is the council of the one province the article names,
with a TODO; two provinces named leave it as written."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

ONE = ("Le gouverneur de la province de Tata, Karim Saidi, a présidé jeudi la signature "
       "d'une convention entre la commune de Tata, le conseil provincial et l'Agence du "
       "bassin hydraulique de Souss-Massa pour protéger la ville des crues.\n")

TWO = ("Une convention a été signée jeudi entre la commune d'Akka, le conseil provincial et "
       "l'Agence du bassin hydraulique. Les provinces de Tata et la province de Guelmim "
       "suivent le projet; la province d'Assa-Zag aussi.\n")


def test_the_one_province_named_gives_the_council_its_name() -> None:
    result = drafted(ONE, [])
    assert "Conseil provincial de Tata" in names_of(result)
    assert "taken as the council of the province the article names (Tata)" in result["yaml"]


def test_two_provinces_named_leave_it_unsaid() -> None:
    names = names_of(drafted(TWO, []))
    assert not any(n.startswith("Conseil provincial d") for n in names)
