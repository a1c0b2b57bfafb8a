#!/usr/bin/env python3
"""Generates Sources/ParallaxLexicon/Generated/WideCharacters.swift: the code
point ranges a terminal shows two columns wide. Run by `make generate`.

Wide: East Asian Width W or F (UAX #11), as Python's unicodedata ships it.
"""
import platform
import sys
import unicodedata

import lexicon


def is_wide(cp):
    return unicodedata.east_asian_width(chr(cp)) in ("W", "F")


ranges = []
start = None
for cp in range(0x110000):
    wide = is_wide(cp)
    if wide and start is None:
        start = cp
    elif not wide and start is not None:
        ranges.append((start, cp - 1))
        start = None
if start is not None:
    ranges.append((start, 0x10FFFF))

inputs = ["Python %s unicodedata: Unicode %s" % (platform.python_version(), unicodedata.unidata_version)]
text = lexicon.header("gen_width_table.py", inputs,
                      ["EastAsianWidth W and F"])
text += "\nextension Lexicon {\n"
text += "    /// Code points shown two columns wide, as sorted, non-overlapping\n"
text += "    /// closed ranges: first, last, first, last, ...\n"
text += "    public static let wideCharacterRanges: [UInt32] = [\n"
pairs = ["0x%X, 0x%X," % r for r in ranges]
for i in range(0, len(pairs), 6):
    text += "        " + " ".join(pairs[i:i + 6]) + "\n"
text += "    ]\n}\n"
lexicon.write_swift("WideCharacters", text)
print("WideCharacters %d ranges (Unicode %s)" % (len(ranges), unicodedata.unidata_version), file=sys.stderr)
