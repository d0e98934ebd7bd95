"""`draft_article`: article text in, schema-1 YAML draft out, with evidence and TODOs."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import re
import sys
from pathlib import Path

import pytest
import yaml

from conventions_cli.draft import draft_article, parse_amount, read_article
from conventions_cli.errors import ConvError

ARTICLES = Path(__file__).parent / "fixtures" / "articles"

KNOWN = [
    {"id": "mta", "name": "Ministère du Tourisme et de l'Artisanat", "kind": "ministry",
     "aliases": ["Ministère du Tourisme, de l’Artisanat et de l’Économie sociale"]},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
    {"id": "amdie", "name": "Agence marocaine de développement des investissements et des "
     "exportations", "acronym": "AMDIE", "kind": "public-body"},
]

KNOWN_YAML = """\
  - id: mta
    name: "Ministère du Tourisme et de l'Artisanat"
    kind: ministry
    aliases: ["Ministère du Tourisme, de l’Artisanat et de l’Économie sociale"]
  - id: onee
    name: "Office national de l'électricité et de l'eau potable"
    acronym: ONEE
    kind: public-body
  - id: amdie
    name: "Agence marocaine de développement des investissements et des exportations"
    acronym: AMDIE
    kind: public-body
"""


def article(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


def one(text: str, **kwargs: object) -> dict:
    draft = draft_article(text, **kwargs)  # type: ignore[arg-type]
    assert len(draft.agreements) == 1
    return draft.agreements[0]


# --------------------------------------------------------------------------- dates

SIGN = "Le ministère de l'Industrie et l'Office national des pêches (ONP) ont signé {when} à " \
       "Rabat une convention-cadre."


@pytest.mark.parametrize(("when", "published", "expected"), [
    ("mardi 7 juin", dt.date(2022, 6, 8), "2022-06-07"),
    ("le 7 juin", dt.date(2022, 6, 8), "2022-06-07"),
    ("le 28 décembre", dt.date(2023, 1, 3), "2022-12-28"),
    ("le 1er mars 2021", None, "2021-03-01"),
    ("le 07.06.2022", None, "2022-06-07"),
    ("hier, mardi", dt.date(2025, 4, 16), "2025-04-15"),
    ("ce lundi", dt.date(2025, 4, 16), "2025-04-14"),
    ("mardi", dt.date(2022, 6, 8), "2022-06-07"),
    ("mercredi", dt.date(2022, 6, 8), "2022-06-08"),
    ("au cours du mois de février 2013", None, "2013-02"),
])
def test_signing_dates(when: str, published: dt.date | None, expected: str) -> None:
    record = one(SIGN.format(when=when), published_on=published)
    assert record["signed_on"] == expected


def test_disagreeing_weekday_keeps_the_date_with_a_todo() -> None:
    draft = draft_article(article("memorandum_oujda"))
    assert draft.agreements[0]["signed_on"] == "2022-06-07"
    assert ("signed_on: 2022-06-07  # from: \"mercredi 7 juin\"; TODO: the weekday 'mercredi'"
            " disagrees with 2022-06-07 (that day is a mardi)") in draft.yaml
    assert any("disagrees" in todo for todo in draft.todos)


def test_relative_date_without_publication_date_is_a_todo() -> None:
    draft = draft_article(SIGN.format(when="hier, mardi"))
    assert draft.agreements[0]["signed_on"] is None
    assert "# signed_on:  # from: \"hier, mardi\"; TODO: a date relative" in draft.yaml


def test_publication_date_from_headers_and_footers() -> None:
    assert one(article("cadre_tanger"))["sources"] == [
        {"publisher": "Le Desk", "published_on": "2024-03-12"}]
    assert one(article("partenariat_fes"), organizations=KNOWN)["sources"] == [
        {"publisher": "Les ECO", "published_on": "2019-02-15"}]
    draft = draft_article(article("trois_protocoles_agadir"))
    assert draft.agreements[0]["sources"] == [
        {"publisher": "Maroc-Actu", "published_on": "2023-10-05"}]
    # "hier, mercredi" is resolved against the footer's date
    assert draft.agreements[0]["signed_on"] == "2023-10-04"


def test_published_on_argument_wins_over_the_header() -> None:
    record = one(article("cadre_tanger"), published_on=dt.date(2024, 3, 20))
    assert record["sources"][0]["published_on"] == "2024-03-20"



def test_a_dateline_is_the_publication_date_not_the_signing_date() -> None:
    draft = draft_article(article("dateline_rabat"))
    record = draft.agreements[0]
    assert record["sources"][0]["published_on"] == "2024-03-10"
    # "hier, samedi" counts back from the dateline; 2024-03-09 is a Saturday
    assert record["signed_on"] == "2024-03-09"
    assert 'signed_on: 2024-03-09  # from: "hier, samedi"\n' in draft.yaml
    # the dateline's city and date are not parties
    assert record["parties"] == [{"org": "ministere-industrie-commerce", "role": "signatory"},
                                 {"org": "fcp", "role": "partner"}]
    assert record["id"] == "fcp-convention-cadre-2024"


@pytest.mark.parametrize("dateline", [
    "Rabat, le 10.03.2024 - ",
    "Rabat, 10 mars 2024 (MAP) – ",
    "Rabat, dimanche 10 mars 2024 : ",
    "Le 10.03.2024 - ",
])
def test_dateline_forms_feed_the_publication_date(dateline: str) -> None:
    text = dateline + ("L'Office national des pêches (ONP) a signé hier à Agadir une "
                       "convention-cadre.")
    record = one(text)
    assert record["sources"][0]["published_on"] == "2024-03-10"
    assert record["signed_on"] == "2024-03-09"
    assert [p["org"] for p in record["parties"]] == ["onp"]


def test_a_dateline_alone_does_not_date_the_signing() -> None:
    draft = draft_article("Rabat, le 10.03.2024 - L'Office national des pêches (ONP) a "
                          "signé à Agadir une convention-cadre.")
    record = draft.agreements[0]
    assert record["signed_on"] is None
    assert record["sources"][0]["published_on"] == "2024-03-10"
    assert record["id"] == "onp-convention-cadre"


def test_the_published_on_argument_also_wins_over_a_dateline() -> None:
    record = one(article("dateline_rabat"), published_on=dt.date(2024, 3, 12))
    assert record["sources"][0]["published_on"] == "2024-03-12"
    assert record["signed_on"] == "2024-03-11"


def test_an_unknown_signing_date_puts_no_year_in_the_id() -> None:
    draft = draft_article(article("sans_date_2016"))
    record = draft.agreements[0]
    assert record["signed_on"] is None
    assert record["sources"][0]["published_on"] == "2016-11-18"
    assert record["id"] == "anp-convention-partenariat"
    taken = draft_article(article("sans_date_2016"),
                          existing_ids=["anp-convention-partenariat"]).agreements[0]
    assert taken["id"] == "anp-convention-partenariat-2"
    several = draft_article("Publié le 18/11/2016\n\nL'Agence nationale des ports (ANP) a "
                            "signé deux conventions de partenariat.")
    ids = [r["id"] for r in several.agreements]
    assert ids == ["anp-convention-partenariat", "anp-convention-partenariat-2"]
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(("text", "amount"), [
    ("250 millions de dirhams", 250_000_000),
    ("250 MDH", 250_000_000),
    ("1,2 milliard de DH", 1_200_000_000),
    ("3 MMDH", 3_000_000_000),
    ("290 millions de dirhams", 290_000_000),
    ("12.5 millions DH", 12_500_000),
    ("500.000 dirhams", 500_000),
    ("2 500 000 DH", 2_500_000),
])
def test_amounts(text: str, amount: int) -> None:
    from conventions_cli.draft import fold

    assert parse_amount(fold(text)) == amount
    sentence = SIGN.format(when="le 2 mai 2022") + f" Le programme est doté de {text}."
    assert one(sentence)["funding"] == {"amount": amount, "currency": "MAD"}


def test_an_earlier_plan_does_not_give_its_period_or_amount() -> None:
    record = one(article("cadre_tanger"))
    assert record["period"] == {"start": 2024, "end": 2028}
    assert record["funding"] == {"amount": 1_200_000_000, "currency": "MAD"}
    assert record["jobs"] == {"direct": 900, "by": 2028}


def test_small_prices_in_a_paywall_are_not_funding() -> None:
    text = "Abonnez-vous\n60 DH\n1 mois\n" + SIGN.format(when="le 2 mai 2022")
    assert one(text)["funding"] is None


# --------------------------------------------------------------------------- several


def test_three_protocols_one_draft_per_partner_with_ordinal_jobs() -> None:
    draft = draft_article(article("trois_protocoles_agadir"))
    records = draft.agreements
    assert [r["id"] for r in records] == [
        "atlas-primeurs-sarl-protocole-accord-2023",
        "souss-froid-services-protocole-accord-2023",
        "halieutis-export-maroc-protocole-accord-2023"]
    assert [r["title"] for r in records] == [
        "Protocole d'accord avec Atlas Primeurs SARL",
        "Protocole d'accord avec Souss Froid Services",
        "Protocole d'accord avec Halieutis Export Maroc"]
    assert [r["jobs"] for r in records] == [
        {"direct": 120, "by": 2026}, {"direct": 300, "by": 2027}, {"direct": 80, "by": 2026}]
    assert [r["funding"] for r in records] == [
        None, {"amount": 45_000_000, "currency": "MAD"}, None]
    ministry = "ministere-agriculture-peche-maritime"
    assert records[1]["parties"] == [{"org": ministry, "role": "signatory"},
                                     {"org": "souss-froid-services", "role": "partner"}]
    assert {r["place"] for r in records} == {"Agadir"}
    assert {r["region"] for r in records} == {"Souss-Massa"}
    assert {r["event"] for r in records} == {"Halieutis 2023"}
    names = {o["id"]: (o["name"], o["kind"]) for o in draft.organizations}
    assert names[ministry] == ("Ministère de l'Agriculture, de la Pêche maritime, du "
                               "Développement rural et des Eaux et Forêts", "ministry")
    assert names["atlas-primeurs-sarl"] == ("Atlas Primeurs SARL", "company")
    assert "kind: company  # TODO: check kind" in draft.yaml


def test_plural_ministries_are_two_signatories() -> None:
    text = ("Les ministères de la Transition numérique et de la Réforme de l'administration, "
            "ainsi que de l'Investissement, de la Convergence et de l'Évaluation des "
            "politiques publiques, ont signé hier, mardi à Marrakech, deux protocoles "
            "d'accord avec les entreprises Nord Data SA et Atlas Cloud Services, en marge de "
            "la troisième édition du salon “GITEX Afrique”.")
    draft = draft_article(text, published_on=dt.date(2025, 4, 16))
    assert len(draft.agreements) == 2
    first = draft.agreements[0]
    assert first["parties"] == [
        {"org": "ministere-transition-numerique-reforme", "role": "signatory"},
        {"org": "ministere-investissement-convergence-evaluation", "role": "signatory"},
        {"org": "nord-data-sa", "role": "partner"}]
    assert first["event"] == "GITEX Afrique 2025"
    assert first["signed_on"] == "2025-04-15"
    assert 'event: GITEX Afrique 2025  # from: "en marge de la troisième édition' in draft.yaml


# --------------------------------------------------------------------------- organizations


def test_known_organizations_by_alias_acronym_and_accent_free_name() -> None:
    draft = draft_article(article("partenariat_fes"), organizations=KNOWN)
    record = draft.agreements[0]
    assert record["parties"] == [
        {"org": "mta", "role": "signatory"},       # alias, accents and ’ differ
        {"org": "amdie", "role": "partner"},       # acronym
        {"org": "onee", "role": "partner"},        # name written without accents
        {"org": "fngr", "role": "partner"},        # new
    ]
    assert draft.organizations == [{"id": "fngr", "name": "Fédération nationale des gîtes "
                                    "ruraux", "kind": "federation", "acronym": "FNGR"}]
    # the title names a known organization by its curated name, not the article's spelling
    assert record["title"] == ("Convention de partenariat avec Office national de "
                               "l'électricité et de l'eau potable")
    assert (record["signed_on"], record["place"], record["region"]) == (
        "2019-02-14", "Fès", "Fès-Meknès")


def test_new_organizations_get_acronym_kind_and_unique_ids() -> None:
    known = [{"id": "ministere-transport-logistique", "name": "Ministère du Transport (1998)",
              "kind": "ministry"}]
    draft = draft_article(article("cadre_tanger"), organizations=known,
                          existing_ids=["anp-convention-cadre-2024"])
    assert draft.organizations == [
        {"id": "ministere-transport-logistique-2",
         "name": "Ministère du Transport et de la Logistique", "kind": "ministry"},
        {"id": "anp", "name": "Agence nationale des ports", "kind": "public-body",
         "acronym": "ANP"}]
    assert draft.agreements[0]["id"] == "anp-convention-cadre-2024-2"
    assert "kind: public-body  # TODO: check kind" in draft.yaml
    assert "kind: ministry\n" in draft.yaml


def test_a_known_id_matches_too() -> None:
    known = [{"id": "anp", "name": "Agence nationale des ports", "kind": "public-body"}]
    record = one(article("cadre_tanger"), organizations=known)
    assert {"org": "anp", "role": "partner"} in record["parties"]



@pytest.mark.parametrize("written", ["Maroc Clusters", "MAROC CLUSTERS", "Maroc Cluster"])
def test_a_plural_s_still_matches_a_known_organization(written: str) -> None:
    known = [{"id": "maroc-cluster", "name": "Maroc Cluster", "kind": "network"}]
    text = (f"{written} a reçu le Cluster suisse des technologies propres avec qui il a "
            "signé, mardi à Casablanca, un mémorandum d'entente.")
    draft = draft_article(text, organizations=known, published_on=dt.date(2023, 5, 4))
    assert draft.agreements[0]["parties"][0] == {"org": "maroc-cluster", "role": "signatory"}
    assert [o["id"] for o in draft.organizations] == [
        "cluster-suisse-technologies-propres"]


def test_a_plural_s_is_tolerated_only_against_known_organizations() -> None:
    text = ("Maroc Clusters a reçu le Cluster suisse des technologies propres avec qui il a "
            "signé un mémorandum d'entente.")
    draft = draft_article(text, organizations=[{"id": "maroc", "name": "Maroc",
                                                "kind": "other"}])
    assert draft.organizations[0]["id"] == "maroc-clusters"
    assert draft.organizations[0]["name"] == "Maroc Clusters"


def test_foreign_clusters_from_adjectives() -> None:
    text = ("Maroc Numeric Cluster a reçu les clusters belge et italien avec qui il a signé "
            "des conventions de partenariat.")
    draft = draft_article(text, published_on=dt.date(2019, 5, 2))
    assert [o["id"] for o in draft.organizations] == [
        "maroc-numeric-cluster", "cluster-belge", "cluster-italien"]
    assert draft.organizations[1]["country"] == "BE"
    assert [r["parties"] for r in draft.agreements] == [
        [{"org": "maroc-numeric-cluster", "role": "signatory"},
         {"org": "cluster-belge", "role": "partner"}],
        [{"org": "maroc-numeric-cluster", "role": "signatory"},
         {"org": "cluster-italien", "role": "partner"}]]


# --------------------------------------------------------------------------- types, events


@pytest.mark.parametrize(("phrase", "slug"), [
    ("une convention-cadre", "convention-cadre"),
    ("une convention cadre", "convention-cadre"),
    ("une convention de partenariat", "convention-partenariat"),
    ("un protocole d'accord", "protocole-accord"),
    ("un protocole d’accord", "protocole-accord"),
    ("un mémorandum d'entente", "memorandum"),
    ("un contrat-programme", "contrat-programme"),
    ("un avenant", "avenant"),
    ("un accord de coopération", "accord"),
])
def test_type_mapping(phrase: str, slug: str) -> None:
    text = f"L'Office national des pêches (ONP) a signé le 3 mai 2021 à Agadir {phrase}."
    assert one(text)["type"] == slug


def test_event_with_quotes_and_year_of_signing() -> None:
    record = one(article("avenant_gitex"), published_on=dt.date(2021, 9, 22))
    assert record["type"] == "avenant"
    assert record["signed_on"] == "2021-09-20"
    assert record["event"] == "Digital Days Maroc 2021"
    assert record["funding"] == {"amount": 250_000_000, "currency": "MAD"}
    assert record["sources"] == [{"publisher": "MAP", "published_on": "2021-09-22"}]


def test_month_only_place_with_accents() -> None:
    record = one(article("contrat_programme_laayoune"))
    assert (record["type"], record["signed_on"], record["place"], record["region"]) == (
        "contrat-programme", "2013-02", "Laâyoune", "Laâyoune-Sakia El Hamra")
    assert record["funding"] == {"amount": 3_000_000_000, "currency": "MAD"}
    assert record["period"] == {"start": 2013, "end": 2016}


def test_the_place_is_where_it_was_signed() -> None:
    text = ("L'Office national des pêches (ONP) a signé le 3 mai 2021 à Dakhla une convention "
            "de partenariat. Le projet sera réalisé à Agadir.")
    assert (one(text)["place"], one(text)["region"]) == ("Dakhla", "Dakhla-Oued Ed-Dahab")


# --------------------------------------------------------------------------- output


def test_no_agreement_still_gives_one_draft_with_todos() -> None:
    draft = draft_article(article("sans_accord"))
    assert len(draft.agreements) == 1
    assert draft.agreements[0]["type"] == "other"
    assert "type: other  # TODO: no agreement found" in draft.yaml
    assert "parties: []  # TODO: no party found" in draft.yaml


def test_output_has_evidence_and_todos_and_never_copies_sentences() -> None:
    draft = draft_article(article("cadre_tanger"))
    assert 'signed_on: 2024-03-11  # from: "lundi 11 mars"' in draft.yaml
    assert 'funding: {amount: 1200000000, currency: MAD}  # from: "1,2 milliard de DH"' \
        in draft.yaml
    assert "summary: null  # TODO: write a summary in your own words" in draft.yaml
    for quoted in re.findall(r'# from: "([^"]*)"', draft.yaml):
        assert len(quoted.split()) <= 9


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_draft_is_valid_yaml(path: Path) -> None:
    draft = draft_article(path.read_text(encoding="utf-8"), organizations=KNOWN,
                          published_on=dt.date(2024, 1, 10))
    document = yaml.safe_load(draft.yaml)
    assert document["schema"] == 1
    assert len(document["agreements"]) == len(draft.agreements)
    assert [a["id"] for a in document["agreements"]] == [a["id"] for a in draft.agreements]


def test_seeds_style_header_with_month_only() -> None:
    text = " date 2023-11 Le ministère de l'Industrie a signé, le mercredi 22 novembre à " \
           "Rabat, une convention de partenariat avec la Fédération des industries (FI)."
    record = one(text)
    assert record["signed_on"] == "2023-11-22"
    assert record["sources"] == [{"publisher": None, "published_on": "2023-11"}]


def test_a_completed_draft_passes_the_validator() -> None:
    dataset = importlib.import_module("conventions_cli.loader")
    if not hasattr(dataset, "load_text"):
        pytest.skip("conventions_cli.loader.load_text does not exist yet")
    draft = draft_article(article("partenariat_fes"), organizations=KNOWN)
    body = draft.yaml.replace("summary: null", 'summary: "Électrification de gîtes ruraux."')
    assert "null" not in body
    head, agreements = body.split("\nagreements:\n")
    new_orgs = head.split("\norganizations:\n")[1]
    document = f"schema: 1\norganizations:\n{KNOWN_YAML}{new_orgs}\nagreements:\n{agreements}"
    result = dataset.load_text(document, "draft.yaml")
    assert [str(p) for p in result.problems] == []


# --------------------------------------------------------------------------- input


def test_empty_text_is_an_error() -> None:
    with pytest.raises(ConvError, match="empty"):
        draft_article("  \n\t ")


def test_read_article_rejects_non_utf8_with_the_path(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("signée à Salé".encode("latin-1"))
    with pytest.raises(ConvError) as info:
        read_article(str(path))
    assert str(info.value) == f"{path}: not UTF-8 text; save it as UTF-8"


def test_read_article_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConvError, match=r"nope\.txt: no such file$"):
        read_article(str(tmp_path / "nope.txt"))


def test_read_article_strips_bom_and_reads_stdin(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfSign\xc3\xa9e")
    assert read_article(str(path)) == "Signée"
    fake = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfhier, mardi"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert read_article("-") == "hier, mardi"


def test_leading_article_is_stripped_only_as_a_whole_word():
    from conventions_cli.draft import ARTICLE_RE

    assert ARTICLE_RE.sub("", "Lesieur Cristal") == "Lesieur Cristal"
    assert ARTICLE_RE.sub("", "Une délégation") == "délégation"
    assert ARTICLE_RE.sub("", "l’AMICA") == "AMICA"
