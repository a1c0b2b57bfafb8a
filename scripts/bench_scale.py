#!/usr/bin/env python3
"""How Parallax's commands grow with the corpus: `make bench-scale`.

Builds corpora of N articles (10,000 and 100,000 by default) by recombining
the paragraphs of real articles -- the bundled corpus and the text corpora
of ../shared/dev, read when the bench runs and never copied into the
repository -- under 20 invented outlets and dates over a year, each file with
front matter (title, outlet, date). The corpora are written to a cache folder
($TMPDIR/parallax-scale/N, reused when complete). Then it times the release
build's `list`, `analyze --format json`, `events` and `outlets` on each, with
their peak memory (the children's maximum resident set size), and `list` on
one article of 20 MB with no line break. Prints a Markdown table.

Standard library only.
"""

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta

OUTLETS = [
    "The Harbour Ledger", "Northgate Daily", "Meridian Wire", "The Lantern Post", "Coastline Herald",
    "Riverside Courier", "The Granite Times", "Ashford Gazette", "Pinecrest Observer", "The Evening Compass",
    "Saltmarsh Tribune", "Highland Dispatch", "The Copper Bulletin", "Westbrook Chronicle", "Orchard Street Journal",
    "The Beacon Report", "Summit News Service", "Lakeshore Record", "The Iron Bridge Press", "Foxglove Media",
]

# Each command from the text (--no-cache: the analysis itself, on every
# core), then the index: `list` into an empty index (the cold build, which
# writes it) and again (warm), with a cache folder of the bench's own.
COMMANDS = [
    ("list", ["list", "--no-cache"]),
    ("analyze", ["analyze", "--format", "json", "--no-cache"]),
    ("events", ["events", "--no-cache"]),
    ("outlets", ["outlets", "--no-cache"]),
    ("index build", ["list"]),
    ("warm list", ["list"]),
]


