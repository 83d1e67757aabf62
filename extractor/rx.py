"""The `regex` module's functions over a compiled-pattern cache.

`regex.search(pattern, ...)` looks its pattern up in a cache that costs more than a short match;
extraction calls such helpers for every candidate figure, so the lookup here is one dict hit.
"""
from __future__ import annotations

from functools import lru_cache

import regex


@lru_cache(maxsize=None)
def compiled(pattern: str, flags: int = 0):
    return regex.compile(pattern, flags)


def search(pattern, string, flags=0):
    return compiled(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compiled(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return compiled(pattern, flags).finditer(string)


def findall(pattern, string, flags=0):
    return compiled(pattern, flags).findall(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compiled(pattern, flags).split(string, maxsplit)
