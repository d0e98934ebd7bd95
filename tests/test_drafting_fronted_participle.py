""""Signée par le Général X, inspecteur de la Protection civile, et Y, ambassadeur de la
République française au Maroc, cette convention …": every body of the opening participle's
clause signs, however many words stand between "par" and it; a "lettre d'Intention" is a
text, and "au Maroc" ends the envoy's state."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")


def test_the_bodies_of_a_fronted_signed_by_clause_sign() -> None:
    text = ("Une convention d'appui à la modernisation des secours a été signée lundi à Rabat. "
            "Signée par le Général de brigade, Karim Alaoui, inspecteur de la Protection civile, "
            "et Luc Martin, ambassadeur de la République française au Maroc, cette convention "
            "met en oeuvre la lettre d'Intention adoptée en avril.\n")
    names = names_of(drafted(text, []))
    assert "Protection civile" in names
    assert any(name.startswith("République française") or name == "France" for name in names)
    assert not {"Intention", "République française au"} & names
