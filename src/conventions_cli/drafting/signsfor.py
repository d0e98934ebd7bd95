"""A minister who signs for the other body the lead names: "Le Conseil A et la Délégation
B ont conclu une convention. Signée par le président de A, X, et le ministre de la
Justice, Y": Y signs for B, the body under his ministry; the ministry is no third party."""

from __future__ import annotations

from .drafts import Work
from .knowledge import is_state
from .names import Mention
from .normalize import fold

__all__ = ["minister_signs_for_the_other"]


def _key(m: Mention) -> str:
    return m.kb_id or fold(m.name)


def minister_signs_for_the_other(work: Work) -> None:
    """One agreement, two bodies named as its subject, two people named as signing it: one
    heads one of the two, the other is a minister of a ministry the lead does not name."""
    if work.n != 1 or not work.agreements:
        return
    lead = [p.mention for p in work.subject]
    if len({_key(m) for m in lead}) != 2 or any(
            m.extra.get("state") or m.kind == "ministry" or (
                m.kb_id and (org := work.kb.org(m.kb_id)) is not None and is_state(org))
            for m in lead):
        return
    agents = [p.mention for k, found in work.parties_by_sentence.items()
              if k != work.lead.index for p in found if p.role_hint == "agent"]
    keys = {_key(m) for m in lead}
    heads = [m for m in agents if _key(m) in keys]
    ministers = [m for m in agents if _key(m) not in keys]
    if len(agents) != 2 or len(heads) != 1 or len(ministers) != 1 or \
            ministers[0].kind != "ministry":
        return
    minister, person = ministers[0], ministers[0].person
    if person is None:
        return
    other = next(m for m in lead if _key(m) != _key(heads[0]))
    if other.person is not None:
        return  # its own signatory is named: the minister is a third party
    a = work.agreements[0]
    kept = []
    for m, quote in a.parties:
        if _key(m) == _key(minister):
            continue
        if _key(m) == _key(other) and m.person is None:
            m.person, m.title = person, minister.title
        kept.append((m, quote))
    a.parties = kept
    a.notes.append(f"{person.name} ({minister.title}) is taken to sign for "
                   f"{other.name}, which the article names as a party and gives no other "
                   "signatory; check it")
