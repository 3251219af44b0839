"""Bad article files fail loudly, naming the file and the field at fault."""

from pathlib import Path
from typing import Any

import pytest
import yaml

from attune.library.catalogue import REQUIRED_FIELDS, ArticleError, load_article, load_catalogue

BODY = "Some kind words about closeness.\n\n## A heading\n\nMore words here.\n"


def _meta(slug: str = "gentle-start", **changes: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "slug": slug,
        "title": "A gentle start",
        "category": "understanding",
        "summary": "A short summary.",
        "citations": ["Weiss, R. S. (1973). Loneliness. MIT Press."],
        "related": [],
    }
    meta.update(changes)
    return meta


def _write(directory: Path, meta: dict[str, Any] | None, body: str = BODY, name: str = "") -> Path:
    slug = name or (meta or {}).get("slug", "gentle-start")
    path = directory / f"{slug}.md"
    front = "" if meta is None else f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n"
    path.write_text(front + body, encoding="utf-8")
    return path


def _error(path: Path) -> ArticleError:
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    return caught.value


def test_a_valid_article_loads_with_reading_time(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, _meta(audience=["client"], relationship=["single"])))
    assert article.slug == "gentle-start"
    assert article.reading_minutes == 1
    assert article.audience == ("client",)
    assert article.relationship == ("single",)


def test_missing_front_matter_names_the_file(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, None, name="gentle-start"))
    assert str(error) == "gentle-start.md: must start with a '---' front-matter line"
    assert error.field is None


def test_unclosed_front_matter_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "gentle-start.md"
    path.write_text("---\nslug: gentle-start\n\nBody without a fence.\n", encoding="utf-8")
    assert "no closing '---'" in str(_error(path))


def test_invalid_yaml_is_reported_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "gentle-start.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    message = str(_error(path))
    assert message.startswith("gentle-start.md: front matter is not valid YAML")


def test_front_matter_that_is_not_a_mapping_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "gentle-start.md"
    path.write_text("---\n- just\n- a list\n---\nBody.\n", encoding="utf-8")
    assert "must be a mapping" in str(_error(path))


@pytest.mark.parametrize("field", REQUIRED_FIELDS)
def test_each_missing_required_field_is_named(tmp_path: Path, field: str) -> None:
    meta = _meta()
    del meta[field]
    error = _error(_write(tmp_path, meta, name="gentle-start"))
    assert error.field == field
    assert str(error) == f"gentle-start.md: field '{field}': is required but missing"


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"titel": "typo"}, "titel", "is not a known field"),
        ({"title": ""}, "title", "non-empty string"),
        ({"summary": 42}, "summary", "non-empty string"),
        ({"category": "moods"}, "category", "'moods' is not one of"),
        ({"citations": []}, "citations", "at least one"),
        ({"citations": "Weiss (1973). Loneliness. MIT Press."}, "citations", "list of strings"),
        ({"citations": [1973]}, "citations", "non-empty string"),
        ({"citations": ["A (2000). B. C.", "A (2000). B. C."]}, "citations", "duplicate"),
        ({"related": ["gentle-start"]}, "related", "related to itself"),
        ({"related": ["Not A Slug"]}, "related", "not a valid slug"),
        ({"audience": ["everyone"]}, "audience", "unknown ['everyone']"),
        ({"relationship": "single"}, "relationship", "list of strings"),
        ({"relationship": ["married"]}, "relationship", "unknown ['married']"),
    ],
)
def test_bad_field_values_name_the_file_and_field(
    tmp_path: Path, changes: dict[str, Any], field: str, fragment: str
) -> None:
    error = _error(_write(tmp_path, _meta(**changes)))
    assert error.field == field
    assert str(error).startswith(f"gentle-start.md: field '{field}': ")
    assert fragment in str(error)


def test_slug_must_match_the_file_name(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, _meta(slug="other-name"), name="gentle-start"))
    assert error.field == "slug"
    assert "must match the file name 'gentle-start'" in str(error)


def test_slug_must_be_lower_case_words(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, _meta(slug="Gentle_Start"), name="Gentle_Start"))
    assert error.field == "slug"


def test_an_empty_body_is_reported(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, _meta(), body="\n   \n"))
    assert error.field == "body"


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "gentle-start.md"
    path.write_bytes(b"---\ntitle: caf\xe9\n---\n")
    assert str(_error(path)) == "gentle-start.md: is not valid UTF-8 text"


def test_related_slug_that_does_not_exist_fails_the_catalogue(tmp_path: Path) -> None:
    _write(tmp_path, _meta(related=["second-step"]))
    _write(tmp_path, _meta(slug="third-step"))
    with pytest.raises(ArticleError) as caught:
        load_catalogue(tmp_path)
    assert str(caught.value) == (
        "gentle-start.md: field 'related': 'second-step' is not an existing article"
    )


def test_related_slugs_that_exist_load_as_a_catalogue(tmp_path: Path) -> None:
    _write(tmp_path, _meta(related=["second-step"]))
    _write(tmp_path, _meta(slug="second-step", category="care", related=["gentle-start"]))
    slugs = [article.slug for article in load_catalogue(tmp_path)]
    assert slugs == ["gentle-start", "second-step"]
