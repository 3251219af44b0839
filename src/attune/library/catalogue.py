"""Load, validate and render the psychoeducation articles.

Each article is a Markdown file in ``articles/`` that opens with a YAML front-matter block.
Pure Python (no Django) so the CLI, the plan engine and the web layer can all share it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

import markdown
import nh3
import yaml

ARTICLES_DIR: Final = Path(__file__).resolve().parent / "articles"
WORDS_PER_MINUTE: Final = 200

# Declared categories, in display order, with client-facing labels.
CATEGORIES: Final[Mapping[str, str]] = {
    "understanding": "Understanding what is happening",
    "medication": "Medication and desire",
    "relationships_and_communication": "Relationships and communication",
    "culture_and_identity": "Culture and identity",
    "wellbeing": "Wellbeing and everyday care",
    "care": "Getting care",
}
AUDIENCES: Final = frozenset({"client", "partner", "clinician"})
RELATIONSHIPS: Final = frozenset({"single", "partnered"})

REQUIRED_FIELDS: Final = ("slug", "title", "category", "summary", "citations", "related")
OPTIONAL_FIELDS: Final = ("audience", "relationship")

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WORD = re.compile(r"\w[\w'’-]*")

# Sanitiser allow-lists: anything not named here is removed.
ALLOWED_TAGS: Final = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4", "strong", "em", "b", "i", "blockquote",
        "ul", "ol", "li", "a", "code", "pre", "abbr",
        "table", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES: Final[Mapping[str, frozenset[str]]] = {
    "a": frozenset({"href", "title"}),
    "abbr": frozenset({"title"}),
}
ALLOWED_URL_SCHEMES: Final = frozenset({"http", "https", "mailto"})
# Tags removed together with everything inside them (not just unwrapped).
CLEAN_CONTENT_TAGS: Final = frozenset(
    {
        "script", "style", "iframe", "object", "embed", "noscript", "noembed", "noframes",
        "template", "textarea", "title", "math", "svg", "xmp", "select",
    }
)  # fmt: skip
_MARKDOWN_EXTENSIONS: Final = ("sane_lists", "tables")
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]")


class ArticleError(ValueError):
    """An article file is malformed; the message names the file and, when known, the field."""

    def __init__(self, path: Path, field: str | None, problem: str) -> None:
        self.path = path
        self.field = field
        self.problem = problem
        where = path.name if field is None else f"{path.name}: field '{field}'"
        super().__init__(f"{where}: {problem}")


class ArticleNotFoundError(LookupError):
    """No article has the requested slug."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        super().__init__(f"no article with slug '{slug}'")


