"""Find every figure in a parsed cable.

Candidate spans first (dates, then numbers with what stands around them), then one resolution
step that settles ranges and lists, places each figure in its paragraph and benchmark, and gives
it a confidence with the reasons for doubt.
"""
from __future__ import annotations

import bisect
import itertools
import operator
from dataclasses import dataclass, field

import regex
from pydantic import TypeAdapter

from extractor import rx

from extractor.cable import ParsedCable, cable_year
from extractor.figures.dates import DateFinder, DateMention, full_year
from extractor.figures.lexicon import GAP, WS, Lexicon, UnitInfo, squash, words_value
from extractor.figures.sentences import SentenceSplitter
from extractor.figures.tables import TableReader, label_unit
from extractor.models import Figure
from extractor.patterns import Ruleset
from extractor.structure import locate

REVIEW_THRESHOLD = 0.7
_FIRST_CABLE_YEAR, _LAST_CABLE_YEAR = 1966, 2010  # the years of the cables in the archives
_FIGURES = TypeAdapter(list[Figure])

_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ics")
_DE_AFTER = rx.short(r"[ \t]*(?:\n[ \t]*)?(?i:de)(?=[ \t\n])")  # (between a scale word of Spanish, Portuguese or French and the unit)
_NOT_MEMBER_NAMES = frozenset(("plus", "up", "down", "just", "whereas", "minus", "less"))  # (`USD 25 a day, plus USD 10`)
_NUMBER_AFTER = rx.short(r"[ \t]*(?:\n[ \t]*)?(?:[$]|USD[ \t]*)?\d")
# `which`, and as some texts of the archive lose a letter of it (`of wich`, `OF WHCH`)
WHICH = r"w(?:hich|ich|hch|hih)"
_NAME_NUMBER = rx.short(r"[ \t]+(?P<n>\d{1,4}[A-Z]{0,2})(?![\w,.-])")  # (the number of a model after its maker: `Bell 412`)
_WORD = rx.short(r"[ \t]*(?:\n[ \t]*)?(?P<w>[A-Za-z][A-Za-z0-9'\-./]*[A-Za-z0-9]|[A-Za-z])")
_A_SCALE_WORDS = ("dozen", "hundred", "thousand", "million", "billion")
# (and half of one: `a half-dozen`, `a half million`, `half a million`)
_A_SCALE = rx.short(r"(?<![\w-])(?:[Aa]" + GAP + r"(?P<half>(?i:half)(?:[ \t]*-[ \t]*|" + GAP + r"))?|(?P<half_a>(?i:half))(?:" + GAP
                    + r"[Aa]" + GAP + r"|-[Aa]-))"
                    r"(?P<w>(?i:" + "|".join(_A_SCALE_WORDS) + r"))\b(?![ \t]*(?i:of)\b|-)")
# `1/2`, `2 1/2`: a fraction written in digits (not a date, `9/11`, or `24/7`).
_DIGIT_FRACTION = rx.short(r"(?<![\w./,-])(?:(?P<whole>\d{1,3})(?:" + GAP + r"|-))?(?P<num>[1-9])/(?P<den>[2-9]|1[0-6])(?![\w/]|[.,]\d)")
_DECIMAL_COMMA = rx.short(r"\d{1,3},\d{1,2}")
_GROUPED = rx.short(r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+)(?:\.\d+)?")
# A compound in title case before a capitalised word: `Five-Year Plan`, `Ten-Point Agenda`.
_TITLE_COMPOUND = rx.short(r"(?:[A-Z][a-z]+|\d+)-[A-Z][a-z]+" + GAP + r"[A-Z][a-z]")
_TABLE_ROW = rx.short(r"[^\n]*?(?<![ \t])[ \t]{2,}+\(?[\d$]")  # a line with a column of figures (a run of spaces tried from its start only)
_PARA_NUM = regex.compile(r"(?:^|\n)[ \t]*\u00b6?\Z", regex.REVERSE)
# Tests made at every candidate number, compiled once.
# (`'08`, `’09`: a year cut to two digits, no figure)
_GLUED_BEFORE = rx.short(r"(?r)[A-Za-z]-\Z|[#\\]\Z|\d/\Z|[A-Za-z]\Z|\w\+\Z|(?<!\w)['\u2019]\Z")
_GLUED_AFTER = rx.short(r"/\w|:\d|\.\d|[A-Za-z]\d|\+\d|-0\d")  # (`2+2 talks`, as `P5+1`; `CMM 2008-01`, `4412-07`: a number of a series)
_ORDINAL = rx.short(r"(?:st|nd|rd|th)\b", regex.I)
_ITEM_CLOSE = rx.short(r"\s?[.)]")
_LETTERS = rx.short(r"[A-Za-z]+")
# `-`, `to`, `or`, `and` between two numbers, and a currency written again before the second: a
# symbol (`$30 to US$ 45`, `Z$ 200 and Z$ 300`), or letters (`Rs 800 billion to Rs 1 trillion`), which the caller checks
# name the first's currency and else reads the joint without them (`_RANGE_JOIN_BARE`).
# (or `to` between hyphens: `3-to-5 years`, `a three-to-five-year sentence`)
_RANGE_HEAD = (r"[ \t]*(?:\n[ \t]*)?(?:-" + GAP + r"|-(?=to-))?(?P<j>-|–|to|or|and)(?:(?<=-to)-)?[ \t]*(?:\n[ \t]*)?"
               r"(?P<cur>(?:\$|US\$|S/")
_RANGE_TAIL = r")[ \t]?(?:\n[ \t]*)?)?"
_RANGE_JOIN = rx.short(_RANGE_HEAD + r"|(?-i:[A-Z]{1,3}\$|[A-Z][A-Za-z]{1,2}\.?|[A-Z](?=[ \t]?\d))(?![A-Za-z])" + _RANGE_TAIL, regex.I)
_RANGE_JOIN_BARE = rx.short(_RANGE_HEAD + _RANGE_TAIL, regex.I)
_MONTH_LIST_GAP = rx.short(r",?[ \t]*(?:\n[ \t]*)?(?:and(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*))?|[ \t]*(?:\n[ \t]*)?and(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)")
_ITEM_MARK = rx.compiled(r"(?<![\w.,])(\d{1,2})\.[ \t]+[A-Z(]")
_BRACKET_CLOSE_AFTER = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:(?:in|for)" + GAP + r"(?:(?:FY|CY)[ \t]?)?(?:19|20)\d{2}[ \t]*(?:\n[ \t]*)?)?\)")
_LEADER_BEFORE = rx.short(r"\.{3,}[ \t]*\Z")
_LINE_END = rx.short(r"[ \t]*\n")
_CELL_GAP = rx.short(r"[ ]{3,}(?=\S)")  # (a run of spaces between cells of a table)
_SIGNED_CELL = rx.short(r"[ \t]*+(?<=[ ]{2}|\t)[-\u2013]\d")
_LAST_CELL = rx.short(r"\S(?:[ ]{2,}|\t)[ \t]*[(\-$]?\d[\d,.]*\)?[ \t]*\Z")  # (a line whose last cell is a number)
_CELL_BEFORE = rx.short(r"[ \t]*+(?<=[ ]{2}|\t)[(\-$]?\d")  # (a cell of a row before the last)
# (the verbs a currency moves or stands at a price by: `the dollar fell to`, `sterling closed at`)
_AGAINST_A = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:against|to)[ \t]+(?:\n[ \t]*)?(?:the|one|a|1)[ \t]+(?:\n[ \t]*)?([A-Za-z]+)")
_CURRENCY_MOVED = rx.short(r"(?i)\b(?:fell|fall(?:s|ing)?|rose|ris(?:es|ing)|traded|trades|trading|closed|closes|stood|stands|"
                           r"weakened|strengthened|depreciated|appreciated|slipped|dropped|climbed|gained|recovered|"
                           r"remained|remains|hit|reached|ended|opened|declined|firmed|eased|was|is|sold|sells|changed|fixed|pegged)\b")
# (what a verb takes after it, not a noun: an amount, a determiner)
_VERB_OBJECT = rx.short(r"[ \t]*(?:\n[ \t]*)?(?:[$\u20ac\u00a3\u00a5]|\d|(?i:the|an?|its|their|his|her|our|this|these|those|some|about|over|nearly"
                        r"|almost|more|less|up)\b)")
_VERB_CLAUSE_WORDS = frozenset(("under", "earlier", "previously", "so", "later", "again", "yesterday", "today", "recently"))  # (after a participle: a verb's clause)
_AND_NEXT = rx.short(r"(?i)" + GAP + r"and" + GAP)
_TALLY_JOIN = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?to[ \t]*(?:\n[ \t]*)?")
_VOTE_BEFORE = rx.short(r"(?i)\b(?:vote[sd]?|voting|passed|approved|adopted|rejected|defeated|won|lost|margin|tally|ballot)\b[^.;:\d]*\Z")
# (right before it, a tally's first number may be the smaller: `failed by a vote of 45-52`)
_VOTE_RIGHT_BEFORE = rx.short(r"(?i)\b(?:vote[sd]?|voting|tally|margin)(?:[ \t]+(?:of|was|is|stood" + GAP + r"at))?[ \t]*(?:\n[ \t]*)?\Z")
_TALLY_END = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:[,.;:)]|\Z|(?:with|in|on|against|and|for|to)\b)")  # (no unit nor noun after a tally)
_FOOTNOTE_MARK = rx.short(r"/(?=[ \t]*(?:\n|\Z)|[ \t]+[A-Za-z(]|[ \t]{2,}|\t)")  # (`1/` before a word, a gap or a line's end)
# (between a level and its change in percent: `USD 3.1 billion, down 5 percent`, `45 MT (up 12 percent`)
_CHANGE_BETWEEN = rx.short(r"(?i)[ \t]*+(?:\n[ \t]*+)?[,(]?[ \t]*+(?:\n[ \t]*+)?(?:up|down|an?" + GAP
                           + r"(?:increase|decrease|rise|drop|fall|decline|gain)" + GAP + r"of|rising|falling|increasing|decreasing)"
                           r"(?:" + GAP + r"by)?[ \t]*(?:\n[ \t]*)?")
# (between a figure and a number after the verb of a clause joined to its own: `hectares of coca
# manually and sprayed`, `kilos, and destroyed`)
_VERB_GAP = rx.short(r"(?i)[^.;:!?\d()]{0,80}?(?:,|\band)" + GAP + r"(?:(?:also|then|later)" + GAP + r")?[a-z]+ed" + WS)
# (between what a count counts and a second count of the same measure: `people died and`, `people and
# injured`, `people were killed, and`; words only)
_AND_COUNT_GAP = rx.short(r"(?i)(?:" + GAP + r"[a-z]+){0,3}[ \t]*,?" + GAP + r"and(?:" + GAP + r"[a-z]+){0,2}" + GAP)
# (between what a count counts and a bare count right after the verb of a clause in a list of its
# own: `killed 8 FARC members and captured 3`, `investigated 67 cases, prosecuted 41`), and what may
# follow that count (the end of its clause, or a place or time: `captured 3 in the operation`)
_AND_VERB_GAP = rx.short(r"(?i)(?:[ \t]*+,)?" + GAP + r"(?:and" + GAP + r")?(?:(?:also|then|later)" + GAP + r")?(?!hundred\b)[a-z]{3,}ed" + WS)
_AND_VERB_AFTER = rx.short(r"(?i)[ \t]*+(?:[.,;:)]|\n|\Z|(?:in|on|at|during|since|by|last|this|so|from|over|between|near|while)\b)")
# (a verb in the passive: `were attacked`, `was demobilized`, `have been hurt`)
_PASSIVE = (r"(?:were|was|are|is|have" + GAP + r"been|had" + GAP + r"been)" + GAP
            + r"(?:[a-z]+(?:ed|en)|hurt|shot|held|caught|found|sent|kept|left|lost|cut|hit)\b")
# (between what a count counts, its verb in the passive, and a second count: `ships were attacked and`)
_PASSIVE_AND_GAP = rx.short(r"(?i)" + GAP + _PASSIVE + r"[ \t]*,?" + GAP + r"and" + GAP)
_PASSIVE_AFTER = rx.short(r"(?i)" + GAP + _PASSIVE)
# (the word that names what a bare count is after it: `1,721 were injured`, `53 wounded`)
_COUNT_VERB_AFTER = rx.short(r"(?i)" + GAP + r"(?:(?:were|was|are|have" + GAP + r"been|had" + GAP + r"been|reportedly|later)" + GAP + r")?(?P<w>[a-z]+)")
_ANOTHER_BEFORE = rx.short(r"(?i)\b(?:another|a" + GAP + r"further|an" + GAP + r"(?:additional|extra|other))" + WS + r"\Z")
_MORE_AFTER = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?more\b(?![ \t]*(?:\n[ \t]*)?than\b)")
# (the words that give a measure again, of another source or time, or a mark it is measured against:
# `economists put it at`, `today it is`, `the regional average of`, `not the`)
_RESTATED_BEFORE = rx.short(r"(?i)\b(?:(?:put|puts|putting|estimates?|estimated|estimating|places?|placed|placing|pegs?|pegged|sees?|saw|sets?)"
                            + GAP + r"(?:it|them|the" + GAP + r"(?:rate|figure|number|total|level))" + GAP + r"(?:at|closer" + GAP + r"to|nearer"
                            + GAP + r"to)|(?:it|this)" + GAP + r"(?:(?:now|currently|still|already|only)" + GAP + r")?(?:is|was|stands|stood|rose|fell|reached"
                            r"|produces|produced|pumps|pumped|exports|exported|(?:has|had)" + GAP
                            + r"(?:risen|fallen|reached))(?:" + GAP + r"(?:to|at))?"
                            r"|(?:average|target|goal|plan|quota|ceiling|limit|threshold|peak|record|forecast|projection|estimate)" + GAP
                            + r"(?:of|is|was|will" + GAP + r"be)"
                            r"|(?:not|below|above|under|beyond|short" + GAP + r"of|exceeding|exceeds|exceeded)" + GAP + r"the"
                            r"|(?:aims?|aimed|aiming)" + GAP + r"(?:for|at|to" + GAP + r"reach)|targets|targeting"
                            r"|(?:hopes?|hoped|plans?|planned|expects?|expected|seeks?|sought|intends?)" + GAP + r"to" + GAP + r"reach"
                            r"|(?:down|back)" + GAP + r"to"
                            # (`held 48 hours without charge, extendable to 72`)
                            r"|(?:extendable|extensible|extended|renewable|renewed|expandable)" + GAP + r"(?:to|by|for)"
                            # (`extradited 183 people in 2009, bringing the total since 1997 to 1,038`, `for
                            # a total of 312`, `will draw down by 2,029 troops, leaving 8,202`)
                            r"|(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed)" + GAP
                            + r"(?:the|its|their)" + GAP + r"(?:(?:overall|combined|cumulative|grand)" + GAP + r")?(?:total|tally|number)(?:" + GAP
                            + r"(?:since|in|for|so" + GAP + r"far" + GAP + r"in|of)" + GAP + r"(?:the" + GAP + r")?[\w.-]+)?" + GAP + r"to"
                            r"|for" + GAP + r"a" + GAP + r"(?:grand" + GAP + r")?total" + GAP + r"of|,[ \t]*+(?:\n[ \t]*+)?leaving"
                            # (`the official rate is 1,470 soum per dollar, while the black market rate is 1,900`)
                            r"|rate" + GAP + r"(?:is|was|(?:stands|stood)" + GAP + r"at)"
                            r"|(?:is|are|was|were|be|been)" + GAP + r"(?:forecast|projected|expected|seen|put|pegged|set|budgeted|targeted)"
                            + GAP + r"(?:at|to" + GAP + r"(?:reach|be|total|hit))"
                            r"|(?:is|are|was|were|be|been)" + GAP + r"estimated" + GAP + r"at)" + WS + r"\Z")
# (between a colon and a number of its list: labels, numbers and the marks between them)
_IN_UNIT_LABEL = rx.short(r"(?i)\bin[ \t]+[^\n:;.,()]{1,40}\Z")  # (a label's unit after `in`, before its colon)
_LISTED_AFTER_COLON = rx.short(r"(?:[^.!?()]|(?<=\d)\.(?=\d)){0,160}+")
_BY_HOW_MUCH = rx.short(r"(?i)(?:\d[ \t]*%|\d" + GAP + r"(?:per[ \t]?cent|percent|(?:percentage" + GAP + r")?points?)|\btimes)" + WS + r"\Z")
# (a clause in parallel that names another thing and its level: `, while rice stood at`, `and imports totaled`)
_WHILE_LEVEL_GAP = rx.short(r"(?i)(?:[ \t]*+,)?" + GAP + r"(?:while|whereas|but|and)" + GAP + r"(?:(?:the|its|their)" + GAP + r")?"
                            r"(?!(?:it|this|that|they|he|she|we|there)\b)[a-z][\w-]*+(?:" + GAP + r"(?!(?:stood|was|were|reached|totall?ed|amounted|came|is|are)\b)[a-z][\w-]*+){0,2}"
                            + GAP + r"(?:stood" + GAP + r"at|was|were|is|are|reached|totall?ed|amounted" + GAP + r"to|came" + GAP + r"to)"
                            + GAP + r"(?:(?:about|some|nearly|roughly|around|almost|just|only)" + GAP + r")?")
_APPOSED_CHANGE = rx.short(r"[ \t]*+(?:\n[ \t]*+)?[,(][ \t]*+(?:\n[ \t]*+)?")
_THAN_GAP = rx.short(r"(?i)" + GAP + r"(?:(?:more|less|higher|lower|greater|smaller|larger)" + GAP + r"than|above|below)" + GAP
                     + r"(?:(?:the|(?:the" + GAP + r")?(?:last|previous|prior|preceding)" + GAP
                     + r"(?:year|season|month|quarter|crop|harvest|campaign)(?:'s|\u2019s|,s))" + GAP + r")?")
_FROM_GAP = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:from|over|compared" + GAP + r"(?:with|to))[ \t]*(?:\n[ \t]*)?(?:the[ \t]+)?")
_SHARE_AND_GAP = rx.short(r"(?i)(?:[ \t]*+,)?" + GAP + r"(?:and|but|while|against|versus)" + GAP + r"(?:(?:only|just|some|about)" + GAP + r")?")
_SHARE_OF_AFTER = rx.short(r"(?i)" + GAP + r"of" + GAP + r"(?:the" + GAP + r")?(?!(?:" + WHICH + r"|whom|them|these|those)\b)[a-z]")  # (`of revenue`, not `of the 30`)
_PERCENT_OF = rx.short(r"[ \t]*(?:\n[ \t]*)?(?i:of)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(?:(?i:the)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*))?(?!(?i:" + WHICH + r"|whom|them)\b)[A-Za-z]+(?=[ \t,\n);])")
# (between an amount and a part of it, or the next amount of a list: `, of which`, `includes`, `; wheat
# accounted for`, `; education`, `in food and`)
_BREAKDOWN_GAP = rx.short(r"(?i)[^.!?\d]*?\b(?:of" + GAP + WHICH + r"|including|includes|included|among" + GAP + r"them|accounted" + GAP + r"for|accounts?" + GAP + r"for)"
                          # (a name with a number may stand between: `OF WHICH USG PL 480 WILL PROVIDE 1.5 MILLION`)
                          r"\b(?:[^.;!?\d]|(?-i:\b[A-Z][A-Z.]*(?:[ -]|[ \t]*\n[ \t]*)?\d{2,4}\b)){0,40}|[^.;!?\d]{0,80};[ \t]*(?:\n[ \t]*)?[a-z]+(?:-[ \t]*\n[ \t]*[a-z]+)?(?:" + GAP + r"[a-z]+)?" + GAP
                          # (`120 million in food and 50 million for health`)
                          + r"|[^.;!?\d]{0,40}?(?:,|\band)[ \t]*(?:\n[ \t]*)?(?:(?:another|a" + GAP + r"further|an" + GAP + r"additional)" + GAP + r")?")
# (between a figure and a part of it, in its clause: `280,000 IDPs are housed in camps in Vavuniya, including`)
_INCLUDING_GAP = rx.short(r"(?i)[^.;:!?\d()]{0,80}?,[ \t]*+(?:\n[ \t]*+)?(?:including|among" + GAP + r"them|among" + GAP + r"whom|of" + GAP + r"(?:whom|" + WHICH + r"))" + GAP
                          + r"(?:(?:only|just)" + GAP + r")?(?:(?:some|about|around|nearly|almost|over|more" + GAP + r"than|at" + GAP + r"least)" + GAP + r")?")
# (right between an amount and a part of it: `1,120,000 metric tons, of which 300,000`)
_OF_WHICH = rx.short(r"(?i)[ \t]*+\)?[ \t]*+,?[ \t]*+(?:\n[ \t]*+)?(?:\(|--?)?[ \t]*+of(?:[ \t]++|[ \t]*+\n[ \t]*+)(?:" + WHICH + r"|whom)[ \t]*+(?:\n[ \t]*+)?"
                    # (`12,800 MT of food, of which it has 7,000`: what the one who needs it holds)
                    r"(?:(?:it|they|we)" + GAP + r"(?:(?:already|now|only)" + GAP + r")?(?:has|have|had|holds?|held)" + GAP + r")?"
                    r"(?:(?:only|just)" + GAP + r")?")  # (`of which only 3.1 million`)
_AND_ANOTHER_ITEM = rx.short(r"(?i)" + GAP + r"(?:and|or)" + GAP + r"[a-z]{3,}\b(?![ \t]*(?:\n[ \t]*)?\d)")
# (between an amount and the share that restates it: `USD 150 bn, or 55% of GDP`, `USD 2 billion (3 percent of GDP)`)
_APPOSED = rx.short(r"(?i)[ \t]*+(?:,|\(|--?)[ \t]*+(?:\n[ \t]*+)?(?:or" + GAP + r")?(?:(?:about|some|nearly|roughly|almost|around)" + GAP + r")?")
_NAMED_SHARE = rx.short(r"[ \t]*+\)?[ \t]*+(?:,|;|\(|,?[ \t]*+(?:\n[ \t]*+)?and)[ \t]*+(?:\n[ \t]*+)?(?:the" + GAP + r")?(?P<name>[a-z]+(?:" + GAP + r"(?!(?:at|is|was)\b)[a-z]+)?),?[ \t]*+(?:\n[ \t]*+)?"
                        # (`8.5 percent; inflation is 4.2`)
                        r"(?:(?P<is>is|was)(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+))?"
                        r"(?:(?P<at>at)(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+))?")
# (a name and `at` before a figure, as a member after it in parallel has: `wheat at 20.5 MMT and barley at 11.8`)
_NAMED_AT_BEFORE = rx.short(r"(?i)\b[a-z]+[ \t]++at[ \t]*+(?:\n[ \t]*+)?\Z")
# (between a price at a rate and another in contrast: `N65 per liter at the pump but`; words only)
_BUT_GAP = rx.short(r"(?i)(?:" + GAP + r"[a-z]+){0,5}[ \t]*,?" + GAP + r"(?:but|while|whereas)" + GAP + r"(?:only" + GAP + r")?")
_TOTAL_AFTER = rx.short(r"(?i)" + GAP + r"(?:in" + GAP + r")?(?:all|total|overall|a" + GAP + r"year|a" + GAP + r"month|per|each|every)\b")  # (`but USD 300 in total`)
_PARALLEL_TIME_GAP = rx.short(r"(?i)" + GAP + r"(?:this|next|last)" + GAP + r"(?:year|month|quarter|season)" + GAP + r"(?:and|but|while|against|versus)" + GAP)
_TIME_AFTER = rx.short(r"(?i)" + GAP + r"(?:in|through|thru|by|during|until|till|as" + GAP + r"of|since)" + GAP
                       + r"(?:(?:19|20)\d{2}\b|(?-i:[A-Z][a-z]{2,})|mid-|the" + GAP + r"(?:first|last|end|same)\b)")
