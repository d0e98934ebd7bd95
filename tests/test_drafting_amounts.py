"""Amounts with their currency and use, jobs with their horizon, periods."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.amounts import find_amounts, find_periods
from conventions_cli.drafting.jobs import find_jobs


def amounts(text: str) -> list[tuple[int, str, str]]:
    return [(f.value["amount"], f.value["currency"], f.extra["use"])
            for f in find_amounts(text, 0, len(text))]


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("une enveloppe de 250 millions de dirhams", 250_000_000, "MAD"),
    ("un budget de 1,2 milliard de DH", 1_200_000_000, "MAD"),
    ("un investissement de 65 MMDH", 65_000_000_000, "MAD"),
    ("pour 48 MDH", 48_000_000, "MAD"),
    ("un prêt de 300 MUSD", 300_000_000, "USD"),
    ("un financement de 800 M$", 800_000_000, "USD"),
    ("un prêt de 158,6 millions de dollars", 158_600_000, "USD"),
    ("un don de 20 millions d'euros", 20_000_000, "EUR"),
    ("un don de 533 M€", 533_000_000, "EUR"),
    ("un fonds de trois milliards de dirhams", 3_000_000_000, "MAD"),
    ("un budget de 2.500 dirhams", 2_500, "MAD"),
    # the currency written first, as English-style dispatches do
    ("un prêt de USD 60 millions", 60_000_000, "USD"),
    ("un don de $12 millions", 12_000_000, "USD"),
    ("un don de € 7 millions", 7_000_000, "EUR"),
    # currencies of the partners Morocco signs with, each its own code
    ("un don de 600 millions de francs CFA", 600_000_000, "XOF"),
    ("un prêt de 30 millions de dollars canadiens", 30_000_000, "CAD"),
    ("une ligne de 4 milliards de wons", 4_000_000_000, "KRW"),
    ("un don de 3 millions de dinars tunisiens", 3_000_000, "TND"),
])
def test_amounts_and_currencies(text: str, amount: int, currency: str) -> None:
    assert amounts(text) == [(amount, currency, "funding")]


def test_targets_and_unit_prices_are_not_funding() -> None:
    assert amounts("un chiffre d'affaires de 90 MDH et une valeur ajoutée de 30 MDH") == [
        (90_000_000, "MAD", "target"), (30_000_000, "MAD", "target")]
    assert amounts("des exportations de 2 milliards de dirhams") == [
        (2_000_000_000, "MAD", "target")]
    assert amounts("des bourses de 5.000 dirhams par mois") == [(5_000, "MAD", "target")]
    assert amounts("un forfait de 900 dirhams par mois") == [(900, "MAD", "unit")]
    assert amounts("améliorer la balance commerciale de près de 8 MMDH") == [
        (8_000_000_000, "MAD", "target")]
    # a national strategy's own budget, beside an agreement signed under it
    assert amounts("la « Stratégie nationale belge de l'eau », dotée de 3 milliards d'euros") \
        == [(3_000_000_000, "EUR", "target")]
    assert amounts("une convention dotée de 40 MDH pour la stratégie de l'eau") == [
        (40_000_000, "MAD", "funding")]


def test_an_equivalent_is_marked_and_a_total_too() -> None:
    found = find_amounts("un montant global de 2 milliards de dirhams, soit 180 millions "
                         "d'euros", 0, 80)
    assert [(f.extra["total"], f.extra["equivalent"]) for f in found] == [(True, False),
                                                                          (False, True)]


@pytest.mark.parametrize(("text", "jobs"), [
    ("la création de 150 emplois directs d'ici 2029", {"direct": 150, "by": 2029}),
    ("12.000 emplois, dont 4.500 directs, à l'horizon 2026", {"direct": 4500, "by": 2026}),
    ("1 630 nouveaux emplois et un chiffre d'affaires de 9 MDH à l'horizon de 2023",
     {"direct": 1630, "by": 2023}),
    ("99 nouveaux postes", {"direct": 99}),
])
def test_jobs_and_their_horizon(text: str, jobs: dict[str, int]) -> None:
    assert [f.value for f in find_jobs(text, 0, len(text))] == [jobs]


def test_indirect_jobs_and_people_are_not_jobs() -> None:
    text = "800 emplois indirects et l'accompagnement de 1.200 auto-entrepreneurs"
    assert find_jobs(text, 0, len(text)) == []


@pytest.mark.parametrize(("text", "periods"), [
    ("pour la période 2022-2025", [(2022, 2025)]),
    ("le contrat-programme 2024-2030", [(2024, 2030)]),
    ("de 2024 à 2030", [(2024, 2030)]),
    ("la première phase entre 2026 et 2028, la seconde de 2028 à 2031", [(2026, 2031)]),
    ("de 94% en 2013 à 97% en 2017", []),
    ("un appui budgétaire pour la période 2015 et 2018", [(2015, 2018)]),
    ("sur la période 2019 à 2023", [(2019, 2023)]),
    ("sur 2026 — 2028", [(2026, 2028)]),
    ("créés en 2013 et 2017", []),
])
def test_periods(text: str, periods: list[tuple[int, int]]) -> None:
    assert [(f.value["start"], f.value["end"]) for f in find_periods(text, 0, len(text))] \
        == periods


def test_a_market_or_a_debt_is_not_funding() -> None:
    assert amounts("un marché estimé à 4 milliards de dollars") == [
        (4_000_000_000, "USD", "target")]
    assert amounts("une dette de 30 MDH") == [(30_000_000, "MAD", "target")]


def test_a_horizon_shared_by_two_coordinated_aims() -> None:
    text = ("relever les exportations à 20 MMDH à l'horizon 2030 et créer 15.000 nouveaux "
            "emplois")
    assert [f.value for f in find_jobs(text, 0, len(text))] == [{"direct": 15000, "by": 2030}]


@pytest.mark.parametrize(("text", "direct_said", "rough"), [
    ("le projet créera 1.200 emplois directs d'ici 2027", True, False),
    ("l'usine doit générer 640 postes à l'horizon 2028", False, False),
    ("la création de quelque 3 000 emplois à terme", False, True),
    ("près de 450 emplois directs sont attendus", True, True),
    ("un investissement porteur de 2.500 emplois, dont 900 directs", True, False),
])
def test_a_jobs_figure_not_said_direct_or_rounded_asks_the_curator(
        text: str, direct_said: bool, rough: bool) -> None:
    # The schema counts direct jobs: a figure the article does not call direct, or gives
    # as a round "quelque"/"près de", is drafted with a TODO saying which.
    (fact,) = find_jobs(text, 0, len(text))
    assert ("not say these jobs are direct" in fact.todo) is not direct_said
    assert ("approximate" in fact.todo) is rough
    assert (fact.todo == "") is (direct_said and not rough)


def test_an_amount_without_its_currency_takes_the_one_just_given() -> None:
    text = ("Le premier prêt, de 120 millions d'euros, finance les routes rurales ; le second, "
            "de 45 millions, appuie l'irrigation.")
    facts = find_amounts(text, 0, len(text))
    assert [f.value for f in facts] == [{"amount": 120_000_000, "currency": "EUR"},
                                        {"amount": 45_000_000, "currency": "EUR"}]
    assert "EUR" in facts[1].todo and not facts[0].todo


def test_a_bare_figure_with_no_amount_before_it_is_not_money() -> None:
    text = "La région compte 4 millions, selon le dernier recensement."
    assert find_amounts(text, 0, len(text)) == []


def test_a_list_of_one_amount_per_agreement_gives_them_out_in_turn() -> None:
    from drafting_cases import drafted

    base = [{"id": "mef", "name": "Ministère de l'Économie et des Finances", "acronym": "MEF",
             "kind": "ministry"}]
    result = drafted("Rabat — Le ministre de l'Économie et des Finances et son homologue "
                     "koweïtien ont signé lundi trois conventions de financement d'un montant "
                     "global de 210 millions de dollars. Il s'agit de dons pour les routes "
                     "rurales (90 millions de dollars), les écoles (70 millions de dollars) et "
                     "les dispensaires (50 millions de dollars). La troisième convention, de 50 "
                     "millions de dollars, sera gérée par le ministère de la Santé.", base)
    got = [a.get("funding") for a in result["agreements"]]
    assert got == [{"amount": 90_000_000, "currency": "USD"},
                   {"amount": 70_000_000, "currency": "USD"},
                   {"amount": 50_000_000, "currency": "USD"}]
    assert "one of the amounts the article lists in turn" in result["yaml"]


def test_amounts_sharing_their_unit_are_each_one_but_a_range_is_not() -> None:
    text = "deux dons de 6 et 4 millions d'euros, puis des prêts de 100, 50 et 25 M$"
    assert [(f.value["amount"], f.value["currency"]) for f in find_amounts(text, 0, len(text))] \
        == [(6_000_000, "EUR"), (4_000_000, "EUR"), (100_000_000, "USD"), (50_000_000, "USD"),
            (25_000_000, "USD")]
    text = "un coût estimé entre 10 et 12 millions de dirhams"
    assert [f.value["amount"] for f in find_amounts(text, 0, len(text))] == [10_000_000]
