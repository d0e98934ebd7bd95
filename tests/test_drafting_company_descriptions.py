"""Companies the press introduces by their country or their kind rather than a head noun:
"l'espagnol X" (a nationality for a noun), "la société turque X" (a feminine that is not
the masculine plus an e), "la Société de développement local X" (a kind of body whose
proper name follows it); and who presided, when the base already has them."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [
    {"id": "mit", "name": "Ministère de l'Industrie et du Textile", "kind": "ministry",
     "country": "MA"},
    {"id": "commune-safi", "name": "Commune de Safi", "kind": "commune"},
]


def _country(result: dict, name: str) -> str | None:
    return next(o.get("country") for o in result["organizations"] if o["name"] == name)


def test_a_nationality_for_a_noun_introduces_a_company_of_that_country() -> None:
    result = drafted("Le ministère de l'Industrie et du Textile a signé lundi à Rabat trois "
                     "conventions d'investissement. La première lie le ministère au "
                     "néerlandais Van Dalen Kabels pour 200 MDH. La deuxième a été conclue "
                     "avec l'allemand Kessler Antriebe, pour 120 MDH. La troisième, signée "
                     "avec la société turque Yildiz Profil, porte sur 90 MDH.", BASE)
    assert party_names(result) == [["Van Dalen Kabels", "mit"], ["Kessler Antriebe", "mit"],
                                   ["Yildiz Profil", "mit"]]
    assert _country(result, "Van Dalen Kabels") == "NL"
    assert _country(result, "Kessler Antriebe") == "DE"
    assert _country(result, "Yildiz Profil") == "TR"  # "turque", not "turqu"


def test_a_person_introduced_by_nationality_is_no_company() -> None:
    result = drafted("La Commune de Safi a signé mardi une convention de jumelage avec la "
                     "ville de Leiria, en présence du Portugais Mohamed Alves.", BASE)
    assert "Mohamed Alves" not in {o["name"] for o in result["organizations"]}


def test_a_local_development_company_keeps_its_proper_name() -> None:
    result = drafted("La Commune de Safi et la Société de développement local Safi Mobilité "
                     "ont signé mardi à Safi une convention de gestion de 30 MDH.", BASE)
    assert party_names(result) == [["Société de développement local Safi Mobilité",
                                    "commune-safi"]]


def test_a_presider_the_base_has_is_still_named() -> None:
    people = [{"id": "karim-bennani", "name": "Karim Bennani"}]
    result = drafted("Deux conventions ont été signées lundi à Safi, sous la présidence du "
                     "gouverneur de la province de Safi, Karim Bennani : l'une entre la "
                     "Commune de Safi et la Fondation Amal Jeunes, l'autre entre la Commune "
                     "de Safi et l'association Bahr Ila Bahr.", BASE, people=people)
    assert not result["people"]  # nobody new to propose
    assert '# karim-bennani (in the base) presided, did not sign; from: "Karim Bennani"' \
        in result["yaml"]


def test_companies_presented_together_each_with_its_figures_are_one_agreement_each() -> None:
    result = drafted(
        "Tanger - Le ministre de l'Industrie et du Textile a présidé lundi à Tanger la "
        "signature de douze conventions d'investissement. Parmi les signataires figurent "
        "l'équipementier japonais Hoshiro Cables, qui investit 300 millions de dirhams pour "
        "900 emplois, le sud-coréen Hanseong Parts (120 millions de dirhams, 200 emplois) et "
        "le portugais Tejo Moldes (80 millions de dirhams).", BASE,
        published_on="2025-03-12")
    agreements = result["agreements"]
    assert len(agreements) == 12
    new = {o["id"]: o for o in result["organizations"]}
    told = [(new[p["org"]]["name"], a.get("funding", {}).get("amount"))
            for a in agreements[:3] for p in a["parties"] if p["org"] in new]
    assert told == [("Hoshiro Cables", 300_000_000), ("Hanseong Parts", 120_000_000),
                    ("Tejo Moldes", 80_000_000)]
    assert new["hanseong-parts"]["country"] == "KR"


def test_a_town_s_people_between_the_kind_and_the_name() -> None:
    result = drafted("Casablanca — Le laboratoire Alphamed et le distributeur dakarois "
                     "Sahel-Distri Santé ont signé mercredi un contrat de distribution.", BASE,
                     published_on="2024-05-15")
    assert party_names(result) == [["Alphamed", "Sahel-Distri Santé"]]


def test_a_hyphenated_compound_stays_in_the_name() -> None:
    result = drafted("Casablanca — La Banque Alpha et la Société marocaine de clé-en-main et "
                     "de montage (SMCM) ont signé jeudi une convention de financement.", BASE,
                     published_on="2024-05-17")
    assert "Société marocaine de clé-en-main et de montage" in {
        o["name"] for o in result["organizations"]}


def test_an_indefinite_body_in_lower_case_names_nobody() -> None:
    result = drafted("Tokyo — Une délégation académique marocaine a signé vendredi une convention "
                     "avec l'Université Nakano.", BASE, published_on="2024-05-18")
    assert party_names(result) == [["Université Nakano"]]


def test_who_licensed_a_company_described_between_commas_does_not_sign() -> None:
    base = [*BASE, {"id": "bam", "name": "Bank Al-Maghrib", "acronym": "BAM",
                    "kind": "public-body"}]
    result = drafted("TAMWILCOOP, établissement de crédit agréé par Bank Al-Maghrib, et la "
                     "Commune de Safi ont signé mardi une convention pour financer les "
                     "coopératives de la ville.", base)
    assert party_names(result) == [["TAMWILCOOP", "commune-safi"]]
