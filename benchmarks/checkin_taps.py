"""Quick check-in taps-to-saved on the phone layout, against the full check-in form measured
in the same run (issue 19). A benchmark, not a test: it prints, it asserts nothing timed.

    .venv/bin/python benchmarks/checkin_taps.py [--runs N]

Needs Debian's chromium (ATTUNE_CHROMIUM, default /usr/bin/chromium) and Playwright. Runs
attune on a fresh embedded database in a temporary folder, in a 390x844 phone viewport.
Counts what the person does from the home page until the check-in is stored: taps, and
swipes (screens scrolled to reach the next control), and the time from the first tap to the
saved answer on screen. Each run uses a new client, so both paths start from "not checked in".
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import tempfile
import time
from typing import Any

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
MOOD = "How has your mood been today?"
LONELY = "How sexually alone"


class Gestures:
    def __init__(self, page: Any) -> None:
        self.page, self.taps, self.swipes = page, 0, 0

    def tap(self, locator: Any) -> None:
        box = locator.bounding_box()
        height = self.page.viewport_size["height"]
        if box is not None and (box["y"] < 0 or box["y"] + box["height"] > height):
            distance = box["y"] + box["height"] - height if box["y"] > 0 else -box["y"]
            self.swipes += math.ceil(distance / (0.8 * height))  # a swipe moves ~80% of a screen
        locator.tap()
        self.taps += 1


def quick(page: Any, base: str) -> Gestures:
    page.goto(base + "/")
    form = page.locator("form[data-quick-checkin]")
    done = Gestures(page)
    done.tap(form.get_by_role("group", name=MOOD).get_by_role("radio", name="7", exact=True))
    done.tap(form.get_by_role("group", name=LONELY).get_by_role("radio", name="4", exact=True))
    page.get_by_text("Saved for today").wait_for()
    return done


def full(page: Any, base: str, *, sticky: bool = True) -> Gestures:
    page.goto(base + "/")
    done = Gestures(page)
    done.tap(page.locator("header").get_by_role("link", name="Check in", exact=True))
    page.wait_for_url("**/checkin/")
    if not sticky:  # the form as it was before issue 19: the save button after every field
        page.evaluate("document.querySelector('.sticky-save').style.position = 'static'")
    done.tap(page.get_by_role("group", name=MOOD).get_by_role("radio", name="7", exact=True))
    done.tap(page.get_by_role("group", name=LONELY).get_by_role("radio", name="4", exact=True))
    done.tap(page.get_by_role("button", name="Save check-in"))
    page.wait_for_url("**/checkin/insights/")
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("ATTUNE_DATA_DIR", tempfile.mkdtemp(prefix="attune-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "attune.config.settings")
    os.environ.setdefault("ATTUNE_WARM_SCREENING", "0")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.testcases import LiveServerThread, _StaticFilesHandler
    from playwright.sync_api import sync_playwright

    from attune.accounts import services

    call_command("migrate", verbosity=0)
    org = services.organisation_get_or_create(slug="bench", name="Bench")
    server = LiveServerThread("localhost", _StaticFilesHandler)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    base = f"http://localhost:{server.port}"
    chromium = os.environ.get("ATTUNE_CHROMIUM", "/usr/bin/chromium")
    results: dict[str, list[tuple[int, int, float]]] = {"quick": [], "full": [], "flow": []}

    def flow(page: Any, base: str) -> Gestures:
        return full(page, base, sticky=False)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for run in range(args.runs):
            for name, path in (("full", full), ("flow", flow), ("quick", quick)):
                email = f"{name}{run}@bench.attune.test"
                services.user_create(
                    email=email,
                    role="client",
                    organisation=org,
                    password="bench-passphrase-42",  # noqa: S106 - synthetic
                )
                context = browser.new_context(**PHONE)
                page = context.new_page()
                page.goto(base + "/accounts/login/")
                page.get_by_label("Email").fill(email)
                page.get_by_label("Password").fill("bench-passphrase-42")
                page.get_by_role("button", name="Sign In").click()
                page.wait_for_url(base + "/")
                started = time.perf_counter()
                done = path(page, base)
                seconds = time.perf_counter() - started
                results[name].append((done.taps, done.swipes, seconds))
                context.close()
        browser.close()
    server.terminate()

    def summary(name: str) -> tuple[int, int, float]:
        rows = results[name]
        return rows[0][0], rows[0][1], statistics.median(r[2] for r in rows)

    q_taps, q_swipes, q_time = summary("quick")
    f_taps, f_swipes, f_time = summary("full")
    o_taps, o_swipes, o_time = summary("flow")
    print(f"quick check-in taps-to-saved ({args.runs} runs, 390x844, median time)")
    print(f"{'quick check-in (home page)':<30} {q_taps} taps {q_swipes} swipes {q_time:6.2f} s")
    print(f"{'baseline: full check-in form':<30} {f_taps} taps {f_swipes} swipes {f_time:6.2f} s")
    print(f"{'full form, save not sticky':<30} {o_taps} taps {o_swipes} swipes {o_time:6.2f} s")
    print(
        f"ratio quick/full: gestures {(q_taps + q_swipes) / (f_taps + f_swipes):.2f}, "
        f"time {q_time / f_time:.2f}"
    )


if __name__ == "__main__":
    main()
