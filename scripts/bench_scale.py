#!/usr/bin/env python3
"""How Parallax grows with the corpus: `make bench-scale`.

Builds corpora of N articles (10,000 and 100,000 by default) by recombining
the paragraphs of real articles -- the bundled corpus and the text corpora
of ../shared/dev, read when the bench runs and never copied into the
repository -- under 20 invented outlets and dates over a year, each file with
front matter (title, outlet, date). The corpora are written to a cache folder
($TMPDIR/parallax-scale/N, reused when complete). Then, on each, with cache
and data folders of the bench's own (never the user's):

- the release build's `list`, `analyze --format json`, `events` and
  `outlets` from the text (--no-cache), with their peak memory (the
  children's maximum resident set size);
- `list` into an empty index (the cold build, on every core) and again (warm);
- the reader, warm, in a pseudo-terminal of 120x40 (TERM=xterm-256color), read
  through the trace it writes when PARALLAX_TRACE names a file (see
  Sources/ParallaxTUI/App/FrameTrace.swift): start to the first list, key to
  frame, `c`, `o` (twice) and `a` in the outlets view, the list filtered by
  `/WORD` Enter, and its peak memory (VmHWM) before `q`;
- `search WORD` on the warm index, WORD a common word of the corpus.

And `list` on one article of 20 MB with no line break. Prints the machine and
a Markdown table with the targets of issue 16 beside the figures.

Standard library only.
"""

import argparse
import collections
import fcntl
import hashlib
import os
import random
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
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
# (name for --commands, arguments, row label, issue 16's target at 100,000)
COMMANDS = [
    ("list", ["list", "--no-cache"], "`list --no-cache`", ""),
    ("analyze", ["analyze", "--format", "json", "--no-cache"], "`analyze --format json --no-cache`", ""),
    ("events", ["events", "--no-cache"], "`events --no-cache`", ""),
    ("outlets", ["outlets", "--no-cache"], "`outlets --no-cache`", ""),
    ("index build", ["list"], "cold index build: `list` into an empty index", "≤ 90 s"),
    ("warm list", ["list"], "warm `list`", ""),
]

# The reader's rows (--commands name: reader) and the search's (search).
READER_ROWS = [
    ("start", "reader: warm start, from `main` to the first list (from spawn)", "≤ 500 ms"),
    ("keys", "reader: key to frame, median / max", "≤ 10 ms"),
    ("o", "reader: `o`, key to the outlets view (whole corpus)", "≤ 200 ms"),
    ("a", "reader: `a` in the outlets view, key to the event's outlets", ""),
    ("c", "reader: `c`, key to the comparison", "≤ 200 ms"),
    ("filter", "reader: `/WORD` Enter, key to the filtered list", "≤ 100 ms"),
    ("memory", "reader: peak memory (VmHWM before `q`) / raw text", "≤ 1.5×"),
]
SEARCH_ROW = ("search", "warm `search WORD` (the newest 20 and the count)", "≤ 100 ms")
RELEVANCE_ROW = ("search", "warm `search WORD --sort relevance` (the best 20 by bm25)", "")

# What the bench presses between the first list and `c`: the list (j, k),
# the reader (Enter, j), back (Esc), the panes (Tab), pages, the ends.
KEY_SEQUENCE = ["j"] * 20 + ["k"] * 5 + ["Enter"] + ["j"] * 10 + ["Esc", "Tab", "Tab", "Space", "b", "G", "g"]
# The bytes a terminal sends for each key, by the name the trace writes.
KEY_BYTES = {"Enter": b"\r", "Esc": b"\x1b", "Tab": b"\t", "Space": b" "}
# How many articles down the list `c` is tried before giving up.
COMPARE_TRIES = 300
COLUMNS, LINES = 120, 40


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


