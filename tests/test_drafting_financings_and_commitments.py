"""Financings told one by one before their count, an amount told before the signing for
something else, what a memorandum sets up, parties told only by their commitments,
conventions the article calls investment conventions, and visits and tours as occasions."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, party_names, types

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def test_a_credit_line_and_a_grant_told_apart_are_one_agreement_each() -> None:
    text = ("La Banque européenne d'investissement (BEI) a accordé à la Banque Populaire du "
            "Sud une ligne de crédit de 40 millions d'euros pour les petites exploitations. "
            "La BEI a aussi octroyé une subvention de 450.000 euros pour former les agents "
            "de la banque, en vertu de deux accords signés jeudi par les deux institutions.\n")
    result = drafted(text, BASE, published_on="2025-02-14")
    funding = [a.get("funding") for a in result["agreements"]]
    assert funding == [{"amount": 40_000_000, "currency": "EUR"},
                       {"amount": 450_000, "currency": "EUR"}]
    assert "reported for all" not in result["yaml"]


def test_an_amount_told_before_the_signing_for_something_else_is_not_its_own() -> None:
    text = ("Le gouverneur a remis 8 ambulances aux communes de la province, pour un montant "
            "de 2,4 millions de DH.\n"
            "Il a ensuite signé une convention de partenariat avec les présidents de 12 "
            "communes rurales pour former 30 secouristes. Le coût de cette formation "
            "s'élève à 210 000 DH.\n")
    agreement = drafted(text, BASE, published_on="2025-02-14")["agreements"][0]
    assert agreement["funding"] == {"amount": 210_000, "currency": "MAD"}


def test_what_a_memorandum_sets_up_is_no_agreement_of_its_own() -> None:
    text = ("Le Maroc et le Chili ont signé jeudi à Rabat un mémorandum d'entente instituant "
            "un programme exécutif de coopération dans la pêche pour 2025-2028.\n")
    assert len(drafted(text, BASE, published_on="2025-02-14")["agreements"]) == 1


def test_parties_told_only_by_their_commitments() -> None:
    text = ("Cet accord a été signé hier à Agadir en marge d'un colloque sur l'irrigation. "
            "Le ministère de l'Agriculture, de la Pêche maritime et du Développement rural "
            "marocain assistera le ministère nigérien de l'Hydraulique dans la conduite de "
            "ses projets. Pour sa part, la FAO assurera le suivi technique des activités.\n")
    result = drafted(text, BASE, published_on="2025-02-14")
    found = names_of(result)
    assert any("FAO" in n for n in found)
    assert any("Agriculture" in n for n in found)
    assert any("Hydraulique" in n for n in found)
    assert "check them" in result["yaml"]


def test_parties_no_sentence_commits_are_not_guessed() -> None:
    text = ("Cet accord a été signé hier à Agadir. Il vise à échanger des expériences dans "
            "l'irrigation et la gestion des barrages.\n")
    assert names_of(drafted(text, BASE, published_on="2025-02-14")) == set()


@pytest.mark.parametrize("lead", [
    "Une cinquantaine de conventions ont été signées lundi à Rabat, portant sur des "
    "investissements dans neuf régions.",
    "Douze conventions ont été signées lundi à Oujda en vue d'installer des projets "
    "d'investissement dans la zone industrielle.",
])
def test_conventions_the_lead_says_carry_investments_are_investment_conventions(
        lead: str) -> None:
    assert set(types(drafted(lead + "\n", BASE, published_on="2025-02-18"))) == {"other"}


def test_bare_conventions_for_a_partnership_stay_partnership_conventions() -> None:
    text = "Deux conventions ont été signées lundi à Oujda pour la formation des jeunes.\n"
    assert set(types(drafted(text, BASE, published_on="2025-02-18"))) == {
        "convention-partenariat"}


def _events(text: str) -> list[str]:
    return [e["name"] for e in drafted(text, BASE, published_on="2025-02-14")["events"]]


def test_a_stage_of_a_royal_tour_names_the_tour() -> None:
    text = ("Le Maroc et le Kenya ont signé, hier, 12 accords bilatéraux, lors de l'étape "
            "kényane de la tournée royale en Afrique de l'Est.\n")
    assert any(n.startswith("Tournée royale en Afrique de l'Est") for n in _events(text))


def test_a_visit_alongside_which_the_signing_happened_names_its_visitor() -> None:
    text = ("Parallèlement à la visite de travail du Premier ministre belge Jan Peeters au "
            "Maroc, les deux pays ont signé jeudi deux accords de prêt.\n")
    assert any("Jan Peeters" in n for n in _events(text))


UNCOUNTED_BETWEEN = (
    "Les conventions pour la construction de la station de traitement des eaux usées "
    "d'Essaouira ont été signées, mardi 4 mars à Rabat, entre le ministère de l'Intérieur, "
    "la Région Marrakech-Safi, l'ONEE, des banques allemandes et le Crédit du Sud.\n")


def test_uncounted_conventions_between_several_bodies_are_signed_by_all_of_them() -> None:
    each = [set(found) for found in party_names(drafted(UNCOUNTED_BETWEEN, BASE,
                                                        published_on="2025-03-05"))]
    assert len(each) == 2  # a plural no number counts: two at least
    assert each[0] == each[1]
    assert any("Intérieur" in n for n in each[0])


def test_a_body_named_after_an_unnamed_item_of_the_list_signs_too() -> None:
    found = names_of(drafted(UNCOUNTED_BETWEEN, BASE, published_on="2025-03-05"))
    assert "Crédit du Sud" in found


@pytest.mark.parametrize("kind", ["vingt conventions d'agrégation",
                                  "une convention de refinancement",
                                  "une convention de maîtrise d'ouvrage déléguée"])
def test_conventions_of_a_kind_of_their_own_are_other(kind: str) -> None:
    text = f"L'Agence de l'oasis et la Banque du Sud ont signé lundi à Errachidia {kind}.\n"
    assert set(types(drafted(text, BASE, published_on="2025-02-18"))) == {"other"}


def test_a_signed_cooperation_project_beside_a_programming_framework_is_another() -> None:
    text = ("L'UNICEF a signé jeudi à Rabat avec le Maroc un cadre de programmation pays pour "
            "2026-2030, doté de 12 millions de dollars.\n"
            "Un projet de coopération triangulaire Maroc-UNICEF-Niger a aussi été signé, pour "
            "un budget de 150 000 dollars.\n")
    result = drafted(text, BASE, published_on="2025-02-14")
    assert types(result) == ["other", "other"]
    assert [a.get("funding") for a in result["agreements"]] == [
        {"amount": 12_000_000, "currency": "USD"}, {"amount": 150_000, "currency": "USD"}]


def test_a_cooperation_project_only_announced_is_no_agreement() -> None:
    text = ("L'UNICEF a signé jeudi à Rabat avec le Maroc un cadre de programmation pays pour "
            "2026-2030. Un projet de coopération avec le Niger sera lancé l'an prochain.\n")
    assert len(drafted(text, BASE, published_on="2025-02-14")["agreements"]) == 1
