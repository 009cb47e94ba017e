#!/usr/bin/env python3
"""The reliability catalogue: bad inputs and faults, each run through the real citykb-cli.

Every case runs one command on its own copy of one seeded KB and asserts
  - the exit code (0 success, 1 bad input, 2 usage error, 3 locked, damaged or newer schema),
  - that stderr is one sentence: one line ending in '.', valid UTF-8, no control characters,
    NULs or raw bytes, and nothing of SQLite's or Xapian's internals,
  - that the KB is as it was: `stats --json`, the sha256 of `export bundle --personal-data` and
    `check --json` equal those of the untouched KB ("same"), or, for a KB damaged on purpose,
    every file of the KB folder except logs/ byte for byte as it was after the damage ("files").

The expected results are what issue 8 asks for, not what the program does today. Cases that
still fail are listed in KNOWN_FAILING: they are reported as expected failures, and a listed
case that passes fails the run, so that the list only shrinks.

Usage: catalogue.py [--only ID[,ID...]] [--list] [--keep] [--verbose]
Needs CITYKB_CLI (the citykb-cli binary) and CITYKB_DATA (the seed dataset) in the environment.
"""

import argparse
import hashlib
import json
import os
import random
import re
import shlex
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time

# --- cases that fail with today's build (the lead empties this as fixes land) ---------------
# A case listed here that passes fails the run: take it out.

KNOWN_FAILING = set()

# --- running the CLI ------------------------------------------------------------------------

CLI = os.environ.get("CITYKB_CLI", "")
DATA = os.environ.get("CITYKB_DATA", "")
TIMEOUT = 20  # seconds; a command that waits longer (on a FIFO, say) has hung

OK, BAD_INPUT, USAGE, UNAVAILABLE = 0, 1, 2, 3

# Words that belong to SQLite, Xapian, Qt or C++ and not in a message for users ("SQLite" as the
# name of a file format may be said; lowercase sqlite identifiers and error texts may not).
INTERNALS = [
    r"CHECK constraint", r"constraint failed", r"FOREIGN KEY", r"NOT NULL", r"SQL logic error",
    r"(?-i:(?<![.\w])sqlite)", r"SQLITE_", r"database disk image is malformed", r"file is not a database",
    r"disk I/O error", r"readonly database", r"unable to open database", r"database is locked", r"no such table", r"no such column", r"Xapian", r"(?-i:\b[A-Z][a-z]+(?:[A-Z][a-z]+)*Error\b)",
    r"std::", r"what\(\)", r"terminate called", r"Segmentation", r"QSql", r"QIODevice",
    r"QLockFile", r"QFile", r"whole number, not a number", r"Unknown error",
]
INTERNALS_RE = re.compile("|".join(INTERNALS), re.IGNORECASE)
MAX_MESSAGE = 600  # characters: a message that echoes a 10,000-character input is not clear


def run_cli(args, kb=None, env=None, timeout=TIMEOUT, as_other_user=None):
    """Runs citykb-cli; returns (exit code or None on a hang, stdout bytes, stderr bytes)."""
    argv = [CLI] + (["--kb", kb] if kb is not None else []) + list(args)
    full_env = dict(os.environ)
    full_env.pop("CITYKB_HOME", None)
    full_env["QT_QPA_PLATFORM"] = "offscreen"
    if env:
        full_env.update(env)
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=full_env, timeout=timeout, preexec_fn=as_other_user)
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b""
    return p.returncode, p.stdout, p.stderr


def sentence_problem(raw):
    """Why stderr is not exactly one clean sentence, or None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "stderr is not valid UTF-8 (raw bytes): %r" % raw[:200]
    if text.endswith("\n"):
        text = text[:-1]
    if not text.strip():
        return "stderr is empty"
    if "\n" in text or "\r" in text:
        return "stderr has %d lines, not one sentence: %r" % (text.count("\n") + 1, text[:400])
    bad = [c for c in text if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c == "\ufffd"]
    if bad:
        return "stderr holds control characters or raw bytes %r: %r" % (bad[:5], text[:300])
    if not text.endswith("."):
        return "stderr does not end with a full stop: %r" % text[:300]
    m = INTERNALS_RE.search(text)
    if m:
        return "stderr shows internals (%r): %r" % (m.group(0), text[:300])
    if len(text) > MAX_MESSAGE:
        return "stderr is %d characters long: %r..." % (len(text), text[:200])
    return None


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def folder_state(root):
    """Every entry under root except logs/: its kind and content checksum. SQLite's shared-memory
    file and an empty WAL, which every reader of the store leaves, are not writes."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        if rel == ".":
            dirnames[:] = [d for d in dirnames if d != "logs"]
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            key = os.path.normpath(os.path.join(rel, name))
            st = os.lstat(path)
            if rel == "." and (name.endswith("-shm") or (name.endswith("-wal") and st.st_size == 0)) \
                    and stat.S_ISREG(st.st_mode):
                continue
            if stat.S_ISLNK(st.st_mode):
                state[key] = "link:" + os.readlink(path)
            elif stat.S_ISDIR(st.st_mode):
                state[key] = "dir"
            elif stat.S_ISREG(st.st_mode):
                state[key] = "file:" + sha256_file(path)
            else:
                state[key] = "special:%o:%d" % (stat.S_IFMT(st.st_mode), st.st_rdev)
    return state


def diff_states(before, after):
    changes = []
    for k in sorted(set(before) | set(after)):
        if k not in after:
            changes.append("removed " + k)
        elif k not in before:
            changes.append("added " + k)
        elif before[k] != after[k]:
            changes.append("changed " + k)
    return changes


def semantic_state(kb, scratch):
    """stats --json (without the folder name), sha256 of a full export, check --json."""
    state = {}
    code, out, err = run_cli(["stats", "--json"], kb=kb)
    if code != 0:
        return None, "stats after the case failed (exit %s): %s" % (code, err.decode("utf-8", "replace").strip())
    stats = json.loads(out)
    stats.pop("kb", None)
    state["stats"] = stats
    export = os.path.join(scratch, "after-export.json")
    code, out, err = run_cli(["export", "bundle", "--personal-data", "-o", export], kb=kb)
    if code != 0:
        return None, "export after the case failed (exit %s): %s" % (code, err.decode("utf-8", "replace").strip())
    state["export"] = sha256_file(export)
    os.remove(export)
    code, out, err = run_cli(["check", "--json"], kb=kb)
    state["check"] = (code, json.loads(out) if out.strip() else None)
    return state, None


def describe_difference(before, after):
    parts = []
    if before["stats"] != after["stats"]:
        parts.append("stats %s became %s" % (json.dumps(before["stats"], sort_keys=True),
                                             json.dumps(after["stats"], sort_keys=True)))
    if before["export"] != after["export"]:
        parts.append("the export's checksum changed")
    if before["check"] != after["check"]:
        parts.append("check (exit, report) %s became %s" % (before["check"], after["check"]))
    return "; ".join(parts)


# --- the case context and setups -------------------------------------------------------------

class Ctx:
    """What a case sees: its KB copy, a scratch folder, the shared inputs and the seed's keys."""

    def __init__(self, kb, tmp, fx, keys):
        self.kb = kb
        self.tmp = tmp
        self.fx = fx
        self.keys = keys
        self.env = {}
        self.as_other_user = None
        self.cleanup = []
        self.skip = None

    def path(self, *parts):
        return os.path.join(self.kb, *parts)

    def fmt(self, s):
        return s.format(kb=self.kb, tmp=self.tmp, fx=self.fx, **self.keys)


def steps(*fns):
    def run(ctx):
        for fn in fns:
            fn(ctx)
    return run


def write_bytes(relpath, data):
    """Writes data to a file below the case's scratch folder ({tmp}) or the KB ({kb})."""
    def setup(ctx):
        path = ctx.fmt(relpath)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data(ctx))
    return setup


def store_pragma(sql):
    def setup(ctx):
        con = sqlite3.connect(ctx.path("kb.sqlite"))
        con.execute(sql)
        con.commit()
        con.close()
    return setup


def replace_store(make):
    """Replaces kb.sqlite by what make(path, ctx) writes there."""
    def setup(ctx):
        path = ctx.path("kb.sqlite")
        os.remove(path)
        make(path, ctx)
    return setup


def zero_bytes(path, ctx):
    open(path, "wb").close()


def empty_sqlite(path, ctx):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.execute("DROP TABLE t")
    con.commit()
    con.close()


