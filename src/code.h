/*
** code.h: the code generator's machinery, shared by compile.c (which walks
** the tree) — Lua's lcode.c is the model (architecture-notes §2.2, §2.5):
**   - per-function state (mt_fstate): instructions, constants, names,
**     nested protos, registers, line and exception-handler runs;
**   - expression descriptors (mt_expdesc) deciding late where a value goes;
**   - registers allocated as a stack: locals first, temporaries above,
**     freed in LIFO order;
**   - jump lists threaded through the JMP instructions themselves;
**   - the final pass building the immutable proto.
** Errors (SyntaxError, MemoryError) unwind to mt_compile_* with longjmp.
*/
#ifndef MT_CODE_H
#define MT_CODE_H

#include <setjmp.h>

#include "ast.h"
#include "common.h"
#include "opcodes.h"
#include "proto.h"
#include "symtable.h"
#include "syntax_error.h"

/* Bounds on what one compile may produce. */
#define MT_CODE_MAX_REGS 255u              /* registers per function */
#define MT_CODE_MAX_INSTRS (1u << 22)      /* instructions per function */
#define MT_CODE_MAX_UNIT_INSTRS (1u << 24) /* instructions per compiled unit */
#define MT_CODE_MAX_BLOCKS 20u             /* nested loops/try/with (CPython's CO_MAXBLOCKS) */

#define MT_NO_JUMP (-1)
#define MT_NO_REG MT_MAXARG_A

typedef struct mt_compiled mt_compiled;
typedef struct mt_fstate mt_fstate;

/* A set of nodes (open addressing over their addresses). */
typedef struct mt_nodeset {
  const mt_ast_node **slots;
  uint32_t cap, n;
} mt_nodeset;

/* A set of strings (open addressing; empty slots have s == NULL). */
typedef struct mt_strset {
  mt_name *slots;
  uint32_t cap, n;
} mt_strset;

/* The state of one compile (all functions). */
typedef struct mt_compiler {
  mt_symtable st;
  mt_nodeset nonconst; /* Tuple nodes known not to be constant */
  mt_strset strings;   /* the unit's copy of each name and string constant */
  mt_ast_arena scratch; /* the open functions' growing arrays (code.c) */
  mt_compiled *unit;
  mt_syntax_error *err;
  mt_fstate *fs; /* function being compiled (innermost) */
  uint64_t ninstrs; /* instructions emitted so far, all functions */
  uintptr_t stack_base; /* frame address where compiling started */
  jmp_buf jb;
} mt_compiler;

/* A set of registers (definite-assignment analysis). */
typedef struct mt_regset {
  uint64_t w[4];
} mt_regset;

/* Kinds of enclosing constructs that break/continue/return must unwind. */
typedef enum {
  MT_FB_WHILE, MT_FB_FOR, MT_FB_TRY_EXCEPT, MT_FB_FINALLY_TRY, MT_FB_FINALLY_END,
  MT_FB_HANDLER, MT_FB_WITH
} mt_fblock_kind;

typedef struct mt_fblock {
  uint8_t kind;        /* mt_fblock_kind */
  uint8_t reg;         /* FINALLY_END, HANDLER: saved handled exception; WITH: __exit__ */
  int32_t outer;       /* exception handler active outside this construct */
  const mt_ast_seq *finalbody; /* FINALLY_TRY */
  const mt_ast_node *name;     /* HANDLER: the except-as name node (a Name is made) */
  const mt_ast_id *asname;     /* HANDLER: the except-as name */
  int32_t breaks, continues;   /* loops: pending jump lists */
  mt_regset break_state;       /* loops: intersection of the states at each break */
  bool broke;                  /* loops: some break was compiled */
} mt_fblock;

typedef struct mt_line_run {
  uint32_t pc;
  mt_span span;
} mt_line_run;

typedef struct mt_handler_run {
  uint32_t pc;
  int32_t handler; /* index in handlers, or -1 */
} mt_handler_run;

typedef struct mt_handler {
  int32_t target; /* pc, or -1 until placed */
  uint8_t reg;
} mt_handler;

