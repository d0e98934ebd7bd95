"""Stage 2, language: spaCy's sentences and entities, and a clear line when it is missing."""

from __future__ import annotations

import builtins
import sys

import pytest

from conventions_cli.drafting import language


def test_sentences_are_cut_at_full_stops_and_lines_only() -> None:
    doc = language.analyse("Rabat — La ministre a signé la convention-cadre 2024-2030 avec "
                           "M. Alami. Elle entre en vigueur.\nTitre sans point\nFin.")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Rabat — La ministre a signé la convention-cadre 2024-2030 avec M. Alami.",
        "Elle entre en vigueur.", "Titre sans point", "Fin."]


def test_tokens_carry_their_folded_form_for_matching() -> None:
    doc = language.analyse("Économie")
    assert doc[0].norm_ == "economie"


def test_a_missing_spacy_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_spacy(name: str, *args: object, **kwargs: object) -> object:
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    language.load_pipeline.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_spacy)
    monkeypatch.delitem(sys.modules, "spacy", raising=False)
    try:
        with pytest.raises(language.LanguageUnavailable) as info:
            language.load_pipeline()
    finally:
        monkeypatch.undo()
        language.load_pipeline.cache_clear()
    assert info.value.lines() == [
        'conv: error: conv draft needs spaCy and its French model; '
        'pip install "conventions-cli[draft]"']


def test_a_missing_model_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    language.load_pipeline.cache_clear()
    monkeypatch.setattr(language, "MODEL", "fr_model_that_is_not_installed")
    try:
        with pytest.raises(language.LanguageUnavailable, match='pip install "conventions-cli'):
            language.load_pipeline()
    finally:
        language.load_pipeline.cache_clear()


def test_the_spacy_load_fallback_drafts_what_the_light_loader_drafts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """When the model's layout does not suit the light loader, `spacy.load` takes over and
    the drafts stay the same (same components, same tokens)."""
    from pathlib import Path

    from conventions_cli.drafting import draft_article

    articles = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in articles] + [
        "Jean-Michel Dupont, vice-président de la Banque Azur, et le responsable-pays de "
        "l'Agence Nord ont signé lundi à Rabat deux conventions de 12 MDH."]
    language.load_pipeline.cache_clear()
    try:
        light = [draft_article(t, published_on="2024-03-12").yaml for t in texts]
        light_pipes = language.load_pipeline().pipe_names
        language.load_pipeline.cache_clear()

        def broken() -> None:
            raise OSError("an unexpected model layout")

        monkeypatch.setattr(language, "_load_light", broken)
        nlp = language.load_pipeline()
        assert nlp.lang == "fr" and nlp.pipe_names == light_pipes
        assert "lemmatizer" not in nlp.pipe_names
        full = [draft_article(t, published_on="2024-03-12").yaml for t in texts]
    finally:
        monkeypatch.undo()
        language.load_pipeline.cache_clear()
    assert full == light
