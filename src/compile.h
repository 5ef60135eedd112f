/*
** compile.h: the compiler's entry points: a Module syntax tree (or source
** text, parsed first) in, a compiled unit out.
**
** A compiled unit owns every proto of one program in a single arena and is
** freed at once. Its root proto is the module's code: module-level names
** are globals (so a host's input variables, e.g. "x" in `x * 2`, are just
** globals it sets before running), and it returns the value of the last
** statement when that is an expression statement, else None (ExMonty's
** "result of the last expression").
**
** Not compiled (SyntaxError naming the construct): classes, async code,
** match statements, except*, relative imports. Annotations are never
** evaluated (as under `from __future__ import annotations`, without
** keeping them).
*/
#ifndef MT_COMPILE_H
#define MT_COMPILE_H

#include "ast.h"
#include "common.h"
#include "proto.h"
#include "syntax_error.h"

/* C stack the compiler may use. Recursion follows the tree: about 300
** bytes per level of nesting in an optimized build (500 unoptimized), up
** to MT_AST_MAX_DEPTH levels; past this budget the compile fails with
** "code nested too deeply" rather than overflowing. Run it on a thread
** with at least 1 MB of stack (for the NIF: a dirty scheduler with
** +sssdcpu 128 or more, or a thread of its own). */
#define MT_COMPILE_STACK_BUDGET ((size_t)768 << 10)

typedef struct mt_compiled {
  const mt_proto *main; /* the module's code */
  const char *filename; /* for tracebacks, e.g. "main.py" */
  mt_ast_arena arena;   /* all protos and their arrays */
} mt_compiled;

/* Compile a Module tree; filename (copied) names the source in
** tracebacks. Returns the unit, or NULL with *err filled (SyntaxError with
** CPython's message and position, or MemoryError). */
MT_INTERNAL mt_compiled *mt_compile(const mt_ast_node *module, const char *filename,
                                    mt_syntax_error *err);

/* Parse then compile src[0..len). */
MT_INTERNAL mt_compiled *mt_compile_source(const char *src, size_t len, const char *filename,
                                           mt_syntax_error *err);

MT_INTERNAL void mt_compile_free(mt_compiled *unit);

#endif