struct mt_fstate {
  mt_fstate *prev;
  mt_compiler *C;
  mt_block *block;
  const mt_ast_node *node;
  const char *qualname;
  /* proto header, set by compile.c */
  uint32_t name, qualname_idx;
  uint8_t nparams, nposonly, npos, nkwonly, ndefaults, flags;
  mt_regset param_default; /* parameters with a default value */
  /* code */
  mt_instr *code;
  uint32_t ncode, capcode;
  int32_t lasttarget; /* pc of the last jump target (no peephole across it) */
  mt_line_run *lines;
  uint32_t nlines, caplines;
  mt_handler_run *hruns;
  uint32_t nhruns, caphruns;
  mt_handler *handlers;
  uint32_t nhandlers, caphandlers;
  int32_t handler; /* active exception handler, -1 for none */
  mt_span loc;     /* span given to emitted instructions */
  /* constants, names, nested protos */
  mt_const *k;
  uint32_t nk, capk;
  uint32_t *kindex;
  uint32_t kindexcap;
  mt_name *names;
  uint32_t nnames, capnames;
  uint32_t *nindex;
  uint32_t nindexcap;
  const mt_proto **protos;
  uint32_t nprotos, capprotos;
  /* registers */
  uint32_t freereg, nactive, maxreg;
  /* definite assignment of plain locals */
  mt_regset assigned;  /* surely bound here */
  mt_regset deletable; /* may be unbound again after being bound (del, except-as) */
  mt_regset walrus;    /* assigned by a walrus: read into temporaries */
  bool dead;           /* code here is unreachable */
  /* enclosing constructs: the last member, which mt_code_open does not
  ** zero (about 1.3 KB); an entry is set when pushed */
  uint32_t nfb;
  mt_fblock fb[MT_CODE_MAX_BLOCKS];
};

typedef enum {
  MT_EX_VOID,     /* no value */
  MT_EX_CONST,    /* constant u.c, not yet anywhere */
  MT_EX_NONRELOC, /* value in register u.info (a local's own when < nactive) */
  MT_EX_RELOC,    /* instruction at pc u.info computes it; its A is still to be set */
  MT_EX_JMP,      /* a test: the JMP at pc u.info is taken when it is true */
  MT_EX_CMP       /* a comparison not yet emitted: u.cmp */
} mt_expkind;

typedef struct mt_expdesc {
  mt_expkind k;
  union {
    uint32_t info;
    mt_const c;
    struct {
      uint8_t op;    /* mt_ast_op of the comparison */
      uint8_t left;  /* register */
      uint8_t right; /* register, or K index when rk */
      bool rk;       /* right operand is a constant */
    } cmp;
  } u;
  int32_t t, f; /* jump lists: taken when the value is true / false */
} mt_expdesc;

