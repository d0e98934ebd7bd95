"""Stage 6, emission: a schema-2 document, a quote for every fact, a TODO for every gap,
and each entry also kept as text for inserting into an existing file."""

from __future__ import annotations

import yaml

from conventions_cli.drafting import SECTIONS, draft_article
from conventions_cli.drafting.yamlbits import scalar

ARTICLE = """\
Le ministre de l'Énergie et des Mines, Karim Tazi, et la Fédération du solaire (FEDSOL) ont \
signé, hier à Ouarzazate, une convention-cadre de 75 millions de dirhams pour la période \
2024-2027.
"""

KNOWN = [{"id": "fedsol", "name": "Fédération du solaire", "acronym": "FEDSOL",
          "kind": "federation", "aliases": []}]


def test_a_schema_2_document_with_people_and_signatories() -> None:
    draft = draft_article(ARTICLE, published_on="2024-05-15", organizations=KNOWN)
    doc = yaml.safe_load(draft.yaml)
    assert list(doc) == ["schema", *SECTIONS]
    assert doc["schema"] == 2
    assert doc["people"] == [{"id": "karim-tazi", "name": "Karim Tazi"}]
    assert doc["organizations"] == [{"id": "ministere-energie-mines",
                                     "name": "Ministère de l'Énergie et des Mines",
                                     "kind": "ministry"}]  # only the new one
    (agreement,) = doc["agreements"]
    assert agreement["parties"] == [{"org": "ministere-energie-mines", "role": "signatory"},
                                    {"org": "fedsol", "role": "partner"}]
    assert agreement["signatories"] == [{"person": "karim-tazi",
                                         "org": "ministere-energie-mines",
                                         "title": "Ministre de l'Énergie et des Mines"}]
    assert (str(agreement["signed_on"]), agreement["place"], agreement["region"]) == (
        "2024-05-14", "Ouarzazate", "Drâa-Tafilalet")
    assert agreement["funding"] == {"amount": 75_000_000, "currency": "MAD"}
    assert agreement["period"] == {"start": 2024, "end": 2027}
    assert agreement["summary"] is None


def test_every_fact_quotes_the_article_and_every_gap_is_a_todo() -> None:
    text = draft_article(ARTICLE, published_on="2024-05-15", organizations=KNOWN).yaml
    assert '    signed_on: 2024-05-14  # from: "hier"\n' in text
    assert '    funding: {amount: 75000000, currency: MAD}  # from: "75 millions de dirhams"\n' \
        in text
    assert "    # jobs:  # TODO: no jobs figure found\n" in text
    assert "    summary: null  # TODO: write a summary in your own words\n" in text


def test_each_entry_is_kept_as_the_text_printed_under_its_key() -> None:
    draft = draft_article(ARTICLE, published_on="2024-05-15", organizations=KNOWN)
    assert set(draft.sections) == set(SECTIONS)
    for key in SECTIONS:
        assert len(draft.sections[key]) == len(draft.data[key])
        for entry in draft.sections[key]:
            assert entry.startswith("  - id: ") and entry.endswith("\n")
            assert entry.rstrip("\n") in draft.yaml
            assert yaml.safe_load(f"{key}:\n{entry}")[key]
    assert draft.sections["people"] == [
        '  - id: karim-tazi  # from: "Karim Tazi"\n    name: Karim Tazi\n']


def test_ids_never_collide_with_the_base() -> None:
    draft = draft_article(ARTICLE, published_on="2024-05-15", organizations=KNOWN,
                          existing_ids=["fedsol-convention-cadre-2024"],
                          people=[{"id": "karim-tazi", "name": "Karim Tazi Alaoui",
                                   "aliases": []}])
    assert draft.agreements[0]["id"] == "fedsol-convention-cadre-2024-2"
    assert draft.people[0]["id"] == "karim-tazi-2"


def test_scalars_read_back_as_written() -> None:
    for value in ["Rabat", "NO", "2024-05-14", "Ministre de la Culture, de la Jeunesse",
                  "a: b", "2T Services", "oui # non", "«Agrotech»"]:
        assert yaml.safe_load(f"k: {scalar(value)}")["k"] in (value, __import__(
            "datetime").date(2024, 5, 14))


def test_an_id_takes_the_report_s_year_when_the_signing_date_is_unknown() -> None:
    draft = draft_article("Une convention-cadre a été signée à Rabat pour des terrains de "
                          "sport de proximité.", published_on="2018-02")
    (agreement,) = yaml.safe_load(draft.yaml)["agreements"]
    assert agreement["id"] == "convention-cadre-2018" and "signed_on" not in agreement


def test_one_party_found_is_said_on_the_parties_line() -> None:
    """An agreement binds two sides: with one found, the curator is told to look for the
    other; with two, nothing is said."""
    one = draft_article("Kénitra — Une convention a été conclue jeudi avec la société Atlas "
                        "Faisceaux pour une usine de câbles de 90 millions de dirhams.",
                        published_on="2025-03-07", organizations=KNOWN)
    lines = [x for x in one.yaml.splitlines() if x.strip().startswith("parties:")]
    assert lines and all("TODO: one party found" in x for x in lines)
    assert len(yaml.safe_load(one.yaml)["agreements"][0]["parties"]) == 1
    two = draft_article(ARTICLE, published_on="2024-05-15", organizations=KNOWN)
    assert "one party found" not in two.yaml
