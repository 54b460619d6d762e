#!/usr/bin/env python3
"""Where a run's time goes, on every rendering of the replica: the tool against a plain Playwright script written for
that rendering, in interleaved pairs, and the guide against the rehearsal.

Timings live here, never in the tests. Prints a table, writes artifacts/bench/bench.json and artifacts/bench/bench.md
(the table to paste into README).
"""
import argparse
import datetime
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TOOL = os.path.join(ROOT, "artifacts/tool/hakemus-autopilot.dll")
PLAIN = os.path.join(ROOT, "scripts/bench/PlainWalk/bin/Release/net10.0/PlainWalk.dll")
ATTACHMENT = os.path.join(ROOT, "fixtures/attachments/sopimus-koulutuksen-jarjestamisesta.pdf")
RENDERINGS = ["site", "uibootstrap", "material", "suomifi", "govuk"]
TARGETS = {"tool_vs_plain": 1.15, "guide_vs_rehearsal": 2.0, "tool_peak_mb": 150}


def default_browser():
    shell = os.environ.get("HAKEMUS_Browser__HeadlessExecutablePath", "/usr/bin/chromium-headless-shell")
    return shell if os.access(shell, os.X_OK) else os.environ.get("HAKEMUS_Browser__ExecutablePath", "/usr/bin/chromium")


def site_of(rendering):
    return os.path.join(ROOT, "fixtures/site" if rendering == "site" else f"fixtures/replicas/{rendering}/site")


def replica_args(rendering):
    return [] if rendering == "site" else ["--replica", rendering]


def run(command, cwd, memory=False, env=None):
    """Wall seconds of one run, and with memory=True the peak resident memory (MB) of the process and of its children."""
    peaks = {"own": 0.0, "children": 0.0}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    watcher = None
    if memory:
        watcher = threading.Thread(target=watch_memory, args=(process, peaks), daemon=True)
        watcher.start()
    output, _ = process.communicate()
    elapsed = time.perf_counter() - started
    if watcher:
        watcher.join()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{output}")
    return elapsed, peaks


def watch_memory(process, peaks):
    # Proportional set size: Chromium's processes share most of their pages, so their resident sizes would count them many times.
    while process.poll() is None:
        own = pss_mb(process.pid)
        children = sum(pss_mb(pid) for pid in descendants(process.pid))
        peaks["own"] = max(peaks["own"], own)
        peaks["children"] = max(peaks["children"], children)
        time.sleep(0.2)


def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def pss_mb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def summary(values):
    values = sorted(values)
    return {"median": statistics.median(values), "min": values[0], "max": values[-1], "runs": len(values)}


def last_report(work):
    return json.load(open(sorted(glob.glob(os.path.join(work, "runs/*/report.json")))[-1], encoding="utf-8"))


def bench_rendering(rendering, args, work):
    tool = ["dotnet", TOOL, "rehearse", *replica_args(rendering)]
    plain = ["dotnet", PLAIN, rendering, site_of(rendering), ATTACHMENT, args.browser]
    guide = ["dotnet", TOOL, "guide", "--out", os.path.join(work, "guide"), *replica_args(rendering)]
    # Both sides start the same browser file, whatever playwright.config.json would choose.
    env = {**os.environ, "HAKEMUS_Browser__Kind": "executable", "HAKEMUS_Browser__ExecutablePath": args.browser,
           "HAKEMUS_Browser__HeadlessExecutablePath": args.browser}
    for command in (tool, plain):
        run(command, work, env=env)

    tool_times, plain_times, ratios, phases, outside = [], [], [], {}, []
    for pair in range(args.runs):
        # Interleaved, and the order alternates, so that a slow moment of the machine falls on both sides alike.
        order = [("tool", tool), ("plain", plain)] if pair % 2 == 0 else [("plain", plain), ("tool", tool)]
        times = {name: run(command, work, env=env)[0] for name, command in order}
        tool_times.append(times["tool"])
        plain_times.append(times["plain"])
        ratios.append(times["tool"] / times["plain"])
        report = last_report(work)
        for name, ms in report["phasesMilliseconds"].items():
            phases.setdefault(name, []).append(ms / 1000)
        outside.append(times["tool"] - sum(report["phasesMilliseconds"].values()) / 1000)

    guide_times, rehearsal_times = [], []
    for _ in range(args.guide_runs):
        guide_times.append(run(guide, work, env=env)[0])
        rehearsal_times.append(run(tool, work, env=env)[0])

    _, tool_memory = run(tool, work, memory=True, env=env)
    _, plain_memory = run(plain, work, memory=True, env=env)
    result = {
        "rehearsal_s": summary(tool_times),
        "plain_s": summary(plain_times),
        "tool_vs_plain": summary(ratios),
        "phases_s": {name: summary(values) for name, values in phases.items()},
        "outside_phases_s": summary(outside),
        "memory_mb": {
            "tool_own": round(tool_memory["own"]),
            "tool_browser_and_driver": round(tool_memory["children"]),
            "plain_own": round(plain_memory["own"]),
            "plain_browser_and_driver": round(plain_memory["children"]),
        },
        "guide_s": summary(guide_times) if guide_times else None,
        "guide_vs_rehearsal": statistics.median(guide_times) / statistics.median(rehearsal_times) if guide_times else None,
    }
    return result


