#!/usr/bin/env python3
"""Exports of questionnaire responses (issue 12), read the way their users read them.

Through the real citykb-cli on a seeded KB with one more response whose answers look like
formulas, hold quotes, commas and line breaks, an e-mail address and a phone number:
  - CSV: read with Python's csv module: UTF-8 after a byte order mark, CRLF line ends, one row
    per response, one column per question besides the response's own columns, long text whole;
    a cell that starts with = + - @ is text (a leading apostrophe);
  - XLSX: read with openpyxl: the same rows and columns, every cell a string formatted as text,
    no formula anywhere, the formula-like answer exactly as typed;
  - JSON: the same rows and columns;
  - no e-mail address or phone number in any of them without --personal-data, and the
    address there with it;
  - refused: an output over the KB's own store, a questionnaire that does not exist.

Needs CITYKB_CLI and CITYKB_DATA in the environment; /usr/bin/python3 with python3-openpyxl.
"""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

CLI = os.environ.get("CITYKB_CLI", "")
QUESTIONNAIRE = "change-people-powered-public-services"
OWN_COLUMNS = ["Response", "Subject", "Date", "Interviewer", "Mode", "Respondents", "Status", "Version"]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
FORMULA = '=HYPERLINK("http://example.org/x","click")'
LONG = "A long answer, with \"quotes\", commas,\nline breaks\n\nand paragraphs. " * 40

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL: " + what)


