"""How many agreements the article reports (the segments that ordinals and sub-counts open,
"la troisième convention …", "Six autres conventions …", are `segments`).

The number comes from the strongest evidence: an explicit count in a sentence that says they
were signed ("Six mémorandums", "13 conventions", "trois accords … ainsi qu'un accord" = 4),
then ordinals, then "N autres", then a breakdown in brackets, then each agreement introduced
as signed (not one told again); else the partners decide (one agreement each)."""

from __future__ import annotations

import re

from .amounts import SPELLED, parse_count
from .facts import Fact
from .fields import domains
from .lexicon import participle
from .normalize import MO, fold
from .objects import ELABORATES
from .perbody import one_per_partner
from .retelling import (
    ADDED,
    Named,
    alike,
    all_days,
    in_their_words,
    it_is,
    known,
    named,
    own_amount,
    purpose,
    same_kind,
    same_signers,
    tells_again,
)
from .sentences import Sentence, day_words, same_day
from .series import rank_in_a_series
from .signing import NUMBER_AFTER, PRENOMINAL, STAND_INS, AgreementMention

__all__ = ["MAX_AGREEMENTS", "count_agreements"]

MAX_AGREEMENTS = 60  # drafted at most; an article that counts more is told so in a TODO


# "une convention-cadre …, aussitôt suivie de la signature de trois conventions": one more part
FOLLOWED_BY = re.compile(r"\b(?:(?:suivie?s?|accompagnee?s?|completee?s?|doublee?s?)\s+"
                         r"(?:\w+\s+){0,2}?(?:de la signature\s+)?|"
                         # "Le Protocole …, signé aux côtés de huit conventions" = 9
                         r"aux cotes )d(?:e|es|u|')\s*$")


def _coordinated_total(text: str, mentions: list[AgreementMention]) -> int:
    """ "trois accords de prêt … ainsi qu'un accord de don" -> 4; the largest such sum."""
    best, run, last = 0, 0, None
    for m in mentions:
        if m.count is None or m.ordinal:
            last, run = None, 0
            continue
        gap = fold(text[last.end:m.start]) if last else ""
        gap = re.sub(rf"(?:\b\d{{1,3}}|\b(?:{SPELLED}))\s*$", "", gap)  # "… et de douze "
        if last is not None and re.search(
                rf"\b(?:parmi|sur) (?:les|ces)\s+(?:\d{{1,3}}|{SPELLED})?\s*$",
                fold(text[max(0, last.start - 30):last.start])):
            run = max(run, last.count or 0)  # "Parmi les cinq conventions, X a signé deux"
        elif last is not None and (last.count or 0) >= 2 and m.indefinite and m.count == 1 \
                and m.type == last.type and re.fullmatch(r"[\w' -]{0,40},\s*", gap):
            pass  # "deux accords clés, un accord de coopération …": the first of the two
        elif last is not None and (len(gap) <= 45 and re.search(r"\bet\b|ainsi qu|,|\bplus\b", gap)
                                 or len(gap) <= 110 and re.search(
                                     r"\b(?:et|ainsi qu'|ainsi que)(?:\s*\S+)?\s*$", gap)
                                 or len(gap) <= 160 and FOLLOWED_BY.search(gap)) \
                and not re.search(r"[.;:]", gap) or last is not None and len(gap) <= 220 \
                and not re.search(r"[.;:]", gap) and _parallel(text, last, gap):
            # "Trois contrats de prêts d'un montant de … et deux contrats de subventions" = 5
            run += m.count
        else:
            run = m.count
        best = max(best, run)
        last = m
    return best


