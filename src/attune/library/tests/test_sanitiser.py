"""Rendering never yields executable markup, whatever the Markdown source contains."""

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attune.library.catalogue import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, render_markdown

SAFE_SCHEMES = {"http", "https", "mailto"}
URL_NOISE = re.compile(r"[\x00-\x20\x7f-\x9f\ufffd]")


class _Inspector(HTMLParser):
    """Collect every reason the HTML could run code or load something unexpected."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}>")
        allowed = ALLOWED_ATTRIBUTES.get(tag, frozenset()) | {"rel"}
        for name, value in attrs:
            if name not in allowed or name.startswith("on"):
                self.problems.append(f"attribute {name} on <{tag}>")
            if name == "href" and value is not None and not _is_harmless_url(value):
                self.problems.append(f"href {value!r}")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def _is_harmless_url(value: str) -> bool:
    compact = URL_NOISE.sub("", value).lower()
    first_segment = re.split(r"[/?#]", compact, maxsplit=1)[0]
    return ":" not in first_segment or first_segment.split(":", 1)[0] in SAFE_SCHEMES


def executable_markup(html: str) -> list[str]:
    inspector = _Inspector()
    inspector.feed(html)
    inspector.close()
    lowered = html.lower()
    inspector.problems += [f"raw {s}" for s in ("<script", "<iframe", "<svg") if s in lowered]
    return inspector.problems


ATTACKS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" ONERROR="alert(1)">',
    '<p onclick="alert(1)">hi</p>',
    '<a href="https://ok.example" onmouseover=alert(1)>x</a>',
    "![pic](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    '<a href="  JAVASCRIPT:alert(1)">x</a>',
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '<a href="javas&#99;ript:alert(1)">x</a>',
    '<a href="javascript&#58;alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="java&NewLine;script:alert(1)">x</a>',
    '<a href="&#0;javascript:alert(1)">x</a>',
    '<a href="\x01javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
    "[x](data:text/html,alert)",
    '<a href="d&#x61;ta:text/html,x">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    "[x](VBScript:msgbox(1))",
    '<a href="vb&#115;cript:msgbox(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    "<svg onload=alert(1)><script>alert(1)</script></svg>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    "<!--<script>alert(1)</script>-->",
    "<a href='x' onfocus='alert(1)' autofocus>x</a>",
    "[click](<javascript:alert(1)>)",
    '[ref][1]\n\n[1]: javascript:alert(1) "title"',
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_rendering_an_attack_yields_no_executable_markup(attack: str) -> None:
    html = render_markdown(f"Some text.\n\n{attack}\n\nMore text.")
    assert executable_markup(html) == [], html


@pytest.mark.parametrize("attack", ATTACKS)
def test_rendering_an_attack_leaves_no_dangerous_scheme_in_attributes(attack: str) -> None:
    html = render_markdown(attack)
    hrefs = re.findall(r'href="([^"]*)"', html)
    for href in hrefs:
        compact = URL_NOISE.sub("", href).lower()
        for scheme in ("javascript:", "vbscript:", "data:"):
            assert scheme not in compact, html


def test_script_content_is_removed_not_just_unwrapped() -> None:
    html = render_markdown("<script>stealCookies()</script>")
    assert "stealCookies" not in html


def test_safe_links_keep_their_address() -> None:
    html = render_markdown(
        "[site](https://example.org/a?b=1) [mail](mailto:care@example.org) "
        "[page](/library/depression-and-desire) [plain](http://example.org)"
    )
    assert 'href="https://example.org/a?b=1"' in html
    assert 'href="mailto:care@example.org"' in html
    assert 'href="/library/depression-and-desire"' in html
    assert 'href="http://example.org"' in html
    assert 'rel="noopener noreferrer"' in html


def test_ordinary_markdown_renders_to_allowed_structure() -> None:
    html = render_markdown(
        "## Heading\n\nSome **bold** and *soft* words.\n\n- one\n- two\n\n"
        "1. first\n2. second\n\n> a quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    for tag in ("<h2>", "<strong>", "<em>", "<ul>", "<ol>", "<blockquote>", "<table>", "<td>"):
        assert tag in html
    assert executable_markup(html) == []


def test_text_that_merely_mentions_script_is_shown_escaped() -> None:
    html = render_markdown("Write `<script>` in a code span.")
    assert "&lt;script&gt;" in html
    assert executable_markup(html) == []


FRAGMENTS = [
    "<", ">", '"', "'", "=", " ", "\t", "\n", "/", ":", "(", ")", "[", "]", "&#", ";", "x",
    "<a href=", "<img src=", "<script>", "</script>", "<svg", "<iframe", "<style>", "<p ",
    "onerror=", "onclick=", "javascript:", "JaVaScRiPt:", "java&#x09;script:", "&#106;",
    "vbscript:", "data:text/html,", "&colon;", "&#58;", "alert(1)", "https://ok.example",
    "](", "[x", "<!--", "-->", "`", "**", "\x00",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_any_mix_of_hostile_fragments_renders_without_executable_markup(source: str) -> None:
    assert executable_markup(render_markdown(source)) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_renders_without_executable_markup(source: str) -> None:
    assert executable_markup(render_markdown(source)) == []
