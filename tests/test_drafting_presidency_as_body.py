""""La présidence du Ministère public et l'AMMC ont signé …": the institution after "la
présidence de" signs; "Sous la présidence du wali, A et B ont signé …": the wali presides."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")


def test_the_institution_a_presidency_heads_signs() -> None:
    text = ("La présidence du Ministère public (PMP) et l'Office des changes ont signé jeudi à "
            "Rabat un protocole d'accord contre les infractions de change.\n")
    names = names_of(drafted(text, []))
    assert len(names) == 2
    assert "Office des changes" in names


def test_the_wali_who_presides_does_not_sign() -> None:
    text = ("Sous la présidence du wali de la région, Karim Alaoui, l'Office des changes et "
            "l'Agence urbaine de Fès ont signé jeudi une convention.\n")
    names = names_of(drafted(text, []))
    assert names == {"Office des changes", "Agence urbaine de Fès"}
