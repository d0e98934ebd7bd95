"""A batch signed under an earlier framework agreement: the framework's signatories, named
where the article recalls it, sign none of the batch; the body the batch was signed at
hosts it. "En vertu d'une convention signée le 3 mai entre A, B et C" is the one the article
reports, not a recalled one. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

TEXT = ("Taza : cinq nouveaux projets d'un investissement de 40 millions DH\n\n"
        "Trois de ces projets, qui font l'objet de cinq conventions signées le 12 mai au Centre "
        "régional d'investissement de Fès-Meknès (CRI-FM), relèvent de l'agroalimentaire. "
        "Ce lot est signé en application de l'accord-cadre pour "
        "l'investissement à Taza, lequel avait été conclu en janvier 2020 par le CRI, la "
        "province de Taza et l'Agence de l'Oriental.")


def test_the_frameworks_signatories_sign_none_of_the_batch_and_the_host_signs_each() -> None:
    found = party_names(drafted(TEXT, [], "2022-05-13"))
    assert len(found) == 5
    for parties in found:
        assert parties == ["Centre régional d'investissement de Fès-Meknès"], found


def test_the_agreement_the_article_reports_is_no_recalled_one() -> None:
    text = ("Rabat — L'agence japonaise Alpha finance à hauteur de 5 millions de dollars une "
            "plateforme solaire. En vertu d'une convention signée le 3 mai entre l'Office "
            "Beta, l'agence Alpha et la Fondation Gamma, en marge du Salon Vert, l'agence "
            "apporte sa part du financement.")
    found = party_names(drafted(text, [], "2024-05-06"))
    assert found == [["Agence Alpha", "Fondation Gamma", "Office Beta"]], found


def test_the_parties_of_an_agreement_whose_anniversary_is_marked_sign_nothing_now() -> None:
    text = ("Séoul — Une délégation universitaire a signé lundi trois conventions avec des "
            "universités coréennes. Ce voyage marque le 50e anniversaire de la signature du "
            "premier accord culturel entre le Maroc et la Corée. La première convention a été "
            "signée entre l'Université Alpha et l'Université Beta.")
    found = party_names(drafted(text, [], "2024-05-07"))
    assert not any("État marocain" in f or "Corée" in f for f in found), found
