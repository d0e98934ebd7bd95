"""What a saved page leaves in the article's text beside the story: web addresses in
brackets, an embedded post's tags, picture link and byline, handles, a stamp of when the
page was changed. They read as blank (offsets never move), so that the names around them
still make one list and no stamp opens a sentence."""

from __future__ import annotations

import re

__all__ = ["POST_MONTHS", "POST_TRAIL", "without_links"]

# A web address in brackets after a name: "la Banque (http://www.x.org) et l'Association …"
LINK = re.compile(r"\(\s*(?:https?://|www\.)[^\s()]*\s*\)")


# An embedded post's trail: "#Tag pic.twitter.com/x — Nadia F. (@handle) October 14, 2023"
POST_TRAIL = re.compile(r"(?:#\w+\s+)*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+)"
                        r"(?:\s*[—–-]\s*[^()\n]{2,60}\(@\w+\)\s*"
                        r"(?P<posted>(?P<m>[A-Z][a-z]+) (?P<d>\d{1,2}), (?P<y>\d{4})))?")
POST_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


# "Modifié 11 mars 2013 à 14h47Le Fonds …", "Mis à jour le 3 mai 2024 à 9h05": when the
# page was changed, glued to the story's first words on some sites
STAMP = re.compile(r"(?im)^[ \t]*(?:modifi[ée]e?|mis à jour|mise à jour)(?: le)? \d{1,2}"
                   r"(?:er)? [a-zéû]{3,9} (?:19|20)\d\d(?: à \d{1,2}h\d{2})?")
HANDLE = re.compile(r"(?<![\w.])@(\w)")  # "le président de l'@afreximbank"


def without_links(text: str) -> str:
    """Web addresses in brackets, and an embedded post's tags, picture link and byline,
    read as blank, so that the names around them still make one list; in an article that
    embeds a post, a handle reads as the name it spells ("l'@afreximbank" as
    "l' Afreximbank"); a page's "Modifié <day> à <time>" stamp too. Offsets do not move."""
    text = LINK.sub(lambda m: " " * len(m.group(0)), text)
    text = STAMP.sub(lambda m: " " * len(m.group(0)), text)
    posted = POST_TRAIL.sub(lambda m: " " * len(m.group(0)), text)
    if posted == text:  # no embedded post: "la société @Maison Services" keeps its sign
        return text
    return HANDLE.sub(lambda m: " " + m[1].upper(), posted)
