#!/usr/bin/env python3
"""The answer kill test: SIGKILL citykb-answer-writer while it types answers, then reopen and check.

citykb-answer-writer saves answers to one response burst after burst, as the response form's
autosave does (issue 12), and prints each save the store has committed. This test kills it with
SIGKILL at a random moment, many times, each time on a fresh copy of the seeded KB, and asserts
after each kill that
  - the KB opens for writing again (the index catches up with the store);
  - `check --json` is healthy: store integrity, foreign keys, no index drift;
  - every answer the writer reported as saved is in the store: the stored text is the reported
    one, or a later burst of the same typing (it starts with the reported text);
  - answers the writer did not touch are as they were.

Usage: answerkilltest.py [--kills N] [--seed S] [--long] [--keep]
--long runs only when CITYKB_LONG_TESTS=1 is set, and otherwise exits with SKIP (77).
Needs CITYKB_CLI, CITYKB_ANSWER_WRITER and CITYKB_DATA in the environment.
"""

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

CLI = os.environ.get("CITYKB_CLI", "")
WRITER = os.environ.get("CITYKB_ANSWER_WRITER", "")
DATA = os.environ.get("CITYKB_DATA", "")
RESPONSE = "change-questionnaire-citymart"
SKIP = 77


def env():
    e = dict(os.environ)
    e.pop("CITYKB_HOME", None)
    e["QT_QPA_PLATFORM"] = "offscreen"
    return e


def cli(args, kb, timeout=600):
    p = subprocess.run([CLI, "--kb", kb] + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env(), timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def answers(kb):
    code, out, err = cli(["show", "responses", RESPONSE, "--json"], kb)
    if code != 0:
        return None, "show failed (exit %d): %s" % (code, err.strip())
    return {a["question"]: a.get("text", "") for a in json.loads(out).get("answers", [])}, None


def kill_once(base, scratch, empty_bundle, rng, before):
    kb = os.path.join(scratch, "kb")
    shutil.copytree(base, kb)
    seed = rng.randrange(1 << 30)
    proc = subprocess.Popen([WRITER, "--kb", kb, "--response", RESPONSE, "--seed", str(seed), "--pause-ms", "30"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    lines = []
    ready = threading.Event()

    def read():
        for raw in proc.stdout:
            lines.append(raw)
            if b'"ready"' in raw:
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    result = {"seed": seed, "problems": []}
    if not ready.wait(60):
        proc.kill()
        result["problems"].append("the writer did not start within 60 s")
        return result
    # Any moment: often while a save is being written, since saving is most of what it does.
    delay = rng.uniform(0.0, 2.0)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(10)
    result["at"] = round(delay, 2)
    if not killed:
        result["problems"].append("the writer ended before the kill: %s" % proc.stderr.read().decode("utf-8", "replace").strip())
        return result

    # What the writer reported as saved (the last line may be cut off by the kill).
    reported = {}
    for raw in lines:
        try:
            line = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if "question" in line:
            reported[line["question"]] = line["text"]
    result["saves"] = sum(1 for raw in lines if b'"question"' in raw)

    # Reopen for writing: the index catches up; then everything must be healthy.
    code, out, err = cli(["import", empty_bundle], kb)
    if code != 0:
        result["problems"].append("reopening for writing failed (exit %d): %s" % (code, err.strip()))
    code, out, err = cli(["check", "--json"], kb)
    report = json.loads(out) if out.strip() else {}
    if code != 0 or not report.get("healthy"):
        result["problems"].append("check after reopening: exit %d, %s" % (
            code, (report.get("store_problems", []) + report.get("index_problems", [])) or err.strip()))
    stored, why = answers(kb)
    if why:
        result["problems"].append(why)
        return result
    for question, text in reported.items():
        if not stored.get(question, "").startswith(text):
            result["problems"].append("answer %d: reported saved as %r, stored as %r" % (question, text[-60:], stored.get(question, "")[-60:]))
    for question, text in before.items():
        if question not in reported and stored.get(question) != text and not stored.get(question, "").startswith(text):
            result["problems"].append("answer %d changed though the writer did not report saving it" % question)
    shutil.rmtree(kb)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=None, help="random seed (printed; default: from the clock)")
    parser.add_argument("--long", action="store_true", help="the long run: only with CITYKB_LONG_TESTS=1")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    if args.long and os.environ.get("CITYKB_LONG_TESTS") != "1":
        print("skipped: the long answer kill test runs only with CITYKB_LONG_TESTS=1")
        return SKIP
    for name, value in (("CITYKB_CLI", CLI), ("CITYKB_ANSWER_WRITER", WRITER)):
        if not value or not os.access(value, os.X_OK):
            sys.exit("%s must name the program" % name)
    if not DATA or not os.path.isdir(DATA):
        sys.exit("CITYKB_DATA must name the seed dataset folder")
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    print("answer kill test: %d kills, seed %d" % (args.kills, seed))

    work = tempfile.mkdtemp(prefix="citykb-answerkill-")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))
    failures = 0
    saves = 0
    try:
        base = os.path.join(work, "base")
        code, out, err = cli(["init"], base)
        if code != 0:
            sys.exit("init failed: %s" % err.strip())
        empty = os.path.join(work, "empty.json")
        with open(empty, "w") as f:
            json.dump({"format": "citykb-bundle", "version": 1, "personal_data": True, "records": {}}, f)
        before, why = answers(base)
        if why:
            sys.exit(why)
        scratch = os.path.join(work, "scratch")
        os.makedirs(scratch)
        for n in range(1, args.kills + 1):
            r = kill_once(base, scratch, empty, rng, before)
            ok = not r["problems"]
            failures += 0 if ok else 1
            saves += r.get("saves", 0)
            print("%s kill %d at %s s after start (writer seed %d): %d answers saved before it" % (
                "ok  " if ok else "FAIL", n, r.get("at", "?"), r["seed"], r.get("saves", 0)))
            for p in r["problems"]:
                print("      " + p)
            sys.stdout.flush()
            if os.path.exists(os.path.join(scratch, "kb")):
                shutil.rmtree(os.path.join(scratch, "kb"))
    finally:
        if args.keep:
            print("work folder kept in %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("%d kills, %d saves checked, %d failures" % (args.kills, saves, failures))
    if saves == 0:
        print("no kill came after a save: nothing was checked")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
