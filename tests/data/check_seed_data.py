#!/usr/bin/python3
"""Check CityKB's seed dataset (data/) against its schema, itself and its source documents.

Usage: check_seed_data.py [--data DIR] [--seeds DIR] [--verbose]

  --data   the data/ folder (default: data/ of the repository this script is in)
  --seeds  the folder of the source documents (default: $CITYKB_SEEDS, else
           ../shared/seeds relative to the repository root)

What is checked (every failure is printed as one line; exit status 1 if any):
  schema      every data/<folder>/*.json file against data/schema/citykb-data.schema.json,
              $defs/<folder> (an array of that folder's records)
  keys        no key twice within a type
  references  every reference resolves: ref fields, key lists, memberships, related
              practices, taxonomy keys by vocabulary (themes -> theme terms, ...),
              respondents' person, answers' question numbers, sources' document
  sources     every record has sources; every cited document is a Document record whose
              file_name is a file in the seeds folder (and whose checksum matches); every
              section is found in the cited document (whitespace, quotes, case normalised);
              a source's lines ("647-649") lie in its section. A document record without
              file_name (a call the KB only knows of) is not checked against the seeds and
              cannot be cited.
  figures     every number and date anywhere in a record (JSON numbers, digit groups and
              number words such as "seven" or "twenty-two" inside strings) is found in the part
              of a document one of the record's sources points at, modulo thousands
              separators and decimal comma, "m"/"million" and number words ("seven" is 7):
              a source's part is its lines when it gives them, else from where its section is
              found to the next heading of the same or a higher level. An indicator's figures
              must be in the part its own source points at. ISO dates need the year, the
              month's name (or number) and the day of the month there. Exempt: keys and
              references, sources, question and answer numbers, questionnaire version,
              number of recommendations and work-plan objectives, checksum, file_name
  copying     no run of 12 or more consecutive words of a prose field is identical to the
              cited document (names, titles, question texts and the like are exempt)
"""

import argparse
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

try:
    import jsonschema
except ImportError:  # pragma: no cover
    sys.stderr.write("check_seed_data.py needs python3-jsonschema (scripts/deps.sh installs it).\n")
    sys.exit(2)

REPO = Path(__file__).resolve().parents[2]

# folder -> record type word used in messages
FOLDERS = ["taxonomy", "documents", "networks", "organisations", "cities", "forums", "working-groups",
           "people", "practices", "events", "questionnaires", "responses", "recommendations"]

# Reference fields: (folder, path, target folder, vocabulary or None).
# A path is a tuple of field names; "[]" steps into every item of a list.
REFS = [
    ("networks", ("parent",), "networks", None),
    ("organisations", ("city",), "cities", None),
    ("organisations", ("memberships", "[]", "network"), "networks", None),
    ("organisations", ("memberships", "[]", "working_group"), "working-groups", None),
    ("cities", ("memberships", "[]", "network"), "networks", None),
    ("cities", ("memberships", "[]", "working_group"), "working-groups", None),
    ("forums", ("network",), "networks", None),
    ("forums", ("chair_city",), "cities", None),
    ("working-groups", ("network",), "networks", None),
    ("working-groups", ("forum",), "forums", None),
    ("working-groups", ("lead_city",), "cities", None),
    ("people", ("organisation",), "organisations", None),
    ("people", ("network",), "networks", None),
    ("people", ("city",), "cities", None),
    ("people", ("working_group",), "working-groups", None),
    ("practices", ("cities", "[]"), "cities", None),
    ("practices", ("networks", "[]"), "networks", None),
    ("practices", ("organisations", "[]"), "organisations", None),
    ("practices", ("themes", "[]"), "taxonomy", "theme"),
    ("practices", ("target_groups", "[]"), "taxonomy", "target_group"),
    ("practices", ("success_factors", "[]"), "taxonomy", "success_factor"),
    ("practices", ("instruments", "[]"), "taxonomy", "instrument"),
    ("practices", ("related", "[]", "practice"), "practices", None),
    ("events", ("city",), "cities", None),
    ("events", ("network",), "networks", None),
    ("events", ("working_group",), "working-groups", None),
    ("events", ("practices", "[]"), "practices", None),
    ("questionnaires", ("previous_version",), "questionnaires", None),
    ("responses", ("questionnaire",), "questionnaires", None),
    ("responses", ("subject_network",), "networks", None),
    ("responses", ("subject_organisation",), "organisations", None),
    ("responses", ("respondents", "[]", "person"), "people", None),
    ("recommendations", ("document",), "documents", None),
    ("recommendations", ("networks", "[]"), "networks", None),
    ("recommendations", ("events", "[]"), "events", None),
]
for _folder in FOLDERS:
    REFS.append((_folder, ("sources", "[]", "document"), "documents", None))
