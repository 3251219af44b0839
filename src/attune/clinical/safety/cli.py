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
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    parser.add_argument("--json", action="store_true", help=JSON_HELP)
    parser.add_argument("--context", default="free", choices=CONTEXTS, help=CONTEXT_HELP)
    return parser


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
    result = screen_text(_read_all(sys.stdin), context=args.context)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(format_summary(result))
    return 0
