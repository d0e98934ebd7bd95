"""Stage 5, assembly: how many agreements, and which facts belong to which."""

from __future__ import annotations

from conventions_cli.drafting import draft_article

SIX = """\
Six mémorandums d'entente ont été signés hier à Dakhla entre l'Agence du Sud et des \
investisseurs du secteur halieutique. Le premier MoU concerne une unité de congélation.
"""

THIRTEEN = """\
La cérémonie de signature de conventions s'est tenue jeudi à Settat.
Au total, 13 conventions d'investissement ont été signées par la Région Casablanca-Settat avec \
des industriels de la province.
"""

ORDINALS = """\
L'Office régional de mise en valeur agricole a signé, lundi à Errachidia, deux conventions de \
partenariat avec la coopérative Oasis Verte et la société Palmeraie Bio.
La première convention prévoit un investissement de 30 millions de dirhams et la création de \
120 emplois directs d'ici 2027.
La deuxième convention porte sur une unité de conditionnement de dattes, pour 12 MDH et 45 \
emplois directs.
"""

BATCH = """\
Quatre conventions d'un montant global de 600 millions de dirhams ont été signées mardi à \
Tanger, en marge du Forum « Ports du Nord », par l'Autorité portuaire du Détroit avec les \
sociétés Nord Cargo, Rif Logistique, Détroit Froid et Bassin Services.
"""


def test_an_explicit_count_beats_an_ordinal() -> None:
    assert len(draft_article(SIX, published_on="2023-03-09").agreements) == 6


def test_a_count_beats_an_earlier_plural_without_one() -> None:
    assert len(draft_article(THIRTEEN, published_on="2023-06-16").agreements) == 13


def test_ordinals_attach_facts_to_their_agreement() -> None:
    first, second = draft_article(ORDINALS, published_on="2024-02-06").agreements
    assert (first["funding"], first["jobs"]) == ({"amount": 30_000_000, "currency": "MAD"},
                                                 {"direct": 120, "by": 2027})
    assert (second["funding"], second["jobs"]) == ({"amount": 12_000_000, "currency": "MAD"},
                                                   {"direct": 45})
    assert first["signed_on"] == second["signed_on"] == "2024-02-05"
    assert [p["org"] for p in first["parties"]] == [
        "office-regional-mise-valeur-agricole", "cooperative-oasis-verte"]
    assert [p["org"] for p in second["parties"]] == [
        "office-regional-mise-valeur-agricole", "palmeraie-bio"]


def test_a_named_list_of_partners_gives_one_agreement_each_and_the_total_goes_to_the_event(
) -> None:
    draft = draft_article(BATCH, published_on="2022-10-12")
    assert [a["title"] for a in draft.agreements] == [
        f"Convention de partenariat avec {name}"
        for name in ("Nord Cargo", "Rif Logistique", "Détroit Froid", "Bassin Services")]
    assert all(a["funding"] is None for a in draft.agreements)
    (event,) = draft.events
    assert event == {"id": "ports-nord-2022", "name": "Ports du Nord 2022",
                     "place": "Tanger", "region": "Tanger-Tétouan-Al Hoceïma",
                     "start": "2022-10-11",
                     "total": {"amount": 600_000_000, "currency": "MAD"}}
    assert {a["event"] for a in draft.agreements} == {"ports-nord-2022"}


def test_an_article_without_a_signed_agreement_drafts_nothing() -> None:
    draft = draft_article("Le ministre a visité hier le port de Safi.", published_on="2024")
    assert draft.agreements == []
    assert "agreements: []  # TODO: no signed agreement found in the article" in draft.yaml


COMMUNES = """\
Le gouverneur de la province de Taza, Ali Benkirane, a présidé, samedi à Taza, la cérémonie \
de signature de trois conventions de partenariat entre le Conseil provincial de Taza et les \
communes de Tahla, d'Aknoul et de Oued Amlil.
"""

ELLIPTIC = """\
Deux conventions ont été signées lundi à Nador. La première, signée avec la société Marchica \
Bois, porte sur une scierie de 25 MDH. La seconde concerne un entrepôt frigorifique de 18 MDH.
"""


