"""Compiled patterns, from the engine that runs each use fastest.

Rules are written for the `regex` module, which scans a long text fast (it skips ahead to a
literal a pattern needs). For a match at a given position or over a few dozen characters, the
standard library's `re` costs about half as much per call, and extraction makes dozens of those
for every candidate figure. So `short` gives an `re` pattern wherever `re` reads the pattern the
same way, and a `regex` one for what only `regex` has (backwards search `(?r)`, variable-width
lookbehind, `\\p{..}`, ...). Whole-text scans use `regex.compile`, except scans for matches at line
starts (`(?m)^...`), which `re` runs two to three times faster: those use `short` too, as measured
pattern by pattern.

The module functions take a pattern string, like `regex.search`, but look it up in a cache that
costs one dict hit instead of the engines' own cache lookups: `search`, `match` and `fullmatch`
are for short strings (`short` patterns), the others for scans.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache

import regex

# `regex` flags that mean the same in `re` (same values in both modules).
_SHARED_FLAGS = regex.I | regex.M | regex.S | regex.X | regex.A | regex.U


@lru_cache(maxsize=None)
def short(pattern: str, flags: int = 0):
    """For matches at a position or over a short string: `re.compile` where `re` accepts the
    pattern and flags unchanged, else `regex.compile`."""
    if not flags & ~_SHARED_FLAGS and "(?r)" not in pattern:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # `re` warns where it would read a set differently
                return re.compile(pattern, flags)
        except (re.error, FutureWarning, DeprecationWarning):
            pass
    return regex.compile(pattern, flags)


@lru_cache(maxsize=None)
def compiled(pattern: str, flags: int = 0):
    """For scans over a whole text: `regex.compile`, cached."""
    return regex.compile(pattern, flags)


def search(pattern, string, flags=0):
    return short(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return short(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return short(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return compiled(pattern, flags).finditer(string)


def findall(pattern, string, flags=0):
    return compiled(pattern, flags).findall(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compiled(pattern, flags).split(string, maxsplit)