@dataclass(frozen=True, slots=True)
class Article:
    slug: str
    title: str
    category: str
    summary: str
    citations: tuple[str, ...]
    related: tuple[str, ...]
    audience: tuple[str, ...]
    relationship: tuple[str, ...]
    body: str
    word_count: int
    reading_minutes: int

    @property
    def category_label(self) -> str:
        return CATEGORIES[self.category]

    def html(self) -> str:
        """The body rendered to sanitised HTML."""
        return render_markdown(self.body)

    def as_listing(self) -> dict[str, Any]:
        """The public listing shape used by ``attune library list --json``."""
        return {
            "slug": self.slug,
            "title": self.title,
            "category": self.category,
            "reading_minutes": self.reading_minutes,
            "citations": list(self.citations),
            "summary": self.summary,
            "related": list(self.related),
            "audience": list(self.audience),
        }


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def reading_minutes(word_count: int) -> int:
    """Minutes at about 200 words a minute, rounded half up, never below one."""
    return max(1, (word_count + WORDS_PER_MINUTE // 2) // WORDS_PER_MINUTE)


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """Split ``---``-fenced YAML front matter from the Markdown body."""
    lines = text.removeprefix("\ufeff").splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ArticleError(path, None, "must start with a '---' front-matter line")
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if end is None:
        raise ArticleError(path, None, "front matter has no closing '---' line")
    try:
        meta = yaml.safe_load("".join(lines[1:end]))
    except yaml.YAMLError as exc:
        raise ArticleError(path, None, f"front matter is not valid YAML ({exc})") from exc
    if not isinstance(meta, dict):
        raise ArticleError(path, None, "front matter must be a mapping of field: value")
    return meta, "".join(lines[end + 1 :])


def _text(path: Path, meta: Mapping[str, Any], field: str) -> str:
    value = meta.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ArticleError(path, field, "must be a non-empty string")
    return value.strip()


def _text_list(
    path: Path, meta: Mapping[str, Any], field: str, *, required: bool
) -> tuple[str, ...]:
    value = meta.get(field, None if required else [])
    if not isinstance(value, list):
        raise ArticleError(path, field, "must be a list of strings")
    if required and not value:
        raise ArticleError(path, field, "must list at least one entry")
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise ArticleError(path, field, "every entry must be a non-empty string")
    items = tuple(item.strip() for item in value)
    if len(set(items)) != len(items):
        raise ArticleError(path, field, "has a duplicate entry")
    return items


def _tags(
    path: Path, meta: Mapping[str, Any], field: str, allowed: frozenset[str]
) -> tuple[str, ...]:
    tags = _text_list(path, meta, field, required=False)
    unknown = sorted(set(tags) - allowed)
    if unknown:
        raise ArticleError(path, field, f"unknown {unknown}; allowed: {sorted(allowed)}")
    return tags


def _check_fields(path: Path, meta: Mapping[str, Any]) -> None:
    for field in REQUIRED_FIELDS:
        if field not in meta:
            raise ArticleError(path, field, "is required but missing")
    for field in meta:
        if field not in REQUIRED_FIELDS + OPTIONAL_FIELDS:
            raise ArticleError(path, str(field), "is not a known field")


def _slug(path: Path, meta: Mapping[str, Any]) -> str:
    slug = _text(path, meta, "slug")
    if not _SLUG.match(slug):
        raise ArticleError(path, "slug", f"'{slug}' must be lower-case words joined by '-'")
    if slug != path.stem:
        raise ArticleError(path, "slug", f"'{slug}' must match the file name '{path.stem}'")
    return slug


def _category(path: Path, meta: Mapping[str, Any]) -> str:
    category = _text(path, meta, "category")
    if category not in CATEGORIES:
        raise ArticleError(path, "category", f"'{category}' is not one of {list(CATEGORIES)}")
    return category


def _related(path: Path, meta: Mapping[str, Any], slug: str) -> tuple[str, ...]:
    related = _text_list(path, meta, "related", required=False)
    for other in related:
        if other == slug:
            raise ArticleError(path, "related", "an article cannot be related to itself")
        if not _SLUG.match(other):
            raise ArticleError(path, "related", f"'{other}' is not a valid slug")
    return related


def parse_article(path: Path, text: str) -> Article:
    """Build and validate one article; related slugs are checked by ``load_catalogue``."""
    meta, body = split_front_matter(path, text)
    _check_fields(path, meta)
    slug = _slug(path, meta)
    if not body.strip():
        raise ArticleError(path, "body", "the article has no text after the front matter")
    words = count_words(body)
    return Article(
        slug=slug,
        title=_text(path, meta, "title"),
        category=_category(path, meta),
        summary=_text(path, meta, "summary"),
        citations=_text_list(path, meta, "citations", required=True),
        related=_related(path, meta, slug),
        audience=_tags(path, meta, "audience", AUDIENCES),
        relationship=_tags(path, meta, "relationship", RELATIONSHIPS),
        body=body.strip() + "\n",
        word_count=words,
        reading_minutes=reading_minutes(words),
    )


def load_article(path: Path) -> Article:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, None, "is not valid UTF-8 text") from exc
    return parse_article(path, text)


def load_catalogue(directory: Path = ARTICLES_DIR) -> tuple[Article, ...]:
    """Load every ``*.md`` article, check cross-references, and order them for display."""
    paths = sorted(directory.glob("*.md"))
    articles = [load_article(path) for path in paths]
    known = {article.slug for article in articles}
    for path, article in zip(paths, articles, strict=True):
        for other in article.related:
            if other not in known:
                raise ArticleError(path, "related", f"'{other}' is not an existing article")
    order = {category: index for index, category in enumerate(CATEGORIES)}
    return tuple(sorted(articles, key=lambda a: (order[a.category], a.slug)))


@cache
def _default_catalogue() -> tuple[Article, ...]:
    return load_catalogue(ARTICLES_DIR)


def list_articles() -> tuple[Article, ...]:
    return _default_catalogue()


# Roles that read the whole library: clients read for themselves, clinicians to suggest.
WHOLE_LIBRARY_ROLES: Final = frozenset({"client", "clinician"})


def readable_by(article: Article, roles: Collection[str]) -> bool:
    """Whether someone with these roles may read the article.

    Clients and clinicians read everything. A partner (with no client or clinician role)
    reads the articles written for partners (``audience`` includes ``partner``). Other roles
    (facilitator, organisation admin) read what clients read, as before.
    """
    held = set(roles)
    if held & WHOLE_LIBRARY_ROLES or "partner" not in held:
        return True
    return "partner" in article.audience


def articles_for(roles: Collection[str]) -> tuple[Article, ...]:
    return tuple(a for a in _default_catalogue() if readable_by(a, roles))


def get_article(slug: str) -> Article:
    for article in _default_catalogue():
        if article.slug == slug:
            return article
    raise ArticleNotFoundError(slug)


def _is_safe_url(value: str) -> bool:
    """Second line of defence after nh3's scheme check.

    Browsers ignore tabs, newlines and control characters inside URLs, so they are removed
    before looking for a scheme. A colon before the first '/', '?' or '#' means a scheme,
    and only allowed schemes pass; anything else is a same-site relative link.
    """
    compact = _URL_NOISE.sub("", value).lower()
    first_segment = re.split(r"[/?#]", compact, maxsplit=1)[0]
    if ":" not in first_segment:
        return True
    return first_segment.split(":", 1)[0] in ALLOWED_URL_SCHEMES


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute in {"href", "src", "action", "formaction", "xlink:href"}:
        return value if _is_safe_url(value) else None
    return value


def render_markdown(text: str) -> str:
    """Render Markdown to HTML, then sanitise it against explicit allow-lists."""
    html = markdown.markdown(text, extensions=list(_MARKDOWN_EXTENSIONS), output_format="html")
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        url_schemes=set(ALLOWED_URL_SCHEMES),
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