for _folder in ("networks", "organisations", "cities"):
    REFS.append((_folder, ("indicators", "[]", "source", "document"), "documents", None))
    REFS.append((_folder, ("indicators", "[]", "challenge"), "taxonomy", "challenge"))

# Fields whose digits are not facts to trace (identities, references, bookkeeping).
NUMBER_EXEMPT_FIELDS = {"key", "sources", "checksum", "file_name", "version"}
REF_FIELD_NAMES = {"parent", "city", "network", "working_group", "forum", "lead_city", "chair_city",
                   "organisation", "practice", "questionnaire", "previous_version", "subject_network", "subject_organisation",
                   "person", "document", "cities", "networks", "organisations", "themes", "target_groups",
                   "success_factors", "instruments", "practices", "events", "challenge"}
DATE_FIELDS = {"date", "start_date", "end_date", "members_as_of", "runs_until"}

# Fields that are names, titles or verbatim labels: exempt from the copy check.
COPY_EXEMPT_FIELDS = {"key", "sources", "name", "title", "term", "synonyms", "acronym", "organisation_name",
                      "role", "email", "phone", "website", "file_name", "checksum", "language", "partners",
                      "participants", "organisers", "host", "founders", "place", "date_text", "period",
                      "unit", "currency", "interviewer", "chair", "headquarters", "kind", "status", "mode",
                      "vocabulary", "scope", "relation", "choice", "country", "respondents", "eu_policy"}
COPY_RUN = 12

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


class Report:
    def __init__(self):
        self.errors = []

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")


# ---------------------------------------------------------------------------------------------
# text normalisation