def run(binary, args, timeout, count_lines=False):
    """(seconds, peak resident kB, CPU seconds, output lines) of one run;
    the output is discarded unless `count_lines`. seconds is None when it
    ran out of time (and was stopped). The end is seen through a pidfd, so
    the wall time is exact to well under a millisecond."""
    out = tempfile.TemporaryFile() if count_lines else subprocess.DEVNULL
    err = tempfile.TemporaryFile()
    started = time.monotonic()
    child = subprocess.Popen([binary] + args + ["-q"], stdout=out, stderr=err)
    pidfd = os.pidfd_open(child.pid)
    try:
        if not select.select([pidfd], [], [], timeout)[0]:
            child.send_signal(signal.SIGTERM)
            time.sleep(2)
            if child.poll() is None:
                child.kill()
            child.wait()
            return None, 0, None, None
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        os.close(pidfd)
    elapsed = time.monotonic() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        err.seek(0)
        message = err.read().decode(errors="replace").strip()
        print("  {} {} exited {}: {}".format(binary, " ".join(args), child.returncode, message[-300:]), file=sys.stderr)
    lines = None
    if count_lines:
        out.seek(0)
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))
        # `search` shows its first hits and says on standard error how many match in all.
        err.seek(0)
        total = re.search(rb"the (?:best|newest) \d+ of (\d+) articles", err.read())
        if total:
            lines = (lines, int(total.group(1)))
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, lines


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


class BenchError(Exception):
    """The reader did not do what the bench expected (it is stopped)."""


TraceLine = collections.namedtuple("TraceLine", "ns event detail")


class Trace:
    """The reader's trace file (PARALLAX_TRACE), read as it grows: lines of
    `<CLOCK_MONOTONIC ns> <event> [detail]`, taken in order by `next`."""

    def __init__(self, path, child):
        self.file = open(path, "rb")
        self.child = child
        self.lines = []
        self.partial = b""
        self.cursor = 0  # the first line `next` has not passed

    def _read(self):
        data = self.file.read()
        if not data:
            return
        *whole, self.partial = (self.partial + data).split(b"\n")
        for raw in whole:
            ns, _, rest = raw.decode(errors="replace").partition(" ")
            event, _, detail = rest.partition(" ")
            self.lines.append(TraceLine(int(ns), event, detail))

    def next(self, wanted, timeout):
        """The first line after the cursor whose event is `wanted`, waiting
        for it at most `timeout` seconds; the cursor moves past it."""
        deadline = time.monotonic() + timeout
        while True:
            self._read()
            while self.cursor < len(self.lines):
                line = self.lines[self.cursor]
                self.cursor += 1
                if line.event == wanted:
                    return line
            if self.child.poll() is not None:
                raise BenchError("the reader exited ({}) before `{}`".format(self.child.returncode, wanted))
            if time.monotonic() > deadline:
                raise BenchError("no `{}` in the trace within {:.0f} s".format(wanted, timeout))
            time.sleep(0.002)


class ReaderSession:
    """The release build's reader on `folder` in a pseudo-terminal of
    COLUMNS x LINES, its output drained on a thread of its own (so it never
    waits on a full terminal), its trace read as it goes."""

    def __init__(self, binary, folder, workdir, timeout):
        self.timeout = timeout
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        trace = os.path.join(workdir, "trace")
        open(trace, "w").close()
        env = {k: v for k, v in os.environ.items() if k not in ("LINES", "COLUMNS", "NO_COLOR", "ESCDELAY")}
        # A data folder of its own: the reader opens on the first article,
        # not where an earlier run left it.
        env.update(TERM="xterm-256color", PARALLAX_TRACE=trace, XDG_DATA_HOME=os.path.join(workdir, "data"))
        self.errors = open(os.path.join(workdir, "stderr"), "w+b")
        self.spawned = time.monotonic_ns()
        self.child = subprocess.Popen([binary, folder], stdin=slave, stdout=slave, stderr=self.errors, env=env,
                                      start_new_session=True)
        os.close(slave)
        self.master = master
        self.drainer = threading.Thread(target=self._drain, daemon=True)
        self.drainer.start()
        self.trace = Trace(trace, self.child)

    def _drain(self):
        """Reads and drops the reader's output until the terminal closes."""
        while True:
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if ready:
                try:
                    if not os.read(self.master, 1 << 16):
                        return
                except OSError:  # EIO: the reader has exited
                    return

    def press(self, name, until="frame", detail=None):
        """Sends key `name` (as the trace names it) and waits for the
        reader to take it, then for the next `until` line (with `detail`,
        when given: "frame outlets" waits out "frame working"). Returns
        the two trace lines."""
        os.write(self.master, KEY_BYTES.get(name, name.encode()))
        key = self.trace.next("key", self.timeout)
        if key.detail != name:
            raise BenchError("sent {} but the reader took {}".format(name, key.detail))
        while True:
            line = self.trace.next(until, self.timeout)
            if detail is None or line.detail == detail:
                return key, line

    def peak_kb(self):
        """The reader's peak resident memory so far (VmHWM), in kB."""
        with open("/proc/{}/status".format(self.child.pid)) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def close(self):
        """Quits with `q` if it still runs (stops it after 30 s), and closes the terminal."""
        if self.child.poll() is None:
            try:
                os.write(self.master, b"q")
                self.child.wait(30)
            except (OSError, subprocess.TimeoutExpired):
                self.child.kill()
                self.child.wait()
        self.drainer.join(5)
        os.close(self.master)
        self.errors.seek(0)
        return self.errors.read().decode(errors="replace").strip()