def foreign_sqlite(user_version):
    def make(path, ctx):
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")
        con.execute("INSERT INTO notes(text) VALUES ('someone else''s data')")
        con.execute("PRAGMA user_version = %d" % user_version)
        con.commit()
        con.close()
    return make


def random_bytes(n, seed=8, header=b""):
    data = header + random.Random(seed).randbytes(n - len(header))
    def make(path, ctx):
        with open(path, "wb") as f:
            f.write(data)
    return make


def truncate_file(relpath, keep_fraction):
    def setup(ctx):
        path = ctx.fmt(relpath)
        size = os.path.getsize(path)
        with open(path, "r+b") as f:
            f.truncate(int(size * keep_fraction))
    return setup


def store_is_directory(path, ctx):
    os.mkdir(path)


def leaf_pages(path, table):
    """The page numbers of the leaves of a table's b-tree, read from the file itself."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "rb") as f:
        data = f.read()
    leaves, todo = [], [root]
    while todo:
        page = todo.pop()
        base = (page - 1) * page_size
        header = base + (100 if page == 1 else 0)
        kind = data[header]
        if kind == 0x0D:
            leaves.append(page)
        elif kind == 0x05:
            cells = int.from_bytes(data[header + 3:header + 5], "big")
            todo.append(int.from_bytes(data[header + 8:header + 12], "big"))
            for i in range(cells):
                ptr = int.from_bytes(data[header + 12 + 2 * i:header + 14 + 2 * i], "big")
                todo.append(int.from_bytes(data[base + ptr:base + ptr + 4], "big"))
    return sorted(leaves), page_size


def damage_page_of(table):
    """Overwrites one leaf page of a table with garbage; the schema and counts stay readable."""
    def setup(ctx):
        path = ctx.path("kb.sqlite")
        leaves, page_size = leaf_pages(path, table)
        if len(leaves) < 2:
            ctx.skip = "the table %s has only one page in this KB" % table
            return
        page = leaves[len(leaves) // 2]
        with open(path, "r+b") as f:
            f.seek((page - 1) * page_size)
            f.write(random.Random(page).randbytes(page_size))
    return setup


def broken_foreign_key_backup(ctx):
    path = os.path.join(ctx.tmp, "broken-fk.sqlite")
    shutil.copy(os.path.join(ctx.fx, "backup.sqlite"), path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE working_groups SET network_id = 987654 WHERE id = (SELECT min(id) FROM working_groups)")
    con.commit()
    assert con.execute("PRAGMA foreign_key_check").fetchall(), "the backup's foreign keys are not broken"
    con.close()


def backup_with(sql, name):
    def setup(ctx):
        path = os.path.join(ctx.tmp, name)
        shutil.copy(os.path.join(ctx.fx, "backup.sqlite"), path)
        con = sqlite3.connect(path)
        con.execute(sql)
        con.commit()
        con.close()
    return setup


def copy_fixture(name, target):
    def setup(ctx):
        shutil.copy(os.path.join(ctx.fx, name), ctx.fmt(target))
    return setup


def remove(relpath):
    def setup(ctx):
        path = ctx.fmt(relpath)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    return setup


def mkdir(relpath, with_file=True):
    def setup(ctx):
        path = ctx.fmt(relpath)
        os.makedirs(path)
        if with_file:
            with open(os.path.join(path, "keep.txt"), "w") as f:
                f.write("not to be lost\n")
    return setup


def copy_tree(src, dst):
    def setup(ctx):
        shutil.copytree(ctx.fmt(src), ctx.fmt(dst))
    return setup


def fifo(relpath):
    def setup(ctx):
        os.mkfifo(ctx.fmt(relpath))
    return setup


def device(relpath, which):
    """A character device like /dev/null or /dev/full. As root a node of our own in the scratch
    folder, so that a program that renames over it cannot harm the system's; as a user the
    system's own device (which a user cannot replace)."""
    majors = {"null": (1, 3), "full": (1, 7)}

    def setup(ctx):
        path = ctx.fmt(relpath)
        if os.geteuid() == 0:
            try:
                os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(*majors[which]))
            except OSError as e:
                ctx.skip = "cannot make a %s device node to write to safely (%s)" % (which, e)
        else:
            os.symlink("/dev/" + which, path)
    return setup


def hold_lock(pid_of):
    """Writes kb.lock as QLockFile does: pid, program name and host name of a live process."""
    def setup(ctx):
        pid = pid_of(ctx)
        try:
            name = os.path.basename(os.readlink("/proc/%d/exe" % pid))
        except OSError:
            name = "citykb-cli"
        with open(ctx.path("kb.lock"), "w") as f:
            f.write("%d\n%s\n%s\n" % (pid, name, socket.gethostname()))
    return setup


def this_process(ctx):
    return os.getpid()


def dead_process(ctx):
    p = subprocess.Popen(["true"])
    p.wait()
    return p.pid


def settle(kb):
    """Removes the empty WAL and the shared-memory file that readers leave beside the store."""
    wal = os.path.join(kb, "kb.sqlite-wal")
    if os.path.isfile(wal) and os.path.getsize(wal) == 0:
        os.remove(wal)
        shm = os.path.join(kb, "kb.sqlite-shm")
        if os.path.isfile(shm):
            os.remove(shm)


def set_env(**values):
    def setup(ctx):
        ctx.env.update({k: ctx.fmt(v) for k, v in values.items()})
    return setup


def read_only_folder(ctx):
    """The KB folder as a shared read-only copy: not writable by the user running the command.
    As root that is another user (nobody) on a folder it can read; as a user, chmod a-w.
    The copy is as a writer leaves it: no WAL or shared-memory file beside the store."""
    settle(ctx.kb)
    if os.geteuid() == 0:
        try:
            import pwd
            nobody = pwd.getpwnam("nobody")
        except (ImportError, KeyError):
            ctx.skip = "running as root and there is no user 'nobody' to run the command as"
            return
        uid, gid = nobody.pw_uid, nobody.pw_gid

        def drop():
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
        ctx.as_other_user = drop
        ctx.env["HOME"] = ctx.tmp
        os.chmod(ctx.tmp, 0o777)
        probe = subprocess.run(["test", "-r", ctx.path("kb.sqlite")], preexec_fn=drop)
        if probe.returncode != 0:
            ctx.skip = "the user 'nobody' cannot read the KB copy (its parent folders are closed)"
        return
    for dirpath, dirnames, filenames in os.walk(ctx.kb):
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), 0o444)
        os.chmod(dirpath, 0o555)

    def restore(ctx=ctx):
        for dirpath, dirnames, filenames in os.walk(ctx.kb):
            os.chmod(dirpath, 0o755)
    ctx.cleanup.append(restore)


# --- bundles ---------------------------------------------------------------------------------

def bundle_bytes(records, version=1, fmt="citykb-bundle", personal_data=True):
    return json.dumps({"format": fmt, "version": version, "personal_data": personal_data, "records": records},
                      ensure_ascii=False, indent=1).encode("utf-8")


def base_records(keys):
    """One valid new record per type that the bad bundles change one thing of."""
    src = [{"document": keys["document"], "section": keys["section"]}]
    return {
        "cities": {"key": "catalogue-town", "name": "Catalogue Town", "country": "IT", "population": 12000,
                   "population_year": 2020, "memberships": [{"network": keys["network"], "role": "member"}],
                   "sources": src},
        "practices": {"key": "catalogue-practice", "title": "Catalogue practice", "cities": [keys["city"]],
                      "countries": ["IT"], "status": "ongoing", "start_year": 2019, "themes": [keys["theme"]],
                      "target_groups": [keys["target_group"]], "summary": "A practice the catalogue adds.",
                      "sources": src},
        "events": {"key": "catalogue-event", "title": "Catalogue event", "kind": "conference",
                   "start_date": "2020-05-04", "end_date": "2020-05-05", "status": "held", "sources": src},
        "networks": {"key": "catalogue-network", "name": "Catalogue Network", "kind": "city network",
                     "scope": "EU", "founded_year": 2001, "members_count": 40, "sources": src},
        "documents": {"key": "catalogue-document", "title": "Catalogue document", "kind": "report",
                      "date": "2020-01-02", "language": "en", "sources": src},
        "responses": {"key": "catalogue-response", "questionnaire": keys["questionnaire"],
                      "title": "Catalogue interview", "date": "2018-03-01", "mode": "phone", "status": "complete",
                      "answers": [{"question": keys["question"], "text": "An answer."}], "sources": src},
        "people": {"key": "catalogue-person", "name": "Catalogue Person", "role": "officer", "sources": src},
        "taxonomy": {"key": "catalogue-theme", "vocabulary": "theme", "term": "catalogue theme", "sources": src},
    }


