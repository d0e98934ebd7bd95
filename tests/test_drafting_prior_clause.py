"""A sentence that opens on an earlier signing ("Après la conclusion d'un accord avec la
Chambre X de Porto, la Chambre Y a conclu un mémorandum avec la Chambre Z"): the earlier
accord is no agreement of the article and its partner no party; the same memorandum told
again further on, undated, naming nobody new, is the same one."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "Après la conclusion d'un accord avec la Chambre de commerce et d'industrie de Porto au "
    "Portugal, la Chambre de commerce de l'Oriental a conclu un mémorandum d'entente avec la "
    "Chambre de commerce de Dakar au Sénégal pour relancer les échanges.\n\n"
    "La chambre de l'Oriental poursuit son ouverture. Après la conclusion d'un accord avec la "
    "Chambre de Porto, c'est au tour de la Chambre de commerce de Dakar de sceller un "
    "mémorandum d'entente avec cette institution. Le mémorandum a été signé par visioconférence "
    "par les présidents des deux chambres.")


def test_the_earlier_accord_is_no_agreement_and_its_partner_no_party() -> None:
    found = party_names(drafted(STORY, [], published_on="2021-04-09"))
    assert len(found) == 1, found
    assert not any("Porto" in n for n in found[0]), found
    assert any("Dakar" in n for n in found[0]), found
    assert any("Oriental" in n for n in found[0]), found


def test_another_memorandum_said_to_be_another_is_counted() -> None:
    text = STORY.replace("de sceller un mémorandum d'entente avec cette institution",
                         "de sceller un autre mémorandum d'entente avec cette institution")
    assert len(drafted(text, [], published_on="2021-04-09")["agreements"]) == 2


def test_an_accord_told_again_with_the_full_name_of_its_company_is_one() -> None:
    text = ("Le PDG de KMT a signé, ce jeudi, à Rabat, un accord avec l'Etat pour une usine de "
            "moteurs.\n\n"
            "Omar Lahlou, le PDG de KMT Kinetic Motors, a signé, ce jeudi 4 mars 2021, un accord "
            "avec l'Etat pour une usine qui sera bâtie dans la deuxième ville industrielle du "
            "pays, à Kénitra.")
    assert len(drafted(text, [], published_on="2021-03-05")["agreements"]) == 1
