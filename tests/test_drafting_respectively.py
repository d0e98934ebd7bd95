"""People named first, their bodies after: "par A et B, respectivement directrice de X et
président de Y", or in the next sentence "La première dirige X, le second préside Y"."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [{"id": "ofppt", "name": "Office de la formation professionnelle et de la promotion "
         "du travail", "acronym": "OFPPT", "kind": "public-body", "country": "MA"}]


def signatories(result: dict) -> list[list[tuple[str, str]]]:
    return [[(s["person"], s["org"]) for s in a.get("signatories", [])]
            for a in result["agreements"]]


def test_respectively_gives_each_person_the_body_named_in_turn() -> None:
    story = ("Tanger – Une convention de partenariat a été paraphée, lundi à Tanger, par "
             "Salma Berrada et Hicham Tazi, respectivement directrice générale de l'Office de "
             "la formation professionnelle et de la promotion du travail (OFPPT) et président "
             "de l'Association marocaine des industries du textile et de l'habillement "
             "(AMITH).\n\nElle prévoit la formation de 1.500 opérateurs.\n")
    result = drafted(story, BASE)
    assert party_names(result) == [["Association marocaine des industries du textile et de "
                                    "l'habillement", "ofppt"]]
    assert sorted(signatories(result)[0]) == [("hicham-tazi", result["organizations"][0]["id"]),
                                              ("salma-berrada", "ofppt")]


def test_the_first_and_the_second_told_in_the_next_sentence() -> None:
    story = ("Rabat – Un accord-cadre a été signé mardi à Rabat par Salma Berrada et Hicham "
             "Tazi. La première dirige l'Office de la formation professionnelle et de la "
             "promotion du travail, le second préside la Fédération marocaine du cuir.\n\n"
             "L'accord porte sur 20 millions de dirhams.\n")
    result = drafted(story, BASE)
    assert party_names(result) == [["Fédération marocaine du cuir", "ofppt"]]
    assert sorted(signatories(result)[0])[1] == ("salma-berrada", "ofppt")


def test_without_a_rank_no_person_is_given_a_body() -> None:
    story = ("Rabat – Un accord-cadre a été signé mardi à Rabat par Salma Berrada et Hicham "
             "Tazi. L'Office de la formation professionnelle et de la promotion du travail "
             "pilote le programme.\n")
    result = drafted(story, BASE)
    assert all(not found for found in party_names(result))


def test_the_former_and_the_latter_after_a_list_joined_by_de() -> None:
    story = ("Agadir – Deux conventions ont été signées mercredi à Agadir.\n\n"
             "La première, d'un coût de 18 millions de dirhams, porte la signature de Nadia "
             "Ouakrim et d'Omar Bensaghir. Celle-là dirige depuis deux ans l'Office de la "
             "formation professionnelle et de la promotion du travail ; celui-ci préside le "
             "conseil provincial de Tiznit.\n\n"
             "La seconde convention, dotée de 32 millions de dirhams, lie l'Université Ibn "
             "Zohr à la commune d'Agadir.\n")
    names = party_names(drafted(story, BASE, published_on="2019-03-14"))
    assert names[0] == ["Conseil provincial de Tiznit", "ofppt"]
    assert names[1] == ["Commune d'Agadir", "Université Ibn Zohr"]


def test_bodies_named_first_then_ranks_and_a_cleft_sentence() -> None:
    # "C'est à A et à B qu'est revenu le soin de parapher": who signs, put first; the body
    # comes before the rank ("Directrice de X, la première …"), and "la première" here is a
    # person, not a first agreement; "Mme Berrada" later is the same person
    story = ("Une convention de partenariat pour la rénovation énergétique de 300 hôtels a "
             "été signée mercredi à Marrakech.\n\n"
             "C'est à Salma Berrada et à Mehdi Alami qu'est revenu le soin de parapher le "
             "document. Directrice générale de l'Office de la formation professionnelle et "
             "de la promotion du travail depuis 2014, la première plaide pour un label ; le "
             "second, qui préside la Fédération nationale de l'hôtellerie, a rallié ses "
             "adhérents.\n\n"
             "Mme Berrada a également signé un mémorandum d'entente avec la Banque "
             "allemande de développement.\n")
    result = drafted(story, BASE, published_on="2016-11-10")
    names = party_names(result)
    assert [a["type"] for a in result["agreements"]] == ["convention-partenariat",
                                                          "memorandum"]
    assert names[0] == ["Fédération nationale de l'hôtellerie", "ofppt"]
    assert "ofppt" in names[1]


def test_heads_told_by_a_verb_or_ranks_after_a_colon() -> None:
    story = ("Deux conventions de partenariat ont été signées jeudi à Ouarzazate, en présence "
             "du gouverneur de la province.\n\n"
             "La première a été signée par Rachida Moussaoui et Ahmed Bouhaddou. Élue l'an "
             "dernier, Mme Moussaoui préside la commune de Ouarzazate ; M. Bouhaddou est le "
             "directeur général de l'Office de la formation professionnelle et de la promotion "
             "du travail.\n\n"
             "La seconde convention porte sur un centre de formation aux métiers du solaire. "
             "Ses signataires sont Moha Ait Lahcen et Samira Benchekroun : le premier dirige "
             "depuis les élections le Conseil régional de Drâa-Tafilalet, la seconde "
             "représentait l'Agence marocaine pour l'énergie durable.\n")
    result = drafted(story, BASE, published_on="2021-03-12")
    names = party_names(result)
    assert names[0] == ["Commune de Ouarzazate", "ofppt"]
    assert names[1] == ["Agence marocaine pour l'énergie durable",
                        "Région Drâa-Tafilalet (Conseil régional)"]
    people = {s["person"] for a in result["agreements"] for s in a.get("signatories") or []}
    assert {"rachida-moussaoui", "ahmed-bouhaddou", "moha-ait-lahcen",
            "samira-benchekroun"} <= people


def test_a_name_no_list_of_given_names_knows_is_a_person_before_respectivement() -> None:
    story = ("Dans ce sens, Mohand Alaoui et Badre Ziani, respectivement président du Conseil "
             "régional de l'Oriental et président du groupe Al Omrane, ont signé vendredi à "
             "Oujda une convention-cadre.")
    result = drafted(story, BASE)
    assert party_names(result) == [["Al Omrane", "Région de l'Oriental (Conseil régional)"]]
    assert "badre-ziani" in [s for found in signatories(result) for s, _ in found]


def test_an_acronym_with_a_king_s_numeral_as_a_digit_is_the_body_named_before() -> None:
    story = ("Casablanca – Une convention a été signée jeudi à Casablanca entre l'Université "
             "Hassan II de Casablanca et l'Association des zones franches (AZF). Elle a été "
             "paraphée par le président de l'UH2C de Casablanca, Karim Filali, et la présidente "
             "de l'AZF, Nadia Sqalli.")
    result = drafted(story, BASE)
    assert party_names(result) == [["Association des zones franches",
                                    "Université Hassan II de Casablanca"]]
