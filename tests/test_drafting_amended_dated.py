"""A signing sentence that dates the agreement it amends or completes ("un avenant à la
convention conclue en avril 2013, a été signé samedi") keeps its own day: the participle
of the agreement named as a complement is not the sentence's signing verb."""

from __future__ import annotations

from conventions_cli.drafting import draft_article
from conventions_cli.drafting.normalize import fold
from conventions_cli.drafting.signing import find_triggers

AMENDED = ("Un avenant à la convention relative au réaménagement du front de mer de Larache, "
           "conclue en mars 2015, a été signé jeudi au siège de la province. Il porte à 260 "
           "millions de dirhams l'enveloppe du programme.\n\n"
           "Par ailleurs, une convention a été signée entre la commune de Ksar El Kébir et "
           "l'Agence du Nord pour la rénovation du marché couvert.\n")

COMPLETED = ("Un protocole additionnel à l'accord de coopération signé le 3 mai 2018 entre la "
             "Fondation Tamayuz et l'Université Abdelmalek Essaadi a été signé mardi à "
             "Tétouan.\n")


def test_the_amendment_keeps_its_own_weekday() -> None:
    draft = draft_article(AMENDED, published_on="2019-06-10")  # a Monday
    days = [a.get("signed_on") for a in draft.agreements]
    assert days[0] == "2019-06-06"  # the Thursday before, not March 2015


def test_a_completed_accord_s_day_is_not_the_protocol_s() -> None:
    draft = draft_article(COMPLETED, published_on="2021-11-25")  # a Thursday
    assert [a.get("signed_on") for a in draft.agreements] == ["2021-11-23"]


def test_the_dated_participle_is_not_a_trigger_when_the_verb_follows() -> None:
    sentence = COMPLETED.strip()
    low = fold(sentence)
    words = [low[a:b] for a, b in find_triggers(sentence, 0, len(sentence))]
    assert words == ["signe"]


def test_a_lone_dated_participle_still_triggers() -> None:
    sentence = "Cet avenant complète la convention signée le 3 mai 2018 par les deux parties."
    low = fold(sentence)
    assert [low[a:b] for a, b in find_triggers(sentence, 0, len(sentence))] == ["signee"]
