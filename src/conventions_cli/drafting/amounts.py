"""Numbers the press writes: amounts with their currency, jobs with their horizon, periods.

"250 millions de dirhams", "1,2 MMDH", "300 MUSD", "158,6 millions de dollars", "533 M€",
"trois milliards de dirhams"; "3.000 emplois directs", "dont 16.000 directs", "d'ici 2029",
"à l'horizon 2026"; "2022-2025", "de 2024 à 2030". Each amount says what it measures: money
put in (funding), or a result hoped for (turnover, value added, exports), which is not.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from .cues import AGREEMENT_WORD
from .facts import Fact
from .normalize import fold, fold_upto

__all__ = ["APPROXIMATE", "EACH_AFTER", "find_amounts", "find_periods", "parse_count", "plan_years",
           "parse_number"]

UNITS_WORDS = ["zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
               "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt",
               "vingts", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille"]
SPELLED = (r"(?:" + "|".join(UNITS_WORDS) + r")(?:(?:[\s-]+et)?[\s-]+(?:"
           + "|".join(UNITS_WORDS) + r"))*")
DIGITS = r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d)"
NUMBER = rf"(?P<num>{DIGITS}|\b{SPELLED})"
# "une dizaine de conventions", "une cinquantaine de postes": about ten, about fifty
APPROXIMATE = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
               "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
               "centaine": 100, "millier": 1000}


def parse_count(words: str) -> int | None:
    """A count as the press writes it ("12", "une", "dix-sept", "trois") as an integer;
    spelled-out numbers via text2num."""
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    if words in ("un", "une"):
        return 1
    try:
        from text_to_num import text2num
        return int(text2num(words, "fr"))
    except (ImportError, ValueError, TypeError):
        return None


def parse_number(text: str) -> Decimal | None:
    """ "1 630", "6.000", "158,6", "1.5", "trois" -> a number; thousands by space or dot."""
    text = text.strip()
    if not text:
        return None
    if not text[0].isdigit():
        count = parse_count(text)
        return Decimal(count) if count is not None else None
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", text):
        text = text.replace(" ", "").replace(".", "")
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


SCALE = {"milliard": 10**9, "milliards": 10**9, "million": 10**6, "millions": 10**6,
         "mille": 10**3}
# Currency words after a scale word ("millions de dirhams") or alone ("3000 dirhams").
CURRENCY_WORDS = [
    (r"dirhams?|dhs?|mad", "MAD"), (r"dollars? canadiens?|cad", "CAD"),
    (r"dollars?(?: americains?| us)?|usd|\$|us\$", "USD"),
    (r"euros?|eur|€", "EUR"), (r"yuans?|cny|renminbi", "CNY"), (r"yens?|jpy", "JPY"),
    (r"livres? sterling|gbp|£", "GBP"), (r"francs? suisses?|chf", "CHF"),
    (r"riyals? saoudiens?|sar", "SAR"), (r"dinars? koweitiens?|kwd", "KWD"),
    (r"dirhams? emiratis?|aed", "AED"), (r"francs? cfa beac|xaf", "XAF"),
    (r"francs? cfa|fcfa|xof", "XOF"),
    (r"dinars? tunisiens?|tnd", "TND"), (r"riyals? qatari(?:en)?s?|qar", "QAR"),
    (r"dinars? bahreini(?:en)?s?|bhd", "BHD"), (r"wons?(?: coreens?| sud-coreens?)?|krw", "KRW"),
    # the African Development Bank lends in units of account, the IMF in drawing rights
    (r"unites? de compte(?: de la bad)?|ua|xua", "XUA"),
    (r"droits? de tirage speciaux|dts|xdr", "XDR"),
    (r"dinars? algeriens?|dzd", "DZD"),
    (r"ouguiyas?|mru", "MRU"), (r"nairas?|ngn", "NGN"), (r"livres? egyptiennes?|egp", "EGP"),
    (r"riyals? omanais|omr", "OMR"), (r"dinars? jordaniens?|jod", "JOD"),
    (r"dinars? libyens?|lyd", "LYD"), (r"couronnes? suedoises?|sek", "SEK"),
    (r"couronnes? norvegiennes?|nok", "NOK"), (r"couronnes? danoises?|dkk", "DKK"),
    (r"roupies? indiennes?|inr", "INR"), (r"roubles?|rub", "RUB"),
    (r"centimes?", "centimes"),  # of a dirham: converted where found
]
CENTIMES = "centimes"
# "USD 50 millions", "$75 millions", "€ 20 millions": the currency written first
PREFIXED = re.compile(r"(?<![\w$€])(?P<cur>usd|us\$|\$|eur|€|mad)\s?" + NUMBER
                      + r"\s*(?P<scale>milliards?|millions?)\b")
PREFIX_CODES = {"usd": "USD", "us$": "USD", "$": "USD", "eur": "EUR", "€": "EUR", "mad": "MAD"}
# Compact forms: MDH, MMDH, Mds DH, M$, MUSD, M€, MEUR, Mrd.
COMPACT = [
    (r"mmdh|mmdhs|mds? (?:de )?dhs?|mrds? (?:de )?dhs?|milliards? dhs?", 10**9, "MAD"),
    (r"mdh|mdhs|m dh|m dhs|mmad|m mad", 10**6, "MAD"),
    (r"musd|m ?\$|m usd|m dollars", 10**6, "USD"), (r"mds? \$|mds? usd|mrds? usd", 10**9, "USD"),
    (r"meur|m ?€|m eur|m euros", 10**6, "EUR"), (r"mds? €|mds? eur|mrds? eur", 10**9, "EUR"),
]
COMPACT_RE = "|".join(f"(?P<k{i}>{pat})" for i, (pat, _, _) in enumerate(COMPACT))

def _build_amount_re() -> re.Pattern[str]:
    """Scale + currency, compact unit, or a plain currency; group names stay unique."""
    scaled = "|".join(f"(?P<a{i}>{pat})" for i, (pat, _) in enumerate(CURRENCY_WORDS))
    plain = "|".join(f"(?P<b{i}>{pat})" for i, (pat, _) in enumerate(CURRENCY_WORDS))
    return re.compile(
        rf"{NUMBER}\s*(?:(?P<scale>milliards?|millions?|mille)\s+(?:de\s+|d')?(?:{scaled})"
        rf"|(?:{COMPACT_RE})|(?:{plain}))(?![\w$€])")


AMOUNT = _build_amount_re()
# the currency after a compound's last scale word
_CURRENCY_AFTER = r"(?:de\s+|d')?(?:" + "|".join(
    f"(?P<c{i}>{pat})" for i, (pat, _) in enumerate(CURRENCY_WORDS)) + r")(?![\w$€])"
COMPOUND = re.compile(
    # "un milliard six cent soixante-dix millions de dirhams": spelled out too
    rf"(?P<a>\d{{1,3}}|\b{SPELLED})\s+milliards?\s+(?:et\s+)?"
    rf"(?P<b>\d{{1,3}}(?:,\d+)?|{SPELLED})\s+millions?\s+" + _CURRENCY_AFTER)
# "dix millions sept cent quatre-vingt-dix mille de yens": millions and thousands
COMPOUND_THOUSANDS = re.compile(rf"(?P<a>\d{{1,3}}|\b{SPELLED})\s+millions?\s+(?:et\s+)?"
                                rf"(?P<b>\d{{1,3}}|{SPELLED})\s+mille\s+" + _CURRENCY_AFTER)
# "le groupe X investit près de 2,7 milliards pour une usine": money, in dirhams
BARE_SCALE = re.compile(rf"{NUMBER}\s*(?P<scale>milliards?|millions?)(?=\s*(?:[,.;)]|"
                        r"\s(?:pour|dans|afin|en|sur|a|au|et|qui|avec|destin)\b))")
INVESTING = re.compile(r"(?:invest\w*|montant|enveloppe|budget|cout|financement|dote\w*|"
                       r"mobilis\w*|injecte\w*|consacre\w*)\b[^.;]{0,45}$")

# What the money measures, from the words just before it (same clause).
NOT_FUNDING = re.compile(
    # what an amended agreement was worth: "la convention de 2022, qui portait sur 120 MDH",
    # "d'un montant initial de 120 MDH"
    r"(?:\b(?:qui )?portait sur|\bmontant initial\b|\binitialement\b|"
    r"chiffre d'affaires|valeur ajoutee|exportations?|export|\bpib\b|recettes|ventes|"
    r"revenus?|economies|benefices?|capital social|salaires?|bourses?|d'une valeur de|"
    r"prix|tarifs?|abonnement|masse salariale|devises|transferts|produit interieur|"
    r"taille du marche|un marche|le marche|importations?|facture|dette|deficit|"
    r"levee de fonds precedente|balance commerciale|excedent commercial|"
    # "le volume des échanges commerciaux, 890 millions de dollars": trade, not money lent
    r"\bechanges (?:commerciaux|bilateraux)\b|volume des echanges|"
    # a national strategy's own budget: "la Stratégie nationale X, dotée de 7 milliards"
    r"\bstrategie\b[^.;]{0,60}?\bdotee? d[e']|"
    # a lender's whole portfolio in the country, not one agreement's amount
    r"portefeuille|engagements?(?! de (?:la|l'etat))|encours|interventions? (?:de|du|des) |"
    # the earlier one this one follows: "Elle complète la première tranche de 250 M€"
    # (what follows "fait suite à une convention …, dotée de" is the earlier one's own
    # amount, which the recalled agreement keeps)
    r"\b(?:complete|completent)\s+(?:la|le|les|l'|une?)\b|"
    r"(?:depuis|au titre de) (?:le debut|sa creation|\d{4})|cumul\w*|au total depuis)"
    r"[^.;]{0,60}$")
# ... or from the words just after it: "5 milliards de dollars d'IDE", "N MDH d'exportations"
NOT_FUNDING_AFTER = re.compile(
    r"^\s*(?:d'|de |des |en )(?:ide\b|investissements? directs? etrangers|flux d'investissements|"
    r"exportations?|importations?|chiffre d'affaires|echanges|recettes|transferts|ventes|pib\b|"
    r"valeur ajoutee|reserves de change|dette|deficit)")
# "depuis 2016, une quinzaine de projets ont été soutenus pour un montant de 1 M€": what
# was spent over the years before, not what the agreement brings
SINCE = re.compile(r"\bdepuis (?:19|20)\d\d\b[^.;:]{0,140}?\b(?:ont|a) (?:ete |deja |deja ete )?"
                   r"(?:soutenu|finance|accorde|mobilise|consacre|octroye|investi|engage|"
                   r"alloue|decaisse|realise)e?s?\b[^.;:]{0,100}$|"
                   # "Depuis 1962, IFC a collaboré avec …, mobilisant et investissant plus de"
                   r"\bdepuis (?:19|20)\d\d\b[^.;:]{0,200}?\b(?:mobilisant|investissant|"
                   r"finan[cç]ant|injectant|octroyant|accordant)\b[^.;:]{0,60}$")
# "1/2 milliard", "3/4 million": the figure is a fraction's denominator
FRACTION_BEFORE = re.compile(r"(?<![\d/])(?P<top>\d{1,2})/$")
# "… investiront 70 MDH chacun": the same amount for each of those just named
EACH_AFTER = re.compile(r"[^.;]{0,12}\bchacune?\b")
# "de 6 et 4 millions d'euros": two amounts sharing their unit (not "entre 6 et 8", a range)
LISTED_BEFORE = re.compile(r"\bde\s+(?P<nums>\d{1,3}(?:,\d+)?(?:\s*,\s*\d{1,3}(?:,\d+)?)*)"
                           r"\s+et\s+$")
# "de 10 à 11 milliards", "entre 3 et 4 millions d'euros": the range's lower end
RANGE_FROM = re.compile(r"\b(?:de|entre)\s+(?P<lo>\d{1,3}(?:,\d+)?)\s+(?:a|et)\s+$")
# "porte le montant de la convention de 2,25 à 3,25 milliards", "relève l'enveloppe de 200
# à 260 MDH", "le budget passe de X à Y": an amendment's old and new totals, not a range
MONEY_NOUN = (r"(?:montant|enveloppe|budget|cout|financement|dotation|contribution|"
              r"investissement|capital|participation|subvention)s?")
RAISED = re.compile(r"(?:\b(?:port(?:e|ent|ant|era|eront|er|ait)|releve\w*|rehausse\w*|"
                    r"augmente\w*)\b(?! sur\b)[^.;]{0,50}?\b" + MONEY_NOUN + r"\b|\b"
                    + MONEY_NOUN + r"\b[^.;]{0,50}?\b(?:passe\w*|augmente\w*)\b)[^.;]{0,50}$")
# "voit son enveloppe grimper de 460 à 600 millions", "les échanges ont bondi de 2 à 3
# milliards": a figure told growing or falling over time, no agreement's amount
CHANGED = re.compile(r"\b(?:grimp|bondi|progress|croi[st]|cru\b|evolu|chut|recul|baiss|"
                     r"gonfl|dimin|doubl|tripl)\w*\b[^.;]{0,40}$")
# "porte le montant de la convention à 3,25 milliards": only the new total
RAISED_TO = re.compile(RAISED.pattern[:-len(r"[^.;]{0,50}$")] + r"[^.;]{0,50}?\ba\s+$")
NEW_TOTAL = ("the article gives only the new total of what this amends, not what it adds "
             "(an avenant's funding is what it adds): find the former total in the base or "
             "another report and write the difference")
# "un accord de prêt d'une valeur de 172 M€": what the agreement itself is worth (not what
# a gift or a product is worth)
WORTH_OF_AGREEMENT = re.compile(
    r"\b(?:accords?|conventions?|contrats?|protocoles?|prets?|credits?|financements?|"
    r"subventions?)(?: (?:de |d')(?:pret|financement|don|credit|subvention|garantie))?"
    r"\s*,?\s+d'une valeur (?:totale |globale )?de\s*(?:pres de |environ |plus de )?$")
PER_UNIT = re.compile(r"^\s*(?:par|/)\s*(?:mois|an|annee|jour|personne|beneficiaire|bourse|"
                      r"habitant|tete|unite|m2|metre|ha\b|hectare|tonne|kg|kilo|litre|kwh|"
                      r"mwh|nuitee|eleve|etudiant|lit\b|place\b)")
EQUIVALENT = re.compile(r"(?:\bsoit(?: l'equivalent de| environ| pres de)?|"
                        r"l'equivalent de|\(|\bou)\s*(?:pres de |environ )?$|"
                        r"^\s*,\s*(?:environ|pres de|soit)\s*$")  # "(120 M€, environ 1,28 MMDH)"
TOTAL = re.compile(r"(?:global|globale|total|totale|au total|cumule|ensemble|l'ensemble)"
                   r"[^.;]{0,40}$|^[^.;]{0,25}\b(?:au total|en tout)\b")


# "plus d'un milliard", "près de 2 MMDH", "jusqu'à 50 M€", "pouvant atteindre 1 Md$": a
# bound or an estimate, not the amount itself (folded, the words just before the figure)
BOUND = re.compile(r"(?:\bplus d'|\bplus de|\bpres d'|\bpres de|\benviron|\bquelque|"
                   r"\bau moins|\bpas moins de|\bmoins de|\bmoins d'|\bjusqu'a|\bjusqu'au|"
                   r"\bpouvant (?:aller jusqu'a|atteindre|depasser)|\bsusceptibles? d'atteindre|"
                   r"\bde l'ordre de|\bautour de|\bun maximum de|\bau maximum|\bplafonnee? a|"
                   r"\bdans la limite de|\bapproximativement|\ba peu pres|\bavoisinant|"
                   r"\bestimee?s? a|\bevaluee?s? a|\bchiffree?s? a)\s*$")
# "une enveloppe indicative de", "un budget prévisionnel de", "un financement envisagé de":
# a figure the agreement foresees without committing it
INDICATIVE = re.compile(r"\b(?:indicati(?:ve|f)s?|previsionnel(?:le)?s?|envisagee?s?|"
                        r"potentiel(?:le)?s?|estimatif|estimative|a titre indicatif)\b"
                        r"[^.;,]{0,25}$")
INDICATIVE_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:a titre indicatif|indicati(?:ve|f)s?|"
                              r"envisagee?s?)\b")


def _hedged(text: str, low: str, start: int, at: int, end: int) -> str:
    """What a curator must know of an amount the article hedges: a bound ("plus d'un
    milliard"), an estimate ("près de"), or an indicative envelope; else ''."""
    lo = max(start, at - 45)
    said = BOUND.search(low, lo, at)
    if said and re.match(r"[A-ZÀ-Ý]", text[said.start():said.start() + 1]) and re.search(
            r"[A-ZÀ-Ý][\w'-]*\s+$", text[max(0, said.start() - 30):said.start()]):
        said = None  # "le capital de Cash Plus de 10 millions": a name's last word
    if said:
        words = " ".join(text[said.start():end].split())
        return (f"the article gives a bound or an estimate (\"{words}\"), not the amount: "
                "keep it only as such, or find the exact figure")
    if INDICATIVE.search(low[lo:at]) or INDICATIVE_AFTER.match(low[end:end + 40]):
        return ("the article calls this amount indicative or envisaged, not committed: "
                "keep it as funding only if a report gives it as the agreement's")
    return ""


def _currency(found: re.Match[str]) -> tuple[int, str]:
    groups = found.groupdict()
    for i, (_, scale, code) in enumerate(COMPACT):
        if groups.get(f"k{i}"):
            return scale, code
    for prefix in ("a", "b"):
        for i, (_, code) in enumerate(CURRENCY_WORDS):
            if groups.get(f"{prefix}{i}"):
                scale = SCALE.get(groups["scale"] or "", 1) if prefix == "a" else 1
                return scale, code
    return 1, "MAD"


def find_amounts(text: str, start: int, end: int) -> list[Fact]:
    """Amounts of money in text[start:end]: value {amount, currency}; extra says its use.

    extra["use"] is "funding" (investment, budget, loan, grant...), "target" (turnover,
    value added, exports...) or "unit" (per month, per person); extra["equivalent"] marks
    a conversion of the amount just before it; extra["total"] a global or total amount.
    """
    low = fold_upto(text, end)
    facts: list[Fact] = []
    # match, amount, currency, todo, where its quote starts ("de 2,25 à 3,25 milliards")
    found: list[tuple[re.Match[str], int, str, str, int]] = []
    for compound, unit in ((COMPOUND, 10**9), (COMPOUND_THOUSANDS, 10**6)):
        for m in compound.finditer(low, start, end):  # "2 milliards 690 millions DH"
            whole, part = parse_number(m["a"]), parse_number(m["b"])
            if whole is not None and part is not None and not any(
                    c.start() <= m.start() < c.end() for c, _, _, _, _ in found):
                currency = next(code for i, (_, code) in enumerate(CURRENCY_WORDS)
                                if m[f"c{i}"])
                found.append((m, int(whole * unit + part * unit // 1000), currency, "",
                              m.start()))
    for m in PREFIXED.finditer(low, start, end):
        number = parse_number(m["num"])
        if number is not None:
            found.append((m, int(number * SCALE[m["scale"]]), PREFIX_CODES[m["cur"]], "",
                          m.start()))
    for m in AMOUNT.finditer(low, start, end):
        if any(c.start() <= m.start() < c.end() for c, _, _, _, _ in found):
            continue
        number = parse_number(m["num"])
        over = FRACTION_BEFORE.search(low, max(start, m.start() - 4), m.start())
        if number and over:  # "plus d'1/2 milliard d'euros": a half, not two
            scale, currency = _currency(m)
            half = int(Decimal(over["top"]) / number * scale)
            found.append((m, half, currency, "", over.start()))
            continue
        if number is not None:
            scale, currency = _currency(m)
            listed = LISTED_BEFORE.search(low, max(start, m.start() - 40), m.start())
            if listed:  # "de 6 et 4 millions d'euros", "de 100, 50 et 25 millions": each
                for each in re.finditer(r"\d{1,3}(?:,\d+)?", listed["nums"]):
                    first = parse_number(each.group(0))
                    if first is not None:
                        found.append((m, int(first * scale), currency, "",
                                      listed.start("nums") + each.start()))
                found.append((m, int(number * scale), currency, "", m.start()))
                continue
            low_end = RANGE_FROM.search(low, max(start, m.start() - 30), m.start())
            lower = parse_number(low_end["lo"]) if low_end else None
            if low_end and lower is not None and 0 < lower < number and RAISED.search(
                    low, max(start, low_end.start() - 110), low_end.start()):
                # what the amendment adds: the new total less the old one (quoted both)
                found.append((m, int(round((number - lower) * scale)), currency,
                              f"the article gives the total this amends, from "
                              f"{low_end['lo']} to {m['num']}: what it adds, the "
                              "difference, is kept (an avenant's funding is what it adds)",
                              low_end.start()))
                continue
            if low_end and CHANGED.search(low, max(start, low_end.start() - 60),
                                          low_end.start()):
                continue  # "voit son enveloppe grimper de 460 à 600 M€": how a figure grew
            if low_end and lower is not None and 0 < lower < number:  # "de 10 à 11 milliards"
                found.append((m, int(lower * scale), currency,
                              f"the article gives a range, {low_end['lo']} to {m['num']}: "
                              "its lower end kept", m.start()))
                continue
            if RAISED_TO.search(low, max(start, m.start() - 110), m.start()):
                found.append((m, int(number * scale), currency, NEW_TOTAL, m.start()))
                continue
            if currency == CENTIMES:
                # "50 millions de centimes", as Moroccan press counts: 500 000 dirhams
                if m["scale"]:  # "50 centimes" is a price, not an agreement's money
                    found.append((m, int(number * scale) // 100, "MAD",
                                  f"the article counts in centimes ({m['num']} {m['scale']} "
                                  "de centimes): a hundredth of a dirham, converted",
                                  m.start()))
                continue
            found.append((m, int(number * scale), currency, "", m.start()))
    for m in BARE_SCALE.finditer(low, start, end):  # "investit près de 2,7 milliards pour"
        if any(c.start() <= m.start() < c.end() for c, _, _, _, _ in found):
            continue
        number = parse_number(m["num"])
        if number is None:
            continue
        # "Le premier, de 350 millions de dollars, …; le second, de 150 millions, …": the
        # press drops a currency it has just given
        given = [f for f in found if f[0].end() <= m.start() and m.start() - f[0].end() < 250]
        investing = INVESTING.search(low[max(start, m.start() - 60):m.start()])
        if given and not investing:
            said = given[-1][2]
            found.append((m, int(number * SCALE[m["scale"]]), said,
                          f"the article gives no currency here; {said}, the amount's before "
                          "it, assumed", m.start()))
        elif investing:
            found.append((m, int(number * SCALE[m["scale"]]), "MAD",
                          "the article gives no currency; dirhams assumed", m.start()))
    found.sort(key=lambda f: f[0].start())
    for m, amount, currency, todo, quoted in found:
        if amount <= 0:
            continue
        at = quoted if low[quoted:m.start()].endswith("/") else m.start()  # "1/2 milliard"
        hedge = _hedged(text, low, start, at, m.end())
        todo = "; ".join(t for t in (todo, hedge) if t)
        before = low[max(start, at - 90):at]
        clause = re.split(r"[;:]|\bet (?=la |le |l')|, (?=qui|dont)", before)[-1]
        use = "funding"
        if (NOT_FUNDING.search(clause) and not WORTH_OF_AGREEMENT.search(clause)) or \
                NOT_FUNDING_AFTER.match(low[m.end():m.end() + 40]) or \
                SINCE.search(low, max(start, m.start() - 200), m.start()):
            use = "target"
        elif PER_UNIT.match(low[m.end():m.end() + 20]):
            use = "unit"
        gap = low[facts[-1].end:m.start()] if facts and facts[-1].end <= m.start() else None
        equivalent = gap is not None and len(gap) <= 40 and bool(EQUIVALENT.search(gap)) and (
            "(" not in gap or bool(re.fullmatch(
                r"\s*\(\s*(?:soit\s*)?(?:l'equivalent d[e']|environ|pres d[e'])?\s*", gap)))
        facts.append(Fact("amount", {"amount": amount, "currency": currency}, quoted, m.end(),
                          todo, extra={"use": use, "equivalent": equivalent,
                                       "new_total": todo.startswith(NEW_TOTAL),
                                 "total": not equivalent and (
                                     bool(TOTAL.search(before[-60:]))
                                     or bool(TOTAL.match(low[m.end():m.end() + 30])))}))
    return [_exact_first(low, facts, k) for k in range(len(facts))]


# "d'environ 2,7 milliards de dirhams": an estimate, where the exact figure may follow
ABOUT = re.compile(r"(?:\benviron|\bpres d(?:e|')|\bquelque|\bde l'ordre de|\bautour de|"
                   r"\bapproximativement|\ba peu pres|\bavoisinant)\s*$")


def _exact_first(low: str, facts: list[Fact], k: int) -> Fact:
    """ "un prêt d'environ 2,7 milliards de dirhams (300 millions de dollars)": the exact
    figure in the lender's currency is the amount, the estimate before it its equivalent."""
    def about(f: Fact) -> bool:
        return bool(ABOUT.search(low[max(0, f.start - 30):f.start]))

    f = facts[k]
    nxt = facts[k + 1] if k + 1 < len(facts) else None
    prev = facts[k - 1] if k else None
    if nxt is not None and nxt.extra["equivalent"] and not f.extra["equivalent"] and \
            about(f) and not about(nxt) and nxt.value["currency"] != f.value["currency"]:
        return replace(f, extra={**f.extra, "equivalent": True})
    if f.extra["equivalent"] and prev is not None and not prev.extra["equivalent"] and \
            about(prev) and not about(f) and prev.value["currency"] != f.value["currency"]:
        return replace(f, extra={**f.extra, "equivalent": False, "total": prev.extra["total"]})
    return f



# a national strategy named with its years ("la stratégie Génération Green 2020-2030", "le
# Plan d'Accélération Industrielle 2014-2020"), not an agreement's action plan, nor a plan
# the agreement carries out "pour la période 2025-2028"
NATIONAL_PLAN = re.compile(r"\b(?:strategie|vision|politique|agenda|plan(?! d'action)|"
                           # a lender's frame with the country ("le partenariat stratégique
                           # 2019-2024 entre le Maroc et la Banque mondiale"), not a loan's
                           r"(?:cadre de )?partenariat (?:strategique|pays)|"
                           r"modele de developpement|"  # "… des provinces du Sud 2016-2021"
                           r"programme (?:de developpement (?:regional|de la region|integre)|"
                           r"gouvernemental|national))\b(?:\s+nationale?)?(?:\s+d')?"
                           r"[^.;,()]{0,95}\(?\s*$")
# A capitalized word right before the years, inside a sentence: the years may be part of
# a strategy's or a plan's name rather than the agreement's period (a TODO says so)
NAMED_BEFORE = re.compile(r"(?:(?<=[\w,] )|(?<=['’]))(?P<name>(?:[A-ZÀ-Ý][\w'’-]+\s+)*?"
                          r"(?P<word>[A-ZÀ-Ý][\w'’-]+))\s+$")
NOT_A_NAME = {"periode", "duree", "horizon", "programme", "exercice", "annees", "mandat",
              "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
              "septembre", "octobre", "novembre", "decembre", "de", "du", "entre",
              # "le Contrat-Programme 2023-2027", "la Convention-Cadre 2024-2027": the
              # agreement's own name holds its period
              "contrat-programme", "contrat", "convention", "convention-cadre", "cadre",
              "accord", "accord-cadre", "protocole", "memorandum", "partenariat", "avenant",
              "plan", "action"}
PERIOD = re.compile(r"\b(?:(?:de|entre)\s+)?(?P<a>(?:19|20)\d{2})\s*(?:-|–|—|/|a|au|et)\s*"
                    r"(?P<b>(?:19|20)\d{2})\b")


# what a party means to start later, in the clause before the years: no agreement's period
INTENDED = re.compile(r"\b(?:envisag|projett?|ambitionn|compt)\w* (?:de |d')(?:lancer|engager|"
                      r"ouvrir|entamer|mettre en (?:place|oeuvre|œuvre))\b[^.;]*$")


# "entre 2007-2009 et 2010-2012": the second of two periods set side by side
COMPARED_PERIOD = re.compile(r"\s+(?:et|a|au)\s+(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)?\d{2}\b")


def find_periods(text: str, start: int, end: int) -> list[Fact]:
    """Programme periods: value {start, end}; "de 2024 à 2030", "2022-2025"."""
    return [f for f in _periods(text, start, end) if not f.extra.get("plan")]


def _periods(text: str, start: int, end: int) -> list[Fact]:
    """Every span of years, a national plan's marked so."""
    low = fold_upto(text, end)
    facts: list[Fact] = []
    compared_until = -1
    for m in PERIOD.finditer(low, start, end):
        if m.start() < compared_until:
            continue
        joined = low[m.end("a"):m.start("b")].strip()
        other = COMPARED_PERIOD.match(low, m.end())
        if other and m.group(0).startswith(("de", "entre")) and joined in ("-", "–", "—", "/"):
            # "son enveloppe passe de X à Y entre 2007-2009 et 2010-2012": two periods
            # compared, neither an agreement's
            compared_until = other.end()
            continue
        if joined in ("a", "au", "et") and not m.group(0).startswith(("de", "entre")) and \
                not re.search(r"\bperiode\s*(?::\s*)?$", low[max(start, m.start() - 12):m.start()]):
            continue  # "en 2013 à 2017" reads as two separate years; "la période 2014 à 2017" not
        a, b = int(m["a"]), int(m["b"])
        if not 0 < b - a <= 30:
            continue
        named = NAMED_BEFORE.search(text[max(start, m.start() - 40):m.start()])
        said = text[max(start, m.start() - 120):m.start()]  # (a policy's name may be long)
        before = fold(said)
        if INTENDED.search(before):
            continue  # "envisage de lancer une deuxième phase pour la période 2011-2015"
        plan = NATIONAL_PLAN.search(before)
        if plan and not AGREEMENT_WORD.search(re.split(r"[.;,]", before[-70:])[-1]) and \
                not re.search(r"\bperiode\s*:?\s*$", before) and (
                    plan.group(0)[:4] != "plan" or re.search(r"\bPlan\b", said) or
                    re.search(r"\b(?:son|sa|leur)\s+$", before[:plan.start()])):
            # ("la politique X 2015-2021, son plan exécutif 2017-2021": the policy's plan)
            # "la stratégie Génération Green 2020-2030": the national plan's years, told to
            # the curator (plan_years) but no agreement's period
            facts.append(Fact("period", {"start": a, "end": b}, m.start(), m.end(),
                              extra={"plan": True}))
            continue
        todo = ""
        if named and fold(named["word"]) not in NOT_A_NAME:
            # "dans le cadre du Plan Maroc Vert 2008-2020": the years may be the plan's
            todo = (f"the years follow a name (\"{named['name']} {m.group(0).strip()}\"): "
                    "keep them only if they are this agreement's period, not a plan's")
        if facts and facts[-1].value["end"] == a and m.start() - facts[-1].end < 40 and \
                not facts[-1].extra.get("plan"):
            # "une tranche de 2025 à 2027, l'autre de 2027 à 2029": one programme
            first = facts.pop()
            facts.append(Fact("period", {"start": first.value["start"], "end": b}, first.start,
                              m.end()))
            continue
        facts.append(Fact("period", {"start": a, "end": b}, m.start(), m.end(), todo))
    return facts


def plan_years(text: str, start: int, end: int) -> list[Fact]:
    """The spans of years find_periods leaves out as a national plan's."""
    return [f for f in _periods(text, start, end) if f.extra.get("plan")]