_PARALLEL_TIME_AFTER = rx.short(r"(?i)" + GAP + r"(?:this|next|last)\b")
_EQUALS = rx.short(r"[ \t]*+(?:\n[ \t]*+)?=[ \t]*+(?:\n[ \t]*+)?|[ \t]*+:[ \t]*+")  # (`USD 1 =` over `Tk 68.6`)
_RATE_CURRENCY_REACH = 250  # (how far back a sentence is read for the currency of a bare rate: `1.45 per dollar`)
_SENTENCE_REACH = 400  # (how far back a sentence is read for the country it names)
_DATE_SENTENCE_REACH = 800  # (how far either way a sentence is read for the year of a month or day)
_RANGE_TO_SCALE = rx.short(r"[ \t]*(?:-|\u2013|to)[ \t]*\d[\d.,]*")
_PERIOD_BEFORE = rx.short(r"(?i)\bthe" + GAP + r"(?:first|last|past|next|previous|final|same|coming)[ \t]*(?:\n[ \t]*)?\Z")
_FOR_A_TIME_GAP = rx.short(r"(?i)[ \t]*,?" + GAP + r"(?:for|over)" + GAP + r"(?:(?:the|a)" + GAP + r"(?:next|first|last|past|coming|further)" + GAP + r")?")
_MINUS_SIGNS = ("-", "\u2212")
_SIGNED_UNIT = rx.short(r"[ \t]*(?:\n[ \t]*)?(?:%|(?i:per[ \t]?cent|pct|deg(?:rees?)?)\b|\u00b0)")
_PERCENT_NEXT = rx.short(r"\s*(?:percent|%)", regex.I)
_PERCENT_SIGN = rx.short(r"[ \t]*(?:\n[ \t]*)?(?:%|(?i:per[ \t]?cent|pct)\b)")
_NUMBER_WORD = rx.short(r"(?r)(?i)\b(?:number|no\.)\s*\Z")
_CITATION_AFTER = rx.short(r"\([A-Za-z]{1,4}\)")
_AND_A_HALF = rx.short(r"(?:" + GAP + r"|-)and(?:" + GAP + r"|-)a(?:" + GAP + r"|-)half\b", regex.I)  # (`two-and-a-half`)
_IN_NEXT = rx.short(GAP + r"in" + GAP, regex.I)
_AFTER_SENTENCE = rx.short(r"[.:;][ \t]+\Z")
_COLON_MINUS = rx.short(r":[ \t]*[-\u2212]\Z")
# (`-3.1`, `minus 2.5`, and as old telegrams write it, `(-)4.5`)
_MINUS_BEFORE = rx.short(r"(?r)(?:(?<![\w.,)%-])[-\u2212]|\([-\u2212]\)[ \t]?|(?i:\b(?:minus|negative)" + GAP + r"))\Z")
_DIGIT_RUN = rx.short(r"\d[\d,.]*")
_CURRENCY_FIRST = rx.short(r"[^\d\s]+(?:[ \t]?\n[ \t]*|[ \t])?\d")  # a currency symbol or code right before the amount
_MEASURED_COMPOUND = rx.short(r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)\d[\d,.]*(?:-|[ \t]*)(?P<u>[A-Za-z]{1,10})(?![\w-])")  # (`500-lb`, `107mm`, `155 mm`, `60-kilo`, `55-gallon`)
_MONEY_MM = rx.short(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<s>MM|M|m|BN|B)(?![\w'-]|\.\w)")
_MONEY_MM_GLUED = rx.short(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<s>MM|M|K|k)(?=[A-Z]{3}(?![A-Za-z]))")  # (`2.3 MUSD`: before a currency's code)
_MONEY_SCALE = {"MM": 1e6, "M": 1e6, "m": 1e6, "BN": 1e9, "B": 1e9, "K": 1e3, "k": 1e3}
_RATE_BASES = frozenset((100, 1000, 10000, 100000, 1000000))
# (between a number and the base of its rate: at most a few words, in the same clause)
_PER_BASE = rx.short(r"(?:[ \t]*(?:\n[ \t]*)?[A-Za-z][\w'-]*){0,4}" + GAP + r"per" + GAP, regex.I)
_OUT_OF = rx.short(GAP + r"out" + GAP + r"of" + GAP + r"(?:every" + GAP + r")?", regex.I)
_ONE_IN = rx.short(r"(?r)(?i)(?<![\w.,])(?:one|1)" + GAP + r"in" + GAP + r"\Z")
_HYPHEN_WORD = rx.short(r"-(?:\n[ \t]*)?[A-Za-z]")  # (across a line's end too: `a 12-\nyear-old`)
_CLAUSE_END = rx.short(r"[.;:,]")
_VERB_LIKE = rx.short(r"(?i)[a-z]+(?:ed|ing|ly)")
# Above these a figure is more likely misread than real: more land than a country has, more
# tons than the world produces of most things.
_IMPLAUSIBLE = {"ha": 2e9, "kg": 1e9, "t": 1e10}
_ROUGH_FIRST = frozenset("+-")  # (what a rough number before a scale word starts with: `20-plus million`)
_WHOLE_SCALE_ENDS = ("ion", "ions", "and", "ands", "ones", "ard", "ards", "lakh", "lakhs", "crore", "crores")  # (no scale word cut short)
_UNIT_WORD_AFTER = rx.short(r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)([A-Za-z]{2,})\b")  # (a word of two letters or more next)
_ROUGH_AFTER = rx.short(r"(?P<plus>\+(?![\d\w])|(?i:-plus)\b|(?i:[ \t]+plus)(?=[ \t]+(?i:per[ \t]?cent|pct|%)))|(?i:-odd)\b"
                        r"|[ \t]+odd(?=[ \t]+[a-z])")
# (`a year and a half`, `half a day`, `a ton and a half`, `half a hectare`: the word is a unit's, or no figure)
_HALF_A_UNIT = rx.compiled(
    r"(?i)\b(?:(?:an?|one)" + GAP + r"(?P<u>[a-z]{2,12})" + GAP + r"and(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*"
    r")a" + GAP + r"half|half" + GAP + r"an?" + GAP + r"(?P<u2>[a-z]{2,12}))\b")
# (led by `half`, which the engine scans for; what stands before it, `one`, `a`, is read apart)
_HALF_PERCENT = rx.compiled(r"(?i)half(?:" + GAP + r"(?:of" + GAP + r")?(?:a|one))?[ \t-]*(?:\n[ \t]*)?"
                            r"(?:percent(?:age" + GAP + r"points?)?|per[ \t]cent|pct)\b")
_HALF_LEAD = rx.short(r"(?i)(?:\b(?:an?|one)[ \t-]+|(?<![\w-]))\Z")
_LAST_WORD = rx.short(r"[A-Za-z]+\Z")
_SUSPENDED = rx.short(r"-" + GAP + r"(?:to|or|and)\b", regex.I)  # `five- to tenfold`: half of a compound
_PAREN_AFTER = rx.short(r"[ \t]*(?:\n[ \t]*)?\((?:[^()\n]|\n(?![ \t]*\n)){1,60}\)")
# (or a price or pay from one to another: `costs from EUR 3 to 4 million`, `earn from 2 to 5 dollars`)
_RANGED_FROM = rx.short(r"(?i)\b(?:(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere)\s+(?:\w+\s+)?"
                        r"|(?:cost|costs|costing|earn|earns|earning|sell|sells|selling)\s+)from\s+(?:\S+\s+)?[-\u2212]?\Z")
_COMMA_GAP = rx.short(r"[ \t]*+,[ \t]*+(?:\n[ \t]*+)?")
_LIST_GAP = rx.short(r"(?i)\s*+(?:,|,?\s*+and|,?\s*+or)\s*+")  # (possessive: a run of spaces is not parted every way)
# A line of running text (a heading is short) that ends in a word or a comma goes on
# in the next: what opens that is no paragraph number.
_GOES_ON = rx.short(r"[^\n]{30,}(?:[A-Za-z]{2,}|[A-Za-z],|\d,)[ \t]*\n[ \t]*\Z")
_ENDS_BLOCK = rx.short(r"[.)][ \t]*(?:\n[ \t]*)?(?:\n|\Z)")
# (no item opens with a conjunction: `METN\n(8) AND BATROUN (2)` in a cable in capitals)
_ITEM_OPENS = rx.short(r"\)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(?!(?i:and|or|but|nor|than|versus|vs)\b)[A-Z][A-Za-z]")
# Fractions written as one character (`2½`, `3 ¾`)
_VULGAR = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75, "\u2153": 1 / 3, "\u2154": 2 / 3, "\u215b": 0.125}
_VULGAR_ANY = rx.short("[" + "".join(_VULGAR) + "]")
_VULGAR_AFTER = rx.short(r"[ \t]?(?P<f>[" + "".join(_VULGAR) + "])")
_OF_END = rx.short(r"\s+of\Z", regex.I)
_SCALED = rx.short(r"\d[ \t]*(?:\n[ \t]*)?-?[A-Za-z]")  # a number in digits with a scale word or letters after it


def _scale_of(text: str, t: NumberToken, lex: Lexicon) -> float:
    """The scale word a number in words ends with (`twenty thousand`: 1000), else 1."""
    last = _LAST_WORD.search(text, t.start, t.end)
    word = last.group().lower() if last else ""
    return 100 if word == "hundred" else lex.scales.get(word, 1)


# `number` after a plural noun or a modal is a verb (`the remnants number 300-500`, `the force will
# number 8-10,000`), not the word of an identifier
_NUMBER_VERB = rx.short(r"(?i)(?<![\w'])(?:(?!(?i:this|does|thus|plus|whose|those|these)\b)[A-Za-z]{2,}[a-rt-z]s"
                        r"|will|would|could|might|may|should|now|still|already|currently|reportedly)" + GAP + r"number" + GAP + r"\Z")
# (after a collective noun too, before a count as counts are written: `the Embassy's LE staff number
# 420`, `UN personnel number 1,200`; `staff number 12345` is a staff member's)
_COLLECTIVE_NUMBER = rx.short(r"(?i)\b(?:staff|personnel|workforce|membership|contingent)" + GAP + r"number" + GAP + r"\Z")
# An age set off by commas after a name or a person (`Mohammed Ali, 45, a farmer`), not a list of
# places and numbers (`Lima, 12, Cusco, 8`): what follows is a clause, not the next pair.
_AGE_BEFORE = rx.short(r"[A-Za-z]{2,}\)?," + GAP + r"\Z")  # (and after a name's marking: `MARTINEZ (PROTECT), 52, TOLD`)
_CHILD_BEFORE = rx.short(r"(?i)\b(?:sons?|daughters?|child|boy|girl|baby|infant|grandson|granddaughter|nephew|niece|brother|sister"
                         r"|stepson|stepdaughter)," + GAP + r"\Z")
_AGE_AFTER = rx.short(r"(?i)," + GAP + r"(?:(?:a|an|the|who|was|is|has|had|will|would|said|told|says|tells|on|at|remains|heads|leads|meets"
                      r"|met|spoke|took|gave|made|came|became|left|led|ran|won|lost|fled|held|sent|began|went|wrote|warned|added"
                      r"|drove|fought|stood|got|saw|paid|sold|bought|spent|kept|fell|drew|threw|hid|stole|shot|hit|struck)\b|[a-z]{3,}ed\b)")
_TO_GAP = rx.short(r"(?i)" + GAP + r"to" + GAP)
_RESTATES = rx.short(r"(?i)\s*,\s*or\s*")
_PER_BEFORE = rx.short(r"(?i)(?:\bper|\b(?:to|against)[ \t]+(?:the|one|a|1)|/)[ \t]*(?:\n[ \t]*)?\Z")
_A_TIME_OR = rx.short(r"(?i)\b(?:a|an|one|every)" + GAP + r"(?:minute|hour|day|week|month|year|decade)" + GAP + r"or" + GAP + r"\Z")
_MULTIPLIER = rx.short(r"(?i)" + GAP + r"(?:as|more|less|fewer|higher|lower|larger|smaller|greater|bigger|faster|the|that|what|over"
                       r"|capacity|its|their|his|her|our|normal|average|gdp|gnp|annual|current)\b")
_FACTOR_OF = rx.short(r"(?i)\bfactor" + GAP + r"of" + GAP + r"\Z")
_SCALE_OF = rx.short(r"(?i)\bscale" + GAP + r"(?:of|from)" + GAP + r"(?:[\w.]{1,8}+[ \t]*+(?:\n[ \t]*+)?(?:to|and|-)" + WS + r")?\Z")
_MULTIPLIED_BEFORE = rx.short(r"(?i)\b(?:increased|multiplied|expanded|grown|risen|jumped|doubled)" + GAP + r"(?:by" + GAP + r")?\Z")
_OCCASIONS_AFTER = rx.short(r"(?i)" + GAP + r"(?:in|during|this|last|since|over|between|each|a|per|every|so" + GAP + r"far)\b")
_AT_GAP = rx.short(r"(?i)" + GAP + r"at" + GAP)
_TO_BEFORE = rx.short(r"(?i)\b(?:to|at|hit|reached|was|were|is|are)" + GAP + r"\Z")  # (a level a change starts from)
_FROM_BEFORE = rx.short(r"(?i)\bfrom" + GAP + r"[-\u2212]?\Z")  # (`from -0.3 to 1.2 percent`: a number below zero too)
_LOWER_WORD_BEFORE = rx.short(r"(?<![\w.-])(?!(?:and|or|nor)\b)[a-z]+[ \t]*+(?:\n[ \t]*+)?\Z")  # (not a list's: `Grade Q 20 and Q 4 teams`)
# (`(2008: `, `(FY08: `: a year's label in brackets, then its value)
_LABEL_IN_BRACKETS_BEFORE = rx.short(r"\([^()\n]{0,20}(?:(?<!\d)(?:19|20)\d\d|(?i:FY|CY)[ \t-]?\d\d)(?!\d)[^()\n]{0,20}:[ \t]*\Z")
_FROM_GAP_ONLY = rx.short(r"(?i)" + GAP + r"from" + GAP)
_DASH_GAP = rx.short(r"[ \t]*[-\u2013][ \t]*")
# (`a plot of 40 by 60 meters`, `10 x 20 km`: the sides of an area, each a length)
_SIDES_GAP = rx.short(r"(?i)" + GAP + r"(?:by|x)" + GAP + r"|[ \t]*+[x\u00d7][ \t]*+")
_NAMED_LEVEL = r"an?" + GAP + r"[a-z]+(?:-[ \t]*\n[ \t]*[a-z]+)?" + GAP + r"of" + GAP  # (`a surplus of`, a word broken at a line's end too)
_FROM_A_BEFORE = rx.short(r"(?i)\bfrom" + GAP + _NAMED_LEVEL + r"\Z")  # (`from a surplus of`)
_TO_A_GAP = rx.short(r"(?i)" + GAP + r"to" + GAP + _NAMED_LEVEL)  # (`to a deficit of`)
# (and the second number of such an age's range: `aged 15-24`, `ages 3 to 5`)
# (not the end of a word broken at a line's end: `aver-\naged 21 days`)
_AGED = rx.short(r"(?r)(?i)\b(?<!-[ \t]*\n[ \t]*)(?:aged|ages?)(?:" + GAP + r"(?:of|from|between))?" + GAP + r"(?:(?:between|from)" + GAP + r")?"
                 r"(?:[\w.]+(?:" + GAP + r"(?:months?|years?|weeks?|days?))?(?:[ \t]*-[ \t]*|" + GAP + r"(?:to|and|through)" + GAP + r"))?\Z")
# (`the minimum age for employment is 14`, `the voting age was lowered to 18`: an age a sentence
# states, the clause ending after it)
_AGE_IS = rx.short(r"(?r)(?i)\bage(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(?:for|of|limit|in|the|minimum|legal|employment|work|working|consent|marriage"
                   r"|retirement|voting|criminal|responsibility|was|is|has|been|be|will|would|lowered|raised|set|fixed|increased|reduced))"
                   r"{0,4}" + GAP + r"(?:is|was|are|were|at|to|of|remains)" + GAP + r"\Z")
_AGE_IS_AFTER = rx.short(r"(?i)(?:[ \t]+years?(?:[ \t]+old)?)?[ \t]*(?:[,.;:)]|\Z|\n|(?:and|or|in|for|from|under|but|while|with)\b)")
# (a person's age: `Born in 1951, he is 58, married`, `SHE TURNED 70 IN MAY`)
_PERSON_IS = rx.short(r"(?r)(?i)(?<![\w-])(?:he|she)" + GAP + r"(?:is|was|turned|turns)" + GAP + r"\Z")
_PERSON_IS_AFTER = rx.short(r"(?i)(?:" + GAP + r"years?(?:" + GAP + r"old)?)?[ \t]*(?:\n[ \t]*)?(?:[,.;:)]|\Z|(?:and|in|when|but|while|with|at)\b)")
_AGE_BAND_AFTER = rx.short(r"(?i)(?:[ \t]*(?:-|\u2013|to|and)[ \t]*\d{1,2})?(?:[ \t]+|[ \t]*-[ \t]*)age[ \t]+(?:group|bracket|range|cohort|band)s?\b")
_AS_YOUNG_AS = rx.short(r"(?r)(?i)\bas" + GAP + r"(?:young|old)" + GAP + r"as" + GAP + r"\Z")
_SENTENCE_GOES_ON = rx.short(r"[ \t]*(?:\n|\Z)|[ \t]+(?:[A-Z(]|--)")
_AGE_GROUP = rx.short(r"(?r)(?i)(?:\b(?:child(?:ren)?|kids|boys|girls|infants|babies|minors|youths?|adults|men|women|persons|people)"
                      # (or a count of them, and a verb: `roughly 60,000 are children and 9,000 are over 60`)
                      + r"|(?<![\d,.])\d{1,3}(?:,\d{3})*" + GAP + r"(?:are|were))"
                      + GAP + r"(?:under|over|below|above|younger" + GAP + r"than|older" + GAP + r"than)" + GAP + r"\Z")
_AGE_GROUP_ENDS = ("under", "over", "below", "above", "than")
# (`youth (15-24)`, `children (0-5 years)`, `adults (50+)`: an age band in brackets after who is of that age)
_AGE_BRACKET_BEFORE = rx.short(r"(?r)(?i)\b(?:child(?:ren)?|kids|boys|girls|infants|minors|youths?|young[ \t]+(?:people|men|women|adults)|"
                               r"adults|teenagers|adolescents|women|men|persons|people|population|age" + GAP + r"group|ages)(?:" + GAP + r"aged)?"
                               r"[ \t]*(?:\n[ \t]*)?\((?P<lo>[ \t]*\d{1,2}[ \t]*(?:-|\u2013|to)[ \t]*)?\Z")
# (a band, years or a plus: `children (12)` counts children)
_AGE_BRACKET_AFTER = rx.short(r"(?i)(?:" + WS + r"(?:-|\u2013|to)" + WS + r"\d{1,2}(?:" + WS + r"(?:years?|yrs?\.?))?|"
                              + WS + r"(?:years?|yrs?\.?)|\+)" + WS + r"\)")
_AGE_BRACKET_END = rx.short(r"(?i)(?:" + WS + r"(?:years?|yrs?\.?))?" + WS + r"\)")  # (the band's upper end: `15-24)`)
_AGE_GROUP_AFTER = rx.short(r"(?i)(?:[ \t]*(?:-|\s)?(?:years?|yrs?|months?|weeks?|days?)(?:" + GAP + r"(?:old|of" + GAP + r"age))?)?"
                            r"(?=[ \t]*(?:[,.;:)]|\Z)|" + GAP + r"(?:and|or|who|which|that|in|at|with|were|are|was|is|have|has|had|"
                            r"die|died|receive|received|account|accounted|make|made|living|from|per|found|suffer|suffered|suffering|"
                            r"need|needed|needing|get|got|will|would|can|could|should|must|may|remain|remained|face|faced|"
                            r"represent|represented|constitute|constituted|lack|lacked|each|every|annually|fell|rose|dropped|"
                            r"declined|increased|decreased|grew|doubled|remains|mortality|deaths|pay|pays|paid|attend|attended|work|worked|"
                            r"travel|traveling|travelling|traveled|travelled|enter|entered|go|went|qualify|qualified|benefit|benefited|"
                            r"enroll|enrolled|do|did|require|required|are|must|range|ranged|ranges|ranging|averaged|averages|"
                            r"reached|stood|stands|numbered|totaled|totalled|exceeded|exceeds|showed|shows|vaccinated|treated)\b)")
# Years a sentence names that are no day's year: `since 2005`, `since the rate was introduced in
# 1999`, when a count began; `by the same
# date in 2007`, what a figure is compared with.
_OTHER_YEAR = rx.short(r"(?i)\bsince" + GAP + r"(?:[^\d.;:!?,]{1,40}?" + GAP + r")?((?:19|20)\d{2})\b"
                       r"|\bsame" + GAP + r"(?:date|day|period|time|month|quarter|point)" + GAP + r"(?:in|of|last)" + GAP + r"((?:19|20)\d{2})\b"
                       r"|\bfrom" + GAP + r"((?:19|20)\d{2})" + GAP + r"(?:until|till|through|to)" + GAP + r"(?!(?:19|20)\d{2}\b)")
# (a year between a determiner and a noun names a thing, not when a day of its sentence falls: `the
# court upheld the 2007 ruling on March 12`; but `during the 2008 campaign, on October 3`)
_YEAR_OF_A_THING = rx.short(r"(?i)(?<![\w])(?:the|an?|its|their|his|her|our|this|that)" + GAP + r"(?P<y>(?:19|20)\d{2})" + GAP
                            # (a noun in lower case, or in a cable in capitals: `THE 2006 PATTERN`)
                            + r"(?-i:(?!(?:and|or|to|through|until|till|levels?|AND|OR|TO|THROUGH|UNTIL|TILL|LEVELS?)\b)(?:[a-z]{3,}|[A-Z]{3,}\b))")
_TIME_PREPOSITION_BEFORE = rx.short(r"(?i)\b(?:in|during|at|after|before|until|through|throughout|over|since|by|for|following|ahead" + GAP + r"of|of)"
                                    + GAP + r"\Z")
_PAREN_CODE = rx.short(r"[ \t]?(?:\n[ \t]?)?\((?P<c>[A-Z]{3})\)")
_BY_BEFORE = rx.short(r"(?i)\bby" + GAP + r"\Z")
_CHANGED_BEFORE = rx.short(r"(?i)\b(?:rose|rise|rises|risen|fell|falls?|fallen|grew|grows?|grown|increased|decreased|declined|dropped|"
                           r"jumped|climbed|slid|soared|surged|plunged|gained|lost|added|shed|expanded|shrank|up|down)"
                           r"(?:" + GAP + r"(?:only|just|some|about|nearly|almost|roughly|another|a[ \t]+further))?" + GAP + r"\Z")
_THOUSANDS_STOP = rx.short(r"[1-9]\d{0,2}\.\d{3}")
_OPEN_BRACKET_GAP = rx.short(r"[ \t]*(?:\n[ \t]*)?\([ \t]*(?:\n[ \t]*)?")
_CLOSE_BRACKET = rx.short(r"[ \t]*(?:\n[ \t]*)?\)")
_BROKEN_WORD = rx.short(r"-[ \t]*\n[ \t]*(?P<rest>[a-z]+)\b")
_DOTTED = rx.short(r"(?:[A-Za-z]\.)+[A-Za-z]")
_SENTENCE_OPENERS = frozenset("The This That These Those It He She They We I In On At A An But And However Some".split())
_PHRASE_END = rx.short(r"[ \t]*[,.;:()]")
# (a line that opens with a label of a word or two: `Classified By: ...`)
_LABEL_LINE = rx.short(r"[A-Z][A-Za-z.]*[ \t][A-Za-z.]+:")
# (`, APRA 36`, ` and UN 17`, `; Bolivia, 3`: a name of up to three words between members of a list)
# `48 years for men and 51 for women`, `12 percent in 2008 and 9 in 2009`: a bare number in a phrase
# that repeats the one after the figure before it (the same preposition after both)
# (the preposition may follow the verb of the first member, `went to the U.S. and 25 to Europe`, after
# `of which`; the initials of a name hold full stops)
_PARALLEL_GAP = rx.short(r"(?i)" + GAP + r"(?:of" + GAP + WHICH + GAP + r")?(?:(?!(?:and|but|or|while)\b)[a-z]+" + GAP + r")?"
                         r"(?P<p>for|in|among|at|on|during|to|from)\b(?:[^.;:!?()\d]|(?<=(?<![A-Za-z])[A-Z])\.){0,40}?(?:\b(?:19|20)\d{2}\b)?(?:,?" + GAP
                         + r"(?:and|but|while|whereas|versus|vs\.?|against|compared" + GAP + r"(?:with|to))(?:" + GAP + r"(?:only|just))?|,)" + GAP)
_PER_NOUN = rx.short(r"(?i)(?:[ \t]*(?:\n[ \t]*)?of[ \t]+[a-z]+)?[ \t]*(?:\n[ \t]*)?per(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)[a-z]+(?![\w/])")
# (`in 2008`, `in all of 2008`, `in the same period of 2008`, `during the first half of 2009`, `in mid-2008`)
_YEAR_PHRASE = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:in|during|for|by)" + GAP + r"(?:(?:all|the(?:" + GAP + r"[a-z]+){1,3})" + GAP + r"of" + GAP + r")?"
                        r"(?:(?:mid|early|late)[ \t-]?)?(?:(?:FY|CY)[ \t-]?)?(?P<y>(?:19|20)\d{2})(?:/\d{2}(?:\d{2})?)?(?![\w/])")
_HHMM = rx.short(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_STATED_BEFORE = rx.short(r"(?i)(?<!\d)(?:[01]\d|2[0-3])[0-5]\d[ \t]*(?:\n[ \t]*)?(?:hours|hrs|local|GMT|UTC|Z\b)[^.;\d]{0,60}\Z")
_SPAN_JOIN = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:-|\u2013|to|until|till|and)[ \t]*(?:\n[ \t]*)?")
_NAMED_MEMBER = rx.short(r"[ \t]*\)?[ \t]*(?:,|;|\(|,?[ \t]*(?:\n[ \t]*)?(?:and|AND))[ \t]*(?:\n[ \t]*)?"
                         r"(?:(?i:to|from|in|for)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*))?(?:(?i:the)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*))?"  # (`, to the EU 1.1 billion and to China 600 million`, `and the DA 67`)
                         r"(?P<name>(?:[A-Z][\w.'\-]*[ \t]*(?:\n[ \t]*)?){1,3}?),?[ \t]*"
                         r"(?:(?P<is>(?i:is|was))(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*))?"  # (`8.5 PERCENT; INFLATION IS 4.2`, in a cable in capitals)
                         r"(?:(?P<at>(?i:at))(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*))?")  # (`, Mockus at 20`)
_VAGUE_BEFORE = rx.short(r"(?i)\b(?:several|few|many)[ \t]*(?:\n[ \t]*)?\Z")
_POINT_BEFORE = rx.short(r"(?i)\bpoint[ \t]*(?:\n[ \t]*)?\Z")
_MODAL_BEFORE = rx.short(r"(?i)\b(?:to|will|would|could|can|may|might|should|must|shall)[ \t]*(?:\n[ \t]*)?\Z")
# (one name in title case, or in capitals in a cable in capitals, between a count and a number)
_MODEL_NAME = rx.short(r"[ \t]+(?P<n>[A-Z][a-z]+|[A-Z]{3,})[ \t]+")
_OF_NOUN = rx.short(r"[ \t]*(?:\n[ \t]*)?of" + GAP + r"(?P<w>[a-z][a-z\-]*)\b")  # (a noun in lower case after `of`)
# (between a number and a time: `two more weeks`, `three consecutive years`)
_POINTS = frozenset(("points", "point", "pts", "pts.", "pt", "pt."))  # (a change of a share: `up 1.2 points`)
_MORE_OF_A_TIME_WORDS = ("more", "additional", "extra", "further", "other", "consecutive", "straight", "successive", "full", "whole")
_MORE_OF_A_TIME = rx.short(r"(?i)" + GAP + r"(?:" + "|".join(_MORE_OF_A_TIME_WORDS) + r")" + GAP)
_WORD_AFTER = rx.short(r"[ \t]*(?:\n[ \t]*)?[\w$]")


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    value: float | str
    value_max: float | str | None = None
    unit: str | None = None
    per: str | None = None
    qualifier: str = "exact"
    item: str | None = None
    rule: str = ""
    flags: list[str] = field(default_factory=list)
    info: UnitInfo | None = None
    words: bool = False
    year: int | None = None       # set where the figure's place says it (a table's column)
    years_until: int | None = None  # the figure's year is named before this offset (`X, up from Y in 2004`)
    years_from: int | None = None   # or after this one (Y's own, after the comparison)
    measure: str | None = None    # likewise (a table row's label)
    parts: int = 1                # money written in a currency's parts (`60 cents`: 100 of them make one)
    year_shift: int | None = None  # `last year's TL 30.8 billion`: -1 from the cable's year (0 for `this year's`)
    year_before: bool = False  # `5 tons in 1976, against 3 tons a year earlier`: the year before its sentence's


@dataclass
class NumberToken:
    start: int
    end: int
    value: float
    words: bool
    fraction: bool = False  # `1/2`, `2 1/2`: a figure only with a unit (`1/2 of the staff` is none)


