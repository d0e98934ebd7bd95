"""`conv draft` on the command line: the knowledge base, stdin, dates, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conventions_cli.drafting import language

ARTICLE = """\
Le ministère de l'Industrie et du Commerce a signé, hier, samedi à Rabat, une \
convention-cadre avec la Fédération de la Chimie (FCP) pour la période 2024-2027, dotée de \
40 millions de dirhams.
"""


def test_draft_matches_known_organizations_by_acronym_and_name(run, mini, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2024-03-10", data=mini)
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(result.stdout)
    assert doc["schema"] == 2
    (agreement,) = doc["agreements"]
    assert agreement["type"] == "convention-cadre"
    assert str(agreement["signed_on"]) == "2024-03-09"
    assert (agreement["place"], agreement["region"]) == ("Rabat", "Rabat-Salé-Kénitra")
    assert agreement["funding"] == {"amount": 40000000, "currency": "MAD"}
    assert agreement["period"] == {"start": 2024, "end": 2027}
    assert [p["org"] for p in agreement["parties"]] == ["mic", "fcp"]
    assert doc["organizations"] == []
    # the signatories, the headline (the article opens on its lead) and the region derived
    # from Rabat among them
    assert "conv: 8 fact(s) to check or fill (# TODO)" in result.stderr


@pytest.mark.parametrize(("published", "signed"), [
    ("2024-03-10", "2024-03-09"), ("2024-03", None), ("2024", None)])
def test_published_on_takes_a_day_a_month_or_a_year(run, mini, published, signed):
    result = run("draft", "-", "--published-on", published, data=mini, input=ARTICLE)
    assert result.exit_code == 0, result.output
    (agreement,) = yaml.safe_load(result.stdout)["agreements"]
    assert agreement.get("signed_on") == (signed and __import__("datetime").date.fromisoformat(
        signed))
    assert str(agreement["sources"][0]["published_on"]) == published


def test_ce_without_a_weekday_does_not_crash(run, mini):
    result = run("draft", "-", "--published-on", "2024-07-24", data=mini,
                 input="Une convention a été signée à Rabat pour ce projet.\n")
    assert result.exit_code == 0, result.output
    (agreement,) = yaml.safe_load(result.stdout)["agreements"]
    assert (agreement["type"], agreement["place"]) == ("convention-partenariat", "Rabat")


def test_draft_bad_date_is_a_usage_error(run, mini):
    result = run("draft", "-", "--published-on", "2024-13-01", data=mini, input=ARTICLE)
    assert result.exit_code == 2
    assert "--published-on '2024-13-01' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY" \
        in result.stderr


def test_draft_missing_file_names_it(run, mini, tmp_path):
    missing = tmp_path / "nope.txt"
    result = run("draft", str(missing), data=mini)
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    assert result.stdout == ""


def test_draft_refuses_text_that_is_not_utf8(run, mini, tmp_path):
    article = tmp_path / "latin1.txt"
    article.write_bytes("Signée à Fès".encode("latin-1"))
    result = run("draft", str(article), data=mini)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"conv: error: {article}: not UTF-8 text; save it as " \
                                    "UTF-8 and try again"


def test_draft_without_spacy_says_what_to_install(run, mini, monkeypatch):
    def missing() -> None:
        raise language.LanguageUnavailable(
            'conv draft needs spaCy and its French model; pip install "conventions-cli[draft]"')

    monkeypatch.setattr(language, "load_pipeline", missing)
    result = run("draft", "-", data=mini, input=ARTICLE)
    assert result.exit_code == 1
    assert result.stderr == ('conv: error: conv draft needs spaCy and its French model; '
                             'pip install "conventions-cli[draft]"\n')
    assert "Traceback" not in result.output


def test_draft_without_a_usable_knowledge_base_still_drafts(run, tmp_path: Path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 2\n", encoding="utf-8")
    result = run("draft", "-", "--published-on", "2024-03-10", data=broken, input=ARTICLE)
    assert result.exit_code == 0
    assert "warning: knowledge base has problems" in result.stderr
    doc = yaml.safe_load(result.stdout)
    assert {o["acronym"] for o in doc["organizations"] if o.get("acronym")} == {"FCP"}


def test_draft_without_a_readable_knowledge_base_still_drafts(run, tmp_path: Path):
    missing = tmp_path / "nowhere.yaml"
    result = run("draft", "-", "--published-on", "2024-03-10", data=missing, input=ARTICLE)
    assert result.exit_code == 0
    assert "warning: knowledge base not read" in result.stderr
    assert yaml.safe_load(result.stdout)["agreements"]


def test_inline_markup_pasted_with_the_text_does_not_hide_a_party(run, mini, tmp_path):
    # Copied out of a site's editor: the partner's name sits inside <strong>, a <br> ends a
    # paragraph and an entity stands for the ampersand.
    article = tmp_path / "pasted.txt"
    article.write_text(
        "Casablanca – Le ministère de l'Industrie et du Commerce a conclu mardi 4 mars 2025 "
        "une convention de partenariat avec la société <strong class=\"x\">Sahel "
        "Logistique &amp; Froid</strong> (SLF) pour 12 millions de dirhams.<br/>"
        "Le projet doit démarrer en juin.\n", encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2025-03-05", data=mini)
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(result.stdout)
    names = {o["name"] for o in doc.get("organizations", [])}
    assert "Sahel Logistique & Froid" in names
    (agreement,) = doc["agreements"]
    assert len(agreement["parties"]) == 2
    assert "<" not in result.stdout


@pytest.mark.parametrize("prose", [
    "Le taux passe de 3 < 4 > 2 selon le rapport.",
    "Un coeur <3 dessiné par les élèves.",
    "Les indices <sigma> et <beta> du modèle.",
])
def test_angle_brackets_that_are_not_tags_stay_as_written(prose):
    from conventions_cli.drafting.reading import without_markup

    assert without_markup(prose) == prose


def test_tags_that_break_lines_become_line_ends():
    from conventions_cli.drafting.reading import without_markup

    assert without_markup("<p>Un.</p><p>Deux&nbsp;: <em>trois</em></p>") == \
        "\nUn.\n\nDeux\u00a0: trois\n"


@pytest.mark.parametrize("text", ["", "\n  \n", "\ufeff"])
def test_an_empty_article_is_refused_by_name(run, mini, tmp_path, text):
    article = tmp_path / "vide.txt"
    article.write_text(text, encoding="utf-8")
    result = run("draft", str(article), data=mini)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (f"conv: error: {article} is empty (a failed save, or the wrong "
                             "file?); give the article's text file or saved page\n")


def test_one_article_given_twice_is_drafted_once_and_a_copy_is_said(run, mini, tmp_path):
    article, copy = tmp_path / "a.txt", tmp_path / "copie.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    copy.write_text(ARTICLE.replace("\n", "\r\n"), encoding="utf-8")
    once = run("draft", str(article), "--published-on", "2024-03-10", data=mini)
    twice = run("draft", str(article), str(article), "--published-on", "2024-03-10",
                data=mini)
    assert twice.exit_code == 0, twice.output
    assert twice.stdout == once.stdout
    assert f"conv: note: {article} given twice: drafted once" in twice.stderr
    both = run("draft", str(article), str(copy), "--published-on", "2024-03-10", data=mini)
    assert both.exit_code == 0 and both.stdout.count("\n  - id: ") == 2 * \
        once.stdout.count("\n  - id: ")
    assert f"conv: note: {copy} holds the same text as {article}: the same article " \
           "twice?" in both.stderr
