"""A batch whose projects are listed with one amount each: "une dizaine de conventions …
portent sur A avec un budget global de 240 MDH, dont 80 MDH de la région, B (110 MDH) …",
then "Quant aux six autres conventions, elles visent …" with six more. Each group's
agreements get the amounts its own sentences list, in turn; the group's "autres" are the
last ones; the total of all and the part inside an amount are no item."""

from __future__ import annotations

from drafting_cases import drafted

STORY = (
    "Le ministre de l'Équipement, Karim Nassiri, a présidé mardi à Béni Mellal la signature "
    "d'une dizaine de conventions, pour une enveloppe globale dépassant 900 millions de "
    "dirhams, afin de désenclaver les provinces de la région.\n\n"
    "Paraphées par le ministre et le président du conseil de la région, Hamid Ouazzani, ces "
    "conventions portent sur l'élargissement de la route de Kasba Tadla pour un coût total "
    "de 240 millions DH, dont 80 MDH apportés par la région, la "
    "réfection du pont d'Azilal (110 MDH), le renforcement de la route de Khénifra (près de "
    "100 MDH) et l'aménagement de pistes à Fquih Ben Salah (50 MDH).\n\n"
    "Quant aux six autres conventions, elles visent l'aménagement des accès de Demnate "
    "(60 MDH), d'Ouaouizeght (70 MDH) et de Zaouiat Cheikh (60 MDH).\n\n"
    "Elles concernent aussi la mise à niveau de la rocade de Béni Mellal avec une enveloppe "
    "totale de 80 MDH, des ouvrages d'art à Kasba Tadla (30 MDH) et la signalisation des "
    "routes du Moyen Atlas (20 MDH).")

AMOUNTS = [240, 110, 100, 50, 60, 70, 60, 80, 30, 20]


def funding(text: str) -> list[int | None]:
    result = drafted(text, [], published_on="2021-06-09")
    return [(a.get("funding") or {}).get("amount") for a in result["agreements"]]


def test_each_group_gives_its_listed_amounts_in_turn() -> None:
    assert funding(STORY) == [k * 1_000_000 for k in AMOUNTS]


def test_each_amount_so_given_says_the_order_decided() -> None:
    result = drafted(STORY, [], published_on="2021-06-09")
    assert "lists for this group in turn" in result["yaml"]
    assert result["yaml"].count("lists for this group in turn") == len(AMOUNTS)


def test_one_amount_too_few_in_a_group_gives_none_of_that_group() -> None:
    short = STORY.replace(" et la signalisation des routes du Moyen Atlas (20 MDH)", "")
    found = funding(short)
    assert found[:4] == [k * 1_000_000 for k in AMOUNTS[:4]]
    assert found[4:] == [None] * 6


def test_the_others_are_the_last_of_the_count() -> None:
    result = drafted(STORY, [], published_on="2021-06-09")
    assert len(result["agreements"]) == 10
    assert (result["agreements"][4].get("funding") or {}).get("amount") == 60_000_000


RANKED_AFTER_A_LIST = (
    "La ministre de l'Économie, Nadia Fettah, et son homologue qatari ont signé lundi à Doha "
    "trois conventions de financement totalisant 260 millions de dollars. Ce sont des dons "
    "destinés au barrage de Kheng Grou (90 millions de dollars), à l'équipement des centres "
    "de santé (60 millions de dollars) et à l'appui aux coopératives (110 millions de "
    "dollars).\n\n"
    "Selon la ministre, interrogée par la presse, les deux premières conventions, qui "
    "pèsent 150 millions de dollars, relèvent de la part du Qatar dans l'aide du Golfe, "
    "tandis que la troisième apporte 110 millions de dollars hors de cette aide.")


def test_a_list_in_the_lead_comes_before_what_ranks_say_further_down() -> None:
    assert funding(RANKED_AFTER_A_LIST) == [90_000_000, 60_000_000, 110_000_000]
