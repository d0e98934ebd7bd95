"""`conv draft` on the command line: knowledge-base matching, stdin, errors."""

from __future__ import annotations

from pathlib import Path

import yaml

from conventions_cli.loader import load_text

ARTICLE = """\
Le ministère de l'Industrie et du Commerce a signé, hier, \
samedi à Rabat, une convention-cadre avec la Fédération de la Chimie (FCP) pour la \
période 2024-2027, dotée de 40 millions de dirhams.
"""


def test_draft_matches_known_organizations_by_acronym_and_alias(run, mini, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2024-03-10", data=mini)
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(result.stdout)
    (agreement,) = doc["agreements"]
    assert agreement["type"] == "convention-cadre"
    assert str(agreement["signed_on"]) == "2024-03-09"
    assert agreement["place"] == "Rabat"
    assert agreement["funding"] == {"amount": 40000000, "currency": "MAD"}
    assert agreement["period"] == {"start": 2024, "end": 2027}
    assert [p["org"] for p in agreement["parties"]] == ["mic", "fcp"]
    assert doc["organizations"] == []
    assert '# from: "' in result.stdout


def test_draft_validates_once_todos_are_filled(run, mini, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    draft = yaml.safe_load(run("draft", str(article), "--published-on", "2024-03-10",
                               data=mini).stdout)
    base = yaml.safe_load(mini.read_text(encoding="utf-8"))
    agreement = draft["agreements"][0]
    agreement["summary"] = "Résumé rédigé par nous."
    agreement["sources"][0]["publisher"] = "Agence"
    base["agreements"].append(agreement)
    text = yaml.safe_dump(base, allow_unicode=True, sort_keys=False).replace(
        "signed_on: 2024-03-09", "signed_on: '2024-03-09'")
    assert load_text(text, "merged.yaml").problems == []


def test_draft_reads_stdin(run, mini):
    result = run("draft", "-", "--published-on", "2024-03-10", data=mini, input=ARTICLE)
    assert result.exit_code == 0
    assert "signed_on: 2024-03-09" in result.stdout


def test_draft_bad_date_is_a_usage_error(run, mini, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2024-13-01", data=mini)
    assert result.exit_code == 2
    assert "--published-on '2024-13-01' is not a date" in result.stderr


def test_draft_missing_file_names_it(run, mini, tmp_path):
    missing = tmp_path / "nope.txt"
    result = run("draft", str(missing), data=mini)
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    assert result.stdout == ""


def test_draft_without_a_usable_knowledge_base_still_drafts(run, tmp_path: Path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 2\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2024-03-10", data=broken)
    assert result.exit_code == 0
    assert "warning: knowledge base not read" in result.stderr
    doc = yaml.safe_load(result.stdout)
    assert {o["acronym"] for o in doc["organizations"] if o.get("acronym")} == {"FCP"}


def test_ce_without_a_weekday_is_not_a_date_and_never_a_traceback(run) -> None:
    """'ce projet' once reached an assertion meant for 'ce mardi'."""
    result = run("draft", "-", "--published-on", "2024-07-24",
                 input="Une convention a été signée à Rabat pour ce projet.\n")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.stderr
    assert "signed_on: 2024" not in result.stdout
