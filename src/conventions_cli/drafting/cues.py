"""The words around a name in a signing sentence that say whether it signs: what stands
between two names of one list, what makes a name a bystander (attending, presiding, telling
of the signing, owning a party, the occasion), and what makes it a party ("avec", "entre",
"signé par"). `linking` reads the sentence with them.
"""

from __future__ import annotations

import re

from .grammar import _is_title_word
from .lexicon import participle
from .normalize import MO, WEEKDAYS, fold
from .words import DESCRIPTORS, TITLES

__all__ = ["AFTER_PREPOSITION", "AGREEMENT_NOUNS", "AGREEMENT_QUALIFIED", "AGREEMENT_WORD",
           "COUNTED_SIGNERS",
           "BRACKET_GAP", "COLON_GAP", "DESCRIBED_GAP", "FRAMED_BY_AGREEMENT", "FRAMING",
           "HEADED", "IT_IS_ALSO", "LIST_GAP", "NOT_PARTY_BEFORE",
           "PARTY_AFTER_NAME", "PARTY_BEFORE", "POSTING_GAP", "PURPOSE", "RELATIONS_BETWEEN",
           "PRESIDED_WITH", "RELATIVE_WITH", "REPORTS", "REPRESENTED_GAP", "SIGNED_BY",
           "SIGNING_OF_WITH", "TITLED_AFTER_BY", "TITLED_GAP",
           "_relations_between", "titled_name"]


# What stands between two names of one list.
LIST_GAP = re.compile(r"^\s*(?:d['’]une part\s*)?(?:,|;|et|ainsi qu'|ainsi que|outre|de meme que|"
                      r"plus|ou)?\s*"
                      r"(?:,\s*)?(?:et\s+(?:enfin\s+|aussi\s+|egalement\s+)?|ainsi qu'\s*|"
                      r"ainsi que\s+|outre\s+|"
                      r"(?:accompagnee?s?|aux cotes|en compagnie)\s+d(?:e|u|es|')\s*)?"
                      r"(?:,?\s*d['’]autre part\s*,?\s*)?"  # "…, et, d'autre part, la Wilaya"
                      r"(?:(?:le|la|les|l'|du|de la|des|son|sa|ses|leur|leurs)\s*)?"
                      r"(?:(?:d'|de)\s*(?=$))?"  # "de A, P, et d'Air Sénégal": one title's
                      r"(?:(?:celui|celle|ceux|celles)\s*)?"  # "le ministère X, celui de Y"
                      # "et le 1er vice-président de Y", "et le 1-er …": a rank before a title
                      r"(?:(?:\d{1,3}-?(?:er|ere|e|eme|nd|nde)|premier|premiere|second|"
                      r"seconde|deuxieme|troisieme)\s+)?"
                      # "et trois académies régionales, à savoir A, B et C": a counted plural
                      # ("et plusieurs ministres marocains": their State)
                      r"(?:(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+)?"
                      rf"(?:(?:{'|'.join(sorted(DESCRIPTORS))})s?\s+(?:[a-z-]+(?:ne|e)?s?\s*"
                      r"(?:,\s*)?)?)?$")  # "et le conglomérat saoudien, Ajlan Bros"
# Where an official of the item before is posted, then the next item: " au Maroc et le ",
# " pour le Maghreb, et la ", " en Afrique du Nord ainsi que l'".
POSTING_GAP = re.compile(r"\s*(?:au|aux|en|à|pour (?:le|la|les|l['’]))\s*[A-ZÀ-Ý][\w'’-]*"
                         r"(?:\s+(?:du|de|des|et)?\s*[A-ZÀ-Ý][\w'’-]*)?\s*,?\s*"
                         r"(?:et|ainsi que)\s*(?:,?\s*d['’]autre part\s*,?\s*)?"
                         r"\s+(?:(?:le|la|les)\s+|l['’]\s*)?")
