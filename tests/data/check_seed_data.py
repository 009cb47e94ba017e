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
              section is found in the cited document (whitespace, quotes, case normalised)
  figures     every number and date anywhere in a record (JSON numbers, and digit groups
              inside strings) is found in one of the documents the record cites, modulo
              thousands separators and decimal comma; ISO dates need the year, the month's
              name (or number) and the day of the month in the document. Exempt: keys and
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

# Fields whose digits are not facts to trace (identities, references, bookkeeping).
NUMBER_EXEMPT_FIELDS = {"key", "sources", "checksum", "file_name", "version"}
REF_FIELD_NAMES = {"parent", "city", "network", "working_group", "forum", "lead_city", "chair_city",
                   "organisation", "practice", "questionnaire", "subject_network", "subject_organisation",
                   "person", "document", "cities", "networks", "organisations", "themes", "target_groups",
                   "success_factors", "instruments", "practices", "events"}
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


def numbers_in(text):
    """(token, forms) for every number written in a text."""
    out = []
    for m in NUMBER.finditer(text.replace("\u00a0", " ").replace("\u202f", " ")):
        out.append((m.group(1), number_forms(m.group(1))))
    return out


class SeedDocument:
    def __init__(self, key, path):
        self.key = key
        self.path = path
        self.raw = path.read_text(encoding="utf-8")
        self.norm = normalise(self.raw)
        self.squashed = re.sub(r"[^\w]", "", self.norm)
        self.numbers = set()
        for _token, forms in numbers_in(self.raw):
            self.numbers |= forms
        self.word_list = words(self.raw)
        self.grams = set()
        for i in range(len(self.word_list) - COPY_RUN + 1):
            self.grams.add(tuple(self.word_list[i:i + COPY_RUN]))

    def has_section(self, section):
        s = normalise(section)
        if s in self.norm:
            return True
        # PDF extraction breaks lines and drops punctuation: compare letters and digits only
        squashed = re.sub(r"[^\w]", "", s)
        return bool(squashed) and squashed in self.squashed

    def has_month(self, month):
        if month in self.numbers or str(int(month)) in self.numbers:
            return True
        return MONTHS[int(month) - 1] in self.norm


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
    docs = {}
    if not seeds.is_dir():
        report.error("seeds", f"the seeds folder {seeds} does not exist (use --seeds or CITYKB_SEEDS)")
    else:
        for key, (rec, rel) in index["documents"].items():
            name = rec.get("file_name")
            path = seeds / name if isinstance(name, str) else None
            if not path or not path.is_file():
                report.error(f"documents/{key}", f"file_name \"{name}\" is not a file in {seeds}")
                continue
            checksum = rec.get("checksum")
            if checksum and checksum != "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest():
                report.error(f"documents/{key}", f"checksum does not match {name}")
            docs[key] = SeedDocument(key, path)

    # ---- sources, figures, copying -------------------------------------------------------------
    checked = 0
    traced = 0
    sections = 0
    prose_fields = 0
    for folder in FOLDERS:
        for rec, rel in records[folder]:
            checked += 1
            rid = f"{folder}/{rec.get('key')}"
            cited = []
            srcs = rec.get("sources")
            if not isinstance(srcs, list) or not srcs:
                report.error(rid, "has no sources")
                srcs = []
            for i, s in enumerate(srcs):
                if not isinstance(s, dict):
                    continue
                d = s.get("document")
                if d not in index["documents"]:
                    continue  # reported as a reference
                if d not in docs:
                    continue  # reported with the document
                if docs[d] not in cited:
                    cited.append(docs[d])
                sec = s.get("section")
                if isinstance(sec, str):
                    sections += 1
                    if not docs[d].has_section(sec):
                        report.error(rid, f"sources[{i}].section \"{sec}\" is not found in {d}")
            if not cited:
                continue
            cited_numbers = set().union(*(d.numbers for d in cited))
            cited_keys = ", ".join(d.key for d in cited)

            for value, where, parents in leaves(rec):
                if number_exempt(folder, parents) or isinstance(value, bool) or value is None:
                    continue
                last = parents[-1] if parents else ""
                if isinstance(value, (int, float)):
                    form = canonical_decimal(repr(value)) if isinstance(value, float) else str(value)
                    traced += 1
                    if form not in cited_numbers:
                        report.error(rid, f"{where} = {value} is not found in {cited_keys}")
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
                        if year not in cited_numbers:
                            missing.append(f"year {year}")
                        if month and not any(d.has_month(month) for d in cited):
                            missing.append(f"month {MONTHS[int(month) - 1].capitalize()}")
                        if day and str(int(day)) not in cited_numbers:
                            missing.append(f"day {int(day)}")
                        if missing:
                            report.error(rid, f"{where} = {value}: {', '.join(missing)} not found in {cited_keys}")
                        continue
                # ISO dates inside text
                for m in ISO_DATE.finditer(text):
                    traced += 1
                    year, month, day = m.groups()
                    if year not in cited_numbers or str(int(day)) not in cited_numbers:
                        report.error(rid, f"{where}: date {m.group(0)} is not found in {cited_keys}")
                text = ISO_DATE.sub(" ", text)
                for token, forms in numbers_in(text):
                    traced += 1
                    if not forms & cited_numbers:
                        report.error(rid, f"{where}: the figure \"{token}\" in \"{snippet(value, token)}\" is not found in {cited_keys}")
                    elif args.verbose:
                        print(f"  {rid} {where}: {token}")

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
