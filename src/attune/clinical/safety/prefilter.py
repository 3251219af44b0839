"""Which literal strings must appear in a text for a rule's pattern to match it.

Scanning a 2,000-word text with every rule of the lexicon one after another is the slow part
of screening; most rules cannot match most texts. ``required_literals`` reads a pattern and
returns sets of strings such that every match contains at least one string of each set. A
rule with a set none of whose strings occurs in the text is skipped, which never changes the
result: the rule could not have matched.

For a sequence there are usually several such sets (a rule like "want to ... die" needs a
"want" word *and* a "die" word); the best few are kept and all must be met. The reader
understands the subset of regular-expression syntax the lexicon uses (literals, groups,
alternation, quantifiers, classes, escapes and look-arounds); anything else makes it answer
"no requirement known", so the rule is always run.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache, reduce
from itertools import repeat
from operator import and_

_MAX_CHOICES = 64
# Characters that end a sentence in normalised text (line breaks are already spaces).
SENTENCE_ENDS = ".!?"


@dataclass(frozen=True)
class _Lit:
    char: str


@dataclass(frozen=True)
class _Any:
    """One character that is not a fixed literal (a class, ``.``, ``\\w``)."""


@dataclass(frozen=True)
class _Empty:
    """Zero-width: look-arounds, anchors, ``\\b``."""


@dataclass(frozen=True)
class _Seq:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Alt:
    branches: tuple[_Node, ...]


@dataclass(frozen=True)
class _Repeat:
    node: _Node
    minimum: int


_Node = _Lit | _Any | _Empty | _Seq | _Alt | _Repeat


class _Unsupported(ValueError):
    pass


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0
        # Set when the pattern could read past a character that ends a sentence. Reading
        # that character as the last step of a look-ahead branch is fine (it is the last
        # character of the sentence's chunk), and look-behinds only read text before.
        self.crosses_sentences = False
        self._depth = 0
        self._ahead_at: list[int] = []  # group depth of each open look-ahead
        self._behind = 0

    def parse(self) -> _Node:
        node = self._alternation()
        if self.i != len(self.p):
            raise _Unsupported(self.p[self.i :])
        return node

    def _alternation(self) -> _Node:
        branches = [self._sequence()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else _Alt(tuple(branches))

    def _sequence(self) -> _Node:
        items: list[_Node] = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            items.append(self._quantified(self._atom()))
        return _Seq(tuple(items))

    def _atom(self) -> _Node:
        ch = self.p[self.i]
        if ch == "(":
            return self._group()
        if ch == "[":
            self._read_class()
            return _Any()
        if ch == "\\":
            esc = self.p[self.i + 1]
            self.i += 2
            if esc in "bBAZ":
                return _Empty()
            if esc in "wWdDsS":
                self._note(esc in "WDS")
                return _Any()
            if esc.isalnum():
                raise _Unsupported(esc)
            return self._literal(esc)
        self.i += 1
        if ch in "^$":
            return _Empty()
        if ch == ".":
            self._note(True)
            return _Any()
        if ch in "*+?{":
            raise _Unsupported(ch)
        return self._literal(ch)

    def _literal(self, ch: str) -> _Lit:
        self._note(ch in SENTENCE_ENDS)
        return _Lit(ch)

    def _group(self) -> _Node:
        rest = self.p[self.i :]
        zero_width = rest.startswith(("(?=", "(?!", "(?<=", "(?<!"))
        if zero_width:
            self.i += 4 if rest.startswith(("(?<=", "(?<!")) else 3
        elif rest.startswith("(?:"):
            self.i += 3
        elif rest.startswith("(?P<"):
            self.i = self.p.index(">", self.i) + 1
        elif rest.startswith("(?"):
            raise _Unsupported(rest[:4])
        else:
            self.i += 1
        behind = rest.startswith(("(?<=", "(?<!"))
        ahead = zero_width and not behind
        self._depth += 1
        self._behind += behind
        if ahead:
            self._ahead_at.append(self._depth)
        inner = self._alternation()
        if ahead:
            self._ahead_at.pop()
        self._behind -= behind
        self._depth -= 1
        if self.i >= len(self.p) or self.p[self.i] != ")":
            raise _Unsupported("unclosed group")
        self.i += 1
        return _Empty() if zero_width else inner

    def _read_class(self) -> None:
        """Read a character class, noting whether it can match a sentence end."""
        self.i += 1
        negated = self.p[self.i] == "^"
        self.i += negated
        members: list[tuple[str, str]] = []
        first = True
        while first or self.p[self.i] != "]":
            first = False
            low = self._class_char()
            if self.p[self.i] == "-" and self.p[self.i + 1] != "]":
                self.i += 1
                members.append((low, self._class_char()))
            else:
                members.append((low, low))
        self.i += 1
        covered = [any(lo <= c <= hi for lo, hi in members) for c in SENTENCE_ENDS]
        # "[^.!?]" can never read a sentence end; "[^a-z]" can.
        hits = not all(covered) if negated else any(covered)
        last_in_lookahead = (
            bool(self._ahead_at)
            and self._ahead_at[-1] == self._depth
            and self.p[self.i : self.i + 1] in ("|", ")")
        )
        self._note(hits and not last_in_lookahead)

    def _note(self, reads_sentence_end: bool) -> None:
        if reads_sentence_end and not self._behind:
            self.crosses_sentences = True

    def _class_char(self) -> str:
        ch = self.p[self.i]
        if ch != "\\":
            self.i += 1
            return ch
        esc = self.p[self.i + 1]
        self.i += 2
        self._note(esc in "WSD")
        if esc.isalnum():
            return "\0"  # a class escape (\w, \d, \s) never matches a sentence end
        return esc

    def _quantified(self, node: _Node) -> _Node:
        if self.i >= len(self.p):
            return node
        ch = self.p[self.i]
        if ch in "*?":
            minimum = 0
            self.i += 1
        elif ch == "+":
            minimum = 1
            self.i += 1
        elif ch == "{":
            end = self.p.index("}", self.i)
            minimum = int(self.p[self.i + 1 : end].split(",")[0] or 0)
            self.i = end + 1
        else:
            return node
        if self.i < len(self.p) and self.p[self.i] in "?+":
            self.i += 1  # lazy or possessive: same characters either way
        return _Repeat(node, minimum)


def _score(choices: frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in choices), -len(choices))


def _required(node: _Node) -> frozenset[str] | None:
    """Strings of which every match of `node` contains at least one, or None."""
    if isinstance(node, _Alt):
        found: set[str] = set()
        for branch in node.branches:
            sub = _required(branch)
            if sub is None:
                return None
            found |= sub
        return frozenset(found) if len(found) <= _MAX_CHOICES else None
    if isinstance(node, _Repeat):
        return _required(node.node) if node.minimum >= 1 else None
    if isinstance(node, _Seq):
        return _required_in_sequence(node)
    if isinstance(node, _Lit):
        return frozenset({node.char})
    return None


def _sequence_candidates(node: _Seq) -> list[frozenset[str]]:
    """Every set that a match of the sequence must hit: literal runs and required groups."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for item in (*node.items, _Any()):
        if isinstance(item, _Lit):
            run.append(item.char)
            continue
        if isinstance(item, _Empty):
            continue  # zero-width: the literals on both sides are still adjacent
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        sub = _required(item)
        if sub is not None:
            candidates.append(sub)
    return candidates