def test_who_presides_does_not_sign_and_a_list_of_communes_is_one_each() -> None:
    drafts = draft_article(COMMUNES, published_on="2024-06-10").agreements
    assert [[p["org"] for p in a["parties"]] for a in drafts] == [
        ["conseil-provincial-taza", "commune-tahla"],
        ["conseil-provincial-taza", "commune-aknoul"],
        ["conseil-provincial-taza", "commune-oued-amlil"]]


def test_an_elliptic_ordinal_opens_its_agreement() -> None:
    first, second = draft_article(ELLIPTIC, published_on="2024-06-11").agreements
    assert (first["funding"]["amount"], second["funding"]["amount"]) == (25_000_000, 18_000_000)
    assert [p["org"] for p in first["parties"]] == ["marchica-bois"]


PEOPLE_FIRST = """\
Karim Tazi et Paul Martin ont signé, mardi à Rabat, un protocole d'accord sur la formation.
Le ministre de l'Énergie et des Mines, Karim Tazi, a salué le partenariat, tandis que le \
président de la Fondation Atlas Verte, Paul Martin, a rappelé son engagement.
"""


def test_people_named_alone_sign_for_the_organization_they_are_titled_in() -> None:
    (agreement,) = draft_article(PEOPLE_FIRST, published_on="2024-03-15").agreements
    assert agreement["parties"] == [{"org": "ministere-energie-mines", "role": "signatory"},
                                    {"org": "fondation-atlas-verte", "role": "partner"}]
    assert [s["person"] for s in agreement["signatories"]] == ["karim-tazi", "paul-martin"]


SERIES = """\
Des conventions ont été signées mercredi au siège de la wilaya de Safi.
Une convention a été signée avec la société Sable Doré pour un hôtel, pour un montant \
d'investissement de 400 millions de dirhams.
Le projet prévoit la création de 350 emplois.
Un accord a été signé avec la société Océan Froid pour une usine de conserves, qui \
nécessitera un investissement de 90 millions de dirhams et créera 120 emplois.
"""


def test_each_agreement_introduced_as_signed_counts_and_keeps_its_own_facts() -> None:
    first, second = draft_article(SERIES, published_on="2021-05-13").agreements
    # a convention between the wilaya and one company about what it invests
    assert (first["type"], first["funding"], first["jobs"]) == (
        "other", {"amount": 400_000_000, "currency": "MAD"}, {"direct": 350})
    assert (second["type"], second["funding"], second["jobs"]) == (  # one of the conventions
        "other", {"amount": 90_000_000, "currency": "MAD"}, {"direct": 120})
    assert [p["org"] for p in first["parties"]][-1] == "sable-dore"
    assert [p["org"] for p in second["parties"]][-1] == "ocean-froid"


def test_a_lead_told_again_with_its_details_is_one_agreement() -> None:
    draft = draft_article(
        "Le groupe Vela a signé, ce vendredi, un accord avec l'Office des ports.\n\n"
        "Karim Idrissi, PDG du groupe Vela, a signé ce vendredi 3 mars 2023 un accord avec "
        "l'Office des ports pour un nouveau terminal.", published_on="2023-03")
    assert len(draft.agreements) == 1 and draft.agreements[0]["signed_on"] == "2023-03-03"


def test_a_protocol_signed_on_the_same_occasion_is_a_second_agreement() -> None:
    draft = draft_article(
        "Une convention d'investissement a été signée samedi à Guelmim entre l'Agence "
        "régionale et la société Sahara Verre. À cette occasion, un protocole a été signé "
        "pour la formation des jeunes.", published_on="2024-04-08")
    assert [a["type"] for a in draft.agreements] == ["other", "protocole-accord"]


def test_a_breakdown_of_conventions_adds_up() -> None:
    draft = draft_article(
        "Ces conventions ont été signées lundi à Settat. Elles portent sur les routes (trois "
        "conventions), les marchés (deux conventions) et l'eau potable (une convention).",
        published_on="2023-10-10")
    assert len(draft.agreements) == 6


