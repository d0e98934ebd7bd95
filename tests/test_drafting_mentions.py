"""Names of organizations and people, from the parsed tokens of one sentence."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions


def names(sentence: str) -> list[tuple[str, str, str | None, bool]]:
    return [(m.name, m.kind, m.acronym, m.vague) for m in find_mentions(list(analyse(sentence)))]


def test_a_minister_gives_the_ministry_the_person_and_the_title() -> None:
    (ministry,) = find_mentions(list(analyse(
        "Le ministre de l'Énergie et des Mines, Karim Tazi, a signé la convention.")))
    assert ministry.name == "Ministère de l'Énergie et des Mines"
    assert ministry.person is not None and ministry.person.name == "Karim Tazi"
    assert ministry.title == "Ministre de l'Énergie et des Mines"


def test_a_long_ministry_name_is_not_cut_at_a_comma() -> None:
    assert names("le ministère de l'Équipement, du Transport, de la Logistique et de l'Eau a "
                 "signé") == [("Ministère de l'Équipement, du Transport, de la Logistique et de "
                               "l'Eau", "ministry", None, False)]


def test_a_delegate_minister_in_the_feminine() -> None:
    (ministry,) = find_mentions(list(analyse(
        "La ministre déléguée chargée de l'Artisanat, Salma Idrissi, a signé.")))
    assert ministry.name == "Ministère délégué chargé de l'Artisanat"
    assert ministry.title == "Ministre déléguée chargée de l'Artisanat"


def test_acronyms_and_company_names() -> None:
    assert names("avec l'Agence marocaine de l'eau potable (AMEP) et la société Dunes "
                 "Solaires SARL") == [
        ("Agence marocaine de l'eau potable", "public-body", "AMEP", False),
        ("Dunes Solaires SARL", "company", None, False)]


def test_plural_ministries_are_one_each() -> None:
    assert [n for n, *_ in names("Les ministères de la Santé et de l'Éducation nationale ont "
                                 "signé")] == ["Ministère de la Santé",
                                               "Ministère de l'Éducation nationale"]


def test_foreign_clusters_from_their_adjectives() -> None:
    found = find_mentions(list(analyse("Il a reçu les clusters belge et portugais.")))
    assert [(m.name, m.country) for m in found] == [("Cluster belge", "BE"),
                                                    ("Cluster portugais", "PT")]


@pytest.mark.parametrize("vague", [
    "Plusieurs départements gouvernementaux ont signé.",
    "Des acteurs du secteur privé ont signé.",
    "Les partenaires ont signé.",
])
def test_vague_phrases_name_nobody(vague: str) -> None:
    assert all(m.vague for m in find_mentions(list(analyse(vague))))


def test_names_lose_trailing_punctuation() -> None:
    assert names("La convention a été signée avec la Fondation Atlas Verte.")[0][0] == \
        "Fondation Atlas Verte"


def test_the_name_may_come_before_the_title() -> None:
    first, second, *_ = find_mentions(list(analyse(
        "Salma Idrissi, ministre de l'Artisanat, et Paul Martin, vice-président de la Banque "
        "du Sahel pour la région ouest, ont signé un accord.")))
    assert (first.name, first.person.name if first.person else None) == (
        "Ministère de l'Artisanat", "Salma Idrissi")
    assert (second.name, second.title, second.person.name if second.person else None) == (
        "Banque du Sahel", "Vice-président de la Banque du Sahel", "Paul Martin")


def test_a_person_in_apposition_is_not_an_organization() -> None:
    found = names("La cérémonie était présidée par le Chef du gouvernement, Karim Benslimane, "
                  "et le Premier ministre belge, Luc Vandamme.")
    assert ("Karim Benslimane", "other", None, False) not in found
    assert all("Vandamme" not in name for name, *_ in found)
    assert "Gouvernement belge" in [name for name, *_ in found]


def test_a_given_name_opens_a_person_s_name() -> None:
    assert names("Mohamed Lazrak et la société Atlas Froid ont signé.") == [
        ("Atlas Froid", "company", None, False)]


def test_title_compounds_and_numero_un_name_who_speaks_for_whom() -> None:
    found = find_mentions(list(analyse(
        "Le texte a été signé par le responsable-pays de la Banque des Grands Lacs (BGL), "
        "Paul Mercier, accompagné du numéro un de la Fédération des semences (FDS), "
        "Omar Kettani.")))
    assert [(m.name, m.person.name if m.person else None) for m in found] == [
        ("Banque des Grands Lacs", "Paul Mercier"),
        ("Fédération des semences", "Omar Kettani")]


def test_a_name_continues_to_its_bracketed_acronym() -> None:
    assert names("le président de la Fédération nationale du froid et climatisation (FNFC)"
                 )[0][:3] == ("Fédération nationale du froid et climatisation", "federation",
                              "FNFC")


def test_a_delegate_minister_attached_to_the_head_of_government() -> None:
    (ministry,) = find_mentions(list(analyse(
        "le ministre délégué auprès du chef du gouvernement chargé de l'Économie bleue, "
        "Samir Alaoui, a signé.")))
    assert ministry.name == ("Ministère délégué auprès du chef du gouvernement chargé de "
                             "l'Économie bleue")
    assert ministry.person is not None and ministry.person.name == "Samir Alaoui"


def test_a_foreign_minister_s_country_is_said_as_the_base_says_it() -> None:
    """Not "Ministère français de …": the nationality leaves the name, and the country
    follows it in brackets, as the base names foreign ministries."""
    (ministry,) = find_mentions(list(analyse("la ministre française de la Culture a signé")))
    assert (ministry.name, ministry.country) == ("Ministère de la Culture (France)", "FR")
    (ministry,) = find_mentions(list(analyse("le ministre bahreïni de la Santé a signé")))
    assert (ministry.name, ministry.country) == ("Ministère de la Santé (Bahreïn)", "BH")


def test_the_king_signs_for_the_state() -> None:
    (state,) = find_mentions(list(analyse(
        "Le groupe a signé un accord avec le Roi du Maroc Mohammed VI.")))[1:]
    assert (state.name, state.person.name if state.person else None) == (
        "Etat marocain", "Mohammed VI")


def test_words_that_are_not_organizations() -> None:
    found = names("Ces MoU ont été signés en compagnie du ministre de la Pêche de la Gambie "
                  "pour le programme d'appui aux coopératives, avec des universités du Mali.")
    assert [(n, v) for n, _, _, v in found if not v] == [("Ministère de la Pêche (Gambie)", False)]
    assert find_mentions(list(analyse("le ministre de la Pêche de la Gambie")))[0].country == "GM"


def test_a_secretary_of_state_gives_a_secretariat() -> None:
    found = find_mentions(list(analyse(
        "signé par la secrétaire d'Etat italienne au Commerce extérieur, Lucia Ferri, et le "
        "secrétaire d'Etat chargé de l'Artisanat (Hamid Zerouali).")))
    assert [(m.name, m.country, m.person.name if m.person else None) for m in found] == [
        ("Secrétariat d'Etat au Commerce extérieur", "IT", "Lucia Ferri"),
        ("Secrétariat d'Etat chargé de l'Artisanat", None, "Hamid Zerouali")]


def test_ceux_de_stands_for_the_ministers_named_before() -> None:
    found = find_mentions(list(analyse(
        "Plusieurs ministres ont signé le texte, notamment ceux de l'Intérieur (Ali Nejjar), "
        "de la Santé (Sara Amrani) et des Finances.")))
    assert [(m.name, m.person.name if m.person else None) for m in found] == [
        ("Ministère de l'Intérieur", "Ali Nejjar"), ("Ministère de la Santé", "Sara Amrani"),
        ("Ministère des Finances", None)]


def test_one_organization_per_region_of_a_plural_head() -> None:
    found = find_mentions(list(analyse(
        "avec les agences régionales de l'eau (ARE) de Souss-Massa, Drâa-Tafilalet et de "
        "l'Oriental")))
    assert [(m.name, m.aliases) for m in found] == [
        ("Agence régionale de l'eau de Souss-Massa", ["ARE Souss-Massa"]),
        ("Agence régionale de l'eau de Drâa-Tafilalet", ["ARE Drâa-Tafilalet"]),
        ("Agence régionale de l'eau de l'Oriental", ["ARE Oriental"])]


def test_ministries_of_one_domain_in_two_countries() -> None:
    found = find_mentions(list(analyse(
        "entre les ministères de l'agriculture du Royaume du Maroc et de la République du "
        "Ghana")))
    assert [(m.name, m.country) for m in found if not m.vague][:1] == [
        ("Ministère de l'agriculture", "MA")]
    assert "Ministère de la République" not in [m.name for m in found]


def test_civil_society_is_not_a_company() -> None:
    assert [v for *_, v in names("l'accès de la société civile aux services")] == [True]


def test_ministers_of_two_domains_bearing_one_signature() -> None:
    assert [m.name for m in find_mentions(list(analyse(
        "un document portant la signature des ministres des Finances et de la privatisation "
        "et de l'Equipement, côté gouvernement")))][:2] == [
        "Ministère des Finances et de la privatisation", "Ministère de l'Equipement"]


def test_a_title_then_m_without_a_comma() -> None:
    (ministry,) = find_mentions(list(analyse("signé par le ministre de la Pêche M. Karim Alami")))
    assert (ministry.name, ministry.person.name if ministry.person else None) == (
        "Ministère de la Pêche", "Karim Alami")


def test_the_wali_heads_the_wilaya() -> None:
    (wilaya,) = find_mentions(list(analyse("signée par le wali de la région Souss-Massa, "
                                           "Ahmed Hajji.")))
    assert (wilaya.name, wilaya.person.name if wilaya.person else None) == (
        "Wilaya de la région Souss-Massa", "Ahmed Hajji")


def test_a_part_of_the_world_is_not_the_organization_a_title_names() -> None:
    (bank,) = [m for m in find_mentions(list(analyse(
        "le directeur du bureau régional de l'Afrique du Nord (MENA) de la Banque des Deux "
        "Rives (BDR), Paul Mercier.")))]
    assert (bank.name, bank.person.name if bank.person else None) == (
        "Banque des Deux Rives", "Paul Mercier")


def test_a_head_of_government_and_a_long_name() -> None:
    (government,) = [m for m in find_mentions(list(analyse(
        "la visite du premier ministre du Koweït, Ahmed Ben Nasser Ben Khalifa Al Sabah.")))
        if not m.vague]
    assert (government.name, government.country, government.person.name) == (
        "Gouvernement", "KW", "Ahmed Ben Nasser Ben Khalifa Al Sabah")


def test_nobody_named_in_a_capitalized_plural_and_a_glued_article() -> None:
    assert [n for n, *_ in names("Les Conseils élus et Bank-al Maghrib ont signé.")] == [
        "Bank-al Maghrib"]
