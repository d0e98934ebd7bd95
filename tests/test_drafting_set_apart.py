"""One agreement set apart from the rest ("Hormis l'accord …, signé par A et B, les six
autres textes ont été paraphés par C et D"): two segments, each signed by its own names."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [{"id": "maec", "name": "Ministère des Affaires étrangères et de la Coopération",
         "kind": "ministry", "country": "MA"},
        {"id": "agri", "name": "Ministère de l'Agriculture", "kind": "ministry",
         "country": "MA"}]
PEOPLE = [{"id": "karim-alami", "name": "Karim Alami"}]

STORY = ("Lisbonne – Le Maroc et le Portugal ont conclu, jeudi à Lisbonne, {n} accords de "
         "coopération au terme de la 15ème Réunion de haut niveau maroco-portugaise.\n\n"
         "{opening} {apart}, signé par le ministre de l'Agriculture, Ahmed Berrada, et son "
         "homologue portugais, Luis Costa, les {rest} autres {noun} ont été paraphés par les "
         "deux chefs de la diplomatie.\n\n"
         "Ils portent entre autres sur l'énergie, la culture et la protection civile.\n")


def test_the_one_set_apart_and_the_others_have_their_own_signatories() -> None:
    for opening, apart, noun in (("Hormis", "l'accord dans le domaine de la pêche", "textes"),
                                 ("À l'exception du", "mémorandum sur la pêche", "accords"),
                                 ("En dehors de", "la convention relative aux forêts",
                                  "documents")):
        story = STORY.format(n="sept", opening=opening, apart=apart, rest="six", noun=noun)
        names = party_names(drafted(story, BASE, published_on="2025-03-07"))
        assert len(names) == 7, (opening, names)
        assert names[0] == ["Ministère de l'Agriculture (Portugal)", "agri"], (opening, names)
        for found in names[1:]:
            assert found == ["Ministère des Affaires étrangères (Portugal)", "maec"], (
                opening, names)


def test_counts_that_do_not_add_up_leave_the_segments_alone() -> None:
    # eight told, one set apart and six others: the article's arithmetic is not trusted
    story = STORY.format(n="huit", opening="Hormis", apart="l'accord sur la pêche",
                         rest="six", noun="textes")
    names = party_names(drafted(story, BASE, published_on="2025-03-07"))
    assert len(names) == 8
    assert not all(found == ["Ministère des Affaires étrangères (Portugal)", "maec"]
                   for found in names[1:7])