def test_one_convention_per_project() -> None:
    draft = draft_article(
        "Le ministre a présidé hier la signature d'une série de conventions "
        "relatives à cinq projets d'investissement touristique.", published_on="2019-03-21")
    assert len(draft.agreements) == 5


def test_an_equivalent_in_the_same_brackets_is_not_another_amount() -> None:
    draft = draft_article(
        "La ministre et la banque ont signé mardi à Rabat deux accords de prêt. Ces accords "
        "financent l'irrigation (50 M€, environ 540 MDH) et les routes rurales (30 M€, environ "
        "320 MDH).", published_on="2022-02-09")
    assert [a["funding"] for a in draft.agreements] == [
        {"amount": 50_000_000, "currency": "EUR"}, {"amount": 30_000_000, "currency": "EUR"}]


def test_a_period_of_the_event_s_strategy_is_not_the_agreement_s() -> None:
    draft = draft_article(
        "Le ministère a signé, jeudi à Fès, deux conventions en marge du forum régional de "
        "l'artisanat. La première convention porte sur la formation. La deuxième convention "
        "vise la labellisation. Ce forum s'inscrit dans la stratégie régionale au titre de la "
        "période 2023-2027.", published_on="2023-11-10")
    assert [a["period"] for a in draft.agreements] == [None, None]


def test_an_ordinal_s_clause_says_whom_it_binds() -> None:
    first, second = draft_article(
        "Le Maroc et le Ghana ont signé, mardi à Rabat, deux mémorandums d'entente. Ces MoU "
        "ont été signés lors d'une cérémonie présidée par le ministre de la Santé, Ali Tazi. "
        "Le premier porte sur la formation, tandis que le deuxième établit un cadre de "
        "coopération entre l'Hôpital Ibn Rochd et la Caisse ghanéenne de santé.",
        published_on="2024-03-13").agreements
    # the two states sign; the minister presides
    assert [p["org"] for p in first["parties"]] == ["etat-marocain", "ghana"]
    assert [p["org"] for p in second["parties"]] == [
        "etat-marocain", "ghana", "hopital-ibn-rochd", "caisse-ghaneenne-sante"]


def test_n_autres_follow_the_ordinal_before_them_not_the_last_one() -> None:
    draft = draft_article(
        "Le ministre a signé huit conventions avec des industriels. La 4ème convention porte sur "
        "une usine à Meknès. Deux autres conventions ont été signées avec Rif Câbles. La "
        "septième convention concerne Atlas Fils, la huitième Sud Cuir.",
        published_on="2022-03-28")
    assert len(draft.agreements) == 8


def test_loan_and_grant_contracts_add_up_across_their_amount() -> None:
    draft = draft_article(
        "Trois contrats de prêts d'un montant total de 90 millions d'euros et deux contrats de "
        "subventions de 4 millions d'euros ont été paraphés, mercredi à Rabat, entre le Maroc et "
        "la Banque du Rhin.", published_on="2023-12-14")
    assert len(draft.agreements) == 5 and {a["type"] for a in draft.agreements} == {"accord"}


def test_an_ordinal_s_clause_names_its_one_partner_after_avec_or_concerne() -> None:
    first, second = draft_article(
        "L'Agence de développement de l'Oriental a signé, jeudi à Oujda, deux conventions "
        "d'investissement. La première concerne la société Berkane Agrumes, pour 20 millions de "
        "dirhams. La deuxième a été conclue avec l'entreprise Zaïo Textiles et la commune.",
        published_on="2021-05-14").agreements
    assert [p["org"] for p in first["parties"]][-1:] == [
        "berkane-agrumes"]
    assert [p["org"] for p in second["parties"]][-1:] == [
        "zaio-textiles"]


def test_what_an_agreement_concerns_is_not_whom_it_binds() -> None:
    first, _ = draft_article(
        "Le ministère de la Transition numérique a signé, mardi à Rabat, deux conventions. La "
        "première concerne la création d'un Centre de compétences numériques à Fès. La deuxième "
        "a été conclue avec la société Atlas Cloud.", published_on="2024-04-17").agreements
    assert all("centre" not in p["org"] for p in first["parties"])
