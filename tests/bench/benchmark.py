#!/usr/bin/env python3
"""Loader benchmark: Call Record Viewer against Python's json module, in one run.

For generated records of 60, 1,000 and 10,000 sessions it prints
  - whole process: `callrecord-viewer --summary FILE` vs `python3 -c 'json.load(...)'`
  - in process: bench_loader (read + parse + domain values) vs json.load timed inside Python
  - peak RSS of the --summary process and its ratio to the file size
Times are the best of --runs runs; ratios compare numbers measured in the same run.
"""
import argparse
import json
import os
import subprocess
import sys
import time


def run_child(argv):
    """Runs argv, returns (seconds, stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate()
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"{argv[0]} failed: {err.decode(errors='replace')}")
    return elapsed, out


def best(function, runs):
    return min(function() for _ in range(runs))


def peak_rss_kib(argv):
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execv(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    if status != 0:
        sys.exit(f"{argv[0]} failed with status {status}")
    return usage.ru_maxrss


def python_in_process(path):
    start = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        json.load(f)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", required=True, help="build directory")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", default="60,1000,10000")
    args = parser.parse_args()

    viewer = os.path.join(args.build, "app", "callrecord-viewer")
    generator = os.path.join(args.build, "tests", "bench", "generate_record")
    bench_loader = os.path.join(args.build, "tests", "bench", "bench_loader")
    data = os.path.join(args.build, "bench-data")
    os.makedirs(data, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; best of {args.runs} runs; python {sys.version.split()[0]}")
    header = (f"{'sessions':>8} {'MB':>7} | {'summary s':>9} {'python s':>8} {'ratio':>5} | "
              f"{'load ms':>8} {'json.load ms':>12} {'ratio':>5} | {'peak RSS MB':>11} {'x file':>6}")
    print(header)
    print("-" * len(header))
    for sessions in (int(s) for s in args.sessions.split(",")):
        path = os.path.join(data, f"record-{sessions}.json")
        if not os.path.exists(path):
            subprocess.run([generator, "--sessions", str(sessions), "--seed", "1", "--output", path], check=True)
        size = os.path.getsize(path)

        summary = best(lambda: run_child([viewer, "--summary", path])[0], args.runs)
        python = best(lambda: run_child([sys.executable, "-c",
                                         "import json,sys; json.load(open(sys.argv[1]))", path])[0], args.runs)
        out = run_child([bench_loader, path, str(args.runs)])[1].decode()
        load_ms = float(out.split("load_ms=")[1].split()[0])
        json_ms = best(lambda: python_in_process(path), args.runs) * 1000
        rss = peak_rss_kib([viewer, "--summary", path])
        print(f"{sessions:>8} {size / 1e6:>7.1f} | {summary:>9.3f} {python:>8.3f} {summary / python:>5.2f} | "
              f"{load_ms:>8.1f} {json_ms:>12.1f} {load_ms / json_ms:>5.2f} | {rss / 1024:>11.1f} "
              f"{rss * 1024 / size:>6.2f}")
    print("targets (10,000 sessions): summary ratio <= 0.30, load ratio <= 0.15, peak RSS <= 2.5 x file")

    bench_gui = os.path.join(args.build, "tests", "bench", "bench_gui")
    print()
    print("main window (offscreen), median of 3 runs:")
    header = (f"{'sessions':>8} | {'open to painted tree ms':>23} {'longest GUI stall ms':>20} "
              f"{'filter after typing ms':>22} {'scroll ms/page':>14} {'charts ms':>9}")
    print(header)
    print("-" * len(header))
    for sessions in (int(s) for s in args.sessions.split(",")):
        path = os.path.join(data, f"record-{sessions}.json")
        samples = []
        for _ in range(3):
            out = run_child([bench_gui, path])[1].decode()
            samples.append(dict(item.split("=") for item in out.split()))
        def median(key):
            values = sorted(float(sample[key]) for sample in samples)
            return values[len(values) // 2]
        print(f"{sessions:>8} | {median('open_to_first_paint_ms'):>23.0f} {median('longest_gui_stall_ms'):>20.0f} "
              f"{median('filter_after_typing_ms'):>22.0f} {median('scroll_ms_per_page'):>14.1f} "
              f"{median('charts_ms'):>9.0f}")
    print("targets (10,000 sessions): painted tree <= 1000 ms, GUI stall <= 100 ms, filter <= 200 ms after typing, "
          "charts <= 1000 ms")


if __name__ == "__main__":
    main()
