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
