"""Who signs for a State: its ministers. A state and the ministry that signs for it are one
party, the ministry; where the article names that ministry by its minister's title, the
state is no party of the agreements it only stands beside it in."""

from __future__ import annotations

from .drafts import Work
from .knowledge import KnowledgeBase, is_state
from .names import Mention
from .normalize import key

__all__ = ["states_the_article_names_ministries_for", "without_represented_states"]


def _country(m: Mention, kb: KnowledgeBase) -> str:
    org = kb.org(m.kb_id) if m.kb_id else None
    return (m.country or (org or {}).get("country") or "MA").upper()


def states_the_article_names_ministries_for(work: Work) -> None:
    """A State acts through its ministers: "Le Maroc et le Portugal ont signé douze accords",
    five of them described minister by minister, or "Le gouvernement marocain et la Banque
    mondiale ont signé un prêt … signé par le ministre marocain de l'Économie": a state whose
    ministry the article names by title is no party of an agreement whose other parties all
    sign beside that ministry elsewhere (states, or the same lender). An agreement of its
    own ("signée par le gouvernement, l'Agence X et la banque Y") keeps it."""
    kb = work.kb
    beside: dict[str, set[str]] = {}  # country -> keys of the parties its ministries sign with
    for a in work.agreements:
        for m, _ in a.parties:
            if _signs_by_title(m):
                beside.setdefault(_country(m, kb), set()).update(
                    key(o.name) for o, _ in a.parties if o is not m)
    if not beside:
        return

    def state(m: Mention) -> bool:
        return bool(m.extra.get("state") or _is_state(m, kb))

    for a in work.agreements:
        gone = [m for m, _ in a.parties if state(m) and _country(m, kb) in beside]
        if gone and all((state(o) and _country(o, kb) in beside)
                        or any(key(o.name) in beside[_country(g, kb)] for g in gone)
                        for o, _ in a.parties):
            a.parties = [(m, e) for m, e in a.parties if all(m is not g for g in gone)]


def _signs_by_title(m: Mention) -> bool:
    """A ministry the article names by its minister's title ("signé par le ministre
    marocain de l'Économie, A"), not one guessed from a person's name alone."""
    if m.kind != "ministry" or m.extra.get("state"):
        return False
    return m.person is None or (m.start, m.end) != (m.person.start, m.person.end)


def without_represented_states(parties: list[tuple[Mention, str]], kb: KnowledgeBase
                                 ) -> list[tuple[Mention, str]]:
    """ "Le Maroc et l'Espagne ont signé …, signé par le ministre … et son homologue
    espagnol": a state whose ministry signs the agreement is that ministry."""
    ministries = {_country(m, kb) for m, _ in parties
                  if m.kind == "ministry" and not m.extra.get("state")}
    return [(m, e) for m, e in parties if not (
        (m.extra.get("state") or _is_state(m, kb)) and _country(m, kb) in ministries)]


def _is_state(m: Mention, kb: KnowledgeBase) -> bool:
    """A state the base knows ("Royaume du Maroc" matched by name)."""
    org = kb.org(m.kb_id) if m.kb_id else None
    return org is not None and is_state(org)
