"""Text normalisation for risk screening, keeping a map back to the original offsets.

The screen matches patterns against a simplified copy of the text: lowercase, Unicode
compatibility forms folded, apostrophes dropped (so "I'm"/"Im"/"i`m" all become "im" and
"don't"/"dont" become "dont"), hyphens and dashes turned into spaces ("self-harm" ->
"self harm"), runs of three or more identical letters shortened to two ("sooooo" -> "soo"),
simple digit/symbol substitutions inside words undone ("su1c1de" -> "suicide"), common
texting shorthand spelt out ("idk" -> "i dont know", "tn" -> "tonight", "nothin" ->
"nothing"; see ``SHORTHAND``) and whitespace collapsed. Every character of the simplified
copy remembers which character of the original it came from, so a match can always be
reported with the writer's own words.
"""

from __future__ import annotations

import bisect
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

# Texting shorthand and dropped-g spellings, spelt out so one rule covers both ("idk if i
# want to keep living" = "i dont know if i want to keep living"). Only whole words change;
# "wanna", "gonna", "kms" and "rn" stay as they are because the rules name them directly.
_G_DROPPED = (
    "livin dyin tryin goin thinkin feelin wantin fightin existin breathin endin killin cuttin"
    " hurtin doin sayin lookin wishin hopin prayin plannin gettin takin makin jumpin hangin"
    " bleedin stayin sleepin wakin givin losin drownin fallin cryin dreamin sufferin"
    " strugglin waitin countin keepin carryin leavin writin savin collectin researchin"
    " googlin considerin contemplatin startin"
)
SHORTHAND: dict[str, str] = {
    **{word: word + "g" for word in _G_DROPPED.split()},
    "idk": "i dont know",
    "idek": "i dont even know",
    "dunno": "dont know",
    "idc": "i dont care",
    "idgaf": "i dont care",
    "u": "you",
    "ya": "you",
    "ur": "youre",
    "r": "are",
    "b": "be",
    "n": "and",
    "tn": "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "2morrow": "tomorrow",
    "tomoz": "tomorrow",
    "2day": "today",
    "4ever": "forever",
    "b4": "before",
    "bc": "because",
    "bcuz": "because",
    "bcos": "because",
    "cos": "because",
    "coz": "because",
    "abt": "about",
    "bout": "about",
    "ppl": "people",
    "every1": "everyone",
    "evry1": "everyone",
    "any1": "anyone",
    "no1": "no one",
    "some1": "someone",
    "sum1": "someone",
    "pls": "please",
    "plz": "please",
    "nothin": "nothing",
    "nuthin": "nothing",
    "nothng": "nothing",
    "somethin": "something",
    "anythin": "anything",
    "everythin": "everything",
    "lemme": "let me",
    "gimme": "give me",
    "imma": "im going to",
    "ima": "im going to",
    "finna": "going to",
    "tryna": "trying to",
    "wnat": "want",
    "wnt": "want",
    "shud": "should",
    "shld": "should",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "cld": "could",
    "jus": "just",
    "juss": "just",
    "kno": "know",
    "knw": "know",
    "wat": "what",
    "wut": "what",
    "wot": "what",
    "dieing": "dying",
    "tierd": "tired",
    "tird": "tired",
    "tyred": "tired",
    "liveing": "living",
    "diee": "die",
    "anymoe": "anymore",
    "nomore": "no more",
    "noone": "no one",
    "w o": "without",
    "msg": "message",
    "nite": "night",
}
# "y" is "why" only before a question about living ("y am i still here").
_WHY_RE = re.compile(
    r"(?<![a-z0-9])y(?= (?:am i|do i|should i|would i|bother|even|keep|go on|carry on|live"
    r"|exist|is it|me)\b)"
)
_SHORTHAND_RE = re.compile(
    r"(?<![a-z0-9'])(?:"
    + "|".join(sorted(map(re.escape, SHORTHAND), key=len, reverse=True))
    + r")(?![a-z0-9])"
)


