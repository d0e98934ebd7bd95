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