def good(rtype):
    """A bundle with the base record of one type."""
    return lambda ctx: bundle_bytes({rtype: [ctx.keys["_base"][rtype]]})


DELETE = object()


def bad(rtype, **changes):
    """A bundle with the base record of a type and some fields changed (DELETE drops one)."""
    def make(ctx):
        record = json.loads(json.dumps(ctx.keys["_base"][rtype]))
        for field, value in changes.items():
            value = value(ctx) if callable(value) else value
            if value is DELETE:
                record.pop(field, None)
            else:
                record[field] = value
        return bundle_bytes({rtype: [record]})
    return make


def raw_name(text):
    """A city bundle whose name is written as raw JSON text (escapes, bytes)."""
    def make(ctx):
        data = bundle_bytes({"cities": [dict(ctx.keys["_base"]["cities"], name="@@NAME@@")]})
        return data.replace(b'"@@NAME@@"', text)
    return make


def raw_replace(old, new, rtype="cities"):
    def make(ctx):
        return bundle_bytes({rtype: [ctx.keys["_base"][rtype]]}).replace(old, new, 1)
    return make


def bundle_file(name, maker):
    return write_bytes("{tmp}/" + name, maker)


def imp(name="in.json"):
    return "import {tmp}/" + name


def bad_bundle(case_id, what, maker, name="in.json", exit=BAD_INPUT):
    """A bundle import that must be refused: exit 1, one sentence, nothing written."""
    return Case(case_id, "bundle", what, bundle_file(name, maker), imp(name), exit)


# --- extra checks ----------------------------------------------------------------------------

def exists_still(relpath, kind):
    """The output target is what it was: a device, a FIFO, a folder with its file."""
    def check(ctx, code, out, err):
        path = ctx.fmt(relpath)
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return "%s is gone" % relpath
        if kind == "device" and not (stat.S_ISCHR(st.st_mode) or stat.S_ISLNK(st.st_mode)):
            return "%s is no longer a device" % relpath
        if kind == "fifo" and not stat.S_ISFIFO(st.st_mode):
            return "%s is no longer a FIFO" % relpath
        if kind == "dir" and not (stat.S_ISDIR(st.st_mode) and os.path.exists(os.path.join(path, "keep.txt"))):
            return "%s is no longer the folder it was" % relpath
        return None
    return check


def absent(relpath):
    def check(ctx, code, out, err):
        path = ctx.fmt(relpath)
        return "%s exists afterwards" % relpath if os.path.lexists(path) else None
    return check


def not_written(relpath):
    """A file SQLite itself may make (an empty -wal beside a store being read) holds nothing of ours."""
    def check(ctx, code, out, err):
        path = ctx.fmt(relpath)
        if os.path.lexists(path) and os.path.getsize(path) > 0:
            return "%s was written (%d bytes)" % (relpath, os.path.getsize(path))
        return None
    return check


def no_leftovers(pattern):
    def check(ctx, code, out, err):
        left = [n for n in os.listdir(ctx.kb) if re.match(pattern, n)]
        return "left behind: %s" % ", ".join(left) if left else None
    return check


def mentions(*words):
    """stderr (or stdout) names the thing it is about."""
    def check(ctx, code, out, err):
        text = (err + out).decode("utf-8", "replace").lower()
        missing = [w for w in words if ctx.fmt(w).lower() not in text]
        return "the message does not mention %s" % ", ".join(missing) if missing else None
    return check


def not_says(*phrases):
    def check(ctx, code, out, err):
        text = (err + out).decode("utf-8", "replace")
        found = [p for p in phrases if p.lower() in text.lower()]
        return "the output says %r" % found if found else None
    return check


def all_of(*checks):
    def check(ctx, code, out, err):
        for c in checks:
            problem = c(ctx, code, out, err)
            if problem:
                return problem
        return None
    return check


def check_report_clean(ctx, code, out, err):
    """check --json: not healthy, and each problem one clean sentence."""
    try:
        report = json.loads(out)
    except ValueError:
        # A KB that cannot be opened at all gives no report; stderr said why.
        return None if code == UNAVAILABLE else "check --json printed no JSON"
    if report.get("healthy"):
        return "check reports a healthy KB"
    for problem in report.get("store_problems", []) + report.get("index_problems", []):
        why = sentence_problem(problem.encode("utf-8"))
        if why:
            return "a problem in the report is not one clean sentence: " + why
    return None


def reports_leftover(name):
    """check names a leftover folder (as a problem or a note): it was reported, not ignored."""
    def check(ctx, code, out, err):
        text = (out + err).decode("utf-8", "replace")
        return None if name in text else "check does not mention the leftover %s" % name
    return check


def counts_grew(**delta):
    """An import that must succeed: the counts grew by exactly this and the KB is healthy."""
    def check(ctx, code, out, err):
        c, o, e = run_cli(["stats", "--json"], kb=ctx.kb)
        if c != 0:
            return "stats failed after the import"
        counts = json.loads(o)["counts"]
        base = ctx.keys["_counts"]
        for t in counts:
            want = base[t] + delta.get(t.replace("-", "_"), 0)
            if counts[t] != want:
                return "%s: %d records, expected %d" % (t, counts[t], want)
        c, o, e = run_cli(["check", "--json"], kb=ctx.kb)
        if c != 0:
            return "check after the import is not healthy: %s" % o.decode("utf-8", "replace")[:300]
        return None
    return check


def offset_past_end(ctx, code, out, err):
    """--offset past the end: no hits and no text that contradicts the total."""
    text = (out + err).decode("utf-8", "replace")
    if re.search(r"nothing matches", text, re.I) and re.search(r"\b[1-9]\d* result", text):
        return "the output says both that nothing matches and that there are results"
    if re.search(r"^(about )?[1-9]\d* result\(s\)\s*$", text.strip(), re.I | re.M) and "offset" not in text.lower() \
            and "past" not in text.lower() and "beyond" not in text.lower():
        return "the output gives a result count but no hits and does not say the offset is past the end"
    return None


def long_query_said(ctx, code, out, err):
    """A 3,000-character query: refused, or searched with a notice that it was cut."""
    if code == OK:
        text = err.decode("utf-8", "replace")
        if not re.search(r"2[,.]?000|characters|cut|shortened|too long", text, re.I):
            return "the query was searched without saying that it was cut"
    return None


def repaired(ctx, code, out, err):
    """After a writing command met a damaged index: the records are as they were, search works
    and check finds nothing wrong but, at most, the copy of the damaged index it set aside."""
    after, why = semantic_state(ctx.kb, ctx.tmp)
    if why:
        return why
    base = ctx.keys["_baseline"]
    if after["stats"] != base["stats"] or after["export"] != base["export"]:
        return "the records changed: " + describe_difference(base, after)
    report = after["check"][1] or {}
    left = [p for p in report.get("store_problems", []) + report.get("index_problems", []) if "index.damaged" not in p]
    if left:
        return "check still finds problems: %s" % left
    c, o, e = run_cli(["search", "bologna", "--json"], kb=ctx.kb)
    if c != 0 or json.loads(o)["total"] == 0:
        return "search finds nothing after the repair"
    return None


def file_holds(relpath, content):
    def check(ctx, code, out, err):
        with open(ctx.fmt(relpath), "rb") as f:
            return None if f.read() == content else "%s was changed" % relpath
    return check


def backup_is_store(relpath):
    def check(ctx, code, out, err):
        path = ctx.fmt(relpath)
        if not os.path.isfile(path):
            return "no backup at %s" % relpath
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
        return None if ok == "ok" else "the backup fails its integrity check"
    return check


def index_unchanged_from_master(ctx, code, out, err):
    ours = folder_state(ctx.path("index"))
    theirs = ctx.keys["_index_state"]
    changes = diff_states(theirs, ours)
    return "the old index was changed: " + ", ".join(changes[:5]) if changes else None


# --- the catalogue ---------------------------------------------------------------------------

