"""Instruments of a joint commission "paraphés par les deux chefs de la diplomatie" (or "par
les deux coprésidents") are signed by the two foreign ministries: Morocco's, named before,
and the other country's, named before or only by that phrase."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [{"id": "maec", "name": "Ministère des Affaires étrangères et de la Coopération",
         "kind": "ministry", "country": "MA"}]

STORY = ("Rabat, 12 mars 2019 (MAP) - Le Maroc et le Ghana ont signé mardi à Rabat cinq "
         "accords, à l'issue de la 3e session de la commission mixte maroco-ghanéenne, "
         "que le ministre marocain des Affaires étrangères et de la Coopération, Nasser "
         "Bourita, a coprésidée avec son homologue ghanéenne.\n\n"
         "Les deux premiers accords ont été signés par le ministre de l'Agriculture, Aziz "
         "Akhannouch, et son homologue ghanéen. Les trois derniers accords ont été paraphés "
         "par les deux {who}.\n")


def test_the_two_heads_of_diplomacy_sign_the_last_three() -> None:
    for who in ("chefs de la diplomatie", "coprésidents"):
        names = party_names(drafted(STORY.format(who=who), BASE, published_on="2019-03-12"))
        assert len(names) == 5
        for found in names[2:]:
            assert found == ["Ministère des Affaires étrangères (Ghana)", "maec"], (who, names)
