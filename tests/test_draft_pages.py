"""`conv draft` on saved web pages (main text and publication date from the page) and on
several articles at once (one review file)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("spacy")
pytest.importorskip("trafilatura")

PAGE = Path(__file__).parent / "fixtures" / "pages" / "cablage_tanger.html"
ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def test_a_saved_page_gives_its_article_its_date_and_its_outlet(run) -> None:
    result = run("draft", str(PAGE))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "signed_on: 2025-03-11  # from: \"mardi\"" in out  # the page says 12 March
    assert "{publisher: L'Écho du Détroit, published_on: 2025-03-12, title: " in out
    assert "funding: {amount: 45000000, currency: MAD}" in out
    assert "Bourse" not in out and "port de plaisance" not in out  # the ticker, the teasers


def test_published_on_given_wins_over_the_page(run) -> None:
    result = run("draft", str(PAGE), "--published-on", "2025-03-14")
    assert "signed_on: 2025-03-11" in result.stdout  # "mardi" before Friday the 14th
    assert "published_on: 2025-03-14" in result.stdout


@pytest.mark.parametrize(("given", "published"), [("2025-03", "2025-03-12"),
                                                  ("2025", "2025-03-12"),
                                                  ("2025-04", "2025-04")])
def test_the_page_s_day_refines_a_month_given_that_agrees(run, given: str,
                                                          published: str) -> None:
    result = run("draft", str(PAGE), "--published-on", given)
    assert f"published_on: {published}, title: " in result.stdout
    assert ("signed_on: 2025-03-11" in result.stdout) is (published == "2025-03-12")


def test_a_page_without_article_text_is_one_clear_error(run, tmp_path) -> None:
    empty = tmp_path / "menu.html"
    empty.write_text("<html><body><nav><a href='/'>Accueil</a></nav></body></html>",
                     encoding="utf-8")
    result = run("draft", str(empty))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"conv: error: {empty}: no article text found in this page; save the article's text "
        "as a .txt file instead"]


def test_without_the_extractor_conv_says_what_to_install(run, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    result = run("draft", str(PAGE))
    assert result.exit_code == 1
    assert "pip install \"conventions-cli[draft]\"" in result.stderr
    assert "Traceback" not in result.output


def test_a_page_in_a_legacy_encoding_is_read_by_its_declared_charset(run, tmp_path) -> None:
    page = tmp_path / "latin1.htm"
    page.write_bytes(PAGE.read_text(encoding="utf-8").replace(
        'charset="utf-8"', 'charset="iso-8859-1"').encode("latin-1", errors="replace"))
    result = run("draft", str(page))
    assert result.exit_code == 0, result.output
    assert "place: Tanger" in result.stdout


def test_several_articles_give_one_review_file(run, tmp_path) -> None:
    second = tmp_path / "ofppt_fes.txt"
    second.write_text(
        "Fès — L'Office de la formation professionnelle et de la promotion du travail (OFPPT) "
        "et la Fédération des industries du cuir (FEDIC) ont signé, jeudi 13 mars 2025 à Fès, "
        "une convention de partenariat pour la formation de 500 artisans.\n", encoding="utf-8")
    third = tmp_path / "fedic_meknes.txt"
    third.write_text(
        "Meknès — La Fédération des industries du cuir (FEDIC) et la Chambre d'artisanat de "
        "la région Fès-Meknès ont signé, vendredi 14 mars 2025 à Meknès, un protocole "
        "d'accord pour la promotion de la maroquinerie.\n", encoding="utf-8")
    result = run("draft", str(PAGE), str(ARTICLES / "sans_accord.txt"), str(second),
                 str(third))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.count("schema: 2") == 1
    assert f"  # {PAGE}" in out and f"  # {second}" in out and f"  # {third}" in out
    assert "# TODO: no signed agreement found in the article" in out
    assert out.count("  - id: fedic  # from:") == 1  # proposed once, linked the second time
    assert out.count("{org: fedic, role:") == 2
    announced = int(result.stderr.split("conv: ")[1].split(" fact(s)")[0])
    assert announced == sum(line.count("TODO:") for line in out.splitlines())


def test_several_articles_added_at_once_leave_every_announced_todo(run, write_yaml,
                                                                    tmp_path) -> None:
    base = write_yaml("schema: 2\norganizations: []\nagreements: []\n")
    result = run("draft", str(PAGE), str(ARTICLES / "denim_fes.txt"), "--published-on",
                 "2025-03-12", "--add", data=base)
    assert result.exit_code == 0, result.output
    announced = int(result.stderr.split("conv: ")[1].split(" fact(s)")[0])
    listed = [x for x in run("validate", data=base).stderr.splitlines()
              if "TODO comment" in x]
    assert len(listed) == announced


STORY = """\
<p>La commune de Larache et l'Agence nationale des ports ont signé, jeudi à Larache, une
convention de 75 millions de dirhams pour la réhabilitation du vieux port de pêche.</p>
{inside}
<p>Les travaux dureront trois ans et profiteront à près de deux mille marins de la ville,
selon le président du conseil communal.</p>"""


def _page(tmp_path: Path, *, before: str = "", inside: str = "", after: str = "",
          own_date: str = "") -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        "<title>Larache : le vieux port rénové</title></head><body>"
        "<header><nav><a href='/'>Accueil</a></nav></header>"
        f"<main>{before}<article><h1>Larache : le vieux port rénové</h1>{own_date}"
        f"{STORY.format(inside=inside)}</article>{after}</main>"
        "<footer>Tous droits réservés.</footer></body></html>", encoding="utf-8")
    return page


TEASER = ("<section class='une'><article><h2>Safi : un accord</h2><p>Le groupe Alpha et "
          "l'université Beta ont signé, lundi à Safi, un accord de 330 MDH pour la recherche "
          "sur les engrais de demain et la formation des ingénieurs.</p></article></section>")
TEMPLATE = ("<template id='promo'><p>Offre : la société Gamma et l'ONCF ont signé, lundi à "
            "Rabat, une convention de 999 MDH.</p></template>")
RELATED = ("<aside class='related'><h3>Lire aussi</h3><ul><li><time datetime='2025-11-03'>3 "
           "novembre 2025</time> <a href='/a'>Nador : un accord de 50 MDH</a></li>"
           "<li><time datetime='2025-10-28'>28 octobre 2025</time> <a href='/b'>Berkane : "
           "trois conventions signées</a></li></ul></aside>")


@pytest.mark.parametrize("chrome", ["teaser", "template", "teaser after"])
def test_only_the_page_s_own_story_is_drafted(run, tmp_path: Path, chrome: str) -> None:
    """A front-page teaser <article> beside the story, or a <template> (never shown) in
    it, is no part of the story: the draft is the story's alone."""
    page = _page(tmp_path, before=TEASER if chrome == "teaser" else "",
                 after=TEASER if chrome == "teaser after" else "",
                 inside=TEMPLATE if chrome == "template" else "",
                 own_date="<time datetime='2026-02-12'>12 février 2026</time>")
    result = run("draft", str(page))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "funding: {amount: 75000000, currency: MAD}" in out
    assert "place: Larache" in out and "signed_on: 2026-02-12" in out
    for other in ("330", "999", "Safi", "Alpha", "Beta", "Gamma", "ONCF", "Offre"):
        assert other not in out, other


