"""Companies presented by their trade after a batch's lead: "Hoshida Seiki, fabricant
japonais de freins, engagera 240 MDH", "Valdor Plastiques, filiale d'un groupe français,
prévoit …" — each is one of the batch's investment agreements, the framework convention
told by its noun ("La convention-cadre, conclue entre A, B et C") keeps its own parties, and
"les trois conventions" told again opens nothing new."""

from __future__ import annotations

from drafting_cases import drafted, party_names, types

BASE = [{"id": "mic", "name": "Ministère de l'Industrie et du Commerce", "kind": "ministry",
         "country": "MA"},
        {"id": "region-rsk", "name": "Région Rabat-Salé-Kénitra (Conseil régional)",
         "kind": "region", "country": "MA", "aliases": ["Région Rabat-Salé-Kénitra"]}]

STORY = ("Une convention-cadre et trois conventions d'investissement ont été signées samedi à "
         "Kénitra, lors des Journées de l'automobile, organisées par le Conseil régional de "
         "Rabat-Salé-Kénitra jusqu'à lundi.\n\n"
         "La convention-cadre, conclue entre l'Agence urbaine de Kénitra, la Région "
         "Rabat-Salé-Kénitra et le ministère de l'Industrie et du Commerce, porte sur le foncier "
         "industriel pour la période 2019-2023.\n\n"
         "Les trois industriels ont ensuite été appelés à la tribune. Kenji Morita, fabricant "
         "japonais de systèmes de freinage, engagera 240 millions de dirhams dans une usine "
         "qui emploiera 450 personnes. Valdor Plastiques, filiale d'un groupe français de la "
         "plasturgie, prévoit 60 millions de dirhams et 180 emplois directs. Enfin, Nordex "
         "Cables, spécialisé dans le câblage, consacrera 85 millions de dirhams à son site.\n\n"
         "Au total, ces projets pèsent 385 millions de dirhams, a indiqué le ministre, qui a "
         "signé les trois conventions avec les dirigeants des entreprises.\n")


def test_the_framework_convention_and_each_company_have_their_own_parties() -> None:
    result = drafted(STORY, BASE, published_on="2019-06-17")
    names = party_names(result)
    assert types(result) == ["convention-cadre", "other", "other", "other"]
    assert names[0] == ["Agence urbaine de Kénitra", "mic", "region-rsk"]
    companies = [n for found in names[1:] for n in found if n not in ("mic",)]
    assert companies == ["Kenji Morita", "Valdor Plastiques", "Nordex Cables"]
    assert all(o["kind"] == "company" for o in result["organizations"]
               if o["name"] in companies)
    # "organisées par le Conseil régional de X jusqu'à lundi": the name stops before
    assert not any("jusqu" in o["name"] for o in result["organizations"])


def test_a_person_described_by_a_title_stays_a_person() -> None:
    story = STORY.replace("fabricant japonais de systèmes de freinage",
                          "président du directoire")
    result = drafted(story, BASE, published_on="2019-06-17")
    assert not any(o["name"] == "Kenji Morita" for o in result["organizations"])
