"""A body that signs through an envoy of another body ("le ministère de l'Intérieur,
représenté par le wali de la région X, M. Y") is the party, with Y signing for it; "A,
représentée par son président, et B" keeps B in the list; a sentence that denies a signing
("sans être signataire", "ne figure pas parmi les signataires") names no party."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

BASE = [{"id": "ministere-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry",
         "country": "MA"},
        {"id": "region-souss", "name": "Région Souss-Massa (Conseil régional)", "kind": "region",
         "country": "MA"}]


def test_a_ministry_represented_by_a_wali_is_the_party_and_the_wali_signs_for_it() -> None:
    result = drafted("Une convention a été signée mardi à Agadir entre le ministère de "
                     "l'Intérieur, représenté par le wali de la région Souss-Massa, M. Karim "
                     "Tahiri, la Région Souss-Massa, représentée par son président, et "
                     "l'Université Ibn Zohr, représentée par sa présidente, Mme Leila Amrani.",
                     BASE, published_on="2024-05-16")
    assert party_names(result) == [["Université Ibn Zohr", "ministere-interieur",
                                    "region-souss"]]
    signers = {s["person"]: s["org"] for s in result["agreements"][0]["signatories"]}
    assert signers["karim-tahiri"] == "ministere-interieur"


def test_a_state_represented_by_ministries_is_signed_for_by_them() -> None:
    result = drafted("Une convention a été signée mardi à Rabat entre l'Etat, représenté par "
                     "le ministère de l'Intérieur, et la Région Souss-Massa.", BASE,
                     published_on="2024-05-16")
    assert party_names(result) == [["ministere-interieur", "region-souss"]]


@pytest.mark.parametrize("denial", [
    "L'Agence du Sud, associée aux travaux, l'a suivie sans être signataire.",
    "L'Agence du Sud ne figure pas parmi les signataires.",
    "L'Agence du Sud et la Fondation Tilila n'ont pas pris part à la signature."])
def test_a_sentence_that_denies_a_signing_names_no_party(denial: str) -> None:
    result = drafted("Agadir - Le ministère de l'Intérieur et la Région Souss-Massa ont signé "
                     f"mardi à Agadir une convention.\n\n{denial}\n", BASE,
                     published_on="2024-05-16")
    assert party_names(result) == [["ministere-interieur", "region-souss"]]


def test_the_ministers_concerned_are_no_ministry() -> None:
    result = drafted("Abou Dhabi - Le Maroc et les Emirats arabes unis ont signé mardi quinze "
                     "mémorandums, paraphés par les ministres concernés des deux pays.", BASE,
                     published_on="2024-05-16")
    assert not any("concern" in o["name"].lower() for o in result["organizations"])


def test_a_ministry_represented_by_the_head_of_one_of_its_offices_is_the_party() -> None:
    # "représenté par le directeur du Trésor, M. Y": the Treasury is his office inside the
    # ministry, not a body that signs instead of it
    result = drafted("Rabat – Un accord de prêt de 200 millions de dollars a été signé mardi à "
                     "Rabat entre la Banque mondiale, représentée par son directeur pour le "
                     "Maghreb, Paul Martin, et le ministère de l'Économie et des Finances, "
                     "représenté par le directeur du Trésor et des finances extérieures, Karim "
                     "Alami.", [{"id": "mef", "name": "Ministère de l'Économie et des Finances",
                                 "kind": "ministry"},
                                {"id": "bm", "name": "Banque mondiale", "kind": "international"}],
                     published_on="2025-03-12")
    assert party_names(result) == [["bm", "mef"]]
