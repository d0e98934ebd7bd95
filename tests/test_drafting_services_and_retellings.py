"""A ministry's regional service named by its head's title, whatever the capitals; a body's
own unit beside it; the two sides of "d'une part … d'autre part"; members of a consortium;
names that end at another body's acronym or run on over a compound adjective; the
everyday verb of a contract; and one agreement told twice, first without its parties."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, mention_names, names_of, party_names, signers

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def test_a_regional_inspector_of_a_capitalized_portfolio_signs_for_its_service() -> None:
    text = ("Guelmim : deux conventions pour les centres ruraux\n"
            "Deux conventions de partenariat ont été signées jeudi à Guelmim par le wali de la "
            "région Guelmim-Oued Noun, Youssef Amrani, et l'Inspectrice Régionale de "
            "l'Habitat, de l'Urbanisme et de la Politique de la Ville, Mme Salma Idrissi.\n")
    result = drafted(text, BASE, published_on="2019-05-10")
    found = names_of(result)
    service = [n for n in found if n.startswith("Inspection régionale de l'Habitat")]
    assert service and "Politique de la Ville" in service[0]
    assert not found & {"Habitat", "Urbanisme", "Politique"}
    assert any(org and org.startswith("inspection-regionale")
               for org in signers(result).values())


@pytest.mark.parametrize(("title", "service"), [
    ("le directeur régional de l'Agriculture", "Direction régionale de l'Agriculture"),
    ("la déléguée provinciale de l'Education nationale",
     "Délégation provinciale de l'Education nationale"),
    ("le directeur régional de la santé", "Direction régionale de la santé"),
])
def test_a_scoped_title_before_a_portfolio_is_the_ministry_service(title: str,
                                                                    service: str) -> None:
    found = mention_names(f"La convention a été signée par {title}, M. Omar Fassi, et la commune "
                          "de Tiznit.")
    assert service in found
    assert "Agriculture" not in found and "Education nationale" not in found


@pytest.mark.parametrize(("title", "body"), [
    ("le directeur régional de l'ONEE", "ONEE"),
    ("le directeur régional de l'Agence urbaine de Tiznit", "Agence urbaine de Tiznit"),
])
def test_a_scoped_title_before_a_body_is_that_body(title: str, body: str) -> None:
    found = mention_names(f"La convention a été signée par {title}, M. Omar Fassi, et la commune "
                          "de Tiznit.")
    assert body in found
    assert not any(n.startswith("Direction régionale") for n in found)


def test_a_body_and_its_own_unit_are_one_party_and_the_other_side_follows() -> None:
    text = ("Routes rurales : 900 MDH pour la région de l'Oriental\n"
            "La convention a été paraphée lundi, d'une part, entre le ministère du Transport "
            "et sa direction régionale à Oujda, et, d'autre part, la Wilaya de la région de "
            "l'Oriental et le Conseil régional de l'Oriental.\n")
    each = party_names(drafted(text, BASE, published_on="2023-04-03"))
    assert len(each) == 1
    found = set(each[0])
    assert any(n.startswith("Ministère du Transport") for n in found)
    assert any(n.startswith("Wilaya de la région") for n in found)
    assert any("Conseil régional" in n or n.startswith("Région") for n in found)
    assert not any(n.startswith("Direction régionale") for n in found)


def test_the_members_of_a_consortium_sign() -> None:
    text = ("Dessalement : trois protocoles avec l'Office\n"
            "Un consortium formé du Fonds Atlas pour l'Infrastructure, de SOLARIA Maroc et de "
            "VENTIS a conclu mardi trois protocoles d'accord avec l'ONEE pour de nouvelles "
            "capacités de dessalement.\n")
    found = names_of(drafted(text, BASE, published_on="2024-03-12"))
    assert {"SOLARIA Maroc", "VENTIS"} <= found
    assert "Fonds Atlas pour l'Infrastructure" in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Un accord lie le Fonds Atlas pour l'Investissement, de SOLARIA Maroc et de VENTIS.",
     ["Fonds Atlas pour l'Investissement", "SOLARIA Maroc", "VENTIS"]),
    ("Un accord a été signé avec le ministère de l'Intérieur, de l'Économie et de l'ONEE.",
     ["Ministère de l'Intérieur, de l'Économie", "ONEE"]),
])
def test_a_chain_of_complements_ends_at_another_body_s_acronym(sentence: str,
                                                                expected: list[str]) -> None:
    assert mention_names(sentence) == expected


def test_a_compound_adjective_stays_in_the_name() -> None:
    found = mention_names("Jeudi, l'Office a conclu un protocole avec la Chambre de commerce "
                          "arabo-portugaise, puis avec l'Union des chambres arabo-allemande.")
    assert "Chambre de commerce arabo-portugaise" in found
    assert "Union des chambres arabo-allemande" in found


def test_a_title_s_body_ends_before_the_sentence_s_own_verb() -> None:
    found = mention_names("Deux ans plus tard, le directeur de Solaria matérialise cet intérêt en "
                          "paraphant un protocole avec le ministère de la Santé et de la Famille.")
    assert "Ministère de la Santé et de la Famille" in found
    assert "Santé" not in found and "Famille" not in found


def test_an_agreement_passed_with_a_firm_is_a_signing() -> None:
    text = ("Vaccins : deux accords pour produire au Maroc\n"
            "Un accord de coopération a été conclu lundi avec l'entreprise chinoise Sinolab, "
            "rapporte l'agence de presse. Le gouvernement marocain a également passé un contrat "
            "avec Vaxford, un laboratoire suédois, pour une usine de vaccins.\n")
    each = party_names(drafted(text, BASE, published_on="2021-07-06"))
    assert len(each) == 2
    assert any("Vaxford" in p and "etat-marocain" in p for p in each)


def test_an_agreement_told_first_without_parties_then_with_them_is_one() -> None:
    text = ("Eau : la Jordanie et le Maroc coopèrent\n"
            "Rabat et Amman veulent aller plus loin sur l'irrigation. Les deux parties ont "
            "ainsi paraphé un mémorandum d'entente.\n"
            "En marge d'un colloque tenu à Marrakech, Karim Idrissi, ministre marocain de "
            "l'Eau, et son homologue jordanien Raed Saud ont paraphé ce jour-là un "
            "mémorandum d'entente sur les barrages.\n")
    assert len(party_names(drafted(text, BASE, published_on="2023-09-30"))) == 1


def test_an_agreement_told_twice_with_its_acronym_in_brackets_is_one() -> None:
    text = ("Investissement : l'agence s'allie aux chambres allemandes\n"
            "L'ANPI se félicite du texte conclu avec la Chambre italo-marocaine, un "
            "mémorandum d'entente.\n"
            "Concrètement, l'Agence nationale de promotion des investissements (ANPI) et la "
            "Chambre italo-marocaine (Camit) ont conclu un mémorandum d'entente. Le texte "
            "doit aider les PME.\n")
    assert len(party_names(drafted(text, BASE, published_on="2020-06-01"))) == 1


def test_two_agreements_each_told_with_its_own_parties_stay_two() -> None:
    text = ("Deux mémorandums signés à Rabat\n"
            "L'Office national des aéroports a signé lundi un mémorandum d'entente avec la "
            "société Aerolink.\n"
            "L'Agence nationale des ports a signé mardi un mémorandum d'entente avec la "
            "société Portnet Services.\n")
    assert len(party_names(drafted(text, BASE, published_on="2022-05-11"))) == 2


def test_two_conventions_signed_by_two_officials_are_signed_by_both() -> None:
    text = ("Guelmim : deux conventions pour l'eau potable\n"
            "Deux conventions de partenariat ont été signées jeudi à Guelmim par le wali de la "
            "région Guelmim-Oued Noun, Youssef Amrani, et la présidente de la commune de "
            "Guelmim, Salma Idrissi, pour l'eau potable des douars.\n")
    each = party_names(drafted(text, BASE, published_on="2019-05-10"))
    assert len(each) == 2
    assert all(len(parties) == 2 and parties == each[0] for parties in each)


def test_two_conventions_signed_respectively_by_two_officials_are_one_each() -> None:
    text = ("Guelmim : deux conventions pour l'eau potable\n"
            "Deux conventions de partenariat ont été signées jeudi à "
            "Guelmim, respectivement par le wali de la région Guelmim-Oued Noun, Youssef "
            "Amrani, et par la présidente de la commune de Guelmim, Salma Idrissi.\n")
    each = party_names(drafted(text, BASE, published_on="2019-05-10"))
    assert len(each) == 2
    assert each[0] != each[1]


def test_states_named_as_what_the_agreement_serves_between_do_not_sign() -> None:
    text = ("Le patronat marocain signe à Jakarta\n"
            "Le texte a été paraphé lundi à Jakarta par la présidente de la CGEM, Leila "
            "Benali, et le président de la KADIN, Arif Wibowo. Conclu avec la CGEM, ce "
            "protocole ouvrira des vols réguliers entre l'Indonésie et le Maroc.\n")
    found = names_of(drafted(text, BASE, published_on="2016-10-26"))
    assert {"CGEM", "KADIN"} <= found
    assert "etat-marocain" not in found and "Indonésie" not in found


def test_a_surname_after_a_hyphenated_given_name_is_not_the_one_titled_before() -> None:
    text = ("Trains : un prêt coréen pour l'Office\n"
            "Rabat a accueilli le 3 mars 2025 une cérémonie où Leila Bennani, ministre de "
            "l'Économie, et Yeonhee Park, ambassadeur de la République de Corée au Maroc, ont "
            "présidé la signature d'un protocole d'accord.\n"
            "Lors de cette même cérémonie, Karim Alaoui, directeur général de l'ONCF, et "
            "Ji-ho Park, PDG de KEXIMBANK, ont paraphé un accord de prêt.\n")
    each = party_names(drafted(text, BASE, published_on="2025-02-27"))
    loan = [p for p in each if "KEXIMBANK" in p]
    assert loan and not any("Corée" in n for n in loan[0])


def test_a_prosecutor_of_the_king_near_a_court_is_neither_the_state_nor_the_court() -> None:
    found = mention_names("Le texte porte la signature de Karim Idrissi, Procureur général du Roi "
                          "près la Cour d'appel de Fès et président du Ministère Public, et celle "
                          "de João Silva, pour le Cap-Vert.")
    assert "Ministère Public" in found
    assert "Etat marocain" not in found and not any(n.startswith("Cour") for n in found)


def test_a_court_named_as_a_party_stays_a_party() -> None:
    found = mention_names("Le texte lie la Cour des comptes et le ministère de la Justice.")
    assert "Cour des comptes" in found


def test_a_new_state_is_drafted_as_a_state_by_its_country_s_name() -> None:
    text = ("Engrais : un accord signé à Bamako\n"
            "Un accord sur la production d'engrais a été signé vendredi à Bamako entre des "
            "responsables maliens et marocains.\n")
    result = drafted(text, BASE, published_on="2024-06-15")
    new = {o["name"]: o for o in result["organizations"]}
    assert "Mali" in new
    assert new["Mali"]["kind"] == "state" and "État malien" in new["Mali"].get("aliases", [])


def test_an_agreement_told_apart_the_same_day_keeps_its_own_place() -> None:
    text = ("Football : deux conventions en deux villes\n"
            "Une convention sur le football féminin a été paraphée, mardi à Rabat, entre la "
            "FRMF et la Fédération béninoise de football (FBF).\n"
            "Par ailleurs, une convention sur l'arbitrage a été paraphée, mardi à "
            "Marrakech, entre la FRMF et la Fédération togolaise de football (FTF).\n")
    result = drafted(text, BASE, published_on="2024-05-16")
    assert [a.get("place") for a in result["agreements"]] == ["Rabat", "Marrakech"]


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Dans le cadre de la COP 22, l'Office a conclu deux conventions avec la Banque "
     "Atlas.", "COP"),
    ("Réagissant à cette étape, la vice-présidente de la région SEMED de la BERD, Ana "
     "Ruiz, a rappelé l'accord.", "Réagissant"),
    ("Réagissant à cette étape, la vice-présidente de la région SEMED de la BERD, Ana "
     "Ruiz, a rappelé l'accord.", "Région"),
])
def test_words_that_name_no_body(sentence: str, absent: str) -> None:
    assert absent not in mention_names(sentence)


def test_the_bank_whose_operational_region_an_official_heads_signs() -> None:
    assert "BERD" in mention_names("Le protocole a été paraphé par la vice-présidente de la "
                                   "région SEMED de la BERD, Ana Ruiz, et la commune de Tiznit.")


def test_what_a_title_heads_is_a_body_even_when_tagged_a_place() -> None:
    text = ("Énergie : la société émiratie s'engage\n"
            "Deux ans plus tard, le PDG de Masdar matérialise cet intérêt en paraphant un "
            "protocole avec le ministère de la Santé et de la Famille.\n")
    found = names_of(drafted(text, BASE, published_on="2013-01-16"))
    assert "Masdar" in found


def test_a_company_told_by_its_nationals_and_one_after_its_description() -> None:
    text = ("Ammoniac vert : un accord à trois\n"
            "Le groupe chinois Sinoway a en effet paraphé un accord avec les Marocains "
            "d'Orion Hydrogen et le conglomérat émirati, Noor Holding, pour une usine dans le "
            "sud.\n")
    found = names_of(drafted(text, BASE, published_on="2023-07-03"))
    assert {"Orion Hydrogen", "Noor Holding"} <= found
    assert not any(n.startswith("Marocains") for n in found)


def test_a_prosecutor_near_a_court_written_with_capitals_names_no_body_of_his_own() -> None:
    found = mention_names("Le texte porte la signature de Karim Idrissi, Procureur Général du Roi "
                          "près la Cour d'Appel de Fès et Président du Ministère Public, et celle "
                          "de João Silva, pour le Cap-Vert.")
    assert "Ministère Public" in found
    assert not any("Appel" in n or "Fès" in n or n.startswith("Général") for n in found)


def test_the_partner_of_the_event_a_signing_took_place_at_does_not_sign() -> None:
    text = ("Justice : un mémorandum pour la réinsertion\n"
            "Le mémorandum a été paraphé mardi par le secrétaire général du ministère de la "
            "Justice, Karim Idrissi, et la présidente de l'association Adala, Nadia Fassi, en "
            "marge d'un séminaire tenu à Rabat et organisé par le ministère en partenariat "
            "avec l'Institut Nordique pour les Droits « Nordica », sur la probation.\n")
    found = names_of(drafted(text, BASE, published_on="2024-02-14"))
    assert any("Adala" in n for n in found)
    assert not any("Nordique" in n or "Nordica" in n or n == "Droits" for n in found)
