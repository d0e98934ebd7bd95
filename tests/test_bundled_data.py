"""The bundled knowledge base (data/agreements.yaml), read through `conv` without --data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conventions_cli.base.source import default_data_path


def test_bundled_data_is_the_checkout_folder() -> None:
    path = default_data_path()
    assert path.name == "data" and path.is_dir()
    assert (path / "agreements.yaml").is_file()


def test_bundled_data_validates(run) -> None:
    result = run("validate")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert re.fullmatch(r"ok: \d+ agreements, \d+ organizations, \d+ (person|people), "
                        r"\d+ events?, no problems in \S+\n", result.stdout)


def test_at_least_nine_agreements(run) -> None:
    assert len(run.json("list", "--format", "json")) >= 9


def test_cti_2022(run) -> None:
    record = run.json("show", "cti-2022", "--format", "json")
    assert (record["signed_on"], record["place"], record["type"]) == (
        "2022-06-07", "Casablanca", "convention-cadre")
    assert record["funding"] == {"amount": 250000000, "currency": "MAD"}
    assert record["period"] == {"start": 2022, "end": 2025}
    assert record["follows"] == "cti-2013"
    assert [(s["publisher"], s["published_on"]) for s in record["sources"]] == [
        ("Le Desk", "2022-06-07"), ("Maroc-Actu", "2022-06-08"), ("L'Opinion", "2022-06")]
    assert record["parties"][0]["org"] == "mic"
    assert record["parties"][0]["role"] == "signatory"


def test_cti_2013_is_the_2014_2020_plan(run) -> None:
    record = run.json("show", "cti-2013", "--format", "json")
    assert record["signed_on"] == "2013-02"
    assert record["funding"] == {"amount": 290000000, "currency": "MAD"}
    assert record["period"] == {"start": 2014, "end": 2020}
    assert record["followed_by"] == ["cti-2022"]


def test_two_rabat_conventions_of_2023_11_22(run) -> None:
    rows = run.json("list", "--format", "json", "--place", "rabat", "--year", "2023",
                    "--sector", "qualite", "--sort", "id")
    assert [(r["id"], r["signed_on"], r["place"]) for r in rows] == [
        ("quality-amica-2023", "2023-11-22", "Rabat"),
        ("quality-fcp-2023", "2023-11-22", "Rabat")]
    assert run.json("list", "--format", "json", "--partner", "FCP", "--year", "2023")[0][
        "id"] == "quality-fcp-2023"
    assert run.json("list", "--format", "json", "--partner", "AMICA", "--year", "2023")[0][
        "id"] == "quality-amica-2023"


def test_three_gitex_protocoles(run) -> None:
    rows = run.json("list", "--format", "json", "--type", "protocole-accord",
                    "--event", "gitex-africa-2025", "--sort", "jobs_direct")
    assert [(r["signed_on"], r["place"], r["jobs_direct"], r["jobs_by"]) for r in rows] == [
        ("2025-04-15", "Marrakech", 700, 2029),
        ("2025-04-15", "Marrakech", 200, 2028),
        ("2025-04-15", "Marrakech", 150, 2029),
    ]
    assert sorted(r["id"] for r in rows) == [
        "gitex-2025-2t-services", "gitex-2025-arrow", "gitex-2025-kpmg"]


def test_ministry_industrie_lists_no_gitex_protocole(run) -> None:
    rows = run.json("list", "--format", "json", "--ministry", "industrie")
    found = {r["id"] for r in rows}
    assert {"cti-2022", "cti-2013", "quality-fcp-2023", "quality-amica-2023"} <= found
    # the GITEX protocols were signed by the digital ministry, not by industry's
    assert not any(i.startswith("gitex-") for i in found)


@pytest.fixture(scope="module")
def every_id() -> list[str]:
    from conventions_cli.base.loader import load_path

    result = load_path(default_data_path())
    assert result.dataset is not None
    return [a["id"] for a in result.dataset.agreements]


def test_every_agreement_has_a_dated_source(run, every_id: list[str]) -> None:
    assert len(every_id) >= 9
    for ident in every_id:
        record = run.json("show", ident, "--format", "json")
        assert record["sources"], ident
        for source in record["sources"]:
            assert source["publisher"].strip(), ident
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", source["published_on"]), ident


def test_bundled_data_is_schema_2_with_people_and_events(run) -> None:
    cti = run.json("show", "cti-2022", "--format", "json")
    assert [(s["person"], s["org"]) for s in cti["signatories"]] == [("ryad-mezzour", "mic")]
    gitex = run.json("show", "gitex-2025-kpmg", "--format", "json")
    assert (gitex["event"]["id"], gitex["event"]["place"]) == ("gitex-africa-2025",
                                                             "Marrakech")
    cluster = run.json("show", "maroc-cluster-ch", "--format", "json")
    assert cluster["signed_on"] == "2014-12/2016-12-01"  # between creation and article


def test_every_source_has_an_address(run, every_id: list[str]) -> None:
    for ident in every_id:
        for source in run.json("show", ident, "--format", "json")["sources"]:
            assert (source["url"] or "").startswith(("https://", "http://")), (ident, source)
            assert source["title"], (ident, source)


def test_no_title_or_summary_repeats_ten_words_of_a_cited_report(run) -> None:
    """Titles and summaries are our own words: no run of ten words of the reports the base
    cites (their fingerprints, tests/fingerprints.py; the texts stay out of the project)."""
    from fingerprints import RUN, shingles

    stored = Path(__file__).parent / "fixtures" / "source-fingerprints.txt"
    copied = set(stored.read_text(encoding="utf-8").split())
    assert len(copied) > 1000  # the seed reports and the others whose text we hold
    for agreement in run.json("export", "--format", "json", "--full"):
        for field in ("title", "summary"):
            text = agreement.get(field) or ""
            assert not set(shingles(text)) & copied, (
                f"{agreement['id']}: its {field} repeats {RUN} words of a report in a row")


def test_the_fingerprint_check_finds_a_copied_sentence() -> None:
    from fingerprints import fingerprints, shingles

    report = "Le ministère et la fédération ont signé hier à Rabat une convention " \
             "de partenariat pour développer la filière."
    stored = fingerprints([report])
    assert set(shingles("Selon la dépêche, la fédération ont signé hier à Rabat une "
                        "convention de partenariat pour développer la filière.")) & stored
    assert not set(shingles("Convention de partenariat signée à Rabat entre le ministère "
                            "et la fédération pour développer la filière.")) & stored


def test_bundled_ids_are_short_enough_to_type_and_to_fit_at_80_columns(run) -> None:
    # an id is the name users type; at 80 columns it leaves room for a title and a date
    ids = [row["id"] for row in run.json("list", "--format", "json")]
    assert max(len(i) for i in ids) <= 40, [i for i in ids if len(i) > 40]
