#!/usr/bin/env python3
"""Run a libFuzzer target: run_fuzz.py TARGET ARTIFACTS [ARGS...] [--seconds=N].

ARGS are libFuzzer options (-name=value) and seed corpus folders (missing
ones are skipped); options given last win.

Without --seconds it is the smoke run of the test suite: a fixed seed and
number of inputs (and a time cap for slow machines); new inputs go to a
scratch folder removed afterwards, so no corpus is ever written.

With --seconds=N (./dev fuzz) it fuzzes for N seconds from a random seed;
new inputs are kept in ARTIFACTS/corpus-NAME, where the next run starts.

A crashing input is kept as ARTIFACTS/NAME-crash-... (NAME: the target
without its fuzz_ prefix). The exit status is 1 on a crash, leak, timeout
or broken invariant, else 0 (libFuzzer's own 77 would read as "skipped"
to meson test).
"""
import os
import subprocess
import sys
import tempfile

COMMON = ["-timeout=20", "-rss_limit_mb=2048", "-print_final_stats=1"]
# Together about half a minute for all targets on 2 cores.
SMOKE = ["-seed=1", "-runs=30000", "-max_total_time=40"]


def run(target, options, corpus, seeds):
    cmd = [target, *options, corpus, *seeds]
    print(" ".join(cmd), flush=True)
    return 1 if subprocess.call(cmd) else 0


def main():
    target, artifacts, *args = sys.argv[1:]
    seconds = [a.split("=", 1)[1] for a in args if a.startswith("--seconds=")]
    options = [a for a in args if a.startswith("-") and not a.startswith("--seconds=")]
    seeds = [a for a in args if not a.startswith("-") and os.path.isdir(a)]
    name = os.path.basename(target).removeprefix("fuzz_")
    os.makedirs(artifacts, exist_ok=True)
    prefix = ["-artifact_prefix=" + os.path.join(artifacts, name + "-")]
    if seconds:
        corpus = os.path.join(artifacts, "corpus-" + name)
        os.makedirs(corpus, exist_ok=True)
        status = run(target, [*COMMON, "-max_total_time=" + seconds[-1], *prefix, *options], corpus, seeds)
        print(f"new inputs: {corpus}; crashes: {artifacts}/{name}-*", flush=True)
        return status
    with tempfile.TemporaryDirectory(prefix="fuzz-") as scratch:
        return run(target, [*COMMON, *SMOKE, *prefix, *options], scratch, seeds)


if __name__ == "__main__":
    sys.exit(main())
