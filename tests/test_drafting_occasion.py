"""When, where and at which occasion: a weekday the publication month cannot resolve is not
replaced by the day of an earlier agreement; a place said after the day of the signing,
however far from the verb; the city an event is named after; an event of another day."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
         "acronym": "ONEE", "kind": "public-body"}]


def signed_on(text: str, published_on: str) -> str | None:
    """The signing day of the agreement the article is about (the first drafted)."""
    return drafted(text, BASE, published_on)["agreements"][0].get("signed_on")


@pytest.mark.parametrize("later", [
    "Ce nouvel accord complète celui déjà signé par les deux institutions en octobre 2021.",
    "Cet accord, qui fait suite au jumelage scellé le 3 février 2020 à Lyon, couvre la culture.",
    "La première tranche, conclue le 12 mai 2022, portait sur 30 millions d'euros.",
])
def test_a_weekday_is_not_replaced_by_an_earlier_agreements_day(later: str) -> None:
    text = ("Une convention de prêt de 40 millions d'euros a été signée, jeudi à Rabat, par "
            "l'ONEE et la banque allemande KfW.\n\n" + later)
    assert signed_on(text, "2023-06") is None


@pytest.mark.parametrize(("later", "day"), [
    ("La convention a été signée le 15 juin 2023 au siège de l'Office.", "2023-06-15"),
    ("Le texte, paraphé le 15 juin, entre en vigueur aussitôt.", "2023-06-15"),
    ("Les deux parties ont signé le 1er juin 2023 à Rabat.", "2023-06-01"),
])
def test_a_weekday_gives_way_to_the_day_a_later_sentence_spells_out(later: str,
                                                                    day: str) -> None:
    text = ("Une convention de prêt de 40 millions d'euros a été signée, jeudi à Rabat, par "
            "l'ONEE et la banque allemande KfW.\n\n" + later)
    assert signed_on(text, "2023-06") == day


def scene(text: str, published_on: str = "2025-03-12") -> list[tuple[object, ...]]:
    """(place, region, event name) of each drafted agreement."""
    result = drafted(text, BASE, published_on)
    names = {e["id"]: e["name"] for e in result["events"]}
    return [(a.get("place"), a.get("region"), names.get(a.get("event")))
            for a in result["agreements"]]


@pytest.mark.parametrize(("text", "place"), [
    ("Un accord de prêt de 15 millions d'euros a été signé entre l'ONEE et l'Agence française "
     "de développement (AFD), le mardi 4 mars, à Paris, en marge d'un forum.", "Paris"),
    ("Le protocole d'accord a été paraphé par le directeur général de l'ONEE et son homologue "
     "de la société sénégalaise Senelec, Amadou Ba, lundi 3 mars 2025 à Dakar.", "Dakar"),
    ("L'ONEE et la compagnie espagnole Red Eléctrica ont conclu un mémorandum d'entente "
     "portant sur l'interconnexion électrique entre les deux rives, hier, à Madrid.", "Madrid"),
    ("Une convention de financement a été signée par l'ONEE et la Banque européenne "
     "d'investissement (BEI), le 10 mars 2025 à Luxembourg, pour la sécurisation de l'eau.",
     "Luxembourg"),
])
def test_where_after_the_day_however_far_from_the_verb(text: str, place: str) -> None:
    assert scene(text) == [(place, None, None)]


def test_a_day_and_place_of_another_deed_are_not_the_signings() -> None:
    text = ("L'ONEE a signé mardi une convention de partenariat avec l'entreprise Voltalia, "
            "une société fondée le 3 mars 2005 à Paris, pour la maintenance de ses parcs.")
    assert scene(text) == [(None, None, None)]


@pytest.mark.parametrize(("text", "place", "region", "event"), [
    ("Le Maroc et la Norvège ont signé, ce lundi, un mémorandum d'entente dans le domaine de "
     "la pêche. C'était en marge de l'ouverture de la troisième édition du salon de la mer de "
     "Dakhla.", "Dakhla", "Dakhla-Oued Ed-Dahab", "Troisième édition du salon de la mer de "
     "Dakhla"),
    ("L'ONEE et la société chinoise PowerChina ont signé un protocole d'accord mardi. La "
     "cérémonie s'est tenue en marge de la deuxième édition du forum de l'eau de Tanger.",
     "Tanger", "Tanger-Tétouan-Al Hoceïma", "Deuxième édition du forum de l'eau de Tanger"),
    ("L'ONEE et la société allemande Siemens Energy ont conclu un protocole d'accord en marge "
     "de la clôture du forum de l'hydrogène d'Ouarzazate, mardi.", "Ouarzazate",
     "Drâa-Tafilalet", "Forum de l'hydrogène d'Ouarzazate"),
    ("L'ONEE a signé un contrat avec la société Nareva le 6 mars. Cela s'est passé lors des "
     "Assises de l'eau de Fès.", "Fès", "Fès-Meknès", "Assises de l'eau de Fès"),
])
def test_the_city_an_event_is_named_after_is_where_it_was_signed(
        text: str, place: str, region: str, event: str) -> None:
    assert scene(text) == [(place, region, event)]


def test_a_high_level_meeting_is_an_event() -> None:
    text = ("Un accord de prêt de 15 millions d'euros a été signé entre l'ONEE et l'Agence "
            "française de développement (AFD), mardi, lors de la réunion de haut "
            "niveau entre le Maroc et la France.")
    assert scene(text) == [(None, None, "Réunion de haut niveau")]


@pytest.mark.parametrize(("text", "amount"), [
    ("La Banque mondiale et le Royaume ont paraphé lundi, à Fès, une convention de prêt d'une "
     "valeur de 135 millions d'euros, soit près de 1,5 milliard de dirhams, pour la métropole.",
     135000000),
    ("L'ONEE et la KfW ont signé mardi une convention de financement d'une valeur globale de "
     "60 millions d'euros.", 60000000),
    ("L'ONEE et la société Nareva ont signé mardi un contrat d'une valeur de près de 2 "
     "milliards de dirhams pour un parc éolien.", 2000000000),
    ("L'ONEE a signé mardi une convention avec l'association Amal, qui recevra du matériel "
     "d'une valeur de 90.000 dirhams.", None),
])
def test_what_the_agreement_itself_is_worth_is_its_amount(text: str, amount: int | None
                                                         ) -> None:
    found = drafted(text, BASE)["agreements"][0].get("funding") or {}
    assert found.get("amount") == amount


def first(text: str, published_on: str = "2025-03-12") -> tuple[object, ...]:
    """(signed_on, place, event name) of the first drafted agreement."""
    result = drafted(text, BASE, published_on)
    names = {e["id"]: e["name"] for e in result["events"]}
    a = result["agreements"][0]
    return a.get("signed_on"), a.get("place"), names.get(a.get("event"))


@pytest.mark.parametrize(("text", "day", "place"), [
    ("Le 4 mars 2025, le président sénégalais s'est entretenu avec le Souverain, dans la "
     "résidence royale.\n\nPar la suite, les deux dirigeants ont assisté à la signature "
     "de neuf conventions.", "2025-03-04", None),
    ("Le ministre de l'Intérieur a présidé, ce lundi 3 mars, au siège de la wilaya à Fès, la "
     "cérémonie de présentation du plan de mise à niveau de la médina.\n\nVoici les trois "
     "conventions signées à cette occasion : la première porte sur l'eau.", "2025-03-03",
     "Fès"),
    ("Les deux ministres se sont entretenus le 4 mars à Tanger.\n\nÀ l'issue de ces "
     "entretiens, ils ont signé un mémorandum d'entente sur la pêche.", "2025-03-04",
     "Tanger"),
])
def test_the_sentence_a_signing_refers_back_to_sets_its_scene(text: str, day: str,
                                                              place: str | None) -> None:
    assert first(text)[:2] == (day, place)


def test_a_place_a_second_sentence_on_the_same_signing_gives() -> None:
    text = ("L'ONEE et la société Acwa Power ont signé hier un protocole d'accord sur le "
            "dessalement. Les deux partenaires ont signé mardi à Settat ce protocole qui "
            "couvre trois usines.")
    assert first(text, "2025-03")[1] == "Settat"


@pytest.mark.parametrize(("text", "place"), [
    ("Sept conventions ont été paraphées, hier, par le Maroc et le Gabon à la faveur d'une "
     "visite de travail du Souverain à Libreville.", "Libreville"),
    ("L'ONEE et la compagnie sénégalaise Senelec ont conclu un protocole d'accord lors de la "
     "visite officielle du ministre de la Transition énergétique à Dakar.", "Dakar"),
    ("L'ONEE a signé mardi un protocole d'accord avec la Senelec, une entreprise qui a reçu "
     "la visite du ministre à Dakar en 2019.", None),
])
def test_where_the_visit_of_the_signing_took_place(text: str, place: str | None) -> None:
    assert first(text)[1] == place


@pytest.mark.parametrize(("text", "place"), [
    ("Trois accords ont été signés mardi par le ministre délégué au Budget et le directeur "
     "résident de la Banque africaine de développement (BAD) à Rabat.", None),
    ("L'ONEE et la directrice du bureau de la Banque mondiale à Rabat ont signé hier un accord "
     "de prêt.", None),
    ("La convention a été signée mardi au bureau de l'Agence française de développement à "
     "Rabat par l'ONEE et l'AFD.", "Rabat"),
])
def test_the_city_of_an_office_is_not_where_it_was_signed(text: str, place: str | None
                                                         ) -> None:
    assert first(text)[1] == place


@pytest.mark.parametrize(("text", "day"), [
    ("Douze conventions ont été signées lors du Salon de l'aéronautique de Casablanca qui a "
     "débuté le 10 mars dans la métropole.", None),
    ("Douze conventions ont été signées lors du Salon de l'aéronautique, qui s'est ouvert le "
     "10 mars à Casablanca.", None),
    ("Douze conventions ont été signées le 10 mars lors du Salon de l'aéronautique de "
     "Casablanca.", "2025-03-10"),
])
def test_the_day_an_event_opens_is_not_the_signing_day(text: str, day: str | None) -> None:
    assert first(text)[0] == day


@pytest.mark.parametrize(("text", "event"), [
    ("Au total, 9 conventions ont été signées lors de l'Automotive Meeting de Kénitra (AMK), "
     "mardi.", "Automotive Meeting de Kénitra 2025"),
    ("L'ONEE a signé un protocole d'accord avec la société Masdar en marge de l'Africa Energy "
     "Forum, mardi à Marrakech.", "Africa Energy Forum 2025"),
    ("L'ONEE a signé un protocole d'accord avec la société Masdar mardi. Le Salon a été "
     "organisé par Morocco Solar Expo.", None),
])
def test_an_event_named_in_english(text: str, event: str | None) -> None:
    assert first(text)[2] == event


@pytest.mark.parametrize(("text", "place"), [
    ("ÉNERGIE - Verra-t-on bientôt la fin des coupures à Tanger? C'est en tout cas l'objectif "
     "de l'ONEE, qui a signé mardi 11 mars un accord de financement avec la KfW.", None),
    ("Les coupures prendront-elles fin à Oujda ? L'ONEE a signé mardi un accord de "
     "financement avec la KfW.", None),
])
def test_a_question_says_nowhere(text: str, place: str | None) -> None:
    assert first(text)[1] == place


@pytest.mark.parametrize(("text", "event"), [
    ("Les chefs de gouvernement marocain et portugais ont salué mardi à Rabat, lors d'une "
     "rencontre de haut niveau, des relations excellentes. Six accords ont été signés lors de "
     "ce rendez-vous.", "Rencontre de haut niveau"),
    ("Six accords ont été signés mardi à Rabat lors d'une réunion de haut niveau entre le "
     "Maroc et le Portugal.", "Réunion de haut niveau"),
    ("Six accords ont été signés mardi à Rabat lors d'une rencontre entre les deux ministres.",
     None),
])
def test_a_high_level_meeting_even_indefinite_is_an_event(text: str, event: str | None) -> None:
    assert first(text)[2] == event


@pytest.mark.parametrize(("text", "event"), [
    ("L'ONEE a signé mardi à Rabat deux conventions avec l'AFD. Cette démarche traduit les "
     "engagements pris le 4 février dernier devant les deux chefs d'Etat lors de la visite "
     "d'Etat du président français Emmanuel Macron au Maroc.", None),
    ("L'ONEE a signé mardi à Rabat deux conventions avec l'AFD, lors de la visite d'Etat du "
     "président français Emmanuel Macron au Maroc.",
     "Visite d'Etat du président français Emmanuel Macron"),
])
def test_a_visit_of_another_day_is_not_the_occasion(text: str, event: str | None) -> None:
    assert first(text)[2] == event


@pytest.mark.parametrize(("text", "amount"), [
    ("L'ONEE et la société chinoise PowerChina ont signé mardi une convention pour un projet "
     "doté d'un budget de 10 à 11 milliards de dollars.", 10000000000),
    ("L'ONEE et la KfW ont signé mardi une convention de financement d'un montant compris "
     "entre 3 et 4 millions d'euros.", 3000000),
    ("La région Souss-Massa et la région Bretagne ont signé mardi une feuille de route. « "
     "Depuis 2015, une vingtaine de projets ont été soutenus par la Bretagne à Agadir pour un "
     "montant de deux millions d'euros », a-t-il rappelé.", None),
    ("La région Souss-Massa et la région Bretagne ont signé mardi une convention de 2 millions "
     "d'euros, dans la continuité d'une coopération engagée depuis 2015.", 2000000),
    ("Depuis 2010, la KfW a accordé 3 milliards d'euros au Maroc. L'ONEE et la KfW ont signé "
     "mardi un accord de prêt de 40 millions d'euros.", 40000000),
])
def test_a_range_keeps_its_lower_end_and_past_years_spending_is_no_amount(
        text: str, amount: int | None) -> None:
    found = drafted(text, BASE)["agreements"][0].get("funding") or {}
    assert found.get("amount") == amount


@pytest.mark.parametrize(("text", "event"), [
    ("Le ministre de l'Intérieur a présidé, ce lundi à la place Bab Mansour à Meknès, la "
     "cérémonie de présentation du programme de réhabilitation de la médina.\n\nVoici les "
     "trois conventions signées à cette occasion : la première porte sur l'eau.",
     "Cérémonie de présentation du programme de réhabilitation de la médina"),
    ("Le ministre de l'Intérieur a présidé, lundi à Fès, la cérémonie de signature de trois "
     "conventions pour la médina.", None),
])
def test_the_ceremony_presided_is_the_occasion(text: str, event: str | None) -> None:
    assert first(text, "2025-03")[2] == event


def test_the_event_named_beats_the_ceremony_that_opened_it() -> None:
    text = ("Les contrats ont plu aux Assises de la pêche dont le chef du gouvernement a présidé, "
            "hier à Agadir, la cérémonie d'ouverture de la troisième édition. Quatre conventions "
            "ont été signées entre l'ONEE et les professionnels.")
    assert first(text)[2] == "Assises de la pêche 2025"


@pytest.mark.parametrize(("dateline", "place"), [
    ("Rabat, le 11 mars 2025 (MAP) – ", "Rabat"),
    ("Béni Mellal, 11/03/2025 (MAP) - ", "Béni Mellal"),
    ("Oujda le 11 mars 2025 - ", "Oujda"),
    ("LAÂYOUNE - ", "Laâyoune"),
    ("Tanger, 11 mars (MAP) – ", "Tanger"),
])
def test_a_dateline_with_its_day_says_where(dateline: str, place: str) -> None:
    text = dateline + "L'ONEE et la KfW ont signé mardi un accord de prêt de 40 millions d'euros."
    assert first(text)[:2] == ("2025-03-11", place)


@pytest.mark.parametrize(("where", "place"), [
    ("au siège de la wilaya de la région de Marrakech-Safi", "Marrakech"),
    ("à la wilaya de la région Fès-Meknès", "Fès"),
    ("au siège du conseil régional de l'Oriental", "Oujda"),
    ("à la wilaya de Fès", "Fès"),
    ("au siège de la préfecture de Salé", "Salé"),
])
def test_the_seat_of_a_wilaya_a_council_or_a_prefecture(where: str, place: str) -> None:
    assert first(f"L'ONEE et la KfW ont signé mardi, {where}, un accord de prêt.")[1] == place


@pytest.mark.parametrize("who", [
    "Le conseil régional de l'Oriental et la KfW ont",
    "L'ONEE et le wali de la région de Fès-Meknès ont",
    "L'ONEE et le gouverneur de la province de Taza ont",
])
def test_a_body_named_after_its_territory_says_nowhere(who: str) -> None:
    assert first(f"{who} signé mardi un accord de prêt.")[1] is None


def amounts_of(text: str) -> list[int | None]:
    return [(a.get("funding") or {}).get("amount") for a in drafted(text, BASE)["agreements"]]


@pytest.mark.parametrize(("text", "amounts"), [
    ("L'ONEE et la BERD ont signé mardi deux accords de prêt d'un montant global de 200 "
     "millions d'euros, dont 150 millions d'euros pour le réseau électrique et 50 millions "
     "d'euros pour l'eau potable.", [150000000, 50000000]),
    ("L'ONEE et la BERD ont signé mardi trois accords de prêt totalisant 90 millions d'euros, "
     "dont 40 M€ pour le réseau électrique, 30 M€ pour l'eau potable et 20 M€ pour "
     "l'assainissement.", [40000000, 30000000, 20000000]),
    ("L'ONEE et la BERD ont signé mardi deux accords de prêt d'un montant global de 200 "
     "millions d'euros, dont 120 millions d'euros pour le réseau électrique.", [None, None]),
    ("L'ONEE et la BERD ont signé mardi deux accords de prêt d'un montant global de 200 "
     "millions d'euros, dont 120 millions d'euros pour le réseau et 60 millions d'euros pour "
     "l'eau.", [None, None]),
])
def test_parts_that_add_up_to_the_total_go_each_to_its_agreement(
        text: str, amounts: list[int | None]) -> None:
    assert amounts_of(text) == amounts


@pytest.mark.parametrize(("when", "published_on", "day"), [
    ("le 10 courant", "2025-03-12", "2025-03-10"),
    ("le 10 du mois courant", "2025-03", "2025-03-10"),
    ("le 20 courant", "2025-03-12", None),  # after the publication: not a signing day
])
def test_a_day_of_the_current_month(when: str, published_on: str, day: str | None) -> None:
    text = f"L'ONEE et la KfW ont signé, {when} à Rabat, un accord de prêt."
    assert first(text, published_on)[0] == day


@pytest.mark.parametrize(("text", "place"), [
    ("L'ONEE et la KfW ont signé mardi un accord en marge du Sommet Afrique-Europe de "
     "Bruxelles.", "Bruxelles"),
    ("L'ONEE et la KfW ont signé mardi un accord en marge du Sommet de la Francophonie de "
     "Dakar.", "Dakar"),
    ("L'ONEE et la KfW ont signé mardi un accord en marge du Forum de Paris sur la paix.", None),
])
def test_the_city_abroad_an_event_is_named_after(text: str, place: str | None) -> None:
    assert first(text)[1] == place


@pytest.mark.parametrize("text", [
    "Le chef du gouvernement a présidé, ce mardi 9 mai à Fès, la cérémonie de lancement du "
    "programme régional de l'eau.\n\nMobilisant 2 milliards de dirhams, les conventions ont "
    "été signées devant quatre membres du gouvernement.",
    "Le wali a présidé mardi 9 mai à Fès une cérémonie consacrée au plan de mobilité.\n\n"
    "Les accords de financement ont été paraphés par l'ONEE et la commune.",
])
def test_a_ceremony_told_just_before_its_agreements_gives_their_day_and_place(
        text: str) -> None:
    agreement = drafted(text, BASE, "2023-05")["agreements"][0]
    assert agreement.get("signed_on") == "2023-05-09" and agreement.get("place") == "Fès"


def test_an_inauguration_before_agreements_is_not_their_scene() -> None:
    text = ("Le ministre a inauguré mardi 9 mai à Fès une usine de dessalement.\n\n"
            "Les conventions ont été signées par l'ONEE et la commune.")
    agreement = drafted(text, BASE, "2023-05")["agreements"][0]
    assert agreement.get("signed_on") is None and agreement.get("place") is None


@pytest.mark.parametrize(("text", "event"), [
    ("La BAD et le ministère de l'Économie ont signé mardi deux accords de prêt. La signature "
     "intervient en marge des Assemblées annuelles de la BAD, réunies à Marrakech.",
     "Assemblées annuelles de la BAD"),
    ("Deux conventions ont été paraphées mardi par la BID et l'ONEE en marge de l'Assemblée "
     "générale de la Banque islamique de développement.",
     "Assemblée générale de la Banque islamique de développement"),
    ("L'ONEE et la KfW ont signé mardi un accord dans le cadre de la tenue de la 9-ème session "
     "de la commission mixte maroco-allemande.", "9-ème session de la commission mixte"),
    ("L'ONEE et la KfW ont signé mardi un accord lors de la 4ème réunion de haut niveau "
     "entre les deux pays.", "4ème réunion de haut niveau"),
])
def test_annual_meetings_and_numbered_sessions_are_events(text: str, event: str) -> None:
    name = first(text)[2]
    assert isinstance(name, str) and name.startswith(event), name


@pytest.mark.parametrize("outlet", ["MAP", "Le Matin", "APS", "L'Economiste"])
def test_the_outlet_a_dateline_names_files_the_story_and_signs_nothing(outlet: str) -> None:
    base = [*BASE, {"id": "agence-presse", "name": "Agence de presse", "acronym": outlet,
                    "kind": "public-body"}]
    result = drafted(f"Meknès, 23 avril 2026 ({outlet}) – L'ONEE et la KfW ont signé mardi un "
                     "accord de prêt de 40 millions d'euros.", base, published_on="2026")
    agreement = result["agreements"][0]
    assert "agence-presse" not in {p["org"] for p in agreement["parties"]}
    assert len(agreement["parties"]) == 2
    assert agreement["signed_on"] == "2026-04-21"  # "mardi", counted from the dateline's day
    assert agreement["sources"][0]["publisher"] == outlet
