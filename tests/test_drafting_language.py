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
