"""States as parties: "le Royaume du Maroc et la République de Corée ont signé", "le Maroc
et le Portugal", "l'Etat marocain", "le gouvernement de la Roumanie", "les Emirats arabes
unis". A state named with its article or its official form is a party where a sentence
puts it in a party's place; a bare country name ("la coopération Maroc-Espagne", "au
Maroc") is not. When the article names the ministry or body that signed for a state,
that one is the party (`drafts.replace_states`).
"""

from __future__ import annotations

import re

from .countries import country_name, foreign_name
from .grammar import _cap, _name_case, _Reader
from .names import Mention
from .normalize import fold, key
from .words import COMPANY_WORDS, COUNTRIES, MULTIWORD_COUNTRIES, NATIONALITIES, masculine

__all__ = ["country_of_word", "country_span", "state_mention"]

# The official forms: "Royaume du Maroc", "République de Corée", "Union des Comores".
# what follows a lowercase "état" that is a condition, not the State
CONDITION_AFTER = {"d'", "des", "de", "du", "civil", "actuel", "general", "critique"}
STATE_HEADS = {"royaume", "republique", "union", "etat", "sultanat", "emirat", "emirats",
               "principaute", "confederation", "federation"}
MOROCCO = "État marocain"
# Heads that also name associations and federations of a country ("la Fédération marocaine
# du cuir", "l'Union marocaine des banques"): a state only when nothing follows the adjective.
ASSOCIATION_HEADS = {"federation", "union", "confederation"}


def country_of_word(word: str) -> str | None:
    """The ISO code a folded country name or nationality adjective gives ("coreenne")."""
    if word in COUNTRIES:
        return COUNTRIES[word]
    for form in (word, masculine(word), re.sub(r"s$", "", word)):
        if form in NATIONALITIES:
            return NATIONALITIES[form]
    return None


def country_span(r: _Reader, i: int) -> tuple[int, str] | None:
    """The longest state name of several words opening at token i ("Burkina Faso",
    "Guinée équatoriale", "Trinité-et-Tobago"): (index after it, its code)."""
    if i >= r.n or not _cap(r.t[i]):
        return None
    for end in range(min(r.n, i + 8), i + 1, -1):
        code = MULTIWORD_COUNTRIES.get(key(r.text(i, end)))
        if code is not None and r.t[end - 1].is_alpha:
            return end, code
    return None


def _country_after(r: _Reader, k: int) -> tuple[int, str | None]:
    """ "de Corée", "du Maroc", "des Comores", "d'Espagne", "de la Roumanie",
    "populaire de Chine", "islamique de Mauritanie" -> (index after it, its code)."""
    j = k
    while j < r.n and not _cap(r.t[j]) and r.t[j].is_alpha and r.low(j) not in (
            "de", "du", "des", "d'") and j - k < 2:
        j += 1  # "fédérale", "populaire", "islamique", "arabe"
    at = r.prep(j)
    if at is None or at >= r.n:
        return k, None
    several = country_span(r, at)
    if several is not None:
        return several
    code = country_of_word(r.low(at))
    if code is None:
        return k, None
    end = at + 1
    while end < r.n and (r.low(end) in ("du", "-") and r.low(end + 1) in ("sud", "nord")):
        end += 2  # "Corée du Sud"
    return end, code


def posted_country(r: _Reader, j: int) -> tuple[int, str | None]:
    """ "le ministère de X en Tunisie", "… au Royaume du Maroc", "… aux Émirats arabes
    unis": the country named right after a ministry's name -> (index after it, its code);
    (j, None) when none is."""
    if r.low(j) not in ("en", "au", "aux") or j + 1 >= r.n or not _cap(r.t[j + 1]):
        return j, None
    several = country_span(r, j + 1)
    if several is not None:
        return several
    if r.low(j + 1) in ("royaume", "republique", "sultanat"):
        after, code = _country_after(r, j + 2)
        return (after, code) if code is not None else (j, None)
    code = COUNTRIES.get(r.low(j + 1))
    return (j + 2, code) if code is not None else (j, None)


# "le gouvernement régional de Mandera", "le gouvernement provincial": a region's, no state
SUBNATIONAL = ("regional", "provincial", "local", "autonome")
# "le gouvernement wallon", "le gouvernement catalan": a region's own government, named by
# its people's adjective, which is no country's
REGION_PEOPLE = re.compile(r"[a-z]+(?:an|ane|on|onne|and|ande|ois|oise|ais|aise|ien|ienne|"
                           r"ou|oue|que)")