@pytest.mark.parametrize("own", [None, "2026-02-12"])
def test_a_related_article_s_date_is_not_the_page_s(run, tmp_path: Path,
                                                     own: str | None) -> None:
    """The dates of a "Lire aussi" list are other articles': a page without a date of its
    own has none (a TODO asks for --published-on), one with its own keeps it."""
    page = _page(tmp_path, after=RELATED, own_date=f"<time datetime='{own}'>{own}</time>"
                 if own else "")
    result = run("draft", str(page))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2025-1" not in out  # neither related date, nor a day counted from one
    if own:
        assert f"published_on: {own}, title: " in out and "signed_on: 2026-02-12" in out
    else:
        assert "published_on: null, title: " in out and "publication date not found" in out


@pytest.mark.parametrize(("given", "said"), [("2026-04-23", True), ("2026-04", True),
                                             ("2025", True), ("2026-02-12", False),
                                             ("2026-02", False), ("2026", False)])
def test_a_date_given_against_the_page_s_own_is_said(run, tmp_path: Path, given: str,
                                                      said: bool) -> None:
    """--published-on wins over the page's own date, but not in silence when they
    disagree: every relative date ('jeudi') counts from it."""
    page = _page(tmp_path, own_date="<time datetime='2026-02-12'>12 février 2026</time>")
    result = run("draft", str(page), "--published-on", given)
    assert result.exit_code == 0, result.output
    warning = f"page.html: it says it was published on 2026-02-12; --published-on {given} " \
              "is used instead"
    assert (warning in result.stderr) is said, result.stderr


def test_a_signing_after_the_publication_is_a_todo(run, tmp_path: Path) -> None:
    article = tmp_path / "futur.txt"
    article.write_text("Tanger — La société Delta Fret et l'Agence spéciale Tanger Med ont "
                       "signé, jeudi 5 novembre 2026 à Tanger, une convention de 30 MDH.\n",
                       encoding="utf-8")
    later = run("draft", str(article), "--published-on", "2026-04")
    assert "signed_on: 2026-11-05" in later.stdout
    assert "TODO: signed after the article was published (2026-04)" in later.stdout
    same = run("draft", str(article), "--published-on", "2026-11-06")
    assert "signed after" not in same.stdout
    future = run("draft", str(article), "--published-on", "2099-01-01")
    assert "--published-on 2099-01-01 is in the future" in future.stderr