@dataclass(frozen=True)
class NormalisedText:
    """The simplified text, the original index of each of its characters, and line breaks."""

    text: str
    source_index: tuple[int, ...]
    breaks: frozenset[int]
    original: str
    shortened_runs: bool = False

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` back to whole words of `original`.

        Rules match whole words, so this only matters for spelt-out shorthand: a match on
        "dont know" inside "idk" is reported as "idk".
        """
        if start >= end or not self.source_index:
            return (0, 0)
        first, last = self.source_index[start], self.source_index[end - 1] + 1
        while first > 0 and self.original[first - 1].isalnum() and self.original[first].isalnum():
            first -= 1
        while (
            last < len(self.original)
            and self.original[last].isalnum()
            and (self.original[last - 1].isalnum())
        ):
            last += 1
        return (first, last)


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


_FOLDED: dict[str, str] = {}  # each character folds the same way every time


def _fold_all(original: str) -> tuple[list[str], list[int], set[int]]:
    chars: list[str] = []
    index: list[int] = []
    breaks: set[int] = set()
    for i, ch in enumerate(original):
        if ch == "." and _is_ellipsis_dot(original, i):
            folded = " "
        else:
            found = _FOLDED.get(ch)
            folded = found if found is not None else _FOLDED.setdefault(ch, _fold(ch))
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


_RUN_RE = re.compile(r"(.)\1{2,}")


def _shorten_runs(
    chars: list[str], index: list[int], breaks: set[int], max_run: int
) -> tuple[list[str], list[int], set[int], bool]:
    """Cut runs of three or more identical letters ("sooooo") to `max_run` letters."""
    runs = [m.span() for m in _RUN_RE.finditer("".join(chars)) if m.group(1).isalpha()]
    if not runs:
        return chars, index, breaks, False
    out_chars: list[str] = []
    out_index: list[int] = []
    cut_ends: list[int] = []  # where each run ended, and how much was cut up to there
    cut_totals: list[int] = []
    last = 0
    for start, end in runs:
        out_chars += chars[last : start + max_run]
        out_index += index[last : start + max_run]
        cut_ends.append(end)
        cut_totals.append((cut_totals[-1] if cut_totals else 0) + end - start - max_run)
        last = end
    out_chars += chars[last:]
    out_index += index[last:]
    out_breaks = set()
    for b in breaks:  # a break is a space, never inside a run of letters
        done = bisect.bisect_right(cut_ends, b)
        out_breaks.add(b - (cut_totals[done - 1] if done else 0))
    return out_chars, out_index, out_breaks, True


def _spell_out(text: str, index: list[int], breaks: set[int]) -> tuple[str, list[int], set[int]]:
    """Replace shorthand words; every new character points at the word it replaced."""
    spans = [(m.start(), m.end(), "why") for m in _WHY_RE.finditer(text)]
    spans += [(m.start(), m.end(), SHORTHAND[m.group(0)]) for m in _SHORTHAND_RE.finditer(text)]
    if not spans:
        return text, index, breaks
    out: list[str] = []
    out_index: list[int] = []
    moved: dict[int, int] = {}
    last = 0
    for start, end, word in sorted(spans):
        if start < last:
            continue
        for k in range(last, start):
            moved[k] = len(out) + k - last
        out += text[last:start]
        out_index += index[last:start]
        out += word
        out_index += [index[start + min(k, end - start - 1)] for k in range(len(word))]
        last = end
    for k in range(last, len(text)):
        moved[k] = len(out) + k - last
    out += text[last:]
    out_index += index[last:]
    return "".join(out), out_index, {moved[b] for b in breaks if b in moved}


def normalise(original: str, max_run: int = 2) -> NormalisedText:
    """Simplify `original`; runs of three or more identical letters become `max_run` long."""
    chars, index, breaks = _fold_all(original)
    chars, index, breaks, shortened = _shorten_runs(chars, index, breaks, max_run)
    text = "".join(chars)
    text = _LEADING_DOLLAR_RE.sub("s", text)
    text = _LEET_RE.sub(lambda m: _LEET[m.group(0)], text)
    text, index, breaks = _spell_out(text, index, breaks)
    return NormalisedText(
        text=text,
        source_index=tuple(index),
        breaks=frozenset(b for b in breaks if b < len(text)),
        original=original,
        shortened_runs=shortened,
    )


# Words that add emphasis but not meaning. ``without_fillers`` drops them so that "i think
# about just not waking up" is also read as "i think about not waking up"; the screen merges
# what both readings find, so dropping a filler can only add a finding, never hide one.
FILLERS = (
    "just",
    "really",
    "rly",
    "honestly",
    "literally",
    "actually",
    "genuinely",
    "seriously",
    "simply",
    "truly",
    "totally",
    "basically",
    "kinda",
    "kind of",
    "sorta",
    "sort of",
    "lowkey",
    "low key",
    "highkey",
    "ngl",
    "tbh",
    "deadass",
    "legit",
    "fucking",
    "fuckin",
    "fking",
    "fkn",
    "effing",
    "freaking",
    "frickin",
    "friggin",
    "bloody",
    "goddamn",
    "even",
    "maybe",
    "probably",
    "sometimes",
    "somehow",
    "secretly",
    "quietly",
)
_FILLER_RE = re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, FILLERS)) + r") (?=[a-z0-9])")


def without_fillers(norm: NormalisedText) -> tuple[NormalisedText, list[int]] | None:
    """The text with filler words removed and where they were, or None when it has none."""
    cuts = [m.span() for m in _FILLER_RE.finditer(norm.text)]
    if not cuts:
        return None
    keep: list[tuple[int, int]] = []
    last = 0
    for start, end in cuts:
        keep.append((last, start))
        last = end
    keep.append((last, len(norm.text)))
    text = "".join(norm.text[a:b] for a, b in keep)
    index = [i for a, b in keep for i in norm.source_index[a:b]]
    moved: dict[int, int] = {}
    cut_at: list[int] = []
    offset = 0
    for a, b in keep:
        for k in range(a, b):
            moved[k] = k - a + offset
        offset += b - a
        cut_at.append(offset)
    lean = NormalisedText(
        text=text,
        source_index=tuple(index),
        breaks=frozenset(moved[b] for b in norm.breaks if b in moved),
        original=norm.original,
        shortened_runs=norm.shortened_runs,
    )
    return lean, cut_at[:-1]