class Case:
    """One row: id, kind, what it is, setup, command, expected exit code(s), KB assertion, extra.

    kb_state: "same"    stats, export checksum and check equal the untouched KB's;
              "files"   every file of the KB folder but logs/ is as it was after the setup;
              "changed" the command changes the KB on purpose (extra checks how);
              "absent"  the --kb folder did not exist and must not exist afterwards;
              "none"    --kb is not a KB at all (extra checks that it is left alone).
    """

    def __init__(self, id, kind, what, setup, cmd, exit, kb_state="same", extra=None, kb="{kb}", timeout=TIMEOUT):
        self.id, self.kind, self.what = id, kind, what
        self.setup, self.cmd, self.extra = setup, cmd, extra
        self.exit = exit if isinstance(exit, tuple) else (exit,)
        self.kb_state, self.kb, self.timeout = kb_state, kb, timeout


S, F = "same", "files"
STORE_DAMAGE = [
    ("uv-negative", "user_version is -1", store_pragma("PRAGMA user_version = -1")),
    ("uv-huge-negative", "user_version is -2147483648", store_pragma("PRAGMA user_version = -2147483648")),
    ("uv-newer", "user_version is 999 (a newer schema)", store_pragma("PRAGMA user_version = 999")),
    ("zero-bytes", "kb.sqlite is 0 bytes", replace_store(zero_bytes)),
    ("empty-sqlite", "kb.sqlite is an empty but valid SQLite file", replace_store(empty_sqlite)),
    ("foreign", "kb.sqlite is another program's SQLite file", replace_store(foreign_sqlite(0))),
    ("foreign-v2", "kb.sqlite is another program's SQLite file with user_version 2", replace_store(foreign_sqlite(2))),
    ("random", "kb.sqlite is 64 KiB of random bytes", replace_store(random_bytes(65536))),
    ("random-header", "kb.sqlite is a SQLite header and random bytes", replace_store(random_bytes(65536, 9, b"SQLite format 3\0"))),
    ("truncated", "kb.sqlite cut to half its size", truncate_file("{kb}/kb.sqlite", 0.5)),
    ("directory", "kb.sqlite is a directory", replace_store(store_is_directory)),
]

CASES = []

# A KB whose store is damaged, foreign, empty or newer: exit 3, nothing written, for reading
# and writing commands alike.
for name, what, setup in STORE_DAMAGE:
    for cmd in ("stats", "import {fx}/empty.json"):
        CASES.append(Case("store-%s-%s" % (name, cmd.split()[0]), "store", "%s: %s" % (what, cmd.split()[0]),
                          setup, cmd, UNAVAILABLE, F))
for name, what, setup in STORE_DAMAGE[:2] + STORE_DAMAGE[3:6]:
    CASES.append(Case("store-%s-check" % name, "store", "%s: check" % what, setup, "check --json", UNAVAILABLE, F))
CASES += [
    Case("store-zero-bytes-search", "store", "kb.sqlite is 0 bytes: search", replace_store(zero_bytes),
         "search bologna", UNAVAILABLE, F),
    Case("store-uv-negative-reindex", "store", "user_version is -1: reindex", store_pragma("PRAGMA user_version = -1"),
         "reindex", UNAVAILABLE, F),
    Case("store-empty-sqlite-list", "store", "an empty SQLite file: list", replace_store(empty_sqlite),
         "list practices", UNAVAILABLE, F),
    Case("store-missing", "store", "the folder has an index and logs but no kb.sqlite", remove("{kb}/kb.sqlite"),
         "stats", UNAVAILABLE, F),
    Case("store-damaged-page-reindex", "store", "a damaged page in the practices table: reindex fails and the old index stays",
         damage_page_of("practices"), "reindex", UNAVAILABLE, F, extra=index_unchanged_from_master),
    Case("store-damaged-page-check", "store", "a damaged page in the practices table: check", damage_page_of("practices"),
         "check --json", UNAVAILABLE, F, extra=check_report_clean),
    Case("store-damaged-page-export", "store", "a damaged page in the practices table: export bundle",
         damage_page_of("practices"), "export bundle -o {tmp}/out.json", UNAVAILABLE, F, extra=absent("{tmp}/out.json")),
]

# Outputs: never the KB's own files, never anything but a regular file (or a new one).
OUTPUT_TARGETS = [
    ("store", "the live store KB/kb.sqlite", None, "{kb}/kb.sqlite", None),
    ("lock", "KB/kb.lock", None, "{kb}/kb.lock", absent("{kb}/kb.lock")),
    ("index-file", "a file of the index, KB/index/postlist.glass", None, "{kb}/index/postlist.glass", None),
    ("index-dir", "the index folder KB/index", None, "{kb}/index", None),
    ("kb-dir", "the KB folder itself", None, "{kb}", None),
    ("dev-full", "a device like /dev/full", device("{tmp}/full", "full"), "{tmp}/full", exists_still("{tmp}/full", "device")),
    ("dev-null", "a device like /dev/null", device("{tmp}/null", "null"), "{tmp}/null", exists_still("{tmp}/null", "device")),
    ("fifo", "a FIFO", fifo("{tmp}/pipe"), "{tmp}/pipe", exists_still("{tmp}/pipe", "fifo")),
    ("directory", "a directory", mkdir("{tmp}/folder"), "{tmp}/folder", exists_still("{tmp}/folder", "dir")),
    ("no-folder", "a file in a folder that does not exist", None, "{tmp}/missing/out.json", absent("{tmp}/missing")),
]
for name, what, setup, target, extra in OUTPUT_TARGETS:
    CASES.append(Case("export-onto-%s" % name, "output", "export bundle -o %s" % what, setup,
                      ["export", "bundle", "--personal-data", "-o", target], BAD_INPUT, S, extra=extra, timeout=10))
for name, what, setup, target, extra in OUTPUT_TARGETS:
    if name in ("index-dir",):
        continue
    CASES.append(Case("backup-onto-%s" % name, "output", "backup -o %s" % what, setup,
                      ["backup", "-o", target], BAD_INPUT, S, extra=extra, timeout=10))
CASES += [
    Case("export-onto-wal-name", "output", "export bundle -o KB/kb.sqlite-wal (a name the store uses)", None,
         "export bundle -o {kb}/kb.sqlite-wal", BAD_INPUT, S, extra=not_written("{kb}/kb.sqlite-wal")),
    Case("backup-new-file", "output", "backup -o a new file works (control)", None, "backup -o {tmp}/copy.sqlite", OK, S,
         extra=backup_is_store("{tmp}/copy.sqlite")),
    Case("export-over-regular-file", "output", "export bundle over an existing regular file works (control)",
         write_bytes("{tmp}/old.json", b"old"), "export bundle -o {tmp}/old.json", OK, S),
]

# restore: the same checks as `check`; anything that fails them changes nothing.
CASES += [
    Case("restore-broken-foreign-keys", "restore", "a backup whose foreign keys are broken", broken_foreign_key_backup,
         "restore {tmp}/broken-fk.sqlite", BAD_INPUT, S, extra=absent("{kb}/backups")),
    Case("restore-directory", "restore", "a directory", mkdir("{tmp}/folder"), "restore {tmp}/folder", BAD_INPUT, S,
         extra=not_says("There is no file")),
    Case("restore-fifo", "restore", "a FIFO", fifo("{tmp}/pipe"), "restore {tmp}/pipe", BAD_INPUT, S,
         extra=not_says("There is no file"), timeout=10),
    Case("restore-dev-null", "restore", "/dev/null", None, "restore /dev/null", BAD_INPUT, S,
         extra=not_says("There is no file")),
    Case("restore-random", "restore", "64 KiB of random bytes", write_bytes("{tmp}/random.sqlite", random.Random(3).randbytes(65536)),
         "restore {tmp}/random.sqlite", BAD_INPUT, S),
    Case("restore-zero-bytes", "restore", "a 0-byte file", write_bytes("{tmp}/empty.sqlite", b""),
         "restore {tmp}/empty.sqlite", BAD_INPUT, S),
    Case("restore-empty-sqlite", "restore", "an empty SQLite file",
         lambda ctx: empty_sqlite(os.path.join(ctx.tmp, "empty.sqlite"), ctx), "restore {tmp}/empty.sqlite", BAD_INPUT, S),
    Case("restore-foreign", "restore", "another program's SQLite file",
         lambda ctx: foreign_sqlite(2)(os.path.join(ctx.tmp, "foreign.sqlite"), ctx), "restore {tmp}/foreign.sqlite",
         BAD_INPUT, S),
    Case("restore-truncated", "restore", "a backup cut to half its size",
         steps(copy_fixture("backup.sqlite", "{tmp}/cut.sqlite"), truncate_file("{tmp}/cut.sqlite", 0.5)),
         "restore {tmp}/cut.sqlite", BAD_INPUT, S),
    Case("restore-newer", "restore", "a backup of a newer schema", backup_with("PRAGMA user_version = 999", "newer.sqlite"),
         "restore {tmp}/newer.sqlite", BAD_INPUT, S),
    Case("restore-negative-version", "restore", "a backup with user_version -1",
         backup_with("PRAGMA user_version = -1", "negative.sqlite"), "restore {tmp}/negative.sqlite", BAD_INPUT, S),
    Case("restore-missing", "restore", "a file that does not exist", None, "restore {tmp}/nothing.sqlite", BAD_INPUT, S),
    Case("restore-bundle", "restore", "a JSON bundle instead of a backup", None, "restore {fx}/good.json", BAD_INPUT, S),
    Case("restore-good", "restore", "a good backup of the same KB (control)", None, "restore {fx}/backup.sqlite", OK, S),
]

