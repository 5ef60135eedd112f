/*
** proto.h: the compiler's output — host-side, immutable code objects
** ("protos"). The VM materializes a proto tree into arena code objects; a
** compiled unit can be materialized into any number of interpreters.
**
** Everything a proto points to lives in the arena of its mt_compiled unit
** (compile.h) and is freed with it. A proto never holds a host pointer the
** VM would need to keep: constants and names are copied into the arena
** when it is materialized.
**
**   mt_proto
**   +-----------+------------------------------------------------------+
**   | code      | ncode instructions (opcodes.h)                       |
**   | k         | nk constants (mt_const)                              |
**   | names     | nnames identifiers: N[x] operands, var, proto names  |
**   | protos    | nprotos nested protos: P[x] operands (MAKEFUNC)      |
**   | vars      | nvars variables living in registers, see below       |
**   | handlers  | nhandlers exception-table entries, sorted by pc      |
**   | lineinfo  | nlineinfo bytes: pc -> source span (mt_proto_span)   |
**   +-----------+------------------------------------------------------+
**
** vars: [0, nparams) are the parameters in register order: positional
** (the first nposonly of them positional-only), then keyword-only, then
** *args (MT_PROTO_VARARGS), then **kwargs (MT_PROTO_VARKW); var i lives in
** R[i]. Then the other locals and cells. The last nfree entries are the
** free variables, in closure order: MAKEFUNC takes the cell of free var i
** from the creating frame's R[parent_reg]; at each call the VM stores it in
** R[reg]. Cells (MT_VAR_CELL) are made by MAKECELL at the start of the
** code. Default values: the last ndefaults positional parameters and the
** keyword-only parameters flagged MT_VAR_DEFAULT have one.
**
** Exception table: an exception raised at pc in [start, end) is caught by
** the entry covering pc (entries do not overlap): the VM stores the
** exception in R[reg] and jumps to target. There is no stack to unwind;
** the code at target restores the handled-exception state (POPEXC) itself.
**
** Running a proto: a call binds the arguments to R[0..nparams) by the
** signature (vars, npos, nposonly, nkwonly, flags, defaults from MAKEFUNC;
** errors name the function by its qualname), stores the closure's cells,
** leaves every other register unbound and starts at pc 0. A GENERATOR
** proto's call instead returns a generator whose frame starts at pc 0 on
** its first resumption. The MODULE proto takes no arguments and returns
** the value of its last statement when that is an expression statement
** (else None). A COMPREHENSION proto is called once, right after MAKEFUNC,
** with the iterator of its first iterable as its only argument (".0").
*/
#ifndef MT_PROTO_H
#define MT_PROTO_H

#include "buf.h"
#include "common.h"
#include "opcodes.h"

/* Constant kinds. INT fits int64; BIGINT keeps the literal's digits
** (no prefix, no underscores) in base 2, 8, 10 or 16 for the object layer
** to convert; IMAG is the imaginary part of an imaginary literal. */
#define MT_CONST_KINDS(X) \
  X(NONE) X(TRUE) X(FALSE) X(ELLIPSIS) X(INT) X(BIGINT) X(FLOAT) X(IMAG) X(STR) X(BYTES) X(TUPLE)

typedef enum {
#define X(name) MT_CONST_##name,
  MT_CONST_KINDS(X)
#undef X
} mt_const_kind;

typedef struct mt_const {
  uint8_t kind;  /* mt_const_kind */
  uint8_t base;  /* BIGINT: 2, 8, 10 or 16 */
  uint32_t len;  /* STR, BYTES: bytes; BIGINT: digits; TUPLE: items */
  union {
    int64_t i;                    /* INT */
    double f;                     /* FLOAT, IMAG */
    const char *s;                /* STR (UTF-8), BYTES, BIGINT digits; NUL-terminated */
    const struct mt_const *items; /* TUPLE */
  } u;
} mt_const;

/* An identifier (UTF-8, NUL-terminated). */
typedef struct mt_name {
  const char *s;
  uint32_t len;
} mt_name;

#define MT_VAR_KINDS(X) X(LOCAL) X(CELL) X(FREE)

typedef enum {
#define X(name) MT_VAR_##name,
  MT_VAR_KINDS(X)
#undef X
} mt_var_kind;

enum { MT_VAR_DEFAULT = 1 }; /* mt_proto_var.flags: the parameter has a default */

typedef struct mt_proto_var {
  uint32_t name;      /* index in names */
  uint8_t reg;        /* its register (holding a cell for CELL and FREE) */
  uint8_t kind;       /* mt_var_kind */
  uint8_t parent_reg; /* FREE: register of the creating frame holding the cell */
  uint8_t flags;      /* MT_VAR_DEFAULT */
} mt_proto_var;

typedef struct mt_proto_handler {
  uint32_t start, end; /* covered pcs [start, end) */
  uint32_t target;     /* handler pc */
  uint8_t reg;         /* receives the exception */
} mt_proto_handler;

/* Proto flags: *args, **kwargs, a generator (contains yield), has cell or
** free variables, module code, a lambda, a comprehension, K[0] is the
** docstring (the body starts with a str literal statement). */
#define MT_PROTO_FLAGS(X) \
  X(VARARGS, 1) X(VARKW, 2) X(GENERATOR, 4) X(HAS_CELLS, 8) X(MODULE, 16) X(LAMBDA, 32) \
  X(COMPREHENSION, 64) X(DOC, 128)

enum {
#define X(name, bit) MT_PROTO_##name = bit,
  MT_PROTO_FLAGS(X)
#undef X
};

typedef struct mt_proto {
  const mt_instr *code;
  const mt_const *k;
  const mt_name *names;
  const struct mt_proto *const *protos;
  const mt_proto_var *vars;
  const mt_proto_handler *handlers;
  const uint8_t *lineinfo;
  uint32_t ncode, nk, nnames, nprotos, nvars, nhandlers, nlineinfo;
  uint32_t name, qualname; /* indices in names: "f", "outer.<locals>.f" */
  uint32_t firstline;
  uint8_t nregs;
  uint8_t nparams, nposonly, npos, nkwonly, ndefaults, nfree;
  uint8_t flags; /* MT_PROTO_* */
} mt_proto;

/* Source span of an instruction: 1-based lines, 1-based columns in code
** points, end just past the span. */
typedef struct mt_span {
  uint32_t line, col, end_line, end_col;
} mt_span;

/* The span of instruction pc (pc < ncode). Returns 0, or -1 when the line
** table is malformed or does not cover pc. */
MT_INTERNAL int mt_proto_span(const mt_proto *p, uint32_t pc, mt_span *out);

/* Append the line-table record for `count` instructions at span s. */
MT_INTERNAL int mt_proto_lineinfo_put(mt_buf *b, uint32_t count, const mt_span *prev,
                                      const mt_span *s);

/* Write p and its nested protos (after it, depth first) as text: one
** instruction per line with decoded operands, constants as Python reprs. */
MT_INTERNAL int mt_proto_dump(const mt_proto *p, mt_buf *out);

/* Python's repr() of a constant. */
MT_INTERNAL int mt_proto_const_repr(const mt_const *c, mt_buf *out);

/* Check that p and its nested protos are well formed: every operand in
** range for its kind, jump targets inside the code, tests followed by JMP,
** EXTRAARG exactly where an instruction takes one, coherent parameter and
** var tables, valid exception-table entries and line table. Never crashes on
** arbitrary field values (counts must match the arrays). Returns 0, or -1
** with a description in msg (which may be NULL). */
MT_INTERNAL int mt_proto_verify(const mt_proto *p, char *msg, size_t msgsize);

#endif