# An item described before the next one: ", leader mondial de …, la société Y", "et sa
# filiale chargée de …, Y".
DESCRIBED_GAP = re.compile(r"^\s*[»\"”]?\s*,?\s*(?:"
                           r"(?:et\s+(?:sa|son|ses|leurs?)\s+(?=filiale))?"
                           r"(?:pour|specialisee?s?|active?s?|leader|qui|"
                           r"filiale|operant|installee?s?|present|agreee?s?|creee?s?|detenue?s?|"
                           r"accreditee?s?)[^.;()]{0,100}?,\s*(?:et\s+)?|(?:le |l')(?:gestionnaire"
                           r"|exploitant|operateur)\b[^.;()]{0,60}?(?:,\s*(?:et\s+)?|\s+et\s+))"
                           r"(?:le|la|les|l')?\s*"
                           rf"(?:(?:{'|'.join(sorted(DESCRIPTORS))})s?\s+(?:[a-z-]+\s+)?)?[«\"“]?\s*$")
# "l'Etat (le ministère A, le ministère B) et le secteur privé (la fédération C …)": the
# names in brackets are the parties the collective stands for.
BRACKET_GAP = re.compile(r"^\s*(?:\)\s*(?:,|et|ainsi que)?\s*[^()]{0,40})?\(\s*"
                         r"(?:(?:le|la|les|l')\s*)?$")
# "le gouvernement, représenté par les départements A et B": A and B sign for it.
REPRESENTED_GAP = re.compile(r"^\s*,?\s*(?:represente|representee|representes|representees)\s+"
                             r"(?:par|respectivement par)\s+(?:le|la|les|l'|des)?\s*$")
COLON_GAP = re.compile(r"^\s*(?:,|et)?\s*[^.;:()]{0,60}:\s*(?:(?:le|la|les|l')\s*)?$")
RELATIVE_WITH = re.compile(r"^\s*,?\s*avec (?:qui|lesquel(?:le)?s|lequel|laquelle|lesquels)\b")
NOT_PARTY_BEFORE = re.compile(
    r"(?:en presence d|sous la presidence d|sous l'egide d|devant|"
    r"presidee?s?\s+(?:[\w'-]+\s+){0,4}?par|"  # "co-présidée jeudi à Rabat par"
    # "lors de la réunion de haut niveau tenue entre l'Espagne et le Maroc": who meets
    r"\b(?:reunion|rencontre|sommet|commission mixte|dialogue|forum|entretiens?|visite)"
    r"(?:\s+[\w'-]+){0,4}\s+entre\s+(?:le |la |les |l')?$|"
    r"selon|(?:indique|a declare|a affirme|a souligne|a precise|explique|rapporte|"
    r"a annonce)\b|au siege d|a l'initiative d|communique d|direction d|aupres\b|"
    r"au profit d|en faveur d|representant d|a l'issue d|d'apres|"
    r"declaration(?!\s+(?:d['\u2019]\s*intention|commune|conjointe))|"  # a statement
    r"(?:edition|session) d(?:u |e la |e l'|es |e )\s*[«\"]?\s*$|"  # "la 3e édition du X"
    # ", banque participative créée conjointement par A et B": who owns a party, not a party
    r"\b(?:creee?s?|fondee?s?|detenue?s?|controlee?s?|constituee?s?)\s+(?:conjointement\s+|"
    r"a parts egales\s+|en \d{4}\s+)?(?:par|entre)\b|"
    # "lors du troisième jour de « X 2025 »", "en marge du X": the occasion, not a party
    r"\ben marge d(?:u |e la |e l'|es |e )(?:(?!\b(?:par|entre|avec)\b)[^,;]){0,50}$|"
    r"\b(?:lors|au cours|a l'occasion) d(?:u |e la |e l'|es |e )(?:[\w'-]+\s+){0,3}?"
    r"(?:jour|journee|edition|session|salon|foire|sommet|congres|festival|exposition|"
    r"semaine|jeux)s?\s+d(?:u |e la |e l'|es |e )\s*[«\"]?\s*$|"
    r"\bpays (?:tels?|telles?) que\b|\bpays comme\b|"  # "des pays tels que A, B et C"
    r"(?:creation|mise en place|realisation|construction|amenagement) d(?:e |u |es |')|"
    r"avec (?:la contribution|le soutien|l'appui|la participation|le concours|l'aide) d|"
    # "avec la garantie de l'État", "garanti par l'État": a guarantor, no signing party
    r"(?:avec|sous|beneficiant de|assortie? de) (?:la |une )?garantie\b|\bgaranti(?:e|s|es)? par\b|"
    # "escorté par la cavalerie de la Garde royale", "organisé par X": another deed's agent
    r"\b(?:escorte|accompagne|accueilli|recu|suivi|precede|organise|anime)e?s?\s+par\b|"
    # "se dirigeait vers la Place du Mechouar": where to; "son engagement envers le
    # Maroc": to whom a lender is committed, not who signs
    r"\b(?:vers|envers|jusqu'a|jusqu'au)\s+(?:la |le |l'|les )?$|"
    r"\b(?:a l'egard|vis-a-vis) d(?:u |e la |e l'|es |e |')\s*$)"
    r"[^,;]{0,40}$")
