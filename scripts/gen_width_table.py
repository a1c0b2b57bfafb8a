#!/usr/bin/env python3
"""Generates Sources/ParallaxLexicon/Generated/WideCharacters.swift: the code
point ranges a terminal shows two columns wide. Run by `make generate`.

Wide: East Asian Width W or F (UAX #11) for assigned code points, from the
pinned unicodedata2 (PyPI), not the running Python's unicodedata, so the
table does not change with the Python version. Unassigned code points
(general category Cn) are not wide: a terminal shows them as one replacement
cell, and a table that calls them wide shifts every column after them. The
exception is UAX #11's default-wide blocks, where unassigned code points are
reserved for ideographs and stay wide: CJK_DEFAULT_WIDE below.
"""
import sys

import lexicon
import unicodedata2 as unicodedata

# UAX #11: "unassigned code points in these ranges default to W".
CJK_DEFAULT_WIDE = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]


def is_wide(cp):
    if any(a <= cp <= b for a, b in CJK_DEFAULT_WIDE):
        return True
    c = chr(cp)
    return unicodedata.category(c) != "Cn" and unicodedata.east_asian_width(c) in ("W", "F")


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

inputs = [lexicon.pypi_version("unicodedata2") + ": Unicode " + unicodedata.unidata_version]
text = lexicon.header("gen_width_table.py", inputs,
                      ["EastAsianWidth W and F of assigned code points (general category not Cn), "
                       "and the CJK blocks UAX #11 makes wide when unassigned"])
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
