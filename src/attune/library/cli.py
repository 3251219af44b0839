"""``attune library …``: list the psychoeducation articles."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from attune.library.catalogue import Article, ArticleError, list_articles

_TABLE_HEADINGS = ("SLUG", "CATEGORY", "MIN", "TITLE")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="attune library", description="Psychoeducation articles with citations."
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="list every article")
    listing.add_argument("--json", action="store_true", help="print a JSON list of objects")
    return parser


def _table(articles: Sequence[Article]) -> str:
    rows = [_TABLE_HEADINGS] + [
        (a.slug, a.category, str(a.reading_minutes), a.title) for a in articles
    ]
    widths = [max(len(row[col]) for row in rows) for col in range(len(_TABLE_HEADINGS) - 1)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    ]
    return "\n".join(lines)


def _list(as_json: bool) -> int:
    try:
        articles = list_articles()
    except ArticleError as exc:
        print(f"attune library: {exc}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps([article.as_listing() for article in articles], indent=2))
    else:
        print(_table(articles))
    return 0


def main(argv: list[str]) -> int:
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already wrote its message to stderr
        return exc.code if isinstance(exc.code, int) else 2
    if args.action == "list":
        return _list(args.json)
    parser.print_usage(sys.stderr)
    print("attune library: choose an action, e.g. 'attune library list --json'", file=sys.stderr)
    return 2
