#!/usr/bin/env python3
"""Write token_names.h (a name per token code) from lemon's grammar.h."""
import re
import sys

src, dst = sys.argv[1], sys.argv[2]
tokens = []
with open(src, encoding="utf-8") as f:
    for line in f:
        m = re.match(r"#define\s+TK_(\w+)\s+(\d+)", line)
        if m:
            tokens.append((int(m.group(2)), m.group(1)))
tokens.sort()
with open(dst, "w", encoding="utf-8") as f:
    f.write("/* Generated from grammar.h by gen_token_names.py: do not edit. */\n")
    f.write("#define MT_TOKEN_COUNT %d\n" % (tokens[-1][0] + 1 if tokens else 1))
    f.write("static const char *const mt_token_names[MT_TOKEN_COUNT] = {\n")
    f.write('  [0] = "ENDMARKER",\n')
    for code, name in tokens:
        f.write('  [%d] = "%s",\n' % (code, name))
    f.write("};\n")