def regional_government(r: _Reader, i: int) -> bool:
    """The word after "gouvernement" (at i) names a region's people, not a country's."""
    word = r.low(i)
    return i < r.n and not _cap(r.t[i]) and bool(REGION_PEOPLE.fullmatch(word)) and \
        country_of_word(word) is None and word not in ("marocain", "marocaine")


def subnational(r: _Reader, i: int, mention: Mention) -> bool:
    """ "le Gouvernement régional de Comté de Mandera": the county's own body, named as the
    county (as its governor's title names it); False for any other government."""
    k = r.prep(i + 1)
    federated = k is not None and r.low(k) == "etat" and (inner := r.prep(k + 1)) is not None \
        and inner < r.n and _cap(r.t[inner]) and r.low(inner) not in COUNTRIES
    if r.low(i + 1) not in SUBNATIONAL and not federated:  # "… de l'État du Plateau"
        return False
    mention.kind = "public-body"
    rest = re.sub(r"^\S+ \S+ (?:de la |de l'|de l’|du |des |de |d'|d’)", "", mention.name)
    if rest != mention.name and rest[:1].isupper():
        mention.name = rest
    return True


def state_mention(r: _Reader, start: int, i: int, determiner: str) -> tuple[Mention | None, int]:
    """The state named from token i on (after a determiner at `start`), or (None, i)."""
    word = r.low(i)
    tok = r.t[i]
    code: str | None = None
    end = i + 1
    if word in ("gouvernements", "etats") and determiner == "les":
        return _states_of(r, start, i)
    if word in SIDES_OF_STATES and determiner in ("les", "des") and country_of_word(
            r.low(i + 1)) and (states := _states_of(r, start, i))[0] is not None:
        return states  # "entre des responsables gabonais et marocains": the two States
    if word == "pays" and determiner == "deux" and r.low(i - 2) in ("les", "ces"):
        return _both_states(r, i - 2, i + 1), i + 1
    if word == "autorites" and determiner == "les" and (code := country_of_word(r.low(i + 1))):
        # "entre BYD et les autorités marocaines": the State
        return _state(r, start, i + 2, code, country_name(code)), i + 2
    several = country_span(r, i) if determiner in ("le", "la", "l'", "les") else None
    if several is not None:
        return _state(r, start, several[0], several[1]), several[0]
    if word in STATE_HEADS and word != "etat" and (_cap(tok) or word in (
            "republique", "royaume") and _country_after(r, i + 1)[1] is not None):
        # (in lower case too: "l'ambassadeur de la république de Corée")
        after, code = _country_after(r, i + 1)
        if code is None and word == "federation":
            return None, i  # "la Fédération nigérienne" of football: a body, not Russia's kind
        if code is None:
            # "la République française", "les Emirats arabes unis", "le Royaume" (Morocco)
            j = i + 1
            while j < r.n and r.t[j].is_alpha and not _cap(r.t[j]) and j - i <= 3 \
                    and r.prep(j) is None and r.low(j) not in ("au", "aux", "en", "a", "et"):
                # (not "au" of "la République française au Maroc": where its envoy serves)
                code = code or country_of_word(r.low(j))
                j += 1
            if word == "emirats" and r.low(i + 1) == "arabes":
                code = "AE"
                j = max(j, i + 3 if r.low(i + 2) == "unis" else i + 2)  # "Emirats Arabes Unis"
            elif code is None and word == "royaume" and determiner == "le" and j == i + 1:
                code = "MA"
            if code is None or (word in ASSOCIATION_HEADS and r.prep(j) is not None):
                return None, i  # "la Fédération marocaine de football": a body of its own
            end = j
        else:
            end = after
    elif word == "gouvernement" and (r.low(i + 1) in SUBNATIONAL or regional_government(
            r, i + 1)):
        return None, i
    elif word in ("etat", "gouvernement") and not determiner.startswith(("des", "plusieurs")):
        # "l'Etat marocain", "le gouvernement du Royaume du Maroc", "le gouvernement de la
        # Roumanie", "le gouvernement" (Morocco's, in Moroccan press)
        if i + 1 < r.n and country_of_word(r.low(i + 1)):
            code, end = country_of_word(r.low(i + 1)), i + 2
        else:
            k = r.prep(i + 1)
            inner = r.prep(k + 1) if k is not None and r.low(k) == "etat" else None
            if inner is not None and inner < r.n and _cap(r.t[inner]) and \
                    r.low(inner) not in COUNTRIES:
                return None, i  # "le gouvernement de l'État du Plateau": a federated state's
            if k is not None and k < r.n and r.low(k) in STATE_HEADS:
                found, inner = state_mention(r, k, k, "")
                if found is not None:
                    return _state(r, start, inner, found.country or "MA", found.name), inner
            after, code = _country_after(r, i + 1)
            if code is not None:
                end = after
            elif k is not None and k < r.n and _cap(r.t[k]) and word == "etat" \
                    and r.low(k) not in COUNTRIES:
                return None, i  # "l'Etat d'Akwa Ibom", "l'Etat de Lagos": a federated state
            elif word == "etat" and not _cap(tok) and r.low(i + 1) in CONDITION_AFTER:
                return None, i  # "l'état d'avancement", "l'état des lieux": how things stand
            elif determiner in ("le", "l'"):
                code = "MA"  # "le gouvernement", "l'Etat": Morocco's, in Moroccan press
            else:
                return None, i
    elif word == "executif" and determiner == "l'" and r.t[min(i + 1, r.n - 1)].pos_ != "ADJ":
        code = "MA"  # "entre l'exécutif et l'ONDA": the government; not "l'exécutif régional"
    elif determiner in ("le", "la", "l'", "les") and _cap(tok) and word in COUNTRIES \
            and word != "royaume":
        if _named_after_country(r, i + 1):
            return None, i  # "le Rwanda Development Board (RDB)": a body's name
        code = COUNTRIES[word]
        if word in ("emirats", "etats-unis") and r.low(i + 1) == "arabes":
            end = i + 3 if r.low(i + 2) == "unis" else i + 2
        elif r.low(i + 1) in ("du", "-") and r.low(i + 2) in ("sud", "nord"):
            end = i + 3
    else:
        return None, i
    if code is None:
        return None, i
    back = start - 1
    while back >= 0 and r.low(back) in ("de", "du", "d'", "la", "le", "l'", "des"):
        back -= 1
    if any(r.low(k) in PRONOUNS for k in range(i, end)) or \
            (back >= 0 and r.low(back) in PRONOUNS):
        return None, i  # "les régions du Royaume et celles de la Mauritanie": not the states
    return _state(r, start, end, code), end