def _parallel(text: str, last: AgreementMention, gap: str) -> bool:
    """ "la signature de deux mémorandums, de quatre accords de double diplôme dans les
    domaines A, B et C et d'une convention": each counted item of an enumeration, however
    long the words that qualify the one before."""
    before = fold(text[max(0, last.start - 30):last.start])
    return bool(re.search(rf"(?:\d{{1,3}}|\b(?:{SPELLED})){PRENOMINAL}{{0,2}}\s*$", before)
                and re.search(r"(?:,|\bet|\bainsi qu'?)\s*(?:de |d'|des )?\s*$", gap))


# "signé hier, le contrat-programme se décline en 8 contrats d'application": the eight
# are parts of the one signed, not ten more agreements signed that day.
PARTS = re.compile(r"\b(?:se declin\w*|declin\w*|se decompos\w*|decompos\w*|se subdivis\w*|"
                   r"subdivis\w*|se traduir\w*|se traduit|sera mis en \w+ (?:a travers|via|par)|"
                   r"mis en \w+ (?:a travers|via|par)|execute\w* (?:a travers|via|par))"
                   r"\s+(?:en|a travers|par|au moyen de|via)?\s*(?:de\s+)?$")


def _part_of_another(text: str, m: AgreementMention) -> bool:
    before = fold(text[max(0, m.start - 60):m.start])
    before = re.sub(rf"(?:\d{{1,3}}|\b(?:{SPELLED}))\s*$", "", before)
    return bool(PARTS.search(before))


