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


ZONE = ("Cinq conventions, dont quatre d'investissement, ont été signées jeudi à Agadir pour "
        "la zone industrielle d'Aït Melloul.\n\n"
        "La convention-cadre, signée par le ministre de l'Industrie et du Commerce, Karim "
        "Lahlou, et la présidente de la Fédération marocaine du froid, Nadia Fassi, définit "
        "les engagements de chacun.\n\n"
        "Les quatre entreprises ont présenté leur projet. Atlas Sardines, conserverie "
        "marocaine, investira 95 millions de dirhams et créera 280 emplois. Kalte Technik, "
        "spécialiste allemand de la chaîne du froid, mobilise 140 millions de dirhams pour "
        "une plateforme qui emploiera 210 personnes. L'emballeur SoussBox y consacre 32 "
        "millions de dirhams, tandis que le fabricant de cosmétiques à l'argan Argania Labs "
        "engage 18 millions de dirhams.\n\n"
        "Les quatre conventions d'investissement, signées par le ministre avec les "
        "représentants des sociétés, totalisent 285 millions de dirhams.\n")


def test_a_count_with_its_share_of_investments_and_four_companies_presented() -> None:
    result = drafted(ZONE, BASE, published_on="2022-09-30")
    assert sorted(types(result)) == ["convention-cadre", "other", "other", "other", "other"]
    by_type = {tuple(found): a["type"] for found, a in zip(party_names(result),
                                                          result["agreements"], strict=True)}
    assert by_type[("Fédération marocaine du froid", "mic")] == "convention-cadre"
    companies = sorted(n for found in party_names(result) for n in found
                       if n not in ("mic", "Fédération marocaine du froid"))
    assert companies == ["Argania Labs", "Atlas Sardines", "Kalte Technik", "SoussBox"]
    amounts = sorted((a.get("funding") or {}).get("amount") or 0 for a in result["agreements"])
    assert amounts == [0, 18_000_000, 32_000_000, 95_000_000, 140_000_000]
    jobs = sorted((a.get("jobs") or {}).get("direct") or 0 for a in result["agreements"])
    assert jobs == [0, 0, 0, 210, 280]