PRONOUNS = {"celles", "ceux", "celle", "celui"}
# English words of a public body's name after its country ("Rwanda Development Board")
BODY_WORDS = COMPANY_WORDS | {"development", "board", "authority", "council", "commission",
                              "corporation", "fund", "trust", "institute", "university"}


# who may stand for two States named by their nationalities ("les délégations sénégalaise
# et marocaine", "des responsables gabonais et marocains")
SIDES_OF_STATES = {"responsables", "representants", "officiels", "delegations", "autorites",
                   "parties", "dirigeants"}


def _named_after_country(r: _Reader, j: int) -> bool:
    """Capitalized words right after a country's name that make it a body's name: one of
    them a body's word, or an acronym in brackets after them."""
    k = j
    while k < r.n and _cap(r.t[k]) and r.t[k].is_alpha and k - j < 5:
        k += 1
    if k == j:
        return False
    return any(r.low(x) in BODY_WORDS for x in range(j, k)) or (
        r.low(k) == "(" and k + 2 < r.n and r.t[k + 1].text.isupper() and r.low(k + 2) == ")")


def _states_of(r: _Reader, start: int, i: int) -> tuple[Mention | None, int]:
    """ "les gouvernements marocain et français": one state each."""
    found: list[tuple[int, str]] = []  # token, code
    k = i + 1
    while k < r.n and (country_of_word(r.low(k)) or (r.low(k) in ("et", ",") and found)):
        code = country_of_word(r.low(k))
        if code:
            found.append((k, code))
        k += 1
    if not found:
        return _states_named(r, start, i)
    if len(found) < 2:
        return None, i
    parts = []
    for token, code in found:
        adjective = re.sub(r"(?:e|ne)s?$|s$", "", r.t[token].text) if fold(
            r.t[token].text) not in NATIONALITIES else r.t[token].text
        state = _state(r, start, k, code, country_name(code))  # "Gabon", as named alone
        if code != "MA":
            state.aliases.append(f"État {adjective}")  # "État gabonais": the press's words
        parts.append(state)
    head = parts[0]
    head.extra["split"] = parts
    return head, k


def _states_named(r: _Reader, start: int, i: int) -> tuple[Mention | None, int]:
    """ "les gouvernements du Royaume du Maroc et du Royaume de Bahreïn", "les
    gouvernements du Maroc et de la Hongrie": one state each."""
    parts: list[Mention] = []
    k = last = i + 1
    while len(parts) < 6:
        at = r.prep(k)
        if at is None or at >= r.n or not _cap(r.t[at]):
            break
        if r.low(at) in STATE_HEADS:
            state, after = state_mention(r, at, at, "")
            code = state.country if state is not None else None
        else:
            after, code = _country_after(r, k)
        if code is None or after <= at:
            break
        parts.append(_state(r, at, after, code))
        last = after
        k = after + 1 if r.low(after) in ("et", ",") else after
        if k == after:
            break
    if len(parts) < 2:
        return None, i
    parts[0].start = r.t[start].idx
    parts[0].extra["split"] = parts
    return parts[0], last


