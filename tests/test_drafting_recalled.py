"""An earlier signing recalled beside the new one and dated by a month and a year is history
("conclu avec le Bénin en février 2020", "celui … conclu en décembre 2018, pour 40 M€"): no
party of the new one, and, with its amount, a draft of its own."""

from __future__ import annotations

from drafting_cases import drafted

NEW_ONE = (
    "La Banque européenne d'investissement et l'Office national des aéroports ont conclu "
    "mardi à Rabat un contrat de prêt de 60 millions d'euros et une convention de don de 2 "
    "millions d'euros.\n\n"
    "Ce nouvel accord s'ajoute à celui que les deux partenaires avaient conclu en "
    "décembre 2018, pour 40 millions d'euros, et l'engagement de la Banque atteint ainsi "
    "102 millions d'euros.")


def test_the_old_one_recalled_with_its_month_and_amount_is_a_draft_of_its_own() -> None:
    result = drafted(NEW_ONE, [], published_on="2019-07-18")
    assert len(result["agreements"]) == 3
    assert [str(a.get("signed_on")) for a in result["agreements"]].count("2018-12") == 1


def test_the_old_one_recalled_in_a_sentence_of_its_own_is_a_draft() -> None:
    text = NEW_ONE.replace(
        "Ce nouvel accord s'ajoute à celui que les deux partenaires avaient conclu",
        "Un premier accord avait été signé par les deux partenaires")
    text = text.replace(", et l'engagement de la Banque atteint ainsi 102 millions d'euros.",
                        ".")
    result = drafted(text, [], published_on="2019-07-18")
    assert len(result["agreements"]) == 3


def test_a_month_and_a_year_before_the_article_make_a_signing_history() -> None:
    text = ("Le Conseil a approuvé deux décrets : le premier publie un accord conclu avec "
            "le Bénin en février 2020, le second une convention avec le Panama.\n\n"
            "Le même jour, le ministère de l'Équipement et l'Agence nationale de la sécurité "
            "routière (NARSA) ont signé à Rabat une convention de partenariat pour la "
            "sécurité aux abords des écoles.")
    result = drafted(text, [], published_on="2021-06-04")
    names = {o["name"] for o in result["organizations"]}
    parties = [p["org"] for a in result["agreements"] for p in a["parties"]]
    assert not any("bénin" in n.lower() for n in names) and "benin" not in parties
