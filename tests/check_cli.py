#!/usr/bin/env python3
"""Check the monty executable against CPython 3.11 itself.

  check_cli.py corpus MONTY FILE...   monty's AST dump of each file must equal
                                      ast.dump(ast.parse(source))
  check_cli.py errors MONTY           for each program below with a syntax
                                      error, monty must print what python3.11
                                      prints on stderr and exit with status 1

The expected output is computed by the running interpreter, which must be
CPython 3.11 (ast.dump's format differs in other versions): otherwise the
test is skipped (exit status 77).
"""
import ast
import os
import subprocess
import sys
import tempfile

SKIP = 77

# Programs with syntax errors, covering the common mistakes whose message and
# position monty reproduces.
ERROR_PROGRAMS = [
    "x = = 1\n",
    "if x\n    pass\n",
    "while True print(1)\n",
    "def f()\n    return 1\n",
    "class A\n    pass\n",
    "for x in range(3)\n    print(x)\n",
    "if x:\npass\n",
    "def f():\nreturn 1\n",
    "for x in y:\n    pass\nelse:\nz = 1\n",
    "  x = 1\n",
    "if x:\n    a\n  b\n",
    "x = (1, 2\n",
    "print('a'\nprint('b')\n",
    "f() = 1\n",
    "1 = x\n",
    "x + 1 = 2\n",
    "None = 1\n",
    "f(a=1, b)\n",
    "f(**k, *a)\n",
    "f(x for x in y, 1)\n",
    "print 'hello'\n",
    "x = [1 2]\n",
    "x = {1: 2, 3}\n",
    "if x = 1:\n    pass\n",
    "x = 1 if y\n",
    "def f(a=1, b):\n    pass\n",
    "def f(*):\n    pass\n",
    "try:\n    pass\nx = 1\n",
    "try:\n    pass\nexcept A, B:\n    pass\n",
    "from x import a,\n",
    "del f()\n",
    "(a, b) += 1\n",
    "x, y: int\n",
    "(a.b := 1)\n",
    "x = 'abc\n",
    "x = b'a' 'c'\n",
    "def f(x=):\n    pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "x = 1 +\n",
    "a b\n",
    "pass\n)\n",
    "\tif x:\n        pass\n",
    "s = 'é'; x = = 1\n",
    "s = ('é',\n     f(), 1 2)\n",
]


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def check_corpus(monty, files):
    failures = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            expected = ast.dump(ast.parse(f.read()))
        r = run([monty, "--dump-ast", path])
        got = r.stdout.rstrip("\n")
        if r.returncode != 0 or got != expected:
            failures += 1
            i = next((k for k, (p, q) in enumerate(zip(got, expected)) if p != q), min(len(got), len(expected)))
            print(f"FAIL {path}: exit {r.returncode}\n  expected ...{expected[max(0, i - 80):i + 80]}\n"
                  f"  got      ...{got[max(0, i - 80):i + 80]}\n  stderr: {r.stderr.strip()}")
        else:
            print(f"ok   {path}")
    return failures


def check_errors(monty):
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, source in enumerate(ERROR_PROGRAMS):
            path = os.path.join(tmp, f"error{i}.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            expected = run([sys.executable, path])
            got = run([monty, path])
            if expected.returncode != 1:
                print(f"BAD TEST {source!r}: python3.11 exited {expected.returncode}")
                failures += 1
            elif got.returncode != 1 or got.stderr != expected.stderr:
                failures += 1
                print(f"FAIL {source!r}: exit {got.returncode}\n--- python3.11\n{expected.stderr}--- monty\n{got.stderr}")
            else:
                print(f"ok   {source!r}")
        missing = os.path.join(tmp, "missing.py")
        expected, got = run([sys.executable, missing]), run([monty, missing])
        want = "monty" + expected.stderr[expected.stderr.index(": can't open file"):]
        if got.returncode != 2 or got.stderr != want:
            failures += 1
            print(f"FAIL missing file: exit {got.returncode}\n  expected {want!r}\n  got      {got.stderr!r}")
    return failures


def main():
    if sys.version_info[:2] != (3, 11):
        print("needs CPython 3.11 for reference output; skipping")
        return SKIP
    mode, monty = sys.argv[1], sys.argv[2]
    failures = check_corpus(monty, sys.argv[3:]) if mode == "corpus" else check_errors(monty)
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
