"""The event of a signing told outside the signing sentence: "ce rapprochement, établi en
marge du Salon X", "les accords signés lors de cette commission mixte" (the commission named
earlier); never an event of something else the article mentions."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "onp", "name": "Office national des pêches", "acronym": "ONP",
         "kind": "public-body"}]


def events(text: str) -> list[str]:
    return [e["name"] for e in drafted(text, BASE)["events"]]


def test_an_event_told_in_a_later_sentence_about_the_agreement() -> None:
    names = events(
        "L'Office national des pêches a conclu, le 12 mars à Casablanca, un protocole d'accord "
        "avec la compagnie Atlantic Freight.\n\nCe rapprochement, noué en marge du Salon "
        "Halieutis Expo, doit ouvrir de nouveaux marchés, selon l'Office.")
    assert len(names) == 1 and "Halieutis Expo" in names[0]


@pytest.mark.parametrize("later", [
    "Selon la presse omanaise, les accords signés lors de cette commission mixte couvrent "
    "l'agriculture et la culture.",
    "Les quatre conventions conclues en marge de cette commission mixte portent sur le "
    "tourisme et la pêche."])
def test_this_joint_commission_is_the_one_named_before(later: str) -> None:
    names = events(
        "Tenue de la 6ème haute commission mixte maroco-omanaise\n\nLa réunion jeudi à Rabat "
        "de la sixième haute commission mixte maroco-omanaise a ouvert de nouvelles pistes "
        "entre les deux pays. " + later + " Le Royaume du Maroc et le Sultanat d'Oman ont "
        "ainsi signé quatre accords de coopération.")
    assert len(names) == 1
    assert "commission mixte maroco-omanaise" in names[0].lower()


def test_where_the_event_was_held_is_where_its_agreements_were_signed() -> None:
    result = drafted(
        "La tenue, lundi à Fès, de la troisième commission mixte maroco-ivoirienne a ouvert de "
        "nouvelles pistes.\n\nLes accords conclus lors de cette commission mixte couvrent la "
        "santé et le sport. Le Royaume du Maroc et la République de Côte d'Ivoire ont signé "
        "deux accords.", BASE)
    assert {a.get("place") for a in result["agreements"]} == {"Fès"}


@pytest.mark.parametrize("other", [
    # something else announced at an event
    "Le ministre a rappelé les réformes annoncées lors du 3ème Sommet de l'eau, tenu à "
    "Dakar.",
    # an event quoted, or one of an earlier day
    "« Ce partenariat prolonge la feuille de route dévoilée à l'occasion du salon Agritech "
    "», a-t-il dit.",
    "Le partenariat prolonge le plan annoncé le 4 novembre dernier à l'occasion du salon "
    "Agritech."])
def test_an_event_of_something_else_is_not_the_signings(other: str) -> None:
    names = events(
        "L'Office national des pêches a signé, mardi à Agadir, une convention avec la "
        "coopérative Souss Pêche. " + other)
    assert names == []


@pytest.mark.parametrize("scene", [
    "La tenue de la 11ème édition du Salon national de l'élevage (SNE) à El Jadida a été, une "
    "nouvelle fois, l'occasion pour la banque Crédit Rural d'affirmer son appui aux éleveurs.",
    "Le Salon national de l'élevage, qui se tient à El Jadida, a abrité plusieurs rencontres "
    "d'affaires."])
def test_a_named_event_that_sets_the_scene_is_the_signings(scene: str) -> None:
    result = drafted(scene + "\n\nC'est ainsi qu'une convention a été signée, mardi 14 mai "
                     "2019, entre le Crédit Rural et la coopérative Gharb Lait.", BASE)
    assert [e["name"] for e in result["events"]][:1] and \
        "Salon national de l'élevage" in result["events"][0]["name"]


def test_a_body_named_like_an_event_is_not_one() -> None:
    result = drafted("La Conférence des présidents d'université (CPU) a été l'occasion d'un "
                     "débat.\n\nUne convention a été signée mardi entre l'Office national des "
                     "pêches et la coopérative Gharb Lait.", BASE)
    assert result["events"] == []


@pytest.mark.parametrize(("opening", "name"), [
    ("Les travaux de la 3e session de la Commission mixte Maroc-Ghana, tenue mardi à "
     "Dakhla, ont été couronnés par la signature de deux accords de coopération.",
     "3e session de la Commission mixte Maroc-Ghana"),
    ("La quatrième édition du Forum des régions côtières a été marquée, jeudi à Agadir, par "
     "la signature d'une convention de partenariat.",
     "Forum des régions côtières"),
    ("Le Salon de l'olivier de Meknès s'est clôturé mercredi par la signature d'un "
     "protocole d'accord.", "Salon de l'olivier de Meknès"),
    ("La deuxième réunion du Comité mixte maroco-portugais a été ponctuée par la signature "
     "de trois mémorandums d'entente.", "Deuxième réunion du Comité mixte maroco-portugais"),
])
def test_an_event_crowned_by_the_signing_is_its_event(opening: str, name: str) -> None:
    names = events(opening + " Les textes ont été paraphés par les deux ministres.")
    assert names and set(name.lower().split()) - {"la", "de", "du", "des"} <= set(
        names[0].lower().split())


@pytest.mark.parametrize("opening", [
    "La journée a été marquée par la signature d'une convention de partenariat entre "
    "l'Office national des pêches et la coopérative Souss Pêche.",
    "La réunion a été couronnée par la signature d'un protocole d'accord entre l'Office "
    "national des pêches et la coopérative Souss Pêche.",
])
def test_an_unnamed_occasion_crowned_by_the_signing_is_no_event(opening: str) -> None:
    assert events(opening) == []


@pytest.mark.parametrize(("sentence", "words"), [
    ("Lors de la session ordinaire du conseil régional de Souss-Massa, tenue lundi à Agadir, "
     "deux conventions ont été signées avec l'Office national des pêches.",
     {"session", "ordinaire", "conseil", "souss-massa"}),
    ("Une convention a été signée avec l'Office national des pêches en marge de la session "
     "extraordinaire du conseil communal de Safi, jeudi.",
     {"session", "extraordinaire", "conseil", "safi"}),
])
def test_a_council_session_is_the_event_of_the_signing(sentence: str, words: set[str]) -> None:
    names = events(sentence)
    assert len(names) == 1
    assert words <= set(names[0].lower().replace(",", " ").split())


@pytest.mark.parametrize("opening", [
    "Les deux États avaient déjà signé ce mémorandum d'entente à Lisbonne le 14 avril dernier.",
    "Ce mémorandum d'entente avait été paraphé le 14 avril dernier à Lisbonne par les deux "
    "ministres.",
])
def test_a_report_of_approval_dates_the_agreement_by_its_recalled_signing(opening: str) -> None:
    result = drafted(
        "Le conseil de gouvernement a approuvé jeudi un mémorandum d'entente entre l'Office "
        "national des pêches et l'Institut portugais de la mer. " + opening + " Il a été signé "
        "du côté marocain par la directrice de l'Office, Samira Alami.", BASE, "2025-06-20")
    assert [(str(a.get("signed_on")), a.get("place")) for a in result["agreements"]] == [
        ("2025-04-14", "Lisbonne")]


def test_an_earlier_agreement_recalled_does_not_date_the_new_one() -> None:
    result = drafted(
        "Un mémorandum d'entente a été signé entre l'Office national des pêches et l'Institut "
        "portugais de la mer. Les deux organismes avaient signé un premier mémorandum le 14 "
        "avril 2019 à Lisbonne.", BASE, "2025-06-20")
    assert result["agreements"][0].get("signed_on") is None


def test_an_agreement_told_on_its_own_keeps_its_own_day_and_place() -> None:
    result = drafted(
        "L'Office national des pêches a signé deux mémorandums d'entente avec des instituts "
        "étrangers. Le premier mémorandum, conclu avec l'Institut coréen des océans, a été "
        "signé le 25 juillet 2024 à Casablanca. Le second mémorandum concerne la formation "
        "avec l'Institut norvégien de la mer. Il a été officialisé à Bergen le 18 juillet "
        "dernier par le directeur de l'Office.", BASE, "2024-07-30")
    assert [(str(a.get("signed_on")), a.get("place")) for a in result["agreements"]] == [
        ("2024-07-25", "Casablanca"), ("2024-07-18", "Bergen")]


def test_the_event_a_signatory_took_part_in_is_the_occasion() -> None:
    names = events(
        "L'Office national des pêches a signé mercredi deux conventions avec des armateurs. "
        "Ces conventions interviennent en marge de la participation de l'Office à la 4e "
        "édition du Salon de la mer de Dakhla.")
    assert len(names) == 1 and "Salon de la mer" in names[0]


@pytest.mark.parametrize(("opening", "expected"), [
    ("En marge de la visite du président Lula au Maroc", "Visite du président Lula"),
    ("Lors de la visite d'État du roi Harald à Rabat", "Visite d'État du roi Harald"),
])
def test_a_visit_named_by_its_visitor_is_the_occasion(opening: str, expected: str) -> None:
    names = events(f"{opening}, l'Office national des pêches et la société Pescanova ont "
                   "conclu un mémorandum d'entente le 12 mars.")
    assert names and names[0].startswith(expected)


def test_a_visit_by_a_title_alone_is_no_event() -> None:
    assert events("Lors de la visite du ministre à Tanger, l'Office national des pêches a "
                  "conclu un protocole avec la société Pescanova le 12 mars.") == []


def test_an_occasion_named_only_by_its_theme_is_an_event_with_its_theme() -> None:
    names = events("L'Office national des pêches a conclu le 12 mars deux conventions en marge "
                   "d'une journée d'étude organisée par la commune d'Essaouira, sous le thème "
                   "« la mer, une chance pour les jeunes ».")
    assert names == ["Journée d'étude « la mer, une chance pour les jeunes »"]


def test_an_event_held_somewhere_is_still_the_occasion() -> None:
    names = events("L'Office national des pêches et la Sonapêche ont conclu le 12 mars un "
                   "protocole à l'occasion de la tenue dans la capitale sénégalaise de la "
                   "septième session de la commission mixte de coopération.")
    assert names and names[0].startswith("Septième session de la commission mixte")
