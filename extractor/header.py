"""Parse the header of a cable: identifier, date, origin, classification, subject, tags,
references, classified-by, signer, summary and the nondisclosure deadline.

Each field is a small pure function over text so that it can be tested alone against the
cablemap vectors; `HeaderParser` ties them to one ruleset.
"""
from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extractor import rx

from extractor.patterns import Ruleset

MONTHS3 = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}

_DTG = regex.compile(r"(?m)^[^\S\n]*(?:[OPRZ]\s+){1,2}(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2,4})\b")
_PARA1 = rx.short(r"(?m)^[ \t]*\u00b6?1\s*\.(?!\d)")
# (`re`, with a lookahead for two spaced letters: a third faster than `regex` over a header)
_SPACED_CLASS = rx.short(r"(?<![A-Za-z])(?=[A-Za-z] [A-Za-z] )(?:[A-Za-z] ){4,}[A-Za-z](?![A-Za-z])")
_SPACED_INSIDE = re.compile(r" [A-Za-z] [A-Za-z] ")  # stdlib `re` finds this literal-led pattern fastest
# (a post's name is at most 40 characters: an unbounded run of capitals would be tried again from
# each of its letters)
_PAGE_MARKER = regex.compile(r"(?:\bPAGE\s+\d{2,3}\b|\b[A-Z][A-Z ]{1,40}\s0{2,}\d+\s+\d{3}(?:\.\d)?\s+OF\s+\d{3})")
_DECL = regex.compile(
    r"(?i)E\.?\s?O\.?\s*1\d{4}\s*:?\s*DECL\s*:?\s*(?:(\d{1,2})/(\d{1,2})/(\d{2,4})|(\d{4})/(\d{1,2})/(\d{1,2}))")


def spaced_out(s: str) -> str:
    """`C O N F I D E N T I A L` -> `CONFIDENTIAL`."""
    if not _SPACED_INSIDE.search(s):
        return s  # no run of spaced letters: the second and third letters of one stand between spaces
    return _SPACED_CLASS.sub(lambda m: m.group().replace(" ", ""), s)


def header_end(text: str) -> int:
    """Where the header stops: at paragraph 1, or (without numbered paragraphs) after 3,000 chars."""
    m = _PARA1.search(text)
    return m.start() if m else min(len(text), 3000)


def nondisclosure_deadline(text: str) -> str | None:
    if "DECL" not in text and "decl" not in text.lower():
        return None  # a scan that cannot match (as in most unclassified cables)
    m = _DECL.search(text)
    if not m:
        return None
    if m.group(1):
        mo, d, y = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        y, mo, d = m.group(4), int(m.group(5)), int(m.group(6))
    year = int(y) + 2000 if len(y) == 2 else int(y)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{year:04d}-{mo:02d}-{d:02d}"


def dtg_created(text: str) -> str | None:
    """`R 191927Z DEC 08` -> `2008-12-19 19:27`."""
    m = _DTG.search(text[:4000])
    if not m:
        return None
    d, hh, mm, mon, y = m.groups()
    if mon not in MONTHS3:
        return None
    year = int(y)
    if year < 100:
        year += 1900 if year > 50 else 2000
    return f"{year:04d}-{MONTHS3[mon]:02d}-{int(d):02d} {hh}:{mm}"


# ---------------------------------------------------------------- subject

_SUBJ_LABEL = regex.compile(r"(?<![A-Za-z/])(?:SUBJECT|SUBJ|UBJECT)(?![A-Za-z])\s*:?", regex.I)
_SUBJ_STOP_GLUED = regex.compile(
    r"(?:REF(?:S|TELS?)?\s*:|Ref\(s\)\s*:|Classified\s+By|CLASSIFIED\s+BY|\(?Sensitive\s+but\b(?:\s+unclassified)?|This\s+is\s+an\s+action\s+request)",
    regex.I)
_SUBJ_STOP_LINE = regex.compile(
    r"^\s*(?:REF(?:S|TELS?)?\b|Ref\(s\)|\u00b6?\d+\s*\.\s|\u00b6?\d+\.\s*\(|-{3,}|={3,}|[A-Z](?:\s[A-Z]){4,}|SUMMARY\b|PAGE\s+\d)",
    regex.I)
_CLASS_MARK = regex.compile(r"^\s*\((?:U|C|S|SBU|TS|C/NF|S/NF|S//NF|C//NF|U//FOUO|SBU/NF|S//REL[^)]*|[A-Z/]{1,12})\)\s*")


