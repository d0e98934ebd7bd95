"""A sentence that opens on this signing ("Signées par A et B, ces conventions …") and then
recalls an earlier agreement ("… en application de la convention-cadre signée le 2 avril
2014") still says who signed: only the clause after is history."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "Des conventions relatives aux plans de développement des chambres d'artisanat ont été "
    "signées, lundi à Rabat.\n\n"
    "Signées par la ministre du Tourisme et de l'Artisanat, Leila Bennani, le ministre de "
    "l'Économie et des Finances, Karim Tazi, et le représentant de chacune des douze "
    "chambres, ces conventions sont prises en vertu de la convention-cadre que l'État et "
    "la Fédération des chambres d'artisanat ont paraphée le 3 mai 2015.")


def test_the_signatories_before_a_recalled_agreement_sign() -> None:
    found = party_names(drafted(STORY, [], published_on="2018-03-07"))
    assert found
    assert all(any(n.startswith("Ministère du Tourisme") for n in a) for a in found)
    assert all(any(n.startswith("Ministère de l'Économie et des Finances") for n in a)
               for a in found)


def test_a_sentence_that_opens_on_the_recalled_one_stays_history() -> None:
    text = STORY.replace("Signées par la ministre", "Signée en 2014 par la ministre").replace(
        ", ces conventions sont prises", ", la convention-cadre précédente prévoyait")
    found = party_names(drafted(text, [], published_on="2018-03-07"))
    assert not any(any(n.startswith("Ministère du Tourisme") for n in a) for a in found)


def test_the_agent_after_the_venue_signs_and_the_venue_does_not() -> None:
    text = ("Une douzaine de conventions ont été paraphées jeudi au siège de la région de "
            "l'Oriental par la wilaya et l'Office de la formation professionnelle et de la "
            "promotion du travail (OFPPT), pour qualifier 3.000 jeunes.")
    found = party_names(drafted(text, [], published_on="2015-06-04"))
    assert len(found) == 12
    assert all(any(n.startswith("Office de la formation professionnelle") or "OFPPT" in n
                   or n == "ofppt" for n in a) for a in found)
    assert not any(n.startswith("Région de l'Oriental") or n.startswith("Conseil de la "
                   "région") for a in found for n in a)