def front_matter(text):
    """(fields, body) of a file with `---` front matter, else ({}, text)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() == "---":
            fields = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep:
                    fields[key.strip().lower()] = value.strip()
            return fields, "\n".join(lines[end + 1:])
    return {}, text


def source_articles(repo, shared):
    """The real articles to recombine: (title, [paragraph]) each, deduplicated."""
    folders = [os.path.join(repo, "corpus")]
    dev = os.path.join(shared, "dev")
    if os.path.isdir(dev):
        for name in sorted(os.listdir(dev)):
            folder = os.path.join(dev, name, "corpus")  # dev/html holds pages, not corpus text
            if os.path.isdir(folder):
                folders.append(folder)
    seen, articles = set(), []
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".txt", ".md")):
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            digest = hashlib.sha1(text.encode()).digest()
            if digest in seen:
                continue
            seen.add(digest)
            fields, body = front_matter(text)
            paragraphs = [p.strip() for p in body.replace("\r\n", "\n").split("\n\n") if p.strip()]
            if len(paragraphs) < 2:
                continue
            title = fields.get("title") or paragraphs[0].split("\n")[0][:120]
            articles.append((title.replace("\n", " "), paragraphs))
    return articles


def build_corpus(folder, count, sources):
    """Writes `count` articles to `folder` unless a complete one is there."""
    marker = os.path.join(folder, ".complete")
    if os.path.exists(marker):
        return
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(count)
    pool = [p for _, paragraphs in sources for p in paragraphs]
    start = date(2023, 1, 1)
    for i in range(count):
        title, paragraphs = rng.choice(sources)
        # Most of one real article's paragraphs, in order, and a stray
        # paragraph or two from another: reports of one story that differ.
        kept = [p for p in paragraphs if rng.random() < 0.8] or paragraphs[:1]
        for _ in range(rng.randrange(3)):
            kept.insert(rng.randrange(len(kept) + 1), rng.choice(pool))
        day = start + timedelta(days=rng.randrange(365))
        text = "---\ntitle: {}\noutlet: {}\ndate: {}\n---\n{}\n".format(
            title, rng.choice(OUTLETS), day.isoformat(), "\n\n".join(kept))
        with open(os.path.join(folder, "a{:06d}.txt".format(i)), "w", encoding="utf-8") as f:
            f.write(text)
    open(marker, "w").close()


def build_long_line(path, megabytes, sources):
    """One article of `megabytes` MB of real paragraphs and no line break."""
    if os.path.exists(path):
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rng = random.Random(megabytes)
    pool = [" ".join(p.split("\n")) for _, paragraphs in sources for p in paragraphs]
    parts, size, limit = [], 0, megabytes * 1_000_000
    while size < limit:
        p = rng.choice(pool)
        parts.append(p)
        size += len(p.encode()) + 1
    with open(path + ".part", "w", encoding="utf-8") as f:
        f.write(" ".join(parts)[:limit])
    os.replace(path + ".part", path)


def folder_bytes(folder):
    return sum(e.stat().st_size for e in os.scandir(folder) if e.is_file() and not e.name.startswith("."))


def run(binary, args, timeout):
    """(seconds, peak resident kB, CPU seconds) of one run, output discarded;
    seconds is None when it ran out of time (and was stopped)."""
    started = time.monotonic()
    child = subprocess.Popen([binary] + args + ["-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            child.send_signal(signal.SIGTERM)
            time.sleep(2)
            if child.poll() is None:
                child.kill()
            child.wait()
            return None, 0, None
        time.sleep(0.02)
    elapsed = time.monotonic() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read().decode(errors="replace").strip()
    if child.returncode != 0:
        print("  {} {} exited {}: {}".format(binary, " ".join(args), child.returncode, err[-300:]), file=sys.stderr)
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def figure(seconds, kb, timeout, cpu=None, memory=True):
    """Wall-clock time, CPU time when it differs much (a busy machine), peak memory."""
    if seconds is None:
        return "over {:.0f} s (stopped)".format(timeout)
    text = "{:.1f} s".format(seconds) if seconds >= 0.95 else "{:.2f} s".format(seconds)
    if cpu is not None and seconds > 1.25 * cpu + 0.1:
        text += " ({:.1f} s CPU)".format(cpu)
    if memory:
        text += ", " + size_text(kb * 1024)
    return text


def size_text(n):
    if n >= 1e9:
        return "{:.1f} GB".format(n / 1e9)
    if n >= 1e6:
        return "{:.0f} MB".format(n / 1e6)
    return "{:.0f} kB".format(n / 1e3)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parallax", default=os.path.join(repo, ".build", "release", "parallax"))
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    parser.add_argument("--sizes", default="10000 100000", help="corpus sizes, in articles")
    parser.add_argument("--long", default="20", help="sizes in MB of the one-line articles")
    parser.add_argument("--commands", default=",".join(name for name, _ in COMMANDS))
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "parallax-scale"))
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a run is stopped")
    options = parser.parse_args()

    if not os.access(options.parallax, os.X_OK):
        sys.exit("bench_scale: no {} (swift build -c release --product parallax)".format(options.parallax))
    sources = source_articles(repo, options.shared)
    if len(sources) < 20:
        sys.exit("bench_scale: too few source articles ({}); is {} there?".format(len(sources), options.shared))
    chosen = [c for c in COMMANDS if c[0] in options.commands.split(",")]
    sizes = [int(s) for s in options.sizes.replace(",", " ").split()]
    longs = [int(s) for s in options.long.replace(",", " ").split()]
    print("{} source articles, {} paragraphs; corpora in {}".format(
        len(sources), sum(len(p) for _, p in sources), options.cache), file=sys.stderr)

    rows = []
    for n in sizes:
        folder = os.path.join(options.cache, str(n))
        print("building {} articles ...".format(n), file=sys.stderr, flush=True)
        build_corpus(folder, n, sources)
        # A fresh index for this size: the cold build, then the warm run, use it.
        cache = os.path.join(options.cache, "index-{}".format(n))
        shutil.rmtree(cache, ignore_errors=True)
        os.environ["XDG_CACHE_HOME"] = cache
        cells = []
        for name, args in chosen:
            print("  {} {} ...".format(n, name), file=sys.stderr, flush=True)
            seconds, kb, cpu = run(options.parallax, args + [folder], options.timeout)
            print("    " + figure(seconds, kb, options.timeout, cpu), file=sys.stderr, flush=True)
            cells.append(figure(seconds, kb, options.timeout, cpu))
        rows.append(("{:,} ({})".format(n, size_text(folder_bytes(folder))), cells))

    print()
    print("| articles (raw text) | " + " | ".join("`{}`".format(name) if " " not in name else name for name, _ in chosen) + " |")
    print("|---" * (len(chosen) + 1) + "|")
    for label, cells in rows:
        print("| {} | {} |".format(label, " | ".join(cells)))
    for mb in longs:
        path = os.path.join(options.cache, "long", "line-{}mb.txt".format(mb))
        build_long_line(path, mb, sources)
        print("  one line of {} MB: list ...".format(mb), file=sys.stderr, flush=True)
        seconds, kb, cpu = run(options.parallax, ["list", path], options.timeout)
        print("| one article, {} MB, no line break | `list` {} |".format(mb, figure(seconds, kb, options.timeout, cpu))
              + " |" * (len(chosen) - 1))


if __name__ == "__main__":
    main()
