"""Who an agreement binds, told only by what each side will do: "Cet accord a été signé
hier …. Le ministère A assistera le ministère B …. Pour sa part, l'Organisation C assurera
le suivi": where no sentence names who signed, the bodies the next sentences commit (and
the one a body commits to assist) are its parties, with a TODO to check them.
"""

from __future__ import annotations

import re

from .drafts import Work
from .linking import Party
from .normalize import fold

__all__ = ["committed_parties"]

# a body's commitment under the agreement, in the future or "s'engage à"
COMMITS = re.compile(r"^\s*,?\s*(?:(?:pour sa part|de son cote|quant a (?:lui|elle)),?\s*)?"
                     r"(?:[a-z]+(?:ain|ien|ais|ois|ol|and)e?s?\s+)?"  # "… marocain assistera"
                     r"(?:s'engagen?t?(?:ra|ront)?\s+a|s'engagera|se charger(?:a|ont)|"
                     r"assurer(?:a|ont)|assister(?:a|ont)|accompagner(?:a|ont)|appuier(?:a|ont)|"
                     r"prendr(?:a|ont) en charge|contribuer(?:a|ont)|mettr(?:a|ont) a (?:la )?"
                     r"disposition|financer(?:a|ont)|apporter(?:a|ont)|fournir(?:a|ont)|"
                     r"veiller(?:a|ont))\b")
# the verbs whose object is a party too: the one assisted or accompanied
ASSISTS = re.compile(r"^\s*(?:[a-z]+\s+)?(?:assister(?:a|ont)|accompagner(?:a|ont)|"
                     r"appuier(?:a|ont))\s+(?:le |la |les |l')?$")
SENTENCES_AFTER = 4


def committed_parties(work: Work) -> list[Party]:
    """The bodies the sentences after the lead commit, when the article names no signer."""
    text, lead = work.text, work.lead
    found: list[Party] = []
    for s in work.sentences[lead.index + 1:lead.index + 1 + SENTENCES_AFTER]:
        if s.earlier or s.title:
            continue
        mentions = [m for m in s.mentions if not m.vague and not m.bare]
        for k, m in enumerate(mentions):
            after = fold(text[m.end:s.end])
            if COMMITS.match(after):
                found.append(Party(m, "subject"))
                nxt = mentions[k + 1] if k + 1 < len(mentions) else None
                if nxt is not None and ASSISTS.match(fold(text[m.end:nxt.start])):
                    found.append(Party(nxt, "subject"))
    if len(found) >= 2:
        work.todos.append("no sentence names who signed: the parties are the bodies the "
                          "article commits to the agreement; check them")
        return found
    return []