/* ---- errors ---- */
MT_INTERNAL void mt_code_error(mt_fstate *fs, const mt_ast_node *at, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
MT_INTERNAL void mt_code_nomem(mt_compiler *C) __attribute__((noreturn));
MT_INTERNAL void *mt_code_alloc(mt_compiler *C, size_t n); /* in the unit's arena */

/* ---- function state ---- */
MT_INTERNAL mt_fstate *mt_code_open(mt_compiler *C, mt_block *block, const mt_ast_node *node);
/* Build the proto (running the final pass), then release fs. */
MT_INTERNAL mt_proto *mt_code_close(mt_fstate *fs);
/* Free fs, the innermost open function (also on errors). */
MT_INTERNAL void mt_code_release(mt_fstate *fs);

/* ---- emission ---- */
MT_INTERNAL uint32_t mt_code_emit(mt_fstate *fs, mt_instr i);
MT_INTERNAL uint32_t mt_code_abc(mt_fstate *fs, mt_opcode op, uint32_t a, uint32_t b, uint32_t c);
MT_INTERNAL uint32_t mt_code_abx(mt_fstate *fs, mt_opcode op, uint32_t a, uint32_t bx);
/* An instruction with a K/N/P operand that may need an EXTRAARG: `index`
** goes into field `field` (1 = B or Bx, 2 = C) or escapes. */
MT_INTERNAL uint32_t mt_code_indexed(mt_fstate *fs, mt_opcode op, uint32_t a, uint32_t b,
                                     uint32_t c, int field, uint32_t index);
MT_INTERNAL void mt_code_extraarg(mt_fstate *fs, uint32_t ax);
MT_INTERNAL void mt_code_loadnone(mt_fstate *fs, uint32_t reg);
MT_INTERNAL mt_instr *mt_code_instr(mt_fstate *fs, const mt_expdesc *e);

/* ---- registers ---- */
MT_INTERNAL void mt_code_reserve(mt_fstate *fs, uint32_t n);
MT_INTERNAL void mt_code_free_reg(mt_fstate *fs, uint32_t reg);
MT_INTERNAL void mt_code_free_exp(mt_fstate *fs, mt_expdesc *e);
MT_INTERNAL void mt_code_free_exps(mt_fstate *fs, mt_expdesc *e1, mt_expdesc *e2);

/* ---- constants and names ---- */
MT_INTERNAL uint32_t mt_code_k(mt_fstate *fs, const mt_const *c);
MT_INTERNAL uint32_t mt_code_name(mt_fstate *fs, const char *s, uint32_t len);
/* The unit's NUL-terminated copy of s[0..len), shared by equal texts. */
MT_INTERNAL const char *mt_code_intern(mt_compiler *C, const char *s, uint32_t len);
MT_INTERNAL uint32_t mt_code_proto(mt_fstate *fs, const mt_proto *p);
MT_INTERNAL bool mt_code_const_truth(const mt_const *c);

/* ---- expressions ---- */
MT_INTERNAL void mt_code_init_exp(mt_expdesc *e, mt_expkind k, uint32_t info);
MT_INTERNAL void mt_code_discharge_vars(mt_fstate *fs, mt_expdesc *e);
MT_INTERNAL void mt_code_exp2reg(mt_fstate *fs, mt_expdesc *e, uint32_t reg);
MT_INTERNAL void mt_code_exp2nextreg(mt_fstate *fs, mt_expdesc *e);
MT_INTERNAL uint32_t mt_code_exp2anyreg(mt_fstate *fs, mt_expdesc *e);
/* Register or constant: leave small-index constants as MT_EX_CONST with the
** K index in *kidx (returns true), else put e in a register (false). */
MT_INTERNAL bool mt_code_exp2rk(mt_fstate *fs, mt_expdesc *e, uint32_t *kidx);
MT_INTERNAL void mt_code_setoneret(mt_fstate *fs, mt_expdesc *e, uint32_t reg);

/* ---- conditions and jumps ---- */
MT_INTERNAL uint32_t mt_code_jump(mt_fstate *fs);
MT_INTERNAL uint32_t mt_code_label(mt_fstate *fs);
MT_INTERNAL void mt_code_concat(mt_fstate *fs, int32_t *l1, int32_t l2);
MT_INTERNAL void mt_code_patchlist(mt_fstate *fs, int32_t list, uint32_t target);
MT_INTERNAL void mt_code_patchtohere(mt_fstate *fs, int32_t list);
MT_INTERNAL void mt_code_goiftrue(mt_fstate *fs, mt_expdesc *e);
MT_INTERNAL void mt_code_goiffalse(mt_fstate *fs, mt_expdesc *e);
MT_INTERNAL void mt_code_not(mt_fstate *fs, mt_expdesc *e);
/* Emit a pending comparison as a test whose JMP is taken when it equals
** `cond`; returns the JMP's pc. */
MT_INTERNAL uint32_t mt_code_cmpjump(mt_fstate *fs, mt_expdesc *e, bool cond);

/* ---- exception handlers ---- */
/* A new handler (target placed later with mt_code_place_handler). */
MT_INTERNAL int32_t mt_code_new_handler(mt_fstate *fs, uint32_t reg);
MT_INTERNAL void mt_code_place_handler(mt_fstate *fs, int32_t h);
MT_INTERNAL void mt_code_set_handler(mt_fstate *fs, int32_t h);

/* ---- definite assignment ---- */
static inline bool mt_regset_has(const mt_regset *s, uint32_t r) {
  return (s->w[r >> 6] >> (r & 63)) & 1;
}
static inline void mt_regset_add(mt_regset *s, uint32_t r) { s->w[r >> 6] |= (uint64_t)1 << (r & 63); }
static inline void mt_regset_del(mt_regset *s, uint32_t r) {
  s->w[r >> 6] &= ~((uint64_t)1 << (r & 63));
}
static inline void mt_regset_and(mt_regset *s, const mt_regset *o) {
  for (int i = 0; i < 4; i++) s->w[i] &= o->w[i];
}
static inline void mt_regset_minus(mt_regset *s, const mt_regset *o) {
  for (int i = 0; i < 4; i++) s->w[i] &= ~o->w[i];
}

#endif
