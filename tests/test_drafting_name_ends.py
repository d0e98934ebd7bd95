"""Where a body's name ends: what a research body studies is in it ("l'Institut de
recherche sur le cancer"); others beside it are not ("le ministère X et de nombreux
partenaires")."""

from __future__ import annotations

import pytest

from conventions_cli.drafting import draft_article


@pytest.mark.parametrize(("written", "name"), [
    ("l'Institut de recherche sur le paludisme", "Institut de recherche sur le paludisme"),
    ("le Centre des études et des recherches sur l'économie bleue",
     "Centre des études et des recherches sur l'économie bleue"),
])
def test_what_a_research_body_studies_is_in_its_name(written: str, name: str) -> None:
    page = (f"Une convention a été signée jeudi à Rabat entre {written} et l'association "
            "Horizons Santé.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert name in names and len(names) == 2


def test_a_place_after_the_names_is_not_what_is_studied() -> None:
    page = ("Une convention a été signée entre l'Institut de recherche et l'association "
            "Horizons Santé sur le site de Kénitra.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert "Institut de recherche" in names


@pytest.mark.parametrize("others", ["de nombreux partenaires", "de plusieurs opérateurs",
                                    "des différents acteurs"])
def test_others_after_a_ministry_s_portfolios_are_not_one_more_portfolio(others: str) -> None:
    page = (f"Six conventions ont été paraphées mercredi à Salé par le ministère de la Pêche et "
            f"de l'Aquaculture et {others}, notamment la Poste et l'association Mer Vive.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert "Ministère de la Pêche et de l'Aquaculture" in names


def test_a_name_its_acronym_spells_with_its_article_is_one_body_in_a_list() -> None:
    page = ("Signé par le ministre de la Santé, Nadia Berrada, les Laboratoires du générique "
            "au Maroc (LLGM), l'Association des pharmaciens d'officine (APO) et la Fédération "
            "des grossistes, ce contrat-programme vise à doubler les exportations.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert "Les Laboratoires du générique au Maroc" in names
    assert {"Association des pharmaciens d'officine", "Fédération des grossistes"} <= names


def test_the_united_nations_keep_their_adjective() -> None:
    page = ("La ministre a paraphé la convention avec Claire Martin, coordinatrice résidente "
            "des Nations unies au Maroc, mardi à Rabat.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert "Nations unies" in names and "Nations" not in names


def test_the_body_a_board_chair_is_named_after_without_de_is_a_party() -> None:
    page = ("La convention a été signée mardi à Rabat par le président du directoire Sud "
            "Capital Invest, Omar Tazi, et le wali de la région.\n")
    draft = draft_article(page, published_on="2026-03-13")
    assert "Sud Capital Invest" in {o["name"] for o in draft.data.get("organizations", [])}


def test_a_subsidiary_described_between_two_sides_leaves_the_list_going_on() -> None:
    page = ("Un mémorandum d'entente a été signé mardi à Rabat entre Hydrogena, une filiale du "
            "groupe gazier norvégien Nordgas, et l'Office national de l'électricité.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    parties = {p["org"] for a in draft.agreements for p in a["parties"]}
    assert "Hydrogena" in names and "Nordgas" not in names and len(parties) == 2


@pytest.mark.parametrize("written", ["Le groupe d'aménagement Dar Assafa",
                                     "Le groupe de promotion immobilière Dar Assafa"])
def test_a_group_named_after_its_trade_is_its_name(written: str) -> None:
    page = (f"{written} et l'Agence urbaine de Safi ont signé hier à Safi une convention sur "
            "les villes nouvelles.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert "Dar Assafa" in names and not any("aménagement" in n or "promotion" in n
                                             for n in names)


def test_a_group_the_base_knows_as_groupe_x_is_the_base_s() -> None:
    known = [{"id": "holding-dar-assafa", "name": "Holding Dar Assafa", "kind": "company",
              "acronym": None, "aliases": ["Groupe Dar Assafa"], "country": "MA"}]
    page = ("Le groupe d'aménagement Dar Assafa et l'Agence urbaine de Safi ont signé hier à "
            "Safi une convention.\n")
    draft = draft_article(page, published_on="2026-03-13", organizations=known)
    assert "holding-dar-assafa" in {p["org"] for a in draft.agreements for p in a["parties"]}


@pytest.mark.parametrize("joined", [", et de", " et de"])
def test_a_ministry_s_name_ends_before_a_person_joined_to_it(joined: str) -> None:
    from conventions_cli.drafting.language import load_pipeline
    from conventions_cli.drafting.mentions import find_mentions

    sentence = (f"en présence du ministre de l'Industrie{joined} Paolo Ferri, PDG de "
                "Veltek.")
    names = [m.name for m in find_mentions(list(load_pipeline()(sentence)))]
    assert "Ministère de l'Industrie" in names


def test_a_lender_named_by_its_nationality_and_trade_keeps_its_description() -> None:
    page = ("Trois accords de financement ont été signés mardi dans la capitale par le "
            "ministère de l'Économie et des Finances avec ses bailleurs :\n"
            "- un don de 5 millions d'euros de l'Union européenne, pour l'emploi des jeunes ;\n"
            "- un prêt de 30 millions d'euros de la banque allemande de développement KfW, "
            "pour des stations de pompage ;\n"
            "- un prêt de 20 millions de dollars de la Banque islamique de développement.\n")
    draft = draft_article(page, published_on="2026-03-13")
    quotes = [line for line in draft.yaml.splitlines() if "KfW" in line and "from:" in line]
    assert any("banque allemande de développement KfW" in line for line in quotes)


def test_an_answer_s_adverb_and_a_clause_after_a_name_name_no_one() -> None:
    page = ("Entretien avec Nadia K., directrice de l'Office des pêches : Deux conventions "
            "signées. Nadia K. : Effectivement, nous avons signé deux conventions. La seconde a "
            "été signée avec la région de l'Oriental parce que nous finissons son plan.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert "Effectivement" not in names
    assert not any("parce" in n for n in names)


@pytest.mark.parametrize(("written", "name"), [
    ("Le Centre hospitalier universitaire (CHU) Hassan II de Fès",
     "Centre hospitalier universitaire Hassan II de Fès"),
    ("L'Institut supérieur (ISPM) Al Jazari", "Institut supérieur Al Jazari"),
])
def test_a_name_goes_on_past_its_acronym_in_brackets(written: str, name: str) -> None:
    page = (f"{written} a signé lundi à Fès une convention avec l'association Santé Plus.\n")
    draft = draft_article(page, published_on="2026-03-13")
    assert name in {o["name"] for o in draft.data.get("organizations", [])}


def test_a_branch_s_place_or_a_person_after_an_acronym_is_not_in_the_name() -> None:
    page = ("L'Office national des aéroports (ONDA) Karim Alami et la Confédération générale "
            "des entreprises du Maroc (CGEM) Fès-Meknès ont signé lundi une convention.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert not any("Alami" in n or "Fès-Meknès" in n for n in names)


@pytest.mark.parametrize(("written", "name"), [
    ("le CHU Hassan II", "CHU Hassan II"),
    ("le CRI de l'Oriental", "CRI de l'Oriental"),
    ("l'AREF de Fès-Meknès", "AREF de Fès-Meknès"),
])
def test_a_regional_kind_of_body_keeps_which_one_it_is(written: str, name: str) -> None:
    page = f"La convention a été signée lundi à Fès entre {written} et l'association Atlas.\n"
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"]: o["kind"] for o in draft.data.get("organizations", [])}
    assert names.get(name) == "public-body"


def test_what_a_secretariat_or_a_delegate_minister_is_in_charge_of_is_its_name() -> None:
    page = ("Atlas Microcrédit et le Secrétariat d'État chargé du Commerce extérieur ont conclu "
            "mardi à Rabat un partenariat.\n\nUn contrat-programme a été signé entre la "
            "ministre déléguée en charge de l'Économie numérique, Salma Idrissi, et le "
            "président de Maroc Data Cluster, Omar Fassi.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert "Secrétariat d'État chargé du Commerce extérieur" in names
    assert any(n.startswith("Ministère délégué") and "Économie numérique" in n for n in names)
    assert {"Atlas Microcrédit", "Maroc Data Cluster"} <= names


def test_an_acronym_spelt_out_in_brackets_keeps_its_holder() -> None:
    page = ("Le prêt a été signé mardi à Rabat par le ministre délégué chargé du Budget, Omar "
            "Fassi, et le directeur régional de la KOICA (Agence coréenne de coopération "
            "internationale), Lee Min-ho, en présence du wali.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert not any("Lee" in n for n in names)


@pytest.mark.parametrize("other", ["la société Atlas Drones", "l'entreprise Atlas Drones",
                                   "le groupe Atlas Drones"])
def test_a_minister_named_with_his_name_then_a_described_company_both_sign(other: str) -> None:
    page = ("Une convention a été signée mardi à Rabat entre le ministre de l'Industrie, "
            f"Karim Alaoui, et {other}.\n")
    draft = draft_article(page, published_on="2026-03-11")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    parties = [p["org"] for a in draft.agreements for p in a["parties"]]
    assert "Atlas Drones" in names and len(parties) == 2


def test_a_minister_s_portfolio_written_without_de_is_still_his_ministry() -> None:
    page = ("Une convention a été signée mardi à Rabat entre le ministre l'Aérospatiale, Karim "
            "Alaoui, et la société Atlas Drones.\n")
    draft = draft_article(page, published_on="2026-03-11")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert "Ministère de l'Aérospatiale" in names
