#!/usr/bin/env python3
"""Briefings read back with real readers (issue 13).

Exports briefings from a fresh seed KB through citykb-cli and checks them with the tools people's
PDF readers are built on: pdftotext (the sections and facts are there as text, no e-mail address or
phone number unless --personal-data), pdfinfo (A4, page count, title, author, subject), pdffonts
(every font embedded), pdfimages (charts are vectors: no images), qpdf --check and --show-npages
(no errors; the outline holds the sections). The HTML and Markdown of the same scope hold the same
sections. Bad scopes and unwritable targets: one sentence, exit 1 or 2, and no file.

Needs CITYKB_CLI and CITYKB_DATA (ctest sets them).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

CLI = os.environ["CITYKB_CLI"]
DATA = os.environ["CITYKB_DATA"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*args, kb, expect=0):
    result = subprocess.run([CLI, "--kb", kb, *args], capture_output=True, text=True, timeout=120)
    check(result.returncode == expect,
          f"{' '.join(args)}: exit {result.returncode}, expected {expect}; stderr: {result.stderr.strip()}")
    return result


def tool(*args):
    result = subprocess.run(list(args), capture_output=True, text=True, timeout=60)
    return result


def pdftext(path):
    return tool("pdftotext", "-enc", "UTF-8", path, "-").stdout


def normalised(text):
    # pdftotext turns "fi" into a ligature when the font has one; compare words, not glyphs.
    return re.sub(r"\s+", " ", text.replace("\ufb01", "fi").replace("\ufb02", "fl"))


EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")

SCOPES = [
    # scope, file stem, title, facts that must be in the text
    ("network:Eurotowns", "eurotowns", "Eurotowns: Briefing on a network",
     ["Key facts", "Joining", "Towns and cities of 50,000 to 250,000 inhabitants may join as members.",
      "3,500 EUR a year", "Working groups and forums", "Task Team Social Inclusion", "Members by country",
      "Events", "Coming", "Relevant practices and their outcomes", "What the network said in its interview",
      "Recommendations and actions", "Sources", "1991"]),
    ("working-group:Smart Social Inclusion", "ssi", "Smart Social Inclusion: Briefing on a working group of Eurocities",
     ["Smart Social Inclusion", "Work plan 2020", "Objective 1", "How a working group starts",
      "at least 4 interested cities", "POSTPONED", "Madrid", "Eurocities"]),
    ("theme:youth employment", "youth", "Youth employment: Briefing on a theme",
     ["Youth employment", "Networks and working groups where it fits", "Birmingham Apprenticeship Scheme",
      "Practices by success factor", "Outcome"]),
    ("city:Bologna", "bologna", "Bologna: Briefing on a city",
     ["Bologna", "City indicators", "Youth unemployment", "29%", "2011",
      "Bologna projects to prevent dropping out of school", "Cities that worked on the same"]),
    ("query:social impact bonds", "query", "Search: social impact bonds: Briefing on a search",
     ["Search: social impact bonds", "Key facts", "Searched for"]),
]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        kb = os.path.join(tmp, "kb")
        run("init", kb=kb)
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        for scope, stem, title, facts in SCOPES:
            pdf = os.path.join(out, stem + ".pdf")
            run("export", "briefing", "--scope", scope, "-o", pdf, kb=kb)
            if not os.path.exists(pdf):
                check(False, f"{scope}: no PDF")
                continue
            text = normalised(pdftext(pdf))
            for fact in facts:
                check(fact in text, f"{scope}: pdftotext lacks {fact!r}")
            check("Contents" in text, f"{scope}: no table of contents")
            # Template syntax or a comment's tail must never reach the page.
            check("{{" not in text and "}}" not in text, f"{scope}: template text in the PDF")
            check(not EMAIL.search(text), f"{scope}: an e-mail address without --personal-data: {EMAIL.search(text)}")
            check("644 199 675" not in text, f"{scope}: a phone number without --personal-data")

            info = tool("pdfinfo", pdf).stdout
            fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
            fields = {k.strip(): v.strip() for k, v in fields.items()}
            check(fields.get("Page size", "").startswith("595 x 842") or fields.get("Page size", "").startswith("595.276 x 841.89"),
                  f"{scope}: page size {fields.get('Page size')}, not A4")
            pages = int(fields.get("Pages", "0"))
            check(3 <= pages <= 30, f"{scope}: {pages} pages")
            check(fields.get("Title") == title, f"{scope}: title {fields.get('Title')!r}")
            check(fields.get("Author", "").startswith("CityKB"), f"{scope}: author {fields.get('Author')!r}")
            check(fields.get("Creator") == "CityKB", f"{scope}: creator {fields.get('Creator')!r}")
            check(fields.get("Subject", "").startswith("Briefing on"), f"{scope}: subject {fields.get('Subject')!r}")
            check(fields.get("PDF version") == "1.4", f"{scope}: PDF version {fields.get('PDF version')}")
            check(fields.get("Metadata Stream") == "yes", f"{scope}: no XMP metadata")

            fonts = tool("pdffonts", pdf).stdout.splitlines()[2:]
            check(fonts, f"{scope}: pdffonts lists no fonts")
            for line in fonts:
                columns = line.split()
                # name type... emb sub uni object ID: "emb" is the fourth column from the end but three.
                check(columns[-5] == "yes", f"{scope}: font not embedded: {line}")

            images = tool("pdfimages", "-list", pdf).stdout.splitlines()[2:]
            check(not images, f"{scope}: holds bitmap images: {images[:2]}")

            qpdf = tool("qpdf", "--check", pdf)
            check(qpdf.returncode == 0 and "No syntax or stream encoding errors" in qpdf.stdout,
                  f"{scope}: qpdf --check: {qpdf.stdout[-300:]} {qpdf.stderr[-300:]}")
            outline = tool("qpdf", "--json", "--json-key=outlines", pdf)
            try:
                titles = [o["title"] for o in json.loads(outline.stdout)["outlines"]]
            except (ValueError, KeyError) as e:
                titles = []
                check(False, f"{scope}: no outline in qpdf --json: {e}")
            check("Key facts" in titles and "Sources" in titles, f"{scope}: outline {titles}")
            # The contents and the citations are jumps inside the document, not links to "#...".
            qdf = os.path.join(out, stem + ".qdf")
            tool("qpdf", "--qdf", "--object-streams=disable", pdf, qdf)
            with open(qdf, "rb") as f:
                raw = f.read()
            check(b"/URI (#" not in raw, f"{scope}: an internal link left as a URI")
            check(raw.count(b"/Dest [") >= 5, f"{scope}: few internal links")
            check(b"pdfaid:part>1<" in raw, f"{scope}: no PDF/A-1 identification in the XMP metadata")

            for fmt, ext in (("html", "html"), ("md", "md")):
                path = os.path.join(out, stem + "." + ext)
                run("export", "briefing", "--scope", scope, "--format", fmt, "-o", path, kb=kb)
                with open(path, encoding="utf-8") as f:
                    body = f.read()
                check(not EMAIL.search(body), f"{scope} {fmt}: an e-mail address without --personal-data")
                check("{{" not in body, f"{scope} {fmt}: a template tag left")
                if fmt == "html":
                    html_sections = re.findall(r'<h2 class="section"><a name="[^"]*" id="[^"]*"></a>([^<]*)</h2>', body)
                else:
                    md_sections = [line[3:] for line in body.splitlines() if line.startswith("## ") and line[3:] != "Contents"]
            check([s.replace("&amp;", "&") for s in html_sections] == md_sections,
                  f"{scope}: HTML sections {html_sections} differ from Markdown {md_sections}")
            pdf_sections = [s for s in md_sections if s != "Sources"]
            for section in pdf_sections:
                check(section in text, f"{scope}: section {section!r} of the Markdown is not in the PDF")

        # Personal data only when asked.
        with_pd = os.path.join(out, "eurotowns-pd.pdf")
        result = run("export", "briefing", "--scope", "network:Eurotowns", "--personal-data", "-o", with_pd, kb=kb)
        check("with e-mail addresses" in result.stdout, "--personal-data is not said")
        text = normalised(pdftext(with_pd))
        check("let.hulshof@schiedam.nl" in text, "--personal-data: the respondent's e-mail is missing")
        check("644 199 675" in text, "--personal-data: the respondent's phone is missing")

        # Bad scopes and targets: one sentence, the contract's exit code, no file.
        target = os.path.join(out, "none.pdf")
        r = run("export", "briefing", "--scope", "network:Eurotown", "-o", target, kb=kb, expect=1)
        check(r.stderr.strip() == 'There is no network called "Eurotown"; did you mean "Eurotowns"?',
              f"unknown network: {r.stderr.strip()!r}")
        r = run("export", "briefing", "--scope", "region:Veneto", "-o", target, kb=kb, expect=2)
        check(r.stderr.count("\n") == 1, f"bad scope: {r.stderr!r}")
        run("export", "briefing", "--scope", "query:qqxyzzyqq", "-o", target, kb=kb, expect=1)
        run("export", "briefing", "-o", target, kb=kb, expect=2)
        run("export", "briefing", "--scope", "city:Bologna", "--format", "docx", "-o", target, kb=kb, expect=2)
        run("export", "briefing", "--scope", "city:Bologna", "--facet", "city=Bologna", "-o", target, kb=kb, expect=2)
        run("export", "bundle", "--scope", "city:Bologna", "-o", target, kb=kb, expect=2)
        run("export", "briefing", "--scope", "city:Bologna", "-o", os.path.join(out, "missing", "b.pdf"), kb=kb, expect=1)
        run("export", "briefing", "--scope", "city:Bologna", "-o", out, kb=kb, expect=1)
        run("export", "briefing", "--scope", "city:Bologna", "-o", os.path.join(kb, "kb.sqlite"), kb=kb, expect=1)
        run("export", "briefing", "--scope", "city:Bologna", "--style", os.path.join(out, "no-such-style"), "-o", target, kb=kb, expect=1)
        check(not os.path.exists(target), "a failed export left a file")

        # A KB's own briefing/ folder restyles its briefings: here the footer of every page.
        os.mkdir(os.path.join(kb, "briefing"))
        with open(os.path.join(kb, "briefing", "page.json"), "w", encoding="utf-8") as f:
            json.dump({"footer": "Prepared for the board, page {{page}}"}, f)
        restyled = os.path.join(out, "restyled.pdf")
        run("export", "briefing", "--scope", "city:Bologna", "-o", restyled, kb=kb)
        check("Prepared for the board, page 2" in pdftext(restyled), "the KB's briefing/page.json is not used")
        leftovers = [n for n in os.listdir(out) if n.startswith(".") or "partial" in n or n.endswith(".tmp")]
        check(not leftovers, f"temporary files left: {leftovers}")

        # JSON report.
        r = run("export", "briefing", "--scope", "query:apprenticeship", "--type", "practices", "--json",
                "-o", os.path.join(out, "q.md"), kb=kb)
        try:
            report = json.loads(r.stdout)
            check(report.get("format") == "md" and report.get("scope") == "query:apprenticeship",
                  f"--json report {report}")
        except ValueError:
            check(False, f"--json printed {r.stdout!r}")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("briefings read back fine")
    return 0


if __name__ == "__main__":
    sys.exit(main())
