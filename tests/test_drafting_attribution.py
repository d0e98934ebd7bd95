"""What a curator trusts a draft for: a signing announced is no signed agreement, an
impossible date is said to be one, a city abroad is a place of signing, and a figure goes
to the agreement its sentence speaks of (or to all of them, with a TODO). Each test
drafts press sentences written for it."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "mic", "name": "Ministère de l'Industrie et du Commerce", "kind": "ministry",
     "acronym": "MIC"},
]


def draft(text: str, published_on: str = "2025-05-14", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


@pytest.mark.parametrize("text", [
    "Le ministère de l'Industrie et du Commerce et l'Association des tanneurs de Fès "
    "signeront le 20 juin prochain à Fès une convention-cadre de 30 millions de dirhams.",
    "L'Office national des aéroports et la Banque européenne d'investissement devraient "
    "signer en juillet un accord de prêt de 150 millions d'euros.",
    "Une convention de partenariat sera signée le 3 octobre prochain à Oujda entre "
    "l'Agence de l'Oriental et l'Université Mohammed Premier.",
    "La Région Souss-Massa et l'Office chérifien des phosphates s'apprêtent à signer un "
    "protocole d'accord sur le dessalement.",
])
def test_a_signing_announced_is_no_signed_agreement(text: str) -> None:
    result = draft(text)
    assert result["agreements"] == []
    assert "announces a signing still to come" in result["yaml"]
    assert "as of 2025-05-14" in result["yaml"]


def test_a_signing_done_stands_beside_one_announced() -> None:
    result = draft("Le ministère de l'Industrie et du Commerce et l'Association des "
                   "fabricants de meubles ont signé lundi à Salé une convention-cadre. Les "
                   "deux parties signeront ensuite des conventions spécifiques.")
    assert len(result["agreements"]) == 1
    assert result["agreements"][0]["place"] == "Salé"


@pytest.mark.parametrize(("text", "said"), [
    ("ont signé le 31 février à Rabat une convention-cadre", "le 31 février"),
    ("ont signé mardi 31 avril 2025 à Rabat une convention-cadre", "mardi 31 avril 2025"),
    ("ont signé le 30 février 2025 à Rabat une convention-cadre", "le 30 février 2025"),
])
def test_an_impossible_date_is_said_to_be_one(text: str, said: str) -> None:
    result = draft("Le ministère de l'Industrie et du Commerce et l'Association des "
                   f"fabricants de meubles {text}.")
    line = next(x for x in result["yaml"].splitlines() if "signed_on" in x)
    assert f'from: "{said}"' in line and "not a real date" in line
    assert "no signing date found" not in line
    assert result["agreements"][0]["signed_on"] is None


@pytest.mark.parametrize(("where", "place"), [
    ("à Dakar", "Dakar"), ("au Caire", "Le Caire"), ("à New Delhi", "New Delhi"),
    ("à Addis-Abeba", "Addis-Abeba"), ("à Nouakchott", "Nouakchott"), ("à Riyad", "Riyad"),
])
def test_a_capital_abroad_is_a_place_of_signing(where: str, place: str) -> None:
    result = draft("Le ministre de l'Industrie et du Commerce et son homologue étranger ont "
                   f"signé lundi 3 mars 2025 {where} un accord de coopération industrielle.")
    a = result["agreements"][0]
    assert a["place"] == place and a.get("region") is None
    line = next(x for x in result["yaml"].splitlines() if x.strip().startswith("place:"))
    assert "TODO" not in line


def test_a_place_abroad_the_base_records_is_a_place_of_signing() -> None:
    text = ("La Région de l'Oriental et le département du Loiret ont signé vendredi à "
            "Montargis une convention de coopération décentralisée.")
    known = draft(text, places=["Montargis", "Rabat"])
    assert known["agreements"][0]["place"] == "Montargis"
    assert "TODO" not in next(x for x in known["yaml"].splitlines() if "place:" in x)
    line = next(x for x in draft(text)["yaml"].splitlines() if "place:" in x)
    assert "TODO" in line  # unknown to both lists: a place, to check


def test_a_title_before_the_verb_does_not_move_the_signing_abroad() -> None:
    result = draft("Le ministre délégué chargé du Budget et l'ambassadeur du Japon ont signé "
                   "lundi à Rabat un échange de notes relatif à un don de 300 millions de yens.")
    a = result["agreements"][0]
    assert (a["place"], a["region"]) == ("Rabat", "Rabat-Salé-Kénitra")
    assert "not a Moroccan city" not in result["yaml"]


def figures(result: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(a["type"], (a.get("funding") or {}).get("amount"), (a.get("jobs") or {}).get(
        "direct")) for a in result["agreements"]]


@pytest.mark.parametrize(("amended", "said"), [
    ("un avenant à la convention d'investissement de 2018",
     "convention d'investissement de 2018"),
    ("un avenant au contrat-programme de 2019", "contrat-programme de 2019"),
    ("un avenant n° 2 à la convention de 2016", "convention de 2016"),
])
def test_an_amendment_keeps_its_amount_and_the_next_agreement_its_own(amended: str,
                                                                       said: str) -> None:
    result = draft(
        "Le ministre de l'Industrie et du Commerce et le président de la société Atlas "
        f"Câbles ont signé mardi 6 mai 2025 à Kénitra {amended}, qui porte l'enveloppe à "
        "1,2 milliard de dirhams.\n"
        "Par ailleurs, un protocole d'accord a été conclu avec le groupe coréen Hanil Parts "
        "pour une usine de sièges à Tanger, qui créera 600 emplois.")
    # "porte l'enveloppe à 1,2 milliard" is the new total, not what the avenant adds: no
    # amount, a TODO quoting it; and never the protocol's
    assert figures(result) == [("avenant", None, None), ("protocole-accord", None, 600)]
    assert "# funding:  # TODO: the article gives only the new total" in result["yaml"]
    assert f'TODO: amends: the agreement it amends (from: "{said}")' in result["yaml"]


THREE = ("Trois conventions ont été signées jeudi 10 avril 2025 à Meknès entre le ministère "
         "de l'Industrie et du Commerce et la Région Fès-Meknès. La première convention, d'un "
         "montant de 300 millions de dirhams, porte sur une zone d'activités à Meknès. La "
         "deuxième, de 120 millions de dirhams, concerne la formation. La troisième "
         "convention, conclue avec l'Agence nationale de promotion de l'emploi et des "
         "compétences, prévoit 45 millions de dirhams. ")


@pytest.mark.parametrize("said", [
    "Ces projets devraient permettre la création de 2.500 emplois directs d'ici 2028.",
    "Les trois conventions permettront de créer 2.500 emplois directs d'ici 2028.",
    "Au total, ces accords devraient générer 2.500 emplois directs d'ici 2028.",
    "Selon le communiqué, l'ensemble de ces projets créera 2.500 emplois directs d'ici 2028.",
])
def test_jobs_said_of_all_the_agreements_go_to_none_of_them(said: str) -> None:
    result = draft(THREE + said)
    assert [f[1] for f in figures(result)] == [300000000, 120000000, 45000000]
    assert all(a.get("jobs") is None for a in result["agreements"])  # not the last one's
    assert "TODO: 2500 jobs reported for the 3 agreements together" in result["yaml"]


def test_jobs_said_of_both_agreements_no_part_describes_are_to_split() -> None:
    result = draft("Deux conventions ont été signées jeudi à Meknès entre le ministère de "
                   "l'Industrie et du Commerce et la Région Fès-Meknès. Ces projets "
                   "créeront 700 emplois directs.")
    assert [f[2] for f in figures(result)] == [700, None]
    line = next(x for x in result["yaml"].splitlines() if "jobs: {direct: 700" in x)
    assert "jobs reported for the 2 agreements together; split them" in line



def test_jobs_said_of_some_of_them_are_not_said_of_all() -> None:
    result = draft(THREE + "Les deux premières conventions créeront 900 emplois directs.")
    assert "900 jobs reported for the 3 agreements" not in result["yaml"]


def test_a_period_said_of_all_the_agreements_is_each_ones() -> None:
    result = draft(THREE + "Les trois conventions couvrent la période 2025-2027.")
    assert [a.get("period") for a in result["agreements"]] == [
        {"start": 2025, "end": 2027}] * 3


def test_an_amount_said_of_all_the_agreements_is_their_total() -> None:
    result = draft(THREE + "Au total, ces conventions mobiliseront 465 millions de dirhams.")
    assert [f[1] for f in figures(result)] == [300000000, 120000000, 45000000]
    assert "465000000" in result["yaml"] and "together" in result["yaml"]


@pytest.mark.parametrize("apart", [
    "\nPar ailleurs, un protocole d'accord a été conclu avec le groupe coréen Hanil Parts.",
    " En outre, un protocole d'accord a été conclu avec le groupe coréen Hanil Parts.",
])
def test_a_signing_told_apart_takes_the_leads_day_and_place_with_a_todo(apart: str) -> None:
    result = draft("Le ministre de l'Industrie et du Commerce et le président de la société "
                   "Atlas Câbles ont signé mardi 6 mai 2025 à Kénitra une convention "
                   f"d'investissement de 1,2 milliard de dirhams.{apart}")
    assert len(result["agreements"]) == 2
    lines = [x for x in result["yaml"].splitlines() if "signed_on:" in x or "place:" in x]
    assert len(lines) == 4
    assert not any("another agreement" in x for x in lines[:2])
    assert all("said of another agreement's signing" in x for x in lines[2:])


def test_agreements_a_count_announces_share_the_leads_day_without_a_todo() -> None:
    result = draft("Deux conventions ont été signées mardi 6 mai 2025 à Kénitra. Une "
                   "convention a été signée avec la société Atlas Câbles.\nPar ailleurs, une "
                   "convention a été conclue avec le groupe Hanil Parts.")
    assert "another agreement" not in result["yaml"]


@pytest.mark.parametrize("told", [
    "La Banque africaine de développement a accordé au Maroc deux prêts d'un montant global "
    "de 300 millions d'euros, dont l'un de 180 millions d'euros pour le rail. L'autre prêt, "
    "de 120 millions d'euros, ira aux routes rurales. Les deux accords ont été signés mardi à "
    "Rabat.",
    "Le Japon accorde au Maroc deux prêts, l'un de 180 millions d'euros pour le rail et "
    "l'autre de 120 millions d'euros pour les routes rurales. Les deux accords ont été signés "
    "mardi à Rabat.",
    "Deux accords de prêt ont été signés mardi à Rabat avec la Banque mondiale. Le premier "
    "prêt, d'un montant de 180 millions d'euros, concerne le rail, et le second prêt de 120 "
    "millions d'euros les routes rurales.",
])
def test_amounts_given_by_rank_go_each_to_its_agreement(told: str) -> None:
    result = draft(told)
    assert [(a.get("funding") or {}).get("amount") for a in result["agreements"]] == [
        180000000, 120000000]


def test_one_ranked_amount_alone_is_nobodys_in_particular() -> None:
    result = draft("La Banque mondiale a accordé au Maroc deux prêts d'un montant global de "
                   "300 millions d'euros, dont l'un de 180 millions d'euros pour le rail. "
                   "Les deux accords ont été signés mardi à Rabat.")
    assert 180000000 not in [(a.get("funding") or {}).get("amount")
                             for a in result["agreements"]]
