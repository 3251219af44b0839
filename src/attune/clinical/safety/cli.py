"""``attune screen-text``: screen text read from stdin for suicide and self-harm language.

``attune screen-text --json`` prints ``{"risk": ..., "matches": [...], "suppressed": [...]}``
and exits 0 whatever the risk; without ``--json`` it prints a short summary for people.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from attune.clinical.safety.screening import CONTEXTS, ScreeningResult, screen_text

# User-facing strings, kept together so they can be translated later.
PROG = "attune screen-text"
DESCRIPTION = "Screen text read from standard input for suicide and self-harm language."
JSON_HELP = "print the result as JSON"
JSONL_HELP = (
    'read one JSON object {"text": ..., "context": ...} per line and print one JSON result'
    " per line (the model loads once)"
)
BAD_LINE = "attune screen-text: line {number}: {problem}"
CONTEXT_HELP = "where the words were written: " + ", ".join(CONTEXTS) + " (default: free)"
RISK_LINE = "Risk: {risk}"
MATCHES_HEADING = "Phrases that count:"
MATCH_LINE = '  [{level}] {category}: "{text}" (rule {pattern_id}, characters {start}-{end}){notes}'
SUPPRESSED_HEADING = "Phrases set aside:"
SUPPRESSED_LINE = '  "{text}" - {reason}{by}'
NO_MATCHES = "No risk language found."
DISCLAIMER = (
    "This is a screen, not a diagnosis: it can miss things and can be wrong. "
    "attune is not an emergency service. If someone may be in danger, contact local "
    "emergency services or a crisis line now."
)
REASONS = {
    "denial": "an explicit denial",
    "idiom": "an everyday idiom",
    "accident": "an accident",
    "everyday": "everyday wording",
    "media_or_topic": "about media, study or care, not the writer",
    "needs_context": "ambiguous on its own",
    "someone_else": "about someone else",
    "history": "history told with distance (for the clinician, no risk level)",
    "self_belief_context": "a harsh self-belief written where the exercise asks for it",
    "classifier_vetoed": "set aside by a rule's reading",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    parser.add_argument("--json", action="store_true", help=JSON_HELP)
    parser.add_argument("--context", default="free", choices=CONTEXTS, help=CONTEXT_HELP)
    parser.add_argument("--jsonl", action="store_true", help=JSONL_HELP)
    return parser


class BadLine(ValueError):
    pass


def _parse_line(line: str, default_context: str) -> tuple[str, str]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(obj, dict):
        raise BadLine('expected an object {"text": ..., "context": ...}')
    text = obj.get("text")
    if not isinstance(text, str):
        raise BadLine('"text" must be a string')
    context = obj.get("context", default_context)
    if not isinstance(context, str) or context not in CONTEXTS:
        raise BadLine(f"unknown context {context!r}; use one of: {', '.join(CONTEXTS)}")
    return text, context


def _jsonl(stream: TextIO, default_context: str) -> int:
    """Screen line by line; a bad line stops with exit 2 (results so far are printed)."""
    for number, line in enumerate(_read_all(stream).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            text, context = _parse_line(line, default_context)
        except BadLine as exc:
            print(BAD_LINE.format(number=number, problem=exc), file=sys.stderr)
            return 2
        print(json.dumps(screen_text(text, context=context).to_dict(), ensure_ascii=False))
        sys.stdout.flush()
    return 0


def _read_all(stream: TextIO) -> str:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data.decode("utf-8", errors="replace")
    return stream.read()


def format_summary(result: ScreeningResult) -> str:
    lines = [RISK_LINE.format(risk=result.risk)]
    if result.matches:
        lines.append(MATCHES_HEADING)
        for m in result.matches:
            notes = f" - {'; '.join(m.notes)}" if m.notes else ""
            lines.append(
                MATCH_LINE.format(
                    level=m.level,
                    category=m.category,
                    text=m.text,
                    pattern_id=m.pattern_id,
                    start=m.start,
                    end=m.end,
                    notes=notes,
                )
            )
    else:
        lines.append(NO_MATCHES)
    if result.suppressed:
        lines.append(SUPPRESSED_HEADING)
        for s in result.suppressed:
            by = f" ({s.by})" if s.by else ""
            lines.append(
                SUPPRESSED_LINE.format(text=s.text, reason=REASONS.get(s.reason, s.reason), by=by)
            )
    lines.append(DISCLAIMER)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else 2
    if args.jsonl:
        return _jsonl(sys.stdin, args.context)
    result = screen_text(_read_all(sys.stdin), context=args.context)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(format_summary(result))
    return 0
