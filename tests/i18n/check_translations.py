#!/usr/bin/env python3
"""The translations of CityKB (docs/architecture.md, "Translations").

check_translations.py [--update] SOURCE_DIR

Without --update (the test): runs lupdate over src/ and ui/ into temporary copies of
resources/translations/*.ts and fails when
  - a user-visible string is in the sources but not in the committed .ts files (lupdate added it),
  - an entry of the committed .ts files is no longer in the sources (vanished or obsolete),
  - an entry of German or French is unfinished or has an empty translation or plural form,
  - a translation lacks a placeholder (%1, %2, ...) of its source, or adds one,
  - an English plural entry (citykb_en.ts) is unfinished,
  - a heuristic finds a bare string literal where the window or the CLI shows a string
    (setText("..."), setWindowTitle(QStringLiteral("...")), m_out << QStringLiteral("..."), ...).
With --update (scripts/update-translations.sh): runs lupdate on the .ts files themselves
(translations kept, vanished entries dropped) and lists what is left to translate; exit 0.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ["de", "fr"]  # translated completely; "en" holds the English plural forms only
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-silent"]


def lupdate_binary():
    if os.environ.get("LUPDATE"):
        return os.environ["LUPDATE"]
    try:
        bins = subprocess.run(["qtpaths6", "--query", "QT_HOST_BINS"], check=True, capture_output=True, text=True).stdout.strip()
        if os.path.exists(os.path.join(bins, "lupdate")):
            return os.path.join(bins, "lupdate")
    except (OSError, subprocess.CalledProcessError):
        pass
    return shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate"


def run_lupdate(source_dir, ts_dir):
    """lupdate over the sources and forms into the .ts files of ts_dir."""
    sources = [os.path.join(source_dir, "src"), os.path.join(source_dir, "ui")]
    full = [os.path.join(ts_dir, f"citykb_{lang}.ts") for lang in LANGUAGES]
    for cmd in ([lupdate_binary(), *LUPDATE_OPTIONS, *sources, "-ts", *full],
                [lupdate_binary(), *LUPDATE_OPTIONS, "-pluralonly", *sources, "-ts", os.path.join(ts_dir, "citykb_en.ts")]):
        done = subprocess.run(cmd, capture_output=True, text=True)
        # lupdate warns on stderr about what it cannot read; any such warning is a problem too.
        noise = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
        if done.returncode != 0 or noise:
            print("\n".join(noise))
            if done.returncode != 0:
                sys.exit(f"lupdate failed ({done.returncode})")


def entries(path):
    """(context, source, comment) -> (type, [translations], numerus) of one .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
            else:
                forms = [translation.text or ""] if translation is not None else [""]
            result[(name, source, comment)] = (kind, forms, message.get("numerus") == "yes")
    return result


PLACEHOLDER = re.compile(r"%(\d+|n)")


def placeholders(text, numerus):
    found = set(PLACEHOLDER.findall(text))
    if numerus:
        found.discard("n")  # a singular form may say "one" instead of %n
    return found


def show(key):
    context, source, comment = key
    text = source.replace("\n", "\\n")
    return f"{context}: \"{text[:100]}{'…' if len(text) > 100 else ''}\"" + (f" ({comment})" if comment else "")


def problems_of(committed_dir, updated_dir):
    problems = []
    unfinished = {}
    for lang in LANGUAGES + ["en"]:
        name = f"citykb_{lang}.ts"
        before = entries(os.path.join(committed_dir, name))
        after = entries(os.path.join(updated_dir, name))
        for key in sorted(set(after) - set(before)):
            problems.append(f"{name}: not in the .ts file yet: {show(key)}")
        for key in sorted(set(before) - set(after)):
            problems.append(f"{name}: no longer in the sources (vanished): {show(key)}")
        for key, (kind, forms, numerus) in sorted(after.items()):
            if kind in ("vanished", "obsolete"):
                problems.append(f"{name}: vanished: {show(key)}")
                continue
            if lang == "en" and not numerus:
                continue
            if kind == "unfinished" or not forms or any(not form.strip() for form in forms):
                unfinished.setdefault(lang, []).append(key)
                continue
            wanted = placeholders(key[1], numerus)
            for form in forms:
                if placeholders(form, numerus) != wanted:
                    problems.append(f"{name}: the placeholders of \"{form[:80]}\" are not those of {show(key)}")
    for lang, keys in unfinished.items():
        for key in keys:
            problems.append(f"citykb_{lang}.ts: unfinished: {show(key)}")
    return problems, unfinished