# The search index: missing, damaged or with leftovers. `check` never calls it healthy and says
# so in one sentence; a writing command repairs it.
INDEX_DAMAGE = [
    ("missing", "the index folder is missing", remove("{kb}/index")),
    ("no-postlist", "index/postlist.glass is missing", remove("{kb}/index/postlist.glass")),
    ("no-iamglass", "index/iamglass is missing", remove("{kb}/index/iamglass")),
    ("garbage-postlist", "index/postlist.glass is random bytes",
     write_bytes("{kb}/index/postlist.glass", random.Random(5).randbytes(65536))),
    ("truncated-termlist", "index/termlist.glass cut to half", truncate_file("{kb}/index/termlist.glass", 0.5)),
    ("no-position", "index/position.glass is missing", remove("{kb}/index/position.glass")),
    ("no-termlist", "index/termlist.glass is missing", remove("{kb}/index/termlist.glass")),
    ("is-file", "the index is a file, not a folder", steps(remove("{kb}/index"), write_bytes("{kb}/index", b"junk"))),
]
# A search that the damage may or may not reach either works or says in one sentence that it
# cannot; one that needs the damaged part is refused.
SEARCH_OF_DAMAGE = {"truncated-termlist": ("search bologna", (OK, UNAVAILABLE)),
                    "no-position": ("search bologna", (OK, UNAVAILABLE)),
                    "no-termlist": ("similar practices {practice}", UNAVAILABLE)}
for name, what, setup in INDEX_DAMAGE:
    # "The index kept changing" is not what happened to a damaged index.
    CASES.append(Case("index-%s-check" % name, "index", "%s: check" % what, setup, "check --json", UNAVAILABLE, F,
                      extra=all_of(check_report_clean, not_says("kept changing"))))
    cmd, code = SEARCH_OF_DAMAGE.get(name, ("search bologna", UNAVAILABLE))
    CASES.append(Case("index-%s-%s" % (name, cmd.split()[0]), "index", "%s: %s" % (what, cmd.split()[0]), setup, cmd,
                      code, F, extra=not_says("kept changing")))
    CASES.append(Case("index-%s-repair" % name, "index", "%s: a writing command repairs it" % what, setup,
                      "import {fx}/empty.json", OK, "changed", extra=repaired))
CASES += [
    Case("index-leftover-shards-check", "index", "a killed reindex left index.new.shard0: check reports it",
         copy_tree("{kb}/index", "{kb}/index.new.shard0"), "check --json", (OK, UNAVAILABLE), F,
         extra=reports_leftover("index.new.shard0")),
    Case("index-leftover-shards-reindex", "index", "a killed reindex left index.new.shard0: reindex cleans it up",
         copy_tree("{kb}/index", "{kb}/index.new.shard0"), "reindex", OK, S, extra=no_leftovers(r"index\.new")),
    Case("index-leftover-damaged-check", "index", "an index.damaged-* copy is left: check reports it",
         copy_tree("{kb}/index", "{kb}/index.damaged-20250101-000000-000"), "check --json", (OK, UNAVAILABLE), F,
         extra=reports_leftover("index.damaged-20250101-000000-000")),
    Case("index-leftover-shards-search", "index", "leftover index.new.shard0: search still works",
         copy_tree("{kb}/index", "{kb}/index.new.shard0"), "search bologna", OK, F),
]

