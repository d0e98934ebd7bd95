"""What a loan article says around its signatories and sums: a currency written with a
capital, a minister's title with the ministry's acronym and honorifics, a contract "also
signed" at the same sitting, the earlier tranche a loan completes, a sum spelled out in
words, and lenders listed in brackets after "bailleurs de fonds"."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.amounts import find_amounts
from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions
from conventions_cli.drafting.normalize import analysis_text
from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def _mentions(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.name, m.acronym, m.person.name if m.person else None)
            for m in find_mentions(list(analyse(analysis_text(sentence)))) if not m.vague]


def test_a_currency_written_with_a_capital_is_no_body() -> None:
    found = _mentions("Un accord de don de 12 millions d'Euros a été signé, et un autre de 3 "
                      "millions de Dollars.")
    assert not [n for n, _a, _p in found if n.lower().startswith(("euro", "dollar"))]


def test_a_ministers_title_takes_the_ministrys_acronym_and_skips_honorifics() -> None:
    found = _mentions("Ainsi, la ministre de la Transition énergétique (MTE), S.E. Madame "
                      "Leila Haddaoui, et le directeur de la banque, Jan Weber, ont signé.")
    assert ("Ministère de la Transition énergétique", "MTE", "Leila Haddaoui") in found


def test_a_contract_also_signed_takes_the_first_ones_parties_with_a_note() -> None:
    text = ("La ministre des Finances, Salma Idrissi, et le directeur de la Banque nordique "
            "d'investissement (BNI), Lars Holm, ont procédé mardi à Rabat à la signature "
            "d'un accord de prêt de 90 millions d'euros.\n"
            "Un accord de don de 4 millions d'euros a aussi été signé pour financer les "
            "études du programme.\n")
    result = drafted(text, BASE, published_on="2025-06-11")
    found = party_names(result)
    assert len(found) == 2
    assert any("Banque nordique" in n for n in found[1])
    assert any("Finances" in n for n in found[1])
    assert result["yaml"].count("also signed, naming no party of its own") == 1


def test_the_earlier_tranche_a_loan_completes_is_not_its_amount() -> None:
    text = ("La ministre des Finances, Salma Idrissi, et le directeur de la Banque nordique "
            "d'investissement (BNI), Lars Holm, ont procédé mardi à la signature d'un "
            "contrat de prêt.\n"
            "Un contrat de don a aussi été signé pour les études du programme.\n"
            "Il s'agit de la deuxième tranche, de 90 millions d'euros, du prêt. Elle complète "
            "la première tranche de 200 millions d'euros accordée en mars 2021.\n")
    result = drafted(text, BASE, published_on=None)
    amounts = [(a.get("funding") or {}).get("amount") for a in result["agreements"]]
    assert 90_000_000 in amounts
    assert 200_000_000 not in amounts


def test_a_sum_spelled_out_in_milliards_and_millions() -> None:
    text = "un prêt d'un milliard deux cent cinquante millions de dirhams"
    assert [f.value for f in find_amounts(text, 0, len(text))] == [
        {"amount": 1_250_000_000, "currency": "MAD"}]


def test_lenders_listed_in_brackets_after_bailleurs_de_fonds_sign() -> None:
    lenders = [{"id": "bei", "name": "Banque européenne d'investissement", "acronym": "BEI",
                "kind": "international"},
               {"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
                "kind": "international"}]
    text = ("L'Agence solaire du Sud (ASS), l'Etat et différents bailleurs de fonds (BAD, BEI) "
            "ont signé vendredi à Rabat des conventions de financement.\n")
    found = party_names(drafted(text, BASE + lenders, published_on="2025-06-11"))
    assert found and all({"bei", "bad"} <= set(parties) for parties in found)


def test_a_tally_of_all_agreements_so_far_is_not_the_days_count() -> None:
    text = ("Un accord d'exploration et un contrat de reconnaissance ont été signés mardi à "
            "Rabat entre l'Office des mines du Sud (OMS) et la société Borealis Energy.\n"
            "Avec ces signatures, l'Office compte désormais 31 accords et neuf contrats de "
            "reconnaissance avec 19 sociétés.\n"
            "La signature de ces accords et contrats relève de la stratégie de l'Office.\n")
    assert len(drafted(text, BASE, published_on="2025-06-11")["agreements"]) == 2


def test_a_speaker_quoted_on_the_convention_tells_the_same_one() -> None:
    text = ("La Caisse marocaine des retraites (CMR) et l'Ordre des architectes ont signé "
            "mercredi à Rabat une convention sur les pensions des architectes.\n"
            "« Nous avons signé une convention par laquelle l'Ordre verse les cotisations de "
            "ses membres », a déclaré son président.\n")
    assert len(drafted(text, BASE, published_on="2025-06-12")["agreements"]) == 1


def test_the_agreement_an_exchange_of_notes_is_about_is_not_another() -> None:
    text = ("Le Maroc et la Corée ont conclu jeudi un échange de notes, relatif à un accord "
            "de crédit de 30 milliards de wons pour la ligne ferroviaire de Safi.\n")
    assert len(drafted(text, BASE, published_on="2025-06-13")["agreements"]) == 1