def _both_states(r: _Reader, start: int, end: int) -> Mention:
    """ "les deux pays ont signé": Morocco and the article's other country (resolved by
    `sentences`, dropped when the article names none)."""
    morocco = _state(r, start, end, "MA")
    other = _state(r, start, end, "")
    other.country = None
    other.extra["both_countries"] = 1
    morocco.extra["split"] = [morocco, other]
    return morocco


def _state(r: _Reader, start: int, end: int, code: str, name: str = "") -> Mention:
    words = name or r.text(start, end)
    words = re.sub(r"^(?:les|le|la|l'|du|des|de la|de l'|au|aux)\s*", "", words, flags=re.I)
    if code == "MA":
        words = MOROCCO
    elif fold(words).startswith("gouvernement "):
        words = re.sub(r"^(?:gouvernement|Gouvernement)\s+(?:de la |de l'|du |des |de |d')?",
                       "", words)
        if fold(words) not in COUNTRIES and country_of_word(fold(words)) == code:
            words = country_name(code)  # "le gouvernement rwandais": the Rwanda named elsewhere
    return state_at(_name_case(words), r.t[start].idx,
                    r.t[end - 1].idx + len(r.t[end - 1].text), code)


def state_at(name: str, start: int, end: int, code: str | None) -> Mention:
    """A State as a party, told between the article offsets `start` and `end`: Morocco
    by the base's name for it, another by `name`."""
    mention = Mention(MOROCCO if code == "MA" else name, start, end, "other", True,
                      head="etat", country=code)
    mention.extra["state"] = True
    return mention


def side_country(r: _Reader, i: int) -> str | None:
    """ "du côté émirati", "côté marocain", "pour la partie mauritanienne": whose side
    the names that follow sign for."""
    word = r.low(i)
    if word in ("cote", "partie") and i + 1 < r.n:
        return country_of_word(r.low(i + 1))
    return None


# "la Fédération royale marocaine de football": a national body, its country in its name
MOROCCAN_IN_NAME = re.compile(r"\b(?:[Rr]oyale?\s+)?[Mm]arocaine?s?\b")


def _national_counterpart(r: _Reader, j: int, code: str | None, found: list[Mention]
                          ) -> tuple[Mention, int] | None:
    """ "la Fédération royale marocaine de football et son homologue nigérienne": the
    other country's body of the same name, the nationality as the article writes it."""
    from .holders import _person_after

    anchor = next((m for m in reversed(found) if m.kind != "ministry" and not m.vague
                   and MOROCCAN_IN_NAME.search(m.name)), None)
    if anchor is None or code is None or code == "MA":
        return None
    name = MOROCCAN_IN_NAME.sub(r.t[j].text.lower(), anchor.name, count=1)
    mention = Mention(name, r.t[j - 2].idx, r.t[j].idx + len(r.t[j].text), anchor.kind,
                      anchor.kind_sure, head=anchor.head, country=code)
    after = j + 1
    if r.low(after) == "(" and after + 2 < r.n and r.low(after + 2) == ")" and \
            r.t[after + 1].text.isupper():
        mention.acronym = r.t[after + 1].text  # "son homologue guinéenne (FGF)"
        mention.end = r.t[after + 2].idx + 1
        after += 3
    person, after2 = _person_after(r, after)
    if person is not None:
        mention.person = person
        return mention, after2
    return mention, after


