"""A batch told in groups whose noun is understood ("Des six textes signés, deux
associent … : A et B. Deux autres … : la première, avec C, …, la seconde, avec D. Le reste
du lot concerne …"): each group takes the next agreements, "le reste" what the others
leave, and a group naming as many bodies as it counts gives one to each."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "L'Université Hassan Ier a signé, mardi 12 mars à Settat, un lot de six conventions de "
    "partenariat.\n\n"
    "Des six documents signés, deux associent l'université à des établissements étrangers : "
    "l'Université Loire-Atlantique (France), pour un double diplôme ; et l'Université "
    "Laval-Nord (Canada), pour la mobilité des chercheurs. Deux autres s'adressent aux "
    "entreprises : la première, avec la Chambre de commerce, d'industrie et de services de "
    "Casablanca-Settat, vise l'insertion des lauréats, la seconde, avec le groupe Chaouia "
    "Lait, finance une chaire. Le reste du lot concerne les collectivités : la Commune de "
    "Settat s'engage sur la numérisation de ses archives, tandis que le Conseil provincial "
    "de Berrechid soutiendra une annexe de la faculté des sciences.")

PARTNERS = ["Université Loire-Atlantique", "Université Laval-Nord",
            "Chambre de commerce, d'industrie et de services de Casablanca-Settat",
            "Chaouia Lait", "Commune de Settat", "Conseil provincial de Berrechid"]


def test_each_group_gives_its_bodies_one_agreement_each_in_order() -> None:
    found = party_names(drafted(STORY, [], published_on="2024-03-14"))
    assert len(found) == 6
    for parties, partner in zip(found, PARTNERS, strict=True):
        assert any(n.startswith(partner) or n == partner for n in parties), (partner, parties)
        assert any(n.startswith("Université Hassan") for n in parties)


def test_groups_short_of_the_batch_still_rank_inside_themselves() -> None:
    text = STORY.replace("Le reste du lot concerne", "Par ailleurs, le président évoque")
    found = party_names(drafted(text, [], published_on="2024-03-14"))
    assert len(found) == 6
    # the ranks inside "Deux autres" are not the batch's first and second agreements
    assert not any(n.startswith("Chambre de commerce") for n in found[0])


SHARED = (
    "Six conventions de partenariat ont été signées samedi à Ifrane.\n\n"
    "Sur ces six textes, deux lient l'Université Al Akhawayn à des partenaires : le Conseil "
    "provincial d'Ifrane, pour des bourses ; et la Commune d'Azrou, pour une étude.\n\n"
    "Deux autres relèvent du tourisme. Conclues entre la Région Fès-Meknès et la Société "
    "marocaine d'ingénierie touristique (SMIT), elles portent sur des sentiers balisés et sur "
    "la station de Michlifen.\n\n"
    "Les deux dernières concernent la filière du cèdre : l'Agence nationale des eaux et "
    "forêts (ANEF) s'y engage, d'une part, avec la Coopérative Arz Atlas, d'autre part avec "
    "l'Association Cèdre Vivant.")


def test_a_body_named_before_a_groups_list_signs_each_of_its_agreements() -> None:
    found = party_names(drafted(SHARED, [], published_on="2017-06-20"))
    assert len(found) == 6
    assert all(any(n.startswith("Université Al Akhawayn") for n in a) for a in found[:2])
    assert any(n.startswith("Conseil provincial d'Ifrane") for n in found[0])
    assert any(n.startswith("Commune d'Azrou") for n in found[1])
    assert all(any("ANEF" in n or n.startswith("Agence nationale des eaux") for n in a)
               for a in found[4:])
    assert any("Arz Atlas" in n for n in found[4])
    assert any("Cèdre Vivant" in n for n in found[5])


def test_both_bodies_between_which_a_group_is_concluded_sign_each() -> None:
    found = party_names(drafted(SHARED, [], published_on="2017-06-20"))
    for a in found[2:4]:
        assert any(n.startswith("Région Fès-Meknès") or n == "region-fes-meknes" for n in a)
        assert any("SMIT" in n or n.startswith("Société marocaine d'ingénierie") for n in a)


HALVES = (
    "La journée a été marquée par la signature de six conventions par la ministre de "
    "l'Artisanat.\n\n"
    "La moitié d'entre elles engagent le département aux côtés de conseils régionaux — "
    "Marrakech-Safi, Souss-Massa et Drâa-Tafilalet — pour des espaces de vente. S'y "
    "ajoutent deux textes passés respectivement avec l'Office du développement de la "
    "coopération (ODCO) et avec le Réseau des coopératives de l'Atlas. La dernière associe "
    "le département à Barid Al-Maghrib.")


def test_half_added_and_last_groups_and_regions_named_alone() -> None:
    found = party_names(drafted(HALVES, [], published_on="2024-06-20"))
    assert len(found) == 6
    expected = ["Marrakech-Safi", "Souss-Massa", "Drâa-Tafilalet", "Office du développement",
                "Réseau des coopératives de l'Atlas", "Barid Al-Maghrib"]
    for parties, said in zip(found, expected, strict=True):
        assert any(said in n or said.lower().replace("â", "a") in n for n in parties), (
            said, parties)


def test_a_number_that_is_no_group_opens_none() -> None:
    text = SHARED.replace("Deux autres relèvent du tourisme.", "Trois cent jeunes en "
                          "bénéficieront. Deux autres relèvent du tourisme.")
    found = party_names(drafted(text, [], published_on="2017-06-20"))
    assert any(n.startswith("Commune d'Azrou") for n in found[1])
