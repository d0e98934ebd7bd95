"""Who the parties are, on press sentences written for these tests: the base's own states,
delegate ministries and bodies found as a gazetteer; signatories read from the sentence's
structure; countries named only as context; twinned towns; a body's department."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain (Gouvernement du Royaume du Maroc)",
     "kind": "state", "country": "MA", "aliases": ["Etat marocain", "Royaume du Maroc"]},
    {"id": "etat-chili", "name": "République du Chili (Gouvernement)", "kind": "state",
     "country": "CL"},
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "acronym": "MEF",
     "kind": "ministry", "aliases": ["Ministère délégué chargé du Budget"]},
    {"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
     "kind": "international"},
]


def draft(text: str, published_on: str = "2025-03-12", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def test_a_state_named_by_its_country_is_the_state_the_base_has_for_that_country() -> None:
    result = draft("Rabat — Le Chili et le Maroc ont signé jeudi un accord de coopération "
                   "dans le domaine de la pêche artisanale.")
    assert sorted(parties(result)[0]) == ["etat-chili", "etat-marocain"]
    assert result["organizations"] == []


def test_a_plural_participle_before_the_first_agreement_signs_all_of_them() -> None:
    result = draft("Rabat — Deux conventions de prêt ont été signées jeudi entre le Maroc "
                   "et la Banque africaine de développement.\n\nSignées par le ministre de "
                   "l'Économie et des Finances, Karim Alami, et le représentant de la BAD, "
                   "Paul Durand, la première convention finance des pistes rurales et la "
                   "seconde un réseau d'irrigation dans le Gharb.")
    assert [sorted(p) for p in parties(result)] == [["bad", "mef"], ["bad", "mef"]]


def test_a_delegate_minister_attached_to_a_minister_signs_for_the_ministry_the_base_has(
        ) -> None:
    result = draft("Rabat — La convention a été signée mardi par le ministre délégué auprès "
                   "de la ministre de l'Économie et des Finances, chargé du Budget, Karim "
                   "Alami, et le représentant de la BAD au Maroc, Paul Durand.")
    assert sorted(parties(result)[0]) == ["bad", "mef"]
    assert result["organizations"] == []


TOWNS = [*BASE, {"id": "commune-dakhla", "name": "Commune de Dakhla", "kind": "public-body"},
         {"id": "region-souss-massa", "name": "Région Souss-Massa (Conseil régional)",
          "kind": "public-body"}]


def test_a_commune_and_a_foreign_town_twinned_are_two_bodies() -> None:
    result = draft("Tiznit — La commune de Tiznit et la ville de Narbonne ont signé samedi "
                   "une convention de jumelage portant sur la culture et le sport.")
    assert party_names(result) == [["Commune de Tiznit", "Ville de Narbonne"]]


def test_a_mayor_signs_for_the_commune_and_his_counterpart_for_his_town() -> None:
    result = draft("Dakhla — Le maire de Dakhla, Ali Bennani, et celui de Grenade, Luis de la "
                   "Vega Ortiz, ont paraphé lundi un protocole de coopération.",
                   organizations=TOWNS)
    assert party_names(result) == [["Mairie de Grenade", "commune-dakhla"]]
    assert [p["name"] for p in result["people"]] == ["Ali Bennani", "Luis de la Vega Ortiz"]


def test_a_mayor_whose_name_runs_on_after_the_town_signs_for_the_town() -> None:
    result = draft("Meknès — Le maire de Meknès Karim Tazi a signé jeudi un accord de "
                   "coopération avec la mairie de Cordoue.")
    assert party_names(result) == [["Commune de Meknès", "Mairie de Cordoue"]]


def test_a_regional_president_and_his_counterpart_of_another_region_both_sign() -> None:
    result = draft("Agadir — Le président de la région de Zinder et son homologue de la région "
                   "Souss-Massa ont signé vendredi une convention de coopération décentralisée.",
                   organizations=TOWNS)
    assert party_names(result) == [["Région de Zinder", "region-souss-massa"]]


def test_the_province_in_brackets_after_a_commune_says_where_it_lies() -> None:
    result = draft("Tafraout — Une convention de jumelage a été signée mardi entre la commune "
                   "rurale de Tafraout (province de Tiznit) et la commune française de Vierzon. "
                   "Elle a été signée lors d'une visite effectuée par une délégation de Vierzon.")
    assert party_names(result) == [["Commune de Tafraout", "Commune de Vierzon"]]


UNITS = [*BASE, {"id": "ofppt", "name": "Office de la formation professionnelle et de la "
                 "promotion du travail", "acronym": "OFPPT", "kind": "public-body"},
         {"id": "kfw", "name": "KfW (Banque allemande de développement)", "acronym": "KfW",
          "kind": "international", "country": "DE"}]


def test_a_department_of_a_body_signs_for_the_body() -> None:
    result = draft("Taza — La direction régionale de l'OFPPT et la division de l'action sociale "
                   "de la province de Taza ont conclu jeudi une convention de partenariat.",
                   organizations=UNITS)
    assert party_names(result) == [["Province de Taza", "ofppt"]]


def test_the_office_of_a_foreign_bank_in_the_country_is_the_bank() -> None:
    result = draft("Rabat — La convention a été signée lundi par Karim Tazi, directeur de "
                   "l'OFPPT, et Weber, directeur du Bureau KfW au Maroc.", organizations=UNITS)
    assert party_names(result) == [["kfw", "ofppt"]]
    assert result["organizations"] == []


def test_a_department_whose_body_is_not_named_stays_itself() -> None:
    result = draft("Fès — Un accord de coopération a été conclu mardi avec la Direction du "
                   "partenariat euro-africain, en marge du forum.", organizations=UNITS)
    assert party_names(result) == [["Direction du partenariat euro-africain"]]


def test_the_two_parties_the_body_does_not_name_come_from_the_headline() -> None:
    result = draft("L'OFPPT et la Fédération marocaine du cuir scellent un partenariat\n\n"
                   "Fès — Une convention a été signée lundi à Fès entre les deux parties. Elle "
                   "vise la formation de 600 artisans aux métiers de la maroquinerie.",
                   organizations=UNITS)
    assert party_names(result) == [["Fédération marocaine du cuir", "ofppt"]]


def test_the_two_parties_come_from_the_sentence_after_when_no_headline_names_them() -> None:
    result = draft("Une convention a été signée entre les deux. Et ce, au siège de l'OFPPT en "
                   "présence du ministre de tutelle et des membres du bureau national de "
                   "l'Union des coopératives féminines.", organizations=UNITS)
    assert party_names(result) == [["Union des coopératives féminines", "ofppt"]]


def test_countries_given_as_examples_or_signing_in_an_earlier_year_are_not_parties() -> None:
    result = draft("Rabat — L'OFPPT, qui a signé par le passé des conventions avec des pays tels "
                   "que le Niger, le Tchad et le Bénin, a signé mardi une convention-cadre avec "
                   "l'Université Ibn Zohr. Le Togo a également signé un accord du même type en "
                   "2019.", organizations=UNITS)
    assert party_names(result) == [["Université Ibn Zohr", "ofppt"]]


def test_cette_institution_is_not_a_body_inside_the_event_s_name() -> None:
    base = [*BASE, {"id": "bm", "name": "Banque mondiale", "acronym": "BM",
                    "kind": "international"}]
    result = drafted("Marrakech — Un accord de coopération a été signé samedi entre le Maroc et "
                     "le Fonds arabe pour le droit (FAD). Signé par Leila Benali, ministre de "
                     "l'Économie et des Finances, et Omar Salem, président du FAD, en "
                     "marge du Forum annuel de la Banque mondiale, ledit accord fixe les "
                     "domaines de coopération entre cette institution et ses partenaires "
                     "marocains.", base)
    assert parties(result) == [["fad", "mef"]]


def test_l_etablissement_public_is_the_public_body_named_before() -> None:
    base = [*BASE, {"id": "onp", "name": "Office national des pêches", "acronym": "ONP",
                    "kind": "public-body"}]
    result = drafted("Agadir — La coopérative Al Bahr rejoint les adhérents de l'Office "
                     "national des pêches (ONP). L'établissement public et la coopérative Al "
                     "Bahr ont signé mardi à Agadir une convention de partenariat.", base)
    assert parties(result) == [["onp", "al-bahr"]]


def test_names_after_the_source_speaks_are_not_the_signing_s() -> None:
    result = drafted("Rabat — La convention a été signée entre la Banque africaine de "
                     "développement (BAD) et le ministère de l'Économie et des Finances, précise "
                     "le communiqué, ajoutant qu'une rencontre a réuni ensuite avec eux les "
                     "responsables de l'Agence Alpha et de l'Office Beta.", BASE)
    assert parties(result) == [["bad", "mef"]]