class FigureExtractor:
    """Extract figures from parsed cables with one ruleset."""

    def __init__(self, rules: Ruleset, threshold: float = REVIEW_THRESHOLD):
        self.rules = rules
        self.lex = Lexicon(rules)
        self.dates = DateFinder(self.lex)
        self.sentences = SentenceSplitter()
        self.tables = TableReader(self.lex)
        self.threshold = threshold
        self._para_starts: set[int] = set()  # where the numbered paragraphs of the cable at hand start
        self._item_marks: dict[int, list[int]] | None = None  # the numbers written as an item's, by number (see `_numbered_before`)
        self._digit_scales = self._streets = False  # whether the cable at hand holds `hundred`/`dozen`, a street word
        self._figure_year_phrases: set[int] = set()  # where a `last year` right after a figure names that figure's year
        self._compared_year_positions: frozenset[int] = frozenset()  # where the year of a figure compared with stands
        self._ref_year: int | None = None  # the year of the cable at hand, where known

    # ------------------------------------------------------------ driver
    def extract(self, pc: ParsedCable) -> list[Figure]:
        text = pc.repaired.text
        self._para_starts = {p.start + (text[p.start] == "\u00b6") for p in pc.clean_paragraphs if p.start < len(text)}
        self._item_marks = None
        # (words that rules at each number look for, looked for once in the whole text)
        low = text.lower()  # (lowered once for the rules below)
        self._digit_scales = any(w in low for w in self.lex.digit_scales)
        self._streets = self.lex.street_rx is not None and any(w.lower() in low for w in self.lex.street_words)
        blocked_spans = self.lex.metadata_spans(text, low)
        starts = [s for s, _ in blocked_spans]

        def blocked(s: int, e: int) -> bool:
            k = bisect.bisect_right(starts, e) - 1
            while k >= 0:
                bs, be = blocked_spans[k]
                if be > s:
                    return True
                if be < s - 400:
                    break
                k -= 1
            return False

        cands: list[Candidate] = []
        date_mentions = self.dates.find(text, blocked)
        cands.extend(_joined_date_spans(text, self._resolve_dates(pc, text, date_mentions)))
        taken = sorted((d.start, d.end) for d in date_mentions)
        cands.extend(self._numbers(pc, text, low, taken, blocked))
        if "half" in text or "HALF" in text or "Half" in text:
            cands.extend(self._halves(text, cands, blocked))
        self._prices_of_currencies(pc, text, cands)
        self._share_list_units(text, cands, low)
        self._bare_exchange_rates(pc, text, cands)
        self.tables.apply(text, cands, pc.repaired, pc.post)
        if "):" in text or " in " in text or " IN " in text:
            self._units_named_before_a_colon(pc, text, cands)
        _over_as_during(text, cands, self.lex.over_spreads_after)
        cands.sort(key=lambda c: c.start)  # (dates and numbers, in the order of the text)
        if "point" in low or "POINT" in text:
            _points_of_percents(text, cands)
        if "(" in text or "[" in text:
            cands = _without_footnote_marks(text, cands)
        _parallel_years(text, cands)
        _bracketed_years(text, cands)
        self._figure_year_phrases = _years_after(text, cands)
        self._compared_years(text, cands)
        if text[-1:].isdigit():
            cands = _without_a_cut_number(text, cands)
        return self._finish(pc, text, cands)

    # ------------------------------------------------------------ dates
    def _resolve_dates(self, pc: ParsedCable, text: str, mentions: list[DateMention]) -> list[Candidate]:
        out = []
        ref_year, ref_month = self._cable_date(pc)
        # (a year that another month names is that month's: `September 12, against June 2007`)
        # (nor is a year that opens or closes a span of several: `the 2007-2010 plan` names no one
        # year for a day, where a fiscal year, `due December 9, for 2009/10`, mostly starts in it)
        dated = [(d.start, d.end) for d in mentions if isinstance(d.value, str) and (
            d.value[4:5] == "-" and d.value[5:6].isdigit() or isinstance(d.value_max, str) and len(d.value) == len(d.value_max) == 4
            and d.value.isdigit() and d.value_max.isdigit() and int(d.value_max) - int(d.value) >= 2)]
        dated_starts = [a for a, _ in dated]
        days = [d for d in mentions if isinstance(d.value, str) and len(d.value) == 10 and d.value[4:5] == "-" and d.value[5:6].isdigit()]
        day_starts = [d.start for d in days]
        starts = [d.start for d in mentions]  # (sorted, as `find` gives them)

        def in_dated(p: int) -> bool:
            k = bisect.bisect_right(dated_starts, p) - 1
            return k >= 0 and dated[k][1] > p

        for d in mentions:
            if d.value is not None:
                out.append(Candidate(d.start, d.end, "date", d.value, d.value_max, rule=d.rule, flags=list(d.flags)))
                continue
            # (`September 15 this year`, `in June of last year`: the words after it say its year, and
            # no other year of the sentence is the day's; the schema takes a date only where its year
            # is written, so none is read from the cable's)
            if _RELATIVE_YEAR_AFTER.match(text, d.end) is not None:
                continue
            # A month or day without a year: its year must be named in the same sentence (as far
            # as a sentence reaches: a text of no stops is no one sentence).
            s, e = self.sentences.sentence(text, d.start)
            s, e = max(s, d.start - _DATE_SENTENCE_REACH), min(e, d.end + _DATE_SENTENCE_REACH)
            years = {int(m.group()) for m in _YEAR_NAMED.finditer(text, s, e) if not in_dated(m.start())}
            if not years:
                # (`The new Congress takes office January 25, 2010; the President on January 27`: a
                # day after another of the same month or an earlier one, the sentence naming no
                # other year, is in that one's year)
                k = bisect.bisect_left(day_starts, d.start) - 1
                if not (k < 0 or days[k].start < s or int(days[k].value[5:7]) > d.month or d.day is None):
                    y, flags = int(days[k].value[:4]), ["year from a date before it"]
                    out.append(Candidate(d.start, d.end, "date", *self._yearless_value(d, y), rule=d.rule + "+sentence-date", flags=flags))
                # (`in January, February and March 2009`: a month listed before one with a year is of that year)
                elif (j := bisect.bisect_left(starts, d.end)) < len(mentions) and isinstance((n := mentions[j]).value, str) \
                        and n.value[4:5] == "-" and _MONTH_LIST_GAP.fullmatch(text, d.end, n.start) and d.month_max is None \
                        and d.month <= int(n.value[5:7]):
                    out.append(Candidate(d.start, d.end, "date", *self._yearless_value(d, int(n.value[:4])), rule=d.rule + "+listed-date",
                                         flags=["year from the date listed after it"]))
                # (`fell to 21 percent in June 2009 from 30 percent in April`: the month a change
                # starts from, before the dated one it ends at, in its year)
                elif (n := self._change_end_date(text, mentions, starts, d, s, e)) is not None:
                    out.append(Candidate(d.start, d.end, "date", *self._yearless_value(d, int(n.value[:4])), rule=d.rule + "+sentence-date",
                                         flags=["year from a date before it"]))
                continue
            # (a month after the cable's is last year's, unless the sentence speaks of what is to
            # come: `the report, due December 9, will show`)
            y = None if ref_year is None else ref_year if (
                ref_month is None or d.month <= ref_month + 1 or _FUTURE.search(text, s, e)) else ref_year - 1
            earlier = y is not None and y not in years and any(n < y for n in years)
            if y is not None and ref_month is not None:
                if y not in years:
                    continue
                flags = ["year from cable date"]
            elif y is not None and not earlier:
                if y not in years:
                    continue
                flags = ["year from cable year"]
            # (a cable known by its year alone whose sentence names an earlier year is read as one
            # of no known date: `In 2008, the bill passed on December 12` in a cable of 2009; not
            # a later year: `the 2007 plan awaits approval, probably in December` in 2006)
            elif len(years := years - {int(m.group(1) or m.group(2) or m.group(3)) for m in _OTHER_YEAR.finditer(text, s, e)}
                     - _years_of_things(text, s, e)) == 1 and (
                    _year_in_clause(text, d.start, d.end, s, e, next(iter(years)))):
                # (`since 2005` names when a count began, not the year of a day in the sentence;
                # `the same date in 2007`, what the sentence compares with; a cable of no known
                # date takes a year only from the clause around the day: `Ransoms paid in 2008
                # totaled USD 30 million; the ship was released on January 9` is no day of 2008)
                y = next(iter(years))
                flags = ["year from sentence"]
            else:
                continue
            if d.rule == "date-month" and not _year_in_clause(text, d.start, d.end, s, e, y, stops=",;:("):
                continue  # (a month alone takes a year only from its own clause: `in 2008 through October`,
                # not `returned in August, against 30,000 who arrived in 2008`)
            out.append(Candidate(d.start, d.end, "date", *self._yearless_value(d, y), rule=d.rule + "+sentence-year", flags=flags))
        return out

    @staticmethod
    def _change_end_date(text: str, mentions: list[DateMention], starts: list[int], d: DateMention, s: int, e: int):
        """The dated month of the sentence `s:e` that a change from the yearless month `d` goes to:
        `in June 2009 from 30 percent in April`, `from 431 in May to 677 in October 2009`; of a
        later month, with no word between that compares (`September 12, against June 2007`)."""
        if d.day is not None or d.month_max is not None:
            return None
        k = bisect.bisect_left(starts, d.start)
        for j in (k - 1, k + 1):
            if not 0 <= j < len(mentions):
                continue
            n = mentions[j]
            if not (isinstance(n.value, str) and n.value[4:5] == "-" and n.value[5:7].isdigit() and s <= n.start and n.end <= e
                    and n.value_max is None and int(n.value[5:7]) > d.month):
                continue
            a, b = (n.end, d.start) if n.start < d.start else (d.end, n.start)
            if b - a > 80 or _COMPARED_BEFORE.search(text, a, b) or _STOP.search(text, a, b):
                continue
            if (_FROM_BETWEEN.search(text, a, b) if n.start < d.start else _TO_BETWEEN.search(text, max(s, d.start - 80), b)):
                return n
        return None

    @staticmethod
    def _yearless_value(d: DateMention, y: int) -> tuple[str, str | None]:
        """The value and upper end of a month or day written without its year, in year `y`."""
        v1 = f"{y:04d}-{d.month:02d}" + (f"-{d.day:02d}" if d.day else "")
        v2 = None
        if d.month_max:
            y2 = y if d.month_max >= d.month else y + 1
            v2 = f"{y2:04d}-{d.month_max:02d}" + (f"-{d.day_max:02d}" if d.day_max else "")
        return v1, v2

    def _cable_date(self, pc: ParsedCable) -> tuple[int | None, int | None]:
        if pc.created:
            return int(pc.created[:4]), int(pc.created[5:7])
        year = cable_year(pc.identifier)
        decl = pc.nondisclosure_deadline
        if decl and year and int(decl[:4]) - 10 == year:
            return year, int(decl[5:7])  # the usual deadline is ten years from the cable's date
        if decl and year is None:
            # A cable known by neither date nor identifier: its deadline is, as a rule, ten years
            # from its date, or twenty-five (after 2003) where ten would fall after the last cables.
            guess = int(decl[:4]) - 10
            if guess > _LAST_CABLE_YEAR:
                guess -= 15
            if _FIRST_CABLE_YEAR <= guess <= _LAST_CABLE_YEAR:
                return guess, int(decl[5:7])
        return year, None

    # ------------------------------------------------------------ numbers
    def _number_tokens(self, text: str, low: str, taken: list[tuple[int, int]]) -> list[NumberToken]:
        out = []
        tstarts = [t[0] for t in taken]
        def free(s: int) -> bool:
            k = bisect.bisect_right(tstarts, s) - 1
            return not (k >= 0 and taken[k][1] > s)

        slashed = [m for m in _digit_fractions(text) if free(m.start())]
        k = 0
        for m in self.lex.digits_rx.finditer(text):
            s, e = m.span()
            while k < len(slashed) and slashed[k].end() <= s:
                k += 1
            if k < len(slashed) and slashed[k].start() <= s:
                continue  # part of `1 1/2`
            raw = m.group()
            if not free(s):
                continue
            if raw.count(".") > 1 or raw.endswith(".000") and _THOUSANDS_STOP.fullmatch(raw):
                raw = raw.replace(".", "")  # `1.000.000`; `96.000 hectares` (no decimal is written `.000`)
            elif "," in raw and not _GROUPED.fullmatch(raw):
                if not _DECIMAL_COMMA.fullmatch(raw):
                    continue
                raw = raw.replace(",", ".")
            out.append(NumberToken(s, e, float(raw.replace(",", "")), False))
        _join_space_groups(text, out)
        _join_decimal_comma(text, out, lambda p: self.lex.unit_rx.match(text, p) is not None,
                            lambda s, e: self.lex.cur_after_rx.match(text, e) is not None
                            or self.lex.cur_before_rx.search(text[max(0, s - 12):s]) is not None)
        if "." in text and ("$." in text or not text.isascii()):
            for m in _CENTS_AFTER_SYMBOL.finditer(text):  # `$.50`
                if free(m.start()):
                    out.append(NumberToken(m.start(), m.end(), float(m.group()), False))
        if " ." in text or "(." in text or "\n." in text:
            # `.5 million dollars`, `rose .5 percent`, `USD .50 per kilo`: a fraction written
            # without its zero, before a scale word or a unit, or after a currency
            for m in _LEADING_POINT.finditer(text):
                if free(m.start()) and (self.lex.scale_rx.match(text, m.end()) or self.lex.unit_rx.match(text, m.end())
                                        or self.lex.cur_after_rx.match(text, m.end())
                                        or self.lex.cur_before_rx.search(text[max(0, m.start() - 20):m.start()])):
                    out.append(NumberToken(m.start(), m.end(), float(m.group()), False))
        for m in slashed:
            if not m.group("whole") and int(m.group("num")) >= int(m.group("den")):
                continue  # `the 7/7 bombings`, `3/3`: no fraction is written so, nor a figure
            value = int(m.group("num")) / int(m.group("den")) + int(m.group("whole") or 0)
            out.append(NumberToken(m.start(), m.end(), value, False, fraction=True))
        fractions = []
        for m in self.lex.fraction_matches(text, low):
            if free(m.start()):
                value = self.lex.fractions[squash(m.group("f").lower())] * self.lex.scale(m.group("s"))
                fractions.append(NumberToken(m.start(), m.end(), value, True))
        # `a hundred soldiers`, `a dozen arrests`: `a` before a scale word is one of it
        for m in _a_scales(text, low):
            if free(m.start()):
                half = 0.5 if m.group("half") or m.group("half_a") else 1
                value, end = half * words_value("one " + m.group("w"), self.lex), m.end()
                if (half == 1 and m.group("w").lower() in ("hundred", "thousand") and (am := _AND_NEXT.match(text, end))
                        and (wm := self.lex.number_word_at(text, am.end())) and (v2 := words_value(wm.group(), self.lex)) is not None
                        and v2 < value):
                    value, end = value + v2, wm.end()  # (`a hundred and fifty people`)
                fractions.append(NumberToken(m.start(), end, value, True))
        inside = [(t.start, t.end) for t in fractions]
        out += fractions
        point = "point" in low  # (`ONE POINT FIVE`)
        for m in self.lex.number_words(text):
            # (`one point five million`: a number read out digit by digit is none of its words)
            # (`several dozen protesters`, `a few dozen`: no number)
            v = words_value(m.group(), self.lex) if (free(m.start()) and not _POINT_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                                     and not _VAGUE_BEFORE.search(text, max(0, m.start() - 10), m.start())) else None
            if (v is None and text.startswith("-", m.end()) and free(m.start())
                    and not any(a <= m.start() < b for a, b in inside)):
                # `two six-month extensions`, `three five-year contracts`: a count before a compound,
                # two numbers where their words make no one
                for w in reversed(list(_WORD_SPLIT.finditer(m.group()))):
                    a, b = m.group()[:w.start()], m.group()[w.end():]
                    if (pv := words_value(a, self.lex)) is not None and (sv := words_value(b, self.lex)) is not None:
                        out += [NumberToken(m.start(), m.start() + w.start(), pv, True), NumberToken(m.start() + w.end(), m.end(), sv, True)]
                        break
            if v is not None and text[max(0, m.start() - 4):m.start()].lower() == "-to-" and not (
                    out and out[-1].words and out[-1].end == m.start() - 4 and out[-1].value < v):
                v = None  # (`five` in `three-to-five-year` ends a range; `one-to-one meetings`, `a two-to-one vote` count none)
            if v is not None and not any(a <= m.start() < b for a, b in inside):
                tok = NumberToken(m.start(), m.end(), v, True)
                if point and v == int(v) and (pm := self.lex.point_digits_rx.match(text, m.end())):
                    # `ONE POINT FIVE BILLION`: the digits after `point` are the decimals
                    tok.end, tok.value = pm.end(), float(f"{int(v)}." + "".join(
                        str(self.lex.word_values[w]) for w in pm.group("d").lower().split()))
                out.append(tok)
        if "half" in low:  # `one and a half years`, `2 and a half million`
            for t in out:
                m = _AND_A_HALF.match(text, t.end)
                if m and t.value == int(t.value):
                    # (half of the scale a number's words end with: `a million and a half` is 1,500,000,
                    # `a dozen and a half` 18)
                    scale = _scale_of(text, t, self.lex) if t.words else 1
                    if t.words and scale == 1 and text[t.start:t.end].lower().endswith("dozen"):
                        scale = self.lex.digit_scales["dozen"]
                    t.end, t.value = m.end(), t.value + 0.5 * scale
        if not text.isascii() and _VULGAR_ANY.search(text):  # `2½ years`, `½ of the staff`
            joined = set()
            for t in out:
                m = _VULGAR_AFTER.match(text, t.end)
                if m and not t.words and t.value == int(t.value) and "." not in text[t.start:t.end]:
                    t.end, t.value = m.end(), t.value + _VULGAR[m.group("f")]
                    joined.add(m.start("f"))
            for m in _VULGAR_ANY.finditer(text):
                if m.start() not in joined and free(m.start()):
                    out.append(NumberToken(m.start(), m.end(), _VULGAR[m.group()], False, fraction=True))
        out.sort(key=lambda t: t.start)
        if "(" in text:
            _join_restated(text, out)
        return out

    def _numbers(self, pc: ParsedCable, text: str, low: str, taken, blocked) -> list[Candidate]:
        toks = self._number_tokens(text, low, taken)
        out: list[Candidate] = []
        i = 0
        used_until = -1
        while i < len(toks):
            t = toks[i]
            if t.start < used_until or blocked(t.start, t.end):
                i += 1
                continue
            if (i and not t.words and t.end - t.start >= 2 and text[t.start:t.end].isdigit()
                    and t.start - toks[i - 1].end < 24
                    # (after a figure: `ROOM 300 COVERS 15 PROJECTS` names no model after an identifier)
                    and out and out[-1].start <= toks[i - 1].start < out[-1].end
                    and (mn := _MODEL_NAME.fullmatch(text, toks[i - 1].end, t.start))
                    and text[toks[i - 1].end - 1].isalnum() and self.lex.unit_info(mn.group("n")) is None
                    and mn.group("n") not in self.lex.cur_before and mn.group("n").lower() not in self.lex.item_stops
                    and squash(mn.group("n").lower()) not in self.lex.scales  # (`9.2 MILLION 60-KILO BAGS`)
                    and not (mn.group("n").isupper() and _VERB_LIKE.fullmatch(mn.group("n")))
                    and not (self.lex.clock_after_rx is not None and self.lex.clock_after_rx.match(text, toks[i - 1].end))  # (`at 0900 GMT 200 people`)
                    # (nor before a currency or a unit: `11,000 Haitiansat 180 gourdes`, a space lost)
                    and not self.lex.cur_after_rx.match(text, t.end) and not self.lex.unit_rx.match(text, t.end)):
                i += 1  # `five Bell 412 helicopters`, `two Boeing 737 aircraft`: after a count and a name, a model
                continue
            if (not t.words and i + 1 < len(toks) and not toks[i + 1].words and toks[i + 1].start - t.end < 8
                    and _TALLY_JOIN.fullmatch(text, t.end, toks[i + 1].start)
                    and (toks[i + 1].value <= t.value or _VOTE_RIGHT_BEFORE.search(text, max(0, t.start - 30), t.start))
                    and text[t.start:t.end].replace(",", "").isdigit() and text[toks[i + 1].start:toks[i + 1].end].replace(",", "").isdigit()
                    and _VOTE_BEFORE.search(text, max(0, t.start - 40), t.start)
                    and _TALLY_END.match(text, toks[i + 1].end)):
                i += 2  # `passed the bill 245 to 188`, `by a vote of 60 to 39`: a tally, as `98-0` is, no figure
                continue
            c = self._candidate(pc, text, toks, i)
            if (c is not None and ("\n" in text[t.end:c.end] or c.item and _LINE_END.match(text, t.end))
                    and (cell := self._row_end(text, t)) is not None):
                # (the last cell of a table's row reads nothing on the next line: `9.2   7.5\nCedi per USD`,
                # `16.8   1.5\nTRADE BALANCE`)
                c = self._candidate(pc, text[:cell], toks, i)
            if c is not None:
                out.append(c)
                used_until = c.end
            elif not t.words and i + 1 < len(toks) and toks[i + 1].start == t.end + 1 and text[t.end] == "-":
                i += 1  # `P.L. 110-161`: the number joined to one that is no figure is none either
                while (i + 1 < len(toks) and toks[i + 1].start == toks[i].end + 1 and text[toks[i].end] == "-"
                       and not toks[i + 1].words):
                    i += 1  # (and the rest of a chain: `a 15-10-5 formula`)
            i += 1
        return out

    def _candidate(self, pc: ParsedCable, text: str, toks: list[NumberToken], i: int) -> Candidate | None:
        t = toks[i]
        L = self.lex
        s, e, value = t.start, t.end, t.value
        before = text[max(0, s - 60):s]
        after = text[e:e + 80]
        flags: list[str] = []
        parts = 1
        glued_before = not t.words and bool(before) and not before[-1].isspace()
        if not t.words:
            # The cheap test of each pair comes first: most numbers stand after a space.
            if (glued_before and _GLUED_BEFORE.search(before)
                    or _GLUED_AFTER.match(after) and not (after[0] == "/" and L.fx_rx.match(after))):
                if not L.cur_before_rx.search(before):
                    return None  # (`15/MAR`, `4/LT`; but `80.5/USD`, a rate against a currency)
            if _ORDINAL.match(after):
                return None  # ordinal
            if e - s <= 2 and _FOOTNOTE_MARK.match(after):
                return None  # `Exports 1/`, `1/ Goods only`: the mark of a table's footnote
            if e - s >= 5 and text.find(".", s, e - 2) != -1 and _COORDINATE_AFTER.match(after) and _DECIMAL_DEGREES.fullmatch(text, s, e):
                return None  # `33.3128 N, 44.3615 E`: a position in decimal degrees
            if s in self._para_starts and (_ITEM_CLOSE.match(after) or after.startswith((" (", "\t("))):
                return None  # the number of a paragraph found in sequence
            if (value < 30 and text[s:e].isdigit() and _ITEM_OPENS.match(after)
                    and before.rfind("(") <= before.rfind(")")):
                return None  # `... sustained coca 2) The USG asked`: the number of an item of a list
            if value < 30 and before.endswith("(") and _ITEM_OPENS.match(after) and (
                    _PARA_NUM.search(before[:-1]) or _AFTER_SENTENCE.search(before[:-1])):
                return None  # `(2) The USG asked` opening a line (or a sentence, as lost line breaks leave it): likewise
            if glued_before and text[s] == "0" and e - s > 1 and text[s + 1].isdigit():
                return None  # `COP09`, `FY09`: a code and a year cut to two digits, no amount
            if value == 0 and e - s > 1 and not text[s:e].strip("0"):
                return None  # `(000 MT)`: the thousands a table's figures are written in
            if (_ITEM_CLOSE.match(after) and e - s <= 3 and text[s:e].isdigit() and _PARA_NUM.search(before)
                    and not (after.startswith(")") and before.rfind("(") > before.rfind(")"))  # (`(down from\n90)`)
                    # (`Congress took\n71. Some`: a sentence wrapped, unless the paragraphs found in
                    # sequence start there)
                    and (s in self._para_starts or not _GOES_ON.search(before))
                    # (`the total reached\n13.` ending the block: no paragraph is empty)
                    and not _ENDS_BLOCK.match(after)):
                return None  # paragraph or item number
            if (value < 100 and rx.match(r"\)\s", after) and rx.search(r"(?r)(?i)(?:[:;,]|\band|\bor)[ \t]*\(?\Z", before)
                    and not _LABEL_IN_BRACKETS_BEFORE.search(before)):  # (not a value after a year's label: `20 (2008: 18)`)
                return None  # an item of a list inside a sentence: `the ability to: 1) leave ..., and: 2) ...`
            if before and before[-1] in "\"\u201c" and after and after[0] in "\"\u201d":
                return None  # `radio station "105"`: a number alone in quotes is a name
            if _CITATION_AFTER.match(after) or glued_before and (before.endswith(")(") or before.endswith("(") and before[-2:-1].isalnum()):
                return None  # `INA 212(a)(3)(B)`, `Section 620(q)`, `Article 5(1)`: a provision of a law
            if glued_before and rx.search(r"(?r)\d:\Z", before):
                return None  # the minutes or seconds of a time: `09:44:00`
            if value < 100 and (pm0 := rx.match(r"\.[ \t]+(?:(?P<mark>\([A-Z]{1,4}(?:/[A-Z]{1,4})?\)[ \t])|[A-Z(](?P<lower>[a-z])?)", after)) and (
                    pm0.group("mark") and not t.words and text[s:e].isdigit() or (pb := rx.search(
                        r"(?r)(?:[.:;]|-{3,}|(?P<caps>[A-Z]{4,}))[ \t]+\Z", before)) and (not pb.group("caps") or pm0.group("lower"))
                    # (after a heading run into the text: `Interdiction Statistics 1. Jan. - Nov. 2009`)
                    or value < 30 and text[s:e].isdigit() and (rx.search(r"(?<![\w,;:])[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]+\Z", before)
                                                                   # (in a cable in capitals: `INTERDICTION STATISTICS 1. JAN.`)
                                                                   or rx.search(r"(?<![\w,;:])[A-Z]{4,}[ \t]+[A-Z]{4,}[ \t]+\Z", before)
                                                                   and not any(ch.islower() for ch in before))) and (
                    # (one after the first only after the one before it: `since the war began: 3.
                    # Iraqi civilian deaths` ends a sentence)
                    pm0.group("mark") or value == 1 or not text[s:e].isdigit() or self._numbered_before(text, int(value) - 1, s)):
                # a paragraph number inside a line: `------- 1. The Board`, `SUMMARY 1. The`; in a
                # cable in capitals, `TOOK 71. SOME` ends a sentence
                return None
            if glued_before and rx.search(r"(?r)\b[A-Z]\.\Z", before):
                return None  # `H.1`
            if e - s == 5 and L.postal_rx is not None and L.postal_rx.search(before) and text[s:e].isdigit() and not _GLUED_AFTER.match(after):
                return None  # `Washington, DC 20520`: a postal code
            if (i + 1 < len(toks) and text.startswith("-", e) and toks[i + 1].start == e + 1 and not toks[i + 1].words
                    and text[s:e].isdigit() and e - s <= 3
                    and text[toks[i + 1].start:toks[i + 1].end].isdigit() and not L.unit_rx.match(text, toks[i + 1].end)
                    and (toks[i + 1].value <= value or _VOTE_RIGHT_BEFORE.search(text, max(0, s - 30), s))):
                return None  # `the vote was 98-0`, `won 3-1`: a score or a tally, no figure
            if e - s >= 3 and text[s] == "0" and (text[s:e].isdigit() or text[s + 1].isdigit()):
                return None  # `0500 hours`, `0800-1700`, `002 OF 006`, `nairobi 001938`, `HS 0202.30`: the clock, a serial or a code, with its leading zeros
            if e - s == 4 and _HHMM.fullmatch(text, s, e) and self._clock_span(text, toks, i):
                return None  # `from 2200 to 0500 hours`, `between 1400 and 1700 hours`: a span of the clock
            if (L.clock_after_rx and L.clock_before_rx and _HHMM.fullmatch(text, s, e) and L.clock_before_rx.search(before)
                    and (L.clock_after_rx.match(text, e) or (_CLOCK_STATED_BEFORE.search(before) or L.clock_event_rx and L.clock_event_rx.search(before) and self._no_item_after(text, e))
                         and not L.unit_rx.match(text, e) and not _PERCENT_SIGN.match(text, e) and not L.scale_rx.match(text, e))):
                # `at 1400 hours`, `at 0513 local time`: a time of day; so is `ended at 1730` after
                # `began at 1500 hours` in its clause, and `landed at 1430`, `the meeting began at 0930`
                return None
        # `remnants number 300-500`; `detainees in custody number 19,300`, `those aged 15 and older number
        # 2.1 million`: no identifier is grouped in thousands or has a scale word
        number_verb = before.rstrip()[-6:].lower() == "number" and (_NUMBER_VERB.search(before) is not None
                                                                    or L.scale_rx.match(text, t.end) is not None
                                                                    or t.end - s <= 3 and _COLLECTIVE_NUMBER.search(before) is not None) or (
            "," in text[s:t.end] and not t.words and _GROUPED.fullmatch(text, s, t.end) is not None)
        if not number_verb and ((idm := L.id_word_rx.search(before)) and not self._verb_before_count(text, idm, e)
                                or L.id_titled_rx and (tm := L.id_titled_rx.search(before)) and not self._given_to(text, before, tm, e)
                                ) and not _PERCENT_SIGN.match(text, e) and not self._priced_in_currency(text, e) and (
                                    not L.scale_rx.match(text, e)) and not self._time_after(text, e):
            # (`contract 1.8%`: no identifier is a percent, `ID 69 trillion` none in millions, `the
            # second round 2 weeks later` none a time, `EO 850 PER DOLLAR` none a price of a currency)
            return None
        # (the cheap test of each pair first: most numbers stand after no list, age or share)
        if i and toks[i - 1].end > s - 8 and not t.words and self._listed_after_id(text, toks, i):
            return None  # `UNSCR 1737, 1747 and 1803`
        if _is_age(text, before, e, value):
            return None
        if value == 1 and i + 1 < len(toks) and _IN_NEXT.fullmatch(text, e, toks[i + 1].start):
            return None  # `1 in 5 attacks`: a share, not a count
        if (value in _RATE_BASES and i and toks[i - 1].end > s - 40 and before.rstrip()[-3:].lower() == "per"
                and _PER_BASE.fullmatch(text, toks[i - 1].end, s)):
            return None  # `74 per 1,000 live births`, `42 per 100 inhabitants`: what a rate is counted in, no figure
        if (i + 1 < len(toks) and toks[i + 1].start - e < 20 and _OUT_OF.fullmatch(text, e, toks[i + 1].start)
                or i and toks[i - 1].end > s - 20 and _OUT_OF.fullmatch(text, toks[i - 1].end, s)):
            return None  # `nine out of ten farmers`, `3 out of every 4`: a share, not two counts
        # Glued scale or unit letters: `2.5M`, `5kg`, `10bn`; other letters make it an identifier.
        glued = _LETTERS.match(after)
        pence = scaled = False
        if glued and not t.words:
            g = glued.group()
            if g not in L.scale_letters and len(g) > 1 and g.isupper() and g.lower() in L.scale_letters:
                g_scale = L.scale_letters[g.lower()]  # (`USD 1.2BLN`: a cable in capitals)
            else:
                g_scale = L.scale_letters.get(g)
            if g_scale and g.lower() == "mm" and L.caliber_rx is not None and L.caliber_rx.match(text, e + len(g)):
                return None  # `120MM MORTARS`: the bore of a weapon, no millions
            if (g_scale and g in ("m", "M") and not glued_before and L.meters_before_rx is not None and L.meters_before_rx.match(text, e + 1)
                    and not L.cur_before_rx.search(before)):
                g_scale = None  # `a 300m runway`, `300m long`: meters, which the unit's forms read; `40m units` are millions
            if g_scale and g in ("B", "M", "b") and not glued_before and not L.cur_before_rx.search(before) and not (
                    L.cur_after_rx.match(text, e + 1) or L.unit_rx.match(text, e + 1)) and text[s:t.end].isdigit():
                # `a Long March 3B`, `the 2M plan`: a capital glued to a whole number names a thing; `$3B` is
                # billions, and so is `1.5M people`: no thing is named with a fraction
                return None
            if g_scale and not rx.match(r"[A-Za-z]+\w", after[len(g):]):
                value *= g_scale
                e += len(g)
                scaled = True
                after = text[e:e + 80]
            elif g in ("p", "P") and not (after[1:2].isalnum() or after[1:3].lower() == ".m") and (
                    L.currency_by_post("pounds", pc.post) == ("GBP", True)):
                pence, e = True, e + 1  # `4p a litre`, `112.5p` in a cable from Britain: pence
                after = text[e:e + 80]
            elif L.unit_info(g) is None and g.lower() not in L.cur_after:
                return None
        # Scale word: `7.59 million`, `3\nmillion`.
        rough_q = None
        # `USD 20-plus million`: a rough number before its scale word
        if not t.words and text[e:e + 1] in _ROUGH_FIRST and (rough := _ROUGH_AFTER.match(text, e)) and L.scale_rx.match(text, rough.end()):
            rough_q = "at_least" if rough.group("plus") else "approx"
            e = rough.end()
        if self._digit_scales and not t.words and (dm := L.digit_scale_rx.match(text, e)):
            value *= L.digit_scales[dm.group(1).lower()]
            e, scaled = dm.end(), True
        sm = L.scale_rx.match(text, e)
        if (sm and not t.words and t.value < 1000 and squash(sm.group(1).lower()) in L.comma_decimal_scales
                and _THOUSANDS_STOP.fullmatch(text, s, t.end)):
            value *= 1000  # `Bs. 1.500 millones`: in the languages that write `millones`, a full stop groups thousands
        last_scale = None
        while sm:  # `1.47 lakh crore`: scale words multiply
            value *= L.scale(sm.group(1))
            e = sm.end()
            scaled, last_scale = True, sm.group(1)
            sm = L.scale_rx.match(text, e)
        if (last_scale and squash(last_scale.lower()) in L.comma_decimal_scales and (de := _DE_AFTER.match(text, e))
                and (L.cur_after_rx.match(text, de.end()) or L.unit_rx.match(text, de.end()))):
            e = de.end()  # `3 billones de pesos`, `1.7 millones de toneladas`, `2 milliards de dollars`: the unit after `de`
        if (not scaled and not t.words and (mm := _MONEY_MM.match(text, e) or _MONEY_MM_GLUED.match(text, e))
                and (cm := L.cur_after_rx.match(text, mm.end()))
                and (text[mm.end():mm.end() + 1] in " \t\n" or cm.end() - mm.end() == 3 and cm.group() in L.currency_codes)):
            # `50 M USD`, `20 MM dollars`, `2.3 MUSD`, `450 kEUR`: a scale's letters before the currency
            value *= _MONEY_SCALE[mm.group("s")]
            e, scaled, last_scale = mm.end(), True, mm.group("s")
        if (t.words and last_scale and i + 1 < len(toks) and toks[i + 1].words and 0 < toks[i + 1].start - e <= 8
                and _WORDS_JOIN.fullmatch(text, e, toks[i + 1].start)):
            # `one million five hundred thousand dollars`, `two million, three hundred thousand`: the
            # words of a smaller part after the scale word are the same number's
            nxt = toks[i + 1]
            part, pe = nxt.value, nxt.end
            while (psm := L.scale_rx.match(text, pe)) is not None:
                part, pe = part * L.scale(psm.group(1)), psm.end()
            if part < L.scale(last_scale):
                value, e = value + part, pe
        if (last_scale and text.startswith(".", e) and not last_scale.lower().endswith(_WHOLE_SCALE_ENDS)
                and (wm := _UNIT_WORD_AFTER.match(text, e + 1))
                and (L.unit_info(wm.group(1)) is not None or (w := wm.group(1).lower()) in L.cur_after or w in L.by_country)):
            e += 1  # (`450 thous. tons`, `3.4 bln. rubles`: a scale word cut short, then the unit)
        # Currency before: `$40`, `S/35,000,000`, `USD 7.59 million`, `U.S. DOLLARS (USD) 7.59`.
        cur = None
        start = s
        cm = L.cur_before_rx.search(before) or L.code_glued_rx.search(before)
        # (a one-letter symbol, `N148.5`, `R20 million`, is a currency only glued to the amount, or
        # before an amount with a scale word or cents in a cable from a place where it is one: `R
        # 5.4 billion` from Pretoria, but not `Grade R 20 pupils`)
        # (a symbol the post does not settle may be settled by the one country the sentence names)
        sentence = self._sentence_before(text, s) if cm and L.by_place(cm.group("cur")) else None
        if cm and not ((len(cm.group("cur")) == 1 and cm.group("cur").isalpha() or cm.group("cur") in L.needs_amount)
                       and before[-1:] != cm.group("cur")[-1:]
                       and not (cm.group("cur").isupper() and (scaled or "." in text[s:t.end] or "," in text[s:t.end]
                                                               or _symbol_repeats(text, before, e, cm.group("cur"))
                                                               # (`L 2-3 BILLION`: the range's scale word)
                                                               or (rs := _RANGE_TO_SCALE.match(text, e)) and L.scale_rx.match(text, rs.end())
                                                               # (`costs Q 450`: after a word in lower case, where a
                                                               # letter that names, `Grade R 20`, follows a name)
                                                               or _LOWER_WORD_BEFORE.search(before, 0, cm.start("cur")))
                                and L.currency_by_post(cm.group("cur"), pc.post, sentence)[1])):
            surface = cm.group("cur")
            if surface.isalpha() and len(surface) <= 3 and surface.islower():
                cm = None
            if cm:
                cur = L.cur_before.get(squash(surface)) or L.cur_before.get(surface)
                by_post, guessed = L.currency_by_post(surface, pc.post, sentence)
                if guessed and by_post:  # `Rs` in a cable from Islamabad is Pakistani rupees
                    if sentence and L.currency_by_post(surface, pc.post)[0] != by_post:
                        flags.append("currency from the sentence")  # (`Malawi's ADMARC buys at MK 40 per kg`)
                    elif by_post != cur or len(surface.rstrip(".")) == 1:
                        flags.append("currency from the post's country")  # (not `LE` in Cairo: the symbol says it)
                    cur = by_post
                elif by_post is None and L.post_only(surface) and (glued_before or len(surface.rstrip(".")) == 1):
                    if glued_before:
                        return None  # `N7` outside Nigeria is a road or a code, not naira
                    cur, cm = None, None  # `Section L. 5` outside Italy: no lire
                elif by_post is None and L.post_only(surface) and not (scaled or "." in text[s:t.end] or "," in text[s:t.end]):
                    cur, cm = None, None  # `Mk 19` outside Malawi is a model, no kwacha (`DA 3,000 billion` is dinars anywhere)
                if cm and glued_before and len(surface) == 1 and surface.isalpha() and e - s == 1 and not scaled:
                    return None  # `Q3`, `W3`: a letter glued to one digit is a code, a quarter or a name, not money
                if cm and glued_before and surface in L.needs_amount and not (scaled or "." in text[s:t.end] or "," in text[s:t.end]):
                    return None  # `M16 rifles` in Lesotho: a model, where `M 8 billion` is maloti
                if (cm and glued_before and len(surface) == 3 and surface.isalpha() and surface.isupper() and e - s <= 2 and not scaled
                        and not self._priced_in_currency(text, e)):
                    return None  # `COP15`, the fifteenth conference of the parties: a code glued to one or two digits names a
                    # thing (not one against a currency: `KSH80/USD`, `KSH80 PER DOLLAR` in a cable in capitals)
            if cm:
                start = s - (len(before) - cm.start())
                # `USD $1 million`: a second currency word before the symbol.
                prev = L.cur_before_rx.search(text[max(0, start - 12):start])
                if prev and L.cur_before.get(prev.group("cur")) == cur:
                    start -= len(text[max(0, start - 12):start]) - prev.start()
        if (cm is None and not glued_before and L.cur_name_before_rx is not None and (wm := L.cur_name_before_rx.search(before))
                and not _PERCENT_SIGN.match(text, e) and not ((um0 := L.unit_rx.match(text, e)) and (um0.group("u") or um0.group("cs")))):
            # `PESOS 120 MILLION`, `Soles 5 million`: a currency's name before the amount (not the
            # end of the amount before it: `5 million pesos 3 years ago`)
            head = before[:wm.start()].rstrip()
            last = head.rsplit(None, 1)[-1].lower() if head else ""
            code, guessed = L.currency_by_post(wm.group("cur"), pc.post)
            doubt = "currency from the post's country" if guessed else None
            if guessed and not code and not L.post_only(wm.group("cur")):
                code = squash(wm.group("cur").lower())  # (as after an amount: `PESOS` from no known post)
                doubt = "currency unknown for this post"
            if code and not (head and (head[-1].isdigit() or squash(last) in L.scales)):
                cur, start = code, s - (len(before) - wm.start())
                flags += [doubt] if doubt else []
        if cur and not scaled and (mm := _MONEY_MM.match(text, e)):
            value *= _MONEY_SCALE[mm.group("s")]  # `USD 2.5 MM`, `US$ 2.5 M`: millions in money; after a bare number, `155 MM` is millimeters
            e = mm.end()
            scaled = True
        # Range: `20-33`, `6 TO 10`, `four or five`, `$30-35`.
        value_max = None
        je = e  # where the joint of a range starts
        if (i + 1 < len(toks) and toks[i + 1].start - e < 24 and (pj := _PERCENT_SIGN.match(text, e))
                and _PERCENT_SIGN.match(text, toks[i + 1].end)):
            je = pj.end()  # (`45%-50%`, `10 percent to 15 percent`: the unit written after both)
        rm = _RANGE_JOIN.match(text[je:je + 16])
        if rm and je > e and rm.group("j").lower() == "or":
            rm = None  # (`5% or 10%`: two rates, one or the other)
        if rm and rm.group("j") in ("-", "\u2013") and _SIGNED_CELL.match(text, je):
            rm = None  # (`15     -31.8` in a table: the next cell, below zero)
        if rm and rm.group("cur") and not rm.group("cur").startswith(("$", "US$", "S/")) and (
                cur is None or (L.cur_before.get(rm.group("cur").strip())
                                or L.currency_by_post(rm.group("cur").strip(), pc.post)[0]) != cur):
            # (`Rs 800 billion to Rs 1 trillion`: only the currency of the first repeats; letters
            # that name none are the next word: `FIVE AND TEN`)
            rm = _RANGE_JOIN_BARE.match(text[je:je + 16])
        # (`between -1 and 2 percent`, `-3 to -1 degrees`: signs below zero, where a percent or a
        # degree follows, which alone read a minus)
        signs = (False, False)
        if (rm and i + 1 < len(toks) and not t.words and "-" in text[max(0, start - 1):toks[i + 1].start]
                and _SIGNED_UNIT.match(text, toks[i + 1].end)):
            at = je + rm.end()
            signs = (_MINUS_BEFORE.search(before) is not None and rm.group("j") not in ("-", "–"),
                     text[at:at + 1] in _MINUS_SIGNS and toks[i + 1].start == at + 1 and text[at - 1].isspace())
        if rm and i + 1 < len(toks) and toks[i + 1].start == je + rm.end() + signs[1]:
            opener = rx.search(r"(?r)(?i)\b(from|between)[ \t]*(?:\n[ \t]*)?(?:\S+" + GAP + r"|[-\u2212])?\Z", text[max(0, start - 25):start])
            nxt = toks[i + 1]
            joiner = rm.group("j").lower()
            if signs[0] or signs[1]:
                ok = (-nxt.value if signs[1] else nxt.value) > (-t.value if signs[0] else t.value)
            else:
                # (a number under ten in words and one over it in digits, as most style guides write
                # them: `from four to 15 years`)
                ok = nxt.value > t.value and (nxt.words == t.words or t.words and t.value < 10 <= nxt.value)
            literal = False  # the second's scale word is its own, not the first's too
            if not ok and not t.words and not nxt.words and (sm4 := L.scale_rx.match(text, nxt.end)):
                # `800 billion to 1 trillion`, `PHP 500,000 to PHP 2 million`
                ok = literal = nxt.value * L.scale(sm4.group(1)) > value and (scaled or t.value >= 1000)
            if joiner == "and" and not (opener and opener.group(1).lower() == "between"):
                ok = False
            if joiner == "to" and opener and opener.group(1).lower() == "from" and not _RANGED_FROM.search(
                    text, max(0, start - 45), start):
                ok = False  # `from 6 to 12`: a change, two figures; but `ranged from 6 to 12` is a range
            by_change = False
            if joiner == "to" and ((ratio := (nxt.value * L.scale(sm4.group(1)) / value if literal and value
                                              else nxt.value / t.value if t.value else 0)) > 5 and (
                    _BY_BEFORE.search(text, max(0, start - 12), start)) or ratio > 10 and _CHANGED_BEFORE.search(text, max(0, start - 30), start)
                    and not _PERCENT_SIGN.match(text, nxt.end)
                    or (ratio > 3 and not _round(t.value) or ratio > 2 and not _as_round(t.value, nxt.value))
                    and _BY_BEFORE.search(text, max(0, start - 12), start)):
                # `rose by 15,000 to 230,000`, `unemployment rose 155,000 to 3.42 million`: the change,
                # then the new level (but `prices rose 2 to 25 percent`, by product, is a range); so
                # is `augmented by USD 3.2 billion to USD 11.3 billion`: no range starts at so odd a number,
                # nor ends at one far less round than its start (`raise its contingent by 1,000 to 3,800`,
                # `employment dropped by 40,000 to 114,000`)
                ok, by_change = False, True
            shorthand = 1
            if ok and t.words and nxt.words:
                # `between ten and twenty thousand`, `three or four hundred`: the scale word that
                # ends the second number is the first's too, where the first has none or a smaller one
                scale = _scale_of(text, nxt, L)
                if scale > 1 and _scale_of(text, t, L) < scale and t.value < nxt.value / scale:
                    shorthand = scale
            if ok and joiner in ("-", "–", "to") and not t.words and t.value < 1000 and text[s:t.end].isdigit():
                # `15-20,000 people`, `3-4,000 families`: the first number leaves out the thousands
                groups = text[nxt.start:nxt.end].count(",")
                if groups and nxt.value % 1000 ** groups == 0 and t.value * 1000 ** groups < nxt.value:
                    shorthand = 1000 ** groups
            # letters glued to the second: a scale (`5-10m`), a unit (`5-10km`), or part of a name (`110-161A`)
            glued2 = _LETTERS.match(text, nxt.end)
            g2_whole = glued2 is not None and not text[glued2.end():glued2.end() + 1].isalnum()
            g2_scale = L.scale_letters.get(glued2.group()) if g2_whole else None
            if joiner in ("-", "–") and (nxt.value > t.value * shorthand * 20 or glued2 and not g2_scale and (
                    not g2_whole or L.unit_info(glued2.group()) is None)):
                ok = False
            if not ok and joiner == "to" and (opener and opener.group(1).lower() == "from" or by_change) and not scaled:
                # `from 15 to 20 million`, `from five to ten thousand`, `by 3.2 to 11.3 billion`: a
                # change whose second number carries the scale of both, where the two are of a size
                sm3 = None if nxt.words else L.scale_rx.match(text, nxt.end)
                nscale = L.scale(sm3.group(1)) if sm3 else _scale_of(text, nxt, L) if nxt.words else 1
                base = nxt.value / nscale if nxt.words else nxt.value
                if nscale > 1 and base / 20 <= t.value <= base * 20 and (not t.words or _scale_of(text, t, L) == 1):
                    value *= nscale
            sm2 = L.scale_rx.match(text, nxt.end) if ok else None
            scale2 = L.scale(sm2.group(1)) if sm2 else 1
            if ok and not sm2 and self._digit_scales and not nxt.words and (sm2 := L.digit_scale_rx.match(text, nxt.end)):
                scale2 = L.digit_scales[sm2.group(1).lower()]  # `3 or 4 hundred people`
            if ok and scaled and not sm2 and not g2_scale and L.unit_rx.match(text, nxt.end):
                ok = False  # `1.2 MILLION OR 5.6 PERCENT`: the second number has a unit of its own
            if ok and scaled and not sm2 and not g2_scale and (nxt.value > t.value * 20 or joiner == "to" and not self._no_item_after(text, nxt.end)
                                                              and not L.unit_rx.match(text, nxt.end) and not self.lex.rate_rx.match(text, nxt.end)):
                ok = False  # `disbursed FCFA 2.5 billion to 340 cooperatives`, `awarded USD 10 million to 18 provinces`: no end of the first's size
            if ok:
                value *= shorthand
                vmax = nxt.value
                e2 = nxt.end
                if g2_scale and not sm2 and not scaled:  # `US$ 5-10m`
                    vmax *= g2_scale
                    value *= g2_scale
                    e2 = glued2.end()
                elif sm2:
                    vmax *= scale2
                    e2 = sm2.end()
                    if not scaled and not literal:
                        value *= scale2
                elif scaled:
                    vmax *= value / t.value if t.value else 1
                    if g2_scale:  # `$20m-$25m`: the scale written after both
                        e2 = glued2.end()
                value_max, e = vmax, e2
        # What follows: percent, currency, unit, or a counted noun.
        kind = None
        unit = None
        per = None
        info = None
        rule = ""
        # `50-plus percent`, `40-odd tons`: a rough number before its unit
        if not t.words and rough_q is None and (rough := _ROUGH_AFTER.match(text, e)) and (L.unit_rx.match(text, rough.end())
                                                                       or L.cur_after_rx.match(text, rough.end())):
            rough_q = "at_least" if rough.group("plus") else "approx"
            e = rough.end()
        um = L.unit_rx.match(text, e)
        if um and text.startswith("   ", e) and _CELL_GAP.match(text, e) and not pc.repaired.page_break_at(e):
            um = None  # (`1976      PERCENT CHANGE`: a table's cells, the next a head)
        if (um and value > L.unit_max_floor and um.group("u") and (ui := L.unit_info(um.group("u").strip()))
                and ui.max_value is not None and value > ui.max_value):
            um = None  # (`3,000 degrees awarded`: no temperature; what is counted)
        hm = L.hyphen_unit_rx.match(text, e)
        am = L.cur_after_rx.match(text, e)
        if am and text.startswith("   ", e) and _CELL_GAP.match(text, e) and not pc.repaired.page_break_at(e):
            am = None
        if am and not scaled and L.currency_verb_after and (verb := L.currency_verb_after.get(squash(am.group("cur").lower()))) and verb.match(text, am.end()):
            am = None  # `the 110 won by the Nepali Congress`: a verb (`4.5 trillion won by year-end` is money)
        if am and (not um or am.end() >= um.end()):
            code, guessed = L.currency_by_post(am.group("cur"), pc.post)
            if (pc.post is None and code is not None and not guessed and L.by_place(am.group("cur"))
                    and (named := L.currency_by_post(am.group("cur"), None, self._sentence_before(text, s)))[1] and named[0] != code):
                code = named[0]  # (`In Pakistan a call costs 5 rupees`, in a text of no known post: the one country the sentence names)
                flags.append("currency from the sentence")
            elif code is None and guessed and (named := L.currency_by_post(am.group("cur"), pc.post, self._sentence_before(text, s))[0]):
                code = named  # (`Colombia spent 6.5 trillion pesos`, from Lima: the one country the sentence names)
                flags.append("currency from the sentence")
            elif code is None and not guessed and L.named_in_sentence and (
                    named := L.currency_named_in(am.group("cur"), self._sentence_before(text, s))):
                code = named  # (`THE UK PLANS A CUT OF 230 MILLION POUNDS`, from NATO)
                flags.append("currency from the sentence")
            elif code is None and guessed:
                flags.append("currency unknown for this post")
                code = am.group("cur").strip().lower()
            elif guessed:
                flags.append("currency from the post's country")
            dollar_sign = cm is not None and cm.group("cur") == "$"
            if code is None:
                pass  # `pounds` outside the places where it is a currency
            elif cur and cur != code and not (dollar_sign and code.isupper()):
                pass  # `S/35,000,000 (12,411,348 USD)`: the later code belongs to the next figure (but the
                # peso sign is a dollar's: `$8.50 pesos` in Mexico)
            else:
                if not cur and (n := L.subunit(am.group("cur"), code)):
                    value /= n  # `54 cents`: 0.54 of the currency
                    parts = n
                    value_max = value_max / n if isinstance(value_max, (int, float)) else value_max
                cur = code if dollar_sign else cur or code
                e = am.end()
        if pence and not cur:
            cur, value, parts = "GBP", value / 100, 100
        if not (cur or um or hm) and "(" in text[e:e + 4] and (
                paren := _PAREN_CODE.match(text, e)) and L.cur_before.get(paren.group("c")) == paren.group("c"):
            cur, e = paren.group("c"), paren.end()  # `3.5 billion (USD)`: the currency's code in brackets after the amount
        if cur:
            kind, unit, rule = "money", cur, "money"
            if not scaled and value_max is None and not t.words and _THOUSANDS_STOP.fullmatch(text, s, t.end):
                if cur in L.three_decimals:
                    if t.value >= 1000:
                        value /= 1000  # `KD 1.000`: one dinar, where the number alone read `.000` as thousands
                elif t.value < 1000 and (not (pm := L.rate_rx.match(text, e))
                                         or L.rate_unit(pm.group("r")) in L.currency_codes):
                    # `50.000 pesos`: an amount is counted to no thousandths (a price may be: `$1.125
                    # a gallon`; not a price of a dollar: `Rp 12.500 per dollar`)
                    value = round(value * 1000)
        elif um or hm:
            mm = um or hm
            surface = mm.group("u") if mm.group("u") else (mm.group("pct") or mm.group("cs"))
            if surface.strip() == "%":
                info = L.units["%"]
            else:
                info = L.unit_info(surface.strip()) or L.unit_info(squash(surface.strip()))
            if info is None:
                return None
            if info.kind == "duration" and rx.match(r"(?i)[ \t]*(?:-|\s)olds?\b|\s+of\s+age\b", text[mm.end():mm.end() + 12]):
                return None  # an age: `45 years old`, `under 18 years of age`, `15-24 year olds`, `14 year-olds`
            if info.kind == "percent" and value > 1000:
                flags.append("implausible percent")
            kind, unit, per = info.kind, info.unit, info.per
            if (not scaled and value_max is None and t.value < 1000 and surface.strip().lower() in L.thousands_stop_forms
                    and _THOUSANDS_STOP.fullmatch(text, s, t.end)):
                value = round(value * 1000)  # `2.300 hectáreas`: a full stop groups thousands in Spanish
            # (`450 MB/D` is thousands of barrels a day, as the oil trade writes M; `1.2 MB/D` millions)
            scale = info.scale_above[1] if info.scale_above and value > info.scale_above[0] else info.scale
            value *= scale
            if value_max is not None:
                value_max *= scale
            rule = info.rule + ("-hyphen" if mm is hm and not um else "")
            if mm is hm and not um and info.base_unit == "m":
                # `20-foot containers`, `12-inch guns`: the size of a thing more often than a figure.
                flags.append("a length naming the size of a thing")
            if mm is hm and not um and _TITLE_COMPOUND.match(text, s):
                return None  # `the 11th Five-Year Plan`: part of a name
            if info.base_unit == "m" and L.caliber_rx is not None and L.caliber_rx.match(text, mm.end()):
                return None  # `120mm mortars`, `155 MM HOWITZERS`: the bore of a weapon
            e = mm.end()
            if mm.group("u") and (of := _OF_END.search(text, mm.start("u"), e)):
                e = of.start()  # (`pounds of` names the weight; the figure ends before `of`)
        # Rate: `per hectare`, `a barrel`, `/tcm`, `A QUARTER`.
        if kind == "duration" and per is None and (pm := L.rate_rx.match(text, e)):
            # `4 hours a day`, `five days a week`: a time in each longer time
            per = L.rate_unit(pm.group("r"))
            if per in L.time_units and per != unit:
                e = pm.end()
            else:
                per = None
        if kind == "money" and text.startswith(("/-", ".-"), e) and not text.startswith(".--", e):
            e += 2  # `Rs. 50,000/-`, `CHF 500.-`: the mark that closes an amount, as South Asia and Switzerland write it
        # (a unit's full stop that ends the sentence: `down from 8,500 ha. A kilo of ...`: no rate nor
        # what is measured after it)
        stop_ends = text[e - 1] == "." and text[e - 2].isalpha() and _SENTENCE_GOES_ON.match(text, e) is not None
        if kind in ("money", "percent", "quantity") and per is None and not stop_ends:
            pm = L.rate_rx.match(text, e)
            if pm:
                per = L.rate_unit(pm.group("r"))
                if per:
                    e = pm.end()
                    if kind == "quantity" and unit == per:
                        per = None
            elif L.amount_rate_adverb_rx and (am3 := L.amount_rate_adverb_rx.match(text, e)):  # `USD 3 million annually`, `USD 150 p.m.`
                per = L.amount_rate_adverbs[squash(am3.group("r").lower())]
                e = am3.end()
            elif kind == "money":  # `N148.5 to the dollar`, `N125/$`: a rate of exchange
                fm = L.fx_rx.match(text, e)
                if fm:
                    per = L.rate_unit(fm.group("r")) or L.fx_symbols.get(fm.group("r"))
                    if per and per != unit:
                        e = fm.end()
                    else:
                        per = None
        if (kind in ("money", "quantity") and per is None and unit != "count"
                and (text.find("per", e, e + 40) != -1 or text.find("PER", e, e + 40) != -1)
                and (pn := _PER_NOUN.match(text, e))):
            # `USD 2 per person per day`, `15 liters of water per person a day`: the rate in time after
            # one per a thing that is no unit
            per = self._time_rate_at(text, pn.end())
        if kind == "money" and per is None:
            # `COP 600,000 (about USD 300) a month`: the rate after a restatement is both amounts'
            q = None
            if (pa := _PAREN_AFTER.match(text, e)) is not None:
                q = pa.end()
            elif text.startswith(")", e) and before.rfind("(") > before.rfind(")"):
                q = e + 1
            pm = L.rate_rx.match(text, q) if q is not None else None
            if pm and (r := L.rate_unit(pm.group("r"))) is not None and r not in L.currency_codes:
                per = r  # (a time, or a unit: `AFN 5,000 (USD 100) per jerib`)
        if kind is None and not t.words and (fm := L.fx_rx.match(text, e)):
            # `the shilling traded at 62.5 to the dollar`: a rate of the currency named before it
            per = L.rate_unit(fm.group("r")) or L.fx_symbols.get(fm.group("r"))
            named = self._currency_named_before(text, start, pc, _RATE_CURRENCY_REACH)
            if per and named and named != per:
                kind, unit, rule, e = "money", named, "money-rate-named", fm.end()
                flags.append("currency from the sentence")
            else:
                per = None
        item = None
        if kind == "quantity" and unit != "count" and info is not None and not stop_ends and not (
                # (`advanced to within 40 km of Tbilisi`: a distance from a place, which it does not measure)
                info.base_unit == "m" and _WITHIN_BEFORE.search(text, max(0, start - 12), start)):
            im = _UNIT_OF.match(text[e:e + 30])
            if im:
                item, item_end = self._noun_phrase_at(text, e + im.end())
                if item and per is None:
                    # `40 tons of coal a day`, as for a count; `50 kg of urea per hectare`
                    pm = L.rate_rx.match(text, item_end)
                    rate = L.rate_unit(pm.group("r")) if pm else None
                    if rate is None:
                        per = self._time_rate_at(text, item_end)  # (`120,000 barrels of crude daily`)
                    elif rate != unit:
                        per = rate
        elif kind == "duration" and per is None and not stop_ends and (im := _UNIT_OF.match(text[e:e + 30])):
            # `8-10 hours of power a day`: the rate after what the time is of (which no field keeps)
            of, of_end = self._noun_phrase_at(text, e + im.end())
            if of and (rate := self._time_rate_at(text, of_end)) != unit:
                per = rate
        if kind is None:
            # A counted noun, or a bare number.
            if t.words and value == 0 or t.fraction and not scaled and t.value < 1:
                return None  # (`1/2 of the staff`; `2 1/2 million persons`, `4 1/3 divisions` are counts)
            if t.words and value <= 3 and before.rstrip()[-2:].lower() == "or" and _A_TIME_OR.search(before):
                return None  # `in a day or two`, `once every week or two`: a rough time, no count
            if not t.words and t.end - s == 2 and text[s] == "0":
                return None  # `Q1 08`, `June 08`: a zero-padded pair of digits is a cut year, not a count
            rough = _ROUGH_AFTER.match(text, e) if rough_q is None else None
            if rough:  # `40-odd journalists`, `500+ people`
                rough_q = "at_least" if rough.group("plus") else "approx"
                e = rough.end()
            nxt_word = _WORD.match(text, e)
            if nxt_word and text.startswith("-", nxt_word.end()) and (broken := _BROKEN_WORD.match(text, nxt_word.end())) is not None:
                nxt, nxt_end = (nxt_word.group("w") + broken.group("rest")).lower(), broken.end()  # (`one ca-\nrrying`)
            else:
                nxt, nxt_end = (nxt_word.group("w").lower(), nxt_word.end()) if nxt_word else ("", e)
            if t.words and int(value) == 1 and (not nxt or nxt in L.item_stops or nxt in L.not_after_word or (
                    L.not_after_phrase and " ".join(text[e:e + 24].lower().split()).startswith(L.not_after_phrase)) or (
                    # (`with one averaging $3 million`: `one` of them, doing something)
                    self._participle_with_object(nxt, text, nxt_end))):
                return None
            if t.words and nxt in ("of",) and rx.match(r"(?i)[ \t]*(?:\n[ \t]*)?of" + GAP + r"(?:the|them|these|those|us|its|their)\b", text[e:e + 20]):
                if int(value) == 1:
                    return None
            if t.words and rx.match(r"\s*(?:-|\s)?(?:third|fourth|fifth|half|quarter)s?\b", text[e:e + 12], regex.I):
                return None
            if _PERCENT_NEXT.match(text[e:e + 10]):
                return None
            if nxt == "times" and (_MULTIPLIER.match(text, nxt_word.end()) or (
                    _CHANGED_BEFORE.search(before) or _MULTIPLIED_BEFORE.search(before)) and not _OCCASIONS_AFTER.match(text, nxt_word.end())):
                # `three times as many`, `2.5 times higher`, `arrests rose 2.5 times`, `increased by
                # four times`: a multiplier, no count (but `rose three times in 2008` counts rises)
                return None
            if "factor" in before[-18:].lower() and _FACTOR_OF.search(before):
                return None  # `rose by a factor of three`: a multiplier, no count
            if "scale" in before[-40:].lower() and _SCALE_OF.search(before):
                return None  # `on a scale of 1 to 10`, `a scale from one to five`: the marks of a scale, no count
            if _NUMBER_WORD.search(before) and not number_verb or _ONE_IN.search(before):
                return None  # `number 5`; `one in five households`: a share, not a count
            if ((text[e:e + 8].lstrip()[:3].lower() in ("in", "in ", "in\n") or before[-6:].rstrip()[-3:].lower() in (" in", "\nin"))
                    and _in_a_ratio(text, before, e, value, L)):
                return None  # `9 in 10 Iraqis`, `three in ten households`: likewise
            if (not t.words and 15 <= value < 100 and text[s:t.end].isdigit() and _AGE_AFTER.match(text, t.end)
                    and _AGE_BEFORE.search(before)):
                return None  # `Juan Perez, 32, confessed`, `the minister, 67, resigned`: an age
            if (not t.words and 1 <= value < 15 and text[s:t.end].isdigit() and _AGE_AFTER.match(text, t.end)
                    and _CHILD_BEFORE.search(before)):
                return None  # `his son, 12, was with him`: a child's age
            hyphen = L.count_hyphen_rx.match(text, e) if L.count_hyphen_rx else None
            if hyphen:  # `a 5,000-strong force`, `the 120-member parliament`: a count of what follows
                item = self._noun_phrase(text, hyphen.end())
                if not item:
                    return None
                e = hyphen.end()
                kind, unit, rule = "quantity", "count", "count-hyphen"
            else:
                if _HYPHEN_WORD.match(text, e) or _SUSPENDED.match(text, e):
                    return None  # `12-year-old`, `3-star`: a compound adjective, not a count
                if value != 1 and nxt in self.lex.id_nouns_after and _names_a_thing(text, s, nxt_word, L.item_stops):
                    return None  # `the 505 Agreement`: a number that names a thing
                if self._streets and nxt[:1] and not t.words and text[s:t.end].isdigit() and L.street_rx.match(text, t.end):
                    return None  # `2201 C Street NW`: a house number
                item, item_end = self._noun_phrase_at(text, e)
                if not item and (mc := _MEASURED_COMPOUND.match(text, e)) and L.unit_info(mc.group("u")) is not None:
                    # `Two 500-lb bombs`, `12 107mm rockets`: what is counted after a measure of each
                    item, item_end = self._noun_phrase_at(text, mc.end())
                if item and "\n" in text[e:item_end] and _label_before(text, start) is not None:
                    item = None  # (`Seizures (kg): 16,800` over `Cocaine seized (MT): ...`: the next line's label is no item)
                elif item and item.split()[0] in L.tag_codes:
                    item = None  # `9871 PGOV,PREL`: a serial before a list of subject tags
                elif item and item.lower() in L.rate_adverbs and (ad := L.rate_adverb_rx.match(text, e)) and ad.end() >= item_end:
                    # `attacks fell to 12 daily`: an adverb of time alone is the rate, not what is counted
                    # (`300 daily newspapers` count newspapers)
                    item, per, e = None, L.rate_adverbs[squash(ad.group("r").lower())], ad.end()
                elif item:  # `1,100 cases per month`, `1.5 million containers a year`
                    per = self._time_rate_at(text, item_end)
                    if per is None and (pm := L.rate_rx.match(text, item_end)) and (u := L.rate_unit(pm.group("r"))) in L.area_length_units:
                        per = u  # (`12,000 coca plants per hectare`, `45 people per square kilometer`: a count in an area or a length)
                    if per is None and L.rate_adverb_rx and (ad := L.rate_adverb_rx.match(text, item_end)):
                        per = L.rate_adverbs[squash(ad.group("r").lower())]  # (`12 flights weekly`)
                    if per is None and (vm := _VERB_AFTER.match(text, item_end)) and ((vw := vm.group(1).lower()) in L.item_stops or vw in L.item_verbs):
                        # (`2,000 health workers emigrate each year`, `... emigrate annually`)
                        per = self._time_rate_at(text, vm.end()) or (
                            L.rate_adverbs[squash(ad.group("r").lower())] if L.rate_adverb_rx and (ad := L.rate_adverb_rx.match(text, vm.end())) else None)
                if not item:
                    bm = L.counted_before(text[max(0, start - 60):start])
                    if bm:
                        item = squash(bm.group("item"))
                    elif L.count_verb_rx and any(v in text[max(0, start - 40):start].lower() for v in L.count_verb_words) and (
                            vm := L.count_verb_rx.search(text, max(0, start - 120), start)):
                        # `Afghan refugees in the NWFP now number about 193,000`: the subject of a verb of counting
                        mods = vm.group("mod").split()
                        while mods and (mods[0].lower() in L.item_stops or _PAST_FORM.fullmatch(mods[0])):
                            mods.pop(0)
                        item = squash(" ".join(mods + [vm.group("head")]) + (vm.group("of") or ""))
                    if item and per is None:
                        per = self._time_rate_at(text, e)  # (`Deaths in the camps number about 1,400 a week`)
                if not item and start == s and before.endswith("(") and _BRACKET_ENDS_PHRASE.match(text, e) and (
                        nm := _NOUN_BEFORE_BRACKET.search(text, max(0, s - 50), s)) and not L.id_word_rx.search(text[nm.start():s - 1]) and (
                        not _FIGURE_BEFORE_BRACKET.search(text, max(0, s - 40), s)):
                    # `destroyed 167 percent more refining labs (16)`, `maceration pits (6,347);`: a number
                    # alone in brackets after a noun counts it (not after a name of a thing numbered:
                    # `paragraph (3)`, `reftel (2)`; nor after a figure's unit: `133,496 hectares (153,134)`)
                    words = nm.group("item").split()
                    k = len(words)
                    while k and words[k - 1].lower() not in L.item_stops_before_bracket and not _PAST_FORM.fullmatch(words[k - 1]):
                        k -= 1  # (the words after the last that is no part of a noun: `percent more operations`, `visited Lima`)
                    item = " ".join(words[k:]) or None
                labelled = None if item else _label_before(text, start)
                kind, unit, rule = "quantity", "count", "count-noun" if item or labelled else "count-bare"
                if rule == "count-bare" and t.words and value == 1:
                    return None  # (`one received a life sentence`: `one` alone stands for a thing named before)
                if (item and len(words := item.split()) <= 2 and (tu := L.unit_info(words[-1])) is not None and tu.kind == "duration"
                        and (_MORE_OF_A_TIME.fullmatch(text, e, item_end - len(item)) if len(words) == 1
                             else words[0].lower() in _MORE_OF_A_TIME_WORDS)):
                    # `two more weeks`, `3 additional years`, `three consecutive years`: a length of time, not a count of weeks
                    kind, unit, rule, info, item, e = "duration", tu.unit, tu.rule, tu, None, item_end
                table_unit, rest = label_unit(labelled, L, pc.post) if labelled else (None, "")
                if table_unit is not None:  # `-- Cocaine seized (kg): 5,201`: the label names the unit
                    kind, unit, info, rule = table_unit.kind, table_unit.unit, table_unit.info, "label-unit"
                    per = table_unit.per or per
                    value *= table_unit.scale
                    labelled = rest or None
                item = item or labelled
                if (L.other_calendars and not t.words and t.end - s == 4 and text[s:t.end].isdigit()
                        and L.other_calendar_year(value, pc.post, item.split()[0] if item else None,
                                                  before.rsplit(None, 1)[-1].strip("(") if before.strip() else None)):
                    return None  # `the 1388 budget` in Kabul: a year of the Solar Hijri calendar
                if t.end - s == 4 and not t.words and _FISCAL_BEFORE.search(before):
                    return None  # `fiscal year 2552` (of the Buddhist Era): a year the date rules do not read, no count
                if (not item and not t.words and t.end - s == 4 and 1000 <= value < L.year_min and text[s:t.end].isdigit()
                        and _EARLY_YEAR_BEFORE.search(before) and not text[s - 1:s] == "$"
                        and not (i + 1 < len(toks) and _SPAN_JOIN.fullmatch(text, t.end, toks[i + 1].start))):
                    # `the lowest since its founding in 1694`: a year before those the date rules look
                    # for, after a word that names a time
                    return Candidate(s, t.end, "date", str(int(value)), None, rule="date-year-early")
                if not item and kind == "quantity":
                    flags.append("bare number: what is counted is not said")
                if kind == "quantity" and not t.words and 1900 <= value <= 2099 and "," not in text[s:t.end]:
                    flags.append("four-digit number read as a count, not a year")
        if unit == "count" and item is None and per is None:  # `attacks fell from 180 per week`
            pm = L.rate_rx.match(text, e)
            per = L.rate_unit(pm.group("r")) if pm else None
            if per and pm.group("article") is not None and per not in L.time_units:
                per = None  # (`adding about 10,000 a day` is a rate; `2.6 a dollar` is none)
            if per:
                e = pm.end()
                # (the sentence's currency may stand well before its rate: `The cedi lost 22 percent
                # of its value ... in 2009, trading at 1.45 per dollar`)
                if per in L.currency_codes and (named := self._currency_named_before(text, start, pc, _RATE_CURRENCY_REACH)) and named != per:
                    kind, unit, rule = "money", named, "money-rate-named"  # `the peso closed at 2.6 per dollar`
                    flags = [f for f in flags if not f.startswith("bare number")] + ["currency from the sentence"]
            elif L.rate_adverb_rx and text[e:e + 1] in " \t\n" and (ad := L.rate_adverb_rx.match(text, e)):
                per, e = L.rate_adverbs[squash(ad.group("r").lower())], ad.end()  # (`12 flights, 45 weekly`)
        if t.words:
            flags.append("number written in words")
        # Qualifier before (possibly before the currency symbol), or after (`X or more`).
        qualifier = rough_q or "exact"
        if (qb := self._qualifier_before(text, start, kind)) is not None:
            qualifier, start = qb
        if qualifier == "exact":
            # Within 40 characters and before the clause ends: `10,000 or more`, not `10,000; or more`.
            stop = _CLAUSE_END.search(text, e, e + 60)
            am2 = L.qual_after_rx.search(text, e, stop.start() if stop else e + 60)
            # (not past another number, whose it is: `9 received sentences of 15 years or more`)
            if am2 and am2.start() - e <= 40 and not _DIGIT_RUN.search(text, e, am2.start()) and not (
                    # (`20 years plus a fine`, `50 kilos plus 3 guns`: `plus` apart from the number
                    # and before more words adds a thing; `300 plus students`, `20 years plus.` are more)
                    # (`a USD 600 billion-plus economy`: joined by a hyphen, more)
                    am2.group("q").lower() == "plus" and text[t.end:am2.start()].strip() and text[am2.start() - 1] != "-"
                    and _WORD_AFTER.match(text, am2.end())):
                word = squash(am2.group("q").lower())
                qualifier = L.qual_after.get(word, "exact")
                if am2.start() - e > 2:
                    flags.append("qualifier scope unclear")
        if value_max is not None and (signs[0] or signs[1]) and (kind == "percent" or unit in ("degC", "degF", "deg")):
            # `between -1 and 2 percent`: each number its own sign
            if signs[0]:
                value, start = -value, min(start, s - 1)
            if signs[1]:
                value_max = -value_max
        elif ((kind == "percent" or unit in ("degC", "degF", "deg") or _COLON_MINUS.search(before))
              and isinstance(value, (int, float)) and (m := _MINUS_BEFORE.search(before))
                and " ".join(before[:m.start()].split()[-2:]).lower() != "plus or"):  # (`plus or minus 5 percent`)
            # `growth of -3.1 percent`, `minus 2.5 percent`, `-5 degrees C`, `Trade balance (USD mn):
            # -1,200` (after a label's colon, of any kind): a value below zero
            value, start = -value, min(start, s - (len(before) - m.start()))
            value_max = -value_max if isinstance(value_max, (int, float)) else value_max
        if text[e - 1] == "." and text[e - 2].isalpha() and _SENTENCE_GOES_ON.match(text, e):
            e -= 1  # `seized 12.4 MT.`, `45 quintals/ha.`: the full stop ends the sentence, not the abbreviation
        return Candidate(start, e, kind, value, value_max, unit, per, qualifier, item, rule, flags, info, t.words, parts=parts)

    def _no_item_after(self, text: str, end: int) -> bool:
        """Whether no noun follows the number ending at `end` (a stop word, a punctuation mark
        or the text's end may)."""
        nxt = _WORD.match(text, end)
        return nxt is None or nxt.group("w").lower() in self.lex.item_stops

    def _given_to(self, text: str, before: str, tm, end: int) -> bool:
        """`sent Congress four bills`, `gave Region 5 ambulances`: a word that names places by
        number, right after a verb of giving and before a number and a plural noun, is the
        receiver, and the number counts what is given."""
        L = self.lex
        if L.giving_rx is None or not L.giving_rx.search(before, max(0, tm.start() - 20), tm.start()):
            return False
        return self._plural_noun_after(text, end, tm.group().strip().isupper())

    def _verb_before_count(self, text: str, idm, end: int) -> bool:
        """`building 12 courts`, `station 3,000 troops`: a word that names places by number
        (`building 12`, `station 3`), in lower case before a number and a plural noun, is a verb."""
        word = idm.group().strip()
        caps = word.isupper()  # (a cable in capitals: `BUILDING 12 COURTS`)
        if not (word[:1].islower() or caps) or not (word.lower().endswith("ing") or _MODAL_BEFORE.search(
                text, max(0, idm.start() - 12), idm.start())):
            return False  # (`Building 12`; `tariff line 2204.21 falls`: a verb needs its form or a modal before it)
        return self._plural_noun_after(text, end, caps)

    def _plural_noun_after(self, text: str, end: int, caps: bool) -> bool:
        """Whether a plural noun follows the number ending at `end` (`12 courts`; in a cable in
        capitals, `caps`, `12 COURTS`)."""
        nxt = _WORD.match(text, end)
        w = nxt.group("w") if nxt else ""
        w = w.lower() if caps and w.isupper() else w
        return w.islower() and w.endswith("s") and not w.endswith("ss") and w not in self.lex.item_stops

    def _prices_of_currencies(self, pc: ParsedCable, text: str, cands: list[Candidate]) -> None:
        """`THE DOLLAR FELL TO DM 2.27`, `STERLING FELL TO DOLS 2.1650`: an amount of money after a
        currency's name and the verb it moved or stood at is the price of that currency in another
        (read before lists and comparisons, which share the rate: `down from DM 2.38`). `USD 1 = 2.95
        soles`, `$1=Rs 48`, `Rls 70.5 = $1`: one of a currency set equal to an amount of another is
        that amount's rate, and no figure of its own."""
        money = sorted((c for c in cands if c.kind == "money"), key=lambda c: c.start)
        for a, b in zip(money, money[1:]):
            if (a.per is None and b.per is None and a.unit != b.unit and b.start - a.end < 6 and (a.value == 1 or b.value == 1)
                    and _EQUALS.fullmatch(text, a.end, b.start) and a in cands and b in cands):
                one, c = (a, b) if a.value == 1 else (b, a)  # (either way round: `Rls 70.5 = $1`)
                c.per = one.unit
                cands.remove(one)
        for c in cands:
            if (c.kind == "money" and c.per is None and not c.words and isinstance(c.value, (int, float)) and c.value < 10000
                    and (m := self.lex.fx_rate_before_rx.search(text, max(0, c.start - 60), c.start)) is not None
                    and m.group("cur") is not None and _CURRENCY_MOVED.search(m.group(), m.end("cur") - m.start())):
                code = self.lex.currency_by_post(self.lex.currency_word_of[squash(m.group("cur").lower())], pc.post)[0]
                if code is not None and code != c.unit and code in self.lex.currency_codes:
                    c.per = code

    def _bare_exchange_rates(self, pc: ParsedCable, text: str, cands: list[Candidate]) -> None:
        """`at the official rate of 2.15`, `the shekel closed at 3.97`: a bare number with decimals
        after a rate of exchange, or after a currency's name and the verb it closed, stood or
        fell at, is that currency's price of a dollar (the currency the sentence names before it,
        not the dollar)."""
        for k, c in enumerate(cands):
            if c.rule != "count-bare" or c.words:
                continue
            before = text[max(0, c.start - 60):c.start]
            if "." not in text[c.start:c.end] and not (
                    (m := self.lex.fx_rate_before_rx.search(before)) is not None and m.group("cur") is not None
                    and _CURRENCY_MOVED.search(m.group(), m.end("cur") - m.start())):
                continue  # (a whole number only right after a currency and the verb it moved by: `YEN TRADED AT 293`)
            # (the amounts in the sentence before it: `TL 11.2 billion (USD 7.2 billion at 1.55)`)
            money = [p for p in cands[max(0, k - 4):k] if p.kind == "money" and isinstance(p.value, (int, float)) and p.value > 0
                     and c.start - p.end < 200 and not _SENTENCE_STOP.search(text, p.end, c.start)]
            local = [p for p in money if p.unit != "USD"]
            amounts = [p for p in money if p.per is None]
            if (m := self.lex.fx_rate_before_rx.search(before)) is not None:
                if m.group("cur") is not None:
                    code = self.lex.currency_by_post(self.lex.currency_word_of[squash(m.group("cur").lower())], pc.post)[0]
                else:
                    code = local[-1].unit if local else self._currency_named_before(text, c.start, pc)
            elif (amounts and amounts[-1].unit == "USD" and local and local[-1].per is None
                  and _AT_GAP.fullmatch(text, amounts[-1].end, c.start)
                  and abs(local[-1].value / amounts[-1].value - c.value) <= 0.02 * c.value):
                code = local[-1].unit  # (the rate the two amounts before it are at)
            else:
                continue
            per, end = self._priced_against(text, c.end)
            if code is None or code == per or per is None or code not in self.lex.currency_codes:
                continue
            c.kind, c.unit, c.per, c.info, c.item, c.rule, c.end = "money", code, per, None, None, "money-rate-named", end
            c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["currency from the sentence"]

    def _priced_in_currency(self, text: str, end: int) -> bool:
        """Whether a rate against a currency follows `end`: `850 PER DOLLAR`, `3.97 to the dollar`, `80.5/USD`."""
        L = self.lex
        return bool(L.fx_rx.match(text, end) or (pm := L.rate_rx.match(text, end)) and L.rate_unit(pm.group("r")) in L.currency_codes)

    def _priced_against(self, text: str, end: int) -> tuple[str | None, int]:
        """The currency a bare price of another is in, and where the figure then ends: the dollar,
        unless another currency follows (`80.5 against the euro`); None where the one that follows
        is not known (`305 against the ruble`, in a post that does not settle which)."""
        if (fm := self.lex.fx_rx.match(text, end)) is not None:
            return self.lex.rate_unit(fm.group("r")) or self.lex.fx_symbols.get(fm.group("r")), fm.end()
        if (am := _AGAINST_A.match(text, end)) is not None and self.lex.currency_word_rx.fullmatch(am.group(1)):
            return None, end
        return "USD", end

    def _currency_named_before(self, text: str, start: int, pc: ParsedCable, reach: int = 80) -> str | None:
        """The code of the last currency the sentence names before `start` (within `reach`), by
        the post where the word is ambiguous (`shilling` in Nairobi)."""
        window = text[max(0, start - reach):start]
        window = window[max(window.rfind(". "), window.rfind("\n\n")) + 1:]
        # (not the currency a rate is counted in: `92.9 per dollar ... and 133 per euro` are yen)
        # (the words a rate is written with are short: each found is looked back over a few characters)
        found = [m for m in self.lex.currency_word_rx.finditer(window) if not _PER_BEFORE.search(window, max(0, m.start() - 30), m.start())]
        if not found:
            return None
        surface = self.lex.currency_word_of[squash(found[-1].group(1).lower())]
        return self.lex.currency_by_post(surface, pc.post, window)[0]  # (`Kenya's shilling weakened to 80`)

    @staticmethod
    def _level_of_change(text: str, level: Candidate, change: Candidate, c: Candidate) -> bool:
        """Whether the bare number `c` after `from` is the old level of which `change` (`down 5
        percent`) is the change, `level` the new: an amount or measure right before the change (a
        year phrase between), and of a like size."""
        if level.kind not in ("money", "quantity") or level.unit == "count" or not isinstance(level.value, (int, float)):
            return False
        end = (ym.end() if (ym := _YEAR_PHRASE.match(text, level.end)) and ym.end() <= change.start else level.end)
        return ((_CHANGE_BETWEEN.fullmatch(text, end, change.start) is not None and _FROM_GAP.fullmatch(text, change.end, c.start) is not None
                 # (`595 million tonnes, 9.6 percent more than last season's 541 million`, `12.5 million
                 # tons, 8 percent above the 11.6 million of 2008`)
                 or _APPOSED_CHANGE.fullmatch(text, end, change.start) is not None and _THAN_GAP.fullmatch(text, change.end, c.start) is not None)
                and isinstance(c.value, (int, float)) and c.value > 0 and level.value > 0
                and max(c.value, level.value) <= 5 * min(c.value, level.value))

    def _qualifier_before(self, text: str, start: int, kind: str | None) -> tuple[str, int] | None:
        """The qualifier that stands before a figure starting at `start` (`about`, `more than`),
        and where the figure then starts; None where none does."""
        L = self.lex
        window = text[max(0, start - 40):start]
        qm = L.qual_before_rx.search(window)
        if not qm:
            return None
        word = squash(qm.group("q").lower())
        q = L.qual_before.get(word)
        if q and word in L.verb_before and kind != "duration":
            prev = _LAST_WORD.search(window, 0, len(window[:qm.start()].rstrip()))
            if prev and prev.group().lower() in L.verb_before[word]:
                q = None  # `take over 54,000 of them`: a verb, not `more than`
        if q in ("more_than", "less_than") and _BY_HOW_MUCH.search(window, 0, qm.start()):
            q = None  # `9.6 percent more than 541 million`, `three times less than 20`: compared with, exact
        if q and not (word in ("over", "under", "some") and kind in ("date",)):
            return q, start - (len(window) - qm.start())
        return None

    @staticmethod
    def _row_end(text: str, t: NumberToken) -> int | None:
        """Where the line ends, if the number `t` is the last cell of a row of a table: apart from
        what stands before it by two spaces or a tab, after another cell so set apart, with
        nothing after it on its line."""
        nl = text.find("\n", t.end)
        if nl == -1 or text[t.end:nl].strip():
            return None
        start = t.start - 1 if t.start and text[t.start - 1] in "-+\u2212" else t.start  # (a cell below zero: `-7.5`)
        ls = text.rfind("\n", 0, start) + 1
        if _LEADER_BEFORE.search(text, ls, start):
            return nl  # (`Cocaine HCl (kg) ........... 12,450`: dots lead a label to its number)
        if text[start - 2:start] not in ("  ", "\t ") and text[start - 1:start] != "\t":
            return None
        if _CELL_BEFORE.search(text, ls, start - 1):
            return nl
        # (or the one cell of a row after a label, where the row above ends so too: `Heroin   1,850\n
        # Hashish   45,000\nEIKENBERRY`)
        return nl if ls and _LAST_CELL.search(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1) else None

    def _numbered_before(self, text: str, n: int, pos: int) -> bool:
        """Whether a number `n` with a full stop opens a paragraph or item before `pos` (`2. The`):
        the numbers so written are found once in the cable."""
        if self._item_marks is None:
            self._item_marks = {}
            for m in _ITEM_MARK.finditer(text):
                self._item_marks.setdefault(int(m.group(1)), []).append(m.start())
        marks = self._item_marks.get(n)
        return bool(marks) and marks[0] < pos

    def _sentence_before(self, text: str, pos: int) -> str:
        """The sentence up to `pos`, within a reach (a text with no stops is no one sentence), where
        the country a currency is of is looked for."""
        return text[max(self.sentences.sentence(text, pos)[0], pos - _SENTENCE_REACH):pos]

    def _time_after(self, text: str, pos: int) -> bool:
        """Whether a unit of time stands at `pos` (`2 weeks`)."""
        um = self.lex.unit_rx.match(text, pos)
        return bool(um and um.group("u") and (info := self.lex.unit_info(um.group("u").strip())) is not None
                    and info.kind == "duration")

    def _participle_with_object(self, word: str, text: str, end: int) -> bool:
        """Whether `word` (in lower case), ending at `end`, is a verb's present participle with what
        it takes after it, an amount or a determiner (`averaging $3 million`, `carrying the flag`),
        so that nothing is counted by the number before it (`carrying arms` may be)."""
        return word.endswith("ing") and word not in self.lex.item_nouns_like_verbs and _VERB_OBJECT.match(text, end) is not None

    def _names_a_share(self, nm, prev: Candidate) -> bool:
        """Whether the member `nm` names with `is` after the share `prev` is a share too: `8.5
        percent; inflation is 4.2` (not `and the Gini is 0.58`)."""
        return prev.kind == "percent" and nm.group("name").split()[-1].lower() in self.lex.share_names

    def _time_rate_at(self, text: str, pos: int) -> str | None:
        """The time of a rate written at `pos` (`a day`, `per month`, `daily`), else None."""
        pm = self.lex.rate_rx.match(text, pos)
        per = self.lex.rate_unit(pm.group("r")) if pm else None
        if pm is None and self.lex.rate_adverb_rx and (am := self.lex.rate_adverb_rx.match(text, pos)):
            per = self.lex.rate_adverbs[squash(am.group("r").lower())]  # (`9 liters per person daily`)
        return per if per in self.lex.time_units else None

    def _clock_span(self, text: str, toks: list[NumberToken], i: int) -> bool:
        """Whether the four digits at `toks[i]` and the four before or after them make a span of the
        clock: `from 2200 to 0500 hours`, `between 1400 and 1700 hours` (a time with its leading
        zero at either end, or the clock's word after the second)."""
        def hhmm(t: NumberToken) -> bool:
            return not t.words and t.end - t.start == 4 and _HHMM.fullmatch(text, t.start, t.end) is not None
        for a, b in ((i - 1, i), (i, i + 1)):
            if a < 0 or b >= len(toks) or not (hhmm(toks[a]) and hhmm(toks[b])) or not _SPAN_JOIN.fullmatch(text, toks[a].end, toks[b].start):
                continue
            if (text[toks[a].start] == "0" or text[toks[b].start] == "0"
                    or self.lex.clock_after_rx is not None and self.lex.clock_after_rx.match(text, toks[b].end)):
                return True
        return False

    def _listed_after_id(self, text: str, toks: list[NumberToken], i: int) -> bool:
        """Whether the number at `toks[i]` is listed after an identifier's number and written like
        it (`UNSCR 1737, 1747 and 1803`, `Sections 12, 14 and 15`): an identifier too."""
        L = self.lex
        width = toks[i].end - toks[i].start
        j = i
        while j > max(0, i - 40):  # (a list of identifiers is short: a run of numbers is looked back over only so far)
            p, t = toks[j - 1], toks[j]
            if (p.words or p.end - p.start != width or not text[t.start:t.end].isdigit() or not text[p.start:p.end].isdigit()
                    or not _LIST_GAP.fullmatch(text, p.end, t.start)):
                return False
            before = text[max(0, p.start - 60):p.start]
            if before.rstrip()[-6:].lower() == "number" and _NUMBER_VERB.search(before):
                return False  # `the fleets number 24 and 18 aircraft`: a verb, no identifier
            if L.id_word_rx.search(before) or L.id_titled_rx and L.id_titled_rx.search(before):
                return True
            j -= 1
        return False

    def _noun_phrase(self, text: str, pos: int) -> str | None:
        return self._noun_phrase_at(text, pos)[0]

    def _noun_phrase_at(self, text: str, pos: int, join: bool = True) -> tuple[str | None, int]:
        """What a number counts, written from `pos`, and where it ends; `join`: whether a phrase
        after `and` or `of` may join it (once: not in the phrase joined)."""
        words: list[str] = []
        p = pos
        skipped = False  # (a word before the phrase: `3,500 more integrated into the army`, more of the same)
        L_named = self.lex.named_by_number
        for _ in range(6):
            m = _WORD.match(text, p)
            if not m:
                break
            if "\n" in text[p:m.start("w")] and (_TABLE_ROW.match(text, m.start("w"))
                                                 or text.startswith(":", m.end()) and not m.group("w").islower()
                                                 or _LABEL_LINE.match(text, m.start("w"))):
                # the number ends a row of a table, or the line of a header field (`SUBJECT: ...
                # 270,000` before `REF: ...`): the next line is the next row or field, not what it counts
                break
            gap = text[p:m.start("w")]
            if not words and "  " in gap and "\n" not in gap:
                break  # (`818     n/a`: the next column of a table's row, not what the number counts)
            if "\n" in gap and (gap.count("\n") > 1 or not text[text.rfind("\n", 0, p) + 1:p].strip()):
                break  # (a blank line: `150 metric tons of\n\nLIMA 00001234 001.2 OF 002`, a page's break)
            w = m.group("w").rstrip(".")
            if text.startswith("-", m.end()) and (broken := _BROKEN_WORD.match(text, m.end())) is not None:
                # (`300 para-\nmilitary police`: a word broken at the end of a line, joined)
                w += broken.group("rest")
                m = broken
            lw = w.lower()
            # (a word in title case after another is part of a name: `PNP Basic Training Academies`)
            named = w[:1].isupper() and not w.isupper() and words and words[-1][:1].isupper()
            # (`internally displaced persons`, `newly trained police`: an adverb before a participle)
            describing = len(words) == 1 and lw.endswith("ed") and (words[0].lower().endswith("ly") or (
                # (`members of illegal armed groups`, `low enriched uranium`: after an adjective, a
                # participle before a noun describes it)
                self.lex.adjective_rx is not None and self.lex.adjective_rx.fullmatch(words[0]) and (nw := _WORD.match(text, m.end())) is not None
                and nw.group("w").islower() and nw.group("w") not in self.lex.item_stops and not _VERB_LIKE.fullmatch(nw.group("w"))))
            # (`5 money laundering cases`, `30 drug trafficking organizations`: after a noun in the
            # singular, a gerund before a plural noun is part of a compound)
            describing = describing or (
                bool(words) and lw.endswith("ing") and words[-1].islower() and not words[-1].endswith("s")
                and words[-1] not in self.lex.plurals_without_s and (nw := _WORD.match(text, m.end())) is not None
                and (nx := nw.group("w")).islower() and nx.endswith("s") and not nx.endswith("ss") and nx not in self.lex.item_stops)
            if lw in self.lex.item_stops or words and (lw in self.lex.item_verbs or _VERB_LIKE.fullmatch(w) and not named
                                                       and lw not in self.lex.item_nouns_like_verbs
                                                       and not describing):
                if join and lw in ("and", "or") and words and len(words) <= 2 and not self._plural(words[-1]):
                    # `seven Scud and Rodong missiles`, `4,500 small and medium enterprises`: two
                    # words that describe one plural noun after them
                    rest, end = self._noun_phrase_at(text, m.end(), join=False)
                    if rest and len(rest.split()) == 2 and self._plural(rest.split()[-1]):
                        words += [w, rest]
                        p = end
                break
            if words and w.islower() and self._plural(words[-1]) and self._verb_after_plural(text, w, m.end()):
                break  # (`75,000 Korean students study in`, `12,000 troops patrol the area`, `13 NGOs leaves 1.1 million`)
            if lw in self.lex.months or lw in self.lex.scales or lw in self.lex.word_values:
                break  # (`the seven-member commission met five times`)
            if not words and lw in self.lex.item_skips:
                p = m.end()
                skipped = True
                continue
            words.append(w)
            p = m.end()
            if (w[:1].isupper() and (w in L_named or lw in L_named) and (nm := _NAME_NUMBER.match(text, p)) is not None
                    and (nw := _WORD.match(text, nm.end())) is not None and nw.group("w").lower() not in self.lex.item_stops):
                # (`five Bell 412 helicopters`, `two Boeing 737 aircraft`: the number of a model is part of its name)
                words.append(nm.group("n"))
                p = nm.end()
                continue
            if (text.startswith(".", p) and _DOTTED.fullmatch(w) and (nw := _WORD.match(text, p + 1)) is not None
                    and nw.group("w") not in _SENTENCE_OPENERS):
                words[-1] = w + "."  # (`17,000 U.S. military personnel`: the stop of an abbreviation)
                p += 1
                continue
            if _PHRASE_END.match(text, p, p + 2):
                break
        if not words or words[0].lower() in ("percent", "per") or len(words) == 1 and len(words[0]) == 1:
            return None, pos  # (`C) 894 D) 348`: a letter is the mark of an item of a list)
        if len(words) == 1 and (words[0].lower() in self.lex.reporting_participles or (
                # (`61,000 manually`: an adverb alone says how, not what; `12 family members` goes on)
                words[0].lower().endswith("ly") and (words[0].islower() or words[0].isupper())
                and words[0].lower() not in self.lex.item_nouns_like_verbs)):
            return None, pos  # (`the 5,661 recorded in all of 2008`: a verb of reporting, nothing counted)
        if len(words) == 1 and (words[0].islower() or words[0].isupper()) and self._participle_with_object(words[0].lower(), text, p):
            return None, pos  # (`The navy stopped 3 carrying the flag of Panama`: a verb's)
        if (len(words) == 1 and not skipped and words[0].lower().endswith("ed") and (words[0].islower() or words[0].isupper())
                and (lw := words[0].lower()) not in self.lex.state_items and lw not in self.lex.item_nouns_like_verbs
                and ((nw := _WORD.match(text, p)) is not None and nw.group("w").lower() in self.lex.way_words or _VERB_OBJECT.match(text, p))):
            # (`50,000 crossed into Afghanistan`, `5,000 returned to their homes`, `one received a
            # life sentence`: a verb's)
            return None, pos
        if (len(words) == 1 and words[0].endswith("ed") and words[0].islower() and (nw := _WORD.match(text, p)) is not None
                and (nw.group("w").lower() in _VERB_CLAUSE_WORDS or self.lex.month(nw.group("w")))):
            return None, pos  # (`the 30,000 announced December 1`, `the 28 allowed under START`: a verb's)
        if len(words) == 2 and words[0].endswith("ed") and words[0].islower() and words[1].lower() in _VERB_CLAUSE_WORDS:
            return None, pos  # (`30 and 40 thousand rallied later`: a verb and its adverb)
        if join and len(words) == 1 and (of := _OF_NOUN.match(text, p)) and of.group("w").lower() not in self.lex.item_stops:
            # `1,500 rounds of ammunition`, `2.3 million head of cattle`, `12 cases of cholera`
            rest, end = self._noun_phrase_at(text, of.start("w"), join=False)
            if rest:
                words += ["of", rest]
                p = end
        return " ".join(words), p

    def _plural(self, word: str) -> bool:
        """`students`, `NGOs`, `people`: a noun in the plural, as far as its letters tell."""
        low = word.lower()
        return low in self.lex.plurals_without_s or (
            len(low) > 3 and low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS) and low not in self.lex.singulars_with_s)

    def _verb_after_plural(self, text: str, w: str, end: int) -> bool:
        """Whether the word `w` (ending at `end`), after a noun in the plural, is the verb of a
        clause rather than part of the noun: a noun in the singular after a plural ends a compound
        of the same number only before another plural (`arms control agreements`); a word after a
        plural that a number follows is a verb (`13 NGOs leaves 1.1 million without food`, `58 reactors
        generate 78 percent`). A word before a mark stays (`left 74 people dead, 57 of them officers`)."""
        if _NUMBER_AFTER.match(text, end) is not None:
            return True
        nw = _WORD.match(text, end)
        return not w.endswith("s") and nw is not None and not (nw.group("w").islower() and self._plural(nw.group("w")))

    def _halves(self, text: str, cands: list[Candidate], blocked) -> list[Candidate]:
        """`a year and a half` (1.5 years), `half a day` (0.5 days): a time counted without a digit
        or a number word; `one half of one percent` (0.5 percent). Each replaces the figures it
        holds (`one year and a half`: the whole, not `one year`), and yields to one that holds it
        (`two and a half percent` is the number's), with the qualifier before it."""
        out = []

        def half(s: int, e: int, kind: str, value: float, unit: str, rule: str, info=None) -> None:
            inside = [c for c in cands if c.start < e and s < c.end]
            if blocked(s, e) or any(c.start < s or c.end > e for c in inside):
                return
            for c in inside:
                cands.remove(c)
            qualifier, start = self._qualifier_before(text, s, kind) or ("exact", s)
            out.append(Candidate(start, e, kind, value, None, unit, qualifier=qualifier, rule=rule,
                                 flags=["number written in words"], info=info, words=True))

        for m in _HALF_A_UNIT.finditer(text):
            info = self.lex.unit_info(m.group("u") or m.group("u2"))
            if info is not None and info.kind in ("duration", "quantity") and info.unit != "count" and info.per is None:
                half(m.start(), m.end(), info.kind, (1.5 if m.group("u") else 0.5) * info.scale, info.unit,
                     "duration-half" if info.kind == "duration" else "unit-half", info)
        # `one half of one percent`, `half a percentage point`, `a half percent`: half of one percent
        for m in _HALF_PERCENT.finditer(text):
            if (lead := _HALF_LEAD.search(text, max(0, m.start() - 6), m.start())) is not None:  # (not `behalf`)
                half(lead.start(), m.end(), "percent", 0.5, "percent", "percent-half")
        return out

    # ------------------------------------------------------------ lists
    def _units_named_before_a_colon(self, pc: ParsedCable, text: str, cands: list[Candidate]) -> None:
        """`Drug seizures (in kg): cocaine 1,234; heroin 56`, `Budget (USD million): health 45`:
        bare numbers listed after a unit in brackets and a colon, in its sentence, are in that unit."""
        for c in cands:
            if c.rule != "count-bare" or c.words:
                continue
            s = self.sentences.sentence(text, c.start)[0]
            colon = text.rfind("):", max(s, c.start - 200), c.start)
            opening = text.rfind("(", max(s, colon - 40), colon) if colon >= 0 else -1
            if opening >= 0 and _LISTED_AFTER_COLON.fullmatch(text, colon + 2, c.start):
                label = text[max(s, opening - 30):colon + 1]
            elif ((colon := text.rfind(":", max(s, c.start - 60), c.start)) >= 0 and _LISTED_AFTER_COLON.fullmatch(text, colon + 1, c.start)
                  and (lm := _IN_UNIT_LABEL.search(text, max(s, text.rfind("\n", max(0, colon - 60), colon) + 1, colon - 60), colon))):
                label = lm.group()  # (`Revenue in thousands of USD: 12,500`: a unit named after `in`, then the colon)
            else:
                continue
            unit, _ = label_unit(" ".join(label.split()), self.lex, pc.post)
            if unit is None or unit.kind not in ("money", "quantity", "percent") or unit.unit == "count":
                continue
            c.kind, c.unit, c.per, c.info, c.rule = unit.kind, unit.unit, unit.per, unit.info, "unit-before-colon"
            c.value = c.value * unit.scale if unit.scale != 1 else c.value
            if unit.scale != 1 and isinstance(c.value_max, (int, float)):
                c.value_max *= unit.scale
            c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit named before the list"]

    def _same_measure_before(self, text: str, prev: Candidate, c: Candidate) -> bool:
        """Whether a keyword of a measure stands right before `c` (`sprayed 133,000`) and one of the
        same measure before `prev` in its clause (`eradicated 96,000 hectares`)."""
        L = self.lex
        low = text[max(0, prev.start - 60):c.start].lower()
        found = [(m.end(), L.measure_of.get(" ".join(m.group().split()))) for m in L.measure_rx.finditer(low)]
        if len(found) < 2 or not (last := found[-1])[1] or low[last[0]:].strip():
            return False  # (no keyword, or not right before `c`)
        cut = len(low) - (c.start - prev.start)  # (where `prev` stands in `low`)
        before = [meas for end, meas in found if end <= cut]
        return bool(before) and before[-1] == last[1]

    def _verb_counts_people(self, gap: str) -> bool:
        """Whether the verb that ends `gap` is of a measure of what is done to people (`and
        captured`, `, prosecuted`), not only of one of things (`and seized`) or of none (`and destroyed`)."""
        L = self.lex
        verb = gap.split()[-1].lower()
        # (every measure one of whose keywords begins the verb: `captured` is of seizures and arrests)
        mine = {meas for i in range(3, len(verb) + 1) if (meas := L.measure_of.get(verb[:i]))}
        return bool(mine & L.people_measures)

    def _same_measure_around(self, text: str, prev: Candidate, c: Candidate) -> bool:
        """Whether a keyword of a measure stands right before or after the bare count `c` (`and
        injured 53`, `and 1,721 were injured`) and one of the same measure in the clause of the
        count `prev` before it, up to the `and` that joins them (`killed nine people`, `197 people died`)."""
        L = self.lex
        low = text[max(0, prev.start - 40):c.start].lower()
        joint = max(low.rfind(" and"), low.rfind("\nand"))
        if joint < 0:
            return False

        def measures(words: str) -> set[str]:
            return {meas for m in L.measure_rx.finditer(words) if (meas := L.measure_of.get(" ".join(m.group().split())))}

        mine = measures(low[joint:])
        if not mine and (vm := _COUNT_VERB_AFTER.match(text, c.end)) is not None:
            mine = measures(vm.group("w").lower())
        return bool(mine & measures(low[:joint]))

    def _in_scale_of(self, text: str, prev: Candidate, c: Candidate) -> None:
        """`from USD 20 billion to 17`, `the IMF puts it at 2.8`: a small bare number in digits that
        takes the unit of a scaled amount or measure before it, and is of its size, is in its scale too."""
        if (prev.kind in ("money", "quantity") and not c.words and c.value < 1000 and isinstance(prev.value, (int, float))
                and (sc := self._scale_of_figure(text, prev)) > 1
                and not _SCALED.search(text, c.start, c.end) and prev.value / sc / 20 <= c.value <= prev.value / sc * 20):
            c.value *= sc
            if isinstance(c.value_max, (int, float)):
                c.value_max *= sc

    def _share_list_units(self, text: str, cands: list[Candidate], low: str) -> None:
        """`3,759, 5,569, and 1,302 hectares`: bare numbers of a list take the unit of its last member;
        so does the first number of a change, `from 35 to 30 percent`. A bare number compared with
        the figure before it takes that figure's unit: `8.5 million tons, compared with 10.2 million`,
        `USD 3.4 billion, up from 2.9 billion`."""
        cmp_rx, end_rx = self.lex.comparison_rx, self.lex.comparison_end_rx
        if cmp_rx is not None:
            # (a year may stand between: `3.3 billion liters in 2009 from 5.1 billion in 2008`)
            figs = [c for c in cands if c.kind != "date"]
            for k, (prev, c) in enumerate(zip(figs, figs[1:])):
                if (c.rule == "count-noun" and prev.kind == "percent" and c.item is not None and c.item.lower() in _POINTS
                        and _CHANGE_BETWEEN.fullmatch(text, _past_share_of(text, prev, prev.end, c.start), c.start)):
                    # (`18.9 percent of GDP, up 1.2 points`: a change of a share in points, of percent)
                    if (p := text.find(c.item, c.end, c.end + 12)) != -1:
                        c.end = p + len(c.item)  # (the points are the figure's unit)
                    c.kind, c.unit, c.info, c.item, c.rule = "percent", "percent", None, None, "compared-shared-unit"
                    c.flags = c.flags + ["unit inferred from the comparison"]
                    continue
                if (c.rule == "count-noun" and prev.kind == "quantity" and prev.unit == "count" and prev.item and prev.per is None
                        and c.item and " " not in c.item and (c.item.islower() or c.item.isupper()) and c.item.lower().endswith("ed")
                        and c.start - prev.end < 100
                        and _PASSIVE_AND_GAP.fullmatch(text, _past_item(text, prev, c.start), c.start)):
                    # `111 ships were attacked and 42 hijacked`: the participle after the second
                    # count is its verb; it counts what the first does
                    c.item, c.rule = prev.item, "compared-shared-unit"
                    c.flags = c.flags + ["unit inferred from the list"]
                    continue
                if c.unit == "count" and not c.words and (c.item is None or " " not in c.item and c.item.lower().endswith(("ed", "ly"))):
                    # `165,000 hectares of coca in 2009 (104,000 sprayed and 61,000 manually)`: the parts
                    # of a figure in brackets after it, named by how, are in its unit
                    j = k
                    while j >= 0 and figs[j].rule == _BRACKET_PART:
                        j -= 1  # (past the parts before this one, to the figure they are of)
                    whole = figs[j] if j >= 0 else None
                    if (whole is not None and whole.kind in ("money", "quantity") and whole.unit != "count" and whole.per is None
                            and isinstance(whole.value, (int, float)) and whole.value > c.value >= whole.value / 1000
                            and (_BRACKET_PART_NEXT if j < k else _BRACKET_PART_GAP).fullmatch(text, prev.end, c.start)):
                        c.item = None
                        _take_unit(c, whole, "unit inferred from the list")
                        c.rule = _BRACKET_PART
                        continue
                if c.rule != "count-bare" or prev.kind not in ("money", "quantity", "percent", "duration"):
                    continue
                # (past a hyphenated figure that describes a noun: `4,200 investigators completed the
                # 6-week course; another 1,800 are enrolled`)
                more_of = prev
                if (prev.rule.endswith("-hyphen") and k >= 1 and figs[k - 1].kind in ("money", "quantity", "duration")
                        and figs[k - 1].start >= self.sentences.sentence(text, c.start)[0]):
                    more_of = figs[k - 1]
                if (more_of.kind in ("money", "quantity", "duration") and c.start - more_of.end < 150 and (not c.words or c.value > 1)
                        and (_ANOTHER_BEFORE.search(text, max(prev.end, c.start - 20), c.start) or _MORE_AFTER.match(text, c.end))
                        and more_of.start >= self.sentences.sentence(text, c.start)[0]):
                    # `held for up to 90 days, renewable for another 90`, `2 tons in May and another 3
                    # in June`, `3,000 troops and another 500`, `300,000 tons now and 200,000 more
                    # later`: more of the same, in its unit
                    _take_unit(c, more_of, "unit inferred from the list")
                    self._in_scale_of(text, more_of, c)
                    continue
                if (prev.kind == "quantity" and prev.unit == "count" and prev.item and prev.per is None and c.start - prev.end < 100
                        and _AND_COUNT_GAP.fullmatch(text, (past := _past_item(text, prev, c.start)), c.start)
                        and prev.start >= self.sentences.sentence(text, c.start)[0] and (
                            self._same_measure_around(text, prev, c)
                            or _PASSIVE_AFTER.match(text, c.end) and _PASSIVE_AND_GAP.fullmatch(text, past, c.start))):
                    # `197 people died and 1,721 were injured`, `killed nine people and injured 53`: a
                    # second count of the same measure counts what the first does; so does one in
                    # parallel in the passive (`3,500 combatants were demobilized, and 5,000 were integrated`)
                    _take_unit(c, prev, "unit inferred from the list")
                    continue
                if (prev.kind == "quantity" and prev.unit == "count" and prev.item and prev.per is None and c.start - prev.end < 100
                        and (vg := _AND_VERB_GAP.fullmatch(text, _past_item(text, prev, c.start), c.start)) is not None
                        and _AND_VERB_AFTER.match(text, c.end) and prev.item.lower() not in self.lex.state_items
                        and self._verb_counts_people(vg.group())):
                    # `killed 8 FARC members and captured 3 in the operation`, `investigated 67 cases,
                    # prosecuted 41 and convicted 20`: a bare count right after the verb of the next
                    # clause of a list counts what the first does
                    _take_unit(c, prev, "unit inferred from the list")
                    continue
                if (prev.kind == "quantity" and prev.unit != "count" and prev.per is None and not c.words and c.start - prev.end < 120
                        and _VERB_GAP.fullmatch(text, prev.end, c.start) and self._same_measure_before(text, prev, c)):
                    # `eradicated 96,000 hectares of coca manually and sprayed 133,000`: a number right
                    # after a verb of the same measure as the figure before, in its unit (`seized 2
                    # tons and arrested 45` are of two measures)
                    _take_unit(c, prev, "unit inferred from the list")
                    continue
                if (prev.kind in ("percent", "money", "quantity", "duration") and not c.words
                        # (of a count, what it counts: `94,000 soldiers in October; the goal is 134,000`)
                        and (prev.unit != "count" or prev.item and c.rule == "count-bare" and not c.item)
                        and c.start - prev.end < 200 and any(_RESTATED_BEFORE.search(text, max(prev.end, at - 40), at)
                                                             # (`needs 1.2 million MT of maize; it has secured 400,000`)
                                                             or self.lex.it_got_rx is not None
                                                             and self.lex.it_got_rx.search(text, max(prev.end, at - 40), at)
                                                             for at in {c.start, _digits_start(text, c)})
                        and (prev.kind != "percent" or c.value <= 100) and prev.start >= self.sentences.sentence(text, c.start)[0]):
                    # `officially 7.1 percent, but economists put it at 12-15`, `4 percent; today it
                    # is nearly 20`: the same measure again, in the unit it was given in
                    _take_unit(c, prev, "unit inferred from the comparison")
                    self._in_scale_of(text, prev, c)
                    continue
                if (prev.kind in ("money", "quantity") and prev.unit != "count" and prev.per is None and c.item is None and not c.words
                        and c.start - prev.end < 120 and isinstance(prev.value, (int, float)) and c.value > 0
                        and max(prev.value, c.value) <= 20 * min(prev.value, c.value)
                        and _WHILE_LEVEL_GAP.fullmatch(text, self._past_when(text, _past_item(text, prev, c.start), c.start), c.start)):
                    # `Wheat procurement reached 25.4 million tonnes, while rice stood at 28.7 million`,
                    # `exports were USD 5 billion and imports totaled 7.2 billion`: the level of another
                    # thing named in a clause in parallel, of a like size, in the first's unit
                    _take_unit(c, prev, "unit inferred from the comparison")
                    continue
                if (prev.kind in ("money", "quantity") and c.item is None and c.start - prev.end < 120
                        and (prev.unit != "count" and _SCALED.search(text, c.start, c.end) and _SCALED.search(text, prev.start, prev.end)
                             and _BREAKDOWN_GAP.fullmatch(text, prev.end, c.start)
                             # (`1,120,000 metric tons, of which 300,000 are reserved`, `7,000 more
                             # troops, of which 5,000 from Europe`: a smaller number right after, not
                             # a thousand times smaller)
                             or prev.value >= c.value >= prev.value / 1000
                             # (past a time the figure is of: `12,800 MT of food through December, of which`)
                             and _OF_WHICH.fullmatch(text, self._past_when(text, _past_item(text, prev, c.start), c.start), c.start))):
                    # `USD 4.1 billion, of which 1.2 billion for defense`, `2.5 MMT; wheat accounted
                    # for 1.8 million`: a part of an amount, in its unit
                    c.kind, c.unit, c.per, c.info, c.rule = prev.kind, prev.unit, prev.per, prev.info, "compared-shared-unit"
                    c.item = c.item or (prev.item if prev.unit == "count" else None)
                    c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
                    continue
                if (prev.kind in ("money", "quantity") and c.item is None and not c.words and c.start - prev.end < 120
                        and (prev.unit != "count" or prev.item) and prev.per is None and isinstance(prev.value, (int, float))
                        and prev.value > c.value >= prev.value / 1000 and _INCLUDING_GAP.fullmatch(text, prev.end, c.start)):
                    # `Approximately 280,000 IDPs are housed in camps, including 220,000 at Manik Farm`,
                    # `seized 2.1 tons, including 800 in Lima`: a part of the figure, in its unit
                    _take_unit(c, prev, "unit inferred from the list")
                    self._in_scale_of(text, prev, c)
                    continue
                if (prev.kind == "percent" and k and (whole := figs[k - 1]).kind in ("money", "quantity") and whole.unit != "count"
                        and isinstance(whole.value, (int, float)) and whole.value >= c.value >= whole.value / 1000
                        and _APPOSED.fullmatch(text, whole.end, prev.start)
                        and _OF_WHICH.fullmatch(text, _past_share_of(text, prev, prev.end, c.start), c.start)):
                    # `USD 150 bn, or 55% of GDP, of which 30 bn is owed to the IMF`: a part of the
                    # amount a share restates
                    _take_unit(c, whole, "unit inferred from the list")
                    continue
                if prev.kind == "percent" and k and self._level_of_change(text, figs[k - 1], prev, c):
                    # `USD 3.1 billion in 2008, down 5 percent from 3.3 billion`, `45 MT, up 12
                    # percent from 40`: compared with the level the change in percent is of
                    level = figs[k - 1]
                    c.kind, c.unit, c.per, c.info, c.rule = level.kind, level.unit, level.per, level.info, "compared-shared-unit"
                    c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the comparison"]
                    continue
                if prev.kind == "duration" and _PERIOD_BEFORE.search(text, max(0, prev.start - 16), prev.start):
                    continue  # (`162 in the first eight months of 2009, against 134`: a time the figures fall in)
                end = prev.end
                if prev.kind == "duration" and _SCALED.search(text, c.start, c.end):
                    # (a number with a scale word is no time: `86 million euros a year for four years,
                    # down from 86.5 million` compares the amount the time is of)
                    if not (k and (prev := figs[k - 1]).kind in ("money", "quantity") and prev.unit != "count"
                            and _FOR_A_TIME_GAP.fullmatch(text, prev.end, figs[k].start)):
                        continue
                if prev.unit == "count":  # `2,000 troops, compared with 1,500`: after what is counted
                    gap = text[end:c.start]
                    # (or named right before, as a label: `Poppy-free provinces: 20 (2008: 18)`)
                    named_before = (prev.item is not None and not gap.lstrip().startswith(prev.item)
                                    and _item_named_before(text, prev, len(prev.item) + 4))
                    if not prev.item or not (gap.lstrip().startswith(prev.item) or named_before):
                        continue
                    if max(prev.value, c.value) > 20 * max(1, min(prev.value, c.value)):
                        continue  # (`work in 292 factories, down from 317,000`: what else the sentence counts)
                    if not named_before:
                        end += len(gap) - len(gap.lstrip()) + len(prev.item)
                if c.start - end > 100:
                    continue
                end = _past_share_of(text, prev, end, c.start)  # (`3.1 percent of GDP from 4.0`: what the share is of)
                end = self._past_when(text, end, c.start)  # (`the peso weakened from 431 per dollar in May to 677 in October`)
                # (and the second number of a change: `from USD 3 to 2.5 billion`)
                if not cmp_rx.fullmatch(text, end, c.start) and not end_rx.fullmatch(text, end, c.start) and not self._changed_to(text, prev, end, c):
                    continue
                if prev.kind == "percent" and (_SCALED.search(text, c.start, c.end) or c.value > 100 >= prev.value
                                               or c.value > 100 and "," in text[c.start:c.end]):
                    continue  # (`42 percent, up from 1 million`, `up 12% from 3,091`, `rose 120 percent, from 3,867`: no percent)
                c.kind, c.unit, c.per, c.info, c.rule = prev.kind, prev.unit, prev.per, prev.info, "compared-shared-unit"
                c.item = c.item or (prev.item if prev.unit == "count" else None)
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the comparison"]
                self._in_scale_of(text, prev, c)  # (`from USD 20 billion to 17`, `4.5 million tons, against 3.8`)
        for prev, c in zip(cands, cands[1:]):
            # `1,800 officers, 400 of them in the VRAE`, `1,200 kilos, 300 of which in Lima`: a part
            # of the figure before, named after it, in its unit
            # (not of a count joined to a noun by a hyphen, which names one thing: `the 550-member
            # parliament; 2 of them`)
            if (c.rule == "count-bare" and prev.kind in ("quantity", "money") and (prev.item or prev.unit != "count") and prev.per is None
                    and prev.rule != "count-hyphen"
                    and _OF_THEM_AFTER.match(text, c.end) and isinstance(prev.value, (int, float)) and c.value <= prev.value
                    and (_PART_AFTER_GAP_YEARS if prev.unit == "count" else _PART_AFTER_GAP).fullmatch(text, _past_item(text, prev, c.start), c.start)):
                c.kind, c.unit, c.info, c.rule = prev.kind, prev.unit, prev.info, "compared-shared-unit"
                c.item = prev.item if prev.unit == "count" else c.item
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
                continue
            # `Of the 270 communities planned for the program, 10 have completed it`: a part of a
            # count named at the clause's start counts the same
            if (c.rule == "count-bare" and prev.kind in ("quantity", "money") and (prev.item or prev.unit != "count")
                    and _OF_THE_BEFORE.search(text, max(0, prev.start - 12), prev.start) and _PART_GAP.fullmatch(text, prev.end, c.start)):
                if prev.unit == "count":
                    c.item, c.rule = prev.item, "count-noun"
                    c.flags = [f for f in c.flags if not f.startswith("bare number")]
                elif isinstance(prev.value, (int, float)) and prev.per is None and c.value <= prev.value:
                    # (`Of the USD 50 million pledged, only 12 million has been disbursed`: a part of
                    # an amount, in its unit; and in its scale, `Of the USD 36 million pledged, 28 has been disbursed`)
                    c.kind, c.unit, c.info, c.rule = prev.kind, prev.unit, prev.info, "compared-shared-unit"
                    c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
                    self._in_scale_of(text, prev, c)
        for k, c in enumerate(cands):
            # `USD 5, 10 and 20 million`: a list of amounts whose currency stands before the first
            # and whose scale word after the last is every member's
            if not (c.kind == "money" and c.per is None and k + 1 < len(cands) and cands[k + 1].rule == "count-bare"
                    and not text[c.start].isdigit() and _CURRENCY_FIRST.match(text, c.start, c.end)
                    and not _SCALED.search(text, c.start, c.end)):
                continue
            members = []
            for prev, m in zip(cands[k:], cands[k + 1:]):
                if m.rule != "count-bare" or m.words or not _LIST_GAP.fullmatch(text, prev.end, m.start):
                    break
                members.append(m)
                if _SCALED.search(text, m.start, m.end):
                    break
            scale = self._scale_of_figure(text, members[-1]) if members else 1
            if scale == 1:
                continue
            for m in [c, *members[:-1]]:
                m.value *= scale
                m.value_max = m.value_max * scale if isinstance(m.value_max, (int, float)) else m.value_max
            for m in members:
                m.kind, m.unit, m.info, m.rule = c.kind, c.unit, c.info, "list-shared-unit"
                m.flags = [f for f in m.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
        for prev, c in zip(cands, cands[1:]):
            # `15,000 CFA francs per month ($30)`: an amount restated in brackets after a rate is at that rate
            if (c.kind == "money" and prev.kind == "money" and prev.per is not None and c.per is None
                    and (_OPEN_BRACKET_GAP.fullmatch(text, prev.end, c.start) and _CLOSE_BRACKET.match(text, c.end)
                         # (`1,500 pesos a day, or about USD 30.`: restated after `, or` in another currency)
                         or c.unit != prev.unit and _OR_GAP.fullmatch(text, prev.end, c.start) and _ENDS_CLAUSE.match(text, c.end))):
                c.per = prev.per
            # `Teachers earn USD 150 a month, police USD 120 and nurses USD 90`: the members of a list,
            # each named before its amount in the currency of the rate before, are at that rate; so
            # is a price in contrast (`Petrol sells for N65 per liter at the pump but N150 on the black market`)
            elif (c.kind == "money" and prev.kind == "money" and prev.per is not None and c.per is None and c.unit == prev.unit
                    # (in a cable in capitals, names in capitals: `POLICE USD 120 AND NURSES USD 90`)
                    and (((nm := _NAMED_SHARE.fullmatch(text, prev.end, c.start)) is not None and not nm.group("is")
                          or (nm := _NAMED_MEMBER.fullmatch(text, prev.end, c.start)) is not None and nm.group("name").isupper() and not nm.group("is"))
                         and not any(w.lower() in self.lex.item_stops or w.lower() in _NOT_MEMBER_NAMES or _VERB_LIKE.fullmatch(w.lower())
                                     for w in nm.group("name").split())
                         or _BUT_GAP.fullmatch(text, prev.end, c.start) is not None and not _TOTAL_AFTER.match(text, c.end))):
                c.per = prev.per
        for prev, c in zip(cands, cands[1:]):
            # `Aerial eradication: 133,496 hectares (153,134)`, `62.4 MT (53.1)`, `2,154 kilograms (1,398
            # in 2008)`: a bare number alone in brackets after a figure (or with the year it is of) is the
            # same measure at another time, in the figure's unit
            if (c.rule == "count-bare" and not c.words and prev.kind in ("quantity", "money", "percent", "duration")
                    and (prev.unit != "count" or prev.item) and prev.per is None and _OPEN_BRACKET_GAP.fullmatch(text, _past_item(text, prev, c.start), c.start)
                    and _BRACKET_CLOSE_AFTER.match(text, c.end)
                    and c.end - c.start > 1  # (`(4)` alone may mark a note or an item)
                    # (of a like size, in the figure's scale: `27.8 percent (1,571,581)` restates a share as
                    # a count; `62.4 MMT (53.1)` is in millions of tons, `USD 3.2 billion (2.9)` in billions)
                    and ((scale := self._scale_of_figure(text, prev)) == 1 or not _SCALED.search(text, c.start, c.end))
                    and max(prev.value / scale, c.value) <= 20 * max(1, min(prev.value / scale, c.value))
                    and (prev.kind != "percent" or c.value <= 100)):
                c.kind, c.unit, c.info, c.rule = prev.kind, prev.unit, prev.info, "bracket-shared-unit"
                c.item = prev.item if prev.unit == "count" else c.item  # (`Ecstasy: 3,456 pills (12,890)`)
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the comparison"]
                if scale > 1:
                    c.value *= scale
                    c.value_max = c.value_max * scale if isinstance(c.value_max, (int, float)) else c.value_max
        for prev, c in zip(cands, cands[1:]):
            # `USD 20 million and 1.5 billion`: a bare amount with a scale word after money is money
            if (c.rule == "count-bare" and prev.kind == "money" and prev.per is None and not c.words
                    and _SCALED.search(text, c.start, c.end) and _LIST_GAP.fullmatch(text, prev.end, c.start)):
                c.kind, c.unit, c.info, c.rule = prev.kind, prev.unit, prev.info, "list-shared-unit"
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
        for prev, c in zip(cands, cands[1:]):
            # `4.5 trillion won goes to jobs, 3.5 trillion to small firms and 2.9 trillion to local
            # economies`, `USD 5 million for health and 3 million for schools`: a bare amount with a
            # scale word, before the preposition that follows the money before it in the clause, is money
            if (c.rule == "count-bare" and prev.kind == "money" and prev.per is None and not c.words
                    and _SCALED.search(text, c.start, c.end) and (pm := _PREPOSITION_AFTER.match(text, c.end))
                    and c.start - prev.end < 150 and not _STOP.search(text, prev.end, c.start)
                    and regex.search(r"(?i)\b" + pm.group("p") + r"\b", text[prev.end:c.start])):
                c.kind, c.unit, c.info, c.rule = prev.kind, prev.unit, prev.info, "list-shared-unit"
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
        for prev, c in zip(cands, cands[1:]):
            # `the official rate is Bs.F 2.15/USD; the parallel rate is 6.0-6.3 per dollar`: a bare
            # rate of exchange after one in money, in the sentence, is in its currency
            if (c.kind == "quantity" and c.unit == "count" and c.per is not None and c.per == prev.per
                    and prev.kind == "money" and c.per in self.lex.currency_codes and c.start - prev.end < 120
                    and not _SENTENCE_STOP.search(text, prev.end, c.start)):
                c.kind, c.unit, c.info, c.item, c.rule = "money", prev.unit, prev.info, None, "money-rate-named"
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["currency from the sentence"]
        for prev, c in zip(cands, cands[1:]):
            # `Fifteen of the 2,154 kilograms`, `only 2 of 210 constituencies`: a part of a figure
            # is counted in what the figure is
            if (prev.rule == "count-bare" and c.kind == "quantity" and (c.unit != "count" or c.item)
                    and _PART_OF.fullmatch(text, prev.end, c.start)):
                prev.kind, prev.unit, prev.info, prev.rule = c.kind, c.unit, c.info, "part-shared-unit"
                prev.item = c.item if c.unit == "count" else prev.item
                prev.flags = [f for f in prev.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
        for prev, c in zip(cands, cands[1:]):
            # `grew from 25,000 to 32,000 officers`: the first number of a change counts what the second does
            if (prev.rule == "count-bare" and c.rule == "count-noun" and c.item and _TO_GAP.fullmatch(text, prev.end, c.start)
                    and _FROM_BEFORE.search(text, max(0, prev.start - 8), prev.start)):
                prev.item, prev.rule = c.item, "compared-shared-unit"
                prev.flags = [f for f in prev.flags if not f.startswith("bare number")] + ["unit inferred from the comparison"]
        for k in range(len(cands) - 1, 0, -1):
            last = cands[k]
            if last.kind == "date" or last.rule.startswith("count"):
                continue
            if last.kind == "money" and not text[last.start].isdigit() and _CURRENCY_FIRST.match(text, last.start, last.end):
                continue  # (`Bht 20 billion, VND 3 trillion`: a currency written before its amount is its own)
            scale = self._scale_of_figure(text, last) if last.kind in ("money", "quantity") else 1
            j = k - 1
            while j >= 0:
                c = cands[j]
                gap = text[c.end:cands[j + 1].start]
                # (`the margin was 77 to 22 percent`, `won the runoff 52.6-43.3 percent`: a tally of
                # shares, the larger first, no range)
                tally = (j == k - 1 and last.kind == "percent" and isinstance(c.value, (int, float))
                         and isinstance(last.value, (int, float)) and last.value < c.value <= 100)
                change = _TO_GAP.fullmatch(gap) and (
                    _FROM_BEFORE.search(text, max(0, c.start - 8), c.start)
                    # (`rose by 0.5 to 8.2 percent`: the change, then the level, in one unit)
                    or _BY_BEFORE.search(text, max(0, c.start - 12), c.start) or tally
                # (`the debt ratio fell to 58.4 from 61.6 percent`: the level, then the one it changed from)
                ) or j == k - 1 and _FROM_GAP_ONLY.fullmatch(gap) and _TO_BEFORE.search(text, max(0, c.start - 8), c.start) or (
                    tally and _DASH_GAP.fullmatch(gap))
                # (`Turnout fell to 52 from 61 percent`: a count of what is named before the number
                # is a member too, where the last is a share)
                named_before = (c.rule == "count-noun" and last.kind == "percent" and change and c.item is not None
                                and text.find(c.item, max(0, c.start - 80), c.start) != -1
                                and not text[c.end:c.end + len(c.item) + 4].lstrip().startswith(c.item))
                sides = (j == k - 1 and last.info is not None and last.info.base_unit == "m" and last.per is None
                         and _SIDES_GAP.fullmatch(gap))
                if c.rule != "count-bare" and not named_before or not (change or sides or _LIST_GAP.fullmatch(gap)):
                    break
                # `GDP grew by 1.3 billion, or 7.2 percent`: `, or` after a lone number restates it
                # (a list has a member before it: `3, 4, or 5 percent`); and a number with a scale
                # word (`1.3 billion`) is no share of a list of percents.
                if j == k - 1 and rx.fullmatch(r"(?i)\s*,\s*or\s*", gap) and not (
                        j and cands[j - 1].rule == "count-bare" and rx.fullmatch(r"\s*,\s*", text[cands[j - 1].end:c.start])):
                    break
                if last.kind == "percent" and (_SCALED.search(text, c.start, c.end) or isinstance(c.value, (int, float)) and c.value > 100
                                               and (not isinstance(last.value, (int, float)) or last.value <= 100)):
                    break  # (`nearly 5,000, almost 30 percent of its strength`: no share of percents)
                c.kind, c.unit, c.info, c.rule = last.kind, last.unit, last.info, "list-shared-unit"
                c.item = None if named_before else c.item
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
                if scale > 1 and c.value < 1000 and not _SCALED.search(text, c.start, c.end):
                    c.value *= scale  # `20 and 30 million dollars`: the scale word is shared too
                if last.parts > 1 and isinstance(c.value, (int, float)):
                    c.value /= last.parts  # `from 45 to 60 cents`: so are the currency's parts
                if (last.kind == "percent" and isinstance(c.value, (int, float)) and c.value > 0
                        and (mm := _MINUS_BEFORE.search(text, max(0, c.start - 12), c.start)) is not None):
                    c.value, c.start = -c.value, mm.start()  # (`from -0.3 to 1.2 percent`: a share below zero)
                j -= 1
        # `UPP won 45 seats, APRA 36 and UN 17`, `Peru got $5 million, Bolivia 3 million`: a bare
        # number after a name, in a list after a figure, counts what that figure counts
        for prev, c in zip(cands, cands[1:]):
            if c.rule != "count-bare" or prev.kind not in ("money", "quantity", "percent") or prev.unit == "count" and not prev.item:
                continue
            end = prev.end
            if prev.unit == "count" and prev.rule != "list-shared-unit":  # (after what is counted: `45 seats, APRA 36`)
                gap = text[end:c.start]
                if not gap.lstrip().startswith(prev.item):
                    continue
                end += len(gap) - len(gap.lstrip()) + len(prev.item)
            end = _past_share_of(text, prev, end, c.start)  # (`45 percent of the vote, the opposition 38`: what the share is of)
            if (nm := _NAMED_MEMBER.fullmatch(text, end, c.start)) is not None and nm.group("is") and not self._names_a_share(nm, prev):
                nm = None  # (only a share is named with `is`, as below)
            if nm is None and (nm := _NAMED_SHARE.fullmatch(text, end, c.start)) is not None and not (
                    # (only a share is named with `is`: `8.5 percent; inflation is 4.2`)
                    self._names_a_share(nm, prev) if nm.group("is")
                    else prev.kind == "percent" or nm.group().lstrip(" \t)").startswith(";") or _named_at(text, nm, prev)
                    or _SCALED.search(text, c.start, c.end) and _SCALED.search(text, prev.start, prev.end)
                    and not any(_VERB_LIKE.fullmatch(w) for w in nm.group("name").split())):
                nm = None  # (shares named in lower case: `45 percent of the vote, the opposition 38 and independents
                # 17`; other members only after a semicolon, `wheat 3.2 million tons; rice 850,000`, or of the
                # scale of the first, `USD 620 million, bananas 250 million and shrimp 170 million`)
            if (nm is not None
                    and not any(w.lower() in self.lex.item_stops for w in nm.group("name").split())  # (`MEN, OF WHOM 400,000`)
                    and not (prev.kind == "money" and c.value < 1000 and not _SCALED.search(text, c.start, c.end) and prev.value >= 1e5)
                    # (`CATTLE 113.2 MILLION HEAD, UP 3 PCT; HOGS 70.4 MILLION`: no share has a scale word)
                    and not (prev.kind == "percent" and (c.value > 100 or _SCALED.search(text, c.start, c.end)))):
                c.kind, c.unit, c.per, c.info, c.rule = prev.kind, prev.unit, prev.per, prev.info, "list-shared-unit"
                c.item = prev.item if prev.unit == "count" else c.item
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
                if _named_at(text, nm, prev):
                    self._in_scale_of(text, prev, c)  # (`wheat at 20.5 MMT and barley at 11.8`: in its scale)
        figs = [c for c in cands if c.kind != "date"]
        for prev, c in zip(figs, figs[1:]):
            # (`45 percent of the budget for defense and 20 for police`: after what a share is of)
            end = _past_share_of(text, prev, prev.end, c.start)
            end = _past_item(text, prev, c.start) if prev.unit == "count" else end  # (`13,000 workers to Malaysia and 2,300 to Korea`)
            # (a count whose item it took from one before it, with no noun after it: `506 murders in
            # 2009, against 547 in 2008 and 391 in 2007`)
            if (c.rule == "count-bare" and prev.kind in ("money", "quantity", "percent", "duration")
                    and (prev.unit != "count" or end > prev.end or prev.item and (
                        prev.rule in ("compared-shared-unit", "parallel-shared-unit")
                        # (or named before it, as the subject of a verb of counting: `Troops numbered
                        # 12,000 in 2007 and 18,000 by 2009`)
                        or _item_named_before(text, prev, 60)))
                    and c.start - end < 80 and ((pg := _PARALLEL_GAP.fullmatch(text, end, c.start))
                                                and (_parallel_preposition(text, c.end, pg.group("p"))
                                                     # (`95 fugitives to the U.S. in 2008 and 103 through November
                                                     # 2009`: a time after each)
                                                     or _YEAR_NAMED.search(pg.group()) and _TIME_AFTER.match(text, c.end))
                                                # (`3.5 percent this year and 4 next`)
                                                or _PARALLEL_TIME_GAP.fullmatch(text, end, c.start) and _PARALLEL_TIME_AFTER.match(text, c.end))
                    and not (prev.kind == "percent" and isinstance(c.value, (int, float)) and c.value > 100)
                    and not (prev.kind == "money" and isinstance(prev.value, (int, float)) and prev.value >= 1e5 > c.value * 1000)):
                c.kind, c.unit, c.per, c.info, c.rule = prev.kind, prev.unit, prev.per, prev.info, "parallel-shared-unit"
                c.item = prev.item if prev.unit == "count" else c.item
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
            elif (c.rule == "count-bare" and prev.kind == "percent" and isinstance(c.value, (int, float)) and c.value <= 100
                  and end > prev.end and _SHARE_AND_GAP.fullmatch(text, end, c.start) and _SHARE_OF_AFTER.match(text, c.end)):
                # `90 percent of exports and 60 of government revenue`: a share of one thing, then a
                # bare number of another, is a share too
                c.kind, c.unit, c.per, c.info, c.item, c.rule = prev.kind, prev.unit, prev.per, prev.info, None, "parallel-shared-unit"
                c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit inferred from the list"]
        self._rates_named_before(text, figs, low)
        # `Afs 50,000 per jerib of poppy, against Afs 20,000 for wheat`, `USD 120 a month for police
        # and USD 150 for soldiers`: an amount in the same unit compared with a rate, or in
        # parallel with it, and of a like size, is at that rate (in parallel, a size within a
        # hundredfold: `USD 1,000 in the VRAE and USD 30,000 in the U.S.`, where prices differ so)
        for prev, c in zip(figs, figs[1:]):
            if (cmp_rx is not None and c.per is None and prev.per is not None and c.kind == prev.kind and c.kind in ("money", "quantity")
                    and c.unit == prev.unit and isinstance(c.value, (int, float)) and isinstance(prev.value, (int, float))
                    and (ratio := max(prev.value, c.value) / max(1e-9, min(prev.value, c.value))) <= 100 and c.start - prev.end < 60
                    and (ratio <= 20 and (cmp_rx.fullmatch(text, prev.end, c.start) or end_rx.fullmatch(text, prev.end, c.start)
                                          # (`rose to USD 3.85 per gallon in July before falling to USD 1.40`)
                                          or self._changed_to(text, prev, self._past_when(text, prev.end, c.start), c))
                         # (`USD 120 a month for police and USD 150 for soldiers`)
                         or (pg := _PARALLEL_GAP.fullmatch(text, prev.end, c.start)) is not None
                         and _parallel_preposition(text, c.end, pg.group("p")))):
                c.per = prev.per
        # `from USD 45 to USD 60 per barrel`, `$200 and $300 per kilo`, `1.2 to 1.5 tons per hectare`:
        # the rate the last member of a list or change names is the rate of each member before it
        for k in range(len(cands) - 1, 0, -1):
            last = cands[k]
            if last.per is None or last.kind not in ("money", "quantity"):
                continue
            j = k - 1
            while j >= 0:
                c = cands[j]
                gap = text[c.end:cands[j + 1].start]
                # (a list of three measures or more, each of what it measures, in units of their own:
                # `12 kg of maize, 2 kg of beans and 1 liter of oil per person per month`; two may be
                # two clauses, `3 tons of cocaine, and 20 liters of acid per day were used`)
                measures = False
                if c.kind == last.kind == "quantity" and c.unit != "count" and last.unit != "count" and c.item and last.item:
                    nxt = cands[j + 1].start
                    past = _past_item(text, c, nxt)
                    measures = (_COMMA_GAP.fullmatch(text, past, nxt) is not None
                                # (two in one unit: `2 tons of maize and 1.5 tons of beans per hectare`)
                                or _LIST_GAP.fullmatch(text, past, nxt) is not None and (
                                    c.unit == last.unit or j > 0 and cands[j - 1].kind == "quantity" and cands[j - 1].item is not None
                                    and _COMMA_GAP.fullmatch(text, _past_item(text, cands[j - 1], c.start), c.start) is not None))
                if (c.per is not None or c.kind != last.kind or c.unit != last.unit and not measures or not (
                        # (and a change by an amount to a level: `raised by TK 10 to TK 80 per maund`)
                        measures or _LIST_GAP.fullmatch(gap) or _TO_GAP.fullmatch(gap) and (
                            _FROM_BEFORE.search(text, max(0, c.start - 8), c.start) or _BY_BEFORE.search(text, max(0, c.start - 8), c.start)))):
                    break
                if j == k - 1 and _RESTATES.fullmatch(gap) and not (j and _LIST_GAP.fullmatch(text, cands[j - 1].end, c.start)):
                    break  # (`39.4 MILLION BARRELS, OR 438,000 B/D`: a total restated as a rate, no list)
                c.per = last.per
                j -= 1

    def _past_when(self, text: str, end: int, limit: int) -> int:
        """`end` moved past a year or month that a phrase there names (`in 2008`, `in May`), where
        the phrase ends before `limit`."""
        if (ym := _YEAR_PHRASE.match(text, end) or self.lex.month_phrase_rx.match(text, end)) and ym.end() < limit:
            return ym.end()
        return end

    def _changed_to(self, text: str, prev: Candidate, end: int, c: Candidate) -> bool:
        """Whether `c`, from `end` after `prev`, is where a change from `prev` goes: `from USD 3 to
        2.5 billion`, `fell to 5,000 hectares in 2007 before recovering to 6,200` (a second change,
        of a like size)."""
        return bool(_TO_GAP.fullmatch(text, end, c.start) and (_FROM_BEFORE.search(text, max(0, prev.start - 8), prev.start)
                                                                # (`augmented by USD 3.2 to 11.3 billion`: the change, then the level)
                                                                or _BY_BEFORE.search(text, max(0, prev.start - 12), prev.start)
                                                                # (`from a peak of 65 cents per pound in 1974 to 14 cents`)
                                                                or _FROM_A_BEFORE.search(text, max(0, prev.start - 30), prev.start))
                    # (`from a surplus of 2 percent of GDP to a deficit of 3`)
                    or _TO_A_GAP.fullmatch(text, end, c.start) and _FROM_A_BEFORE.search(text, max(0, prev.start - 30), prev.start)
                    or self.lex.change_on_rx is not None and (_TO_BEFORE.search(text, max(0, prev.start - 8), prev.start)
                                                              or self.lex.benchmark_of_rx is not None
                                                              and self.lex.benchmark_of_rx.search(text, max(0, prev.start - 30), prev.start))
                    and self.lex.change_on_rx.fullmatch(text, end, c.start)
                    and max(prev.value, c.value) <= 20 * max(1, min(prev.value, c.value)))

    def _rates_named_before(self, text: str, figs: list[Candidate], low: str) -> None:
        """`The average price per kilo of base was 2,200 soles`, `Yields per hectare fell from 2.5 to
        1.8 tons`, `A kilo of cocaine sells for USD 1,200`, `the price of a kilo rose to USD 950`: a
        figure without a rate whose clause
        names one before it (for money, one of a unit before a verb of price), with no number between,
        is at that rate (a count or a share only at a rate in time); so are the members of a change
        or list after it. A comma ends the clause: `Paid per hectare, the program's total cost
        reached USD 2 million`."""
        L = self.lex
        prev_named = None
        for i, c in enumerate(figs):
            named = None
            lo = max(0, c.start - 80)
            # (the cheap finds first: most figures have no `per` nor `of` before them)
            if c.per is None and c.kind in ("money", "quantity", "percent") and (
                    low.find("per", lo, c.start) != -1 and _PER_WORD.search(low, lo, c.start) is not None
                    or c.kind == "money" and (low.find("price", lo, c.start) != -1 or L.price_verb_rx.search(low, lo, c.start) is not None)):
                seg = text[lo:c.start]
                cut = 0
                for m in _RATE_CLAUSE_BREAK.finditer(seg):
                    if seg.startswith(":", m.start()) and not seg[m.end():].strip():
                        break  # (a label's colon right before its figure: `Cost per hectare: USD 2,300`)
                    cut = m.end()
                pm = None
                # (not after a figure of the clause, whose rate it is: `2.1 million liters of water
                # per day to 115 sites`)
                if not (i and figs[i - 1].end > lo + cut):
                    for pm in L.per_before_rx.finditer(seg, cut):
                        pass
                if pm is not None and not any(ch.isdigit() for ch in _YEAR_WORD.sub("", seg[pm.end():])):
                    r = pm.group("r") or pm.group("k") or pm.group("a")
                    per = L.rate_unit(r)
                    if pm.group("a") and (c.kind != "money" or (info := L.unit_info(r)) is None or info.kind != "quantity"):
                        per = None  # (`a kilo of cocaine sells for`, not `a year of war cost`)
                    if per and per != c.unit and (c.kind == "money" or c.unit not in ("count", "percent") or per in L.time_units):
                        named = per
            if (named is None and c.per is None and prev_named is not None and c.kind == figs[i - 1].kind and c.unit == figs[i - 1].unit
                  and (_TO_GAP.fullmatch(text, figs[i - 1].end, c.start) or _LIST_GAP.fullmatch(text, figs[i - 1].end, c.start))):
                named = prev_named  # (`the price per kilo fell from USD 800 to USD 600`)
            if named is not None:
                c.per = named
                c.flags.append("rate named before the figure")
            prev_named = named

    def _compared_years(self, text: str, cands: list[Candidate]) -> None:
        """`67.3% (versus 71.2% in 2004)`, `$5 billion in 2008, up from $4 billion in 2007`: a year
        after the figure a figure is compared with, in its clause, is that figure's, not the
        first's, and one before it is the first's (sorted `cands`). Where the years of the figures
        compared with stand is kept: they are no other figure's."""
        cmp_rx, end_rx = self.lex.comparison_rx, self.lex.comparison_end_rx
        self._compared_year_positions = frozenset()
        if cmp_rx is None:
            return
        figs = [c for c in cands if c.kind != "date"]
        firsts = set()
        compared: set[int] = set()
        for i, (c, n) in enumerate(zip(figs, figs[1:])):
            if n.start - c.end > 60:
                continue
            if (cmp_rx.fullmatch(text, c.end, n.start) or end_rx.fullmatch(text, c.end, n.start)
                    # (`X in 2009 from Y in 2008`)
                    or (ym := _YEAR_PHRASE.match(text, c.end)) and ym.end() < n.start
                    and (cmp_rx.fullmatch(text, ym.end(), n.start) or end_rx.fullmatch(text, ym.end(), n.start))):
                c.years_until, n.years_from = n.start, n.start
                if (bl := cmp_rx.fullmatch(text, c.end, n.start)) is not None and bl.group("label_year"):
                    c.years_until = n.years_from = bl.start("label_year")  # (`3.2 MILLION TONS (1974: 2.9)`: the year is the second's)
                firsts.add(i)
                if c.kind != n.kind or c.unit != n.unit:
                    # (`$4.3 billion on October 10, enough for five weeks of imports, down from $16.5
                    # billion in October 2007`: what is compared is the figure of its kind before)
                    for p in reversed(figs[max(0, i - 3):i]):
                        if n.start - p.end > 250 or _SENTENCE_STOP.search(text, p.end, n.start):
                            break
                        if p.kind == n.kind and p.unit == n.unit:
                            p.years_until = p.years_until if p.years_until is not None else n.start
                            break
                if (ny := _YEAR_PHRASE.match(text, n.end)) is not None:
                    compared.add(ny.start("y"))
                # (`6,269 ha in 2007 against a goal of 5,000 ha, but the 2008 goal`: the compared
                # figure's year is in its own clause)
                if n.years_until is None and (br := _COMPARED_CLAUSE_END.search(text, n.end, n.end + 300)):
                    n.years_until = br.start()
        # (`28 of the 36 governorships, up from 21 in 2003`: the compared year is none of the figures
        # in the same clause before the one compared)
        for i in range(len(figs) - 2, -1, -1):
            c, n = figs[i], figs[i + 1]
            if (i + 1 in firsts and c.years_until is None and n.start - c.end <= 60
                    and not _CLAUSE_BREAK.search(text, c.end, n.start)):
                c.years_until = n.years_until
                firsts.add(i)
        self._compared_year_positions = frozenset(compared)

    def _scale_of_figure(self, text: str, c: Candidate) -> float:
        """The scale word after a figure's number (`30 million dollars`: 1,000,000), or the scale its
        unit's letters name (`2.4 MMT`, `12 bcm`), else 1."""
        d = _DIGIT_RUN.search(text, c.start, c.end)
        m = self.lex.scale_rx.match(text, d.end()) if d else None
        if m and m.end() <= c.end:
            return self.lex.scale(m.group(1))
        info = c.info
        if d is not None and info is not None and info.scale > 1 and c.kind == "quantity":
            digits = d.group().rstrip(".,")
            if digits.replace(",", "").replace(".", "", 1).isdigit() and digits.count(".") <= 1:
                raw = float(digits.replace(",", ""))
                return info.scale_above[1] if info.scale_above and raw > info.scale_above[0] else info.scale
        return 1

    # ------------------------------------------------------------ finish
    def _finish(self, pc: ParsedCable, text: str, cands: list[Candidate]) -> list[Figure]:
        rep = pc.repaired
        cands.sort(key=lambda c: (c.start, -c.end))
        rows: list[dict] = []
        last_end = -1
        paras = pc.clean_paragraphs
        pstarts = [p.start for p in paras]
        uncertain = {b.id for s in pc.clean_sections for b in s.benchmarks if b.response_uncertain}
        ref_year, ref_month = self._cable_date(pc)
        self._ref_year = ref_year
        currency_at = self.lex.currency_at
        facts: dict = {}  # per sentence: the years and measure keywords it names
        prev_end, prev_year = -1, None  # (of the last figure that is no date)
        for c in cands:
            if c.start < last_end:
                continue
            last_end = c.end
            flags = list(c.flags)
            section, part = locate(pc.clean_sections, c.start)
            if section in uncertain and part is not None:
                flags.append("response boundary uncertain")
            k = bisect.bisect_right(pstarts, c.start) - 1
            paragraph = paras[k].number if k >= 0 and c.start < paras[k].end else None
            raw_s, raw_e = rep.to_raw(c.start), rep.to_raw(c.end)
            if rep.repaired_near(raw_s, raw_e, margin=3):
                flags.append("text repaired nearby")
            value = _num(c.value)
            value_max = _num(c.value_max)
            value_base, base_unit = self._base(c, value)
            if c.kind == "quantity" and isinstance(value, (int, float)) and value > _IMPLAUSIBLE.get(c.unit, float("inf")):
                flags.append("value outside a plausible range for its unit")
            if c.kind == "date":
                year, measure = _year_of_value(c.value), None
            else:
                sentence = self._sentence_of(text, c.start, facts)
                if c.year_before and c.year is None:
                    # (the year before the one the sentence names, or before the cable's)
                    base = sentence.year_of(c.start, ref_year)
                    year = base - 1 if base is not None else (ref_year - 1 if ref_year else None)
                elif (c.year is None and c.year_shift is None and 0 <= c.start - prev_end <= 12 and text.find("(", prev_end, c.start) != -1
                      and _RESTATED_OPEN.fullmatch(text, prev_end, c.start)):
                    year = prev_year  # (`Rs. 10,20,838 crore (USD 212 billion at Rs 48.1/USD)`: a restatement, of its amount's year)
                else:
                    year = c.year if c.year is not None else (ref_year + c.year_shift) if c.year_shift is not None and ref_year else (
                        sentence.year_of(c.start, ref_year, c.years_until, c.years_from))
                prev_end, prev_year = c.end, year
                measure = (c.measure or None) if c.measure is not None else sentence.measure_of(
                    c.start, self.lex.money_measures if c.kind == "money" else None, c.kind == "quantity")
                if measure and c.kind == "quantity" and c.info is not None and (swaps := self.lex.measure_by_base.get(c.info.base_unit)):
                    measure = swaps.get(measure, measure)  # (`the crop of 2.8 million tons` is production)
            confidence = self._confidence(c, flags)
            unit, per = (c.unit if c.kind != "date" else None), c.per
            if ref_year is not None:  # (`TL 17.50` in 1977 is the old lira, `GHC` in 2009 the new cedi)
                if c.kind == "money":
                    unit = currency_at(unit, ref_year, ref_month, "old" in text[c.start:c.end].lower())
                if per is not None and per.isupper():
                    per = currency_at(per, ref_year, ref_month)
            rows.append(dict(
                kind=c.kind, value=value, value_max=value_max, unit=unit,
                per=per, qualifier=c.qualifier, item=c.item, text=rep.raw[raw_s:raw_e], start=raw_s, end=raw_e,
                section=section, part=part, paragraph=paragraph, value_base=value_base, base_unit=base_unit,
                year=year, measure=measure, rule=c.rule, confidence=confidence, flags=flags,
                flagged=confidence < self.threshold))
        return _FIGURES.validate_python(rows)  # one call validates them all, at half the cost of one by one

    @staticmethod
    def _confidence(c: Candidate, flags: list[str]) -> float:
        score = 0.97
        for f in flags:
            score -= _PENALTIES.get(f, 0.1)
        return round(max(0.05, min(1.0, score)), 2)

    def _base(self, c: Candidate, value) -> tuple[float | None, str | None]:
        if not isinstance(value, (int, float)):
            return None, None
        if c.kind == "money":
            return float(value), c.unit
        if c.kind == "percent":
            return float(value), "percent"
        info = c.info
        if c.unit == "count":
            return float(value), "count"
        if info and info.to_base is not None and info.base_unit:
            return float(value) * info.to_base, info.base_unit
        return None, None

    def _since(self, low: str, pos: int, year: int) -> bool:
        """Whether the year at `pos` says when a count began: `since 2001`; `since March 2007` in a
        cable of another year (in one of 2008, `since January 2008` counts that year's)."""
        if "since" not in low[max(0, pos - 30):pos] or (sm := _SINCE_BEFORE.search(low, max(0, pos - 30), pos)) is None:
            return False
        return not sm.group("when") or (self._ref_year is not None and year != self._ref_year)

    def _sentence_of(self, text: str, pos: int, cache: dict) -> _SentenceFacts:
        s, e = self.sentences.sentence(text, pos)
        facts = cache.get(s)
        if facts is None:
            sent = text[s:e]
            low = sent.lower()
            # (`since 2001` names when a sum began, not the year of the figures; `rose 28.6 percent
            # over August 1975`, the time they are compared with)
            years = [(s + m.start(), int(m.group(1))) for m in _YEAR_IN_SENTENCE.finditer(sent)
                     if self.lex.year_min <= int(m.group(1)) <= self.lex.year_max
                     and not self._since(low, m.start(), int(m.group(1)))
                     and not (_compared_time(low, max(0, m.start(1) - 45), m.start(1))
                              and not _SPAN_AFTER_YEAR.match(sent, m.end()))] if "19" in sent or "20" in sent else []
            measures = [(s + m.start(), measure) for m in self.lex.measure_rx.finditer(low)
                        if (measure := self.lex.measure_of[" ".join(m.group().split())])]
            shift = None
            if "year" in low:  # both patterns need the word
                # (not a `last year` right after a figure, which names that figure's year: `8 tons
                # per hectare, versus 11.4 last year`)
                own = self._figure_year_phrases
                shift = 0 if any(s + m.start() not in own for m in _THIS_YEAR.finditer(sent)) else -1 if any(
                    s + ly.start() not in own and not _compared_time(low, max(0, ly.start() - 30), ly.start())
                    for ly in _LAST_YEAR.finditer(sent)) else None
            semicolons = []
            if years and ";" in sent:
                i = sent.find(";")
                while i != -1:
                    semicolons.append(s + i)
                    i = sent.find(";", i + 1)
            # (the cheap test of the few characters before each year first)
            named = frozenset(py[0] for py in years if (tail := text[max(0, py[0] - 5):py[0]].lower()) and (
                "the" in tail and _NAME_AFTER_YEAR.match(text, py[0] + 4) and _THE_BEFORE.search(text, max(0, py[0] - 6), py[0])
                # (`the Trade Act of 1974`, `the Convention of 1951`)
                or "of" in tail and (nm := _NOUN_OF_BEFORE.search(text, max(0, py[0] - 30), py[0])) is not None
                and nm.group("n").lower() in self.lex.id_nouns_after)) if years else frozenset()
            never = self.lex.not_quantity_measures
            quantity_measures = [pm for pm in measures if pm[1] not in never] if never and measures else None
            if quantity_measures is not None and len(quantity_measures) == len(measures):
                quantity_measures = None
            facts = cache[s] = _SentenceFacts(years, measures, shift, semicolons, self._compared_year_positions, named, quantity_measures)
        return facts


@dataclass
class _SentenceFacts:
    years: list[tuple[int, int]]      # (offset, year) of each year the sentence names
    measures: list[tuple[int, str]]   # (offset, measure) of each measure keyword
    year_shift: int | None            # 0 for `this year`, -1 for `last year`
    semicolons: list[int]             # offsets of the `;` that part its clauses
    compared: frozenset[int] = frozenset()  # offsets of the years of figures compared with (`up from four in 2007`)
    named: frozenset[int] = frozenset()  # offsets of the years in a name (`under the 2003 Anti-Trafficking Act`)
    quantity_measures: list[tuple[int, str]] | None = None  # the measures a quantity may take, where fewer than all
    _of_first: dict = field(default_factory=dict)  # the measures of each set of `first` measures asked for
    offsets: list[int] = field(init=False)  # the offsets of `years`, in order

    def __post_init__(self) -> None:
        self.offsets = [py[0] for py in self.years]

    def year_of(self, pos: int, ref_year: int | None, until: int | None = None, since: int | None = None) -> int | None:
        """The year named nearest `pos` in its clause of the sentence (before `until` and after
        `since`, where given), or failing one there the last named in the clauses before (`In 2008,
        police seized 5 tons; arrested 300 people`), else `this/last year` against the cable's year."""
        # (by bisection over the offsets, each year looked at once: a sentence of thousands of years
        # and figures costs no more per figure than a short one)
        offsets = self.offsets
        lo = bisect.bisect_left(offsets, since) if since is not None else 0
        hi = bisect.bisect_left(offsets, until) if until is not None else len(offsets)
        compared = self.compared
        if self.semicolons and lo < hi:
            k = bisect.bisect_left(self.semicolons, pos)
            a = self.semicolons[k - 1] if k else -1
            b = self.semicolons[k] if k < len(self.semicolons) else None
            c_lo, c_hi = max(lo, bisect.bisect_right(offsets, a)), min(hi, bisect.bisect_left(offsets, b) if b is not None else hi)
            if not any(offsets[j] not in compared for j in range(c_lo, c_hi)):
                # (no year in the clause: the last named before it)
                j = min(hi, bisect.bisect_left(offsets, a)) - 1
                while j >= lo and offsets[j] in compared:
                    j -= 1
                return self.years[j][1] if j >= lo else self._shifted(ref_year)
            lo, hi = c_lo, c_hi
        found = self._nearest(pos, lo, hi, self.named) if self.named else None
        if found is None:
            found = self._nearest(pos, lo, hi, frozenset())
        if found is not None:
            return self.years[found][1]
        return self._shifted(ref_year)

    def _nearest(self, pos: int, lo: int, hi: int, skip: frozenset[int]) -> int | None:
        """The index of the year nearest `pos` among those at `lo:hi`, none compared with nor at an
        offset in `skip`; the earlier of two as near."""
        offsets, compared = self.offsets, self.compared
        r = max(lo, min(hi, bisect.bisect_left(offsets, pos)))
        left = r - 1
        while left >= lo and (offsets[left] in compared or offsets[left] in skip):
            left -= 1
        right = r
        while right < hi and (offsets[right] in compared or offsets[right] in skip):
            right += 1
        if left < lo:
            return right if right < hi else None
        if right >= hi or abs(offsets[left] - pos) <= abs(offsets[right] - pos):
            return left
        return right

    def _shifted(self, ref_year: int | None) -> int | None:
        """`this year`, `last year` against the cable's year, where the sentence says one."""
        if ref_year and self.year_shift is not None:
            return ref_year + self.year_shift
        return None

    def measure_of(self, pos: int, first: frozenset[str] | None = None, quantity: bool = False) -> str | None:
        """The measure whose keyword stands nearest `pos` in the sentence (of the `first`
        measures, where the sentence names one; for a quantity, of those a quantity may take)."""
        measures = self.quantity_measures if quantity and self.quantity_measures is not None else self.measures
        if not measures:
            return None
        if first:
            if (chosen := self._of_first.get((first, quantity))) is None:
                chosen = self._of_first[(first, quantity)] = [pm for pm in measures if pm[1] in first] or measures
            measures = chosen
        # (the nearest by offset, the earlier of two as near: the keywords stand in the order of the text)
        k = bisect.bisect_left(measures, (pos,))
        if k == len(measures) or k and pos - measures[k - 1][0] <= measures[k][0] - pos:
            k -= 1
        return measures[k][1]


# What each doubt costs a figure's confidence (a flag not named here costs 0.1).
_PENALTIES = {
    "bare number: what is counted is not said": 0.3, "number written in words": 0.05,
    "unit inferred from the list": 0.15, "unit from the table": 0.1, "unit inferred from the comparison": 0.15,
    "year from cable date": 0.2, "year from cable year": 0.3,
    "year from sentence": 0.3, "text repaired nearby": 0.1, "response boundary uncertain": 0.05,
    "value outside a plausible range for its unit": 0.4, "currency from the post's country": 0.2,
    "currency unknown for this post": 0.5, "four-digit number read as a count, not a year": 0.3,
    "qualifier scope unclear": 0.1, "implausible percent": 0.4, "a length naming the size of a thing": 0.3,
    "rate named before the figure": 0.05, "unit named before the list": 0.1,
}

# (each first character in a lookahead before the lookbehind: the engine then skips the others fast)
# (and the first year of a span written short: `2008/09`)
# (`end-1976`, `mid-2008`: a coarse time's year too)
_YEAR_IN_SENTENCE = rx.short(r"(?=[CF \t12-])(?:(?<![\w/.,-])|(?<=(?i:end|mid)-(?=\d)))(?:CY|FY)?[ \t-]?((?:19|20)\d{2})(?!\w|/(?!\d{2}(?![\d/]))|,\d)")
_COMPARED_TIME_WORDS = ("over", "above", "below", "against", "vs", "versus", "compared", "relative", "than", "same")


def _compared_time(low: str, a: int, b: int) -> bool:
    """Whether `low[a:b]` (lowered) ends in a word that compares with a time (`over August`)."""
    window = low[a:b]
    return any(w in window for w in _COMPARED_TIME_WORDS) and _COMPARED_TIME_BEFORE.search(low, a, b) is not None


_SPAN_AFTER_YEAR = rx.short(r"[ \t]*(?:[-\u2013/]|to\b|through\b)[ \t]*(?:FY|CY)?[ \t]*\d{2,4}\b")  # (`over 2008-2010` is during it)
_PERIOD_OF = r"(?:period|time|months?|weeks?|quarter|half|year|season|semester)" + GAP + r"(?:of|in)"  # (`the same period of`)
_COMPARED_TIME_BEFORE = rx.short(r"(?r)(?i)\b(?:(?:over|above|below|against|versus|vs\.?|compared" + GAP + r"(?:with|to)|relative" + GAP + r"to|than)"
                                 + GAP + r"(?:(?:the" + GAP + r")?(?:(?:same|first|second|third|fourth|last)" + GAP + r")?(?:[A-Za-z]+\.?|"
                                 + _PERIOD_OF + r")" + GAP + r")?"
                                 # (`up 19 percent from the same period of 2008`: a time compared with, where `from 2005` may begin a span)
                                 + r"|from" + GAP + r"the" + GAP + r"same" + GAP + r"(?:[A-Za-z]+|" + _PERIOD_OF + r")" + GAP + r")\Z")
# (a year between `the` and a word in title case is a name's: `the 2003 Anti-Trafficking Act`)
_THE_BEFORE = rx.short(r"(?i)\bthe" + GAP + r"\Z")
_NOUN_OF_BEFORE = rx.short(r"(?P<n>[A-Za-z]+)" + GAP + r"of" + GAP + r"\Z")
_NAME_AFTER_YEAR = rx.short(GAP + r"[A-Z][a-z]")
# (`since 2001`, `since March 2007`, `since mid-2008`, `since January 15, 2009`: when a count began)
_SINCE_BEFORE = rx.short(r"\bsince" + GAP + r"(?P<when>(?:early|mid|late|the" + GAP + r"end" + GAP + r"of|end)[- \t]+|[a-z]+\.?" + GAP
                         + r"(?:\d{1,2},?" + GAP + r")?)?(?:fy|cy)?[ \t-]?\Z")
_THIS_YEAR = rx.short(r"(?i)\bthis\s+year\b|\byear[- ]to[- ]date\b")
_LAST_YEAR = rx.short(r"(?i)\blast\s+year\b|\bprevious\s+year\b")


def _digit_fractions(text: str) -> list:
    """`_DIGIT_FRACTION.finditer(text)`, tried only at the slashes between digits (a scan led by a
    lookbehind is tried at every character)."""
    out = []
    p = text.find("/", 1)
    while p != -1 and p + 1 < len(text):
        if text[p - 1] in "123456789" and text[p + 1].isdigit() and (not out or out[-1].end() <= p - 1):
            q = p - 1
            r = q
            while r > 0 and text[r - 1] in " \t\n":
                r -= 1
            if r == q and text[q - 1:q] == "-":
                r -= 1  # `2-1/2 percent`
            w = r
            while w > 0 and text[w - 1].isdigit():
                w -= 1
            for start in ((w, q) if w < r < q and (not out or out[-1].end() <= w) else (q,)):
                m = _DIGIT_FRACTION.match(text, start)
                if m:
                    out.append(m)
                    break
        p = text.find("/", p + 1)
    return out


def _a_scales(text: str, low: str) -> list:
    """`_A_SCALE.finditer(text)`, tried only before the scale words the lowered text holds."""
    if len(low) != len(text):  # lower case changed the length of some letter: offsets would differ
        return list(_A_SCALE.finditer(text))
    starts = set()
    for word in _A_SCALE_WORDS:
        p = low.find(word)
        while p != -1:
            j = p
            while j > 0 and text[j - 1] in " \t\n-":
                j -= 1
            if j >= 4 and low.startswith("half", j - 4):  # (`a half-dozen`: past `half`, to its `a`)
                j -= 4
                while j > 0 and text[j - 1] in " \t\n":
                    j -= 1
            if j < p and j and text[j - 1] in "Aa":
                starts.add(j - 1)
                if j >= 6 and low.startswith("half", j - 1 - 5) and text[j - 2] in " \t\n-":  # (`half a million`, `half-a-million`)
                    starts.add(j - 6)
            p = low.find(word, p + 1)
    return [m for m in (_A_SCALE.match(text, j) for j in sorted(starts)) if m]


def _digits_start(text: str, c: Candidate) -> int:
    """Where the digits of the figure `c` start, past its qualifier (`is estimated at 65,000`)."""
    return next((p for p in range(c.start, c.end) if text[p].isdigit()), c.start)


def _item_named_before(text: str, c: Candidate, reach: int) -> bool:
    """Whether what the count `c` counts stands within `reach` characters before it, as a label or
    a subject: `Poppy-free provinces: 20`, `Troops numbered 12,000`."""
    return text.find(c.item, max(0, c.start - reach), c.start) != -1


def _named_at(text: str, nm, prev: Candidate) -> bool:
    """Whether the member `nm` names, with `at`, stands in parallel with the figure `prev`, named so
    too: `wheat at 20.5 MMT and barley at 11.8`."""
    return bool(nm.group("at") and _NAMED_AT_BEFORE.search(text, max(0, prev.start - 30), prev.start))


def _take_unit(c: Candidate, prev: Candidate, flag: str) -> None:
    """Give the bare number `c` the kind and unit of the figure `prev` (and what it counts, of a
    count), with the reason."""
    c.kind, c.unit, c.per, c.info, c.rule = prev.kind, prev.unit, prev.per, prev.info, "compared-shared-unit"
    c.item = c.item or (prev.item if prev.unit == "count" else None)
    c.flags = [f for f in c.flags if not f.startswith("bare number")] + [flag]


def _years_of_things(text: str, s: int, e: int) -> set[int]:
    """The years the sentence `s:e` names only as a thing's (`the 2007 ruling`, `its 2009 budget`),
    not after a word of time (`during the 2008 campaign`)."""
    at = {m.start("y") for m in _YEAR_OF_A_THING.finditer(text, s, e)
          if not _TIME_PREPOSITION_BEFORE.search(text, max(s, m.start() - 20), m.start())}
    if not at:
        return set()
    named = [(m.start(), int(m.group())) for m in _YEAR_NAMED.finditer(text, s, e)]
    return {y for p, y in named if p in at} - {y for p, y in named if p not in at}


def _year_in_clause(text: str, start: int, end: int, s: int, e: int, year: int, stops: str = ";") -> bool:
    """Whether `year` stands near the day at `start:end` in the sentence `s:e`, in the day's clause
    (none of `stops` between, within 60 characters), and not after a word that compares (`up from
    67.3 percent in 2003`)."""
    for m in _YEAR_NAMED.finditer(text, max(s, start - 60), min(e, end + 60)):
        if int(m.group()) != year:
            continue
        between = text[end:m.start()] if m.start() >= end else text[m.end():start]
        if any(ch in between for ch in stops) or _COMPARED_BEFORE.search(text, max(s, m.start() - 40), m.start()):
            continue
        if m.start() >= end and _NEW_CLAUSE.search(between):
            continue  # (`rose 15 percent on January 1 and will rise another 15 percent in 2010`: the year of the next clause)
        if m.start() < start and "," in between and (c := text.rfind(",", max(s, m.start() - 60), m.start())) >= 0 \
                and _ASIDE_OPENS.match(text, c, m.start()):
            continue  # (`The law, passed in 2008, takes effect on January 1`: the year of an aside)
        return True
    return False


# (a comma that opens an aside: a past participle or a relative pronoun after it)
_ASIDE_OPENS = rx.short(r",[ \t]*(?:\n[ \t]*)?(?:which|who|whose|(?:already[ \t]+|first[ \t]+)?(?:[a-z]{2,}ed|born|held|signed|written|made|taken|given|"
                        r"set|begun|known|seen|built|won|lost|chosen|sent|sold|brought|bought|drawn|struck|paid|laid|spent)\b)[^,;]*\Z")


_WORDS_JOIN = rx.short(r"[ \t]*\n?[ \t]*(?:,[ \t]*\n?[ \t]*)?(?:(?i:and)[ \t]*\n?[ \t]*(?<=[ \t\n]))?")  # (between the parts of a number's words)
_LEADING_POINT = rx.short(r"(?<=[ \t\n(])\.\d+(?![\d.,])")
_CENTS_AFTER_SYMBOL = rx.compiled(r"(?<=(?<![\w.])[$\u00a3\u20ac])\.\d{1,2}(?![\d.,])")
_GROUP_GAPS = frozenset(" \u00a0\u202f'\u2019")  # (and the apostrophe, as Switzerland writes thousands: `CHF 1'000 million`)
# (not a bore glued to the last: `15 120mm mortars` are fifteen)
_AFTER_GROUPS = rx.short(r"[ \u00a0][A-Za-z%(]|(?![Mm][Mm]\b)[A-Za-z%(]|[.,;:)](?!\d)|\Z")


def _join_decimal_comma(text: str, toks: list[NumberToken], unit_at, money_at) -> None:
    """`EUR 1.000,50`, `1.234.567,89`: thousands grouped with full stops and cents after a comma,
    as most of Europe and Latin America write money, are one number (the digits' scan reads
    `1.000` and `50`); so is one digit after a comma before a unit (`2,3 MT`: no thousands are
    grouped in one digit; `paras 2,3 and 5` are two numbers), where `unit_at(p)` says one stands at `p`,
    and two, the cents, in money (`3,50 euros`, `S/. 2,50`), where `money_at(s, e)` says a
    currency stands before `s` or after `e`."""
    i = 0
    while i + 1 < len(toks):
        a, b = toks[i], toks[i + 1]
        if (b.start == a.end + 1 and text[a.end] == "," and not a.words and not b.words and b.end - b.start <= 2
                and (_DOTTED_THOUSANDS.fullmatch(text, a.start, a.end)
                     or a.end - a.start <= 3 and text[a.start:a.end].isdigit() and (b.end - b.start == 1 and unit_at(b.end)
                                                                                    or money_at(a.start, b.end)))
                and text[b.start:b.end].isdigit()
                and not text[b.end:b.end + 1].isdigit() and not (text[b.end:b.end + 1] in ",." and text[b.end + 1:b.end + 2].isdigit())):
            value = float(text[a.start:a.end].replace(".", "") + "." + text[b.start:b.end])
            toks[i:i + 2] = [NumberToken(a.start, b.end, value, False)]
        i += 1


_DOTTED_THOUSANDS = rx.short(r"\d{1,3}(?:\.\d{3})+")


def _join_restated(text: str, toks: list[NumberToken]) -> None:
    """`three (3) vehicles`, `five (5) years`, `4 (four) soldiers`: a number restated in brackets,
    in digits after words or in words after digits, as contracts write it, is one number."""
    i = 0
    while i < len(toks) - 1:
        a, b = toks[i], toks[i + 1]
        if (a.words != b.words and a.value == b.value and _RESTATED.fullmatch(text, a.end, b.start)
                and text.startswith(")", b.end)):
            toks[i:i + 2] = [NumberToken(a.start, b.end + 1, a.value, a.words)]
        i += 1


_RESTATED = rx.short(r"[ \t]*(?:\n[ \t]*)?\(")


def _join_space_groups(text: str, toks: list[NumberToken]) -> None:
    """`12 000 beneficiaries`, `FCFA 50 000`, `1 500 000 tonnes`, `CHF 1'000 million`: groups of three
    digits apart by single spaces (or apostrophes), as French, Swiss and most of Europe write thousands, are one number, where a word (or
    the sentence's end) follows the last group; a row of numbers (`Labs 12 150 300`) stays apart.
    The digits' scan reads the groups as numbers of their own: they are joined here, where a text
    holds a run of them, at no cost to the scan."""
    i = 0
    while i < len(toks) - 1:
        a = toks[i]
        if toks[i + 1].start != a.end + 1 or a.end - a.start > 3:
            i += 1  # (the cheap test first: most numbers stand apart from the next)
            continue
        first = text[a.start:a.end]
        if not (first.isdigit() and first[0] != "0" and text[a.end:a.end + 1] in _GROUP_GAPS):
            i += 1
            continue
        j = i
        while (j + 1 < len(toks) and toks[j + 1].start == toks[j].end + 1 and text[toks[j].end] in _GROUP_GAPS
               and toks[j + 1].end - toks[j + 1].start == 3 and text[toks[j + 1].start:toks[j + 1].end].isdigit()):
            j += 1
        while j > i and not _AFTER_GROUPS.match(text, toks[j].end) and not all(text[toks[k].end] in "'\u2019" for k in range(i, j)):
            j -= 1  # (the longest run a word follows; a run apart by apostrophes is no row of a table)
        if j > i:
            digits = "".join(text[t.start:t.end] for t in toks[i:j + 1])
            toks[i:j + 1] = [NumberToken(a.start, toks[j].end, float(digits), False)]
        i += 1


_RATIO_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,000)?)"
_RATIO_AFTER = rx.short(r"(?i)" + GAP + r"in" + GAP + r"(?P<d>" + _RATIO_NUMBER + r")")
# (what the share is of, after the denominator: no time, no percent)
_RATIO_TAIL = rx.short(r"(?i)(?![\w.,/-])(?!" + GAP + r"(?:days?|weeks?|months?|years?|hours?|minutes?|per[ \t]?cent|%))" + GAP + r"[A-Za-z]")
_RATIO_BEFORE = rx.short(r"(?r)(?i)(?<![\w.,])(?P<n>" + _RATIO_NUMBER + r")" + GAP + r"in" + GAP + r"\Z")
_RATIO_DENOMINATORS = frozenset((2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000))


