#!/usr/bin/env python3
"""Fail if an object-layer object file references the C heap allocator.

usage: check_no_malloc.py NM ARCHIVE SOURCE...

Python objects live only in the arena; arena.c (the backing store, mmap)
is the one object-layer file allowed to talk to the OS about memory, and
even it must not use malloc. Each SOURCE names an object-layer .c file;
its member in ARCHIVE (SOURCE.o) is checked with `nm --undefined-only`.
"""
import os
import subprocess
import sys

FORBIDDEN = {"malloc", "calloc", "realloc", "free", "reallocarray", "strdup", "strndup",
             "posix_memalign", "aligned_alloc", "memalign", "valloc"}


def main():
    nm, archive, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    members = {os.path.basename(s) + ".o" for s in sources}
    out = subprocess.run([nm, "-A", "--undefined-only", archive], check=True,
                         capture_output=True, text=True).stdout
    seen, bad = set(), []
    for line in out.splitlines():
        parts = line.split(":")
        if len(parts) < 3:
            continue
        member, sym = os.path.basename(parts[-2]), parts[-1].split()[-1]
        if member not in members:
            continue
        seen.add(member)
        if sym.split("@")[0] in FORBIDDEN:
            bad.append(f"{member}: {sym}")
    missing = {m for m in members if m not in seen}
    # A member without undefined symbols prints nothing; make sure it exists.
    listed = {os.path.basename(m) for m in subprocess.run(
        ["ar", "t", archive], check=True, capture_output=True, text=True).stdout.split()}
    absent = sorted(m for m in missing if m not in listed)
    if absent:
        print("not in the archive:", ", ".join(absent))
        return 1
    if bad:
        print("heap allocator used by the object layer:\n  " + "\n  ".join(bad))
        return 1
    print(f"{len(members)} object-layer objects checked: no malloc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