def counterpart(r: _Reader, i: int, found: list[Mention]) -> tuple[Mention | None, int]:
    """ "le ministre des Affaires étrangères, …, et son homologue comorien, Dhoihir
    Dhoulkamal": the foreign ministry of the same portfolio, with its minister."""
    anchor = next((m for m in reversed(found) if m.kind == "ministry"
                   and m.country in (None, "MA")), None)
    j = i + 1
    code = country_of_word(r.low(j)) if j < r.n else None
    national = _national_counterpart(r, j, code, found) if anchor is None else None
    if national is not None:
        return national
    pending = False
    if code is None and r.prep(j) is not None:
        after, code = _country_after(r, j)  # "son homologue du Niger"
        j = after if code else j
    elif code is None and r.low(j) in (",", "", "et", "ont", "a", "qui", "avaient", "avait"):
        pending = True  # "et son homologue, B,": the article's other country (`countries`)
    else:
        j += 1
    moroccan = code == "MA" and anchor is not None and anchor.extra.get("both_countries") is None
    if moroccan and anchor is not None:
        # "le ministre de X, A, et son homologue du Maroc, B": the first is the other
        # country's minister (the one the article names), the counterpart Morocco's
        anchor.extra["both_countries"], code = 1, None
        if anchor.head != "ministere":
            anchor.extra["own_name"] = True  # "Département fédéral …": kept, whoever's it is
    if anchor is None and code == "MA":
        return _moroccan_counterpart(r, i, j, found) or (None, i + 1)
    if anchor is None or (code is None and not pending and not moroccan) or code == "MA":
        return None, i + 1
    domain = re.split(r",| et (?=de |du |des |d')", anchor.name)[0].strip()
    if anchor.head != "ministere":
        # "le chef du Département fédéral des affaires étrangères, A, et son homologue du
        # Maroc, B": the ministry of that portfolio
        domain = re.sub(r"^\S+(?: [a-zé]+)? (?=de |des |du |d')", "Ministère ", domain)
    own = _own_portfolio(r, j)  # "son homologue sénégalais de la Pêche et des Affaires …"
    if own is not None:
        domain, j = "Ministère " + r.text(j, own), own
    mention, after = _ministry_and_minister(r, i, j, foreign_name(domain, code), code,
                                            re.sub(r"^Ministère", "Ministre", domain))
    if pending:
        mention.extra["both_countries"] = 1
    return mention, after


def _ministry_and_minister(r: _Reader, i: int, j: int, name: str, code: str | None,
                           title: str) -> tuple[Mention, int]:
    """The counterpart's ministry, told from token i to j, with the minister named after
    it, if any, holding `title`; and where the reading goes on."""
    from .holders import _person_after

    mention = Mention(name, r.t[i].idx, r.t[j - 1].idx + len(r.t[j - 1].text), "ministry",
                      True, head="ministere", country=code)
    mention.title = title
    person, after = _person_after(r, j)
    if person is None:
        return mention, j
    person.title, mention.person = title, person
    return mention, after


def _moroccan_counterpart(r: _Reader, i: int, j: int, found: list[Mention]
                          ) -> tuple[Mention, int] | None:
    """ "le ministre sénégalais du Commerce, A, et son homologue marocain de l'Energie et
    des Mines, B": Morocco's ministry of the portfolio told, with its minister."""
    own = _own_portfolio(r, j)
    if own is None or not any(m.kind == "ministry" and m.country not in (None, "MA")
                              for m in found):
        return None
    return _ministry_and_minister(r, i, own, "Ministère " + r.text(j, own), None,
                                  "Ministre " + r.text(j, own))


def _own_portfolio(r: _Reader, j: int) -> int | None:
    """ "son homologue sénégalais de la Pêche et des Affaires maritimes, B": where the
    counterpart's own portfolio ends (before the comma that opens his name), else None."""
    if r.low(j) not in ("de", "du", "des", "d'") or j + 1 >= r.n:
        return None
    k = j
    while k < r.n and k - j < 24 and (r.low(k) not in (",", ".", ";", "(", "ont", "a") or (
            # "de l'Energie, des Mines, de l'Eau et de l'Environnement, B": one portfolio
            # list, up to the comma before the name
            r.low(k) == "," and r.low(k + 1) in ("de", "du", "des", "d'"))):
        k += 1
    if k >= r.n or r.low(k) != "," or not any(_cap(t) for t in r.t[j + 1:k]):
        return None
    return k


def ruler_of(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """ "avec le prince héritier de Charjah", "avec l'émir du Qatar": the
    State (or emirate) its ruler stands for, with him as its signatory when named after."""
    from .holders import _person_after

    j = i + 1
    if r.low(i) == "prince":
        if r.low(j) not in ("heritier", "herittier"):
            return None, i
        j += 1
    if r.low(j) not in ("de", "du", "d'") or j + 1 >= r.n or not _cap(r.t[j + 1]):
        return None, i
    k = j + 1
    while k < r.n and (_cap(r.t[k]) or r.t[k].text == "-" and r.joined(k)):
        k += 1
    place = r.text(j + 1, k)
    code = COUNTRIES.get(fold(place))
    mention = _state(r, i, k, code, place) if code else state_at(
        _name_case(place), r.t[i].idx, r.t[k - 1].idx + len(r.t[k - 1].text), None)
    mention.title = _name_case(r.text(i, k))
    person, after = _person_after(r, k)
    if person is not None:
        person.title, mention.person = mention.title, person
        return mention, after
    return mention, k
