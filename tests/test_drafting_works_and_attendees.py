"""Names that are no signing body, and bodies told without their names: the works a loan
pays for ("l'autoroute A-B", "le barrage de X"), an event that closed with signings, a
currency, "Sa Majesté"; a fund's board named by its head noun; the other side "et du
côté de X"; a signing told with a pronoun; the bodies present at a signing that names no
signatory; a province sharing the town named after it; a body's name that says whom it
serves; a hyphen that glues a word into a name."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions
from conventions_cli.drafting.normalize import analysis_text
from drafting_cases import drafted, names_of, party_names, signers

pytest.importorskip("spacy")

BASE = [{"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry",
         "acronym": "MEF"},
        {"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def _mentions(sentence: str) -> list[str]:
    return [m.name for m in find_mentions(list(analyse(analysis_text(sentence))))
            if not m.vague]


LOANS = ("Le Maroc a conclu jeudi deux accords de prêt avec le Fonds de la mer Rouge pour "
         "l'équipement (FMRE), pour un total de 900 MDH.\n"
         "Ces accords, paraphés par le ministre de l'Économie et des Finances, Karim Alaoui, "
         "et par le président du conseil d'administration du Fonds, Salem Al-Rashed, "
         "financent l'autoroute Tiznit-Laâyoune (600 MDH) et le barrage de Tamzaourt "
         "(300 MDH).\n"
         "Le premier accord finance le tronçon Tiznit-Guelmim de l'autoroute, alors que le "
         "second porte sur le barrage de Tamzaourt, dans la province de Chichaoua.\n")


def test_the_works_a_loan_pays_for_sign_nothing() -> None:
    result = drafted(LOANS, BASE, published_on="2025-03-14")
    found = party_names(result)
    assert len(found) == 2
    for parties in found:
        assert "mef" in parties
        assert not any(name in p for p in parties
                       for name in ("Tiznit", "Tamzaourt", "Chichaoua", "Laâyoune"))


def test_the_fund_by_its_head_noun_is_the_fund_named_before() -> None:
    result = drafted(LOANS, BASE, published_on="2025-03-14")
    assert "Fonds" not in {o["name"] for o in result["organizations"]}
    signed = signers(result)
    fund = signed["Salem Al-Rashed"]
    assert fund is not None and fund != "mef"
    assert {o["id"]: o for o in result["organizations"]}[fund].get("acronym") == "FMRE"


def test_the_other_side_after_et_du_cote_de() -> None:
    text = ("Un mémorandum d'entente a été signé mardi 4 mars 2025 à Rabat entre Karim "
            "Alaoui, ministre de l'équipement et de l'eau et du côté de Nordwing par Paul "
            "Dubreuil, président et chef des opérations.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    found = names_of(result)
    assert any(n == "Nordwing" for n in found)
    assert not any("côté" in n for n in found)


def test_a_plant_of_a_new_generation_continues_nothing() -> None:
    text = ("Le groupe Nordwing a signé lundi avec l'Etat une convention d'investissement pour "
            "une usine de nouvelle génération à Nouaceur.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    assert "follows" not in result["yaml"]


def test_an_event_that_closed_with_signings_is_no_party() -> None:
    text = ("Le Forum d'affaires maroco-ghanéen, tenu les 3 et 4 mars 2025, s'est clôturé par "
            "la signature de 12 conventions entre des entreprises des deux pays.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    assert not any("Forum" in n for n in names_of(result))


def test_a_signing_told_with_a_pronoun_is_the_last_subjects() -> None:
    text = ("Le groupe Banque Atlas n'est pas resté à l'écart de ce forum. Il a signé, par "
            "l'intermédiaire de son président, Omar Tazi, trois conventions avec des "
            "partenaires ivoiriens.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    assert all(any("Banque Atlas" in p for p in a) for a in party_names(result))


def test_no_currency_and_no_majesty_is_a_body() -> None:
    names = _mentions("Il s'agit d'une ligne de 40 millions de dollars (environ 24 milliards "
                      "F CFA) avec la Banque ouest-africaine de développement, sous la "
                      "présidence de Sa Majesté le Roi.")
    assert not any(n in ("F CFA", "CFA", "Majesté") for n in names)
    assert any(n.startswith("Banque ouest-africaine") for n in names)


def test_the_bodies_present_stand_in_when_no_one_is_said_to_sign() -> None:
    text = ("C'est en présence du ministre de l'Agriculture, Karim Alaoui, et du président de "
            "la Fédération des producteurs d'agrumes (FPA), Said Amrani, que s'est déroulée, "
            "le 3 mars 2025, la signature d'une convention d'appui à la filière.\n"
            "Le ministère versera à la FPA 2 MDH par an.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    found = party_names(result)
    assert len(found) == 1 and len(found[0]) == 2
    assert any(n.startswith("Ministère de l'Agriculture") for n in found[0])
    assert any("agrumes" in n for n in found[0])
    assert not result["agreements"][0].get("signatories")  # they attended; no one signed
    assert "names no signatory" in result["yaml"]


def test_the_two_heads_presiding_stand_for_their_two_states() -> None:
    text = ("Le Maroc et la Norvège ont donné un nouvel élan à leurs relations.\n"
            "Les deux chefs de gouvernement ont présidé, à Oslo, la signature de deux "
            "mémorandums d'entente dans l'éducation.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    found = party_names(result)
    assert len(found) == 2
    assert all("etat-marocain" in a and any("Norvège" in p for p in a) for a in found)


def test_signers_after_the_presence_keep_their_place() -> None:
    text = ("En présence du chef de l'Etat sénégalais et du Roi, le ministre de l'Économie et "
            "des Finances, Karim Alaoui, et le ministre sénégalais des Finances, Moussa "
            "Diallo, ont procédé à la signature d'un accord.\n"
            "Deux autres conventions ont été signées lors de la visite.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    assert "names no signatory" not in result["yaml"]


def test_a_province_shares_the_town_named_after_the_commune() -> None:
    names = _mentions("La convention a été conclue entre l'Agence du Sud, la province et la "
                      "commune de Tata et la commune rurale d'Akka.")
    assert "Province de Tata" in names
    assert "Commune de Tata" in names


def test_a_name_that_says_whom_the_body_serves() -> None:
    names = _mentions("Un troisième accord lie la banque au Fonds d'Appui aux Artisans du "
                      "Sénégal (Faas), qui recevra une ligne nouvelle.")
    assert "Fonds d'Appui aux Artisans du Sénégal" in names


def test_a_hyphen_glues_a_word_into_a_name() -> None:
    names = _mentions("La convention a été signée entre la Fédération des oléagineux "
                      "(FOLEA) et Inter-oléagineux France.")
    assert "Inter-oléagineux France" in names


def test_the_minister_of_tutelage_is_the_ministry_named_before() -> None:
    text = ("Le ministère de la Jeunesse et des Sports et la province de Taza ont signé jeudi "
            "une convention-cadre pour des terrains de proximité, signée par le ministre de "
            "tutelle, M. Karim Alaoui, et le gouverneur de la province de Taza.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    signed = signers(result)
    assert signed.get("Karim Alaoui") not in (None, "province-taza")
    assert not any("utelle" in n for n in names_of(result))


def test_a_capital_right_after_a_later_signing_verb_is_the_place() -> None:
    text = ("La signature d'un accord de partenariat entre le Maroc et la Suède marque une "
            "étape, selon le ministre.\n"
            "Le Maroc et la Suède ont conclu, vendredi à Stockholm, un accord de partenariat "
            "sur l'innovation.\n"
            "Outre cet accord, les deux parties ont procédé à la signature de deux instruments, "
            "à savoir une déclaration conjointe et un échange de lettres.\n")
    result = drafted(text, BASE, published_on="2025-03-08")
    assert len(result["agreements"]) == 3
    assert result["agreements"][0].get("place") == "Stockholm"


def test_an_events_city_before_its_acronym_is_the_place() -> None:
    text = ("Dans le cadre de la 5e édition du Salon international de l'olivier de Taounate "
            "(SIOT), une convention a été signée lundi 3 mars 2025 entre l'Office national "
            "du conseil agricole et la Fédération de l'olive.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    assert [a.get("place") for a in result["agreements"]] == ["Taounate"]


def test_where_a_procession_went_and_who_escorted_it_sign_nothing() -> None:
    text = ("Le cortège des deux présidents s'est rendu ensuite vers l'Esplanade du Palais "
            "de Tétouan, escorté par la cavalerie de la Garde présidentielle, avant la "
            "cérémonie de signature de deux accords entre l'Office Atlas et la société "
            "Nordwing.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    found = names_of(result)
    assert not any("Garde" in n or "Esplanade" in n for n in found)


def test_the_two_parties_of_a_state_visit_are_the_two_states() -> None:
    text = ("Le président finlandais en visite d'État au Maroc\n"
            "Le roi et le président de la Finlande ont reçu mardi à Rabat les patrons de "
            "Nordwing et de la banque Atlas Finance, venus présenter leurs projets.\n"
            "Le cortège des deux chefs d'État s'est ensuite rendu au palais, où les deux "
            "parties ont procédé à la signature de quinze accords.\n"
            "Le Maroc et la Finlande entendent aussi coopérer dans l'éducation.\n")
    result = drafted(text, BASE, published_on="2025-03-05")
    found = party_names(result)
    assert found and all("etat-marocain" in a and any("Finlande" in p for p in a)
                         for a in found)
    assert not any("Nordwing" in n or "Atlas" in n for n in names_of(result))