def count_agreements(text: str, sentences: list[Sentence], year: int | None = None
                     ) -> tuple[int, Fact | None, bool]:
    """(number of agreements, the words that say it, whether it was only implied). The
    number is the article's, which may be more than MAX_AGREEMENTS: the caller drafts
    at most that many and says so."""
    explicit, fact, counted_in = 0, None, None
    for s in sentences:
        if not (s.signing or (s.title and s.triggers)) or s.earlier:
            continue
        counted = [m for m in s.agreements if m.count and not m.ordinal and not m.others
                   and not _part_of_another(text, m)]
        explicit_here = [m for m in counted if _is_number(text, m) or m.per_project
                         or m.approximate]
        total = _coordinated_total(text, counted) if explicit_here else 0
        more = _continued(text, sentences, s) if counted else 0
        if total:
            total += more
        elif more:  # "un contrat de prêt …. Le prêt s'accompagne de deux accords de don"
            total, explicit_here = sum(m.count or 1 for m in counted) + more, counted
        if total > explicit or (total and total == explicit and counted_in is not None
                                and counted_in.title and not s.title):
            explicit, counted_in = total, s  # the body's count over the headline's
            first = explicit_here[0]
            before = fold(text[max(s.start, first.start - 25):first.start])
            number = re.search(rf"(?:\d{{1,3}}|\b(?:{SPELLED}))(?:\s+autres)?"
                               rf"{PRENOMINAL}{{0,2}}\s*$",
                               before)
            begin = first.start - (len(before) - number.start()) if number else first.start
            about = any(m.approximate for m in explicit_here)
            last = explicit_here[-1]  # ("ces conventions, au nombre de neuf": to the count)
            after = NUMBER_AFTER.match(fold(text[:s.end]), last.end) if last.per_project else None
            fact = Fact("count", total, begin, after.end() if after else last.end,
                        f"the article says about {total}; keep the agreements it describes"
                        if about else "")
    if counted_in is not None and not counted_in.title and fact is not None:
        added = _one_more(text, sentences, counted_in, explicit)
        explicit += added
        fact.extra["added"] = added  # the last ones, each introduced on its own
    top, below = ranks_told_before(text, sentences, year)
    top_ordinal = top - below
    others = 0
    highest = 0  # the highest ordinal met so far, in reading order
    for s in sentences:
        for m in s.agreements:
            if m.ordinal and m.ordinal > 0 and not s.earlier and \
                    not rank_in_a_series(text, s, m):
                highest = max(highest, m.ordinal)
            if m.others and m.count and not s.future:
                # "La 4ème convention …, deux autres …": the 5th and 6th, not 8 + 2
                # (not "Deux autres accords suivront": to come)
                others = max(others, m.count + max(1, highest))
    # "(cinq conventions), …, (quatre conventions)": the parts of a breakdown add up
    breakdown = max((sum(m.count or 0 for m in s.agreements if m.bracketed)
                     for s in sentences if not s.earlier and not s.title
                     and sum(1 for m in s.agreements if m.bracketed) >= 2), default=0)
    # Without a number: each agreement the article introduces as signed ("une convention
    # a été signée …", "un protocole a été signé …", "Deux autres déclarations …")
    listed = fields = 0
    if explicit == 0:
        told: list[tuple[str, str, Named, int]] = []
        # kind (None for a bare noun), days, amount, sentence
        priced: list[tuple[str | None, set[str], tuple[int, str], int]] = []
        aimed: list[tuple[str, tuple[str, ...], int]] = []  # kind, what it is for, sentence
        opening = next((s.index for s in sentences if not s.title), -1)
        summary: list[tuple[str, Named]] = []  # what the opening sentence said was signed
        uncounted = False  # "Plusieurs accords ont été signés": the items that follow are they
        for s in sentences:
            if not s.signing and not (uncounted and (_details(text, s) or any(
                    m.others and m.count for m in s.agreements))):
                continue  # (but "Deux autres accords portent sur …" tells two items more)
            uncounted = uncounted or any(m.plural and m.count is None and not m.ordinal
                                         for m in s.agreements)
            if summary and s.index == opening + 1 and tells_again(text, s, summary):
                continue  # the opening sentence summed up, the next one tells it in full
            for m in s.agreements:
                if m.others and m.count:
                    # "Ils concernent un don …. Deux autres accords …": "autres" says at
                    # least one was told before them, counted or not
                    listed += m.count + (0 if listed else 1)
                elif m.plural and m.count and not m.ordinal and not s.signing and \
                        _is_number(text, m):
                    # "Il s'agit d'un prêt de X … et de deux accords de prêt et de
                    # caution de Y": the item told as a number
                    listed += m.count
                elif m.plural and m.count is None and not m.ordinal:
                    fields += domains(text, m.end, s.end)
                elif (m.indefinite or _after_que(text, m)) and (
                        not m.ordinal or m.ordinal == -1 and m.indefinite) and not (
                        ABOUT_ANOTHER.search(fold(text[max(s.start, m.start - 30):m.start]))
                        and any(o.end <= m.start for o in s.agreements if o is not m)):
                    # (not "un échange de notes portant sur un accord de crédit": what
                    # the first is about)
                    day = day_words(text, s)
                    names = named(text, s)
                    retold = not day and in_their_words(text, s)
                    # "Après …, B conclut à son tour un mémorandum avec cette
                    # entité": undated twice, no word of another one, the same bodies
                    undated = not day and not ADDED.search(fold(text[s.start:s.end])) and \
                        not ANOTHER.search(fold(text[max(s.start, m.start - 20):m.start]))
                    # (two told in one breath, "une convention de prêt et une convention
                    # de don ont été signées …", are two: only another sentence retells)
                    if any(same_kind(t, m.type) and i != s.index and (names and (
                            same_day(d, day) if day else retold or undated) and known(
                                names, n) or same_signers(text, s, sentences[i]) or
                            # "les deux parties ont signé un mémorandum" then who: the
                            # one told first named nobody, this one adds no day or word
                            # of another; nor when it named only the two States ("Le Maroc
                            # et l'Espagne s'engagent … à travers la signature d'une
                            # convention-cadre" then the two bodies that signed it)
                            # (or this one names nobody: "… signée par 14 parties dont
                            # A" then "Une convention … a été signée en milieu de semaine")
                            (not n or not names and len(s.agreements) == 1 or
                             _states_only(sentences[i]) and bool(names))
                            and undated and not d)
                           for t, d, n, i in told):
                        continue  # told again, naming nobody new: the same one
                    if told and it_is(text, s, m, sentences[s.index - 1]):
                        continue  # "… une convention. Il s'agit d'un plan d'action …": it
                    if told and SPEAKER_TELLS.search(fold(text[s.start:m.start])) and \
                            text[s.start:m.start].count("«") > text[s.start:m.start].count("»"):
                        continue  # "« Nous avons signé une convention … »": the one told
                    told.append((m.type, day, names, s.index))
                    own, days = own_amount(text, s, m), all_days(text, s)
                    kind = None if re.fullmatch(r"conventions?|accords?|contrats?|protocoles?",
                                                fold(text[m.start:m.end])) else m.type
                    if own is not None and any(
                            (t is None or kind is None or same_kind(t, kind)) and a == own
                            and i != s.index and (not d or not days or d & days)
                            for t, d, a, i in priced):
                        continue  # "un prêt de 200 M$ … un accord de prêt de 200 M$": one
                    if own is not None:
                        priced.append((kind, days, own, s.index))
                    aim = purpose(text, s, m)
                    if aim and any(same_kind(t, m.type) and alike(a, aim) and i != s.index
                                   for t, a, i in aimed):
                        continue  # "une convention pour X" told again "une convention pour X"
                    aimed.append((m.type, aim, s.index))
                    if s.index == opening and not day:
                        summary.append((m.type, names))
                    listed += 1
    # "plusieurs accords dans les domaines de A, B, …" then told one by one: the ones told
    # are those agreements; the fields count them only when they are not told
    listed = listed if listed >= 2 else listed + fields
    if explicit == 0 and uncounted:
        # "Plusieurs conventions ont été signées …" then "Au terme de trois conventions,
        # l'Office renforce …": the number the article gives further on
        listed = max([listed] + [m.count or 0 for t in sentences if not (t.earlier or t.title)
                                 for m in t.agreements if m.count and not m.others
                                 and BY_COUNT.search(fold(text[max(t.start, m.start - 30):
                                                                m.start]))])
    per_partner = one_per_partner(text, sentences, MAX_AGREEMENTS) if explicit == 0 else 0
    pointed = _pointed_back(text, sentences) if explicit == 0 else 0
    n = max(explicit, top_ordinal, others, breakdown, listed if listed >= 2 else 0,
            per_partner, pointed, _made_of(text, sentences) if explicit == 0 else 0)
    if n:
        return n, fact, explicit == 0
    signing = [s for s in sentences if s.signing]
    lead = next((s for s in signing if s.agreements), None)
    if lead is not None and any(m.count is None and m.plural for m in lead.agreements):
        return 0, None, True  # "des conventions avec A et B": one each, decided by partners
    if any(m.count == 1 for s in signing for m in s.agreements):
        return 1, None, False
    if any(s.agreements for s in signing) or any(s.title and s.agreements for s in sentences):
        return 0, None, True  # plural without a number: decided by the partners
    return 0, None, False


