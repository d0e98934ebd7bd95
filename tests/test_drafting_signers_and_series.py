"""Who signs for a lender and what the press calls them: "le représentant résident de la
JICA", "le vice-président de la BAD chargé de l'agriculture", "l'ONG espagnole X", "Mme
Carmen GARCÍA"; and a loan's rank in a series over the years, which counts nothing signed
today. Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry"},
    {"id": "jica", "name": "Agence japonaise de coopération internationale", "acronym": "JICA",
     "kind": "international"},
    {"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
     "kind": "international"},
]


def draft(text: str, published_on: str = "2026-02-04", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def signers(result: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((s["person"], s["org"]) for a in result["agreements"]
                  for s in a.get("signatories") or [])


def test_a_resident_representative_signs_for_his_agency() -> None:
    result = draft("La ministre de l'Économie et des Finances, Salma Idrissi, et le représentant "
                   "résident de la JICA au Maroc, Kenji Mori, ont signé mardi à Rabat un accord "
                   "de prêt de 12 milliards de yens.")
    assert signers(result) == [("kenji-mori", "jica"), ("salma-idrissi", "mef")]


def test_a_vice_president_with_a_remit_signs_for_his_bank() -> None:
    result = draft("La ministre de l'Économie et des Finances, Salma Idrissi, et le "
                   "vice-président de la Banque africaine de développement (BAD) chargé de "
                   "l'énergie, Paul Mensah, ont signé mardi à Abidjan un accord de prêt de "
                   "90 millions d'euros.")
    assert signers(result) == [("paul-mensah", "bad"), ("salma-idrissi", "mef")]


def test_a_loan_s_rank_in_a_series_is_not_a_count() -> None:
    result = draft("Le ministre de l'Économie et des Finances et la JICA ont signé mardi 3 "
                   "février à Rabat un accord de prêt de 8 milliards de yens pour l'eau "
                   "potable. Il s'agit du troisième prêt de la JICA à ce secteur, après ceux "
                   "de 2016 et de 2020.")
    assert len(result["agreements"]) == 1


def test_an_ngo_described_by_its_country_is_named_by_its_name() -> None:
    result = draft("La présidente de l'ONG italienne Acqua per Tutti, Mme Giulia ROSSI, et le "
                   "ministère de l'Économie et des Finances ont signé lundi une convention "
                   "de partenariat.")
    assert names_of(result) == {"mef", "Acqua per Tutti"}
    ngo = next(o for o in result["organizations"] if o["name"] == "Acqua per Tutti")
    assert (ngo["kind"], ngo.get("country")) == ("association", "IT")
    assert [p["name"] for p in result["people"]] == ["Giulia Rossi"]


def test_several_signed_then_counted_further_on() -> None:
    result = draft("Plusieurs conventions de partenariat ont été signées mercredi à Agadir en "
                   "marge d'un salon de la pêche. Au terme de trois conventions, le ministère de "
                   "l'Économie et des Finances renforce sa coopération avec des ports "
                   "étrangers.")
    assert len(result["agreements"]) == 3


@pytest.mark.parametrize(("written", "amount", "currency"), [
    ("40 millions d'unités de compte", 40_000_000, "XUA"),
    ("12 millions de DTS", 12_000_000, "XDR"),
    ("3 milliards de francs CFA BEAC", 3_000_000_000, "XAF"),
    ("3 milliards de FCFA", 3_000_000_000, "XOF"),
    ("2 milliards d'ouguiyas", 2_000_000_000, "MRU"),
])
def test_the_currencies_lenders_and_neighbours_count_in(written: str, amount: int,
                                                        currency: str) -> None:
    result = draft(f"La ministre de l'Économie et des Finances et la BAD ont signé mardi à "
                   f"Rabat un accord de prêt de {written}.")
    assert result["agreements"][0]["funding"] == {"amount": amount, "currency": currency}


def test_a_ministry_of_a_country_s_people_abroad_is_that_country_s() -> None:
    result = draft("Un mémorandum d'entente sur la migration entre le Maroc et le Niger a été "
                   "signé lundi à Niamey. Il a été paraphé par le ministre de l'Économie et des "
                   "Finances, Salma Idrissi, et le ministre des Nigériens de l'extérieur, "
                   "Issa Maiga.")
    countries = {o["name"]: o.get("country") for o in result["organizations"]}
    assert countries.get("Ministère des Nigériens de l'extérieur (Niger)") == "NE"
    assert [[p["org"] for p in a["parties"]] for a in result["agreements"]] == [
        ["mef", "ministere-nigeriens-exterieur-ne"]]  # the State of Niger signs through it


@pytest.mark.parametrize("strategy", ["du Plan Maroc Vert 2008-2020",
                                      "de la stratégie Génération Green 2020-2030",
                                      "du Programme National d'Assainissement 2006-2030"])
def test_the_years_of_a_strategy_s_name_ask_to_be_checked(strategy: str) -> None:
    result = draft(f"La ministre de l'Économie et des Finances et la BAD ont signé mardi à "
                   f"Rabat un accord de prêt de 90 millions d'euros dans le cadre {strategy}.")
    # a national plan's years are not the agreement's period: none is drafted, and a TODO
    # quotes them for the curator
    assert not result["agreements"][0].get("period")
    todo = next(x for x in result["yaml"].splitlines() if "a national plan's years" in x)
    assert f"{strategy[-9:]}\"" in todo


def test_the_years_in_an_agreement_s_own_name_are_its_period() -> None:
    result = draft("La ministre de l'Économie et des Finances et la BAD ont signé mardi à "
                   "Rabat le Contrat-Programme 2026-2029 de la Banque au Maroc.")
    assert result["agreements"][0]["period"] == {"start": 2026, "end": 2029}
    assert "the years follow a name" not in result["yaml"]


def test_a_place_from_the_dateline_alone_asks_to_be_checked() -> None:
    result = draft("Rabat, 3 février 2026 (MAP) - La ministre de l'Économie et des Finances et "
                   "la BAD ont signé lundi un accord de prêt de 90 millions d'euros.")
    line = next(x for x in result["yaml"].splitlines() if x.strip().startswith("place:"))
    assert "place: Rabat" in line and "TODO: the dateline's city" in line


def test_millions_of_centimes_are_counted_in_dirhams() -> None:
    result = draft("La Région de l'Oriental et la BAD ont signé mardi à Oujda une convention de "
                   "50 millions de centimes pour un centre de formation.")
    assert result["agreements"][0]["funding"] == {"amount": 500_000, "currency": "MAD"}
    assert "TODO: the article counts in centimes" in result["yaml"]