def subject(text: str, clean: bool = True) -> str:
    head = text[:max(header_end(text), 400)] if len(text) > 400 else text
    for m in _SUBJ_LABEL.finditer(head):
        before = head[max(0, m.start() - 2):m.start()]
        after = head[m.end():m.end() + 6]
        if before.endswith("/") or after.upper().startswith(" LINE") or after.upper().startswith("LINE"):
            continue
        if not m.group().endswith(":") and m.group().strip().upper() not in ("SUBJECT", "SUBJ"):
            continue
        if not m.group().rstrip().endswith(":") and head[m.start() - 1:m.start()] not in ("", "\n", " "):
            continue
        return _subject_from(head[m.end():], clean)
    return ""


def _subject_from(rest: str, clean: bool) -> str:
    lines = rest.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            if out:
                break
            continue
        if out and _SUBJ_STOP_LINE.match(line):
            break
        if not out and _PAGE_MARKER.match(line.strip()):
            break
        glued = _SUBJ_STOP_GLUED.search(line)
        page = _PAGE_MARKER.search(line)
        cut = min([p.start() for p in (glued, page) if p] or [len(line)])
        out.append(line[:cut])
        if cut < len(line):
            break
    s = "\n".join(out)
    s = s.replace("\\\n", "\n").rstrip("\\")
    s = rx.sub(r"-\s*\n\s*", "-", s)
    s = rx.sub(r"\s+", " ", s).strip()
    s = html.unescape(s)
    if clean:
        s = _CLASS_MARK.sub("", s)
    return s.strip()


# ---------------------------------------------------------------- tags

_TAGS_LABEL = regex.compile(r"(?<![A-Za-z])(?:TAGS|TAGES|TAG|TAS|TABS|TGS|AGS)(?:\s*[:;,]|\s)", regex.I)
_WS5 = regex.compile(r"\s{5,}")
_PAGE_BREAK = regex.compile(r"\s(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET)?\s*\bPAGE\s+\d{1,3}\b")


def tags(text: str, rules: Ruleset | None = None, canonicalize: bool = True) -> list[str]:
    head = text[:max(header_end(text), 400)]
    subj = _SUBJ_LABEL.search(head)
    m = None
    for cand in _TAGS_LABEL.finditer(head):
        if subj and cand.start() > subj.start() and subj.group().rstrip().endswith(":"):
            break
        m = cand
        break
    if not m:
        return []
    lines = head[m.end():].split("\n")
    first = lines[0]
    collected = [first]
    k = 1
    vocab = _tag_vocabulary(rules) if rules else None
    codes = vocab.codes if vocab else frozenset()

    def only_codes(line: str) -> bool:
        toks = rx.split(r"[,;\s]+", line.strip())
        return bool(line.strip()) and all(t in codes for t in toks)

    multi_words = vocab.multi_words if vocab else frozenset()

    def split_phrase(before: str, line: str) -> bool:  # `COUNTRY\nCLEARANCE`
        a, b = before.split(), line.split()
        return bool(a and b) and f"{a[-1]} {b[0]}".upper() in multi_words

    while k < len(lines) and (collected[-1].rstrip().endswith(",") or rx.match(r"^\s*[A-Z]{2,}\s*,", lines[k])
                              or only_codes(lines[k]) or split_phrase(collected[-1], lines[k])):
        if _SUBJ_LABEL.match(lines[k].strip()):
            break
        collected.append(lines[k])
        k += 1
    raw = " ".join(collected)
    s = _SUBJ_LABEL.search(raw)
    if s and s.group().rstrip().endswith(":"):
        raw = raw[:s.start()]
    raw = _PAGE_BREAK.split(raw)[0]  # what follows a page break on the TAGS line is page furniture
    raw = _WS5.split(raw)[0]
    multi = vocab.multi if vocab else []
    fixes = rules.header.tag_fixes if rules else {}
    # Items in order: (text, whole) where whole is a multi-word or bracketed tag kept as it is.
    items: list[tuple[str, bool]] = []
    pos = 0
    up = raw.upper()
    for pm in rx.finditer(r"\(([^()]*)\)", raw):
        _split_tags(up[pos:pm.start()], multi, items)
        items.append((rx.sub(r"\s+", " ", pm.group(1)).strip(" ,;:").upper(), True))
        pos = pm.end()
    _split_tags(up[pos:], multi, items)
    if canonicalize and rules:
        items = _canonical_tags(items, rules)
    out: list[str] = []
    for tag, whole in items:
        tag = tag.upper() if whole else tag.strip(" .;:").upper()
        if canonicalize:
            tag = fixes.get(tag, tag)
            if tag == "SIPDIS":
                continue
        if tag and tag not in out:
            out.append(tag)
    return out