# "L'Economiste rapporte que trois conventions ont été signées": who tells of the signing
REPORTS = re.compile(r"\b(?:rapporte|rapportent|indique|indiquent|precise|precisent|annonce|"
                     r"annoncent|affirme|explique|ecrit|revele|fait savoir|apprend)\s+qu")
# ", précise le communiqué, ajoutant qu'une rencontre a réuni A": the source speaks;
# the names after it are not the signing's
SOURCE_SAID = re.compile(r",\s*(?:souligne|indique|precise|ajoute|rapporte|note|explique|"
                         r"affirme)n?t?\s+(?:le|la|les|l'|un|une)\s*(?:[\w'-]+\s+){0,3}?"
                         r"(?:communique|source|agence|ministere|note|document)\b")
# the relations a signing falls within, between the States whose agreement it is not
FRAMING = re.compile(r"\bdans le cadre d(?:e la|u|es|e l')\s*(?:[\w'-]+\s+){0,4}entre\s+"
                     r"(?:le |la |les |l')?$")
# "en application du contrat-programme 2023-2026 conclu entre l'État et la Région": the
# agreement the news carries out, further back than FRAMING looks
FRAMED_BY_AGREEMENT = re.compile(
    # "le 60e anniversaire de la première convention entre A et B": an old one's parties
    r"\b(?:dans le cadre|en application|en vertu|en execution|conformement|decoulen?t?|"
    # "cet accord est la déclinaison régionale de la convention signée, décembre
    # dernier, entre A et B": the national one it carries down
    r"anniversaire|declinaison)\b"
    # not "en vertu d'une convention signée le 3 mai entre A et B": the one the article reports
    rf"(?!\s+d'une?\s+[^,;.]{{0,60}}?\b(?:\d{{1,2}}(?:er)?\s+(?:{MO})|{'|'.join(WEEKDAYS)})\b)"
    r"[^,;.]{0,80}?\b(?:contrats?-programmes?|contrats? programmes?|conventions?(?:-cadres?)?|"
    r"accords?(?:-cadres?)?|protocoles?|memorandums?|contrats?)\b(?: cadres?)?"
    # "…, signée entre": the recalled one's participle after a comma
    # "… de partenariat signée, décembre dernier, entre": a date set between commas
    r"(?:[^,;.]{0,30}?(?:\b(?:signee?s?|conclue?s?|paraphee?s?)\s*,[^,;.]{1,30},\s*)?|"
    r"\s*,\s*(?:signee?s?|conclue?s?|paraphee?s?)(?:\s*,[^,;.]{1,30},)?\s+)"
    # "… entre le groupe X": the name after its descriptor
    r"\bentre\s+(?:le |la |les |l')?(?:groupe |societe |banque |entreprise |firme )?$")
# "renforcer les relations de coopération entre le Maroc et le Rwanda", "les modalités de
# coopération entre les deux pays": relations between States, unless an agreement is what
# they qualify ("un accord de coopération entre le Maroc et X": its parties)
RELATIONS_BETWEEN = re.compile(r"\b(?:relations?|liens|cooperation|partenariat|echanges?|"
                               r"connectivite|liaisons?|dessertes?|lignes|vols|flux|trafic|dialogue|"
                               r"amitie)\b"
                               r"(?:\s+[\w'-]+){0,6}\s+entre\s+(?:le |la |les |l')?$")
