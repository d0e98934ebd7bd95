"""Memoranda exchanged at a state ceremony ("ont présidé une cérémonie d'échange de trois
mémorandums conclus par le Maroc avec l'Etat des Emirats Arabes Unis"), told
one by one ("Le premier …, échangé entre le ministre X et le directeur de Y. Le deuxième …,
échangé entre A et B, alors que le troisième relatif à … a été échangé entre C et D"): each
is an agreement, with the names told with it, two ranks in one sentence each their own."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "Abou Dhabi — Le Souverain et le Président émirati ont présidé, mardi, au palais, une "
    "cérémonie d'échange de trois mémorandums d'entente conclus par le Maroc avec l'Etat "
    "des Emirats Arabes Unis.\n\n"
    "Le premier mémorandum vise les ports, échangé entre le ministre émirati de l'énergie, "
    "M. Karim Al Falasi, et le ministre du Transport et de la Logistique, M. Omar Idrissi.\n\n"
    "Le deuxième porte sur l'eau potable, échangé entre M. Karim Al Falasi et le ministre de "
    "l'Eau, M. Samir Alaoui, alors que le troisième relatif au tourisme a "
    "été échangé entre le ministre émirati de l'économie, M. Saeed Al Marri, et la ministre "
    "du Tourisme, Mme Salma Bennani.")


def test_each_exchanged_memorandum_is_one_with_its_own_pair() -> None:
    found = party_names(drafted(STORY, [], published_on="2023-12-06"))
    assert len(found) == 3, found
    assert any(n.startswith("Ministère du Transport") for n in found[0]), found
    assert any(n.startswith("Ministère de l'Eau") for n in found[1]), found
    assert not any(n.startswith("Ministère du Tourisme") for n in found[1]), found
    assert any(n.startswith("Ministère du Tourisme") for n in found[2]), found
    assert not any(n.startswith("Ministère de l'Eau") for n in found[2]), found
    assert not any(n == "Arabes Unis" for p in found for n in p), found