# "un nouvel accord. Comprenant une convention de prêt … et une convention de don, ce
# partenariat …": the one told, made of the parts the next sentence lists
MADE_OF = re.compile(r"\W*(?:comprenant|incluant|(?:compose|constitue)e? d(?:e|')|"
                     r"(?:il|elle|celui-ci|celle-ci) (?:comprend|se compose d|regroupe))")


def _made_of(text: str, sentences: list[Sentence]) -> int:
    lead = next((s for s in sentences if s.signing), None)
    parts = sentences[lead.index + 1] if lead and lead.index + 1 < len(sentences) else None
    if lead is None or parts is None or parts.title or parts.future or len(lead.agreements) != 1 \
            or lead.agreements[0].plural or not MADE_OF.match(fold(text[parts.start:parts.end])):
        return 0
    told = [m for m in parts.agreements if m.indefinite and not m.plural and not m.ordinal]
    return len(told) if len(told) >= 2 else 0


# "un premier prêt signé en octobre 2013": a rank of the series that a past year dates
DATED_THEN = re.compile(rf"[^.;]{{0,30}}?\b{participle()}\s+"
                        rf"(?:en|au cours de l'annee|courant) (?:(?:{MO}) )?"
                        r"(?P<y>(?:19|20)\d\d)\b")