@dataclass(frozen=True)
class _TagVocabulary:
    codes: frozenset[str]          # subject and country tag codes
    multi: list[str]               # multi-word tags, upper case
    multi_words: frozenset[str]
    glued_multi: dict[str, str]    # a multi-word tag written without spaces -> the tag
    given: frozenset[str]          # given names that follow a surname in person tags
    # token -> its split into glued codes (`_glued`), kept across cables, whose tags repeat
    glued_cache: dict[str, list[str] | None] = field(default_factory=dict, compare=False, hash=False)

    def glued(self, tok: str) -> list[str] | None:
        if tok not in self.glued_cache:
            if len(self.glued_cache) >= 100_000:  # a bound over a quarter of a million cables
                self.glued_cache.clear()
            self.glued_cache[tok] = _glued(tok, self.codes, self.glued_multi)
        return self.glued_cache[tok]


@lru_cache(maxsize=8)
def _tag_vocabulary(rules: Ruleset) -> _TagVocabulary:
    """The tag lexicons of a ruleset as sets, built once (not for every cable)."""
    h = rules.header
    multi = [t.upper() for t in h.multiword_tags]
    return _TagVocabulary(frozenset(h.tag_codes) | frozenset(h.country_codes), multi, frozenset(multi),
                          {t.replace(" ", ""): t for t in multi}, frozenset(h.given_names))


@lru_cache(maxsize=None)
def _phrase_rx(phrase: str):
    return regex.compile(r"(?<![A-Z])" + regex.escape(phrase).replace(r"\ ", r"\s+") + r"(?![A-Z])")


def _split_tags(up: str, multi: list[str], items: list) -> None:
    i = 0
    spans = []
    for phrase in multi:
        if phrase.split(" ", 1)[0] not in up:
            continue  # (most tag lines hold no word of most phrases: a look for the first word is cheaper than a scan)
        for m in _phrase_rx(phrase).finditer(up):
            spans.append((m.start(), m.end(), phrase))
    spans.sort()
    for s, e, phrase in spans:
        if s < i:
            continue
        items += [(tok, False) for tok in rx.split(r"[,;\s]+", up[i:s]) if tok]
        items.append((phrase, True))
        i = e
    items += [(tok, False) for tok in rx.split(r"[,;\s]+", up[i:]) if tok]


_JOINERS = {"AND", "OF", "THE", "WITH", "IN", "ON", "FOR", "TO"}


def _canonical_tags(items: list[tuple[str, bool]], rules: Ruleset) -> list[tuple[str, bool]]:
    """Split glued codes (`PHUMBA` -> PHUM, BA), pair the name after OVIP (`OVIP BIDEN JOSEPH` ->
    `BIDEN, JOSEPH`), and keep a run of plain words whole (`ECONOMIC AFFAIRS`)."""
    vocab = _tag_vocabulary(rules)
    codes, given = vocab.codes, vocab.given
    split: list[tuple[str, bool]] = []
    k = 0
    while k < len(items):
        tag, whole = items[k]
        parts = None if whole or tag in codes else vocab.glued(tag.strip(" .;:"))
        if not parts and not whole and k + 1 < len(items) and not items[k + 1][1]:
            # `HUMAN RIGHTSPOLMIL`: a multi-word tag glued to the codes after it.
            joined = vocab.glued(tag + items[k + 1][0].strip(" .;:"))
            if joined and any(" " in p for p in joined):
                split += [(p, " " in p) for p in joined]
                k += 2
                continue
        split += [(p, " " in p) for p in parts] if parts else [(tag, whole)]
        k += 1

    def plain_word(tag: str, whole: bool, strict: bool = True) -> bool:
        return not whole and tag.isalpha() and len(tag) >= (5 if strict else 4) and tag not in codes

    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(split):
        tag, whole = split[i]
        nxt = split[i + 1:i + 3]
        if tag == "OVIP" and len(nxt) == 2 and all(not w and t.isalpha() and t not in codes for t, w in nxt):
            person = f"{nxt[0][0]}, {nxt[1][0]}"
            out += [(tag, whole), (rules.header.person_tags.get(person, person), True)]
            i += 3
            continue
        if nxt and not whole and not nxt[0][1] and tag.isalpha() and tag not in codes and nxt[0][0] in given:
            out.append((f"{tag}, {nxt[0][0]}", True))  # a person: SURNAME GIVEN
            i += 2
            continue
        if plain_word(tag, whole) or plain_word(tag, whole, strict=False) and i + 1 < len(split) and plain_word(*split[i + 1]):
            j = i + 1
            words = [tag]
            while j < len(split):
                t, w = split[j]
                if plain_word(t, w):
                    words.append(t)
                elif t in _JOINERS and j + 1 < len(split) and plain_word(*split[j + 1]):
                    words.append(t)
                else:
                    break
                j += 1
            out.append((" ".join(words), len(words) > 1))
            i = j
            continue
        out.append((tag, whole))
        i += 1
    return out