def markdown(results, machine):
    lines = [
        f"{machine}, {datetime.date.today().isoformat()}, `{os.path.basename(results['browser'])}`; "
        f"medians of {results['runs']} interleaved pairs (min–max of the ratio):",
        "",
        "| rendering | rehearsal s | plain script s | tool / plain | guide s | guide / rehearsal | tool MB | browser MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for rendering, r in results["renderings"].items():
        ratio = r["tool_vs_plain"]
        guide = f"{r['guide_s']['median']:.2f} | {r['guide_vs_rehearsal']:.2f}" if r["guide_s"] else "– | –"
        lines.append(
            f"| {rendering} | {r['rehearsal_s']['median']:.2f} | {r['plain_s']['median']:.2f} | "
            f"{ratio['median']:.2f} ({ratio['min']:.2f}–{ratio['max']:.2f}) | {guide} | "
            f"{r['memory_mb']['tool_own']} | {r['memory_mb']['tool_browser_and_driver']} |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="interleaved pairs per rendering after one warm-up (default 5)")
    parser.add_argument("--guide-runs", type=int, default=2, help="guide runs per rendering, each beside a rehearsal (default 2; 0 skips)")
    parser.add_argument("--rendering", action="append", choices=RENDERINGS, help="only this rendering (repeatable; default all)")
    parser.add_argument("--with-tests", action="store_true", help="also time the full test suite (several minutes)")
    parser.add_argument("--browser", default=default_browser(),
                        help="the Chromium both sides start (default: the headless shell where installed, as the tool's headless runs do)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="hakemus-bench-")
    results = {"runs": args.runs, "targets": TARGETS, "cores": os.cpu_count(), "browser": args.browser, "renderings": {}}
    for rendering in args.rendering or RENDERINGS:
        print(f"{rendering}...", flush=True)
        results["renderings"][rendering] = bench_rendering(rendering, args, work)
    if args.with_tests:
        results["test_suite_s"] = run(["bash", os.path.join(ROOT, "scripts/test.sh")], ROOT)[0]

    for rendering, r in results["renderings"].items():
        print(f"\n{rendering}")
        rows = [("rehearsal, process start to exit", r["rehearsal_s"]), ("plain script, process start to exit", r["plain_s"]),
                ("tool / plain, per pair", r["tool_vs_plain"])]
        rows += [(f"  phase: {name}", value) for name, value in r["phases_s"].items()]
        rows.append(("  outside the phases (process, host, exit)", r["outside_phases_s"]))
        if r["guide_s"]:
            rows.append(("guide, process start to exit", r["guide_s"]))
        print(f"{'measure':48} {'median':>8} {'min':>8} {'max':>8}")
        for name, value in rows:
            print(f"{name:48} {value['median']:8.2f} {value['min']:8.2f} {value['max']:8.2f}")
        if r["guide_vs_rehearsal"] is not None:
            print(f"{'guide / rehearsal (target <= 2)':48} {r['guide_vs_rehearsal']:8.2f}")
        memory = r["memory_mb"]
        print(f"{'memory MB: tool, its browser and driver':48} {memory['tool_own']:8} {memory['tool_browser_and_driver']:8}")
        print(f"{'memory MB: plain, its browser and driver':48} {memory['plain_own']:8} {memory['plain_browser_and_driver']:8}")
    if "test_suite_s" in results:
        print(f"\n{'full test suite (s)':48} {results['test_suite_s']:8.1f}")

    out = os.path.join(ROOT, "artifacts/bench")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "bench.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
    table = markdown(results, f"{os.cpu_count()} cores")
    with open(os.path.join(out, "bench.md"), "w", encoding="utf-8") as f:
        f.write(table)
    print("\n" + table)
    print(f"written: {os.path.join(out, 'bench.json')} and bench.md")


if __name__ == "__main__":
    main()