# Bundles that must be refused: one sentence naming the record and field, nothing written.
CASES += [
    bad_bundle("bundle-date-month-13", "an event's start_date 2020-13-45", bad("events", start_date="2020-13-45")),
    bad_bundle("bundle-date-feb-30", "a document's date 2021-02-30", bad("documents", date="2021-02-30")),
    bad_bundle("bundle-date-words", "an event's end_date \"next spring\"", bad("events", end_date="next spring")),
    bad_bundle("bundle-created-at-words", "created_at \"yesterday\"", bad("cities", created_at="yesterday")),
    bad_bundle("bundle-updated-at-bad", "updated_at 2020-02-30T25:61:00Z", bad("cities", updated_at="2020-02-30T25:61:00Z")),
    bad_bundle("bundle-country-unknown", "a city's country YY (not ISO 3166)", bad("cities", country="YY")),
    bad_bundle("bundle-country-name", "a city's country \"Italy\"", bad("cities", country="Italy")),
    bad_bundle("bundle-countries-list", "a practice's countries [\"ZZZ\"]", bad("practices", countries=["ZZZ"])),
    bad_bundle("bundle-population-negative", "a population of -5", bad("cities", population=-5)),
    bad_bundle("bundle-population-fraction", "a population of 12.5", bad("cities", population=12.5)),
    bad_bundle("bundle-population-text", "a population \"many\"", bad("cities", population="many")),
    bad_bundle("bundle-population-infinite", "a population of 1e400", raw_replace(b'"population": 12000', b'"population": 1e400')),
    bad_bundle("bundle-year-fraction", "a founded_year of 2001.5", bad("networks", founded_year=2001.5)),
    bad_bundle("bundle-members-negative", "a members_count of -40", bad("networks", members_count=-40)),
    bad_bundle("bundle-role-unknown", "a membership role \"overlord\"",
               bad("cities", memberships=lambda ctx: [{"network": ctx.keys["network"], "role": "overlord"}])),
    bad_bundle("bundle-membership-both", "a membership naming a network and a working group",
               bad("cities", memberships=lambda ctx: [{"network": ctx.keys["network"],
                                                       "working_group": ctx.keys["working_group"], "role": "member"}])),
    bad_bundle("bundle-network-kind", "a network kind \"spaceship\"", bad("networks", kind="spaceship")),
    bad_bundle("bundle-event-kind", "an event kind \"party\"", bad("events", kind="party")),
    bad_bundle("bundle-document-kind", "a document kind \"novel\"", bad("documents", kind="novel")),
    bad_bundle("bundle-network-scope", "a network scope \"galactic\"", bad("networks", scope="galactic")),
    bad_bundle("bundle-practice-status", "a practice status \"dreaming\"", bad("practices", status="dreaming")),
    bad_bundle("bundle-event-status", "an event status \"rumoured\"", bad("events", status="rumoured")),
    bad_bundle("bundle-response-mode", "an interview mode \"telepathy\"", bad("responses", mode="telepathy")),
    bad_bundle("bundle-vocabulary-unknown", "a taxonomy vocabulary \"colours\"", bad("taxonomy", vocabulary="colours")),
    bad_bundle("bundle-theme-is-target-group", "a target group key in a practice's themes",
               bad("practices", themes=lambda ctx: [ctx.keys["target_group"]])),
    bad_bundle("bundle-target-group-is-theme", "a theme key in a practice's target_groups",
               bad("practices", target_groups=lambda ctx: [ctx.keys["theme"]])),
    bad_bundle("bundle-source-missing-document", "a source citing a document that does not exist",
               bad("cities", sources=[{"document": "no-such-document", "section": "1"}])),
    bad_bundle("bundle-reference-missing", "a membership of a network that does not exist",
               bad("cities", memberships=[{"network": "no-such-network", "role": "member"}])),
    bad_bundle("bundle-answer-missing-question", "an answer to question 999, which the questionnaire does not have",
               bad("responses", answers=[{"question": 999, "text": "An answer."}])),
    bad_bundle("bundle-question-answered-twice", "a question answered twice",
               bad("responses", answers=lambda ctx: [{"question": ctx.keys["question"], "text": "One."},
                                                     {"question": ctx.keys["question"], "text": "Two."}])),
    bad_bundle("bundle-empty-name", "a city with an empty name", bad("cities", name="")),
    bad_bundle("bundle-blank-name", "a city whose name is three spaces", bad("cities", name="   ")),
    bad_bundle("bundle-empty-title", "a practice with an empty title", bad("practices", title="")),
    bad_bundle("bundle-empty-network-name", "a network with an empty name", bad("networks", name="")),
    bad_bundle("bundle-lone-surrogate", "a name holding a lone surrogate \\ud800", raw_name(b'"Bad \\ud800 name"')),
    bad_bundle("bundle-lone-low-surrogate", "a name holding a lone surrogate \\udfff", raw_name(b'"Bad \\udfff name"')),
    bad_bundle("bundle-nul-escape", "a name holding \\u0000", raw_name(b'"Bad \\u0000 name"')),
    bad_bundle("bundle-nul-byte", "a raw NUL byte inside a string", raw_name(b'"Bad \x00 name"')),
    bad_bundle("bundle-escape-in-key", "a key holding an ESC character (not echoed raw)",
               bad("cities", key="bad\u001b[31mkey")),
    bad_bundle("bundle-duplicate-field", "one object with the field \"name\" twice",
               raw_replace(b'"name": "Catalogue Town"', b'"name": "Catalogue Town", "name": "Other Town"')),
    bad_bundle("bundle-duplicate-key-field", "one object with the field \"key\" twice",
               raw_replace(b'"key": "catalogue-town"', b'"key": "catalogue-town", "key": "other-town"')),
    bad_bundle("bundle-duplicate-top-level", "the bundle's \"version\" twice",
               raw_replace(b'"version": 1', b'"version": 1, "version": 1')),
    bad_bundle("bundle-invalid-utf8", "invalid UTF-8 bytes in a name", raw_name(b'"Bad \xff\xfe name"')),
    bad_bundle("bundle-cesu-surrogate", "a surrogate encoded as UTF-8 bytes (CESU)", raw_name(b'"Bad \xed\xa0\x80 name"')),
    bad_bundle("bundle-overlong-utf8", "an overlong UTF-8 encoding of '/'", raw_name(b'"Bad \xc0\xaf name"')),
    bad_bundle("bundle-deep-array", "10,000 nested arrays", lambda ctx: b"[" * 10000 + b"]" * 10000),
    bad_bundle("bundle-deep-in-field", "10,000 nested arrays in a field",
               raw_replace(b'"population": 12000', b'"population": ' + b"[" * 10000 + b"]" * 10000)),
    bad_bundle("bundle-truncated", "a bundle cut in the middle", lambda ctx: good("cities")(ctx)[:150]),
    bad_bundle("bundle-zero-bytes-json", "a 0-byte .json file", lambda ctx: b""),
    bad_bundle("bundle-zero-bytes", "a 0-byte file without extension", lambda ctx: b"", name="empty"),
    bad_bundle("bundle-blank", "a .json file of spaces and newlines", lambda ctx: b"  \n\n  \n"),
    bad_bundle("bundle-null", "the JSON document null", lambda ctx: b"null"),
    bad_bundle("bundle-array", "a JSON array instead of a bundle", lambda ctx: b"[]"),
    bad_bundle("bundle-newer-version", "a bundle of format version 2", lambda ctx: bundle_bytes({}, version=2)),
    bad_bundle("bundle-version-text", "a version \"1\" as text", lambda ctx: bundle_bytes({}, version="1")),
    bad_bundle("bundle-version-zero", "a version 0", lambda ctx: bundle_bytes({}, version=0)),
    bad_bundle("bundle-other-format", "a format \"something-else\"", lambda ctx: bundle_bytes({}, fmt="something-else")),
    bad_bundle("bundle-records-array", "records is an array", lambda ctx: bundle_bytes([])),
    bad_bundle("bundle-unknown-type", "a record type \"spaceships\"", lambda ctx: bundle_bytes({"spaceships": [{"key": "x"}]})),
    bad_bundle("bundle-record-not-object", "a record that is a number", lambda ctx: bundle_bytes({"cities": [42]})),
    bad_bundle("bundle-unknown-field", "a city with a field \"mayor\"", bad("cities", mayor="Someone")),
    bad_bundle("bundle-key-not-slug", "a key \"Catalogue Town\"", bad("cities", key="Catalogue Town")),
    bad_bundle("bundle-key-missing", "a record without a key", bad("cities", key=DELETE)),
    bad_bundle("bundle-key-10000", "a key of 10,000 characters (the message stays short)", bad("cities", key="a" * 10000)),
    bad_bundle("bundle-same-key-twice", "two cities with the same key",
               lambda ctx: bundle_bytes({"cities": [ctx.keys["_base"]["cities"], ctx.keys["_base"]["cities"]]})),
    bad_bundle("bundle-not-a-bundle-extension", "binary bytes in a .txt file (text is a document now)",
               lambda ctx: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="notes.txt"),
    Case("bundle-good-then-bad", "bundle", "a good file and a bad one in one import: nothing of either",
         steps(bundle_file("good.json", good("cities")), bundle_file("bad.json", bad("practices", status="dreaming"))),
         "import {tmp}/good.json {tmp}/bad.json", BAD_INPUT, S),
    Case("bundle-import-directory", "bundle", "import of an empty directory (a folder's files are imported)",
         mkdir("{tmp}/folder", with_file=False),
         "import {tmp}/folder", BAD_INPUT, S, extra=not_says("There is no file")),
    Case("bundle-import-fifo", "bundle", "import of a FIFO", fifo("{tmp}/pipe.json"), "import {tmp}/pipe.json",
         BAD_INPUT, S, extra=not_says("There is no file"), timeout=10),
    Case("bundle-import-dev-null", "bundle", "import of /dev/null", None, "import /dev/null", BAD_INPUT, S,
         extra=not_says("There is no file")),
    Case("bundle-import-missing", "bundle", "import of a file that does not exist", None, "import {tmp}/nothing.json",
         BAD_INPUT, S),
]

# Controls: the base records are accepted, and records in several files of one import may
# refer to each other in any order.
CROSS = lambda ctx: bundle_bytes({"practices": [dict(ctx.keys["_base"]["practices"], cities=["catalogue-town"])]})
CASES += [
    Case("bundle-good-city", "bundle", "the base city is accepted (control)", bundle_file("in.json", good("cities")),
         imp(), OK, "changed", extra=counts_grew(cities=1)),
    Case("bundle-good-practice", "bundle", "the base practice is accepted (control)", bundle_file("in.json", good("practices")),
         imp(), OK, "changed", extra=counts_grew(practices=1)),
    Case("bundle-good-response", "bundle", "the base interview is accepted (control)", bundle_file("in.json", good("responses")),
         imp(), OK, "changed", extra=counts_grew(responses=1)),
    Case("bundle-good-event", "bundle", "the base event is accepted (control)", bundle_file("in.json", good("events")),
         imp(), OK, "changed", extra=counts_grew(events=1)),
    Case("bundle-empty-records", "bundle", "a bundle with no records (control)", None, "import {fx}/empty.json", OK, S),
    Case("bundle-cross-files-forward", "bundle", "two files referring to each other, the referred one first",
         steps(bundle_file("a-city.json", good("cities")), bundle_file("b-practice.json", CROSS)),
         "import {tmp}/a-city.json {tmp}/b-practice.json", OK, "changed", extra=counts_grew(cities=1, practices=1)),
    Case("bundle-cross-files-backward", "bundle", "two files referring to each other, the referring one first",
         steps(bundle_file("a-city.json", good("cities")), bundle_file("b-practice.json", CROSS)),
         "import {tmp}/b-practice.json {tmp}/a-city.json", OK, "changed", extra=counts_grew(cities=1, practices=1)),
    Case("bundle-cross-in-one-file", "bundle", "one file whose first record refers to its second",
         bundle_file("in.json", lambda ctx: bundle_bytes({
             "practices": [dict(ctx.keys["_base"]["practices"], cities=["catalogue-town"])],
             "cities": [ctx.keys["_base"]["cities"]]})),
         imp(), OK, "changed", extra=counts_grew(cities=1, practices=1)),
]

