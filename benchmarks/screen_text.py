"""Benchmark the risk screen: ``python benchmarks/screen_text.py`` (with PYTHONPATH=src).

A warm screen (model loaded, one call made) of texts of 20, 100 and 1,000 words, p50 / p95
over repeated calls, against a bare tokenisation of the same text in the same run (the
model's WordPiece tokenizer, the least any reading of the text costs), as a ratio. Also the
process memory the model adds. Run on one core: ``taskset -c 0`` if available. Not a test.
"""

from __future__ import annotations

import resource
import statistics
import time

SENTENCES = (
    "Went for a walk after work and the light was lovely on the river.",
    "I keep thinking about how long it has been since anyone held me.",
    "My libido has been low since the new dose but it is slowly coming back.",
    "Had a row with my sister about Christmas plans, we sorted it out later.",
    "Tonight I feel flat and tired and a bit lonely, nothing dramatic.",
    "The trigger map exercise helped me notice the voice that says I am too much.",
)


def text_of(words: int) -> str:
    out: list[str] = []
    i = 0
    while sum(len(s.split()) for s in out) < words:
        out.append(SENTENCES[i % len(SENTENCES)])
        i += 1
    return " ".join(" ".join(out).split()[:words]) + "."


def timed(fn: object, arg: str, runs: int) -> tuple[float, float, float]:
    """Wall-clock p50 and p95 and CPU-time p50, in ms (CPU time is what a busy machine
    does not inflate)."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn(arg)  # type: ignore[operator]
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    wall.sort()
    return statistics.median(wall), wall[int(0.95 * (len(wall) - 1))], statistics.median(cpu)


def main() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    from attune.clinical.safety import screen_text
    from attune.clinical.safety.classifier.model import get_model
    from attune.clinical.safety.semantic.encoder import get_encoder

    encoder = get_encoder()
    get_model()
    screen_text("warming up")
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"model and screen loaded: +{(after - before) / 1024:.0f} MB peak RSS")
    tokenize = encoder.tokenizer.encode
    print("words  screen p50  p95  cpu p50 (ms)   tokenise p50 (ms)   ratio p50 (cpu)")
    for words, runs in ((20, 200), (100, 100), (1000, 20)):
        text = text_of(words)
        screen_text(text)
        s50, s95, c50 = timed(screen_text, text, runs)
        t50, _, tc50 = timed(tokenize, text, runs)
        ratio = c50 / max(tc50, 1e-3)
        print(f"{words:5d}  {s50:10.2f}  {s95:5.1f}  {c50:12.2f}   {t50:17.3f}   {ratio:9.0f}x")


if __name__ == "__main__":
    main()
