#!/usr/bin/env python3
"""The kill test: SIGKILL citykb-cli in the middle of writing, then reopen and check.

Four operations are killed at random moments, in turn:
  import   a bundle of generated practices (5,000 by default) into the seeded KB;
  update   the re-import of that bundle with every practice changed (an edit of 5,000 records);
  reindex  the rebuild of the search index of the KB holding them;
  restore  of a backup of the KB with the practices onto the seeded KB.
After each kill the test asserts
  - no partial write: the record counts (and for update, the changed titles) are either all
    as before or all as after the operation;
  - after reopening the KB for writing (an import of an empty bundle, which replays what the
    index missed), `check --json` is healthy: store integrity, foreign keys, no index drift;
  - the counts did not change on reopening, and search answers.

Usage: killtest.py [--kills N] [--seed S] [--practices N] [--long] [--keep] [--report FILE]
--long runs only when CITYKB_LONG_TESTS=1 is set, and otherwise exits with SKIP (77).
Needs CITYKB_CLI (the citykb-cli binary) and CITYKB_DATA (the seed dataset) in the environment.
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
import time

CLI = os.environ.get("CITYKB_CLI", "")
DATA = os.environ.get("CITYKB_DATA", "")
SKIP = 77
OPERATIONS = ["import", "update", "reindex", "restore"]
WORDS = ("city network social inclusion housing employment youth ageing volunteers council budget participation "
         "citizens service public innovation partnership community health training neighbourhood school care "
         "migrants jobs skills procurement mentoring elderly families energy mobility culture sport").split()


def cli(args, kb, timeout=600):
    env = dict(os.environ)
    env.pop("CITYKB_HOME", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    p = subprocess.run([CLI, "--kb", kb] + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def must(args, kb, what):
    code, out, err = cli(args, kb)
    if code != 0:
        sys.exit("%s failed (exit %d): %s" % (what, code, err.strip()))
    return out


def counts(kb):
    code, out, err = cli(["stats", "--json"], kb)
    if code != 0:
        return None, "stats failed (exit %d): %s" % (code, err.strip())
    return json.loads(out)["counts"], None


def revised_titles(kb, scratch):
    """How many practices carry the title the update gives them."""
    path = os.path.join(scratch, "titles.json")
    code, out, err = cli(["export", "bundle", "--personal-data", "-o", path], kb)
    if code != 0:
        return None
    with open(path, encoding="utf-8") as f:
        practices = json.load(f)["records"].get("practices", [])
    os.remove(path)
    return sum(1 for p in practices if p.get("title", "").startswith("Revised generated practice"))


def generate_bundles(export_path, n, folder, rng):
    """A bundle of n practices that refer to seed cities, themes and a seed document, and the
    same practices changed (title and summary), in the bundle format export writes."""
    with open(export_path, encoding="utf-8") as f:
        seed = json.load(f)["records"]
    cities = [c["key"] for c in seed["cities"]]
    themes = [t["key"] for t in seed["taxonomy"] if t["vocabulary"] == "theme"]
    source = seed["cities"][0]["sources"][0]
    practices = []
    for i in range(n):
        practices.append({
            "key": "generated-practice-%05d" % i,
            "title": "Generated practice %d" % i,
            "cities": rng.sample(cities, 2),
            "themes": rng.sample(themes, 2),
            "status": "ongoing",
            "start_year": 2000 + i % 20,
            "summary": " ".join(rng.choice(WORDS) for _ in range(120)) + ".",
            "sources": [source],
        })
    changed = [dict(p, title="Revised " + p["title"][0].lower() + p["title"][1:],
                    summary="Revised: " + p["summary"]) for p in practices]
    paths = {}
    for name, records in (("big.json", practices), ("big-changed.json", changed)):
        paths[name] = os.path.join(folder, name)
        with open(paths[name], "w", encoding="utf-8") as f:
            json.dump({"format": "citykb-bundle", "version": 1, "personal_data": True,
                       "records": {"practices": records}}, f, ensure_ascii=False)
    return paths


class Setup:
    pass


def prepare(work, n, rng):
    s = Setup()
    s.work = work
    s.small = os.path.join(work, "small-kb")
    s.big = os.path.join(work, "big-kb")
    must(["init"], s.small, "init")
    export = os.path.join(work, "seed.json")
    must(["export", "bundle", "--personal-data", "-o", export], s.small, "export of the seed")
    s.bundles = generate_bundles(export, n, work, rng)
    s.empty = os.path.join(work, "empty.json")
    with open(s.empty, "w") as f:
        json.dump({"format": "citykb-bundle", "version": 1, "personal_data": True, "records": {}}, f)
    subprocess.run(["cp", "-a", s.small, s.big], check=True)
    must(["import", s.bundles["big.json"]], s.big, "import of the generated practices")
    s.small_backup = os.path.join(work, "small.sqlite")
    s.big_backup = os.path.join(work, "big.sqlite")
    must(["backup", "-o", s.small_backup], s.small, "backup of the seeded KB")
    must(["backup", "-o", s.big_backup], s.big, "backup of the KB with the practices")
    s.small_counts, _ = counts(s.small)
    s.big_counts, _ = counts(s.big)
    s.n = n
    # What each operation starts from, runs, and may leave behind.
    s.ops = {
        "import": (s.small, ["import", s.bundles["big.json"]], [s.small_counts, s.big_counts]),
        "update": (s.big, ["import", s.bundles["big-changed.json"]], [s.big_counts]),
        "reindex": (s.big, ["reindex"], [s.big_counts]),
        "restore": (s.small, ["restore", s.big_backup], [s.small_counts, s.big_counts]),
    }
    # How long each runs when not killed, to pick moments within it.
    s.durations = {}
    for op, (base, args, _) in s.ops.items():
        kb = os.path.join(work, "timing-kb")
        subprocess.run(["cp", "-a", base, kb], check=True)
        started = time.monotonic()
        must(args, kb, "%s (timing run)" % op)
        s.durations[op] = time.monotonic() - started
        shutil.rmtree(kb)
    return s


def leftovers(kb):
    """What a killed run leaves in the KB folder that is not part of a KB (a stale kb.lock is
    expected: it is taken over by the next writer)."""
    names = []
    for name in sorted(os.listdir(kb)):
        if name.startswith("index.") or name.endswith((".partial", ".restoring")):
            names.append(name)
    return names


def kill_once(s, op, rng, scratch):
    """One kill of op at a random moment. Returns a result dict."""
    base, args, allowed = s.ops[op]
    kb = os.path.join(scratch, "kb")
    subprocess.run(["cp", "-a", base, kb], check=True)
    # Half the moments anywhere in the run, half in its first quarter: the store's transaction
    # comes early, the index (most of the time) after it.
    span = 1.0 if rng.random() < 0.5 else 0.25
    delay = rng.uniform(0.02, 0.98) * span * s.durations[op]
    env = dict(os.environ)
    env.pop("CITYKB_HOME", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.Popen([CLI, "--kb", kb] + args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    result = {"op": op, "at": round(delay, 2), "of": round(s.durations[op], 2), "killed": killed, "problems": []}
    if not killed:
        # The machine is faster now than in the timing run: aim earlier from now on.
        s.durations[op] *= 0.75
        result["problems"].append("finished before the kill" if proc.returncode == 0 else
                                  "exited with %d before the kill" % proc.returncode)
        result["outcome"] = "finished"
        shutil.rmtree(kb)
        return result

    # No partial write: all before or all after.
    found, why = counts(kb)
    if why:
        result["problems"].append("after the kill: " + why)
    elif found not in allowed:
        result["problems"].append("partial write: counts %s are neither before nor after" % found)
    result["outcome"] = "before" if found == allowed[0] else "after"
    if op == "update":
        revised = revised_titles(kb, scratch)
        if revised not in (0, s.n):
            result["problems"].append("partial update: %s of %d practices changed" % (revised, s.n))
        result["outcome"] = "after" if revised == s.n else "before"
    elif op == "reindex":
        result["outcome"] = "old index kept"
    lagged = cli(["check", "--json"], kb)[0] != 0

    # Reopen for writing: the index catches up with the store; then everything must be healthy.
    code, out, err = cli(["import", s.empty], kb)
    if code != 0:
        result["problems"].append("reopening for writing failed (exit %d): %s" % (code, err.strip()))
    code, out, err = cli(["check", "--json"], kb)
    report = json.loads(out) if out.strip() else {}
    if code != 0 or not report.get("healthy"):
        result["problems"].append("check after reopening: exit %d, %s" % (code, (report.get("store_problems", []) +
                                                                               report.get("index_problems", [])) or err.strip()))
    again, why = counts(kb)
    if not why and again != found:
        result["problems"].append("reopening changed the counts")
    code, out, err = cli(["search", "practice", "--json"], kb)
    if code != 0 or json.loads(out)["total"] == 0:
        result["problems"].append("search finds nothing after reopening")
    if op == "reindex" and code == 0 and result["problems"] == []:
        result["outcome"] = "index healthy"
    result["healed"] = lagged
    result["leftovers"] = leftovers(kb)
    shutil.rmtree(kb)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=4, help="number of kills (spread over the four operations)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (printed; default: from the clock)")
    parser.add_argument("--practices", type=int, default=5000, help="generated practices in the bundle")
    parser.add_argument("--long", action="store_true", help="the long run: only with CITYKB_LONG_TESTS=1")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--report", help="write the results as JSON to this file")
    args = parser.parse_args()
    if args.long and os.environ.get("CITYKB_LONG_TESTS") != "1":
        print("skipped: the long kill test runs only with CITYKB_LONG_TESTS=1")
        return SKIP
    if not CLI or not os.access(CLI, os.X_OK):
        sys.exit("CITYKB_CLI must name the citykb-cli binary")
    if not DATA or not os.path.isdir(DATA):
        sys.exit("CITYKB_DATA must name the seed dataset folder")
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    print("kill test: %d kills, %d practices, seed %d" % (args.kills, args.practices, seed))

    work = tempfile.mkdtemp(prefix="citykb-killtest-")
    # ctest's timeout and Ctrl-C end the run through the cleanup below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))
    results = []
    failed = 0
    try:
        started = time.monotonic()
        s = prepare(work, args.practices, rng)
        print("prepared in %.0f s; uninterrupted: %s" % (time.monotonic() - started, ", ".join(
            "%s %.1f s" % (op, d) for op, d in s.durations.items())))
        scratch = os.path.join(work, "scratch")
        os.makedirs(scratch)
        attempts = 0
        while sum(1 for r in results if r["killed"]) < args.kills and attempts < 3 * args.kills:
            op = OPERATIONS[sum(1 for r in results if r["killed"]) % len(OPERATIONS)]
            attempts += 1
            r = kill_once(s, op, rng, scratch)
            if not r["killed"]:
                print("  %-8s at %.2f s of %.2f s: %s; trying again" % (op, r["at"], r["of"], r["problems"][0]))
                continue
            results.append(r)
            ok = not r["problems"]
            failed += 0 if ok else 1
            note = " (left after reopening: %s)" % ", ".join(r["leftovers"]) if r["leftovers"] else ""
            print("%s kill %d: %-8s at %.2f s of %.2f s -> %s%s%s" % (
                "ok  " if ok else "FAIL", len(results), op, r["at"], r["of"], r["outcome"],
                ", index healed on reopening" if r.get("healed") else "", note))
            for p in r["problems"]:
                print("      " + p)
            sys.stdout.flush()
    finally:
        if args.keep:
            print("work folder kept in %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)

    print("\nper operation:")
    summary = {}
    for op in OPERATIONS:
        mine = [r for r in results if r["op"] == op]
        outcomes = {}
        for r in mine:
            outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
        summary[op] = {"kills": len(mine), "outcomes": outcomes, "failures": sum(1 for r in mine if r["problems"]),
                       "healed": sum(1 for r in mine if r.get("healed"))}
        print("  %-8s %2d kills, %s, %d failures" % (op, len(mine), ", ".join(
            "%s %d" % kv for kv in sorted(outcomes.items())) or "-", summary[op]["failures"]))
    if args.report:
        with open(args.report, "w") as f:
            json.dump({"seed": seed, "practices": args.practices, "summary": summary, "kills": results}, f, indent=1)
    kills = sum(1 for r in results if r["killed"])
    print("%d kills, %d failures" % (kills, failed))
    if kills < args.kills:
        print("only %d of %d runs could be killed before they finished" % (kills, args.kills))
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
