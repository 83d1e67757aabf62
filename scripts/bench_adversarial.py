"""Time on odd input: long runs of one character or word (spaces, blank lines, capitals, numbers)
or of one figure, after each kind of header line and in the body. A pattern that backtracks over such a run is
quadratic; this prints every input whose time more than triples when its run doubles. Not a test.

    python scripts/bench_adversarial.py [--size 20000]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.models import Document  # noqa: E402
from extractor.pipeline import Pipeline  # noqa: E402

PREFIXES = ["5 kilos ", "SUBJECT: ", "REF: A. ", "TAGS: ", "E.O. 12958: ", "Classified By: ", "FM AMEMBASSY ",
            "UNCLAS ", "1. (SBU) ", "A. Coca:\n\n1) The USG ", "SUMMARY: ", "PAGE 02 ", "TO SECSTATE ",
            # words the rules for references, declassification stamps, addresses and labels start from
            "DECL ", "Refs: (A) State 1\n", "EO Systematic ", "Av. Larco ", "Seizures (kg): 2007 - ",
            # a row whose label was cut over two lines; a list of labelled figures
            "        2007   2008\nCoca eradicated\n  (manual, hectares)", "GDP growth:  5\nInflation:  ", "tel. ",
            # a section's line of a cable (the page-break scan runs where one may stand), then a number
            "LIMA 00001234 002 OF 003 5 "]
RUNS = [" ", "\t", "\n", " \n", "\t\n", "A ", "AB ", "a ", "1 ", "12 ", "1,", "1) ", "1.", "-", ".", "(", ", ", "\u00b6",
        "REF ", "A. ", "U.S. ", "000", "$",
        # many figures: each resolved against the others must not cost more as they grow
        "2008 ", "2007  2008\n", "March 2008, ", "Arrests  1,457  1,532\n", "5 kilos, ", "$5 million and ",
        # a word an anchored rule starts with, where the rest it needs never comes; a symbol before ranges
        "PART ", "RELEASED IN PART\n", "L 2-3 BILLION ",
        # months listed, paragraphs numbered inside a line, dots that lead a label, labelled comparisons
        "January, ", "in March, ", "began: 3. Iraqi ", "Arrests ..... ", "12 ha (goal: 10) ", "the 18-25 age group ",
        # fractions without their zero; units' words that lost a letter or the space after them; labelled lines
        " .5", "5 percet ", "1 tonsof ", "Arrests: 1\n",
        # codes of a telephone number, a measure of each, spans of parts of months, words broken at
        # the lines' ends, a section's line between blank lines, a tally
        "(63)", "Two 500-lb ", "mid-June and ", "ab-\nout ", "5\n\nLIMA 00001234 002 OF 003\n\n", "vote of 45-52 ",
        # parts of an amount, age bands, ampersands before a closing digit, rates written short, spans
        # of fiscal years, parallel members, changes between named levels
        "5 tons, of which ", "Of 3 ", "300 of them, ", "youth (15-", "&a 0.8 ", "USD 5 p.m. ", "between FY2005 and ",
        "5 kilos in Lima, ", "from a surplus of 2 percent ", "2.3 MUSD ", "12 MILLION HAS ", "80.5/USD ",
        # measures given again, more of the same, units before a list's colon, pieces of broken
        # words, shares in apposition, months of a change, things named by a year, asides
        "5 percent; put it at 3 ", "5 tons and another 3 ", "Seizures (in kg): a 1; ", "fac-\ntor ", "USD 5 bn, or 5% of GDP, ",
        "in June 2009 from 3 in April ", "the 2007 ruling on March 12 ", ", passed in 2008, ", "on a scale of 1 to ",
        "5 hectares and sprayed 3 ", "not the 3 ",
        # goals and forecasts a measure is set against, levels a change is from, members named in
        # lower case, plurals before verbs, counts in brackets, glued codes against a currency
        "5 tons; aims for 3 ", "is forecast at 3 ", "to 5 from 6 percent ", "USD 5 million, bananas 3 million ",
        "5 troops patrol ", "3 pills (2) ", "KSH80/USD ", "Of the USD 3 million, 2 ",
        # members at a rate named before their amounts, two decimals after a comma in money
        "USD 5 a month, police USD 3 ", "CZK 27,50 ", "S/.2 ", "2,3 MT ", "a ton and a half ", "15-24 year olds ",
        # members named after `the` or before `at`, tallies of shares, years of a sentence of many
        "5 seats and the DA 6, ", "Mockus at 20, ", "52.6-43.3 percent ", "in 2009 it rose 3 ", "5 percent went to the U.S. and 2 to ",
        # changes by an odd amount, parts after `including`, counts of one measure after `and`,
        # `won` as a verb, groups of a table's rows with a unit, a rate given again, words joined by `and`
        "by USD 3.2 billion to USD 11.3 billion ", "5 IDPs are housed, including 3 ", "killed 9 people and injured 5 ",
        "the 110 won by ", "Coca eradicated (ha)\n  - manual   5   6\n", "rate is 5 soum per dollar, the rate is 6 ",
        "7 Scud and Rodong missiles ", "EO 850 PER DOLLAR ", "5 ships were attacked and 3 hijacked ", "5 troops in the war, 3 of them ",
        "Turnout fell to 5 from 6 percent ", "USD 5 per liter at the pump but USD 6 ",
        # rates against a currency without an article, subjects of a verb of counting, parts in
        # brackets named by how, a person's age, parts after `and` and a verb, times after parallel members
        "SOL AT 250 TO DOLLAR ", "Afghan refugees in the NWFP now number ", "5 hectares in 2009 (3 sprayed and ",
        "he is 5, ", "5 complaints and resolved 3 of them ", "5 nationals to the U.S. in 2008 and 3 through ",
        "by 1,000 to 3,800 ", "Five Bell 412 ", "within 40 km of ", "from -0.3 to ", "(-)4 PCT ",
        "USD 5 million for A, B and C over 3 years ",
        # totals after a figure, counts after a verb done to people, sides of an area, labels of years
        # in brackets, rows of two cells, members named with `at`, glued words, a child's age
        "5 people, bringing the total since 1997 to ", "killed 8 members and captured ", "40 by ", "20 (2008: ",
        "Opium   12\n", "wheat at 20.5 MMT and barley at ", "it has secured ", "his son, 5, ", "costs Q ",
        "four orfive ", "5 hctgoal ", "up 19 percent from the same period of ", "90 percent of exports and 60 of ",
        "Troops numbered 12,000 in 2007 and ",
        # participles and past forms after a count, sorts of a figure compared with, words of a
        # figure, of a verb or of a label on the next line, flights and the times of travel, ages
        # after a count, shares named before `is`, clauses with abbreviations
        "with one averaging $", "5 crossed into ", "versus the official ", "KSh.5 ", "12 MILLION HAS\n", "; in-\nflows were ",
        "the official\nrate of ", "he\nis 5, ", "BETWEEN FY 2005 AND FY\n", "4 mil-\n", "(USG\nestimates: 5 and ",
        "arrive on UA 967 at ", "9,000 are over ", "5 percent; INFLATION IS ", "Deaths number 5 a ", "one received a ",
        "study in the U.S., down from ",
        # clauses in parallel that name another level, shares compared by how much, days before this
        # year and years of another clause, lists of measures at a rate, parts held, symbols again
        ", while rice stood at ", "5 percent more than last season's ", "9 percent more than ", "May 5 this year ",
        "on May 1 and will rise in ", "2 kg of maize, ", "of which it has ", "N 5 to the dollar and N ", "through May 15, ",
        "and will reach ",
        # amounts over a time compared, more after a number, things measured joined by `and`,
        # changes of a named level, paragraphs after a month, words that lost a letter or a space,
        # a table's unit before a note, a number after a name, singular currencies
        "5 million a year for four years, down from ", "200,000 more ", "5 tons of wheat and flour ", "of which only ",
        "revised in June to ", "a target of 4 percent, raised to ", "in May.\n4. ", "of wich ", "comared with ", "inten ",
        "twelve monhs ", "eght ", "milliona day ", "78bnin ", "(USD million, change on a year earlier):\n", "5 Haitiansat 180 ",
        "one rupee "]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=20000, help="characters in the shorter run")
    args = ap.parse_args()
    pipe = Pipeline.from_patterns()

    def seconds(text: str) -> float:
        t = time.perf_counter()
        pipe.process(Document(text=text, source_path="x.txt", source_format="text"))
        return time.perf_counter() - t

    worst, flagged = (0.0, ""), 0
    for prefix in PREFIXES:
        for run in RUNS:
            n = args.size // len(run)
            t1 = seconds(prefix + run * n + " 7 tons\n\n1. text")
            t2 = seconds(prefix + run * (2 * n) + " 7 tons\n\n1. text")
            mbs = 2 * n * len(run) / t2 / 1e6
            if mbs < 1 / worst[0] if worst[0] else True:
                worst = (1 / mbs, f"{prefix!r} + {run!r}")
            if t2 > 3 * t1 and t2 > 0.05:
                flagged += 1
                print(f"superlinear: {prefix!r} + {run!r} x{n}: {t1:.3f}s, doubled {t2:.3f}s")
    print(f"{len(PREFIXES) * len(RUNS)} inputs of {args.size} and {2 * args.size} characters; "
          f"{flagged} superlinear; slowest {1 / worst[0]:.2f} MB/s ({worst[1]})")


if __name__ == "__main__":
    main()