def _required_in_sequence(node: _Seq) -> frozenset[str] | None:
    candidates = _sequence_candidates(node)
    return max(candidates, key=_score) if candidates else None


Needs = tuple[frozenset[str], ...]
_MAX_CLAUSES = 4


def _useful(choices: frozenset[str]) -> bool:
    return min(len(s) for s in choices) >= 2


def stays_in_sentence(pattern: str) -> bool:
    """True when no match of `pattern`, nor its look-arounds, can read past a sentence end."""
    reader = _Reader(pattern)
    try:
        reader.parse()
    except (_Unsupported, IndexError, ValueError):
        return False
    return not reader.crosses_sentences


def required_literals(pattern: str) -> Needs:
    """Sets of strings such that every match contains one string of each set.

    An empty tuple means "no requirement known": the pattern must always be run.
    """
    try:
        root = _Reader(pattern).parse()
        if isinstance(root, _Seq):
            clauses = _sequence_candidates(root)
        else:
            found = _required(root)
            clauses = [found] if found is not None else []
    except (_Unsupported, IndexError, ValueError):
        return ()
    useful = sorted((c for c in clauses if _useful(c)), key=_score, reverse=True)
    return tuple(useful[:_MAX_CLAUSES])


_GRAM = 4


@cache
def _grams(s: str) -> tuple[str, ...]:
    return tuple({s[i : i + _GRAM] for i in range(len(s) - _GRAM + 1)})


