"""Text normalisation for risk screening, keeping a map back to the original offsets.

The screen matches patterns against a simplified copy of the text: lowercase, Unicode
compatibility forms folded, apostrophes dropped (so "I'm"/"Im"/"i`m" all become "im" and
"don't"/"dont" become "dont"), hyphens and dashes turned into spaces ("self-harm" ->
"self harm"), runs of three or more identical letters shortened to two ("sooooo" -> "soo"),
simple digit/symbol substitutions inside words undone ("su1c1de" -> "suicide") and
whitespace collapsed. Every character of the simplified copy remembers which character of
the original it came from, so a match can always be reported with the writer's own words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

APOSTROPHES = frozenset("'\u2019\u2018\u02bc\u02bb`\u00b4\u2032\uff07")
DOUBLE_QUOTES = frozenset('"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb')
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_/\\~")
ELLIPSIS = "\u2026"
LINE_BREAKS = frozenset("\n\r\u2028\u2029\u0085\x0b\x0c")

# Look-alike characters inside a word (a letter on both sides): "k1ll", "su1c1de", "d3ad".
_LEET = {"1": "i", "!": "i", "|": "i", "*": "i", "3": "e", "0": "o", "@": "a", "$": "s", "4": "a"}
_LEET_RE = re.compile(r"(?<=[a-z])[1!|*30@$4](?=[a-z*])")
_LEADING_DOLLAR_RE = re.compile(r"(?<![a-z0-9])\$(?=[a-z])")


@dataclass(frozen=True)
class NormalisedText:
    """The simplified text, the original index of each of its characters, and line breaks."""

    text: str
    source_index: tuple[int, ...]
    breaks: frozenset[int]
    original: str
    shortened_runs: bool = False

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` back to a half-open span of `original`."""
        if start >= end or not self.source_index:
            return (0, 0)
        return (self.source_index[start], self.source_index[end - 1] + 1)


def _fold(ch: str) -> str:
    if ch in APOSTROPHES:
        return ""
    if ch in DOUBLE_QUOTES:
        return '"'
    if ch in LINE_BREAKS:
        return "\n"
    if ch in DASHES or ch == ELLIPSIS or ch.isspace():
        return " "
    category = unicodedata.category(ch)
    if category in ("Cf", "Mn"):  # zero-width joiners, combining accents
        return ""
    if category in ("So", "Sk", "Cs", "Co"):  # emoji and other symbols
        return " "
    folded = unicodedata.normalize("NFKD", ch)
    folded = "".join(c for c in folded if unicodedata.category(c) != "Mn")
    return folded.lower()


def _is_ellipsis_dot(original: str, i: int) -> bool:
    return original[i] == "." and "." in (original[i - 1 : i], original[i + 1 : i + 2])


def _fold_all(original: str) -> tuple[list[str], list[int], set[int]]:
    chars: list[str] = []
    index: list[int] = []
    breaks: set[int] = set()
    for i, ch in enumerate(original):
        folded = " " if _is_ellipsis_dot(original, i) else _fold(ch)
        for c in folded:
            c = "i" if c == "\u0131" else c  # dotless i
            if c in (" ", "\n"):
                if not chars:
                    continue
                if chars[-1] != " ":
                    chars.append(" ")
                    index.append(i)
                if c == "\n":
                    breaks.add(len(chars) - 1)
                continue
            chars.append(c)
            index.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return chars, index, breaks


def _shorten_runs(
    chars: list[str], index: list[int], breaks: set[int], max_run: int
) -> tuple[list[str], list[int], set[int], bool]:
    """Cut runs of three or more identical letters ("sooooo") to `max_run` letters."""
    out_chars: list[str] = []
    out_index: list[int] = []
    out_breaks: set[int] = set()
    shortened = False
    i = 0
    while i < len(chars):
        j = i
        while j < len(chars) and chars[j] == chars[i]:
            j += 1
        keep = j - i
        if keep >= 3 and chars[i].isalpha():
            shortened = True
            keep = max_run
        for k in range(i, i + keep):
            if k in breaks:
                out_breaks.add(len(out_chars))
            out_chars.append(chars[k])
            out_index.append(index[k])
        i = j
    return out_chars, out_index, out_breaks, shortened


def normalise(original: str, max_run: int = 2) -> NormalisedText:
    """Simplify `original`; runs of three or more identical letters become `max_run` long."""
    chars, index, breaks = _fold_all(original)
    chars, index, breaks, shortened = _shorten_runs(chars, index, breaks, max_run)
    text = "".join(chars)
    text = _LEADING_DOLLAR_RE.sub("s", text)
    text = _LEET_RE.sub(lambda m: _LEET[m.group(0)], text)
    return NormalisedText(
        text=text,
        source_index=tuple(index),
        breaks=frozenset(b for b in breaks if b < len(text)),
        original=original,
        shortened_runs=shortened,
    )
