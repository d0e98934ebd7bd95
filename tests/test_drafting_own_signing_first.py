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
    "chambres, ces conventions interviennent en application de la convention-cadre signée "
    "entre le Gouvernement et la Fédération des chambres d'artisanat, le 2 avril 2014.")


def test_the_signatories_before_a_recalled_agreement_sign() -> None:
    found = party_names(drafted(STORY, [], published_on="2018-03-07"))
    assert found
    assert all(any(n.startswith("Ministère du Tourisme") for n in a) for a in found)
    assert all(any(n.startswith("Ministère de l'Économie et des Finances") for n in a)
               for a in found)


def test_a_sentence_that_opens_on_the_recalled_one_stays_history() -> None:
    text = STORY.replace("Signées par la ministre", "Signée en 2014 par la ministre").replace(
        ", ces conventions interviennent", ", la convention-cadre précédente prévoyait")
    found = party_names(drafted(text, [], published_on="2018-03-07"))
    assert not any(any(n.startswith("Ministère du Tourisme") for n in a) for a in found)


def test_the_agent_after_the_venue_signs_and_the_venue_does_not() -> None:
    text = ("Quelque 12 conventions ont été signées mercredi au siège de la région de "
            "l'Oriental par la wilaya de la région et l'Agence nationale de promotion de "
            "l'emploi et des compétences (Anapec), pour l'insertion de 3.000 jeunes.")
    found = party_names(drafted(text, [], published_on="2015-06-04"))
    assert len(found) == 12
    assert all(any(n.startswith("Agence nationale de promotion de l'emploi") for n in a)
               for a in found)
    assert not any(n.startswith("Région de l'Oriental") or n.startswith("Conseil de la "
                   "région") for a in found for n in a)