QUOTES = {ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`"}
QUOTES.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}


def normalise(text):
    """Lower case, straight quotes, plain dashes, no markdown emphasis, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES).translate(DASHES)
    text = text.replace("*", "").replace("\u00a0", " ").replace('"', "'")
    return re.sub(r"\s+", " ", text).strip().lower()


WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text):
    return WORD.findall(normalise(text))


# ---------------------------------------------------------------------------------------------
# numbers

# A number as written: 1991, 3500, 250.000, 250,000, 1 153, 3.13, 3,5, 126.5
NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:([., ])\d{3})(?:\2\d{3})*(?:(?!\2)[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def number_forms(token):
    """The values a written number can stand for, as canonical strings."""
    forms = set()
    t = token.replace("\u00a0", " ").replace("\u202f", " ")
    seps = [c for c in t if not c.isdigit()]
    if not seps:
        forms.add(str(int(t)))
        return forms
    # all separators are thousands separators
    groups = re.split(r"[., ]", t)
    if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
        forms.add(str(int("".join(groups))))
    # the last '.' or ',' is a decimal point, the others thousands separators
    last = max(t.rfind("."), t.rfind(","))
    if last > 0:
        whole = re.sub(r"[., ]", "", t[:last])
        frac = t[last + 1:]
        if whole and frac and " " not in t[last:]:
            forms.add(canonical_decimal(whole + "." + frac))
    return forms


def canonical_decimal(text):
    try:
        d = Decimal(text)
    except InvalidOperation:
        return text
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


# "€60 million", "£2m", "1.2 bn": the number also stands for its value in units.
SCALE_AFTER = re.compile(r"\s*(million|m|bn|billion)\b", re.IGNORECASE)
SCALE_VALUES = {"million": 1000000, "m": 1000000, "bn": 1000000000, "billion": 1000000000}


def numbers_in(text):
    """(token, forms) for every number written in a text."""
    out = []
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    for m in NUMBER.finditer(text):
        forms = number_forms(m.group(1))
        scale = SCALE_AFTER.match(text, m.end())
        if scale:
            factor = SCALE_VALUES[scale.group(1).lower()]
            forms |= {canonical_decimal(str(Decimal(f) * factor)) for f in forms}
        out.append((m.group(1), forms))
    return out


# Numbers written in words ("seven cities", "twenty-two councils", "forty-five"): the checker
# reads them as their value, in the documents and in the records alike.
UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1000000}
NUMBER_WORD = re.compile(r"(?<!\w)(%s)(?![\w])" % "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True)),
                         re.IGNORECASE)
# Words that are a number only in a count: "one of the cities" states no figure in a record.
RECORD_WORD_EXEMPT = {"one", "zero"}


def word_numbers_in(text):
    """(phrase, value) for every number written in words in a text: "seven" 7, "twenty-two" and
    "twenty two" 22, "two hundred and five" 205. Words that cannot go on one number ("two three")
    are numbers of their own; a scale word alone ("several million pounds") is no figure."""
    out = []
    start = end = None
    total = current = 0
    last = None  # kind of the last word: "unit", "teen", "tens", "scale"
    last_scale = 0

    def flush():
        if start is not None:
            out.append((text[start:end], total + current))

    for m in NUMBER_WORD.finditer(text):
        w = m.group(1).lower()
        joined = start is not None and re.fullmatch(r"[\s-]+|\s+and\s+", text[end:m.start()]) is not None
        if joined and " and " in text[end:m.start()] and last != "scale":
            joined = False  # "two and three" are two numbers
        if w in UNITS:
            kind = "teen" if UNITS[w] >= 10 else "unit"
            fits = joined and (last == "scale" or (last == "tens" and kind == "unit"))
        elif w in TENS:
            kind = "tens"
            fits = joined and last == "scale"
        else:
            kind = "scale"
            fits = joined and (last in ("unit", "teen", "tens") or (last == "scale" and SCALES[w] > last_scale))
        if not fits:
            flush()
            start, total, current, last = m.start(), 0, 0, None
            if kind == "scale":
                start = None  # a scale word alone
                continue
        if kind == "scale":
            last_scale = SCALES[w]
            current *= SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0
        else:
            current += UNITS[w] if w in UNITS else TENS[w]
        last = kind
        end = m.end()
    flush()
    return out


def line_level(line):
    """The outline level of a line that is a numbered heading of a document, or None.

    "01: Filled in questionnaire: ..." and "3. TO BE (HAVE) ..." are chapters (1), "2.1 Eurocities"
    and "3.4 Involving ..." sections (2, one more per number), "Box 2" a box (3). A numbered line that
    goes on in ordinary words ("5. If yes, how ...", "1. sufficient income support") is an item of a
    list or a question: it ends nothing."""
    t = line.strip()
    if re.match(r"0\d:\s", t):
        return 1
    m = re.match(r"(\d+(?:\.\d+)+)\.?\s+\S", t)
    if m:
        return m.group(1).count(".") + 1
    m = re.match(r"\d+\.\s+(.*)", t)
    if m:
        letters = [c for c in m.group(1) if c.isalpha()]
        if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.6 * len(letters):
            return 1  # "2. NETWORKS INTERVIEWED", not "1. WG meeting in Madrid"
    if re.match(r"Box \d+\b", t):
        return 3
    return None


# "2.1 Eurocities.....\t10": a heading in a table of contents, with its page number.
TOC_ENTRY = re.compile(r"(\.{2,}\s*|\t)\d+\s*$")


def squash(text):
    return re.sub(r"[^\w]", "", normalise(text))


class SeedDocument:
    """A source document, line by line: what each line says, in which outline region it lies."""

    def __init__(self, key, path, cited_sections=()):
        self.key = key
        self.path = path
        self.raw = path.read_text(encoding="utf-8")
        self.lines = self.raw.split("\n")
        # normalised text of the whole document, with where each line starts in it
        self.line_norm = [normalise(line) for line in self.lines]
        self.line_squash = [re.sub(r"[^\w]", "", n) for n in self.line_norm]
        parts, self.norm_starts, self.squash_starts = [], [], []
        pos = spos = 0
        squashed = []
        for i, n in enumerate(self.line_norm):
            self.norm_starts.append(pos)
            self.squash_starts.append(spos)
            if n:
                parts.append(n)
                pos += len(n) + 1
            squashed.append(self.line_squash[i])
            spos += len(self.line_squash[i])
        self.norm = " ".join(parts)
        self.squashed = "".join(squashed)
        # figures line by line: digits (all readings of a written number) and number words
        self.line_numbers = []
        for line in self.lines:
            forms = set()
            for _token, f in numbers_in(line):
                forms |= f
            for _phrase, value in word_numbers_in(line):
                forms.add(str(value))
            self.line_numbers.append(forms)
        self.numbers = set().union(*self.line_numbers) if self.line_numbers else set()
        # the outline: numbered headings, and lines that are exactly a section some record cites
        cited = {squash(s) for s in cited_sections}
        self.levels = {}
        for i, line in enumerate(self.lines):
            if TOC_ENTRY.search(line):
                self.levels[i] = 0  # a table of contents entry ends every region, and holds no facts
                continue
            level = line_level(line)
            if level is None and self.line_squash[i] and self.line_squash[i] in cited:
                level = 1
            if level is not None:
                self.levels[i] = level
        self.word_list = words(self.raw)
        self.grams = set()
        for i in range(len(self.word_list) - COPY_RUN + 1):
            self.grams.add(tuple(self.word_list[i:i + COPY_RUN]))
        self._regions = {}

    def has_section(self, section):
        return bool(self.section_lines(section))

    def _line_at(self, starts, offset):
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        # empty lines share their start with the next line: take the last line that starts there
        return lo

    def section_lines(self, section):
        """(line index, starts the line) for every place the section is found."""
        s = normalise(section)
        found = []
        if s:
            i = self.norm.find(s)
            while i >= 0:
                line = self._line_at(self.norm_starts, i)
                found.append((line, not re.search(r"\w", self.norm[self.norm_starts[line]:i])))
                i = self.norm.find(s, i + 1)
        if found:
            return found
        # PDF extraction breaks lines and drops punctuation: compare letters and digits only
        q = re.sub(r"[^\w]", "", s)
        if q:
            i = self.squashed.find(q)
            while i >= 0:
                line = self._line_at(self.squash_starts, i)
                found.append((line, i == self.squash_starts[line]))
                i = self.squashed.find(q, i + 1)
        return found

    def region(self, section, lines=None):
        """The line indexes a source points at: its `lines` when given, else from each place its
        section is found to the next heading of the same or a higher level (a section found
        inside a paragraph runs to the next heading of any level)."""
        cache_key = (section, lines)
        if cache_key in self._regions:
            return self._regions[cache_key]
        if lines is not None:
            first, last = lines
            result = set(range(first - 1, min(last, len(self.lines))))
        else:
            result = set()
            for start, at_line_start in self.section_lines(section):
                if self.levels.get(start) == 0:
                    continue  # its entry in the table of contents
                level = self.levels.get(start, 1) if at_line_start else 99
                end = start + 1
                while end < len(self.lines) and not (end in self.levels and self.levels[end] <= level):
                    end += 1
                result.update(range(start, end))
        self._regions[cache_key] = result
        return result

    def numbers_in_region(self, region):
        out = set()
        for i in region:
            out |= self.line_numbers[i]
        return out

    def has_month(self, month, region):
        numbers = self.numbers_in_region(region)
        if month in numbers or str(int(month)) in numbers:
            return True
        return any(MONTHS[int(month) - 1] in self.line_norm[i] for i in region)


# ---------------------------------------------------------------------------------------------
# walking records


def values_at(record, path):
    """(value, location) for every value at a path ("[]" = every list item)."""
    items = [(record, "")]
    for step in path:
        nxt = []
        for value, where in items:
            if step == "[]":
                if isinstance(value, list):
                    nxt.extend((v, f"{where}[{i}]") for i, v in enumerate(value))
            elif isinstance(value, dict) and step in value:
                nxt.append((value[step], f"{where}.{step}" if where else step))
        items = nxt
    return items


def leaves(value, where="", parents=()):
    """(value, location, field names on the way) for every scalar in a record."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, f"{where}.{k}" if where else k, parents + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from leaves(v, f"{where}[{i}]", parents)
    else:
        yield value, where, parents


def number_exempt(folder, parents):
    if not parents:
        return False
    if any(p in NUMBER_EXEMPT_FIELDS for p in parents):
        return True
    if parents[:1] == ("indicators",) and "source" in parents:
        return True  # an indicator's own source, like the record's sources
    last = parents[-1]
    if last in REF_FIELD_NAMES:
        return True
    if folder == "questionnaires" and parents[:1] == ("questions",) and last == "number":
        return True
    if folder == "responses" and parents[:1] == ("answers",) and last == "question":
        return True
    if folder == "recommendations" and parents == ("number",):
        return True
    if folder == "working-groups" and parents == ("work_plans", "objectives", "number"):
        return True
    if last == "page":
        return True
    return False


def copy_exempt(folder, parents):
    if any(p in COPY_EXEMPT_FIELDS for p in parents):
        return True
    if parents[:1] == ("indicators",) and "source" in parents:
        return True
    if folder == "questionnaires" and parents[:1] == ("questions",):
        return True  # question texts, help and choices are the template's own words
    return False


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(REPO / "data"))
    parser.add_argument("--seeds", default=os.environ.get("CITYKB_SEEDS") or str(REPO.parent / "shared" / "seeds"))
    parser.add_argument("--verbose", action="store_true", help="list every traced number")
    args = parser.parse_args()
    data = Path(args.data)
    seeds = Path(args.seeds)
    report = Report()

    schema_path = data / "schema" / "citykb-data.schema.json"
    try:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"FAIL: cannot read the schema {schema_path}: {e}")
        return 1
    jsonschema.Draft202012Validator.check_schema(schema)

    # ---- load and validate files -------------------------------------------------------------
    records = {f: [] for f in FOLDERS}  # folder -> [(record, file)]
    for sub in sorted(p for p in data.iterdir() if p.is_dir() and p.name != "schema"):
        if sub.name not in FOLDERS:
            report.error(str(sub.relative_to(data)), "is not a record type folder")
    for folder in FOLDERS:
        if folder not in schema.get("$defs", {}):
            report.error("schema", f"has no $defs/{folder}")
            continue
        validator = jsonschema.Draft202012Validator(
            {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{folder}"})
        for path in sorted((data / folder).glob("*.json")):
            rel = path.relative_to(data)
            try:
                content = json.loads(path.read_text(encoding="utf-8"))
            except ValueError as e:
                report.error(str(rel), f"is not valid JSON: {e}")
                continue
            for err in sorted(validator.iter_errors(content), key=lambda e: list(e.absolute_path)):
                loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.absolute_path)
                key = ""
                if err.absolute_path and isinstance(content, list) and isinstance(err.absolute_path[0], int):
                    rec = content[err.absolute_path[0]]
                    if isinstance(rec, dict) and "key" in rec:
                        key = f" ({rec['key']})"
                report.error(f"{rel}{loc}{key}", f"schema: {err.message[:300]}")
            if isinstance(content, list):
                records[folder].extend((r, rel) for r in content if isinstance(r, dict))

    # ---- keys ----------------------------------------------------------------------------------
    index = {f: {} for f in FOLDERS}
    for folder in FOLDERS:
        for rec, rel in records[folder]:
            key = rec.get("key")
            if not isinstance(key, str):
                continue
            if key in index[folder]:
                report.error(f"{rel} {folder}/{key}", f"duplicate key (also in {index[folder][key][1]})")
            else:
                index[folder][key] = (rec, rel)

    # ---- references ----------------------------------------------------------------------------
    for folder, path, target, vocabulary in REFS:
        for rec, rel in records[folder]:
            for value, where in values_at(rec, path):
                if not isinstance(value, str):
                    continue
                hit = index[target].get(value)
                if hit is None:
                    report.error(f"{folder}/{rec.get('key')}", f"{where} refers to unknown {target} key \"{value}\"")
                elif vocabulary and hit[0].get("vocabulary") != vocabulary:
                    report.error(f"{folder}/{rec.get('key')}",
                                 f"{where} \"{value}\" is a {hit[0].get('vocabulary')} term, not a {vocabulary}")
    for rec, rel in records["working-groups"]:
        forum = index["forums"].get(rec.get("forum"))
        if forum and forum[0].get("network") != rec.get("network"):
            report.error(f"working-groups/{rec.get('key')}", "its forum belongs to another network")
    for rec, rel in records["responses"]:
        q = index["questionnaires"].get(rec.get("questionnaire"))
        if not q:
            continue
        kinds = {qq.get("number"): qq.get("kind") for qq in q[0].get("questions", [])}
        seen = set()
        for i, a in enumerate(rec.get("answers", [])):
            n = a.get("question")
            if n not in kinds:
                report.error(f"responses/{rec.get('key')}", f"answers[{i}] answers question {n}, which the questionnaire does not have")
            if n in seen:
                report.error(f"responses/{rec.get('key')}", f"answers[{i}]: question {n} is answered twice")
            seen.add(n)
            if kinds.get(n) in ("yes_no", "yes_no_explain") and "choice" in a and a["choice"] not in ("yes", "no"):
                report.error(f"responses/{rec.get('key')}", f"answers[{i}].choice must be yes or no")
    for rec, rel in records["questionnaires"]:
        numbers = [q.get("number") for q in rec.get("questions", [])]
        if len(numbers) != len(set(numbers)):
            report.error(f"questionnaires/{rec.get('key')}", "two questions have the same number")

    # ---- seed documents ------------------------------------------------------------------------
    cited_sections = defaultdict(set)  # document key -> sections cited anywhere in data/
    for folder in FOLDERS:
        for rec, rel in records[folder]:
            for src, _where, _own in record_sources(rec):
                if isinstance(src.get("section"), str):
                    cited_sections[src.get("document")].add(src["section"])
    docs = {}
    if not seeds.is_dir():
        report.error("seeds", f"the seeds folder {seeds} does not exist (use --seeds or CITYKB_SEEDS)")
    else:
        for key, (rec, rel) in index["documents"].items():
            name = rec.get("file_name")
            if name is None:
                continue  # a document the KB knows of without holding it (a call that is only linked)
            path = seeds / name if isinstance(name, str) else None
            if not path or not path.is_file():
                report.error(f"documents/{key}", f"file_name \"{name}\" is not a file in {seeds}")
                continue
            checksum = rec.get("checksum")
            if checksum and checksum != "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest():
                report.error(f"documents/{key}", f"checksum does not match {name}")
            docs[key] = SeedDocument(key, path, cited_sections.get(key, ()))

    # ---- sources, figures, copying -------------------------------------------------------------
    checked = 0
    traced = 0
    sections = 0
    prose_fields = 0
    for folder in FOLDERS:
        for rec, rel in records[folder]:
            checked += 1
            rid = f"{folder}/{rec.get('key')}"
            if not isinstance(rec.get("sources"), list) or not rec.get("sources"):
                report.error(rid, "has no sources")
            # Where the record's figures may come from: the regions its sources point at, per
            # document; an indicator with a source of its own: that source's region alone.
            record_scope = Scope()
            own_scopes = {}  # indicator location prefix -> Scope
            for src, where, own in record_sources(rec):
                d = src.get("document")
                if d in index["documents"] and "file_name" not in index["documents"][d][0]:
                    report.error(rid, f"{where} cites {d}, which is no seed document: a source must be a file in {seeds}")
                    continue
                if d not in index["documents"] or d not in docs:
                    continue  # reported as a reference, or with the document
                doc = docs[d]
                sec = src.get("section")
                if not isinstance(sec, str):
                    continue
                sections += 1
                lines = parse_lines(src.get("lines"))
                if src.get("lines") is not None and lines is None:
                    report.error(rid, f"{where}.lines \"{src.get('lines')}\" is not a line or a range of lines such as \"647-649\"")
                    continue
                if not doc.has_section(sec):
                    report.error(rid, f"{where}.section \"{sec}\" is not found in {d}")
                    continue
                if lines is not None:
                    if lines[1] > len(doc.lines):
                        report.error(rid, f"{where}.lines {src.get('lines')} go past the end of {d} ({len(doc.lines)} lines)")
                        continue
                    outside = doc.region(sec, lines) - doc.region(sec)
                    if outside:
                        report.error(rid, f"{where}.lines {src.get('lines')} are not in section \"{sec}\" of {d}")
                region = doc.region(sec, lines)
                if own is None:
                    record_scope.add(doc, region, src)
                else:
                    own_scopes.setdefault(own, Scope()).add(doc, region, src)
            if not record_scope.docs:
                continue

            for value, where, parents in leaves(rec):
                if number_exempt(folder, parents) or isinstance(value, bool) or value is None:
                    continue
                scope = next((sc for prefix, sc in own_scopes.items() if where.startswith(prefix + ".")), record_scope)
                last = parents[-1] if parents else ""
                if isinstance(value, (int, float)):
                    form = canonical_decimal(repr(value)) if isinstance(value, float) else str(value)
                    traced += 1
                    if form not in scope.numbers:
                        report.error(rid, f"{where} = {value} is not found {scope.describe(form)}")
                    elif args.verbose:
                        print(f"  {rid} {where} = {value}")
                    continue
                if not isinstance(value, str):
                    continue
                text = value
                if last in DATE_FIELDS:
                    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
                    if m:
                        traced += 1
                        year, month, day = m.groups()
                        missing = []
                        if year not in scope.numbers:
                            missing.append(f"year {year}")
                        if month and not scope.has_month(month):
                            missing.append(f"month {MONTHS[int(month) - 1].capitalize()}")
                        if day and str(int(day)) not in scope.numbers:
                            missing.append(f"day {int(day)}")
                        if missing:
                            report.error(rid, f"{where} = {value}: {', '.join(missing)} not found {scope.describe()}")
                        continue
                # ISO dates inside text
                for m in ISO_DATE.finditer(text):
                    traced += 1
                    year, month, day = m.groups()
                    if year not in scope.numbers or str(int(day)) not in scope.numbers:
                        report.error(rid, f"{where}: date {m.group(0)} is not found {scope.describe()}")
                text = ISO_DATE.sub(" ", text)
                for token, forms in numbers_in(text):
                    traced += 1
                    if not forms & scope.numbers:
                        report.error(rid, f"{where}: the figure \"{token}\" in \"{snippet(value, token)}\" is not found "
                                          f"{scope.describe(*forms)}")
                    elif args.verbose:
                        print(f"  {rid} {where}: {token}")
                for phrase, number in word_numbers_in(text):
                    if phrase.lower() in RECORD_WORD_EXEMPT:
                        continue
                    traced += 1
                    if str(number) not in scope.numbers:
                        report.error(rid, f"{where}: the figure \"{phrase}\" ({number}) in \"{snippet(value, phrase)}\" is not "
                                          f"found {scope.describe(str(number))}")
                    elif args.verbose:
                        print(f"  {rid} {where}: {phrase} = {number}")

            cited = list(record_scope.docs)
            for sc in own_scopes.values():
                cited.extend(d for d in sc.docs if d not in cited)
            # copy check
            for value, where, parents in leaves(rec):
                if not isinstance(value, str) or copy_exempt(folder, parents):
                    continue
                w = words(value)
                if len(w) < COPY_RUN:
                    continue
                prose_fields += 1
                run = copied_run(w, cited)
                if run:
                    report.error(rid, f"{where} copies {len(run)} consecutive words from the document: \"{' '.join(run)}\"")

    counts = ", ".join(f"{len(records[f])} {f}" for f in FOLDERS)
    for e in report.errors:
        print("FAIL:", e)
    print(f"seed data: {checked} records checked ({counts}); {traced} numbers and dates traced; "
          f"{sections} source sections located; {prose_fields} prose fields compared with their documents; "
          f"{len(report.errors)} problem(s)")
    return 1 if report.errors else 0


def parse_lines(value):
    """A source's `lines` ("647" or "647-649") as (first, last), or None."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"(\d+)(?:-(\d+))?", value)
    if not m:
        return None
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    return (first, last) if 1 <= first <= last else None


def record_sources(rec):
    """(source, location, indicator prefix or None) for the record's sources and its indicators' own."""
    for i, s in enumerate(rec.get("sources") or []):
        if isinstance(s, dict):
            yield s, f"sources[{i}]", None
    for i, ind in enumerate(rec.get("indicators") or []):
        if isinstance(ind, dict) and isinstance(ind.get("source"), dict):
            yield ind["source"], f"indicators[{i}].source", f"indicators[{i}]"


class Scope:
    """The parts of documents a figure must be found in."""

    def __init__(self):
        self.docs = []
        self.parts = []  # (document, region, source)
        self.numbers = set()

    def add(self, doc, region, source):
        if doc not in self.docs:
            self.docs.append(doc)
        self.parts.append((doc, region, source))
        self.numbers |= doc.numbers_in_region(region)

    def has_month(self, month):
        return any(doc.has_month(month, region) for doc, region, _s in self.parts)

    def describe(self, *forms):
        """Where it was looked for, and whether the documents have it elsewhere."""
        places = []
        for doc, _region, src in self.parts:
            place = f"{doc.key} \"{src.get('section')}\""
            if src.get("lines"):
                place += f" lines {src.get('lines')}"
            if place not in places:
                places.append(place)
        text = "in the parts its sources point at (" + "; ".join(places) + ")"
        elsewhere = [d.key for d in self.docs if forms and any(f in d.numbers for f in forms)]
        if elsewhere:
            text += f"; {', '.join(elsewhere)} has it elsewhere: cite that part"
        return text


def snippet(text, token, width=40):
    i = text.find(token)
    start = max(0, i - width)
    return ("..." if start else "") + text[start:i + len(token) + width].replace("\n", " ") + \
        ("..." if i + len(token) + width < len(text) else "")


def copied_run(w, cited):
    """The longest run of >= COPY_RUN words of w found in one of the documents, or None."""
    best = None
    i = 0
    while i <= len(w) - COPY_RUN:
        gram = tuple(w[i:i + COPY_RUN])
        doc = next((d for d in cited if gram in d.grams), None)
        if doc is None:
            i += 1
            continue
        j = i + COPY_RUN
        while j < len(w) and tuple(w[j - COPY_RUN + 1:j + 1]) in doc.grams:
            j += 1
        if best is None or j - i > len(best):
            best = w[i:j]
        i = j
    return best


if __name__ == "__main__":
    sys.exit(main())
