""""… avec l'Institut X et le producteur espagnol de semences et de plants Y": a kind of
company, its nationality and its trade told right before a name make the name a company
that signs with the others, even where the tagger reads it as a person's; and a signatory
whose given name is joined by a hyphen ("Seung-Ho Park, le président de X") signs for X."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names, signers

pytest.importorskip("spacy")

BASE = [{"id": "ormva-souss", "name": "Office régional de mise en valeur agricole du Souss",
         "acronym": "ORMVA-SM", "kind": "public-body"}]


def test_a_company_described_before_its_name_signs_in_the_list() -> None:
    text = ("L'Office régional de mise en valeur agricole du Souss a signé jeudi à Agadir une "
            "convention avec l'Institut national de recherche agronomique (INRA) et le "
            "producteur espagnol de semences et de plants Semillas Verdes.\n")
    result = drafted(text, BASE)
    assert party_names(result) == [["Institut national de recherche agronomique",
                                    "Semillas Verdes", "ormva-souss"]]
    kinds = {o["name"]: o["kind"] for o in result["organizations"]}
    assert kinds["Semillas Verdes"] == "company"


def test_respectively_shares_out_a_described_partner() -> None:
    text = ("L'Office régional de mise en valeur agricole du Souss a signé deux conventions avec "
            "respectivement l'Institut national de recherche agronomique (INRA) et "
            "l'exportateur néerlandais d'agrumes Oranjefruit.\n"
            "La cérémonie s'est tenue le 4 avril 2024 à Agadir.\n")
    result = drafted(text, BASE)
    assert party_names(result) == [
        ["Institut national de recherche agronomique", "ormva-souss"],
        ["Oranjefruit", "ormva-souss"]]


def test_a_purpose_is_not_a_description() -> None:
    text = ("L'Office régional de mise en valeur agricole du Souss a signé jeudi une convention "
            "avec l'Institut national de recherche agronomique (INRA) pour le suivi des "
            "producteurs de la vallée de Tamri.\n")
    result = drafted(text, BASE)
    assert party_names(result) == [["Institut national de recherche agronomique",
                                    "ormva-souss"]]


def test_a_hyphenated_given_name_signs_for_the_body_after_it() -> None:
    text = ("L'Office régional de mise en valeur agricole du Souss et l'Institut coréen des "
            "technologies de l'irrigation (KITI) ont signé un mémorandum d'entente à Agadir. "
            "Le document a été signé par Leila Ouardi, directrice de l'Office régional de mise "
            "en valeur agricole du Souss, et Seung-Ho Park, le président du KITI.\n")
    result = drafted(text, BASE)
    found = signers(result)
    assert found.get("Seung-Ho Park") not in (None, "ormva-souss")
    assert found.get("Leila Ouardi") == "ormva-souss"