# Where the window and the CLI show a string, a bare literal is a string nobody can translate.
LITERAL = r'"((?:[^"\\]|\\.)*)"'
SHOWN = re.compile(
    r"(?:\.|->|::)(setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setTitle|setLabelText|"
    r"setTabText|setHeaderLabels?|showMessage|addAction|addMenu|setAccessibleName|setAccessibleDescription|"
    r"information|warning|critical|question)\(\s*(?:[\w>.-]+,\s*)*(QStringLiteral\()?" + LITERAL)
CLI_SHOWN = re.compile(r"(m_out|m_err|err|out)\s*<<\s*QStringLiteral\(" + LITERAL + r"|usage\(QStringLiteral\(" + LITERAL
                       + r"|UsageError\{QStringLiteral\(" + LITERAL + r"|failure\(QStringLiteral\(" + LITERAL)


def words(text):
    """Whether a literal reads as words to a person (not a format, a key or a style sheet)."""
    bare = re.sub(r"%\d|\\.|<[^>]*>", " ", text)
    return re.search(r"[A-Za-z]{2,}", bare) is not None and (" " in bare.strip() or re.fullmatch(r"\s*[A-Z][a-z]+\W*", bare) is not None)


def untranslatable(source_dir):
    found = []
    gui = os.path.join(source_dir, "src", "gui")
    for name in sorted(os.listdir(gui)):
        if not name.endswith(".cpp"):
            continue
        for number, line in enumerate(open(os.path.join(gui, name), encoding="utf-8"), 1):
            for match in SHOWN.finditer(line):
                if words(match.group(3)):
                    found.append(f"src/gui/{name}:{number}: a shown string is not translatable: \"{match.group(3)}\"")
    cli = os.path.join(source_dir, "src", "cli")
    for name in sorted(os.listdir(cli)):
        if not name.endswith(".cpp"):
            continue
        for number, line in enumerate(open(os.path.join(cli, name), encoding="utf-8"), 1):
            for match in CLI_SHOWN.finditer(line):
                text = next((group for group in match.groups()[1:] if group), "")
                if words(text):
                    found.append(f"src/cli/{name}:{number}: a message is not translatable: \"{text}\"")
    return found


def main():
    args = sys.argv[1:]
    update = "--update" in args
    args = [a for a in args if a != "--update"]
    source_dir = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), "..", ".."))
    ts_dir = os.path.join(source_dir, "resources", "translations")
    if update:
        before = tempfile.mkdtemp(prefix="citykb-ts-")
        try:
            for lang in LANGUAGES + ["en"]:
                shutil.copy(os.path.join(ts_dir, f"citykb_{lang}.ts"), before)
            run_lupdate(source_dir, ts_dir)
            _, unfinished = problems_of(ts_dir, ts_dir)
        finally:
            shutil.rmtree(before)
        for lang in LANGUAGES + ["en"]:
            keys = unfinished.get(lang, [])
            print(f"citykb_{lang}.ts: {len(keys)} unfinished")
            for key in keys:
                print(f"  {show(key)}")
        for line in untranslatable(source_dir):
            print(line)
        return 0
    with tempfile.TemporaryDirectory(prefix="citykb-ts-") as scratch:
        for lang in LANGUAGES + ["en"]:
            shutil.copy(os.path.join(ts_dir, f"citykb_{lang}.ts"), scratch)
        run_lupdate(source_dir, scratch)
        problems, _ = problems_of(ts_dir, scratch)
    problems += untranslatable(source_dir)
    for problem in problems:
        print(problem)
    counts = {lang: len(entries(os.path.join(ts_dir, f"citykb_{lang}.ts"))) for lang in LANGUAGES + ["en"]}
    if problems:
        print(f"FAIL: {len(problems)} problem(s); scripts/update-translations.sh refreshes the .ts files and lists what to translate")
        return 1
    print("OK: " + ", ".join(f"citykb_{lang}.ts {n} entries" for lang, n in counts.items()) + ", all finished and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