def _in_a_ratio(text: str, before: str, end: int, value: float, lex) -> bool:
    """`9 in 10 Iraqis`, `three in ten households`: the two numbers of a share, neither a count (a
    denominator of ten or fewer, or a power of ten, and a numerator below it, before what is shared)."""
    def number(w: str) -> float:
        w = w.lower().replace(",", "")
        return float(w) if w.isdigit() else lex.word_values.get(w, -1)
    if (m := _RATIO_AFTER.match(text, end)) is not None and _RATIO_TAIL.match(text, m.end()):
        d = number(m.group("d"))
        if d in _RATIO_DENOMINATORS and 0 < value < d:
            return True
    return ((m := _RATIO_BEFORE.search(before)) is not None and value in _RATIO_DENOMINATORS
            and 0 < number(m.group("n")) < value and _RATIO_TAIL.match(text, end) is not None)


_START = operator.attrgetter("start")
_SPAN_OPENER = rx.short(r"(?r)(?i)\b(?P<o>between|from)[ \t]*(?:\n[ \t]*)?\Z")
_SPAN_TO = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:(?P<and>and)|to|through|until|till)[ \t]*(?:\n[ \t]*)?")


def _joined_date_spans(text: str, dates: list[Candidate]) -> list[Candidate]:
    """`between mid-2006 and late 2007`, `from the first quarter of 2006 to the third of 2007`: two
    dates a span opens and joins are one period, from the first to the second (a span of years,
    months or days the date rules read whole)."""
    if len(dates) < 2:
        return dates
    dates.sort(key=_START)
    out: list[Candidate] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        b = dates[i + 1] if i + 1 < len(dates) else None
        if (b is not None and b.start - a.end <= 12 and isinstance(a.value, str) and isinstance(b.value, str)
                and a.value_max is None and b.value_max is None
                and a.value[:4].isdigit() and b.value[:4].isdigit() and a.value < b.value
                and (om := _SPAN_OPENER.search(text, max(0, a.start - 12), a.start)) is not None
                and (jm := _SPAN_TO.fullmatch(text, a.end, b.start)) is not None
                and bool(jm.group("and")) == (om.group("o").lower() == "between")):
            out.append(Candidate(om.start(), b.end, "date", a.value, b.value, rule="date-span",
                                 flags=list(dict.fromkeys(a.flags + b.flags))))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _without_a_cut_number(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`... seizures reached 1,2`, `... in 20`: a text that ends in a digit was cut off inside a
    number, as an excerpt of a fixed length is: a bare number at its very end is no figure, nor
    the number a comma or stop glues to it (`1,2` of `1,250`)."""
    last = next((c for c in reversed(cands) if c.end == len(text)), None)
    if last is None or last.rule != "count-bare":
        return cands
    cut = {id(last)}
    before = [c for c in cands if c.end == last.start - 1 and text[c.end] in ",." and c.rule == "count-bare"]
    cut.update(id(c) for c in before)
    return [c for c in cands if id(c) not in cut]


def _parallel_preposition(text: str, end: int, p: str) -> bool:
    """Whether the preposition `p` of the phrase after a figure stands again after a figure in
    parallel with it, ending at `end` (`USD 120 a month for police and USD 150 for soldiers`); of
    a place, `in`, `on` and `at` are alike (`N 158 to the dollar on the interbank market and N 162
    in the parallel market`)."""
    p = "(?:in|on|at)" if p.lower() in ("in", "on", "at") else p
    return rx.match(r"(?i)" + GAP + p + r"\b", text[end:end + 12]) is not None


def _symbol_repeats(text: str, before: str, end: int, symbol: str) -> bool:
    """`between Q 50 and Q 150 per bus`: a symbol written again before the other end of a range or
    list, or an amount a rate follows, is a currency's (a single letter apart from an amount may
    be a grade or a code: `Grade R 20 pupils`)."""
    sym = regex.escape(symbol)
    return (rx.match(r"(?i)[ \t]*(?:-|to|and|or)[ \t]+" + sym + r"[ \t]*\d|[ \t]+per\b", text[end:end + 24]) is not None
            or rx.search(sym + r"[ \t]*\d[\d,.]*[ \t]+(?i:-|to|and|or)[ \t]+" + sym + r"[ \t]*\Z", before) is not None
            # (`N 158 to the dollar on the interbank market and N 162 in the parallel market`: after
            # an amount at a rate in the same symbol, in the same clause)
            or rx.search(r"(?<![\w.])" + sym + r"[ \t]*\d[\d,.]*" + GAP + r"(?i:per|to" + GAP + r"the|an?)" + GAP + r"[^.;:!?\d]*"
                         + GAP + r"(?i:and|or|but|while|against|versus)" + GAP + sym + r"[ \t]*\Z", before) is not None)


def _as_round(first: float, second: float) -> bool:
    """Whether `second` is about as round as `first`, as the ends of a range are (`2,000 to 3,000`,
    `100 to 150`; not `1,000 to 3,800`): a multiple of half the power of ten `first` is one of,
    where `first` is at least a hundred."""
    if first < 100 or first != int(first) or second != int(second):
        return True
    unit = 10 ** (len(str(int(first))) - len(str(int(first)).rstrip("0")))
    return unit < 10 or second % (unit // 2) == 0


def _round(v: float) -> bool:
    """Whether `v` is a number a range is given in: a whole number under ten or a multiple of
    five, or a half under ten (`2.5 to 3`), as `10 to 15`, `2 to 10`, `2,000 to 3,000`."""
    return v == int(v) and (v < 10 or v % 5 == 0) or v < 10 and (2 * v) == int(2 * v)


def _is_age(text: str, before: str, end: int, value: float) -> bool:
    """`children aged three to five`, `at the age of 18`, `children under 5 received`, `as young as
    ten`, `the 18-25 age group`: an age, as `12-year-old` is, no figure (each pattern behind a cheap
    test of the words before)."""
    tail = before[-30:]
    if ("ge" in tail or "GE" in tail) and (_AGED.search(before) or value < 130 and _AGE_IS.search(before) and _AGE_IS_AFTER.match(text, end)):
        return True
    if value < 100 and _AGE_BAND_AFTER.match(text, end):
        return True  # `the 18-25 age group`
    if 14 <= value < 110 and tail[-3:-1].lower() in ("is", "as", "ed", "ns") and _PERSON_IS.search(before) and _PERSON_IS_AFTER.match(text, end):
        return True  # `he is 58, married`, `she turned 70 in May`
    if tail[-3:-1] in ("as", "AS") and _AS_YOUNG_AS.search(before):
        return True  # `children as young as ten`
    if value < 100 and "(" in tail[-8:] and (bm := _AGE_BRACKET_BEFORE.search(before)) is not None and (
            _AGE_BRACKET_END if bm.group("lo") else _AGE_BRACKET_AFTER).match(text, end):
        return True  # `youth (15-24)`
    if not (value < 100 and before.rstrip()[-5:].lower().endswith(_AGE_GROUP_ENDS)):
        return False
    return (_AGE_GROUP.search(before) is not None and _AGE_GROUP_AFTER.match(text, end) is not None
            # (`the population is 33.7 percent under 15.`: a share of an age group)
            or _SHARE_AGE_GROUP.search(before) is not None and _SHARE_AGE_AFTER.match(text, end) is not None)


# (`the population is 33.7 percent under 15`, `60 percent of Afghans are under 25`, `Half of Kenyans are under 18`)
_SHARE_AGE_GROUP = rx.short(r"(?i)(?:\bper[ \t]?cent|%|\b(?:half|thirds?|quarters?|fifths?|majority|most))(?:" + GAP + r"of(?:" + GAP + r"[\w'-]++){1,4}?)?" + GAP
                            + r"(?:(?:are|were|is|was)" + GAP + r")?(?:under|over|below|above)" + GAP + r"\Z")
_SHARE_AGE_AFTER = rx.short(r"[ \t]*(?:[,.;:)]|\Z|(?:and|or)\b)")


_CLAUSE_BREAK = rx.short(r"[.;:!?]\s|,")
# (where the clause of a compared figure ends: a stop before a capital, not `Dec. 2008`)
_COMPARED_CLAUSE_END = rx.short(r"[;:!?]\s|\.\s+[A-Z(]|\.\Z|,\s")
# (a rate named before a figure: the word `per`, where its clause ends, and the years that may stand between)
_PER_WORD = rx.short(r"\bper\s")
_RATE_CLAUSE_BREAK = rx.short(r"[.;:!?,](?:\s|\Z)|\n[ \t]*\n|\n[ \t]*(?:-{1,2}|\*|\u2022)[ \t]")  # (a bullet opens a clause too)
_YEAR_WORD = rx.short(r"\b(?:19|20)\d\d\b")
_VERB_AFTER = rx.short(r"[ \t]*(?:\n[ \t]*)?([a-z]{3,}|[A-Z]{3,})\b")  # (the verb after what a count counts; in capitals too)
_FISCAL_BEFORE = rx.short(r"(?i)\b(?:FY|CY|fiscal" + GAP + r"year|calendar" + GAP + r"year)[ \t-]*(?:\n[ \t]*)?\Z")
# (a position in decimal degrees: `33.3128 N`)
_COORDINATE_AFTER = rx.short(r"[ \t]*(?:\n[ \t]*)?\u00b0?[ \t]?[NSEW](?=[\s,;)]|\.(?!\w)|\Z)")
_DECIMAL_DEGREES = rx.short(r"\d{1,3}\.\d{2,6}")
_BRACKET_ENDS_PHRASE = rx.short(r"\)(?=[ \t]*(?:[.,;:]|\n|\Z|(?:and|or)\b))")
_NOUN_BEFORE_BRACKET = rx.short(r"(?r)(?<![\w-])(?P<item>[A-Za-z][A-Za-z-]*(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)[A-Za-z][A-Za-z-]*){0,2})[ \t]*(?:\n[ \t]*)?\(\Z")
_OF_THE_BEFORE = rx.short(r"(?i)(?:\b(?:of" + GAP + r"(?:the|these|those|its|their)|out" + GAP + r"of(?:" + GAP + r"(?:the|these|those))?)"
                          r"|(?:^|[.;:!?()\n])[ \t]*of)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)\Z")  # (`Of 3.2 million voters,` opening a clause too)
_OF_THEM_AFTER = rx.short(r"(?i)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)of(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(?:them|these|those|" + WHICH + r"|whom)\b")
# (`1,800 officers, 400 of them`; `45,000 troops in the drug war, 10,000 of them`: a few words between)
# (`and` and a verb may stand for the mark: `received 4,218 complaints and resolved 3,100 of them`;
# after what a count counts, a year among the words: `777 people in 2008, 275 of them civilians`;
# not of a measure, where `them` may be who did it: `10,000 hectares in 2007, and 12 of them were injured`)
_PART_AFTER_TAIL = (r"(?:[ \t]*+(?:\n[ \t]*+)?[,(;-][ \t]*+(?:\n[ \t]*+)?(?:(?i:including|with|and)(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+))?"
                    r"|" + GAP + r"(?i:and)" + GAP + r"(?:[A-Za-z]+" + GAP + r")?)")
_PART_AFTER_GAP = rx.short(r"(?:" + GAP + r"[A-Za-z][\w'-]*){0,6}" + _PART_AFTER_TAIL)
_PART_AFTER_GAP_YEARS = rx.short(r"(?:" + GAP + r"(?:[A-Za-z][\w'-]*|(?:19|20)\d{2}(?![\d,.]\d))){0,6}" + _PART_AFTER_TAIL)
_PART_GAP = rx.short(r"[^.;:\d]{1,100},[ \t]*(?:\n[ \t]*)?(?:(?i:only|just|merely|barely)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*))?")
_FIGURE_BEFORE_BRACKET = rx.short(r"(?r)\d[ \t]*(?:\n[ \t]*)?[A-Za-z%.-]+[ \t]*(?:\n[ \t]*)?\(\Z")
_PAST_FORM = rx.short(r"[a-z]+ed|[A-Z]+ED")  # (a verb's past: `included`, `visited`, `VISITED`)
_OR_GAP = rx.short(r"[ \t]*,[ \t]*(?:\n[ \t]*)?(?i:or)(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)")
_ENDS_CLAUSE = rx.short(r"[ \t]*(?:[.,;)]|\Z)")  # (right after an amount)
_RESTATED_OPEN = rx.short(r"[ \t]*(?:\n[ \t]*)?\([ \t]*")  # (an amount restated in brackets after another)
_WORD_SPLIT = rx.short(r"\s+")
# Words before `over` that make it `more than` a time: `for over 2 weeks`, `in over a decade`.
_OVER_MEANS_MORE = frozenset(("for", "in", "after", "within", "than", "lasted", "took", "spent", "of", "and", "or"))


_CLOSING = {"(": ")", "[": "]"}
_MARK_ENDS = frozenset(("", ".", ",", ";", ":", "\n", " "))  # (what follows a footnote's mark: not a cell, `45 (8)   50 (9)`)


def _without_footnote_marks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`USD 5.1 billion (1)`, `45 percent[2] of GDP`: a digit alone in brackets right after a figure
    marks a footnote, no figure (not before a run of spaces, as a table's cell of last year's
    figure stands: `Kidnappings   45 (8)   50 (9)`)."""
    drop = {id(b) for a, b in zip(cands, cands[1:])
            if b.rule == "count-bare" and b.end - b.start == 1 and b.start - a.end <= 2 and a.kind != "date"
            and (close := _CLOSING.get(text[b.start - 1:b.start])) is not None and text.startswith(close, b.end)
            and text[a.end:b.start - 1] in ("", " ") and text[b.end + 1:b.end + 2] in _MARK_ENDS}
    return [c for c in cands if id(c) not in drop] if drop else cands