# the nouns an agreement goes by, when it is what a phrase speaks of
AGREEMENT_NOUNS = (r"accords?|conventions?|protocoles?|memorandums?|contrats?|contrat-programme|"
                   r"contrats-programmes|pactes?|chartes?")
AGREEMENT_QUALIFIED = re.compile(rf"\b(?:{AGREEMENT_NOUNS}|programmes?|plans?(?: d'action)?|"
                                 r"feuilles? de route|declarations?|arrangements?|traites?|"
                                 r"entente|cadre)(?:[\s-]+[\w'-]+){0,2}\s+(?:de |d')?$")
AGREEMENT_WORD = re.compile(rf"\b(?:{AGREEMENT_NOUNS})\b")


# "des relations de coopération entre le Maroc et la BEI", "le statut avancé entre le
# Maroc et l'UE": what ties two bodies, whoever they are, never who signs
TIES_BETWEEN = re.compile(r"\b(?:relations|liens|statut avance)\b(?:\s+[\w'-]+){0,4}\s+entre\s+"
                          r"(?:le |la |les |l')?$")


def _relations_between(clause: str) -> bool:
    found = RELATIONS_BETWEEN.search(clause)
    return found is not None and not AGREEMENT_QUALIFIED.search(clause[:found.start()])


# "M.", "Mme.", "Dr.": a title's full stop, never a sentence's
HONORIFIC_DOT = r"\b(?:m|mm|mme|mr|dr|pr)\."
# "Il s'agit également de …": the list before goes on
IT_IS_ALSO = r"s'agit (?:egalement|aussi|en outre|encore|ensuite)"
PARTY_BEFORE = re.compile(r"(?:\bavec|\bentre|\bpar|\bliant|\blie|\bunit|\bunissant|\bassocie|"
                          r"\bassociant|\brelie|\breliant|\bau nom d(?:u|e la|e l'|es|e|')|"
                          # "Les signataires sont A et B. Il s'agit également de C"
                          rf"\b{IT_IS_ALSO}|"
                          # "Les signataires de cette convention sont A et B"
                          r"\b(?:co)?signataires(?:\s+(?:de ce|de cet|de cette|de ces|de la|"
                          r"du|des|de l')\s*(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+(?:etaient|sont|"
                          r"furent)(?!\s+(?:convenus|tenus|engages|(?:\w+\s+)?(?:a|au|de|d')\b))|"
                          # "Ont signé ce protocole A et B": the subject after the verb
                          rf"^\W*(?:ont|avaient) {participle()}\s+(?:ce|cet|cette|"
                          r"ces|la|le|les|l')\s*[\w'-]+(?:\s+d(?:e|')\s*[\w'-]+)?\s*:?)"
                          # ("avec, respectivement, l'Agence A, …")
                          rf",?\s+(?:(?:[\w'-]+|{HONORIFIC_DOT}),?\s+){{0,6}}(?:l'|d')?$")
# "signé par SA Cheikh X Y Z et le ministre W": a name between
PARTY_AFTER_NAME = re.compile(r"\b(?:avec|entre|par)\s+"
                              r"(?:(?:SA|SAR|SE|S\.E\.?|M\.|MM\.|Mme|Dr)\s+)?"
                              r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,7}(?:,\s*)?(?:et|ainsi que)\s+"
                              r"(?:(?:le|la|les|l'|l’)\s*|(?:M\.|Mme|Dr|Pr)\s+)?$")
# A purpose clause after the signing ("destiné à …", "visant …", "afin de <verb>", "pour
# <verb>"): the names in it are what the agreement is for, not who signs it.
PURPOSE = re.compile(r"\b(?:(?:destine|vise|visant|visent|ayant pour (?:objet|objectif|but))"
                     r"e?s?\b|(?:afin|en vue|dans le but|pour)\s+(?:de\s+|d')?(?:mieux\s+)?"
                     r"(?!(?:quatre|notre|votre|autre|entre|contre|outre)\b)[a-z]+(?:er|ir|re)\b)")