def _glued(tok: str, codes: set[str], multi: dict[str, str]) -> list[str] | None:
    """`KFRDKIRFCVIS` -> KFRD, KIRF, CVIS when the whole token is a run of known codes."""
    if len(tok) < 5 or not tok.isalpha():
        return None
    best: dict[int, list[str]] = {0: []}
    inside = [(glued, phrase) for glued, phrase in multi.items() if glued in tok]
    for i in range(len(tok)):
        if i not in best:
            continue
        for n in (4, 3, 2):
            piece = tok[i:i + n]
            if len(piece) == n and piece in codes and i + n not in best:
                best[i + n] = best[i] + [piece]
        for glued, phrase in inside:
            if tok.startswith(glued, i) and i + len(glued) not in best:
                best[i + len(glued)] = best[i] + [phrase]
    parts = best.get(len(tok))
    # Country codes alone would split ordinary words (`POLITICS` -> PO LI TI CS): a subject code must be there.
    return parts if parts and any(len(p) >= 3 for p in parts) else None


# ---------------------------------------------------------------- references

_REF_LABEL = regex.compile(r"(?:REF(?:S|TELS?|ERENCES?)?|Ref\(s\))\b\s*[:.]?", regex.I)
_REF_END = regex.compile(r"(?i)(?:Classified\s+By|\bSUMMARY\b|(?m:^[^\S\n]*\u00b6?1\s*\.)|This\s+message\s+is|SENSITIVE\s+BUT|\bE\.O\.|\bTAGS\b|\bSIPDIS\b|(?<![A-Za-z])(?:[A-Za-z] ){4,}[A-Za-z](?![A-Za-z]))")
_REF_PAGE = rx.short(r"(?:\bPAGE\s+\d+\s+[A-Z][A-Z ]*?\s+\d+\s+(?:\d+\s+OF\s+\d+\s+)?\d{6}Z|\b[A-Z][A-Z ]{0,40}\s0{3,}\d+\s+\d{3}(?:\.\d)?\s+OF\s+\d{3})")
_REF_BULLET = regex.compile(r"(?:(?<=^|[\s;,:])(?:(?<!\d\s)[\(\[](?:[A-Za-z]|[1-9]|1[0-5])[\)\]]|[A-Za-z][\.\):]\)?)(?=\s|[A-Za-z])|(?<=^|\s)[A-Za-z](?=\s+(?:\d{2}\s+)?[A-Za-z]{2,}))")
_REF_ITEM = rx.short(
    r"(?<![A-Za-z0-9])(?:\((?P<y0>\d{2})\)\s*|'?(?P<y>\d{2,4}|O\d)\s?)?(?P<origin>[A-Za-z0][A-Za-z0']*(?:[ \-][A-Za-z][A-Za-z0']*){0,3}?)[ \-]*(?P<num>\d{1,7})(?![\dA-Za-z/]|:\d)"
    r"(?:\s*\((?P<y2>\d{2}|\d{4})\))?(?P<more>(?:\s+AND\s+\d{2,7}(?![\d/]))*)", regex.I)
_SEMICOLON = re.compile(";")
_DIGIT = re.compile(r"\d")
_NOT_CABLE = regex.compile(
    r"(?i)\b(?:E-?MAILS?|EMAILS?|TELCONS?|MEMCON|DTG|MSG|FAX|LETTER|OSC|IIR|FAM|REPORT|PHONE|CALL|MEETING|POINTS|CIRCULAR|DAILY|SIPRNET|INCSR|UNSCR|RESOLUTION|FROM|THRU|THROUGH|SECDEF|CA|PREVIOUS|SITE|HOTR|USDAO|SUBJ|"
    r"PARA|PARAS)\b")
_NOT_ORIGIN = regex.compile(
    r"(?i)JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|AND|OR|NO|REF|REFTEL|OF|ON|IN|AT|PAGE|SECTION")