def run(args, kb, stdin=None):
    env = dict(os.environ)
    env.pop("CITYKB_HOME", None)
    p = subprocess.run([CLI, "--kb", kb] + args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def must(args, kb, stdin=None):
    code, out, err = run(args, kb, stdin)
    if code != 0:
        sys.exit("%s failed (exit %d): %s" % (" ".join(args), code, err.strip()))
    return out


def main():
    if not CLI or not os.access(CLI, os.X_OK):
        sys.exit("CITYKB_CLI must name the citykb-cli binary")
    work = tempfile.mkdtemp(prefix="citykb-export-")
    try:
        kb = os.path.join(work, "kb")
        must(["init"], kb)
        response = {
            "key": "formula-test", "questionnaire": QUESTIONNAIRE, "title": "Formula test", "subject_network": "urbact",
            "interviewer": "Twan de Bruijn", "date": "2018-02-01", "mode": "video call", "status": "draft",
            "answers": [
                {"question": 1, "text": "Ann Example, phone +31 20 123 4567, e-mail ann.example@city.example.org"},
                {"question": 2, "text": FORMULA},
                {"question": 3, "text": "+1 more network", "choice": "yes"},
                {"question": 5, "text": "-2 working groups"},
                {"question": 7, "text": "@SUM(A1:A9)"},
                {"question": 9, "text": LONG},
            ],
        }
        must(["add", "responses", "--json", "-"], kb, json.dumps(response).encode("utf-8"))
        questions = len(json.loads(must(["show", "questionnaires", QUESTIONNAIRE, "--json"], kb))["questions"])
        columns = len(OWN_COLUMNS) + questions
        responses = 7  # the six seed interviews and this one

        outputs = {}
        for personal in (False, True):
            for fmt in ("csv", "xlsx", "json"):
                path = os.path.join(work, "responses%s.%s" % ("-personal" if personal else "", fmt))
                args = ["export", "responses", "--questionnaire", "Questionnaire on 'people-powered public services'",
                        "--format", fmt, "-o", path, "--json"] + (["--personal-data"] if personal else [])
                report = json.loads(must(args, kb))
                check(report["responses"] == responses and report["questions"] == questions,
                      "%s: the report says %s" % (fmt, report))
                outputs[(fmt, personal)] = path

        # CSV
        for personal in (False, True):
            raw = open(outputs[("csv", personal)], "rb").read()
            check(raw.startswith(b"\xef\xbb\xbf"), "CSV starts with a UTF-8 byte order mark")
            check(raw.count(b"\r\n") == responses + 1, "CSV records end with CRLF (line breaks inside cells stay LF)")
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
            check(len(rows) == responses + 1, "CSV has a header and %d rows, not %d" % (responses, len(rows) - 1))
            check(all(len(r) == columns for r in rows), "every CSV row has %d columns" % columns)
            check(rows[0][:len(OWN_COLUMNS)] == OWN_COLUMNS, "CSV header starts %s" % rows[0][:len(OWN_COLUMNS)])
            check(rows[0][len(OWN_COLUMNS)].startswith("1. Your name and contact details"), "CSV question columns in order")
            mine = [r for r in rows if r[0] == "Formula test"]
            check(len(mine) == 1, "one CSV row for the new response")
            if mine:
                row = dict(zip(rows[0], mine[0]))
                q = lambda n: mine[0][len(OWN_COLUMNS) + n - 1]
                check(q(2) == "'" + FORMULA, "the formula-like answer is text in CSV: %r" % q(2))
                check(q(3) == "yes: +1 more network", "a choice with its text: %r" % q(3))
                check(q(5) == "'-2 working groups", "a cell starting with - is text: %r" % q(5))
                check(q(7) == "'@SUM(A1:A9)", "a cell starting with @ is text: %r" % q(7))
                check(q(9) == LONG.strip(), "long text with quotes, commas and line breaks comes back whole")
                check(row["Subject"] == "URBACT" and row["Mode"] == "video call" and row["Date"] == "2018-02-01",
                      "subject, mode and date: %s" % [row["Subject"], row["Mode"], row["Date"]])
            for r in rows[1:]:
                for cell in r:
                    check(not cell or cell[0] not in "=+-@", "no CSV cell starts like a formula: %r" % cell[:40])
            text = raw.decode("utf-8-sig")
            has_email = bool(EMAIL.search(text))
            check(has_email == personal, "CSV %s e-mail addresses" % ("has" if personal else "has no"))
            check(("+31 20 123 4567" in text) == personal, "CSV phone number only with --personal-data")
            if not personal:
                check("[e-mail withheld]" in text and "[phone withheld]" in text, "CSV marks what it withheld")

        # XLSX
        for personal in (False, True):
            book = openpyxl.load_workbook(outputs[("xlsx", personal)])
            sheet = book.active
            check(sheet.max_row == responses + 1 and sheet.max_column == columns,
                  "XLSX has %d rows and %d columns, not %d and %d" % (responses + 1, columns, sheet.max_row, sheet.max_column))
            header = [c.value for c in sheet[1]]
            check(header[:len(OWN_COLUMNS)] == OWN_COLUMNS, "XLSX header")
            check(sheet.freeze_panes == "A2", "XLSX header row frozen")
            found = None
            for row in sheet.iter_rows(min_row=2):
                for cell in row:
                    check(cell.data_type in ("s", "n") and (cell.value is None or isinstance(cell.value, str)),
                          "XLSX cell %s is a string, not %s" % (cell.coordinate, cell.data_type))
                    check(cell.data_type != "f", "no formula in XLSX cell %s" % cell.coordinate)
                    if isinstance(cell.value, str) and personal is False:
                        check(not EMAIL.search(cell.value), "no e-mail in XLSX cell %s" % cell.coordinate)
                if row[0].value == "Formula test":
                    found = row
            check(found is not None, "an XLSX row for the new response")
            if found:
                cell = found[len(OWN_COLUMNS) + 1]
                check(cell.value == FORMULA and cell.data_type == "s" and cell.number_format == "@",
                      "the formula-like answer is text in XLSX: %r %s %s" % (cell.value, cell.data_type, cell.number_format))
                check(found[len(OWN_COLUMNS) + 8].value == LONG.strip(), "long text whole in XLSX")
            emails = any(isinstance(c.value, str) and EMAIL.search(c.value) for r in sheet.iter_rows() for c in r)
            check(emails == personal, "XLSX e-mail addresses only with --personal-data")

        # JSON
        for personal in (False, True):
            doc = json.load(open(outputs[("json", personal)], encoding="utf-8"))
            check(len(doc["rows"]) == responses and all(len(r) == columns for r in doc["rows"]), "JSON rows and columns")
            check([c["name"] for c in doc["columns"][:len(OWN_COLUMNS)]] == OWN_COLUMNS, "JSON columns")
            check(doc["columns"][len(OWN_COLUMNS)]["question"] == 1, "JSON question columns carry their number")
            check(doc["about"]["personal_data"] == personal and doc["about"]["questionnaire"] == QUESTIONNAIRE, "JSON about")
            text = json.dumps(doc, ensure_ascii=False)
            check(bool(EMAIL.search(text)) == personal, "JSON e-mail addresses only with --personal-data")

        # Refusals: the KB's own files, a questionnaire that is not there, a format that is not one.
        store = os.path.join(kb, "kb.sqlite")
        before = open(store, "rb").read(100)
        code, out, err = run(["export", "responses", "--questionnaire", QUESTIONNAIRE, "--format", "csv", "-o", store], kb)
        check(code == 1 and open(store, "rb").read(100) == before, "export over kb.sqlite is refused (exit %d: %s)" % (code, err.strip()))
        code, out, err = run(["export", "responses", "--questionnaire", "no such thing", "--format", "csv", "-o",
                              os.path.join(work, "x.csv")], kb)
        check(code == 1 and err.strip() == 'There is no questionnaire called "no such thing".', "unknown questionnaire: %s" % err.strip())
        code, out, err = run(["export", "responses", "--questionnaire", QUESTIONNAIRE, "--format", "ods", "-o",
                              os.path.join(work, "x.ods")], kb)
        check(code == 2, "an unknown format is a usage error")
        code, out, err = run(["export", "bundle", "--format", "csv", "-o", os.path.join(work, "x.json")], kb)
        check(code == 2, "export bundle takes no --format")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
