"""One body named twice in a row, the second in apposition: "l'Anrtic, l'autorité comorienne
de régulation des télécoms, et l'Agence X" (a description after the name), "la Société
nationale des chemins de fer allemands, Deutsche Bahn (DB), ont signé" (the name after a
description). Either way one party, by its name."""

from __future__ import annotations

import re

from .names import Mention
from .normalize import fold
from .words import nationality

__all__ = ["apposed", "former_name"]

# the apposition closes where the list or the sentence goes on
# (or right at the verb: "Le Maghreb Arabe Presse, l'agence marocaine d'information a signé")
CLOSED = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:,\s*(?:et|ont|a|ainsi|sont|se sont)\b|"
                    r"(?:a|vient de)\s)")
GAP = re.compile(r"\s*,\s*(?:(?:le|la|les|l')\s*)?")


def _described(text: str, m: Mention) -> bool:
    """A description rather than a name: its head in lower case ("l'autorité …"), or its
    last word a nationality ("… des chemins de fer allemands")."""
    last = fold(m.name).split()[-1:] or [""]
    return text[m.start:m.start + 1].islower() or any(
        nationality(w) is not None for w in (last[0], last[0].removesuffix("s")))


def apposed(text: str, previous: Mention, m: Mention) -> bool:
    """``m`` names ``previous`` again in apposition; when ``m`` is the name, ``previous``
    takes it."""
    if not GAP.fullmatch(text[previous.end:m.start]) or previous.person or m.person or \
            previous.kb_id and m.kb_id:
        return False
    if re.search(r"\bet\s+(?:le |la |les |l')?$",
                 text[max(0, previous.start - 8):previous.start]) and \
            re.match(r"\s*(?:[.;]|$)", text[m.end:m.end + 2]) and not m.acronym:
        # "entre A et B, l'Agence française pour …." : after the last of a list, at the
        # sentence's end, a name is the last one's other name
        previous.end = m.end
        previous.aliases.append(m.name)
        return True
    if not CLOSED.match(text, m.end):
        return False
    if _described(text, m) and not _described(text, previous) and not m.acronym:
        previous.end = m.end  # the list goes on after the apposition
        return True  # "l'Anrtic, l'autorité comorienne de …, et …"
    if _described(text, previous) and not _described(text, m) and (
            m.acronym or m.kb_id or m.extra.get("proper")):
        previous.name, previous.acronym, previous.kb_id = m.name, m.acronym, m.kb_id
        previous.kind, previous.end = m.kind, m.end
        return True  # "la Société nationale des chemins de fer allemands, Deutsche Bahn (DB),"
    return False


# "Maroc Export (ex-Centre marocain de promotion des exportations)", "(anciennement X)"
FORMERLY = re.compile(r"\s*\(\s*(?:ex\s*-\s*|ex\s+|anciennement\s+|ancien(?:ne)?ment\s+)")


def former_name(text: str, previous: Mention, m: Mention) -> bool:
    """``m``, in brackets after ``previous`` and told as its former name, is ``previous``:
    its other name, and the list goes on after the bracket."""
    if not FORMERLY.fullmatch(text[previous.end:m.start]) or \
            not re.match(r"\s*\)", text[m.end:m.end + 3]):
        return False
    previous.aliases.append(m.name)
    return True