def _points_of_percents(text: str, cands: list[Candidate]) -> None:
    """`raised by 1-1/2 points to 13 percent`, `fell 10 points from 45 percent`: points that change
    a percent are percentage points, a percent."""
    for a, b in zip(cands, cands[1:]):
        if (a.unit == "count" and a.item is not None and b.kind == "percent" and b.start - a.end < 40
                and (pm := _POINTS_TO_PERCENT.match(text, a.end, b.start)) is not None):
            a.kind, a.unit, a.info, a.item, a.rule, a.end = "percent", "percent", None, None, "percent-points", pm.end("p")


_POINTS_TO_PERCENT = rx.short(r"[ \t]*(?:\n[ \t]*)?(?P<p>(?i:points?|pts\.?))(?:[ \t]*,)?\s+(?i:to|from)(?:\s+[A-Za-z]+)?\s*\Z")


def _past_share_of(text: str, c: Candidate, end: int, limit: int) -> int:
    """Where a share ends with what it is of (`3.1 percent of GDP`), read from `end` and before
    `limit`; `end` for any other figure."""
    if c.kind == "percent" and (om := _PERCENT_OF.match(text, end)) is not None and om.end() < limit:
        return om.end()
    return end


def _past_item(text: str, c: Candidate, limit: int) -> int:
    """Where a count's figure ends with what it counts (`7,000 more troops`), or a measure's with
    what it measures after `of` (`12,800 MT of food`), before `limit`; the figure's end for any other."""
    if not c.item or c.kind != "quantity":
        return c.end
    k = text.find(c.item, c.end, limit)
    if k == -1 or (len(text[c.end:k].split()) > 1 if c.unit == "count" else text[c.end:k].lower().split() != ["of"]):
        return c.end
    if c.unit != "count" and (m := _AND_ANOTHER_ITEM.match(text, k + len(c.item))) and m.end() < limit:
        return m.end()  # (`4.2 million tons of wheat and flour`: and a second thing measured)
    return k + len(c.item)