class SentenceIndex:
    """Which sentences of one text may hold given strings, as bit masks (bit k: sentence k).

    Each four-character piece of the text is indexed under the sentence it starts in. A
    string that lies inside sentence k has all its pieces there, so AND-ing the pieces' masks
    keeps bit k: the answer may be a false "maybe" (the pattern then runs) but never a false
    "no". Strings shorter than four characters are looked for directly.
    """

    def __init__(self, text: str, ends: list[int], only: set[int] | None = None) -> None:
        """Index the sentences of `text` ending at `ends`; with `only`, just those sentences."""
        self._text = text
        self._starts = [0, *ends]
        self._ends = [*ends, len(text)]
        self.every = (1 << len(self._starts)) - 1
        if only is not None:
            self.every = sum(1 << k for k in only)
        masks: dict[str, int] = {}
        for k, (lo, hi) in enumerate(zip(self._starts, self._ends, strict=True)):
            if only is not None and k not in only:
                continue
            bit = 1 << k
            for piece in {text[i : i + _GRAM] for i in range(lo, min(hi, len(text) - _GRAM + 1))}:
                masks[piece] = masks.get(piece, 0) | bit
        self._masks = masks
        self._cache: dict[str, int] = {}
        self._clauses: dict[frozenset[str], int] = {}

    def mask(self, s: str) -> int:
        found = self._cache.get(s)
        if found is None:
            found = self._short_mask(s) if len(s) < _GRAM else self._long_mask(s)
            self._cache[s] = found
        return found

    def _long_mask(self, s: str) -> int:
        return reduce(and_, map(self._masks.get, _grams(s), repeat(0)), self.every)

    def _short_mask(self, s: str) -> int:
        found = 0
        at = self._text.find(s)
        while at >= 0:
            found |= 1 << bisect.bisect_right(self._starts, at) - 1
            at = self._text.find(s, at + 1)
        return found & self.every

    def sentences(self, needs: Needs) -> int:
        """Sentences holding one string of every set in `needs` (all, for no sets)."""
        found = self.every
        for clause in needs:
            found &= self._either(clause)
            if not found:
                break
        return found

    def _either(self, clause: frozenset[str]) -> int:
        found = self._clauses.get(clause)
        if found is None:
            found = 0
            for s in clause:
                found |= self.mask(s)
            self._clauses[clause] = found
        return found

    def anywhere(self, needs: Needs) -> bool:
        """Whether each set in `needs` has a string somewhere in the text."""
        return all(self._either(clause) for clause in needs)

    def spans(self, mask: int) -> list[tuple[int, int]]:
        """The (start, end) of each sentence in `mask`, in order; an end includes its stop."""
        found: list[tuple[int, int]] = []
        while mask:
            low = mask & -mask
            k = low.bit_length() - 1
            found.append((self._starts[k], self._ends[k]))
            mask ^= low
        return found
