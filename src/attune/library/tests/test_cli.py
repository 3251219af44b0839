import json
from pathlib import Path

import pytest

from attune.library import cli
from attune.library.catalogue import ArticleError, list_articles

LISTING_KEYS = {
    "slug",
    "title",
    "category",
    "reading_minutes",
    "citations",
    "summary",
    "related",
    "audience",
}


def test_list_json_prints_every_article_with_the_public_shape(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["list", "--json"]) == 0
    out = capsys.readouterr().out
    items = json.loads(out)
    assert isinstance(items, list)
    assert len(items) == len(list_articles()) >= 12
    for item in items:
        assert set(item) == LISTING_KEYS
        assert isinstance(item["slug"], str)
        assert isinstance(item["title"], str)
        assert isinstance(item["category"], str)
        assert isinstance(item["reading_minutes"], int)
        assert item["reading_minutes"] >= 1
        assert item["citations"]
        assert all(isinstance(c, str) and c for c in item["citations"])
        assert all(isinstance(slug, str) for slug in item["related"])
    assert len({item["category"] for item in items}) >= 4


def test_list_without_json_prints_a_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["SLUG", "CATEGORY", "MIN", "TITLE"]
    assert len(lines) == len(list_articles()) + 1
    assert any(line.startswith("depression-and-desire ") for line in lines)


def test_unknown_sub_action_exits_2_with_a_message_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["shelve"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "invalid choice: 'shelve'" in captured.err


def test_missing_sub_action_exits_2_with_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert "attune library list --json" in capsys.readouterr().err


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["list", "--yaml"]) == 2
    assert "unrecognized arguments: --yaml" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "attune library" in capsys.readouterr().out


def test_a_broken_article_exits_1_naming_the_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> tuple[()]:
        raise ArticleError(Path("bad.md"), "category", "'moods' is not one of [...]")

    monkeypatch.setattr(cli, "list_articles", broken)
    assert cli.main(["list", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "bad.md: field 'category'" in captured.err
