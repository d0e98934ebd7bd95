"""Agreements as mentioned (kind, count, ordinal), the words of signing, and events."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.eventwords import find_events
from conventions_cli.drafting.named_events import find_named_events
from conventions_cli.drafting.signing import (
    find_agreement_mentions,
    find_triggers,
    is_earlier,
)


def mentions(text: str) -> list[tuple[str, int | None, int | None, bool]]:
    return [(m.type, m.count, m.ordinal, m.others)
            for m in find_agreement_mentions(text, 0, len(text))]


@pytest.mark.parametrize(("phrase", "kind"), [
    ("une convention-cadre", "convention-cadre"),
    ("une convention de partenariat", "convention-partenariat"),
    ("une convention de coopération", "convention-partenariat"),
    ("un protocole d'accord", "protocole-accord"),
    ("un mémorandum d'entente", "memorandum"), ("un MoU", "memorandum"),
    ("un contrat-programme", "contrat-programme"), ("un avenant", "avenant"),
    ("un accord de prêt", "accord"), ("une convention de financement", "accord"),
    ("une convention d'investissement", "other"), ("une charte", "other"),
])
def test_kinds(phrase: str, kind: str) -> None:
    assert mentions(phrase)[0][0] == kind


def test_counts_ordinals_and_others() -> None:
    assert mentions("trois accords de prêt ainsi qu'un accord de don") == [
        ("accord", 3, None, False), ("accord", 1, None, False)]
    assert mentions("Six autres conventions ont été signées") == [
        ("convention-partenariat", 6, None, True)]
    assert mentions("La deuxième convention de partenariat") == [
        ("convention-partenariat", 1, 2, False)]
    assert mentions("Le troisième volet") == [("", 1, 3, False)]
    assert mentions("17 mémorandums") == [("memorandum", 17, None, False)]
    assert mentions("des conventions") == [("convention-partenariat", None, None, False)]


def test_words_of_signing() -> None:
    text = "Ils ont paraphé hier, puis scellé, conclu et procédé à la signature du protocole."
    assert [text[a:b] for a, b in find_triggers(text, 0, len(text))] == [
        "paraphé", "scellé", "conclu", "signature"]
    date = "la convention entre en vigueur à la date de sa signature"
    assert find_triggers(date, 0, len(date)) == []


@pytest.mark.parametrize(("text", "found"), [
    ("La Banque Alpha conclut un accord de prêt avec l'Office Beta.", ["conclut"]),
    ("L'agence conclut mardi à Rabat deux conventions avec la région.", ["conclut"]),
    ("Le ministre conclut son allocution en saluant les partenaires.", []),
])
def test_conclut_says_a_signing_only_with_the_agreement_it_concludes(
        text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in find_triggers(text, 0, len(text))] == found


@pytest.mark.parametrize("text", [
    "La signature jeudi à Oujda de trois conventions coûtera 40 millions de dirhams.",
    "La signature à Fès d'un protocole a clos la journée.",
    "La signature, lundi à Rabat, de deux accords a suivi la réunion.",
    "La signature vendredi de la convention était attendue.",
])
def test_the_noun_signature_with_its_day_or_place_before_what_is_signed(text: str) -> None:
    assert [text[a:b] for a, b in find_triggers(text, 0, len(text))] == ["signature"]


@pytest.mark.parametrize(("text", "found"), [
    ("Une réunion a porté sur la mise en œuvre des conventions cadres signées.", []),
    ("Les accords signés ; la suite viendra.", []),
    ("La convention signée hier à Rabat lie les deux offices.", ["signée"]),
])
def test_the_signed_ones_at_a_clause_s_end_are_named_not_signed(text: str,
                                                                found: list[str]) -> None:
    assert [text[a:b] for a, b in find_triggers(text, 0, len(text))] == found


def test_earlier_programmes() -> None:
    assert is_earlier("Le précédent programme avait mobilisé 400 MDH.", 0, 46)
    assert not is_earlier("le festival des villes anciennes", 0, 32)


@pytest.mark.parametrize(("text", "earlier"), [
    ("Elle intervient en application de l'accord-cadre signé entre la Ligue et le ministère.",
     True),
    ("Elle s'inscrit dans le cadre de la mise en oeuvre de la convention-cadre conclue en mars "
     "entre l'Office et la Région.", True),
    ("A rappeler que l'Office et la Région sont liés par une convention.", True),
    ("Dans le cadre de la mise en oeuvre du plan régional, trois conventions ont été signées.",
     False),
    ("Les échanges se sont intensifiés suite à la signature de la convention-cadre, le 3 mai "
     "2019 à Dakar.", True),
    ("Depuis la signature du protocole d'accord en 2021 à Tunis, dix projets ont vu le jour.",
     True),
    ("A la suite de la signature de l'accord de 2018, les deux offices ont ouvert un bureau.",
     True),
    ("Une convention a été signée à la suite d'une réunion entre l'Office et la Région.", False),
])
def test_an_agreement_this_one_implements_is_an_earlier_one(text: str, earlier: bool) -> None:
    assert is_earlier(text, 0, len(text)) is earlier


@pytest.mark.parametrize(("text", "name"), [
    ("signée en marge du Salon « Agrotech » à Meknès", "Agrotech 2024"),
    ("en marge de la 5e édition du forum des zones franches, hier",
     "5e édition du forum des zones franches"),
    ("à l'occasion d'un séminaire organisé par la fédération sous le thème « X »",
     "Séminaire organisé par la fédération"),
    ("en marge du deuxième forum régional de l'économie sociale, avec",
     "Deuxième forum régional de l'économie sociale"),
    ("dans le cadre de la 9ème Rencontre de Haut Niveau Maroc-Belgique, ces textes",
     "9ème Rencontre de Haut Niveau Maroc-Belgique"),
    ("lors de la 4e session de la commission mixte maroco-ghanéenne, tenue",
     "4e session de la commission mixte maroco-ghanéenne"),
    ("à la clôture des travaux du congrès des architectes, lundi", "Congrès des architectes"),
    ("en marge de l'inauguration de la gare maritime, la convention", "Inauguration de la gare "
                                                                      "maritime"),
])
def test_events(text: str, name: str) -> None:
    assert [f.value["name"] for f in find_events(text, 0, len(text), 2024)] == [name]


def test_an_event_named_without_en_marge() -> None:
    text = "lors de l'ouverture des Assises de la pêche, à Dakhla"
    assert [f.value["name"] for f in find_named_events(text, 0, len(text), 2019)] == [
        "Assises de la pêche 2019"]


@pytest.mark.parametrize("text", [
    "signé lors d'une cérémonie présidée par le wali de la région, Ali Tazi",
    "lors d'une cérémonie tenue en présence du ministre",
    "à l'occasion d'une visite de travail du ministre",
])
def test_a_ceremony_or_a_visit_without_a_name_is_not_an_event(text: str) -> None:
    assert find_events(text, 0, len(text), 2024) == []


def test_two_apostrophes_used_as_quotes_quote_an_event_s_title() -> None:
    from conventions_cli.drafting.normalize import analysis_text

    text = analysis_text("à la clôture du colloque sur ''L'eau et la ville'', organisé hier")
    assert len(text) == len("à la clôture du colloque sur ''L'eau et la ville'', organisé hier")
    assert [f.value["name"] for f in find_events(text, 0, len(text), 2021)] == [
        "Colloque sur « L'eau et la ville »"]
