"""A value wrapped whole in typographic quotes, as a word processor or a web page pastes it:
`name: “Ministère de l'Industrie”`. YAML reads only ' and " as quotes, so the “ ” are kept
as part of the value: listings show them, and `stats` counts the name apart from the same
words written plainly. Valid, but surely a slip: warned of where the value stands."""

from __future__ import annotations

# Each opening quote and the closing quotes it pairs with (English, French, German use).
PAIRS = {"\u201c": "\u201d\u201c", "\u201e": "\u201c\u201d", "\u2018": "\u2019\u2018",
         "\u201a": "\u2018\u2019", "\u00ab": "\u00bb", "\u2039": "\u203a",
         "\u00bb": "\u00ab", "\u201d": "\u201d\u201c", "\u203a": "\u2039"}
# The quotes that only open one: a value starting with one that nothing closes was cut
# from a longer quote, or lost its closing quote on the way.
OPENING = "\u201c\u201e\u00ab\u2039"
_INSIDE_BLANKS = " \u00a0\u202f"


def wrapping_quotes(value: str) -> str | None:
    """The two quotes ``value`` is wrapped in ("“ ”"), when it is wrapped whole: it opens
    with one, closes with its pair, and holds neither inside (« A » et « B » is two quoted
    names, not one wrapped value); else None."""
    if len(value) < 3 or value[0] not in PAIRS or value[-1] not in PAIRS[value[0]]:
        return None
    inner = value[1:-1].strip(_INSIDE_BLANKS)
    # ’ closes a quote and is the apostrophe too: ‘Convention de l’Oriental’ is wrapped whole
    if not inner or value[0] in inner or (value[-1] in inner and value[-1] != "\u2019"):
        return None
    return f"{value[0]} {value[-1]}"


def lone_quote(value: str) -> str | None:
    """The typographic quote ``value`` opens with and never closes ("“Office national"):
    kept by YAML as part of the value, as a wrapping pair is; else None."""
    if len(value) < 2 or value[0] not in OPENING or wrapping_quotes(value):
        return None
    closing = PAIRS[value[0]].replace(value[0], "") or value[0]
    return value[0] if not any(c in value[1:] for c in closing) else None


def quotes_message(key: str, value_said: str, quotes: str) -> str:
    if len(quotes) == 1:
        return (f"{key} {value_said} starts with a typographic quote ({quotes}) that "
                "nothing closes, which YAML keeps as part of the value: listings and "
                "exports show it, and stats and filters take it for a value apart from the "
                "same words without it; remove it")
    return (f"{key} {value_said} is wrapped in typographic quotes ({quotes}), which YAML "
            "keeps as part of the value (only ' and \" are quotes to it): listings and exports "
            "show them, and stats and filters take it for a value apart from the same words "
            "without them; remove them (or write ' or \" in their place if the value needs "
            "quoting)")
