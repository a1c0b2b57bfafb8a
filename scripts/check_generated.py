#!/usr/bin/env python3
"""`make check-generated`: runs every generator into a temporary folder and
compares the result with Sources/ParallaxLexicon/Generated/. Exits 1, saying
which files differ and how (input versions, rows added and removed), when a
generated file was edited by hand, a generator changed without its output
being regenerated, or the inputs are no longer the ones the files name.

Needs the generators' inputs installed (`make check-generated` does that).
"""
import os
import re
import subprocess
import sys
import tempfile

import lexicon

GENERATORS = ["gen_gazetteers.py", "gen_width_table.py"]
SHOW = 8  # rows shown per side and file


def packed_rows(text):
    """The rows of a generated packed list, or None for another kind of file."""
    m = re.search(r'PackedList\(count: \d+, "(.*)"\)', text)
    if not m:
        return None
    literal = re.sub(r'\\(.)', lambda e: {"n": "\n", "t": "\t", "r": "\r"}.get(e.group(1), e.group(1)), m.group(1))
    return lexicon.unpack(literal)


def explain(name, committed, fresh):
    """What differs between a committed file and a fresh run, in a few lines."""
    out = []
    old_head = [l for l in committed.splitlines() if l.startswith("//")]
    new_head = [l for l in fresh.splitlines() if l.startswith("//")]
    for old, new in zip(old_head, new_head):
        if old != new:
            out += ["    committed: " + old, "    fresh run: " + new]
    old_rows, new_rows = packed_rows(committed), packed_rows(fresh)
    if old_rows is None or new_rows is None:
        old_rows = [l for l in committed.splitlines() if not l.startswith("//")]
        new_rows = [l for l in fresh.splitlines() if not l.startswith("//")]
    removed = sorted(set(old_rows) - set(new_rows))
    added = sorted(set(new_rows) - set(old_rows))
    if removed or added:
        out.append("    %d rows only in the committed file, %d only in a fresh run" % (len(removed), len(added)))
        out += ["    - %r" % r for r in removed[:SHOW]] + (["    - ..."] if len(removed) > SHOW else [])
        out += ["    + %r" % r for r in added[:SHOW]] + (["    + ..."] if len(added) > SHOW else [])
    elif not out:
        out.append("    same rows, different bytes (order or layout of the file)")
    return out


def main():
    committed_dir = lexicon.GENERATED
    with tempfile.TemporaryDirectory(prefix="parallax-generated-") as fresh_dir:
        env = dict(os.environ, LEXICON_OUT=fresh_dir)
        for generator in GENERATORS:
            run = subprocess.run([sys.executable, os.path.join(lexicon.ROOT, "scripts", generator)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if run.returncode != 0:
                sys.exit("check-generated: scripts/%s failed:\n%s" % (generator, run.stdout))
        names = sorted(set(os.listdir(committed_dir)) | set(os.listdir(fresh_dir)))
        problems = []
        for name in names:
            old_path, new_path = os.path.join(committed_dir, name), os.path.join(fresh_dir, name)
            if not os.path.exists(new_path):
                problems.append(["%s: committed, but no generator writes it" % name])
            elif not os.path.exists(old_path):
                problems.append(["%s: a generator writes it, but it is not committed" % name])
            else:
                old, new = open(old_path, encoding="utf-8").read(), open(new_path, encoding="utf-8").read()
                if old != new:
                    problems.append(["%s differs from a fresh run:" % name] + explain(name, old, new))
    if problems:
        print("check-generated: FAILED: Sources/ParallaxLexicon/Generated/ is not what the generators make "
              "from the pinned inputs.", file=sys.stderr)
        for lines in problems:
            print("  " + "\n".join(lines), file=sys.stderr)
        print("Run `make generate` and commit the result (after updating scripts/generate-requirements.txt "
              "if an input changed); never edit the generated files by hand.", file=sys.stderr)
        sys.exit(1)
    print("check-generated: %d generated files match a fresh run of %s" % (len(names), ", ".join(GENERATORS)))


if __name__ == "__main__":
    main()