# search: one clear sentence for what cannot be searched; nothing silently changed.
CASES += [
    Case("search-unknown-field", "search", "a field query on an unknown field, citty:Bologna", None,
         ["search", "citty:Bologna"], BAD_INPUT, S, extra=mentions("citty")),
    Case("search-range-words", "search", "a range of words, population:abc..def", None,
         ["search", "population:abc..def"], BAD_INPUT, S, extra=mentions("population")),
    Case("search-year-words", "search", "year:abc", None, ["search", "year:abc"], BAD_INPUT, S, extra=mentions("year")),
    Case("search-long-query", "search", "a 3,000-character query: refused or searched with a notice that it was cut",
         None, ["search", " ".join(["housing"] * 376)], (OK, BAD_INPUT), S, extra=long_query_said),
    Case("search-offset-past-end", "search", "--offset 1000 past the last hit", None,
         "search bologna --offset 1000", OK, S, extra=offset_past_end),
    Case("search-invalid-utf8", "search", "a query argument that is not UTF-8", None,
         [b"search", b"bol\xffogna"], BAD_INPUT, S),
    Case("search-facet-unknown-field", "search", "--facet colour=red", None, "search bologna --facet colour=red",
         BAD_INPUT, S, extra=mentions("colour")),
    Case("search-facet-bad-type", "search", "--facet type=spaceship", None, "search bologna --facet type=spaceship",
         BAD_INPUT, S),
    Case("search-type-unknown", "search", "--type spaceship", None, "search bologna --type spaceship", USAGE, S),
    Case("search-unbalanced-quote", "search", "an unbalanced quote is searched as words", None,
         ["search", '"bologna'], OK, S),
    Case("search-empty", "search", "an empty query", None, ["search", ""], USAGE, S),
    Case("similar-missing", "search", "similar of a practice that does not exist", None,
         "similar practices no-such-practice", BAD_INPUT, S),
]

# Usage errors: exit 2 for an option a command does not take, a missing or bad option value,
# a missing argument or an unknown word.
for cmd in ["init", "stats", "list practices", "show networks {network}", "export bundle -o {tmp}/x.json",
            "import {fx}/empty.json", "check", "backup -o {tmp}/x.sqlite", "restore {fx}/backup.sqlite",
            "search bologna", "similar practices {practice}", "reindex"]:
    CASES.append(Case("usage-bogus-%s" % cmd.split()[0], "usage", "%s --bogus" % cmd.split()[0], None,
                      cmd + " --bogus", USAGE, S))
CASES += [Case("usage-" + cid, "usage", cmd, None, cmd, USAGE, S) for cid, cmd in [
    ("search-filter", "search bologna --filter city=x"),
    ("stats-limit", "stats --limit 2"),
    ("init-cascade", "init --cascade"),
    ("init-argument", "init extra"),
    ("stats-argument", "stats extra"),
    ("check-limit", "check --limit 3"),
    ("export-facet", "export bundle -o {tmp}/x.json --facet city=x"),
    ("import-type", "import {fx}/empty.json --type practices"),
    ("backup-partial", "backup -o {tmp}/x.sqlite --partial"),
    ("restore-any-type", "restore {fx}/backup.sqlite --any-type"),
    ("reindex-filter", "reindex --filter city=x"),
    ("show-offset", "show networks {network} --offset 2"),
    ("similar-offset", "similar practices {practice} --offset 2"),
    ("list-personal-data", "list practices --personal-data"),
    ("stats-empty", "stats --empty"),
    ("limit-missing", "search bologna --limit"),
    ("limit-negative", "search bologna --limit -1"),
    ("limit-words", "search bologna --limit abc"),
    ("limit-fraction", "search bologna --limit 1.5"),
    ("limit-huge", "search bologna --limit 99999999999999999999"),
    ("offset-negative", "search bologna --offset -3"),
    ("output-missing", "export bundle -o"),
    ("kb-missing", "stats --kb"),
    ("filter-missing", "list practices --filter"),
    ("filter-no-equals", "list practices --filter city"),
    ("facet-missing", "search bologna --facet"),
    ("type-missing", "search bologna --type"),
    ("show-no-key", "show networks"),
    ("show-no-type", "show"),
    ("list-no-type", "list"),
    ("list-unknown-type", "list spaceships"),
    ("show-unknown-type", "show spaceships x"),
    ("similar-unknown-type", "similar spaceships x"),
    ("unknown-command", "frobnicate"),
    ("no-command", ""),
    ("export-nothing", "export"),
    ("export-unknown", "export spreadsheet -o {tmp}/x.csv"),
    ("export-no-output", "export bundle"),
    ("backup-no-output", "backup"),
    ("restore-no-file", "restore"),
    ("restore-two-files", "restore {fx}/backup.sqlite {fx}/backup.sqlite"),
    ("import-no-file", "import"),
    ("check-argument", "check extra"),
    ("reindex-argument", "reindex extra"),
]]
CASES += [
    Case("show-missing", "usage", "show of a network that does not exist", None, "show networks no-such-network",
         BAD_INPUT, S),
    Case("show-key-10000", "usage", "show with a 10,000-character key (the message stays short)", None,
         ["show", "networks", "x" * 10000], BAD_INPUT, S),
    Case("list-unknown-filter", "usage", "list with a filter on a field the type does not have", None,
         "list practices --filter colour=red", BAD_INPUT, S),
]

# init: refuses what it cannot do and leaves nothing behind.
CASES += [
    Case("init-empty-seed", "init", "init from a seed folder that holds no dataset", steps(mkdir("{tmp}/empty", False),
         set_env(CITYKB_DATA="{tmp}/empty")), "init", BAD_INPUT, "absent", kb="{tmp}/new-kb"),
    Case("init-missing-seed", "init", "init from a seed folder that does not exist", set_env(CITYKB_DATA="{tmp}/nowhere"),
         "init", BAD_INPUT, "absent", kb="{tmp}/new-kb"),
    Case("init-broken-seed", "init", "init from a seed folder with a broken JSON file",
         steps(write_bytes("{tmp}/seed/cities/cities.json", b'[{"key": "x", '), set_env(CITYKB_DATA="{tmp}/seed")),
         "init", BAD_INPUT, "absent", kb="{tmp}/new-kb"),
    Case("init-existing", "init", "init over a KB that exists", None, "init", BAD_INPUT, S),
]

# A mistyped --kb: exit 3 and nothing left behind.
for cmd in ["stats", "import {fx}/good.json", "reindex", "restore {fx}/backup.sqlite", "search bologna",
            "backup -o {tmp}/x.sqlite", "check"]:
    CASES.append(Case("kb-mistyped-%s" % cmd.split()[0], "kb path", "a mistyped --kb: %s" % cmd.split()[0], None, cmd,
                      UNAVAILABLE, "absent", kb="{tmp}/no-such-kb"))
CASES.append(Case("kb-is-a-file", "kb path", "--kb names a regular file", write_bytes("{tmp}/a-file", b"text"),
                  "import {fx}/good.json", UNAVAILABLE, "none", kb="{tmp}/a-file", extra=file_holds("{tmp}/a-file", b"text")))

# The lock: a live writer holds it → exit 3 for writers, reading still works; a dead one's is taken over.
LOCKED = hold_lock(this_process)
CASES += [
    Case("lock-import", "lock", "import while another live process holds kb.lock", LOCKED, "import {fx}/good.json",
         UNAVAILABLE, S, extra=mentions("in use")),
    Case("lock-reindex", "lock", "reindex while another live process holds kb.lock", LOCKED, "reindex", UNAVAILABLE, S),
    Case("lock-restore", "lock", "restore while another live process holds kb.lock", LOCKED,
         "restore {fx}/backup.sqlite", UNAVAILABLE, S),
    Case("lock-stats", "lock", "stats while another live process holds kb.lock (reading works)", LOCKED, "stats", OK, S),
    Case("lock-search", "lock", "search while another live process holds kb.lock (reading works)", LOCKED,
         "search bologna", OK, S),
    Case("lock-stale", "lock", "a kb.lock left by a dead process is taken over", hold_lock(dead_process),
         "import {fx}/empty.json", OK, S),
]

# A KB folder that is not writable (a shared read-only copy): reading works, writing says why.
CASES += [
    Case("readonly-" + cid, "read-only", "a folder that is not writable: " + cmd.split()[0], read_only_folder, cmd, code, S,
         extra=extra)
    for cid, cmd, code, extra in [
        ("stats", "stats", OK, None),
        ("list", "list practices", OK, None),
        ("show", "show networks {network}", OK, None),
        ("search", "search bologna", OK, None),
        ("check", "check", OK, None),
        ("export", "export bundle -o {tmp}/out.json", OK, None),
        ("import", "import {fx}/good.json", UNAVAILABLE, mentions("not writable")),
        ("reindex", "reindex", UNAVAILABLE, mentions("not writable")),
    ]
]