def _over_as_during(text: str, cands: list[Candidate], spreads_after: frozenset[str]) -> None:
    """`USD 2.5 billion over 10 years`, `repayable over 25 years`: `over` right after another
    figure (and what it counts, or a money figure and what it is for), or after a word that
    spreads something over a time, says `during`, not `more than` (`delayed for over 2 weeks`);
    before a length right after another figure, `across`."""
    for prev, c in zip([None, *cands], cands):
        if c.qualifier != "more_than" or not text.startswith(("over", "Over", "OVER"), c.start):
            continue
        gap = text[prev.end:c.start].split() if prev is not None else None
        if c.kind == "quantity" and c.info is not None and c.info.base_unit == "m":
            # (`carries 1.2 million b/d over 1,768 km`, `500 MW over 230 km`: a length right after
            # another figure and what it measures is the length it runs across)
            if gap is not None and prev.kind in ("quantity", "money") and (not gap or prev.item and gap == prev.item.split()):
                _without_over(text, c)
            continue
        if c.kind != "duration":
            continue
        before = text[max(0, c.start - 40):c.start].split()
        if before and before[-1].lower() in spreads_after or gap is not None and prev.kind != "date" and (
                not gap or prev.item and gap == prev.item.split()
                # (`to train 2,400 ANP per district team over 120 days`: what it counts, then a rate's unit;
                # `killed 166 people in Mumbai over three days`: what it counts, then where)
                or prev.item and gap[:len(prev.item.split())] == prev.item.split() and 2 <= len(gap) - len(prev.item.split()) <= 4
                and gap[len(prev.item.split())].lower() in ("per", "each", "every", "in", "at", "across", "throughout")
                and gap[-1].lower() not in _OVER_MEANS_MORE and not _CLAUSE_BREAK.search(text, prev.end, c.start)
                # (`a 2.5% interest rate over 40 years`: a few plain words naming what the figure is)
                or len(gap) <= 2 and all(w.isalpha() and w.islower() and w not in _OVER_MEANS_MORE for w in gap)
                # (`Tk 52 billion for reconstruction over three years`, `$20 million in assistance over
                # five years`, `USD 120 million for AIDS, TB and malaria over five years`: what the money
                # is for, between, a list of a few words too)
                or prev.kind == "money" and len(gap) <= 8 and gap[0].lower() in ("for", "in") and not _STOP.search(text, prev.end, c.start)
                and (len(gap) <= 4 or "and" in gap[:-1])
                # (`USD 691 million requested in the Recovery Plan (PONREPP) over three years`: money
                # spread over a time, in one clause)
                or prev.kind == "money" and len(gap) <= 10 and not _CLAUSE_BREAK.search(text, prev.end, c.start)
                and gap[-1].lower() not in _OVER_MEANS_MORE):
            _without_over(text, c)