def ms(ns):
    return ns / 1e6


def ms_text(ns):
    return "{:.1f} ms".format(ms(ns)) if ns < 1_000_000_000 else "{:.2f} s".format(ns / 1e9)


def reader_figures(binary, folder, text_bytes, word, timeout):
    """The reader's rows for one corpus (warm index), as cells by row name;
    `word` is what the list filter (`/`) looks for."""
    cells = {}
    workdir = tempfile.mkdtemp(prefix="parallax-reader-")
    session = ReaderSession(binary, folder, workdir, timeout)
    try:
        # Warm start: the process's `start` to `first-list`, and from spawn.
        start = session.trace.next("start", timeout)
        first = session.trace.next("first-list", timeout)
        cells["start"] = "{} ({} from spawn)".format(ms_text(first.ns - start.ns), ms_text(first.ns - session.spawned))
        print("    start to first list " + cells["start"], file=sys.stderr, flush=True)

        # Key to frame: each key taken (its `key` line) to the frame after
        # it; and from the bench's write of the key to the terminal, Esc
        # aside (ncurses waits ESCDELAY, 25 ms, to tell it from a sequence).
        taken, written = [], []
        for name in KEY_SEQUENCE:
            sent = time.monotonic_ns()
            key, frame = session.press(name)
            taken.append((frame.ns - key.ns, name))
            if name != "Esc":
                written.append(frame.ns - sent)
        slowest = max(range(len(taken)), key=lambda i: taken[i][0])
        cells["keys"] = ("{:.2f} / {:.2f} ms (the slowest key {} of {}, `{}`; from the write to the terminal, "
                         "Esc aside, {:.2f} / {:.2f} ms)").format(
            ms(statistics.median(t for t, _ in taken)), ms(taken[slowest][0]), slowest + 1, len(taken),
            taken[slowest][1], ms(statistics.median(written)), ms(max(written)))
        print("    keys " + cells["keys"], file=sys.stderr, flush=True)

        # `c` on the first article down the list that has another report of
        # its event: one other compares at once ("frame working"), several
        # open the picker, where Enter compares with the first; none leaves
        # the list (a message), and the bench moves down one (j).
        compared = True
        for tries in range(1, COMPARE_TRIES + 1):
            key, frame = session.press("c")
            if frame.detail == "working":
                done = session.trace.next("frame", timeout)
                if done.detail != "compare":
                    raise BenchError("`c` led to frame {}".format(done.detail))
                cells["c"] = "{} (one other report; article {} of the list)".format(ms_text(done.ns - key.ns), tries)
                break
            if frame.detail == "browse picker":
                enter, done = session.press("Enter", detail="compare")
                cells["c"] = "{} (Enter in the picker, first of its reports; article {} of the list)".format(
                    ms_text(done.ns - enter.ns), tries)
                break
            session.press("j")
        else:
            compared = False
            cells["c"] = "no article with another report in the first {}".format(COMPARE_TRIES)
        print("    c " + cells["c"], file=sys.stderr, flush=True)
        if compared:
            session.press("Esc", detail="browse")

        # `o` on that article: the outlets over the corpus; then `a`, its
        # event's; back, and `o` again (the first may wait for work the
        # reader does behind its first frame).
        key, frame = session.press("o", detail="outlets")
        first_o, pressed = frame.ns - key.ns, key.ns - first.ns
        key, frame = session.press("a", detail="outlets")
        cells["a"] = ms_text(frame.ns - key.ns)
        session.press("Esc", detail="browse")
        key, frame = session.press("o", detail="outlets")
        cells["o"] = "{} (pressed {} after the first list); again {}".format(
            ms_text(first_o), ms_text(pressed), ms_text(frame.ns - key.ns))
        session.press("Esc", detail="browse")
        print("    o {}, a {}".format(cells["o"], cells["a"]), file=sys.stderr, flush=True)

        # `/WORD` Enter: the list filtered through the index's search table,
        # behind the list; its frame follows the job's `finished filter`.
        session.press("/")
        for letter in word:
            session.press(letter)
        enter, _ = session.press("Enter")
        done = session.trace.next("finished", timeout)
        if done.detail != "filter":
            raise BenchError("the filter ended with {}".format(done.detail))
        frame = session.trace.next("frame", timeout)
        cells["filter"] = "{} (`/{}`)".format(ms_text(frame.ns - enter.ns), word)
        print("    filter " + cells["filter"], file=sys.stderr, flush=True)

        kb = session.peak_kb()
        cells["memory"] = "{} ({:.2f}× the text)".format(size_text(kb * 1024), kb * 1024 / text_bytes)
        print("    memory " + cells["memory"], file=sys.stderr, flush=True)
    except BenchError as error:
        print("    reader: {}".format(error), file=sys.stderr, flush=True)
        for name, _, _ in READER_ROWS:
            cells.setdefault(name, "failed: {}".format(error))
    finally:
        errors = session.close()
        if session.child.returncode not in (0, None):
            print("    reader exited {}: {}".format(session.child.returncode, errors[-300:]), file=sys.stderr)
        shutil.rmtree(workdir, ignore_errors=True)
    return cells