def _then(text: str, s: Sentence, m: AgreementMention, year: int | None) -> bool:
    if s.earlier:
        return bool(s.triggers)
    dated = DATED_THEN.match(fold(text[m.end:min(s.end, m.end + 80)]))
    return dated is not None and year is not None and int(dated["y"]) < year


def ranks_told_before(text: str, sentences: list[Sentence], year: int | None
                      ) -> tuple[int, int]:
    """ "un premier prêt signé en octobre 2013" (history) then "le second prêt a été signé
    mardi": (the highest rank of this article's signings, how many ranks of the series
    earlier signings hold below every one of them)."""
    parts = _ranks_are_parts(sentences)
    ranked = [(s, m) for s in sentences if not s.future for m in s.agreements
              if m.ordinal and m.ordinal > 0 and not rank_in_a_series(text, s, m)
              and not (parts and not m.type and PART_NOUN.fullmatch(fold(text[m.start:m.end])))]
    then = {m.ordinal or 0 for s, m in ranked if _then(text, s, m, year)}
    now = [m.ordinal or 0 for s, m in ranked if not s.earlier and m.ordinal not in then]
    told = [(s, m) for s, m in ranked if not s.earlier and m.ordinal not in then]
    if len(told) == 1 and now[0] > 2 and all(
            OF_A_SERIES.search(fold(text[max(s.start, m.start - 16):m.start])) and not any(
                t.agreements for t in sentences[:s.index] if not (t.title or t.earlier))
            for s, m in told):
        # "il vient de signer une 4ème convention d'investissement": the fourth of a
        # series, the only one this article tells of (none told before it, not "un
        # deuxième mémorandum" after a first); the three before it are earlier
        return now[0], now[0] - 1
    return (max(now), len({r for r in then if r < min(now)})) if now else (0, 0)


# "une 4ème convention", "un troisième accord": one more of a series, by its rank
OF_A_SERIES = re.compile(r"\bune?\s+(?:\d{1,2}\s*(?:e|eme|ieme)|[a-z]+ieme)\s+$")


# "le premier volet", "le second axe": a rank named by a noun that is never an agreement's
# ("le second projet", "le premier financement" may be)
PART_NOUN = re.compile(r"(?:volet|axe|composante|phase)s?")


def _ranks_are_parts(sentences: list[Sentence]) -> bool:
    """ "Un accord a été signé …; le programme qu'il finance compte trois volets. Le
    premier volet …": where the article speaks of its agreements only one at a time (no
    plural, no second one by its own noun), a rank named by a noun that is never an
    agreement's ("le premier volet", "le second axe") is a part of the one agreement; "la
    deuxième" alone, "le second projet" still rank agreements."""
    return not any(m.type and (m.plural or (m.ordinal or 0) > 1 or m.ordinal == -1
                               or (m.count or 0) > 1)
                   for s in sentences if not s.earlier for m in s.agreements)


# "De même, deux contrats de dons au profit de …": a sentence with no verb of its own
# that goes on with the signing just told
GOES_ON = re.compile(r"\W*(?:de meme|de plus|en outre|egalement|aussi|en plus|ainsi que|"
                     r"sans oublier)\b")


# "Le prêt s'accompagne de deux accords de don", "Il est assorti d'un accord de garantie":
# more agreements that go with the one just told
ACCOMPANIED = re.compile(r"\W*(?:(?:le|la|l'|ce|cet|cette)\s*[\w-]+|il|elle|celui-ci|celle-ci)"
                         r"\s+(?:s'accompagne|est (?:assortie?|completee?|accompagnee?|doublee?))"
                         r"\s+d(?:e|'|u|es)\b")