def _without_over(text: str, c: Candidate) -> None:
    """The figure `c` read without the `over` it starts with, which is no qualifier."""
    c.qualifier = "exact"
    c.start += 4 + len(text[c.start + 4:c.end]) - len(text[c.start + 4:c.end].lstrip())


def _runs(text: str, cands: list[Candidate], dates: bool) -> list[list[Candidate]]:
    """Lists of two or more figures (or of years) in a row, joined by commas, `and` or `or`."""
    out: list[list[Candidate]] = []
    run: list[Candidate] = []
    for c in cands:
        if (c.kind == "date") != dates or dates and not (isinstance(c.value, str) and c.value.isdigit() and c.value_max is None):
            continue
        if run and (_LIST_GAP.fullmatch(text, run[-1].end, c.start) is not None
                    and (dates or (c.kind, c.unit) == (run[-1].kind, run[-1].unit))):
            run.append(c)
            continue
        if len(run) > 1:
            out.append(run)
        run = [c]
    if len(run) > 1:
        out.append(run)
    return out


def _parallel_years(text: str, cands: list[Candidate]) -> None:
    """`rose 12, 15 and 18 percent in 2006, 2007 and 2008`, `in 2007 and 2008 were 5.2 and 6.1
    tons`: a list of figures and a list of as many years just before or after it, in one
    sentence, pair in order (each figure takes its own year, not the nearest); `cands` sorted."""
    years = _runs(text, cands, dates=True)
    if not years:
        return
    for figs in _runs(text, cands, dates=False):
        for ys in years:
            if len(ys) != len(figs):
                continue
            if ys[0].start > figs[-1].end:
                between = text[figs[-1].end:ys[0].start]
            elif ys[-1].end <= figs[0].start:
                between = text[ys[-1].end:figs[0].start]  # (`in 2007 and 2008 were 5.2 and 6.1 tons, respectively`)
            else:
                continue
            if len(between) > 60 or _STOP.search(between):
                continue
            for c, y in zip(figs, ys):
                if c.year is None:
                    c.year = int(y.value)
            break