# --- running the catalogue -------------------------------------------------------------------

def command_args(case, ctx):
    if isinstance(case.cmd, list):
        return [ctx.fmt(a) if isinstance(a, str) else a for a in case.cmd]
    return [ctx.fmt(a) for a in shlex.split(case.cmd)]


def run_case(number, case, master, fx, keys, baseline, work, keep, verbose=False):
    # Numbered, not named after the case: a path must not put words into the messages checked.
    case_dir = os.path.join(work, "case%03d" % number)
    os.makedirs(case_dir)
    kb = os.path.join(case_dir, "kb")
    tmp = os.path.join(case_dir, "tmp")
    os.makedirs(tmp)
    subprocess.run(["cp", "-a", master, kb], check=True)
    ctx = Ctx(kb, tmp, fx, keys)
    problems = []
    try:
        if case.setup:
            case.setup(ctx)
        if ctx.skip:
            return "skip", [ctx.skip]
        kb_arg = ctx.fmt(case.kb) if case.kb else None
        before_files = folder_state(kb) if case.kb_state == "files" else None
        absent_before = kb_arg is not None and not os.path.lexists(kb_arg)
        if case.kb_state == "absent" and not absent_before:
            return "fail", ["the --kb folder exists before the case"]
        code, out, err = run_cli(command_args(case, ctx), kb=kb_arg, env=ctx.env, timeout=case.timeout,
                                 as_other_user=ctx.as_other_user)
        if code is None:
            problems.append("hung for %d s and was killed" % case.timeout)
        elif code < 0:
            problems.append("crashed with %s" % signal.Signals(-code).name)
        elif code not in case.exit:
            problems.append("exit %d, expected %s (stderr: %s)" % (code, " or ".join(map(str, case.exit)),
                                                                   err.decode("utf-8", "replace").strip()[:300]))
        if code is not None and code >= 0:
            if code != OK or err.strip():
                why = sentence_problem(err)
                if why:
                    problems.append(why)
            if case.extra:
                why = case.extra(ctx, code, out, err)
                if why:
                    problems.append(why)
        for undo in ctx.cleanup:
            undo()
        ctx.cleanup = []
        if case.kb_state == "files":
            changes = diff_states(before_files, folder_state(kb))
            if changes:
                problems.append("the KB folder was written: " + ", ".join(changes[:6]))
        elif case.kb_state == "same":
            after, why = semantic_state(kb, tmp)
            if why:
                problems.append(why)
            elif after != baseline:
                problems.append("the KB changed: " + describe_difference(baseline, after))
        elif case.kb_state == "absent" and os.path.lexists(kb_arg):
            problems.append("the --kb folder %s was left behind" % kb_arg)
        if verbose and code is not None:
            problems.append("exit %d, stderr: %s" % (code, err.decode("utf-8", "replace").strip()[:300]))
        return ("fail" if any(not p.startswith("exit %d, stderr" % code) for p in problems) else "pass"), problems
    finally:
        for undo in ctx.cleanup:
            undo()
        if not keep:
            shutil.rmtree(case_dir, ignore_errors=True)


def seed_keys(export_path):
    """Keys of seed records that the bundles of the catalogue refer to."""
    records = json.load(open(export_path, encoding="utf-8"))["records"]
    terms = records["taxonomy"]
    questionnaire = records["questionnaires"][0]
    source = records["cities"][0]["sources"][0]
    keys = {
        "document": source["document"],
        "section": source["section"],
        "network": records["networks"][0]["key"],
        "working_group": records["working-groups"][0]["key"],
        "city": records["cities"][0]["key"],
        "practice": records["practices"][0]["key"],
        "theme": next(t["key"] for t in terms if t["vocabulary"] == "theme"),
        "target_group": next(t["key"] for t in terms if t["vocabulary"] == "target_group"),
        "questionnaire": questionnaire["key"],
        "question": questionnaire["questions"][0]["number"],
    }
    keys["_base"] = base_records(keys)
    return keys


def prepare(work):
    """One seeded KB for the whole run, its baseline and the shared inputs."""
    master = os.path.join(work, "master-kb")
    fx = os.path.join(work, "fixtures")
    os.makedirs(fx)
    code, out, err = run_cli(["init"], kb=master)
    if code != 0:
        sys.exit("cannot create the seeded KB: %s" % err.decode("utf-8", "replace"))
    baseline, why = semantic_state(master, fx)
    if why:
        sys.exit(why)
    if baseline["check"][0] != 0:
        sys.exit("the freshly seeded KB is not healthy: %s" % baseline["check"][1])
    export = os.path.join(fx, "export.json")
    run_cli(["export", "bundle", "--personal-data", "-o", export], kb=master)
    keys = seed_keys(export)
    keys["_counts"] = baseline["stats"]["counts"]
    keys["_baseline"] = baseline
    keys["_index_state"] = folder_state(os.path.join(master, "index"))
    with open(os.path.join(fx, "empty.json"), "wb") as f:
        f.write(bundle_bytes({}))
    with open(os.path.join(fx, "good.json"), "wb") as f:
        f.write(bundle_bytes({"cities": [keys["_base"]["cities"]]}))
    code, out, err = run_cli(["backup", "-o", os.path.join(fx, "backup.sqlite")], kb=master)
    if code != 0:
        sys.exit("cannot back up the seeded KB: %s" % err.decode("utf-8", "replace"))
    settle(master)
    return master, fx, keys, baseline


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="run only these case ids (comma-separated)")
    parser.add_argument("--list", action="store_true", help="print the catalogue and exit")
    parser.add_argument("--keep", action="store_true", help="keep the case folders")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()

    ids = [c.id for c in CASES]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        sys.exit("duplicate case ids: %s" % ", ".join(sorted(duplicates)))
    unknown = KNOWN_FAILING - set(ids)
    if unknown:
        sys.exit("KNOWN_FAILING names cases that do not exist: %s" % ", ".join(sorted(unknown)))
    if args.list:
        for c in CASES:
            print("%-40s %-10s exit %-6s %s" % (c.id, c.kind, "/".join(map(str, c.exit)), c.what))
        print("%d cases" % len(CASES))
        return 0
    if len(CASES) < 100:
        sys.exit("the catalogue must hold at least 100 cases, it has %d" % len(CASES))
    if not CLI or not os.access(CLI, os.X_OK):
        sys.exit("CITYKB_CLI must name the citykb-cli binary")
    if not DATA or not os.path.isdir(DATA):
        sys.exit("CITYKB_DATA must name the seed dataset folder")
    selected = CASES
    if args.only:
        wanted = set(args.only.split(","))
        selected = [c for c in CASES if c.id in wanted]

    work = tempfile.mkdtemp(prefix="citykb-reliability-")
    os.chmod(work, 0o755)
    started = time.monotonic()
    results = {}
    try:
        master, fx, keys, baseline = prepare(work)
        for number, case in enumerate(selected):
            status, problems = run_case(number, case, master, fx, keys, baseline, work, args.keep, args.verbose)
            if status == "fail" and case.id in KNOWN_FAILING:
                status = "xfail"
            elif status == "pass" and case.id in KNOWN_FAILING:
                status = "xpass"
            results[case.id] = status
            label = {"pass": "ok", "fail": "FAIL", "xfail": "expected failure", "xpass": "UNEXPECTED PASS",
                     "skip": "skipped"}[status]
            line = "%-17s %-40s %s" % (label, case.id, case.what)
            print(line)
            if problems and (status in ("fail", "skip") or args.verbose):
                for p in problems:
                    print("    " + p)
            if status == "xpass":
                print("    remove %s from KNOWN_FAILING: it passes now" % case.id)
            sys.stdout.flush()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("case folders kept in %s" % work)
    counts = {s: sum(1 for v in results.values() if v == s) for s in ("pass", "fail", "xfail", "xpass", "skip")}
    print("\n%d cases in %.0f s: %d ok, %d failed, %d expected failures, %d unexpected passes, %d skipped"
          % (len(results), time.monotonic() - started, counts["pass"], counts["fail"], counts["xfail"],
             counts["xpass"], counts["skip"]))
    failing = sorted(i for i, s in results.items() if s in ("fail", "xfail"))
    if counts["fail"] or counts["xpass"]:
        if not args.only:
            print("the cases failing now: KNOWN_FAILING = {%s}" % ", ".join('"%s"' % i for i in failing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
