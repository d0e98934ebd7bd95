""""Sous la présidence de P, A et B ont signé": the names after the comma that closes the
presiding are the verb's subject; "en présence de A, et de B, le groupe Y a signé" names
only Y."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

PRESIDED = ("Sous la présidence du Chef du gouvernement, Samir Alaoui, le ministre de "
            "l'Industrie, Karim Tazi, et le directeur général du groupe Atlas Motors, Hugo "
            "Lemaire, {verb} une convention d'investissement de 2 milliards de dirhams.\n")


@pytest.mark.parametrize("verb", ["ont signé, lundi à Rabat,",
                                  "ont procédé, lundi à Rabat, à la signature d'"])
def test_the_signers_after_the_presiding_sign(verb: str) -> None:
    text = PRESIDED.format(verb=verb).replace("d' une", "d'une")
    names = names_of(drafted(text, []))
    assert any("Industrie" in n for n in names)
    assert any("Atlas Motors" in n for n in names)
    assert not any("gouvernement" in n.lower() for n in names)


def test_those_who_attend_do_not_sign() -> None:
    text = ("En présence du ministre de l'Intérieur, Karim Ali, et de la ministre de la "
            "Santé, Nadia Bennani, le groupe Akdital a signé mardi une convention avec la "
            "commune de Safi.\n")
    names = names_of(drafted(text, []))
    assert not any("Intérieur" in n or "Santé" in n for n in names)
    assert any("Akdital" in n for n in names)
