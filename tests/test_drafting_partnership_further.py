"""A lead that names no party of its own ("Deux conventions … ont été signées vendredi à
Oujda, en application du contrat-programme 2023-2026 passé entre l'État et la région"), a
ceremony under a minister's presidency, and the bodies named further on ("en partenariat
avec A et B, avec une contribution de la région"): the parties of the framing
contract-programme are not the conventions', the presiding minister signs none, A and B
(and the region) sign each."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "Deux conventions pour l'emploi des jeunes dans la région de l'Oriental, d'une valeur "
    "globale de 210 millions de DH, ont été signées vendredi à Oujda, en application du "
    "contrat-programme 2023-2026 passé entre l'État et la région.\n\n"
    "La cérémonie s'est tenue sous la présidence du ministre du Travail, Karim Alaoui, en "
    "présence du wali de la région.\n\n"
    "Les conventions prévoient une série de programmes en partenariat avec l'Office de la "
    "formation professionnelle et de la promotion du travail (OFPPT) et l'Agence de "
    "développement de l'Oriental, avec une contribution de la région de l'Oriental de 90 MDH.")


def test_the_bodies_named_in_partnership_sign_each_convention() -> None:
    found = party_names(drafted(STORY, [], published_on="2021-01-16"))
    assert len(found) == 2, found
    for parties in found:
        assert any(n.startswith("Office de la formation professionnelle") for n in parties)
        assert any(n.startswith("Agence de développement de l'Oriental") for n in parties)
        assert not any("Travail" in n for n in parties), parties
        assert not any(n.startswith(("État", "Gouvernement")) or n == "etat-marocain"
                       for n in parties), parties