def _continued(text: str, sentences: list[Sentence], s: Sentence) -> int:
    """How many agreements the verbless sentence right after ``s`` adds to its count."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    low = fold(text[nxt.start:nxt.end]) if nxt is not None else ""
    if nxt is None or nxt.triggers or nxt.earlier or nxt.future or nxt.title or not (
            ACCOMPANIED.match(low) or GOES_ON.match(low) and not any(
                t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                for t in nxt.tokens)):
        return 0
    return sum(m.count or 0 for m in nxt.agreements if m.count and not m.ordinal and (
        _is_number(text, m) or m.indefinite))


def _details(text: str, s: Sentence) -> bool:
    """ "Il s'agit d'un accord …, d'un mémorandum …", "Les accords institutionnels
    comprennent un protocole …": a sentence that says, item by item, what they are."""
    return not (s.earlier or s.future or s.title) and (
        bool(ELABORATES.match(fold(text[s.start:s.end]))) or
        # "Un protocole d'accord financier permet à l'Agence X de …": one item, told alone
        # ("Pour les infrastructures, un accord avec X …", "Dans le domaine Y, un …")
        any(m.indefinite and not m.plural and m.type and ITEM_OPENS.fullmatch(
            fold(text[s.start:m.start])) for m in s.agreements[:1]))


def _states_only(s: Sentence) -> bool:
    """The sentence names States and nothing else ("Le Maroc et l'Espagne …")."""
    named = [m for m in s.mentions if not m.vague]
    return bool(named) and all(m.extra.get("state") for m in named)


# what may stand before one item of a batch told on its own: where it belongs, then "un"
ITEM_OPENS = re.compile(r"\W*(?:(?:au niveau|du cote|pour|dans|en ce qui concerne|s'agissant|"
                        r"en matiere|cote|sur le plan|concernant)\b[^,;.]{0,60},\s*)?"
                        # "Enfin, une dernière convention …": the last item of the batch
                        r"(?:(?:enfin|ensuite|puis|par ailleurs|en outre|de plus)\s*,?\s*)?"
                        r"(?:une?\s*)?(?:(?:autre|nouvelle|nouvel|nouveau|derniere|dernier)\s+)?")


# "La Banque a accordé deux prêts … Les conventions de ces accords ont été signées": a
# plural that points back ("ces", "lesdits") is as many as were counted just before it
POINTS_BACK = re.compile(r"\b(?:ces|lesdits|lesdites)\s*$")
COUNTED = re.compile(rf"\b(?P<n>\d{{1,2}}|{SPELLED})(?:\s+(?:derniers|dernieres|nouveaux|"
                     rf"nouvelles|autres|importants|grands))?\s+(?:{STAND_INS})\b")


ABOUT_ANOTHER = re.compile(r"\b(?:relati(?:f|ve)s? a|portant sur|concernant|"
                           # "un mémorandum établissant un programme exécutif": what it sets up
                           r"etablissant|instituant|mettant en place|portant creation d')"
                           r"\s+(?:une?)\s*$")
# a speaker quoted on the signing: "« Nous avons signé une convention qui … »"
SPEAKER_TELLS = re.compile(r"\b(?:nous avons|nous venons de|j'ai|je viens de)\b")
# what all agreements so far add up to, not those of the day
TALLY = re.compile(r"\b(?:compte|comptent|totalise|totalisent|atteint|atteignent)\s+"
                   r"(?:desormais|aujourd'hui|actuellement|deja|au total|plus de|\d)")