_STOP = rx.short(r"[.;:!?]\s")
_SENTENCE_STOP = rx.short(r"[.!?]\s")
# A year a sentence names (and the first of a span written short: `2009/10`)
_YEAR_NAMED = rx.short(r"(?=[12])(?<![\w/.,-])((?:19|20)\d{2})(?!\w|/(?!\d{2}(?![\d/]))|,\d)")
_FROM_BETWEEN = rx.short(r"(?i)\bfrom\b")
_TO_BETWEEN = rx.short(r"(?i)\bfrom\b[^;]*\bto\b")
_COMPARED_BEFORE = rx.short(r"(?i)\b(?:up from|down from|compared|versus|vs\.?|against|than|all of)\b")
_FUTURE = rx.short(r"(?i)\b(?:will|due|scheduled|expected|planned|plans|next|upcoming)\b")
_EARLY_YEAR_BEFORE = rx.short(r"(?i)\b(?:in|since|until|till|before|after|from|of|year)[ \t]*(?:\n[ \t]*)?\Z")
# What a unit measures: `tons of cocaine`, `kg (net) of heroin`; not a place (`12 miles south of Tumbes`)
_UNIT_OF = rx.short(r"[ \t]*(?:\n[ \t]*)?(?![ \t\n])(?!(?i:north|south|east|west|northeast|northwest|southeast|southwest|outside|inside|short|ahead|off|out)\b)"
                    r"\(?[A-Za-z ]{0,8}\)?[ \t]*(?:\n[ \t]*)?(?:of|OF)" + GAP)
_WITHIN_BEFORE = rx.short(r"(?i)\bwithin" + GAP + r"(?:(?:some|about|around|roughly)" + GAP + r")?\Z")
_BRACKET_PART = "bracket-part-shared-unit"
# (between a figure and the first of its parts in brackets, in its clause: `165,000 hectares of coca in
# 2009 (104,000`; and between one part and the next: `104,000 sprayed and 61,000`)
_BRACKET_PART_GAP = rx.short(r"(?:[^().;:\d\n]|\n(?![ \t]*\n)|(?<![\d,.])(?:19|20)\d{2}(?![\d,.]\d)){0,50}?\([ \t]*(?:\n[ \t]*)?")
_BRACKET_PART_NEXT = rx.short(r"(?i)(?:" + GAP + r"[a-z]+)?[ \t]*(?:,[ \t]*(?:\n[ \t]*)?(?:and" + GAP + r")?|(?:\n[ \t]*)?and" + GAP + r")")
# (`of its authorized`, `of the planned`: a word before the whole may describe it)
_PART_OF = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?of" + GAP + r"(?:(?:the|these|those|its|their)" + GAP + r"(?:[a-z]+'s" + GAP + r")?(?:[a-z]+(?:-[a-z]+)?" + GAP + r")?)?")
_PREPOSITION_AFTER = rx.short(r"[ \t]*(?:\n[ \t]*)?(?P<p>(?i:to|for|on|in))[ \t\n]+[A-Za-z]")


_SHORT_YEAR_PHRASE = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:in|during|for|by)" + GAP + r"(?:FY|CY)[ \t-]?(?P<yy>\d{2})(?![\w/])")
_YEAR_BEFORE_AFTER_FIGURE = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(?:(?:in|during|for)" + GAP + r")?(?:(?:the" + GAP + r"(?P<y>(?:previous|prior|preceding)"
                                     + GAP + r"year|year" + GAP + r"before))|a" + GAP + r"year" + GAP + r"(?:earlier|before))\b")
_RELATIVE_YEAR_AFTER = rx.short(r"(?i),?" + GAP + r"(?:of" + GAP + r")?(?:this|last|previous|next)" + GAP + r"year\b(?!'s|\u2019s|,s)")
# (a clause joined after a day, with its own verb: `and will rise`, `but is expected`)
_NEW_CLAUSE = rx.short(r"(?i)\b(?:and|but|while)" + GAP + r"(?:(?:then|also|now)" + GAP + r")?"
                       r"(?:will|would|shall|should|must|may|might|could|can|is|are|has|have)\b")
_YEAR_AFTER_FIGURE = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?(last|previous|this)[ \t]+year\b(?!'s|\u2019s|,s)")
_YEARS_BEFORE = rx.short(r"(?r)(?i)\b(last|previous|this)[ \t]+year(?:'s|\u2019s|,s)" + GAP + r"\Z")
_YEAR_BEFORE_BRACKET = rx.short(r"(?r)(?<![\w/.,-])(?P<y>(?:19|20)\d{2})[ \t]*\([ \t]*\Z")


def _years_after(text: str, cands: list[Candidate]) -> set[int]:
    """`from 5 tons in 2007 to 8 tons in 2008`, `USD 250 million in FY 2010`: the year a phrase
    right after a figure names is the figure's (not the nearest year of the sentence, which may be
    the figure's before it); so is a year whose brackets hold the figure (`over 2007 (29,360)`),
    and `last year's` before a figure puts it in the year before the cable's, as `last year` right
    after it does (`versus 11.4 last year`). Gives where each such `last year` or `this year`
    starts: it names no other figure's year."""
    own = set()
    for c in cands:
        if c.kind == "date" or c.year is not None:
            continue
        if (ym := _YEAR_PHRASE.match(text, c.end)) is not None:
            c.year = int(ym.group("y"))
        elif (ym := _SHORT_YEAR_PHRASE.match(text, c.end)) is not None:
            c.year = full_year(ym.group("yy"))  # (`USD 400 million in FY08`)
        elif "year" in (seg := text[c.end:c.end + 24]) or "YEAR" in seg:
            if (yw := _YEAR_AFTER_FIGURE.match(text, c.end)) is not None:
                c.year_shift = -1 if yw.group(1).lower() in ("last", "previous") else 0
                own.add(yw.start(1))
            elif (yb := _YEAR_BEFORE_AFTER_FIGURE.match(text, c.end)) is not None:
                c.year_before = True  # (`3 tons the previous year`, `a year earlier`)
                own.add(yb.start("y"))
        elif "year" in text[max(0, c.start - 20):c.start].lower() and (yw := _YEARS_BEFORE.search(text, max(0, c.start - 20), c.start)):
            c.year_shift = -1 if yw.group(1).lower() in ("last", "previous") else 0  # (`last year's TL 30.8 billion`)
        elif "(" in text[max(0, c.start - 2):c.start]:
            # (`a 70 percent increase over 2007 (29,360)`: the figure in brackets after a year is that year's)
            if (yb := _YEAR_BEFORE_BRACKET.search(text, max(0, c.start - 12), c.start)) is not None:
                c.year = int(yb.group("y"))
    return own


def _bracketed_years(text: str, cands: list[Candidate]) -> None:
    """`USD 280 million (2007)`, `9.8 percent (Dec. 2008, y/y)`, `GDP USD 12.3 billion (2008 est.)`:
    the year in brackets right after a figure is its year, and no year of the figure after the
    brackets; a year in brackets with a figure of its own (`(32 in 2007)`) is not the first's
    (`cands` sorted)."""
    if "(" not in text:
        return
    for k, c in enumerate(cands):
        if (c.kind == "date" or c.year is not None or text.find("(", c.end, c.end + 60) == -1
                or not (m := _OPEN_BRACKET.match(text, c.end))):
            continue
        close = text.find(")", m.end(), m.end() + 40)
        if close < 0:
            continue
        inside = list(itertools.takewhile(lambda d: d.start < close, cands[k + 1:]))
        dates = [d for d in inside if d.kind == "date"]
        if dates and len(dates) == len(inside) and (y := _year_of_value(dates[0].value)) is not None:
            c.year = y
            n = next((n for n in cands[k + 1:] if n.start > close and n.kind != "date"), None)
            if n is not None:
                n.years_from = max(n.years_from or 0, close)
        elif dates:  # (`45 laboratories destroyed (32 in 2007)`: the year of the figure in the brackets)
            c.years_until = m.end() - 1


# (after the figure, or what it counts and a word or two: `45 laboratories destroyed (`)
_OPEN_BRACKET = rx.short(r"(?:[ \t]*(?:\n[ \t]*)?[a-z][\w\-]*){0,3}[ \t]*(?:\n[ \t]*)?\(")


def _names_a_thing(text: str, start: int, noun: regex.Match, stops: frozenset[str]) -> bool:
    """`the 505 Agreement`, `the 1267 Committee`, `the 1206 program`: a number before a noun like
    `agreement` names the thing, unless it is written as an amount (`45,000`) or the noun stands
    before a lower-case plural (`45 visa applications`, `12 case files`)."""
    if "," in text[start:noun.start()]:
        return False
    caps = noun.group("w").isupper()  # (a cable in capitals: `12 CASE FILES`)
    if noun.group("w")[0].isupper() and not caps:
        return True
    nxt = _WORD.match(text, noun.end())
    w = nxt.group("w") if nxt else ""
    w = w.lower() if caps and w.isupper() else w
    return not (w.islower() and w.endswith("s") and not w.endswith("ss") and w not in stops)


def _label_before(text: str, start: int) -> str | None:
    """`-- Labs destroyed: 87`: the label a line gives the number that follows it."""
    before = text[max(0, start - 120):start]
    end = before.rstrip(" \t")
    if end.endswith(("-", "\u2212")) and (signed := end[:-1].rstrip(" \t")).endswith(":"):
        before = end = signed  # (`Fiscal balance (% of GDP): -2.1`: the sign of the number, after the label's colon)
    if not (end.endswith(":") or end.endswith(("-", "\u2013")) and _YEAR_DASH_END.search(end)):
        return None
    m = _LABEL.search(before)
    if m is None:
        return None
    if (nl := before.rfind("\n", 0, m.start("label"))) > 0 and (line := before[before.rfind("\n", 0, nl) + 1:nl]).count("(") > line.count(")"):
        return None  # (`(USG\nestimates: 167,000 and 119,000 ha)`: a line inside a bracket the line before opened)
    return squash(m.group("label"))


# A line (or bullet) that is a short label, a colon and the number; or a label, then years each
# with a colon or a dash and its number (`Seizures (kg) 2008: 1,500; 2009: 2,300`, `Coca (ha):
# 2007 - 53,700; 2008 - 56,100`).
_YEAR_SEP = r"[ \t]*(?::|-{1,2}|\u2013)[ \t]*"
_LABEL = rx.short(r"(?:^|\n)[ \t]*(?:-{1,2}|\*|\u2022|\(?[a-z]\)|o(?=[ \t]))?[ \t]*(?P<label>[A-Za-z][A-Za-z /()'.,&%$-]{0,50}?)[ \t]*"
                  r"(?::[ \t]*\Z|:?[ \t]*(?:(?:19|20)\d{2}" + _YEAR_SEP + r"[\d,.]+[ \t]*[;,][ \t]*)*(?:19|20)\d{2}" + _YEAR_SEP + r"\Z)")
_YEAR_DASH_END = rx.short(r"(?<!\d)(?:19|20)\d{2}[ \t]*(?:-{1,2}|\u2013)\Z")


def _num(v):
    if isinstance(v, float):
        v = float(f"{v:.12g}")  # 16.4 * 1e9 is 16399999999.999998 in binary; the text said 16.4 billion
        if v.is_integer() and abs(v) < 1e15:
            return int(v)
        return round(v, 6)
    return v


def _year_of_value(v) -> int | None:
    m = rx.search(r"(?<!\d)\d{4}(?!\d)", str(v))
    return int(m.group()) if m else None
