"""Agreements told rank by rank with the noun left out ("le premier … par A ; le deuxième
par B"), a body whose name ends on its country, a remit after a minister's portfolio
("…, chargé des Relations avec le Parlement"), a State of several words after "la
République de", a signing that closes a meeting, a caption retold by the story it heads,
an agreement recalled in the pluperfect with "déjà", a title alone after a name."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, parties, party_names, signers

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
         "aliases": ["Royaume du Maroc"]},
        {"id": "ministere-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry",
         "country": "MA"},
        {"id": "ministere-justice", "name": "Ministère de la Justice", "kind": "ministry",
         "country": "MA"},
        {"id": "adii", "name": "Administration des douanes et impôts indirects",
         "acronym": "ADII", "kind": "public-body", "country": "MA"},
        {"id": "fec", "name": "Fonds d'équipement communal", "acronym": "FEC",
         "kind": "public-body", "country": "MA"},
        {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
         "kind": "international", "country": "FR"},
        {"id": "inra", "name": "Institut national de la recherche agronomique",
         "acronym": "INRA", "kind": "public-body", "country": "MA"},
        {"id": "mr-ministere-jeunesse", "name": "Ministère de la Jeunesse et des Relations "
         "avec le Parlement (Mauritanie)", "kind": "ministry", "country": "MR"},
        {"id": "bank-al-maghrib", "name": "Bank Al-Maghrib", "acronym": "BAM",
         "kind": "public-body", "country": "MA"}]

RANKS = ("Douanes : trois accords signés à Genève\n"
         "L'ADII a conclu trois accords d'assistance mutuelle avec le Chili, le Vietnam et "
         "la Zambie, en marge d'une session tenue du 3 au 7 juin 2019.\n"
         "Ces accords ont été signés du côté marocain par le directeur général de l'ADII, "
         "Karim Semlali. Du côté des partenaires, le premier accord a été signé par M. Pablo "
         "Reyes, conseiller aux affaires douanières ; le deuxième par M. Tran Van Long, "
         "directeur du Département des Douanes du Vietnam et le troisième par Mme Grace "
         "Banda, commissaire générale de l'Autorité des Recettes de la Zambie.\n")


def test_ranks_told_without_their_noun_each_take_the_names_after_them() -> None:
    result = drafted(RANKS, BASE, published_on="2019-06-10")
    got = party_names(result)
    assert len(got) == 3
    assert all("adii" in names for names in got)
    # the first names its signer in words no body is read from: it keeps the lead's partner
    assert "Chili" in got[0]
    assert not any("Vietnam" in n or "Zambie" in n for n in got[0])
    assert any("Département des Douanes du Vietnam" in n for n in got[1])
    assert any("Autorité des Recettes" in n for n in got[2])


def test_a_rank_in_turn_closes_the_name_before_it() -> None:
    result = drafted(RANKS, BASE, published_on="2019-06-10")
    names = names_of(result)
    assert "Département des Douanes du Vietnam" in names
    assert not any("troisième" in n for n in names)


def test_a_body_whose_name_ends_on_its_country_is_that_country_s() -> None:
    result = drafted(RANKS, BASE, published_on="2019-06-10")
    body = next(o for o in result["organizations"]
                if o["name"] == "Département des Douanes du Vietnam")
    assert body.get("country") == "VN"
    assert not body["id"].endswith("-vn")  # its name says its country already
    # the State a body of its own stands for signs no second time beside it
    assert not any(n == "Vietnam" for n in party_names(result)[1])


def test_ranks_without_their_noun_take_the_partner_after_with() -> None:
    text = ("Agriculture : trois conventions pour l'irrigation\n"
            "Le ministère de l'Intérieur a signé lundi à Rabat trois conventions. La première "
            "convention a été signée avec la Fondation Atlas, la deuxième avec la Société "
            "Hydra Sud et la troisième avec l'Association Oasis Vertes.\n")
    got = party_names(drafted(text, BASE, published_on="2020-03-03"))
    assert len(got) == 3
    assert "Fondation Atlas" in got[0] and "Société Hydra Sud" not in got[0]
    assert "Société Hydra Sud" in got[1] and "Fondation Atlas" not in got[1]
    assert "Association Oasis Vertes" in got[2]


def test_a_remit_after_a_portfolio_stays_in_the_title_not_the_ministry() -> None:
    text = ("Justice : un accord avec une fondation\n"
            "Le ministre de la Justice, chargé des Droits de l'Homme, Karim Alaoui, a signé "
            "mercredi à Rabat un accord avec la Fondation Alpha.\n")
    result = drafted(text, BASE, published_on="2020-03-05")
    assert parties(result)[0][0] == "ministere-justice"
    assert "Droits de l'Homme" in signers(result).get("Karim Alaoui", "") or any(
        "Droits de l'Homme" in str(s.get("title")) for a in result["agreements"]
        for s in a.get("signatories", []))


def test_relations_with_parliament_is_one_remit_and_morocco_s_ministry() -> None:
    text = ("Parlement : une convention pour la formation des élus\n"
            "Le ministre délégué chargé des Relations avec le Parlement, Karim Alaoui, a "
            "signé mercredi à Rabat une convention avec la Fondation Alpha.\n")
    result = drafted(text, BASE, published_on="2020-03-05")
    first = party_names(result)[0]
    assert "mr-ministere-jeunesse" not in first  # Mauritania's, by its full name only
    assert any(n.endswith("chargé des Relations avec le Parlement") for n in first)
    assert signers(result).get("Karim Alaoui") is not None


def test_a_foreign_minister_with_a_remit_keeps_his_country() -> None:
    text = ("Intérieur : un accord avec le Sénégal\n"
            "Le ministre de l'Intérieur, Karim Alaoui, a signé mercredi à Rabat un accord avec "
            "Moussa Diallo, ministre de l'Intérieur et de la Sécurité, chargé des Relations "
            "avec le Parlement de la République du Sénégal.\n")
    result = drafted(text, BASE, published_on="2020-03-05")
    got = parties(result)[0]
    assert got[0] == "ministere-interieur"
    other = next(o for o in result["organizations"] if o["id"] == got[1])
    assert other.get("country") == "SN"
    assert "Parlement" not in other["name"]
    assert len(got) == 2


def test_a_state_of_several_words_after_la_republique_de() -> None:
    text = ("Protection civile : un accord avec les Comores\n"
            "Le ministre de l'Intérieur, Karim Alaoui, a signé mercredi à Rabat un accord avec "
            "Said Ali, ministre de l'Intérieur de la République de l'Union des Comores.\n")
    result = drafted(text, BASE, published_on="2024-05-08")
    got = parties(result)[0]
    other = next(o for o in result["organizations"] if o["id"] == got[1])
    assert other.get("country") == "KM"
    assert "République" not in other["name"] and "Union" not in other["name"]


def test_a_signing_that_closes_a_meeting_is_signed_by_those_who_met() -> None:
    text = ("Sécurité civile : un accord avec le Sénégal\n"
            "L'accord de coopération en matière de sécurité civile, signé mercredi à Rabat, "
            "appuiera la formation des officiers sénégalais, a indiqué le ministre sénégalais "
            "de l'Intérieur.\n"
            "Le ministre de l'Intérieur, Karim Alaoui, a tenu le même jour une séance de "
            "travail avec Moussa Diallo, ministre de l'Intérieur et de la Sécurité publique de "
            "la République du Sénégal.\n"
            "Cette rencontre a été sanctionnée par la signature du texte.\n")
    result = drafted(text, BASE, published_on="2024-05-08")
    got = parties(result)
    assert len(got) == 1 and got[0][0] == "ministere-interieur"
    other = next(o for o in result["organizations"] if o["id"] == got[0][1])
    assert other.get("country") == "SN"


def test_a_caption_retold_by_the_story_it_heads_is_one_agreement() -> None:
    text = ("Lors de la signature d'une convention de partenariat, jeudi 6 mars 2025, entre "
            "l'Institut Delta des sciences et l'INRA.\n\n"
            "Une convention pour la recherche appliquée a été signée hier entre l'Institut "
            "Delta des sciences (IDS) et l'Institut national de la recherche agronomique "
            "(INRA).\n")
    result = drafted(text, BASE, published_on="2025-03")
    assert len(result["agreements"]) == 1


def test_an_agreement_the_country_had_already_signed_is_no_party_s() -> None:
    text = ("Douanes : un accord avec le Pérou\n"
            "L'ADII a conclu mardi à Bruxelles un accord d'assistance mutuelle avec le Pérou. "
            "Le Maroc avait déjà conclu des accords du même type avec une vingtaine de pays, "
            "dont la Grèce, la Hongrie et l'Argentine.\n")
    result = drafted(text, BASE, published_on="2019-06-12")
    assert len(result["agreements"]) == 1
    assert not {"Grèce", "Hongrie", "Argentine"} & names_of(result)


def test_a_title_alone_after_a_name_is_no_body() -> None:
    text = ("Communes : deux accords de financement\n"
            "Deux accords de financement ont été signés lundi à Rabat entre le FEC, représenté "
            "par son directeur général, et l'AFD, représentée par Jean Morel, Directeur au "
            "Maroc.\n")
    result = drafted(text, BASE, published_on="2021-07-06")
    assert names_of(result) == {"fec", "afd"}


def test_a_country_s_own_bank_named_by_its_country_is_no_lender() -> None:
    text = ("Banques centrales : une convention avec la Banque de France\n"
            "Bank Al-Maghrib a signé lundi à Paris une convention de coopération avec la "
            "Banque de France.\n")
    result = drafted(text, BASE, published_on="2018-10-02")
    roles = {p["org"]: p["role"] for p in result["agreements"][0]["parties"]}
    other = next(o for o in result["organizations"] if o["name"] == "Banque de France")
    assert roles[other["id"]] == "partner"
    assert other.get("country") == "FR"


def test_a_person_glued_after_a_titled_head_holds_the_title() -> None:
    text = ("Rural : un prêt du FIDA\n"
            "Un accord de prêt a été signé lundi à Rome entre le Maroc et le Fonds "
            "international de développement agricole (FIDA). Le texte a été paraphé par le "
            "Vice-président du Fonds Marc Dubois et par l'ambassadeur du Maroc en Italie.\n")
    base = BASE + [{"id": "fida", "name": "Fonds international de développement agricole",
                    "acronym": "FIDA", "kind": "international"}]
    result = drafted(text, base, published_on="2016-03-08")
    assert not any("Dubois" in n for n in names_of(result))
    assert signers(result).get("Marc Dubois") == "fida"


def test_a_representative_of_the_kingdom_to_a_body_signs_for_the_state() -> None:
    text = ("Rural : un prêt du FIDA\n"
            "Un accord de prêt a été signé lundi à Rome entre le Maroc et le Fonds "
            "international de développement agricole (FIDA). Signé par le représentant "
            "permanent du Royaume auprès du FIDA, Driss Tazi, et la vice-présidente du Fonds, "
            "Anna Rossi, ce prêt financera des pistes rurales.\n")
    base = BASE + [{"id": "fida", "name": "Fonds international de développement agricole",
                    "acronym": "FIDA", "kind": "international"}]
    result = drafted(text, base, published_on="2016-03-08")
    who = signers(result)
    assert who.get("Driss Tazi") == "etat-marocain"
    assert who.get("Anna Rossi") == "fida"


def test_the_ambassador_of_the_kingdom_of_another_country_signs_for_it() -> None:
    text = ("INDH : un avenant avec les Pays-Bas\n"
            "L'avenant a été paraphé mardi dans la capitale par le ministre de l'Intérieur, "
            "Karim Alaoui, et l'ambassadeur du Royaume des Pays-Bas à Rabat, M. Jan de Vries.\n")
    result = drafted(text, BASE, published_on="2012-02-08")
    who = signers(result)
    assert who.get("Jan de Vries") not in (None, "etat-marocain")
    body = next(o for o in result["organizations"] if o["id"] == who["Jan de Vries"])
    assert body.get("country") == "NL"


def test_the_years_of_a_phase_a_party_means_to_launch_are_no_period() -> None:
    text = ("INDH : un avenant pour une aide additionnelle\n"
            "L'avenant a été paraphé mardi dans la capitale par le ministre de l'Intérieur, "
            "Karim Alaoui. Le ministre a rappelé que le gouvernement envisage de lancer une "
            "nouvelle phase pour la période 2013-2017.\n")
    result = drafted(text, BASE, published_on="2012-02-08")
    assert not result["agreements"][0].get("period")
