#!/usr/bin/env python3
"""Differential test: run one program under CPython and under monty.

usage: diff_test.py MONTY PYTHON FILE.py

Passes when both exit with the same status, print byte-identical stdout,
and the last line of stderr (the exception line of a traceback) is equal.
"""
import subprocess
import sys


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout, p.stderr


def last_line(data):
    lines = data.decode("utf-8", "replace").rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def main():
    import os
    monty, python, path = sys.argv[1:4]
    monty = os.path.abspath(monty)
    cwd, name = os.path.split(os.path.abspath(path))
    want = run([python, name], cwd)
    got = run([monty, name], cwd)
    if want is None:
        print(f"{name}: CPython timed out")
        return 1
    if got is None:
        print(f"{name}: monty timed out")
        return 1
    ok = True
    if got[0] != want[0]:
        print(f"exit status: monty {got[0]}, python {want[0]}")
        ok = False
    if got[1] != want[1]:
        import difflib
        diff = difflib.unified_diff(
            want[1].decode("utf-8", "replace").splitlines(),
            got[1].decode("utf-8", "replace").splitlines(),
            "python stdout", "monty stdout", lineterm="", n=2)
        print("\n".join(list(diff)[:60]))
        ok = False
    if last_line(got[2]) != last_line(want[2]):
        print(f"stderr last line:\n  monty : {last_line(got[2])}\n  python: {last_line(want[2])}")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
