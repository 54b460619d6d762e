#!/usr/bin/env python3
"""Where a run's time goes: the tool against a plain Playwright script, medians and spread over several runs.

Timings live here, never in the tests. Prints one table and writes artifacts/bench/bench.json.
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TOOL = os.path.join(ROOT, "src/HakemusAutopilot/bin/Release/net10.0/hakemus-autopilot.dll")
PLAIN = os.path.join(ROOT, "scripts/bench/PlainWalk/bin/Release/net10.0/PlainWalk.dll")
SITE = os.path.join(ROOT, "fixtures/site")
ATTACHMENT = os.path.join(ROOT, "fixtures/attachments/sopimus-koulutuksen-jarjestamisesta.pdf")
TARGETS = {"ratio": 1.15, "warm_run_s": 5.0, "peak_mb": 150}


def timed(command, cwd):
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return elapsed


def summary(values):
    values = sorted(values)
    return {"median": statistics.median(values), "min": values[0], "max": values[-1], "runs": len(values)}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="measured runs after one warm-up (default 5)")
    parser.add_argument("--guide-runs", type=int, default=2, help="measured guide runs (default 2; 0 skips the guide)")
    parser.add_argument("--no-slow", dest="slow", action="store_false", help="skip the slow-variant run")
    parser.add_argument("--with-tests", action="store_true", help="also time the full test suite (several minutes)")
    parser.add_argument("--browser", default=os.environ.get("HAKEMUS_Browser__ExecutablePath", "/usr/bin/chromium"))
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="hakemus-bench-")
    tool = ["dotnet", TOOL, "rehearse"]
    plain = ["dotnet", PLAIN, SITE, ATTACHMENT, args.browser]
    for command in (tool, plain):
        timed(command, work)

    tool_times, plain_times, phases, memory = [], [], {}, []
    for _ in range(args.runs):
        tool_times.append(timed(tool, work))
        plain_times.append(timed(plain, work))
        report = json.load(open(sorted(glob.glob(os.path.join(work, "runs/*/report.json")))[-1], encoding="utf-8"))
        memory.append(report["peakMemoryMegabytes"])
        for name, ms in report["phasesMilliseconds"].items():
            phases.setdefault(name, []).append(ms / 1000)

    # The slow variant renders each of the walk's five views after 3 s instead of 0.15 s and answers the save after 2 s.
    slow_delays = 5 * (3.0 - 0.15) + 2.0
    slow = timed(tool + ["--variant", "slow"], work) if args.slow else None

    guide_times = [timed(["dotnet", TOOL, "guide", "--out", os.path.join(work, "guide")], work) for _ in range(args.guide_runs)]

    results = {
        "rehearsal_s": summary(tool_times),
        "plain_playwright_s": summary(plain_times),
        "ratio": statistics.median(tool_times) / statistics.median(plain_times),
        "phases_s": {name: summary(values) for name, values in phases.items()},
        "tool_peak_memory_mb": summary(memory),
        "slow_variant_s": slow,
        "slow_variant_extra_over_delays_s": None if slow is None else slow - statistics.median(tool_times) - slow_delays,
        "guide_s": summary(guide_times) if guide_times else None,
        "guide_vs_rehearse": statistics.median(guide_times) / statistics.median(tool_times) if guide_times else None,
        "test_suite_s": None,
        "targets": TARGETS,
    }
    if args.with_tests:
        results["test_suite_s"] = timed(["bash", os.path.join(ROOT, "scripts/test.sh")], ROOT)

    rows = [("whole rehearsal, process start to exit", results["rehearsal_s"]), ("plain Playwright walk", results["plain_playwright_s"])]
    rows += [(f"  phase: {name}", value) for name, value in results["phases_s"].items()]
    print(f"{'measure':44} {'median':>8} {'min':>8} {'max':>8}")
    for name, value in rows:
        print(f"{name:44} {value['median']:8.2f} {value['min']:8.2f} {value['max']:8.2f}")
    peak = results["tool_peak_memory_mb"]
    print(f"{'tool peak memory (MB, own process)':44} {peak['median']:8.0f} {peak['min']:8.0f} {peak['max']:8.0f}")
    print(f"{'tool / plain (target <= 1.15)':44} {results['ratio']:8.2f}")
    if slow is not None:
        print(f"{'slow variant (built-in delays %.1f s)' % slow_delays:44} {slow:8.2f}")
        print(f"{'  cost beyond delays + normal run (target <= 0)':44} {results['slow_variant_extra_over_delays_s']:8.2f}")
    if guide_times:
        guide = results["guide_s"]
        print(f"{'guide, process start to exit':44} {guide['median']:8.2f} {guide['min']:8.2f} {guide['max']:8.2f}")
        print(f"{'guide / rehearse (target <= 2)':44} {results['guide_vs_rehearse']:8.2f}")
    if results["test_suite_s"] is not None:
        print(f"{'full test suite (s)':44} {results['test_suite_s']:8.1f}")

    out = os.path.join(ROOT, "artifacts/bench")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "bench.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
    print(f"written: {os.path.join(out, 'bench.json')}")


if __name__ == "__main__":
    main()