def _pointed_back(text: str, sentences: list[Sentence]) -> int:
    for s in sentences:
        if not s.signing or not any(
                m.plural and m.count is None and not m.ordinal and POINTS_BACK.search(
                    fold(text[max(s.start, m.start - 12):m.start])) for m in s.agreements):
            continue
        for before in reversed(sentences[max(0, s.index - 2):s.index]):
            if before.title or before.earlier or TALLY.search(fold(text[before.start:
                                                                        before.end])):
                continue  # "le domaine de l'Office compte désormais 22 accords": a tally
            numbers = [parse_count(c["n"]) for c in COUNTED.finditer(
                fold(text[before.start:before.end]))]
            counted = [n for n in numbers if n is not None and 2 <= n <= MAX_AGREEMENTS]
            if counted:
                return counted[-1]
        return 0
    return 0


def _one_more(text: str, sentences: list[Sentence], counted_in: Sentence, total: int) -> int:
    """ "Le directeur a signé deux conventions : l'une avec A, l'autre avec B. Une convention
    a également été signée avec C": each agreement introduced after the counted ones, with
    a word that adds it, is one more."""
    more = 0
    after = [s for s in sentences[counted_in.index + 1:] if not (s.earlier or s.future)]
    if any(m.count and 2 <= m.count < total and not m.ordinal and _is_number(text, m)
           for s in after for m in s.agreements):
        return 0  # "Onze accords … Ainsi, cinq mémorandums …": a breakdown of the total
    described = 0  # the agreements the sentences after the count introduce one by one
    for s in after:
        if not s.signing:
            continue
        low = fold(text[s.start:s.end])
        told = [m for m in s.agreements if m.indefinite and not m.ordinal and not m.others]
        described += len(told)
        if told and ADDED.search(low) and not re.search(r"\b(?:dont|parmi)\b", low):
            more += 1
    ranked = {m.ordinal for s in after for m in s.agreements if m.ordinal}
    if not TOLD_IN_FULL.search(fold(text[counted_in.start:counted_in.end])) and \
            not set(range(1, total + 1)) <= ranked:  # "Le premier …, le troisième …" told it
        # "quatre accords. Un protocole … Un plan d'action a aussi été signé …": the ones
        # told after the count are its items, unless there are more of them than it says
        more = min(more, max(0, described - total))
    return more


# "deux conventions : l'une avec A, l'autre avec B": the count is told in full where it is
TOLD_IN_FULL = re.compile(r"\bl'une?\b|\b(?:la premiere|le premier)\b(?! (?:ministre|dame))|:")


def _after_que(text: str, m: AgreementMention) -> bool:
    """ "… ainsi qu'un protocole …": one more agreement, as "et un protocole" is (where no
    number counted them all: "trois prêts ainsi qu'un don" is counted already)."""
    return bool(re.search(r"\bqu'une?\s*$", fold(text[max(0, m.start - 8):m.start])))


def _is_number(text: str, m: AgreementMention) -> bool:
    """The count was written as a number (not just "la" / "une")."""
    before = fold(text[max(0, m.start - 25):m.start])
    return bool(re.search(rf"(?:\b\d{{1,3}}|\b(?:{SPELLED}))(?:\s+autres)?{PRENOMINAL}{{0,2}}\s*$",
                          before)) and (not re.search(r"\b(?:une?|la|le|l')\s*$", before) or
                                        # "vingt et une conventions": a number, not "une"
                                        re.search(r"(?:vingt|trente|quarante|cinquante|soixante)"
                                                  r"[\s-]+et[\s-]+une?\s*$", before) is not None)


# the words that say what binds a body: "au terme de trois conventions", "en vertu d'une …"
BY_WAY_OF = r"\b(?:au terme|aux termes|en vertu|au titre|par le biais|a travers|au moyen)\s+"
BY_COUNT = re.compile(BY_WAY_OF + r"d(?:e|es)\s+(?:[\w-]+\s+)?$")


ANOTHER = re.compile(r"\b(?:autres?|second|seconde|deuxieme|nouvel|nouvelle|nouveau|dernier|"
                     r"derniere)\s+$")
