"""Lists and shares as the press tells them: lines labelled by the agreement they tell of
("Convention entre A et B : …"), a list set apart from the lead ("Par ailleurs, plusieurs
conventions … entre les professionnels"), agreements still to come ("Deux autres accords
suivront"), a share of a budget ("dont 20 MDH financés par …") that is no other agreement's
amount, a company's legal form after its name ("(OCP) S.A")."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, parties

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
         "aliases": ["Royaume du Maroc"]},
        {"id": "ministere-peche", "name": "Ministère de la Pêche maritime", "kind": "ministry",
         "country": "MA"},
        {"id": "ministere-sports", "name": "Ministère des Sports", "kind": "ministry",
         "country": "MA"},
        {"id": "ocp", "name": "Office chérifien des phosphates", "acronym": "OCP",
         "kind": "public-company", "country": "MA"}]


def test_labelled_lines_set_apart_from_the_lead_are_their_own_agreements() -> None:
    text = ("Pêche : Rabat et Lisbonne renforcent leurs liens\n"
            "En marge du salon Halieutis, la ministre de la Pêche maritime, Sara Bennani, et "
            "son homologue portugais, Rui Costa, ont scellé une coopération renforcée.\n\n"
            "La déclaration conjointe signée entre les deux ministères fixe les priorités des "
            "deux pays.\n\n"
            "Par ailleurs, des conventions ont aussi été paraphées par les professionnels des "
            "deux filières. Ces accords portent sur la formation et la recherche :\n\n"
            "Convention entre la FENIP et ADAPI : la Fédération des industries de la pêche "
            "(FENIP) et l'association ADAPI ont conclu un accord sur la qualité.\n\n"
            "Convention entre l'INRH et l'IPMA : l'Institut national de recherche halieutique "
            "(INRH) et l'IPMA ont signé un accord sur les stocks.\n")
    result = drafted(text, BASE, published_on="2023-02-08")
    found = parties(result)
    assert len(found) == 3
    assert "ministere-peche" in found[0]
    assert not any("ministere-peche" in p for p in found[1:])
    assert {"fenip", "adapi"} <= set(found[1])
    assert {"inrh", "ipma"} <= set(found[2])


def test_agreements_still_to_come_are_not_counted() -> None:
    text = ("Phosphates : un partenariat en Afrique de l'Ouest\n"
            "L'OCP a signé lundi à Dakar un protocole d'accord avec le gouvernement sénégalais "
            "pour la fertilité des sols. Deux autres accords spécifiques suivront, selon le "
            "directeur de la filiale.\n")
    result = drafted(text, BASE, published_on="2022-05-03")
    assert len(result["agreements"]) == 1


def test_a_legal_form_after_a_name_is_no_body() -> None:
    text = ("Engrais : un protocole à Abidjan\n"
            "Le ministre ivoirien de l'Agriculture a signé lundi à Abidjan un protocole "
            "d'accord avec l'Office chérifien des phosphates (OCP) S.A pour les engrais.\n")
    result = drafted(text, BASE, published_on="2022-05-03")
    assert "ocp" in parties(result)[0]
    assert not any(n.startswith("S.A") or n == "s" for n in names_of(result))


def test_a_share_of_a_budget_is_no_other_agreement_s_amount() -> None:
    text = ("Sport : deux conventions pour les quartiers\n"
            "La signature mardi à Fès de deux conventions pour des terrains de proximité "
            "mobilise un budget de 24,5 millions de dirhams, dont 16 millions de dirhams "
            "financés par le ministère des Sports. La seconde convention lie le ministère à "
            "la province de Sefrou pour une durée de trois ans.\n")
    result = drafted(text, BASE, published_on="2012-05-10")
    amounts = [a.get("funding") for a in result["agreements"]]
    assert {"amount": 16000000, "currency": "MAD"} not in amounts


def test_a_batch_told_out_by_counts_gives_each_count_its_partner() -> None:
    text = ("Automobile : vingt conventions pour des équipementiers\n"
            "Vingt conventions d'investissement ont été signées jeudi à Tanger, notamment avec "
            "les constructeurs Alpina et Borelli, pour l'implantation d'usines de sous-traitants.\n"
            "Parmi ces accords, douze concernent Alpina et cinq sont conclus avec Borelli. "
            "Les trois conventions restantes ont été passées avec l'équipementier Ferrox.\n")
    makers = [{"id": name.lower(), "name": name, "kind": "company"}
              for name in ("Alpina", "Borelli", "Ferrox")]
    result = drafted(text, BASE + makers, published_on="2018-03-09")
    found = parties(result)
    assert len(found) == 20
    assert found[:12] == [["alpina"]] * 12
    assert found[12:17] == [["borelli"]] * 5
    assert found[17:] == [["ferrox"]] * 3


def test_a_signing_a_few_days_before_of_another_agreement_is_history() -> None:
    text = ("Automobile : des conventions signées à Rabat\n"
            "Deux conventions d'investissement ont été signées jeudi à Rabat avec le groupe "
            "Alpina. Le rendez-vous arrive deux semaines après la signature d'un autre "
            "accord, cette fois avec le constructeur Huali, pour une usine à Kénitra.\n")
    makers = [{"id": name.lower(), "name": name, "kind": "company"}
              for name in ("Alpina", "Huali")]
    result = drafted(text, BASE + makers, published_on="2018-03-09")
    assert "huali" not in names_of(result)
    assert "alpina" in names_of(result)