def references(text: str, year: int | None = None, own_id: str | None = None, rules: Ruleset | None = None) -> list[str]:
    head = text[:max(header_end(text), 600)]
    m = _REF_LABEL.search(head)
    while m and head[max(0, m.start() - 1):m.start()].isalpha() and not head[m.end() - 1:m.end()] == ":":
        m = _REF_LABEL.search(head, m.end())
    if not m:
        return []
    rest = head[m.end():].replace("\\n", " ").replace("\u00b6", " ")
    rest = rx.sub(r"^\s*(?:REF\s*:\s*)+", " ", rest)
    end = _REF_END.search(rest)
    block = rest[:end.start()] if end else rest
    block = _REF_PAGE.sub(" ", block)
    block = rx.sub(r"\s+", " ", block)
    own = canonical_id(own_id, rules) if own_id else None
    # Items are separated by bullets and semicolons; a non-cable item (an e-mail, a telcon) is skipped whole.
    cuts = sorted({0, len(block)} | {b.start() for b in _REF_BULLET.finditer(block)} | {m.start() for m in _SEMICOLON.finditer(block)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        item = _REF_BULLET.sub(" ", block[a:b], count=2)
        item = item.strip(" ;,")
        first = True
        # (every reference has a number: an item without a digit is not searched, which would be slow)
        for cm in _REF_ITEM.finditer(item) if _DIGIT.search(item) else ():
            origin = cm.group("origin")
            words = origin.split()
            while words and words[0].upper() in ("AND", "OR"):  # `SECSTATE 113408 AND SECSTATE 113635`
                origin = origin[len(words.pop(0)):].lstrip()
            if first and _NOT_CABLE.search(item[:cm.end()]):
                break
            first = False
            if any(_NOT_ORIGIN.fullmatch(w) for w in words) or not rx.search(r"[A-Za-z]{2}", origin):
                continue
            y = (cm.group("y2") or cm.group("y0") or cm.group("y") or "").replace("O", "0")
            yy = y[-2:] if y else (f"{year % 100:02d}" if year else None)
            if yy is None:
                continue
            nums = [cm.group("num")] + rx.findall(r"\d+", cm.group("more") or "")
            for n in nums:
                ref = f"{yy}{canonical_origin(origin, rules)}{int(n)}"
                if ref != own and ref not in out:
                    out.append(ref)
    return out


def canonical_origin(origin: str, rules: Ruleset | None) -> str:
    o = rx.sub(r"[\s\-']+", "", origin.upper())
    o = o.replace("0", "O") if rx.search(r"[A-Z]0|0[A-Z]", o) else o
    if rules:
        for noise in rules.header.id_noise:
            if o.startswith(noise) and len(o) > len(noise) + 1:
                o = o[len(noise):]
        o = rules.header.origin_aliases.get(o, o)
        o = _mend_origin(o, tuple(rules.posts.posts), tuple(rules.header.origin_aliases.items()))
    return o


@lru_cache(maxsize=4096)
def _mend_origin(o: str, posts: tuple[str, ...], aliases: tuple[tuple[str, str], ...]) -> str:
    """A damaged origin mended to the one post it can only be: cut short (`KUALALUMP`), with
    letters trailing (`TRIPOLII`, `MADRIDSP`), or misspelt (`WELLINGOTN`, `SECTSTATE`). An origin
    that is close to no post, or to two, is left as written."""
    known = set(posts)
    if o in known or len(o) < 4 or not o.isalpha():
        return o
    longer = [p for p in posts if p.startswith(o)]
    if len(longer) == 1:
        return longer[0]
    shorter = [p for p in posts if o.startswith(p) and len(p) >= 4]
    if shorter:
        return max(shorter, key=len)
    names = {**{p: p for p in posts}, **{a: t for a, t in aliases if len(a) >= 4}}
    close = difflib.get_close_matches(o, list(names), n=2, cutoff=0.8)
    if close and (len(close) == 1 or names[close[0]] == names[close[1]]
                  or difflib.SequenceMatcher(None, o, close[0]).ratio()
                  - difflib.SequenceMatcher(None, o, close[1]).ratio() > 0.05):
        return names[close[0]]
    return o


def canonical_id(ident: str, rules: Ruleset | None = None) -> str:
    """`05RIO123` -> `05RIODEJANEIRO123`; damaged WikiLeaks ids are mended where a rule can."""
    s = rx.sub(r"[\s\-]+", "", ident.upper())
    s = rx.sub(r"S?ECTION\d+OF\d+", "", s)
    # A damaged `SECTION 01 OF 02` leaked in after the year: letters, digits, `OF`-ish, digits,
    # then the origin (`08SECTIN01OF02BUDAPEST836`, `09SECTION0QF05HANOI297`).
    s = rx.sub(r"^(\d{2}|\d{4})[A-Z]{4,9}[0-9Q]{1,2}[A-Z]{0,2}\d{1,2}(?=[A-Z]{3})", r"\1", s)
    m = rx.match(r"^(\d{2}|\d{4})([A-Z][A-Z0-9]*?)(\d+)(?:[A-Z]+(\d+))?$", s)
    if not m:
        return s
    year, origin, num, dup = m.groups()
    if dup and "DUPLICATE" in s:
        num = dup
    year = year[-2:] if len(year) == 4 else year
    return f"{year}{canonical_origin(origin, rules)}{int(num)}"


# ---------------------------------------------------------------- classified by

_CLASSIFIED_BY = regex.compile(r"(?i)(?:classified\s+by\s*:?\s*)+(?!line\b)")
_CB_END = regex.compile(
    r"(?i)(?:\s*;|\s*,(?!\s*(?:jr|sr|i{2,3}|iv)\b)|\s+f[o0]r\s+reas[o0]ns?|\s+f[o0]r\s|\s*\breas[o0]ns?\b|\s+(?:due\s+to|per|based\s+(?:[o0]n|upon)|under)\s|\s*\bE\.?O\.?\s|\s*1[.,][45]|\s*\(\s*[a-h]\s*\)|\s+-\s|\n\s*\n|\s{3,}|(?<=[A-Za-z0-9]{2})(?<!\b[JjSs][Rr])\.(?:\s|$))")


def classified_by(text: str, rules: Ruleset | None = None, normalize: bool = False) -> list[str]:
    m = _CLASSIFIED_BY.search(text[:6000])
    if not m:
        return []
    rest = text[m.end():m.end() + 300]
    titles = _titles(rules) if rules else frozenset()
    end = _CB_END.search(rest)
    # (a comma or `for` after nothing but titles ends no name: `Charge d'Affaires, a.i., Arnold A.
    # Chacon`, `Minister Counselor for Economic Affairs William R. Stewart for reasons 1.4`)
    while end and rx.fullmatch(r"(?i)\s*(?:,|for\s)", end.group()) and all(
            _is_title(w, titles) for w in rest[:end.start()].split()):
        end = _CB_END.search(rest, end.end())
    chunk = rest[:end.start()] if end else rest.split("\n")[0]
    chunk = rx.sub(r"\s+", " ", chunk).strip(" .:")
    if rx.match(r"(?i)^section\b", chunk):
        return []
    toks = chunk.split(" ")
    while toks and _is_title(toks[0], titles):
        toks.pop(0)
    toks = [t for t in toks if rx.search(r"[A-Za-z]", t) and not t.startswith("(")]
    toks = _name_tail(toks)
    name = " ".join(toks).strip(" ,.:'")
    if not name or not rx.search(r"[A-Za-z]{2}", name):
        return []
    if rx.search(r"(?i),\s*[js]r$", name):
        name += "."  # `Thomas W. Simons, Jr.`
    if normalize:
        name = rx.sub(r"(?<=\b[A-Z])0(?=\.)", "O", name)
        name = " ".join(w if rx.fullmatch(r"[IVX]+", w) else w[:1].upper() + w[1:].lower() for w in name.split(" "))
    return [name]


def _is_title(tok: str, titles: frozenset[str]) -> bool:
    """A word of an office before a name: a known title, an office code (`POL/ECON`), `-`, or a
    spelling of `Ambassador`."""
    return (tok.lower().strip(",:").replace("0", "o") in titles or "/" in tok or tok == "-"
            or rx.match(r"(?i)^am+b", tok) is not None)


@lru_cache(maxsize=8)
def _titles(rules: Ruleset) -> frozenset[str]:
    return frozenset(t.lower() for t in rules.header.titles)


def _name_tail(toks: list[str]) -> list[str]:
    """A person's name is two words, or three when an initial stands among them; what stands
    before it is a title we did not know."""
    def initial(t: str) -> bool:
        return bool(rx.fullmatch(r"[A-Za-z0-9]\.(?:[A-Za-z]\.)?", t))
    if len(toks) <= 2:
        return toks
    if rx.fullmatch(r"(?i)jr\.?|sr\.?|i{2,3}|iv", toks[-1]):
        return _name_tail(toks[:-1]) + toks[-1:]
    if initial(toks[-2]) or initial(toks[-3]):
        return toks[-3:]
    return toks[-2:]


# ---------------------------------------------------------------- signed by

_CLOSING = regex.compile(
    r"(?i)^\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|NNNN|Declassified/Released|NOTE BY OC/T|>|\d{2,4}[A-Z]+\d+ - Classification|BT|#+|-)\b?.*$")
_SIGNER = regex.compile(r"^\s*([A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+)?)\s*[.#]*\s*$")
_SIGNER_AFTER_STOP = rx.short(r"[.)]\s+([A-Z][A-Z'\-]{2,})\s*$")
# Lines that can stand after the signer: page markers and archive stamps (`2004CARACA01540 - UNCLASSIFIED`).
_AFTER_SIGNER = regex.compile(
    r"^\s*(?:[A-Z][A-Z ]+\s0{2,}\d+\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}|PAGE\s+\d+\b.*|\d{4}[A-Z]+\d+\s*-\s*[A-Z ]+"
    r"|NOTE\s*:.*)\s*$")


def signed_by(text: str) -> list[str]:
    """The signer: the last name line of the body, before the closing classification, `NNNN`,
    `SIPDIS`, a page marker or an archive stamp; or a name standing after the last full stop of
    the text (`... END OF TEXT. BAKER`)."""
    tail = text[-400:]
    for ln in reversed(tail.split("\n")):
        if not ln.strip() or not rx.search(r"[A-Za-z0-9]", ln) or _AFTER_SIGNER.match(ln):
            continue
        if _CLOSING.match(ln) and not _SIGNER.match(ln.replace("#", "")) or ln.strip() in ("-", "BT", "NNNN"):
            continue
        if ln.strip().upper() in ("UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "LIMITED OFFICIAL USE", "SIPDIS"):
            continue
        m = _SIGNER.match(ln) or _SIGNER_AFTER_STOP.search(ln)
        if m:
            name = m.group(1).strip()
            if name in ("END", "SUMMARY", "END SUMMARY", "SIPDIS", "TEXT", "END TEXT", "COMMENT", "END COMMENT"):
                return []
            return [name]
        if rx.match(r"(?i)^\s*(?:Declassified|Review|\d{1,2} [A-Z]{3} \d{4})", ln):
            continue
        return []
    return []


# ---------------------------------------------------------------- summary

_SUM_OPEN = regex.compile(
    r"(?i)(?:\bSUMMARY(?:\s+AND\s+(?:COMMENT|ACTION\s+REQUEST|INTRODUCTION|TABLE\s+OF\s+CONTENTS))?|\bSummary/Comment)\s*[:.\-]?\s*")
_SUM_END = regex.compile(r"(?i)\bEND\s+(?:OF\s+)?SUMMARY(?:\s+AND\s+COMMENT)?\b\.?")
_PARA_MARK = rx.short(r"(?m)^[ \t]*\u00b6?\d+\s*\.\s*(?:\([A-Z/ \-]{1,20}\)\s*)?")
_RULES = regex.compile(r"(?m)^[ \t]*[-=]{3,}[ \t]*$|[-=]{3,}")


def summary(text: str) -> str | None:
    if "SUMMARY" not in text and "summary" not in text.lower():
        return None  # both patterns need the word
    end = _SUM_END.search(text)
    if end:
        start_m = None
        for m in _SUM_OPEN.finditer(text, 0, end.start()):
            if text[max(0, m.start() - 4):m.start()].upper().endswith("END "):
                continue
            start_m = m
            break
        if start_m:
            body = text[start_m.end():end.start()]
        else:
            p1 = _PARA1.search(text)
            if not p1 or p1.start() > end.start():
                return None
            body = text[p1.start():end.start()]
    else:
        m = _SUM_OPEN.search(text)
        if not m or not text[m.end() - 2:m.end()].strip(" ").endswith((":", ".")) and ":" not in m.group():
            return None
        rest = text[m.end():]
        stop = rx.search(r"\n\s*\n|\n\s*-{3,}", rest)
        body = rest[:stop.start()] if stop else rest
    body = _RULES.sub("", body)
    body = _PARA_MARK.sub("", body)
    body = rx.sub(r"^\s*(?:\([A-Z/ ]{1,12}\)\s*)?(?:SUMMARY\s*[:.]\s*)?(?:\([A-Z/ ]{1,12}\)\s*)?", "", body, flags=regex.I)
    body = rx.sub(r"[ \t]+\n", "\n", body)
    body = rx.sub(r"\n\s*\n+", "\n", body)
    body = body.strip()
    return body or None


# ---------------------------------------------------------------- whole header

class HeaderParser:
    """The header fields of one cable, from its text and whatever its source knew."""

    def __init__(self, rules: Ruleset):
        self.rules = rules
        forms = []
        for canon, spellings in rules.header.classifications.items():
            for s in spellings:
                forms.append((s, canon))
        forms.sort(key=lambda f: len(f[0]), reverse=True)
        self._class_rx = rx.short(
            r"(?m)^[^\S\n]*(" + "|".join(regex.escape(f).replace(r"\ ", r"\s") for f, _ in forms) + r")\b(?:\s*//\s*[A-Z]+)?")
        self._class_map = {rx.sub(r"\s", "", f): c for f, c in forms}
        self._id_line = rx.short(
            r"(?m)^[^\S\n]*(?:" + "|".join(regex.escape(f).replace(r"\ ", r"\s") for f, _ in forms)
            + r")(?:\s+SECTION\s+\d+\s+OF\s+\d+)?\s+(?!PAGE\b)([A-Z][A-Z ]*?[A-Z])[^\S\n]+0*(\d{1,6})\b")
        # (in a text whose line breaks were lost: the telegram's `FM AMEMBASSY LONDON TO ...`)
        self._from_run_in = rx.short(r"\bFM\s+(AMEMBASSY|AMCONSUL|USMISSION|USDEL)\s+([A-Z][A-Z .\-]*?[A-Z])\s+(?:TO|INFO)\b")

    def classification(self, text: str) -> str | None:
        m = self._class_rx.search(text[:3000])
        if not m:
            return None
        return self._class_map.get(rx.sub(r"\s", "", m.group(1)))

    def identifier(self, text: str, created: str | None) -> str | None:
        m = self._id_line.search(text[:3000])
        if not m or not created:
            return None
        return canonical_id(f"{created[2:4]}{m.group(1)}{m.group(2)}", self.rules)

    def post_line(self, text: str) -> str | None:
        """The post a cable's number line names (`SECTION 01 OF 02 ISLAMABAD 002345`), where the
        line is there: what places a cable without a known identifier or origin."""
        m = self._id_line.search(text[:3000])
        return m.group(1) if m else None

    def origin(self, text: str) -> str | None:
        m = rx.search(r"(?m)^[^\S\n]*FM\s+(AMEMBASSY|AMCONSUL|USMISSION|SECSTATE|USDEL)?\s*([A-Z][A-Z .\-]+?)\s*$", text[:3000])
        if not m and "\n" not in text[:1500]:
            m = self._from_run_in.search(text[:3000])
        if not m:
            return None
        kind = {"AMEMBASSY": "Embassy", "AMCONSUL": "Consulate", "USMISSION": "Mission", "USDEL": "Delegation"}.get(m.group(1) or "")
        place = m.group(2).strip().title()
        if m.group(1) == "SECSTATE":
            return "Secretary of State"
        return f"{kind} {place}" if kind else place


# ---------------------------------------------------------------- clean content

_CC_PARA = rx.short(r"(?m)^[ \t]*\u00b6?\d{1,3}\.[ \t]*(?:\(?[A-Z]{1,4}(?:/{1,2}[A-Z]{1,4})?\)[ \t]*)?")
_CC_RULE = rx.short(r"(?m)^[ \t]*[-=\u2010]{3,}[ \t]*$")
# A section marker goes with the blank line after it, so that one blank line stays where it stood.
_CC_MARKER = regex.compile(r"(?m)^[ \t]*[A-Z][A-Z ]*\s0{3,}\d+\s+\d{3}(?:\.\d)?\s+OF\s+\d+[ \t]*(?:\n[ \t]*(?=\n))?\n?")
_CC_LABEL = regex.compile(
    r"(?i)(?:\bEnd\s+Summary(?:\s+and\s+Comment)?\.?|\bSummary(?:\s+and\s+(?:action\s+request|comment))?\s*[:.]"
    r"|\bComment\s*:|\bEnd\s+Comment\.?)[ \t]*")
# A SIPDIS line goes with the blank lines before it; SIPDIS inside a line of text stays.
_CC_SIPDIS = regex.compile(r"\n[ \t]*SIPDIS[ \t]*(?=\n)|\A[ \t]*SIPDIS[ \t]*\n")


def _drop_sipdis(s: str) -> str:
    """Each SIPDIS line with the blank lines before it taken out (found at the SIPDIS line and
    widened backwards: a pattern that started at each blank line would try all those after it)."""
    out, pos = [], 0
    for m in _CC_SIPDIS.finditer(s):
        start = m.start()
        if s[start] == "\n":
            while True:
                j = start
                while j > pos and s[j - 1] in " \t":
                    j -= 1
                if j > pos and s[j - 1] == "\n":
                    start = j - 1
                else:
                    break
        out.append(s[pos:start])
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)
_CC_XXX = regex.compile(r"x{2,}", regex.I)


def clean_content(text: str) -> str:
    """The body without paragraph marks, separator rules, section markers, summary and comment
    labels, SIPDIS and redaction runs."""
    s = _CC_MARKER.sub("", text)
    s = _drop_sipdis(s)
    s = _CC_PARA.sub("", s)
    s = _CC_RULE.sub("", s)
    s = _CC_LABEL.sub("", s)
    s = _CC_XXX.sub("", s)
    return s