# "Le PDG de la société, X, et …": the body a signatory heads, named apart from the title
HEADED = re.compile(rf"\b(?:{'|'.join(sorted(TITLES))})s?(?:\s+(?:general|generale|delegue|"
                    r"deleguee|executif|executive|directeurs? generaux|generaux|delegues|"
                    r"respectifs))?\s+(?:de|du|des|d')\s*(?:la |le |l')?$")
AFTER_PREPOSITION = re.compile(r"\b(?:dans|en|pour|sur|a|au|aux|de|du|des|d'|vers|chez|depuis|"
                               r"selon|sous|avant|apres)\s+(?:le |la |les |l')?$")


# "Le ministre X a présidé la signature de quatre protocoles avec A et B", "X annonce la
# signature d'un accord avec Y": the presider's (the announcer's) body is the other side of
# what was signed "avec" A and B
PRESIDED_WITH = re.compile(r"\b(?:a|ont) (?:co-?)?preside\b|"
                           r"\b(?:a|ont|annonce|annoncent) annonce\b|^\s*(?:annonce|annoncent)\b")
SIGNING_OF_WITH = re.compile(r"\s*(?:de|du|des|d')\s*[^.;:]{0,90}?\bavec\b")

# "signées mercredi au siège de la région par la wilaya et …": from the verb to the name, no
# comma, "par" last: the agent signs, whatever stood between; not in "signée dimanche lors
# d'une cérémonie présidée par le Roi", where who follows presided
SIGNED_BY = re.compile(r"(?:(?!presid|en presence|sous l'egide|devant)[^,;.]){0,100}\bpar\s+"
                       r"(?:le |la |les |l')?$")


COUNTED = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+([a-z-]+s)\b")
PEOPLE = {"ministres", "responsables", "representants", "presidents", "dirigeants", "directeurs",
          "personnalites", "signataires", "membres"}


def counted_bodies(intro: str) -> bool:
    """ "… et deux exploitants d'aéroports africains, à savoir": the list that follows names
    the bodies the sentence counted (not people: "trois ministres, à savoir")."""
    if not re.search(r"\ba savoir\s*[«\"“]?\s*$", intro):
        return False
    found = COUNTED.findall(intro)
    return bool(found) and found[-1] not in PEOPLE


# A signer named, then a title whose words a comma cuts, up to the body it heads: "…, et
# Paul M., Commissaire Infrastructure, Energie et X de la " (between two names of a list),
# "paraphé par Paul M., Commissaire Infrastructure, Energie et X de la " (before the first)
_TITLED = (r"(?:(?:M|Mme|Dr|Pr)\.?\s+)?(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,4}?[A-ZÀ-Ý][\w'’.-]*\s*,\s*"
           r"(?:(?:le|la|l['’])\s*)?(?P<title>[\w-]+)(?:[\s,]+[\w'’-]+){0,8}?\s+"
           r"(?:de la|de l['’]|du|des|de|d['’])\s*")
TITLED_GAP = re.compile(r"\s*,?\s*(?:et\s+)?" + _TITLED)
# (after "par", the signers may be summed up first: "par les directeurs des deux instituts, ")
TITLED_AFTER_BY = re.compile(r"\bpar\s+(?:(?:les|leurs|ses)\s+[\w-]+\s+(?:des|de|d')\s*"
                             r"(?:deux\s+|trois\s+)?[\w-]+\s*,\s*)?" + _TITLED + "$")


def titled_name(found: re.Match[str] | None) -> bool:
    """A match of TITLED_GAP or TITLED_AFTER_BY whose title is one (a name and a title)."""
    return found is not None and _is_title_word(fold(found["title"]))


# "signée par 14 parties dont des ministères, les préfectures et X": the bodies named after
# the count of signers are some of them
COUNTED_SIGNERS = re.compile(r"\bpar\s+(?:pas moins de\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)*)\s+"
                             r"(?:parties|signataires|partenaires|intervenants|organismes|"
                             r"institutions|acteurs)\s*,?\s*(?:dont|parmi lesquel(?:le)?s|"
                             r"notamment)\b[^.;]{0,120}$")
