"""A text wrapped by hand (copied from a mail or a PDF) read as its paragraphs."""

from __future__ import annotations

import re


def line_spans(text: str) -> list[tuple[int, int]]:
    """Each line's (start, end) offsets, the break after it excluded."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


OPEN_LINE = re.compile(r"[^.!?…»\"”):;\s]\s*$")


# "L'action de la" / "BEI au Maroc …": a line that stops on a word that cannot end one
RUNS_ON = re.compile(r"\b(?:de|la|le|les|du|des|d'|l'|et|à|au|aux|en|pour|par|sur|avec|un|"
                     r"une|dans|entre|que|qui)\s*$", re.I)


def unwrapped(text: str) -> str:
    """A text wrapped by hand (copied from a mail or a PDF: a break every 60 to 90
    characters, inside sentences) as its paragraphs: in a block of lines most of which run
    on into a next line that starts in lower case, each such break becomes a space. A menu
    (short lines) or a list of headlines (each starting with a capital) is left alone.
    Offsets do not move."""
    spans = line_spans(text)
    chars: list[str] | None = None
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and text[slice(*spans[j + 1])].strip():
            j += 1
        block = range(i, j)  # the lines that have a next line in the block
        open_ = [k for k in block if OPEN_LINE.search(text[slice(*spans[k])])]
        long_ = [k for k in open_ if len(text[slice(*spans[k])].strip()) >= 50]
        running = [k for k in open_ if text[slice(*spans[k + 1])].lstrip()[:1].islower()
                   or RUNS_ON.search(text[slice(*spans[k])])]
        if not (len(long_) >= 3 and 2 * len(long_) >= len(block)
                and 2 * len(running) >= len(open_)):
            # a block that is mostly something else (a list after a wrapped paragraph):
            # a long line still runs on into a next line in lower case ("le Vendredi 9" /
            # "décembre 2016 à la signature"), a headline or a list item never does
            open_ = [k for k in long_ if text[slice(*spans[k + 1])].lstrip()[:1].islower()]
            long_ = running = open_
        if open_:
            chars = chars if chars is not None else list(text)
            joined = False
            for k in open_:  # not "Accueil" above the story: a short line runs on only
                # into lower case, or after a line that ran on into it
                if k in long_ or k in running or joined and k - 1 in open_:
                    chars[spans[k][1]] = " "
                    joined = True
                else:
                    joined = False
        i = j + 1
    return text if chars is None else "".join(chars)
