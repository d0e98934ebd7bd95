"""A framework convention "aussitôt suivie de la signature de trois conventions
d'investissement": four agreements; the investors presented further down two together
("Deux d'entre eux, A et B, investiront 90 MDH chacun et créeront respectivement 500 et
350 emplois"), the third by its rank ("Le troisième, C, injectera …"); "Au total, les trois
projets …" is theirs together, not the last one's. Press sentences written for these tests."""

from __future__ import annotations

from drafting_cases import drafted, party_names, types

BASE = [{"id": "mic", "name": "Ministère de l'Industrie et du Commerce", "kind": "ministry",
         "country": "MA"}]

STORY = ("Tanger - La filière du cuir s'est dotée ce mardi à Tanger d'une convention-cadre "
         "destinée à organiser l'écosystème de la région, aussitôt suivie de la signature de "
         "trois conventions d'investissement.\n\n"
         "La convention-cadre a été conclue entre le ministère de l'Industrie et du Commerce "
         "et la Fédération marocaine du cuir. Elle porte les signatures du ministre Karim "
         "Lahlou et de la présidente de la Fédération, Nadia Fassi.\n\n"
         "Trois industriels se sont ensuite engagés. Deux d'entre eux, le groupe italien "
         "Conceria Balda et le turc Deri Sanayi, investiront 70 millions de dirhams chacun et "
         "créeront respectivement 400 et 250 emplois directs. Le troisième, Atlas Leather, "
         "filiale d'un groupe portugais, injectera 150 millions de dirhams dans une tannerie.\n\n"
         "Au total, les trois projets représentent 290 millions de dirhams et 1.100 emplois "
         "directs.\n")


def test_the_batch_is_the_framework_convention_and_one_agreement_per_investor() -> None:
    result = drafted(STORY, BASE, published_on="2021-05-12")
    assert types(result) == ["convention-cadre", "other", "other", "other"]
    names = party_names(result)
    assert names[0] == ["Fédération marocaine du cuir", "mic"]
    assert [[n for n in found if n != "mic"] for found in names[1:]] == [
        ["Conceria Balda"], ["Deri Sanayi"], ["Atlas Leather"]]


def test_each_investor_has_its_own_figures_and_the_total_is_nobodys() -> None:
    agreements = drafted(STORY, BASE, published_on="2021-05-12")["agreements"]
    assert [(a.get("funding") or {}).get("amount") for a in agreements] == [
        None, 70_000_000, 70_000_000, 150_000_000]
    assert [(a.get("jobs") or {}).get("direct") for a in agreements] == [None, 400, 250, None]
