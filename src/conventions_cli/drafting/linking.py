"""Stage 4, linking: who signed with whom, matched against the knowledge base.

Within a sentence that says something was signed, the names that sign are the verb's
subject, the list after "avec", "entre … et …", the agent after "signé par", the
"cosignataires"; names after "en présence de", "sous la présidence de", in a quoted speaker
("a déclaré le ministre") or after the source ("souligne le communiqué, notant que …") do
not sign. Each name is matched against the base by id, name, acronym and alias (a spaCy
PhraseMatcher over folded words); only what is really new is proposed as new."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .appositions import apposed, former_name
from .cues import (
    AFTER_PREPOSITION,
    AGREEMENT_QUALIFIED,
    AGREEMENT_WORD,
    COUNTED_SIGNERS,
    FRAMED_BY_AGREEMENT,
    FRAMING,
    HEADED,
    HONORIFIC_DOT,
    LIST_GAP,
    NOT_PARTY_BEFORE,
    PARTY_AFTER_NAME,
    PARTY_BEFORE,
    PRESIDED_WITH,
    PURPOSE,
    RELATIONS_BETWEEN,
    RELATIVE_WITH,
    REPORTS,
    SIGNED_BY,
    SIGNING_OF_WITH,
    SOURCE_SAID,
    TIES_BETWEEN,
    TITLED_AFTER_BY,
    _relations_between,
    counted_bodies,
    titled_name,
)
from .namegroups import name_lists
from .names import Mention
from .normalize import fold
from .respectively import GIVEN_BODIES
from .roll import gap_kind, joined_to, roll_on
from .samebody import (
    _own_unit,
    _place_after_acronym,
    _second_title,
    _spelled_out,
    _state_of,
    _territory_in_brackets,
    _title_after_title,
)
from .signing import OWN_SIGNING
from .units import SUBUNITS
from .words import HEADS, TITLES

__all__ = ["Party", "signing_parties"]

@dataclass
class Party:
    mention: Mention
    role_hint: str  # "subject", "with", "agent", "between", "fallback"


def _gap(text: str, a: int, b: int) -> str:
    return fold(text[a:b])


# "La présidence du Ministère public et l'AMMC ont signé": the institution that presides
# it (not "sous la présidence du wali", who presides the ceremony)
PRESIDENCY = re.compile(r"(?<!sous )(?<!sous la )\bla presidence d(?:u |e la |e l'|es |e )$")
# "X, filiale de Y", "X du groupe Y", "X, société de crédit agréée par Y": Y is not a party
PARENT_GAP = re.compile(r"^\s*[,(-]?\s*(?:(?:une |la )?(?:filiale|membre)\s+d(?:e|u|es|')\s*"
                        r"(?:la |le |l')?"
                        r"(?:\w+\s+){0,3}|"
                        r"(?:du|de la|de l')\s*(?:groupe|holding)\s+|"
                        r"[^,;]{0,80}?\b(?:agree|cree|detenu|controle|supervise|accredite)e?s?"
                        r"\s+par\s+(?:la |le |l')?)$")
# ", relevant de l'Université X", "rattachée au ministère Y": the body a signatory belongs to
BELONGS_GAP = re.compile(r"^\s*,\s*(?:relevant|rattache|dependant|affilie)e?s?\s+"
                         r"(?:d(?:e|u|es|')|a|au|aux)\s*(?:la |le |les |l')?$")

RELATIVE_SUBJECT = re.compile(
    r"[\s)]*,\s*(?:qui|lequel|laquelle)\s+(?:(?:a|ont|avait|avaient|vient de|viennent de|"
    r"venait de|va|vont|allait)\s+)?(?:(?:deja|egalement|aussi|notamment|recemment|"
    r"officiellement|ainsi)\s+)?")


# a head that is also the noun of an action, written in lowercase: no body is named
ACTION_NOUN = re.compile(r"organisation\b")
# "par les directeurs des deux instituts, A, Directeur de X": the signer named right after
# "par", the body his title names (the mention opens at the title)
BY_NAMED = re.compile(r"\bpar\s+(?:(?:les|leurs|ses)\s+[\w-]+\s+(?:des|de|d')\s*"
                      r"(?:deux\s+|trois\s+)?[\w-]+\s*,\s*)?(?:m\.|mme|dr|pr)?\s*$")


MEETING = re.compile(r"\b(?:reunion|rencontre|sommet|commission|dialogue|forum|entretiens?|"
                     r"visite|session|conference|concertation)\b[^,;]{0,40}$")


# "La Société du Tramway de Rabat-Salé signe …": the name the descriptor introduces
DESCRIBED_NAME = re.compile(r"\b(?:societe|groupe|entreprise|compagnie)\s+(?:du|de la|de l'|"
                            r"des|de|d')\s*$")

# "en marge d'un colloque organisé par le ministère en partenariat avec l'Institut X": the
# event's partner, not the agreement's
EVENT_PARTNER = re.compile(r"\b(?:organise|anime)e?s?\s+(?:conjointement\s+)?par\b[^,;.]{0,90}?"
                           r"\ben (?:partenariat|collaboration) avec\s+(?:la |le |les |l')?$")
# "Un consortium formé du Fonds X, de Y et de Z a conclu …": the members sign
FORMED_OF = re.compile(r"\b(?:forme|compose|constitue|regroupant|reunissant|associant|mene|"
                       r"emmene|conduit)e?s?\s+(?:par\s+)?(?:du|de la|de l'|des|de|d')\s*$")


# "…, a déclaré le directeur de l'Agence X, Y, après avoir paraphé le document": the
# speaker's own clause says he signed, whatever the quote before
SIGNED_IN_OWN_CLAUSE = re.compile(r"[\s)]*,\s*(?:apres avoir|ayant|qui (?:a|avait|vient de|"
                                  r"venait de))\s+(?:(?:lui-meme|elle-meme|egalement|aussi|"
                                  r"deja)\s+)?$")


def _signed_in_own_clause(text: str, group: list[Mention], trigger: tuple[int, int]) -> bool:
    last = group[-1]
    end = last.person.end if last.person and last.person.end <= trigger[0] else last.end
    return bool(SIGNED_IN_OWN_CLAUSE.fullmatch(fold(text[end:trigger[0]])))


def _not_a_party(clause_before: str) -> bool:
    """What stands before a name makes it no party ("en présence du wali", "au siège de la
    Région"), unless a party's cue follows those words ("au siège de la wilaya entre A, B
    et C", "Sous la présidence du wali, une convention a été signée entre A et B")."""
    if not NOT_PARTY_BEFORE.search(clause_before):
        return False
    cue = re.search(r"\b(?:entre|avec)\s+(?:le |la |les |l'|du |des )?$", clause_before)
    if cue is None:
        return True
    head = clause_before[:cue.start()]
    # the cue stands before "entre" (it matches without it): "entre" names the parties,
    # unless what is "entre" them is a meeting ("en marge de la réunion tenue entre A et
    # B"); a cue that needs "entre" ("la réunion tenue entre A et B") is no party's
    return not NOT_PARTY_BEFORE.search(head) or bool(MEETING.search(head))


# what stands between the last subject and the signing: the verb ("ont signé", "a conclu")
# or "ont procédé, lundi à Rabat, à la signature"
TO_THE_VERB = re.compile(r"\s*(?P<comma>,)?\s*(?P<verb>a|ont)\s+(?:\w+\s+)?|"
                         r"\s*(?P<comma2>,)?\s*(?P<verb2>a|ont)\s+procede\b[^.;]{0,50}?\ba\s+"
                         r"(?:la\s+)?")


def _after_the_presiding(text: str, group: list[Mention], trigger: tuple[int, int]
                         ) -> list[Mention]:
    """ "En marge du X, le groupe Y a signé", "Sous la présidence de P, A et B ont procédé
    à la signature": the names after the comma that closes the presiding (or the occasion)
    are the verb's subject; "en présence du ministre A, et de la ministre B" goes on
    naming who attends."""
    verb = TO_THE_VERB.fullmatch(fold(text[group[-1].reach:trigger[0]])) \
        if len(group) > 1 else None
    if verb is None or (verb["comma"] or verb["comma2"]) and group[-1].reach == group[-1].end:
        return []  # a comma before the verb closes a name's apposition, nothing else
    for k in range(1, len(group)):
        gap = fold(text[group[k - 1].reach:group[k].start])
        if "," in gap and not re.search(r"\b(?:et|ainsi que)\s+d(?:e|u|es|')", gap):
            # "A et B ont", "le groupe Y a": as many as the verb says
            plural = (verb["verb"] or verb["verb2"]) == "ont"
            return group[k:] if plural == (len(group) - k > 1) else []
    return []


# the company named after it runs what these nouns name ("l'organisateur du salon X, Y")
RUN_BY = re.compile(r"\b(?:organisat(?:eur|rice)s?|exploitants?|gestionnaires?|concessionnaires?)"
                    r" d(?:u |e la |e l'|es |e )(?:[a-z]+ ){0,2}?\s*[«\"]?\s*$")


# an event named as the subject of a signing is when it happened, not who signed
EVENT_HEADS = {"forum", "salon", "sommet", "festival", "foire", "conference", "colloque",
               "seminaire", "rencontre", "assises", "exposition"}
HAPPENED = re.compile(r"[^.;]{0,60}?(?:,\s*(?:qui s'est |qui a ete )?(?:tenue?|organisee?|"
                      r"deroulee?)\b|\s*,?\s*(?:s'est (?:cloture|clos|acheve|termine|"
                      r"ouvert)|a ete (?:marquee?|couronnee?|cloturee?)|a connu|a vu)\b)")


def signing_parties(text: str, sent_start: int, sent_end: int, trigger: tuple[int, int],
                    mentions: list[Mention]) -> list[Party]:
    """The names in a signing sentence that sign, with where they stand."""
    sides = _two_sides(text, sent_start, sent_end, mentions)
    if sides:
        return sides
    parties: list[Party] = []
    named: list[Mention] = []
    bridges: set[int] = set()  # "A, B, ainsi que la wilaya, C et D": one list
    listed = text  # the text the lists are read in: a parent's clause blanked
    for at, m in enumerate(mentions):
        if re.search(r"[«“]\s*(?:le |la |les |l')?$", fold(text[max(sent_start, m.start - 9):
                                                              m.start])) and \
                not re.match(r"\s*[»”]", text[m.end:m.end + 4]):
            continue  # "… et « le PADESFI II est destiné à …»": a quotation opens, no name
        if ACTION_NOUN.match(text, m.start) and not m.acronym and m.kb_id is None and \
                not re.search(r"[A-ZÀ-Ý]", text[m.start:m.end]):
            continue  # "l'organisation de sessions de formation": what it provides for
        if m.vague and _unit_of_next(text, m, mentions[at + 1:]):
            continue  # "le directeur des opérations, département Maghreb de la Banque X"
        if m.vague:
            if named and LIST_GAP.match(_gap(text, named[-1].end, m.start)):
                bridges.add(id(m))
                named.append(m)
            continue
        if named and PARENT_GAP.match(fold(text[named[-1].end:m.start])):
            # "les sociétés A -filiale de P- et B": the list goes on past P
            a, b = named[-1].end, m.end
            while b < len(text) and text[b] in "-)–—":
                b += 1
            listed = listed[:a] + " " * (b - a) + listed[b:]
            continue
        if m.kb_id is None and not m.acronym and re.search(r"(?:^|\s)(?:a|au)\s+$", fold(text[
                max(sent_start, m.start - 4):m.start])) and text[m.end:m.end + 1] == ",":
            continue  # "Mardi à Paris, le ministère X a signé", "Au Caire, …": where, not who
        if (fold(m.name).split() or [""])[0] in EVENT_HEADS and HAPPENED.match(
                fold(text[m.end:m.end + 40])):
            continue  # "le Forum X, tenu les 24 et 25 février, s'est clôturé par …": when
        run_by = RUN_BY.search(fold(text[max(sent_start, m.start - 30):m.start]))
        if run_by and at + 1 < len(mentions) and re.fullmatch(
                r"\s*,\s*", text[m.end:mentions[at + 1].start]):
            # "entre A et l'organisateur du salon X, Y": what the
            # company runs; the list reads on to the company
            a, b = max(sent_start, m.start - 30) + run_by.start(), mentions[at + 1].start
            listed = listed[:a] + " " * (b - a) + listed[b:]
            continue
        if named and any(same(text, named[-1], m) for same in (
                _state_of, _second_title, _place_after_acronym, _territory_in_brackets, apposed,
                former_name, _own_unit)):
            continue
        named.append(m)
    raw_groups = [kept for kept in ([m for m in group if id(m) not in bridges]
                                    for group in name_lists(listed, named)) if kept]
    groups = [[m for m in group if not m.extra.get("collective")] or group
              for group in raw_groups]
    presence_end: int | None = None
    weak: set[int] = set()
    far: list[list[Mention]] = []  # names long before the verb, and who they are
    partner_from: int | None = None  # where an event's partner is named
    for index, group in enumerate(groups):
        first = raw_groups[index][0]
        if all(m.extra.get("weak") for m in group) and not re.search(
                r"\b(?:avec|entre|par|cote d(?:e |u |es |'))\s*(?:\w+\s+){0,2}$",
                fold(text[max(sent_start, first.start - 40):first.start])):
            # capitalized words alone, not where a party stands, unless the base knows them
            # and they are the verb's subject ("le géant des phosphates OCP et X ont signé"),
            # or one name, after "le"/"la" and right before the verb ("Le Technopark a signé")
            subject = len(group) == 1 and group[0].end <= trigger[0] and fold(
                group[0].name).split()[0] not in TITLES | set(HEADS) and re.fullmatch(
                r"\s*(?:a|ont)\s+(?:\w+\s+)?", fold(text[group[0].end:trigger[0]])) and \
                re.search(r"(?:^|[,;:]\s*|\s)(?:le|la|l')\s*$",
                          fold(text[max(sent_start, first.start - 6):first.start]))
            weak.update(id(m) for m in group if m.kb_id is None and not subject)
            group = [m for m in group if (m.kb_id is not None or subject)
                     and group[-1].end <= trigger[0]]
            if not group:
                continue
        after = fold(text[group[-1].end:trigger[0]])
        if group[-1].end <= trigger[0] and RELATIVE_WITH.match(after):
            # "X a reçu les clusters A, B et C, avec qui il a signé …"
            parties.extend(Party(m, "with") for m in group)
            if index > 0 and groups[0][0].start < first.start:
                parties.extend(Party(m, "subject") for m in groups[0])
            continue
        before = fold(text[max(sent_start, first.start - 60):first.start])
        if EVENT_PARTNER.search(fold(text[max(sent_start, first.start - 160):first.start])) \
                or partner_from is not None and not re.search(r"[,;.]",
                                                              text[partner_from:first.start]):
            # "… colloque organisé par A en partenariat avec l'Institut B contre la Torture
            # « C »": the event's partner, all its words, not the agreement's
            partner_from = first.start if partner_from is None else partner_from
            continue
        before = re.sub(r"[\w'-]+\s*\(\s*(?:le |la |les |l')?\s*$", "", before)  # "l'Etat (le"
        before = re.sub(r"\s*[«\"“]\s*$", " ", before)  # "avec « Cozmo Travel »": quoted
        clause_before = re.split(r"[;:]", before)[-1]
        framing = FRAMING.search(clause_before)
        if FRAMED_BY_AGREEMENT.search(re.split(r"[;:]", fold(
                text[max(sent_start, first.start - 160):first.start]))[-1]):
            continue  # "en application du contrat-programme … passé entre A et B"
        if (framing or _relations_between(clause_before)) and all(
                m.extra.get("state") for m in group) or framing and AGREEMENT_WORD.search(
                    framing.group(0)) or (  # "dans le cadre du contrat-programme entre A et B"
                TIES_BETWEEN.search(clause_before) and not AGREEMENT_QUALIFIED.search(
                    clause_before)):  # "les relations de coopération entre le Maroc et la BEI"
            continue  # "dans le cadre de la coopération entre le Maroc et la France"
        if first.end <= trigger[0] and _signed_in_own_clause(text, group, trigger):
            parties.extend(Party(m, "subject") for m in group)
            continue
        if _not_a_party(clause_before) and not (
                trigger[1] <= first.start and SIGNED_BY.fullmatch(
                    fold(text[trigger[1]:first.start]))) or (
                presence_end is not None and re.match(
                # "présidée par A, et par B": both preside
                r"[^;:.]{0,60}?,?\s*(?:et|ainsi que)\s+(?:d(?:e|u|es|')|par)\s*"
                r"(?:madame |monsieur )?"
                r"(?:la |le |l'|les )?$", fold(text[presence_end:first.start]))):
            presence_end = group[-1].reach
            parties.extend(Party(m, "subject") for m in _after_the_presiding(text, group,
                                                                            trigger))
            continue  # "en présence du ministre A, et de la ministre B": both attend
        presence_end = None
        if re.search(r"\b(?:entreprises|societes|groupes|firmes|operateurs) $", before):
            for m in group:
                if m.kind == "other":
                    m.kind = "company"  # "les entreprises A, B et C"
        if first.end <= trigger[0]:
            between = fold(text[group[-1].end:trigger[0]])
            if group[-1].person and group[-1].end < group[-1].person.end <= trigger[0]:
                # (the name after the title; "A, représentante de la Banque X": the title's)
                between = fold(text[group[-1].person.end:trigger[0]])
            # "L'Office, qui a signé par le passé …, a signé mardi": past the relative clause
            # "la Région X, au nom de laquelle a signé son président, Y, ont conclu": the
            # clause says who signed for the last of the subjects
            between = re.sub(r"^\s*,\s*(?:qui|dont|au nom d(?:e laquelle|uquel|esquel(?:le)?s))"
                             r"\b[^;.]*,\s*(?=(?:a|ont|vient|viennent)\s(?:\w+\s+){0,2}$)",
                             " ", between)
            presided = list(re.finditer(r"\b(?:a|ont|avait|avaient) (?:co-?)?preside\b",
                                        fold(text[sent_start:first.start])))
            if presided and fold(text[trigger[0]:trigger[1]]).startswith("signature") and \
                    not re.search(r"\b(?:entre|avec|par)\b|[.;]", fold(
                        text[sent_start + presided[-1].end():trigger[0]])):
                continue  # "Le Roi a présidé, en compagnie du Prince A, de B, …, la cérémonie
                # de signature": who presides with him, between the verb and the signing
            if RELATIVE_SUBJECT.fullmatch(between):
                # "l'Office national des ports (ONP), qui a signé lundi …": the clause's subject
                parties.extend(Party(m, "subject") for m in group)
                continue
            if PRESIDED_WITH.search(between) and (group[0].kind == "ministry" or "annonce"
                                                  in between) and \
                    SIGNING_OF_WITH.match(fold(text[trigger[1]:sent_end])):
                # "Le ministre X a présidé la signature de … avec A et B": his ministry signs
                parties.extend(Party(replace(m, person=None), "subject") for m in group)
                continue
            if re.search(r"\b(?:qui|dont|lequel|laquelle|selon|indique|a declare|"
                         r"en presence|(?:a|ont) (?:preside|assiste|supervise|parraine|"
                         # "La ville de X a accueilli la signature": where, not who
                         r"inaugure|accueilli|abrite)|preside|presidera|presidant)\b",
                         between) or \
                    REPORTS.search(between):
                continue  # "le wali … a présidé la cérémonie de signature": not a signatory
            if re.search(r"[.;]", re.sub(HONORIFIC_DOT, "", between)):
                continue  # (not the "M." of "et M. Dethomas ont procédé")
            if len(between) > 140:
                far.append(group)  # signs if the subject list runs on from it (below)
                continue
            if CLEFT_BEFORE.search(clause_before) and CLEFT_AFTER.search(between):
                # "C'est à A et à B qu'est revenu le soin de parapher le document"
                parties.extend(Party(m, "subject") for m in group)
                continue
            if AFTER_PREPOSITION.search(clause_before[-20:]) and not re.search(
                    r"\b(?:avec|entre|par)\b", clause_before[-40:]) and not HEADED.search(
                        clause_before[-40:]) and not DESCRIBED_NAME.search(clause_before) \
                    and not PRESIDENCY.search(clause_before) and not \
                    FORMED_OF.search(clause_before[-40:]) and not \
                    TITLED_UNIT.search(fold(text[max(sent_start, first.start - 120):first.start])):
                continue  # "dans la région de X" is where, not who
            # "... signée par X": the agent; else the verb's subject
            hint = "with" if re.search(r"\b(?:avec|entre)\b", clause_before[-40:]) else "subject"
            parties.extend(Party(m, "subject" if m.extra.get("represents") else hint)
                           for m in group)
        else:
            if any(c.search(fold(text[trigger[1]:first.start])) for c in (PURPOSE, SOURCE_SAID)):
                continue  # "…, destiné à resserrer les liens entre A et B": what it is for
            if all(m.extra.get("state") for m in group) and RELATIONS_BETWEEN.search(
                    fold(text[max(trigger[1], first.start - 80):first.start])):
                continue  # "… servir de plateforme d'échange entre l'Inde et le Maroc"
            intro = re.sub(r"[\w'-]+\s*\(\s*(?:le |la |les |l')?\s*$", "",
                           fold(text[trigger[1]:first.start]))
            listed_after = re.search(r"\b(?:notamment|a savoir|dont)\s*,?\s*(?:ceux|celui|"
                                     r"celles?)?\s*[«\"“]?\s*$", intro) and (re.search(
                r"\b(?:ministres|responsables|representants|presidents|dirigeants|signataires)\b",
                fold(text[sent_start:trigger[1]])) or counted_bodies(intro)) or \
                WITH_SOME.search(intro) or COUNTED_SIGNERS.search(intro)
            # "Plusieurs ministres ont …"; "… et deux exploitants d'aéroports, à savoir A et B"
            # ("… des PME signataires, à savoir, A, B et C")
            # "portant la signature des ministres A et B": whose signature it bears
            signature_of = fold(text[trigger[0]:trigger[1]]).startswith("signature") and \
                re.fullmatch(r"\s*(?:de|du|des|d')\s*(?:la |le |les |l')?", intro)
            # "par A et B, respectivement DG de X et président de Y": X, Y named for A, B
            respective = GIVEN_BODIES.search(intro) and all(
                m.person is not None and trigger[1] <= m.person.end <= m.start for m in group)
            # "entre A, représentée par son directeur, X, et B": B is A's other side
            represented = bool(parties) and REPRESENTED_THEN.fullmatch(
                fold(text[parties[-1].mention.end:first.start]))
            # "Signée par le Général X, inspecteur de A, et Y, ambassadeur de B, cette
            # convention …": every body named in the opening participle's clause signs
            opening = OWN_SIGNING.match(fold(text[sent_start:sent_end]))
            fronted = opening is not None and trigger[0] - sent_start < 12 and \
                first.start < sent_start + opening.end()
            if PARTY_BEFORE.search(clause_before) or PARTY_BEFORE.search(intro[-60:]) \
                    or fronted or listed_after or signature_of or respective or represented or \
                    PARTY_AFTER_NAME.search(
                        text[max(sent_start, first.start - 90):first.start]) or \
                    titled_name(TITLED_AFTER_BY.search(
                        text[max(sent_start, first.start - 140):first.start])) or (
                        first.person is not None and trigger[1] <= first.person.start
                        < first.start and BY_NAMED.search(
                            fold(text[max(trigger[1], first.person.start - 80):
                                      first.person.start]))):
                hint = "with" if re.search(r"\b(?:avec|entre)\b", clause_before[-60:]) or \
                    WITH_SOME.search(intro) else "agent"
                parties.extend(Party(m, "subject" if m.extra.get("represents") else hint)
                           for m in group)
    belongs = {id(m) for previous, m in zip(named, named[1:], strict=False)
               if BELONGS_GAP.match(fold(text[previous.end:m.start]))
               or _title_after_title(text, previous, m) or _spelled_out(text, previous, m)}
    parties = _rolled_back(text, far, parties) + parties
    parties = roll_on(text, groups, parties, Party) + joined_to(text, named, parties, Party)
    return [p for p in parties if id(p.mention) not in belongs | weak]


def _rolled_back(text: str, far: list[list[Mention]], parties: list[Party]) -> list[Party]:
    """ "Le ministre A, M. X, et le directeur des opérations, département Y de la Banque
    B, M. Z, ont signé": A stands far from the verb, but the roll of signatories runs from
    it to B, the verb's subject."""
    out: list[Party] = []
    for group in reversed(far):
        nxt = min((p for p in parties + out if p.role_hint == "subject"
                   and p.mention.start >= group[-1].end), key=lambda p: p.mention.start,
                  default=None)
        if nxt is not None and gap_kind(text[group[-1].reach:nxt.mention.start]) == "list":
            out = [Party(m, "subject") for m in group] + out
    return out


OF_THE_NEXT = re.compile(r"[^,;:()]{0,40}?\s(?:de la|du|de l'|des)\s*$")


# "le directeur des opérations, département Afrique du Nord de la ": a title, the unit it
# heads, then the body it belongs to
TITLED_UNIT = re.compile(rf"\b(?:{'|'.join(sorted(TITLES))})\b[^,;.]{{0,40}},\s*"
                         rf"(?:{'|'.join(sorted(SUBUNITS))})\b[^,;.]{{0,40}}\s(?:de|du|des|d')\s*"
                         r"(?:la |le |l')?$")


def _unit_of_next(text: str, m: Mention, after: list[Mention]) -> bool:
    """A vague unit ("département Maghreb") whose words run into the body it is part of."""
    return m.head in SUBUNITS and bool(after) and not after[0].vague and bool(
        OF_THE_NEXT.fullmatch(fold(text[m.start:after[0].start])))


# "… conventions avec les interprofessions des filières, notamment A, B et C": who they
# are signed with, some of them named
WITH_SOME = re.compile(r"\bavec\s+(?:les|des|plusieurs|de nombreux|de nombreuses|differents|"
                       r"differentes|diverses)\s+[^,;.:]{0,70},?\s*(?:notamment|dont|a savoir|"
                       r"parmi lesquel\w*|tels? que|telles? que)\s*,?\s*(?:la |le |les |l')?$")
# "entre A, représentée par son directeur, X, et B", "entre A, une filiale du groupe X, et
# B": the list of sides goes on
REPRESENTED_THEN = re.compile(r"[^;.]{0,12}?,\s*(?:representee?s?\s+par|une?\s+filiale\s+d)"
                              r"[^;.()]{0,90}?,\s*"
                              r"(?:et|ainsi que)\s+(?:le |la |les |l'|d'|de |du )?\s*")
# "C'est à A et à B qu'est revenu le soin (l'honneur) de parapher": who signs, put first
CLEFT_BEFORE = re.compile(r"\bc'(?:est|etait) (?:a|au|aux)\b[^.;]{0,80}$")
CLEFT_AFTER = re.compile(r"\bqu'(?:est|il est|il a|a|il)\b[^.;]{0,30}\b(?:soin|honneur|tache|"
                         r"charge|privilege|mission|responsabilite)\b")


SIDES_OPEN = re.compile(r"\b(?:en presence d(?:e|u|es|')|entre|par|avec|lie|liant|lient)\b")


def _two_sides(text: str, sent_start: int, sent_end: int, mentions: list[Mention]
               ) -> list[Party]:
    """ "signés en présence de A, ministre X, et de B, ministre Y, d'une part, et de C,
    vice-président de la banque Z, d'autre part", "elle lie d'une part A et d'autre part B":
    "d'une part" makes the names listed the two sides of the agreement, even after "en
    présence de"."""
    low = fold(text[sent_start:sent_end]).replace("\u2019", "'")
    one = re.search(r"\bd'une part\b", low)
    if one is None or re.match(r"[\s,]*(?:dans|en|pour|sur|au|aux|a)\b", low[one.end():]):
        return []  # "s'inscrit d'une part, dans le cadre de …": two reasons, not two sides
    opening = [m.end() for m in SIDES_OPEN.finditer(low, 0, one.start())]
    if not opening:
        return []
    sides = [Party(m, "subject") for m in mentions if not m.vague and
             m.start >= sent_start + opening[-1]]
    first_side = [p for p in sides if p.mention.end <= sent_start + one.start()]
    other = re.search(r"\bd'autre part\b", low[one.end():])
    if not first_side and other:  # "d'une part A et d'autre part B"
        first_side = [p for p in sides
                      if p.mention.end <= sent_start + one.end() + other.start()]
    elif other:  # "A, d'une part, et B, d'autre part, rapporte la MAP": the sides end there
        sides = [p for p in sides if p.mention.start < sent_start + one.end() + other.start()]
    if not first_side or len(sides) <= len(first_side):
        return []
    others = sides[len(first_side):]  # "A, d'une part, et B, C et D, d'autre part": A signs
    # each; B, C and D one each when they are as many ("respectivement entre A et B, d'une
    # part, et C, D et E, d'autre part": A and B sign all three)
    return first_side + [Party(p.mention, "with") for p in others] if len(others) >= 2 and (
        len(first_side) == 1 or re.search(r"\brespectivement\b", low[:one.start()])) else sides