def common_word(folder, sample=500):
    """A word of 6 letters or more in the most articles of an even sample of
    the corpus (`search` finds many articles), and the share that has it."""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    chosen = names[::max(1, len(names) // sample)][:sample]
    counts = collections.Counter()
    for name in chosen:
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            _, body = front_matter(f.read())
        counts.update(set(re.findall(r"[a-z]{6,}", body.lower())))
    word, n = counts.most_common(1)[0]
    return word, n / len(chosen)


def machine():
    """"2 cores (nproc), AMD EPYC, 24.7 GB of memory"."""
    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.partition(":")[2].strip()
                break
    total = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                total = int(line.split()[1]) * 1024
    return "{} cores (nproc), {}, {} of memory".format(len(os.sched_getaffinity(0)), model, size_text(total))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parallax", default=os.path.join(repo, ".build", "release", "parallax"))
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    parser.add_argument("--sizes", default="10000 100000", help="corpus sizes, in articles")
    parser.add_argument("--long", default="20", help="sizes in MB of the one-line articles")
    parser.add_argument("--commands", default=",".join([name for name, *_ in COMMANDS] + ["reader", "search"]),
                        help="which rows, by name, comma-separated")
    parser.add_argument("--search-word", help="the word `search` looks for (default: a common word of the corpus)")
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "parallax-scale"))
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a run is stopped")
    options = parser.parse_args()

    if not os.access(options.parallax, os.X_OK):
        sys.exit("bench_scale: no {} (swift build -c release --product parallax)".format(options.parallax))
    sources = source_articles(repo, options.shared)
    if len(sources) < 20:
        sys.exit("bench_scale: too few source articles ({}); is {} there?".format(len(sources), options.shared))
    wanted = options.commands.split(",")
    chosen = [c for c in COMMANDS if c[0] in wanted]
    sizes = [int(s) for s in options.sizes.replace(",", " ").split()]
    longs = [int(s) for s in options.long.replace(",", " ").split()]
    print("{} source articles, {} paragraphs; corpora in {}".format(
        len(sources), sum(len(p) for _, p in sources), options.cache), file=sys.stderr)
    # A data folder of the bench's own: nothing it runs reads or writes the user's.
    data = tempfile.mkdtemp(prefix="parallax-bench-data-")
    os.environ["XDG_DATA_HOME"] = data

    # The rows, each (label, target) with a cell per size.
    rows = [(label, target) for _, _, label, target in chosen]
    if "reader" in wanted:
        rows += [(label, target) for _, label, target in READER_ROWS]
    if "search" in wanted:
        rows.append(SEARCH_ROW[1:])
        rows.append(RELEVANCE_ROW[1:])
    columns = []
    try:
        for n in sizes:
            folder = os.path.join(options.cache, str(n))
            print("building {} articles ...".format(n), file=sys.stderr, flush=True)
            build_corpus(folder, n, sources)
            text_bytes = folder_bytes(folder)
            # A fresh index for this size: the cold build, then the warm runs, use it.
            cache = os.path.join(options.cache, "index-{}".format(n))
            shutil.rmtree(cache, ignore_errors=True)
            os.environ["XDG_CACHE_HOME"] = cache
            cells = {}
            for name, args, label, _ in chosen:
                print("  {} {} ...".format(n, name), file=sys.stderr, flush=True)
                seconds, kb, cpu, _ = run(options.parallax, args + [folder], options.timeout)
                cells[label] = figure(seconds, kb, options.timeout, cpu)
                print("    " + cells[label], file=sys.stderr, flush=True)
            if ("reader" in wanted or "search" in wanted) and not any(c[0] in ("index build", "warm list") for c in chosen):
                print("  {} building the index (not timed) ...".format(n), file=sys.stderr, flush=True)
                run(options.parallax, ["list", folder], options.timeout)
            word = options.search_word or common_word(folder)[0]
            if "reader" in wanted:
                print("  {} reader ...".format(n), file=sys.stderr, flush=True)
                figures = reader_figures(options.parallax, folder, text_bytes, word, options.timeout)
                cells.update((label, figures[name]) for name, label, _ in READER_ROWS)
            if "search" in wanted:
                print("  {} search {} ...".format(n, word), file=sys.stderr, flush=True)
                # Three runs each: the first after the reader has been seen to take twice the others.
                runs = [run(options.parallax, ["search", word, folder], options.timeout, count_lines=True)
                        for _ in range(3)]
                seconds, kb, cpu, hits = runs[0]
                shown, total = hits if isinstance(hits, tuple) else (hits or 0, hits or 0)
                cells[SEARCH_ROW[1]] = "{}; then {} (`{}`: the newest {:,} of {:,} articles)".format(
                    figure(seconds, kb, options.timeout, cpu),
                    ", ".join(figure(r[0], r[1], options.timeout, memory=False) for r in runs[1:]), word, shown, total)
                print("    " + cells[SEARCH_ROW[1]], file=sys.stderr, flush=True)
                runs = [run(options.parallax, ["search", word, folder, "--sort", "relevance"], options.timeout)
                        for _ in range(3)]
                cells[RELEVANCE_ROW[1]] = "; ".join(figure(r[0], r[1], options.timeout, r[2], memory=(i == 0))
                                                    for i, r in enumerate(runs))
                print("    " + cells[RELEVANCE_ROW[1]], file=sys.stderr, flush=True)
            columns.append(("{:,} articles ({})".format(n, size_text(text_bytes)), cells))
    finally:
        shutil.rmtree(data, ignore_errors=True)

    # A one-line article: listed from its text (`--no-cache`: reading,
    # cleaning, names, quotations, events), then through an empty index of
    # its own (the same, and its rows, search table and snapshot written).
    long_rows = []
    for mb in longs:
        path = os.path.join(options.cache, "long", "line-{}mb.txt".format(mb))
        build_long_line(path, mb, sources)
        cells = []
        for args in (["list", "--no-cache", path], ["list", path]):
            print("  one line of {} MB: {} ...".format(mb, " ".join(args[:-1])), file=sys.stderr, flush=True)
            cache = tempfile.mkdtemp(prefix="parallax-bench-long-")
            os.environ["XDG_CACHE_HOME"] = cache
            try:
                seconds, kb, cpu, _ = run(options.parallax, args, options.timeout)
            finally:
                shutil.rmtree(cache, ignore_errors=True)
            cells.append(figure(seconds, kb, options.timeout, cpu))
            print("    " + cells[-1], file=sys.stderr, flush=True)
        long_rows.append("| {} MB | {} | {} | {} |".format(mb, cells[0], cells[1], "≤ 3 s" if mb == 20 else ""))

    print()
    print("Machine: {}.".format(machine()))
    print()
    print("| what | " + " | ".join(title for title, _ in columns) + " | target (100,000 articles) |")
    print("|---" * (len(columns) + 2) + "|")
    for label, target in rows:
        print("| {} | {} | {} |".format(label, " | ".join(cells.get(label, "") for _, cells in columns), target))
    if long_rows:
        print()
        print("| one article, no line break | `list --no-cache` | `list` into an empty index | target |")
        print("|---|---|---|---|")
        print("\n".join(long_rows))


if __name__ == "__main__":
    main()
