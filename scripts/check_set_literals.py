#!/usr/bin/env python3
"""Reports duplicate string elements in Swift `Set<String>` literals: harmless
at run time, but a sign that a hand-kept cue list has grown carelessly."""
import re, sys, pathlib
bad = 0
for path in pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Sources").rglob("*.swift"):
    src = path.read_text()
    for m in re.finditer(r"Set<String>\s*=\s*\[(.*?)\n\s*\]", src, re.S):
        items = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
        seen = set()
        for it in items:
            if it in seen:
                print(f"{path}: duplicate {it!r}"); bad += 1
            seen.add(it)
sys.exit(1 if bad else 0)
