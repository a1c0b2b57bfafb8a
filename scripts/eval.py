#!/usr/bin/env python3
"""`make eval`: every scorer of ../shared/eval over the bundled corpus and the
real corpora of ../shared/dev, printed as one table beside the bars.

    python3 scripts/eval.py [--parallax .build/release/parallax] [--shared ../shared] [--json]

Standard library only. Runs `parallax analyze` (and `parallax compare` for the
gold alignment pairs) into a temporary folder and reads the scorers' output.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, out=None):
    """Runs a command; its stdout goes to `out` (a path) or is returned. A
    failing command stops the evaluation with what it printed."""
    try:
        if out:
            with open(out, "w") as f:
                subprocess.run(cmd, stdout=f, stderr=subprocess.PIPE, text=True, check=True)
            return ""
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=True).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"make eval: {' '.join(cmd)} failed ({e.returncode}): {e.stderr.strip()}")


def number(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parallax", default=os.path.join(ROOT, ".build/release/parallax"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "../shared"))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    shared, px = args.shared, args.parallax
    ev, dev = f"{shared}/eval", f"{shared}/dev"
    for need in (px, ev, dev, f"{shared}/gold/seeds/alignments"):
        if not os.path.exists(need):
            sys.exit(f"make eval: {need} not found (it needs the release build and ../shared)")
    tmp = tempfile.mkdtemp(prefix="parallax-eval-")

    def analyze(corpus, name):
        path = f"{tmp}/{name}.json"
        run([px, "analyze", "--format", "json", "-q", corpus], path)
        return path

    # The bundled corpus against the hand annotations.
    bundled = json.loads(run(["python3", f"{ev}/score.py", "--gold", f"{shared}/gold/seeds",
                              "--pred", analyze(os.path.join(ROOT, "corpus"), "bundled"), "--root", ROOT, "--json"]))
    # BASIL: events, quoted spans, speakers (people only); the same corpus dated one day.
    basil = run(["python3", f"{ev}/score_corpus.py", f"{dev}/basil", analyze(f"{dev}/basil/corpus", "basil"),
                 "--persons-only"])
    sameday = run(["python3", f"{ev}/score_corpus.py", f"{dev}/basil-sameday",
                   analyze(f"{dev}/basil-sameday/corpus", "basil-sameday")])
    polnear = run(["python3", f"{ev}/score_corpus.py", f"{dev}/polnear", analyze(f"{dev}/polnear/corpus", "polnear")])
    gum = json.loads(run(["python3", f"{ev}/score_entities.py", f"{dev}/gum", analyze(f"{dev}/gum/corpus", "gum"),
                          "--json"]))
    # Saved web pages: the article body a reader should see.
    html = run(["python3", f"{ev}/score_html.py", f"{dev}/html", analyze(f"{dev}/html/pages", "html")])
    # Alignment on the gold pairs, over the gold's own copies of the articles
    # (the offsets count into those files).
    pairs = sorted(f[:-5] for f in os.listdir(f"{shared}/gold/seeds/alignments") if f.endswith(".json"))
    compared = []
    for pair in pairs:
        a, b = pair.split("__")
        path = f"{tmp}/{pair}.json"
        run([px, "compare", a, b, f"{shared}/gold/seeds", "--format", "json"], path)
        compared.append(path)
    align = run(["python3", f"{ev}/score_compare.py", "--gold", f"{shared}/gold/seeds/alignments"] + compared)

    f1 = r"F1 ([0-9.]+)"
    found = r"found \d+/\d+ = ([0-9.]+)"
    speaker = r"speaker right \d+/\d+ = ([0-9.]+)"
    ents = bundled["entities"]
    columns = ["bundled", "BASIL", "BASIL same day", "PolNeAR", "GUM", "HTML", "bar"]
    rows = {
        "events pairwise F1": [bundled["events"]["f1"], number(f1, basil), number(f1, sameday), None, None, None,
                               ">= 0.98 (same day >= 0.95)"],
        "quoted spans found": [bundled["quotes"]["detection"]["r"], number(found, basil), None, number(found, polnear),
                               None, None, ">= 0.95"],
        "speaker right": [bundled["quotes"]["attribution"], number(speaker, basil), None, number(speaker, polnear), None,
                          None, ">= 0.90 (BASIL: people only)"],
        "entities exact micro F1": [ents["micro"]["f1"], None, None, None, gum["micro"]["f1"], None, ">= 0.85"],
    }
    for t in ("PERSON", "ORG", "PLACE"):
        rows[f"  {t} F1"] = [ents[t]["f1"], None, None, None, gum[t]["f1"], None, ">= 0.75"]
    rows["article body F1 (web pages)"] = [None, None, None, None, None, number(f1, html), ">= 0.96"]
    rows["alignment F1 (four gold pairs)"] = [number(f1, align), None, None, None, None, None,
                                              "0.87 accepted (lexical)"]

    if args.json:
        print(json.dumps({k: dict(zip(columns, v)) for k, v in rows.items()}, indent=1))
        return
    cell = lambda x: "—" if x is None else f"{x:.3f}"
    width = max(len(k) for k in rows)
    widths = [max(len(c), 5) for c in columns[:-1]]
    print(f"{'measure':<{width}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(columns[:-1], widths)) + "  bar")
    for k, values in rows.items():
        print(f"{k:<{width}}  " + "  ".join(f"{cell(v):>{w}}" for v, w in zip(values[:-1], widths)) + f"  {values[-1]}")
    print(f"(scorers' outputs and the analyses in {tmp})")


if __name__ == "__main__":
    main()
