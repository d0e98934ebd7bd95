"""The source's headline: a saved page's own title, or the headline line above a plain
text's body, is cited as the source's `title`; without one, a TODO asks for it. Both
survive `--add`, and validate lists as many TODOs as draft announced."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

pytest.importorskip("spacy")

HEADLINE = "Pêche : une convention de 60 millions de dirhams pour les ports de Dakhla"
LEAD = ("La Chambre des pêches maritimes de l'Atlantique Sud et le ministère de "
        "l'Agriculture et de la Pêche maritime ont signé jeudi à Dakhla une convention de "
        "partenariat de 60 millions de dirhams pour moderniser les halles aux poissons.\n")
PAGE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{HEADLINE} | La Gazette du Sud</title>
<meta property="og:site_name" content="La Gazette du Sud">
<meta property="article:published_time" content="2026-02-13T08:00:00+01:00"></head>
<body><nav>Accueil | Économie | Régions</nav>
<article><h1>{HEADLINE}</h1>
<p>{LEAD}</p>
<p>Les travaux dureront deux ans et concerneront trois ports de la région.</p>
</article></body></html>
"""

BASE = """\
schema: 2
people: []
events: []
organizations: []
agreements: []
"""


def sources(out: str) -> list[dict]:
    return [s for a in yaml.safe_load(out)["agreements"] for s in a["sources"]]


def announced(stderr: str) -> int:
    return int(re.search(r"conv: (\d+) fact\(s\)", stderr).group(1))


def test_a_plain_text_s_headline_is_the_source_s_title(run, tmp_path: Path) -> None:
    article = tmp_path / "dakhla.txt"
    article.write_text(f"{HEADLINE}\n\n{LEAD}", encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2026-02-13")
    assert result.exit_code == 0, result.output
    assert [s.get("title") for s in sources(result.stdout)] == [HEADLINE]
    assert "headline not found" not in result.stdout


def test_a_text_without_headline_asks_for_it(run, tmp_path: Path) -> None:
    article = tmp_path / "dakhla.txt"
    article.write_text(LEAD, encoding="utf-8")  # the lead alone: no headline line
    result = run("draft", str(article), "--published-on", "2026-02-13")
    (source,) = sources(result.stdout)
    assert "title" not in source
    assert re.search(r"sources:\n\s+- \{.*\}  # .*TODO: headline not found", result.stdout)


def test_a_saved_page_s_title_without_the_site_s_name(run, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run("draft", str(page))
    assert result.exit_code == 0, result.output
    assert sources(result.stdout) == [{"publisher": "La Gazette du Sud",
                                       "published_on": date(2026, 2, 13), "title": HEADLINE}]


@pytest.mark.parametrize("text", [f"{HEADLINE}\n\n{LEAD}", LEAD], ids=["headline", "none"])
def test_the_title_and_its_todo_survive_add(run, write_yaml, tmp_path: Path,
                                           text: str) -> None:
    base = write_yaml(BASE)
    article = tmp_path / "dakhla.txt"
    article.write_text(text, encoding="utf-8")
    printed = run("draft", str(article), "--published-on", "2026-02-13", data=base)
    added = run("draft", str(article), "--published-on", "2026-02-13", "--add", data=base)
    assert added.exit_code == 0, added.output
    listed = [line for line in run("validate", data=base).stderr.splitlines()
              if "TODO comment" in line]
    assert len(listed) == announced(added.stderr) == announced(printed.stderr)
    kept = yaml.safe_load(base.read_text(encoding="utf-8"))["agreements"][0]["sources"][0]
    if text.startswith(HEADLINE):
        assert kept["title"] == HEADLINE
    else:
        assert "title" not in kept
        assert any("headline not found" in line for line in listed)


@pytest.mark.parametrize(("title", "cited"), [
    (f"{HEADLINE} – La Gazette du Sud", HEADLINE),
    (f"{HEADLINE} - La Gazette du Sud", HEADLINE),
    ("La Gazette du Sud", None),  # the site's name alone is no headline
])
def test_the_site_s_name_is_no_part_of_the_headline(run, tmp_path: Path, title: str,
                                                    cited: str | None) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(PAGE.replace(f"<title>{HEADLINE} | La Gazette du Sud</title>",
                                 f"<title>{title}</title>").replace(f"<h1>{HEADLINE}</h1>", ""),
                    encoding="utf-8")
    result = run("draft", str(page))
    assert result.exit_code == 0, result.output
    assert [s.get("title") for s in sources(result.stdout)] == [cited]
