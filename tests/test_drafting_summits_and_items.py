"""Summits and batches as the press tells them: a place that opens the sentence ("A Paris,
l'agence a signé …", its capital without the accent), a head of government named by his
nationality, a lender's envelope told growing between two periods, the horizon said before
the jobs, and the items of a batch told one by one ("Ils concernent un don …. Deux autres
accords … Enfin, une dernière convention …")."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
         "aliases": ["Gouvernement", "Royaume du Maroc"]},
        {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
         "kind": "international", "country": "FR"}]


@pytest.mark.parametrize("opening", ["A Lisbonne", "À Lisbonne", "Au Caire"])
def test_a_place_that_opens_the_sentence_is_where_not_who(opening: str) -> None:
    text = ("Coopération : quatre accords de l'agence française\n"
            f"{opening}, l'AFD a signé quatre accords de prêt d'un total de 51,4 millions "
            "d'euros pour l'eau potable et la santé de base.\n")
    result = drafted(text, BASE, published_on="2011-06-08")
    assert len(result["agreements"]) == 4
    assert all(p == ["afd"] for p in parties(result))
    place = opening.split(" ", 1)[1]
    assert {a.get("place") for a in result["agreements"]} == {
        "Le Caire" if place == "Caire" else place}
    assert not any(o["name"].startswith(("A ", "À ")) for o in result["organizations"])


def test_an_unaccented_capital_a_is_only_the_preposition_before_a_word() -> None:
    from conventions_cli.drafting.normalize import analysis_text

    assert analysis_text("A l'occasion de la visite. A Rabat, X.") == \
        "À l'occasion de la visite. À Rabat, X."
    # an initial, a list's letter or a model keep their capital
    for kept in ("A. Benali a signé.", "Voir annexe A) ci-jointe.", "Airbus A 320 livré."):
        assert analysis_text(kept) == kept


@pytest.mark.parametrize("title", ["Le Premier ministre marocain", "Le chef du gouvernement"])
def test_the_head_of_the_moroccan_government_signs_for_the_state(title: str) -> None:
    text = ("Énergie : une convention avec un groupe italien\n"
            f"{title}, Youssef Alami, a signé mardi à Rabat une convention avec la société "
            "Solvera Italia pour une centrale solaire.\n")
    result = drafted(text, BASE, published_on="2010-03-03")
    assert parties(result) == [["etat-marocain", "solvera-italia"]]
    assert not any(o["name"] == "Gouvernement marocain" for o in result["organizations"])


def test_an_envelope_told_growing_between_two_periods_is_no_amount_nor_period() -> None:
    text = ("Coopération : l'agence renforce sa présence\n"
            "Le total engagé par l'agence a grimpé de 380 à 510 millions d'euros entre "
            "2005-2007 et 2008-2010. Mardi à Rabat, l'AFD a signé une convention de prêt de "
            "35 millions d'euros avec l'ONEE.\n")
    result = drafted(text, BASE, published_on="2010-07-08")
    (agreement,) = result["agreements"]
    assert agreement["funding"] == {"amount": 35000000, "currency": "EUR"}
    assert not agreement.get("period")
    assert not any(e.get("total") for e in result["events"])


def test_two_periods_of_a_programme_still_read_as_one_span() -> None:
    from conventions_cli.drafting.amounts import find_periods

    said = "La convention couvre la période 2024-2026 puis une phase de 2027 à 2029."
    assert [f.value for f in find_periods(said, 0, len(said))] == [
        {"start": 2024, "end": 2026}, {"start": 2027, "end": 2029}]


def test_the_horizon_said_before_the_jobs_is_theirs() -> None:
    text = ("Textile : quatre contrats pour la filière\n"
            "Quatre contrats-programmes ont été signés mercredi à Rabat entre l'État et "
            "l'association du textile. La filière s'engage à créer, à l'horizon 2021, "
            "quelque 40.000 emplois.\n")
    result = drafted(text, BASE, published_on="2016-03-10")
    assert len(result["agreements"]) == 4
    jobs = [a.get("jobs") for a in result["agreements"] if a.get("jobs")]
    assert jobs and all(j["by"] == 2021 and j["direct"] == 40000 for j in jobs)


def test_the_items_of_a_batch_told_one_by_one_are_counted() -> None:
    text = ("Maroc-UE : de nouveaux accords pour 120 millions d'euros\n"
            "Le Maroc a signé jeudi à Rabat avec l'Union européenne de nouveaux accords dans "
            "l'éducation, l'eau et la justice. Ils concernent notamment un don de 60 millions "
            "d'euros destiné aux écoles rurales. Deux autres accords visent l'eau potable dans "
            "les petites villes. Enfin, une dernière convention appuie la réforme de la "
            "justice.\n")
    result = drafted(text, BASE, published_on="2015-02-20")
    assert len(result["agreements"]) == 4
    funded = [a["funding"] for a in result["agreements"] if a.get("funding")]
    assert {"amount": 60000000, "currency": "EUR"} in funded


def test_one_item_said_of_the_agreement_is_not_another() -> None:
    text = ("Tourisme : une convention pour l'arrière-pays\n"
            "La région et l'office ont signé lundi à Agadir une convention de partenariat. "
            "Il s'agit d'un appui de 20 millions de dirhams aux gîtes ruraux.\n")
    result = drafted(text, BASE, published_on="2019-04-02")
    assert len(result["agreements"]) == 1


def test_a_body_told_by_its_acronym_and_office_country_is_the_one_named_in_full() -> None:
    text = ("Investissement : l'agence s'allie à la chambre néerlandaise\n"
            "L'AMDIE et la NKK Maroc ont signé jeudi un mémorandum d'entente pour attirer des "
            "industriels des Pays-Bas dans l'agroalimentaire. « Avec la Chambre néerlandaise "
            "de commerce et d'industrie au Maroc (NKK), nous gagnons un relais sûr », a dit "
            "le directeur de l'agence.\n")
    base = BASE + [{"id": "amdie", "name": "Agence marocaine de développement des "
                    "investissements et des exportations", "acronym": "AMDIE",
                    "kind": "public-body", "country": "MA"}]
    result = drafted(text, base, published_on="2021-03-05")
    assert parties(result) == [["amdie", "nkk"]]
    (new,) = result["organizations"]
    assert new["name"] == "Chambre néerlandaise de commerce et d'industrie au Maroc"
    assert new["acronym"] == "NKK" and new["aliases"] == ["NKK Maroc"]


def test_the_lender_of_a_guaranteed_loan_is_not_the_guarantee_signer() -> None:
    text = ("Garanties : deux contrats avec la banque allemande\n"
            "Deux contrats de garantie ont été conclus entre le Royaume du Maroc et la banque "
            "allemande KfW. Le premier, signé le 12 mars 2024, porte sur la garantie d'un prêt "
            "de 150 millions d'euros, accordé par la KfW à l'Office national de l'eau pour "
            "des stations de dessalement.\n")
    result = drafted(text, BASE, published_on="2024-04-02")
    assert len(result["agreements"]) == 2
    for found in parties(result):
        assert "etat-marocain" in found
        assert not any(p.startswith("office-national") for p in found)


def test_who_approved_the_conventions_does_not_sign_them() -> None:
    text = ("Investissement : dix-neuf conventions signées à Rabat\n"
            "La commission des investissements s'est réunie lundi à Rabat et a approuvé 7 "
            "projets. Au terme de cette réunion, les ministres ont procédé à la signature des 12 "
            "conventions approuvées, le 4 mai, par la commission lors de sa 60e réunion, "
            "ainsi que des 7 conventions approuvées par la commission des investissements "
            "n°61. Le chef du gouvernement a rappelé la nécessité d'accélérer le rythme "
            "d'approbation et de signature des conventions.\n")
    result = drafted(text, BASE, published_on="2019-06-12")
    assert len(result["agreements"]) == 19
    assert not any(o["name"].startswith("Commission") for o in result["organizations"])
    assert {a.get("place") for a in result["agreements"]} == {"Rabat"}


def test_two_people_who_sign_for_one_body_named_two_ways_are_both_kept() -> None:
    text = ("Numérique : deux conventions pour les petites entreprises\n"
            "La Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) et l'agence "
            "Maroc PME ont signé lundi à Rabat deux conventions. Elles ont été paraphées par "
            "Karim Bennani, directeur général de Maroc PME, Lena Vogt, directrice résidente "
            "de GIZ Maroc, et Jonas Weber, chef de projet à la GIZ.\n")
    result = drafted(text, BASE, published_on="2022-05-17")
    assert len(result["agreements"]) == 2
    people = {p["id"]: p["name"] for p in result["people"]}
    for a in result["agreements"]:
        signed = {people[s["person"]]: s["org"] for s in a.get("signatories") or []}
        assert signed.get("Lena Vogt") == signed.get("Jonas Weber") == "giz"
    assert [o["id"] for o in result["organizations"] if o["id"].startswith("giz")] == ["giz"]


def test_states_that_frame_the_signing_give_way_to_the_bodies_that_sign() -> None:
    text = ("Recherche : Rabat et Lisbonne unissent leurs laboratoires\n"
            "Le Maroc et le Portugal s'engagent à rapprocher leurs chercheurs grâce à la "
            "signature d'une convention-cadre. L'Institut national de la recherche halieutique "
            "(INRH) du Maroc et la Fondation pour la Science et la Technologie (FCT) du "
            "Portugal ont scellé cette entente. Cette alliance durable, concrétisée par une "
            "convention-cadre signée par le directeur de l'INRH, Omar Tazi, et la présidente "
            "de la FCT, Rita Sousa, ouvre de nouveaux chantiers.\n")
    base = BASE + [{"id": "portugal", "name": "Portugal", "kind": "state", "country": "PT"}]
    result = drafted(text, base, published_on="2024-02-08")
    (found,) = parties(result)
    assert "etat-marocain" not in found and "portugal" not in found
    assert len(found) == 2
    fct = next(o for o in result["organizations"] if o.get("acronym") == "FCT")
    assert fct["country"] == "PT"
    assert not any(o["name"].startswith("Alliance") for o in result["organizations"])


def test_states_whose_ministers_sign_stay_the_parties() -> None:
    text = ("Tramway : un protocole financier avec l'Italie\n"
            "Les gouvernements du Royaume du Maroc et de l'Italie ont conclu "
            "jeudi à Rabat un protocole financier. Paraphé par le ministre de "
            "l'Economie, Karim Alaoui, et la vice-ministre italienne du commerce extérieur, "
            "Giulia Conti, ce protocole finance des rames de tramway.\n")
    base = BASE + [{"id": "italie", "name": "Italie", "kind": "state", "country": "IT"}]
    (found,) = parties(drafted(text, base, published_on="2012-10-09"))
    assert {"etat-marocain", "italie"} <= set(found)


def test_the_ties_an_agreement_serves_between_two_countries_are_no_parties() -> None:
    text = ("Poste : deux accords avec l'opérateur omanais\n"
            "Poste Maroc et Oman Post ont signé deux accords. Le premier est un protocole de "
            "coopération sur les services financiers postaux. Le second porte sur le "
            "courrier express, afin de fluidifier les échanges commerciaux entre les deux "
            "pays.\n")
    result = drafted(text, BASE, published_on="2023-10-03")
    assert len(result["agreements"]) == 2
    for found in parties(result):
        assert "etat-marocain" not in found and len(found) == 2


def test_the_congress_abroad_the_agreements_belong_to_is_where_they_were_signed() -> None:
    text = ("Poste : deux accords avec l'opérateur omanais\n"
            "Poste Maroc et Oman Post ont signé deux accords de coopération. Ces accords "
            "s'inscrivent dans le cadre du 27e Congrès postal universel, organisé à Abidjan "
            "du 9 au 27 août, avec des délégués de 150 pays.\n")
    result = drafted(text, BASE, published_on="2021-08-30")
    assert {a.get("place") for a in result["agreements"]} == {"Abidjan"}


def test_ministers_told_one_after_another_each_sign_for_their_ministry() -> None:
    text = ("Football : une convention pour les terrains de proximité\n"
            "Une convention a été signée mardi à Rabat par les ministres de la Santé, Amine "
            "Tazi, de l'Économie et des Finances, Leila Berrada, de la Culture, Omar Kettani, "
            "et du président de la fédération de basket-ball, Hicham Alaoui.\n")
    result = drafted(text, BASE, published_on="2016-05-11")
    people = {p["id"]: p["name"] for p in result["people"]}
    signed = {people[s["person"]]: s.get("title") for s in result["agreements"][0]["signatories"]}
    assert signed["Amine Tazi"] == "Ministre de la Santé"
    assert signed["Leila Berrada"] == "Ministre de l'Économie et des Finances"
    assert signed["Omar Kettani"] == "Ministre de la Culture"
    names = {o["name"] for o in result["organizations"]}
    assert "Ministère de l'Économie et des Finances" in names
    assert not names & {"Ministère de l'Économie", "Ministère des Finances", "Culture"}


def test_the_fourth_of_a_series_signed_today_is_one_agreement() -> None:
    text = ("Atlas Telecom décroche une convention avec le gouvernement\n"
            "Le gouvernement mise sur l'opérateur. Il vient de signer avec lui une 4ème "
            "convention d'investissement de 4 milliards de dirhams. Aussi, la convention a été "
            "signée par le ministre des Finances, Karim Idrissi, et le PDG d'Atlas Telecom, "
            "Omar Benali. Ce quatrième programme d'investissement va créer 300 emplois.\n")
    result = drafted(text, BASE, published_on="2014-09-18")
    assert len(result["agreements"]) == 1
    assert result["agreements"][0]["funding"] == {"amount": 4000000000, "currency": "MAD"}


def test_a_second_one_after_a_first_is_still_two() -> None:
    text = ("Coopération : deux mémorandums avec la Tunisie\n"
            "Un mémorandum d'entente a été signé jeudi à Rabat entre l'Agence marocaine de "
            "coopération internationale et l'Agence tunisienne de coopération technique. Un "
            "deuxième mémorandum, paraphé par le ministère de la Santé et son homologue "
            "tunisien, vise la formation des infirmiers.\n")
    result = drafted(text, BASE, published_on="2023-02-03")
    assert len(result["agreements"]) == 2


def test_the_two_countries_summed_up_give_way_to_who_signed_for_each() -> None:
    text = ("Aérien : des vols directs vers le Pérou\n"
            "C'est grâce au mémorandum d'entente sur les services aériens que les deux pays "
            "ont signé mardi à Lima. Le texte a été paraphé par Samir Idrissi, directeur de "
            "l'aviation civile au ministère marocain du Transport, et Luis Paredes, directeur "
            "de l'Autorité péruvienne de l'aviation civile (APAC).\n")
    result = drafted(text, BASE, published_on="2022-06-08")
    (found,) = parties(result)
    assert "etat-marocain" not in found and len(found) == 2
    assert not any(o.get("kind") == "state" for o in result["organizations"])


def test_a_body_given_a_short_name_in_brackets_is_one_party_under_either() -> None:
    text = ("Égalité : un programme avec l'agence onusienne\n"
            "Le ministère de la Famille et le Fonds des Nations unies pour la population et "
            "le développement (FNUAP Maroc) ont signé jeudi à Rabat un programme de travail. "
            "Paraphé par la ministre de la Famille, Nadia Bennis, et le représentant de FNUAP "
            "Maroc, Paul Martin, le texte couvre 2024-2025.\n")
    result = drafted(text, BASE, published_on="2024-01-12")
    names = {o["name"] for o in result["organizations"]}
    assert "Paraphé" not in names and "FNUAP Maroc" not in names
    (found,) = parties(result)
    assert len(found) == 2
    people = {p["id"]: p["name"] for p in result["people"]}
    signed = {people[s["person"]]: s["org"] for s in result["agreements"][0]["signatories"]}
    assert signed["Paul Martin"] == [p for p in found if p.startswith("fonds")][0]


def test_a_description_in_apposition_right_before_the_verb_is_the_same_body() -> None:
    text = ("Médias : l'agence signe avec ses consœurs\n"
            "Le Centre Atlas de Presse, l'agence nationale d'information a signé lundi à Rabat "
            "une convention de partenariat avec l'Agence sénégalaise de presse.\n")
    result = drafted(text, BASE, published_on="2019-01-22")
    names = {o["name"] for o in result["organizations"]}
    assert "Agence nationale d'information" not in names
    (found,) = parties(result)
    assert len(found) == 2


def test_a_renewed_partnership_is_a_signing_and_a_base_body_named_twice_is_one() -> None:
    text = ("Médias : l'agence renouvelle ses partenariats\n"
            "Le Maghreb Arabe Presse a signé mardi à Rabat une convention de partenariat avec "
            "l'Agence togolaise de presse, en présence du patron de Maghreb Arabe Presse (MAP). "
            "De son côté, l'Agence béninoise de presse a renouvelé aussi sa convention de "
            "partenariat avec l'agence marocaine. Le club a aussi renouvelé son contrat avec "
            "son entraîneur.\n")
    base = BASE + [{"id": "map-agence", "name": "Agence Maghreb Arabe Presse",
                    "acronym": "MAP", "kind": "public-body", "country": "MA"}]
    result = drafted(text, base, published_on="2019-01-23")
    found = {p for a in parties(result) for p in a}
    assert "map-agence" in found
    assert not any(o["name"] == "Maghreb Arabe Presse" for o in result["organizations"])
    assert any(o["name"] == "Agence béninoise de presse" for o in result["organizations"])
    assert not any("club" in o["name"].lower() for o in result["organizations"])
