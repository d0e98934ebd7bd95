"""Who signs, where the press lists them in one breath: "L'accord réunit A, B et C" after a
passive signing; a body named in full up to the acronym its first words spell; "la Région X,
au nom de laquelle a signé son président, Y, ont conclu"; the agreement a bill approves
("le projet de loi portant approbation de l'accord … conclu …") is history; "des
représentants d'universités du Sénégal, du Mali …" names no university."""

from __future__ import annotations

from conventions_cli.drafting.language import load_pipeline
from conventions_cli.drafting.mentions import find_mentions
from drafting_cases import drafted, party_names

REUNIT = (
    "Une convention relative à des projets de fabrication d'engrais à partir des ressources "
    "solaires a été signée, jeudi à Dakhla, sous la présidence du chef du gouvernement, "
    "Youssef Amrani.\n\n"
    "L'accord réunit l'Office national des eaux de Mogador (ONEM) et l'Agence marocaine des "
    "énergies propres (AMEP).")
ACRONYM = ("L'accord réunit l'Agence nationale de régulation des ports de l'État et de suivi "
           "des performances des établissements et opérateurs publics (ANRPE) et la commune.")


def names(text: str, published_on: str = "2025-02-04") -> list[list[str]]:
    return party_names(drafted(text, [], published_on=published_on))


def test_a_passive_singular_signing_is_one_agreement_bound_by_the_next_sentence() -> None:
    found = names(REUNIT)
    assert len(found) == 1
    assert any(n.startswith("Office national des eaux de Mogador") for n in found[0])
    assert any(n.startswith("Agence marocaine des énergies propres") for n in found[0])


def test_a_name_runs_to_the_acronym_its_first_words_spell() -> None:
    found = [m.name for m in find_mentions(list(load_pipeline()(ACRONYM)))]
    assert "Agence nationale de régulation des ports de l'État et de suivi des performances " \
        "des établissements et opérateurs publics" in found
    assert "ANRPE" not in found


SUBJECTS = (
    "Le ministère de l'Agriculture, représenté par le directeur de l'Irrigation, Omar "
    "Bennis, l'Office régional de mise en valeur agricole du Gharb, représenté par sa "
    "directrice, Leila Sefrioui, et la Région Rabat-Salé-Kénitra, au nom de laquelle a signé "
    "son président, Adil Kettani, ont conclu jeudi à Kénitra un protocole d'accord pour la "
    "modernisation des canaux.\n\n"
    "Le même jour, le Conseil de gouvernement a adopté le projet de loi portant approbation "
    "de l'accord de prêt conclu en mars 2022 avec un fonds arabe pour le barrage de Tiddas.")


def test_the_subjects_before_a_clause_saying_who_signed_for_the_last() -> None:
    found = names(SUBJECTS)
    assert len(found) == 1
    assert any(n.startswith("Ministère de l'Agriculture") for n in found[0])
    assert any(n.startswith("Office régional de mise en valeur agricole du Gharb")
               for n in found[0])
    assert any("Rabat-Salé-Kénitra" in n for n in found[0])


def test_the_agreement_a_bill_approves_is_history() -> None:
    assert not any("fonds" in n.lower() for n in names(SUBJECTS)[0])


def test_representatives_of_universities_of_countries_name_no_university() -> None:
    text = ("Oujda - Mercredi, l'Université Mohammed Premier (UMP) a signé à Oujda un "
            "protocole d'accord avec des universités d'Afrique de l'Ouest. Le texte a été "
            "paraphé par le président de l'UMP, Yassine Amrani, et des représentants "
            "d'universités du Mali, du Sénégal, de la Guinée Bissau et de la Côte d'Ivoire.")
    found = names(text, "2018-04-06")
    assert len(found) == 1
    assert not any(n.startswith("Université d") or n in ("cote-ivoire", "mali", "senegal")
                   for n in found[0])
    assert any("UMP" in n or "Mohammed Premier" in n or n == "ump" for n in found[0])
