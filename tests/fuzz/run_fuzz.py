#!/usr/bin/env python3
"""Run a libFuzzer target once as a test: run_fuzz.py TARGET ARTIFACTS [ARGS...].

ARGS are libFuzzer options (-name=value) and seed corpus folders (missing
ones are skipped). New inputs go to a scratch folder that is removed
afterwards, so the committed corpus is never written; a crashing input is
kept in ARTIFACTS. The exit status is the target's: non-zero on a crash,
leak, timeout or broken invariant.
"""
import os
import subprocess
import sys
import tempfile


def main():
    target, artifacts, *args = sys.argv[1:]
    options = [a for a in args if a.startswith("-")]
    seeds = [a for a in args if not a.startswith("-") and os.path.isdir(a)]
    os.makedirs(artifacts, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fuzz-") as scratch:
        cmd = [target, *options, "-artifact_prefix=" + os.path.join(artifacts, ""), scratch, *seeds]
        print(" ".join(cmd), flush=True)
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
