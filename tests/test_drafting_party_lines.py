"""A batch whose agreements are list lines that open on their signatories: "1) l'Agence X
(AX), pour …" under a lead saying who signed them all, or "- A et B, pour …" under "Les
trois autres conventions ont été conclues entre … :" — each line is one agreement, signed
by the bodies it names before what it is for."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [
    {"id": "region-guelmim", "name": "Région Guelmim-Oued Noun (Conseil régional)",
     "kind": "region", "country": "MA"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body", "country": "MA"},
]


def test_each_numbered_line_is_an_agreement_with_its_partner_and_the_common_signer() -> None:
    result = drafted(
        "Guelmim - Quatre conventions ont été signées mardi à Guelmim. Elles ont toutes été "
        "signées par le président du Conseil de la Région Guelmim-Oued Noun, d'une part, et "
        "par les partenaires suivants, d'autre part :\n\n"
        "1) l'Agence nationale des plantes du désert (ANPD), pour 300 hectares de cactus, "
        "pour 20 millions de dirhams ;\n"
        "2) la société Oued Noun Solaire SA, pour une centrale de 40 MW ;\n"
        "3) Tighmert Eaux Vives, pour la réhabilitation de khettaras ;\n"
        "4) l'Office national de l'électricité et de l'eau potable (ONEE), pour "
        "l'électrification de douars.\n", BASE, published_on="2024-05-16")
    assert party_names(result) == [
        ["Agence nationale des plantes du désert", "region-guelmim"],
        ["Oued Noun Solaire SA", "region-guelmim"],
        ["Tighmert Eaux Vives", "region-guelmim"],
        ["onee", "region-guelmim"]]
    assert result["agreements"][0]["funding"]["amount"] == 20_000_000


def test_lines_of_pairs_under_a_sub_count_are_signed_by_their_pairs_alone() -> None:
    result = drafted(
        "Bamako, 3 mars 2016 (MAP) - Cinq accords ont été signés mercredi à Bamako entre le "
        "Royaume du Maroc et la République du Mali.\n\n"
        "Deux accords, sur la pêche et le transport routier, ont été signés par les "
        "ministres des Affaires étrangères des deux pays. Les trois autres conventions ont "
        "été conclues entre des établissements des deux pays :\n"
        "- l'Office national de l'électricité et de l'eau potable (ONEE) et l'Énergie du "
        "Mali (EDM), pour l'interconnexion des réseaux ;\n"
        "- la Fondation Atlas Savoirs et l'Université de Ségou, pour 200 bourses ;\n"
        "- Maroc Textile Export et l'Agence malienne de promotion des exportations.\n",
        BASE, published_on="2016-03-03")
    names = party_names(result)
    assert len(names) == 5
    assert names[2] == sorted(["onee", "Énergie du Mali"])
    assert names[3] == ["Fondation Atlas Savoirs", "Université de Ségou"]
    assert names[4] == sorted(["Maroc Textile Export",
                               "Agence malienne de promotion des exportations"])


def test_a_list_of_purposes_is_no_list_of_parties() -> None:
    result = drafted(
        "Guelmim - Deux conventions ont été signées mardi à Guelmim entre la Région "
        "Guelmim-Oued Noun et l'ONEE. Elles portent sur :\n"
        "- l'électrification de 40 douars ;\n"
        "- l'adduction d'eau potable de 12 centres.\n", BASE, published_on="2024-05-16")
    assert party_names(result) == [["onee", "region-guelmim"], ["onee", "region-guelmim"]]


def test_a_delegate_minister_to_a_portfolio_is_one_ministry() -> None:
    result = drafted("Le ministre délégué aux Affaires africaines et à la Coopération et le "
                     "ministre malien des Mines ont signé jeudi à Rabat un accord.", BASE)
    assert party_names(result) == [sorted([
        "Ministère délégué aux Affaires africaines et à la Coopération",
        "Ministère des Mines (Mali)"])]
