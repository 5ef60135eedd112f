/*
** proto_verify.c: the bytecode well-formedness checker. The compiler runs
** it on its output in debug builds; the snapshot loader runs its code
** checks (mt_proto_verify_code, proto_verify.h) on every code object of an
** arena it cannot trust, so it reads every field defensively and never
** assumes what another field says (architecture-notes §3.3, item 4).
**
** The first part checks one piece of code described by an mt_bytecode;
** the second part describes protos that way and adds what only protos
** have (constants as host values, names, nested protos, closures).
*/
#include <stdarg.h>
#include <stdio.h>

#include "ast.h"
#include "proto.h"
#include "proto_verify.h"
#include "unicode.h"

/*
** {==================================================================
** One piece of code (proto_verify.h)
** ===================================================================
*/

enum { VAR_LOCAL, VAR_CELL, VAR_FREE };

typedef struct bc {
  const mt_bytecode *b;
  char *msg;
  size_t msgsize;
} bc;

static int bfail(bc *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int bfail(bc *v, const char *fmt, ...) {
  if (v->msg && v->msgsize) {
    char what[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    snprintf(v->msg, v->msgsize, "%.60s: %s", v->b->name ? v->b->name : "?", what);
  }
  return -1;
}

static mt_opcode op_at(const mt_bytecode *b, uint32_t pc) { return mt_instr_op(b->code[pc]); }

static bool extra_at(const mt_bytecode *b, uint32_t pc) { return pc < b->ninstr && op_at(b, pc) == MT_OP_EXTRAARG; }

/* Registers: parameters in R[i], then strictly increasing; free variables
** last. What check_cell's bisection relies on. */
static int check_vars(bc *v) {
  const mt_bytecode *b = v->b;
  if (b->nparams > b->nvars || b->nfree > b->nvars || b->nvars > b->nregs)
    return bfail(v, "inconsistent parameter counts");
  uint32_t prev = 0;
  for (uint32_t i = 0; i < b->nvars; i++) {
    uint8_t var[4];
    b->var(b->ctx, i, var);
    bool free_slot = i >= b->nvars - b->nfree;
    if (var[0] >= b->nregs || var[1] > VAR_FREE) return bfail(v, "bad var %u", i);
    if ((var[1] == VAR_FREE) != free_slot) return bfail(v, "free vars must come last");
    if (i < b->nparams ? var[0] != i : (i > 0 && var[0] <= prev)) return bfail(v, "var registers out of order");
    prev = var[0];
  }
  return 0;
}

static int check_lineinfo(bc *v) {
  const mt_bytecode *b = v->b;
  mt_proto view = {.lineinfo = b->lineinfo, .nlineinfo = b->nlineinfo, .ncode = b->ninstr, .firstline = b->firstline};
  mt_span s;
  /* every record is decoded when reaching the last instruction */
  if (b->ninstr && mt_proto_span(&view, b->ninstr - 1, &s)) return bfail(v, "bad line table");
  return 0;
}

static int check_handlers(bc *v) {
  const mt_bytecode *b = v->b;
  uint32_t prev_end = 0;
  for (uint32_t i = 0; i < b->nhandlers; i++) {
    uint32_t h[4];
    b->handler(b->ctx, i, h);
    if (h[0] >= h[1] || h[1] > b->ninstr || h[2] >= b->ninstr || h[3] >= b->nregs || h[0] < prev_end ||
        op_at(b, h[2]) == MT_OP_EXTRAARG)
      return bfail(v, "bad exception table entry %u", i);
    prev_end = h[1];
  }
  return 0;
}

/* Value of an index operand, following an escape into the next EXTRAARG. */
static bool index_operand(const mt_bytecode *b, uint32_t pc, uint32_t raw, uint32_t max, uint32_t *out,
                          bool *escaped) {
  *escaped = raw == max;
  if (!*escaped) {
    *out = raw;
    return true;
  }
  if (!extra_at(b, pc + 1)) return false;
  *out = mt_instr_ax(b->code[pc + 1]);
  return true;
}

/* Check one operand field of kind `kind` holding raw. Sets *escaped when it
** consumes the next EXTRAARG. */
static int check_operand(bc *v, uint32_t pc, int kind, int64_t raw, uint32_t max, bool *escaped) {
  const mt_bytecode *b = v->b;
  uint32_t idx;
  switch (kind) {
    case MT_OPD__:
      if (raw != 0) return bfail(v, "pc %u: unused operand is %lld", pc, (long long)raw);
      return 0;
    case MT_OPD_R:
      if (raw < 0 || raw >= b->nregs) return bfail(v, "pc %u: register %lld out of range", pc, (long long)raw);
      return 0;
    case MT_OPD_k:
      if (raw < 0 || raw >= b->nk) return bfail(v, "pc %u: constant %lld out of range", pc, (long long)raw);
      return 0;
    case MT_OPD_K:
    case MT_OPD_N:
    case MT_OPD_P:
      if (!index_operand(b, pc, (uint32_t)raw, max, &idx, escaped))
        return bfail(v, "pc %u: escaped operand without EXTRAARG", pc);
      if (idx >= (kind == MT_OPD_K ? b->nk : kind == MT_OPD_N ? b->nnames : b->nprotos))
        return bfail(v, "pc %u: index %u out of range", pc, idx);
      return 0;
    case MT_OPD_J: {
      int64_t target = (int64_t)pc + 1 + raw;
      if (target < 0 || target >= b->ninstr) return bfail(v, "pc %u: jump out of the code", pc);
      if (op_at(b, (uint32_t)target) == MT_OP_EXTRAARG) return bfail(v, "pc %u: jump into an EXTRAARG", pc);
      return 0;
    }
    default: return 0;
  }
}

/* Register windows: operands naming a run of registers. */
static int check_window(bc *v, uint32_t pc, uint64_t last) {
  if (last >= v->b->nregs) return bfail(v, "pc %u: register window beyond nregs", pc);
  return 0;
}

static int check_keyword_names(bc *v, uint32_t pc, uint32_t n) {
  const mt_bytecode *b = v->b;
  if (!extra_at(b, pc + 1)) return bfail(v, "pc %u: keywords without names", pc);
  uint32_t k = mt_instr_ax(b->code[pc + 1]);
  if (k >= b->nk || !b->kwnames(b->ctx, k, n)) return bfail(v, "pc %u: keyword names are not a tuple of %u strs", pc, n);
  return 0;
}

/* The kind of the var living in register reg, or -1. Bisection over the
** var table check_vars found sorted by register, so a lookup costs a few
** steps however many instructions ask. */
static int var_kind(const mt_bytecode *b, uint32_t reg) {
  uint32_t lo = 0, hi = b->nvars;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    uint8_t var[4];
    b->var(b->ctx, mid, var);
    if (var[0] == reg) return var[1];
    if (var[0] < reg) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/* Cell instructions must name a register the var table says holds a cell
** (MAKECELL: one of this function's own cells). */
static int check_cell(bc *v, uint32_t pc, uint32_t reg, bool own) {
  int kind = var_kind(v->b, reg);
  if (kind == VAR_CELL || (!own && kind == VAR_FREE)) return 0;
  return bfail(v, "pc %u: r%u is not a cell", pc, reg);
}

/* Opcode-specific rules; *extra is set when the next word is this
** instruction's EXTRAARG. */
static int check_specific(bc *v, uint32_t pc, bool *extra) {
  const mt_bytecode *b = v->b;
  mt_instr i = b->code[pc];
  uint32_t a = mt_instr_a(i), bb = mt_instr_b(i), c = mt_instr_c(i);
  switch (mt_instr_op(i)) {
    case MT_OP_MAKECELL: return check_cell(v, pc, a, true);
    case MT_OP_GETCELL: return check_cell(v, pc, bb, false);
    case MT_OP_SETCELL:
    case MT_OP_DELCELL: return check_cell(v, pc, a, false);
    case MT_OP_LOADBOOL: return bb > 1 || c > 1 ? bfail(v, "pc %u: bad flag", pc) : 0;
    case MT_OP_TEST:
    case MT_OP_IFNONE: return bb > 1 ? bfail(v, "pc %u: bad flag", pc) : 0;
    case MT_OP_LOADMETHOD:
    case MT_OP_WITHENTER:
    case MT_OP_FORITER: return check_window(v, pc, (uint64_t)a + 1);
    case MT_OP_CALLEX: return check_window(v, pc, (uint64_t)a + 2);
    case MT_OP_YIELDFROM: return check_window(v, pc, (uint64_t)bb + 1);
    case MT_OP_UNPACK: return check_window(v, pc, (uint64_t)a + c - (c ? 1 : 0));
    case MT_OP_UNPACKEX:
      if (!extra_at(b, pc + 1)) return bfail(v, "pc %u: UNPACKEX without EXTRAARG", pc);
      *extra = true;
      return check_window(v, pc, (uint64_t)a + c + mt_instr_ax(b->code[pc + 1]));
    case MT_OP_BUILDLIST:
    case MT_OP_BUILDTUPLE:
    case MT_OP_BUILDSET:
    case MT_OP_BUILDSTRING: return c ? check_window(v, pc, (uint64_t)bb + c - 1) : 0;
    case MT_OP_BUILDDICT: return c ? check_window(v, pc, (uint64_t)bb + 2u * c - 1) : 0;
    case MT_OP_BUILDSLICE:
      if (c != 2 && c != 3) return bfail(v, "pc %u: slice of %u parts", pc, c);
      return check_window(v, pc, (uint64_t)bb + c - 1);
    case MT_OP_CALL:
    case MT_OP_CALLMETHOD:
      if (check_window(v, pc, (uint64_t)a + bb + c + (mt_instr_op(i) == MT_OP_CALLMETHOD))) return -1;
      if (c) {
        *extra = true;
        return check_keyword_names(v, pc, c);
      }
      return 0;
    case MT_OP_FORMAT:
      if (c > 7) return bfail(v, "pc %u: bad format flags", pc);
      return (c & 4) ? check_window(v, pc, (uint64_t)bb + 1) : 0;
    case MT_OP_RAISE:
      if (c > 2 || (c == 0 && (a || bb)) || (c == 1 && bb)) return bfail(v, "pc %u: bad RAISE", pc);
      if (c >= 1 && a >= b->nregs) return bfail(v, "pc %u: register out of range", pc);
      if (c == 2 && bb >= b->nregs) return bfail(v, "pc %u: register out of range", pc);
      return 0;
    case MT_OP_MAKEFUNC: {
      uint32_t idx;
      bool esc;
      if (!index_operand(b, pc, mt_instr_bx(i), MT_MAXARG_BX, &idx, &esc) || idx >= b->nprotos)
        return 0; /* reported by the operand check */
      int64_t ndef = b->ndefaults(b->ctx, idx);
      if (ndef < 0) return bfail(v, "pc %u: missing proto", pc);
      return check_window(v, pc, (uint64_t)a + (uint64_t)ndef);
    }
    default: {
      mt_opcode op = mt_instr_op(i);
      bool flag = mt_op_flags[op] & MT_OPF_T;
      if (flag && op != MT_OP_TEST && op != MT_OP_IFNONE && c > 1) return bfail(v, "pc %u: bad flag", pc);
      return 0;
    }
  }
}

/* The operand fields of instruction i as its format splits them. */
static uint32_t operand_fields(mt_instr i, int64_t f[3]) {
  uint32_t max = MT_MAXARG_B;
  switch ((mt_op_format)mt_op_formats[mt_instr_op(i)]) {
    case MT_FMT_ABC: f[0] = mt_instr_a(i), f[1] = mt_instr_b(i), f[2] = mt_instr_c(i); break;
    case MT_FMT_ABX: f[0] = mt_instr_a(i), f[1] = mt_instr_bx(i), f[2] = 0, max = MT_MAXARG_BX; break;
    case MT_FMT_ASBX: f[0] = mt_instr_a(i), f[1] = mt_instr_sbx(i), f[2] = 0; break;
    case MT_FMT_AX: f[0] = mt_instr_ax(i), f[1] = f[2] = 0; break;
    case MT_FMT_SJ: f[0] = mt_instr_sj(i), f[1] = f[2] = 0; break;
  }
  return max;
}

static int check_instructions(bc *v) {
  const mt_bytecode *b = v->b;
  if (!b->ninstr) return bfail(v, "no code");
  bool expect_extra = false;
  for (uint32_t pc = 0; pc < b->ninstr; pc++) {
    mt_instr i = b->code[pc];
    uint32_t op = mt_instr_op(i);
    if (op >= MT_OP_COUNT) return bfail(v, "pc %u: unknown opcode %u", pc, op);
    if (op == MT_OP_EXTRAARG) {
      if (!expect_extra) return bfail(v, "pc %u: EXTRAARG where none is taken", pc);
      expect_extra = false;
      continue;
    }
    if (expect_extra) return bfail(v, "pc %u: missing EXTRAARG", pc);
    const uint8_t *kinds = mt_op_operands[op];
    int64_t f[3];
    uint32_t max = operand_fields(i, f);
    bool escaped = false, extra = false;
    for (int k = 0; k < 3; k++) {
      bool e = false;
      if (check_operand(v, pc, kinds[k], f[k], max, &e)) return -1;
      if (e && escaped) return bfail(v, "pc %u: two escaped operands", pc);
      escaped |= e;
    }
    if (check_specific(v, pc, &extra)) return -1;
    if (extra && escaped) return bfail(v, "pc %u: two uses of one EXTRAARG", pc);
    expect_extra = extra || escaped;
    if ((mt_op_flags[op] & MT_OPF_T) && (pc + 1 >= b->ninstr || op_at(b, pc + 1) != MT_OP_JMP))
      return bfail(v, "pc %u: test not followed by JMP", pc);
  }
  if (expect_extra) return bfail(v, "missing final EXTRAARG");
  if (!mt_op_ends_flow(op_at(b, b->ninstr - 1))) return bfail(v, "code can run past its end");
  return 0;
}

int mt_proto_verify_code(const mt_bytecode *b, char *msg, size_t msgsize) {
  bc v = {b, msg, msgsize};
  if (b->nregs == 0) return bfail(&v, "no registers");
  if (check_vars(&v) || check_handlers(&v) || check_instructions(&v) || check_lineinfo(&v)) return -1;
  return 0;
}

bool mt_proto_verify_call_site(const uint32_t *code, uint32_t ninstr, uint32_t pc) {
  if (pc == 0 || pc > ninstr) return false;
  switch (mt_instr_op(code[pc - 1])) {
    case MT_OP_CALL:
    case MT_OP_CALLMETHOD:
    case MT_OP_CALLEX:
    case MT_OP_FORITER:
    case MT_OP_YIELDFROM:
    case MT_OP_UNPACK:
    case MT_OP_UNPACKEX:
    case MT_OP_LISTEXTEND:
    case MT_OP_SETUPDATE:
    case MT_OP_IADD:
    case MT_OP_IBITOR:
    case MT_OP_SETITEM:
    case MT_OP_SETITEMK:
    case MT_OP_SETATTR:
    case MT_OP_IN:
    case MT_OP_NOTIN:
    case MT_OP_IFIN:
    case MT_OP_IFNOTIN:
    case MT_OP_IFINK:
    case MT_OP_IFNOTINK: return true;
    default: return false;
  }
}

/* }================================================================== */

/*
** {==================================================================
** Protos
** ===================================================================
*/

/* Bounds on what the verifier walks: protos nested deeper than MAX_DEPTH
** (the compiler's follow the syntax tree, at most 1000 deep) are rejected,
** and so is a graph whose arrays, counted at every visit, exceed MAX_WORK
** bytes. A compiled unit holds all of its protos' arrays in one arena of
** at most that size, so no tree the compiler makes reaches it, while a
** cyclic or exponentially shared graph is cut off after about as much work
** as verifying the largest possible unit. */
#define MAX_DEPTH 1100u
#define MAX_WORK ((uint64_t)MT_AST_ARENA_DEFAULT_LIMIT)
#define MAX_CONST_DEPTH 1100u

typedef struct verifier {
  char *msg;
  size_t msgsize;
  uint64_t work; /* bytes of arrays checked so far */
} verifier;

static int fail(verifier *v, const mt_proto *p, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(verifier *v, const mt_proto *p, const char *fmt, ...) {
  if (v->msg && v->msgsize) {
    char what[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    const char *name = "?";
    if (p && p->names && p->qualname < p->nnames && p->names[p->qualname].s)
      name = p->names[p->qualname].s;
    snprintf(v->msg, v->msgsize, "%.60s: %s", name, what);
  }
  return -1;
}

/* Count n bytes of arrays about to be checked against MAX_WORK. */
static int spend(verifier *v, const mt_proto *p, uint64_t n) {
  v->work += n;
  return v->work > MAX_WORK ? fail(v, p, "protos too large or too shared") : 0;
}

/* Text the VM turns into a str (a str constant, a big int's digits, a
** name) must be strict UTF-8: the object layer trusts every str to be. */
static int check_text(verifier *v, const mt_proto *p, const char *s, uint32_t len, const char *what) {
  size_t ncp;
  mt_uni_codec_error e;
  if (spend(v, p, len)) return -1;
  if (mt_uni_utf8_check(s, len, &ncp, &e) != MT_UNI_OK) return fail(v, p, "%s is not UTF-8", what);
  return 0;
}

static int check_const(verifier *v, const mt_proto *p, const mt_const *c, uint32_t depth) {
  if (depth > MAX_CONST_DEPTH) return fail(v, p, "constant nested too deeply");
  switch ((mt_const_kind)c->kind) {
    case MT_CONST_NONE:
    case MT_CONST_TRUE:
    case MT_CONST_FALSE:
    case MT_CONST_ELLIPSIS:
    case MT_CONST_INT:
    case MT_CONST_FLOAT:
    case MT_CONST_IMAG: return 0;
    case MT_CONST_BIGINT:
      if (c->base != 2 && c->base != 8 && c->base != 10 && c->base != 16)
        return fail(v, p, "big int constant in base %u", c->base);
      __attribute__((fallthrough));
    case MT_CONST_STR:
    case MT_CONST_BYTES:
      if (!c->u.s) return fail(v, p, "constant without its bytes");
      return c->kind == MT_CONST_BYTES ? 0 : check_text(v, p, c->u.s, c->len, "text constant");
    case MT_CONST_TUPLE:
      if (c->len && !c->u.items) return fail(v, p, "tuple constant without items");
      if (spend(v, p, (uint64_t)c->len * sizeof *c->u.items)) return -1;
      for (uint32_t i = 0; i < c->len; i++)
        if (check_const(v, p, &c->u.items[i], depth + 1)) return -1;
      return 0;
  }
  return fail(v, p, "constant of unknown kind %u", c->kind);
}

/* Header, tables and parameters (the var table's shape is checked with
** the code). */
static int check_tables(verifier *v, const mt_proto *p) {
  if ((p->ncode && !p->code) || (p->nk && !p->k) || (p->nnames && !p->names) ||
      (p->nprotos && !p->protos) || (p->nvars && !p->vars) || (p->nhandlers && !p->handlers) ||
      (p->nlineinfo && !p->lineinfo))
    return fail(v, p, "a table is missing");
  if (p->nregs == 0) return fail(v, p, "no registers");
  if (p->name >= p->nnames || p->qualname >= p->nnames) return fail(v, p, "bad name index");
  for (uint32_t i = 0; i < p->nnames; i++) {
    if (!p->names[i].s) return fail(v, p, "name %u missing", i);
    if (check_text(v, p, p->names[i].s, p->names[i].len, "name")) return -1;
  }
  for (uint32_t i = 0; i < p->nk; i++)
    if (check_const(v, p, &p->k[i], 0)) return -1;
  if ((p->flags & MT_PROTO_DOC) && (p->nk == 0 || p->k[0].kind != MT_CONST_STR))
    return fail(v, p, "docstring flag without a str K[0]");
  uint32_t star = (p->flags & MT_PROTO_VARARGS ? 1u : 0u) + (p->flags & MT_PROTO_VARKW ? 1u : 0u);
  if ((uint32_t)p->npos + p->nkwonly + star != p->nparams || p->nposonly > p->npos || p->ndefaults > p->npos)
    return fail(v, p, "inconsistent parameter counts");
  for (uint32_t i = 0; i < p->nvars; i++)
    if (p->vars[i].name >= p->nnames) return fail(v, p, "bad var %u", i);
  return 0;
}

/* ---- a proto as an mt_bytecode ---- */

static void proto_var(const void *ctx, uint32_t i, uint8_t out[4]) {
  const mt_proto_var *var = &((const mt_proto *)ctx)->vars[i];
  out[0] = var->reg, out[1] = var->kind, out[2] = var->parent_reg, out[3] = var->flags;
}

static void proto_handler(const void *ctx, uint32_t i, uint32_t out[4]) {
  const mt_proto_handler *h = &((const mt_proto *)ctx)->handlers[i];
  out[0] = h->start, out[1] = h->end, out[2] = h->target, out[3] = h->reg;
}

static bool proto_kwnames(const void *ctx, uint32_t k, uint32_t n) {
  const mt_const *c = &((const mt_proto *)ctx)->k[k];
  if (c->kind != MT_CONST_TUPLE || c->len != n) return false;
  for (uint32_t i = 0; i < n; i++)
    if (c->u.items[i].kind != MT_CONST_STR) return false;
  return true;
}

/* The defaults MAKEFUNC passes: positional ones, then one per keyword-only
** parameter flagged DEFAULT. */
static int64_t proto_ndefaults(const void *ctx, uint32_t x) {
  const mt_proto *child = ((const mt_proto *)ctx)->protos[x];
  if (!child) return -1;
  int64_t ndef = child->ndefaults;
  for (uint32_t j = 0; j < child->nparams && j < child->nvars && child->vars; j++)
    if (child->vars[j].flags & MT_VAR_DEFAULT) ndef++;
  return ndef;
}

static void describe(const mt_proto *p, mt_bytecode *b) {
  const char *name = p->names && p->qualname < p->nnames && p->names[p->qualname].s ? p->names[p->qualname].s : "?";
  *b = (mt_bytecode){.code = p->code, .lineinfo = p->lineinfo, .ninstr = p->ncode, .nregs = p->nregs,
                     .nk = p->nk, .nnames = p->nnames, .nprotos = p->nprotos, .nvars = p->nvars,
                     .nhandlers = p->nhandlers, .nlineinfo = p->nlineinfo, .firstline = p->firstline,
                     .nparams = p->nparams, .nfree = p->nfree, .name = name, .ctx = p,
                     .var = proto_var, .handler = proto_handler, .kwnames = proto_kwnames,
                     .ndefaults = proto_ndefaults};
}

/* A child's free variables take cells from registers of p (described by
** b) holding one. */
static int check_closure(verifier *v, const mt_proto *p, const mt_bytecode *b, const mt_proto *child) {
  if (!child->vars && child->nvars) return 0; /* reported with the child */
  for (uint32_t i = child->nvars >= child->nfree ? child->nvars - child->nfree : 0; i < child->nvars; i++) {
    int kind = var_kind(b, child->vars[i].parent_reg);
    if (kind != VAR_CELL && kind != VAR_FREE)
      return fail(v, p, "closure of nested proto %u takes a non-cell register", i);
  }
  return 0;
}

static int verify(verifier *v, const mt_proto *p, uint32_t depth) {
  if (!p) return fail(v, NULL, "missing proto");
  if (depth > MAX_DEPTH) return fail(v, p, "protos nested too deeply");
  if (spend(v, p, sizeof *p + (uint64_t)p->ncode * sizeof *p->code + (uint64_t)p->nk * sizeof *p->k +
                      (uint64_t)p->nnames * sizeof *p->names + (uint64_t)p->nprotos * sizeof *p->protos +
                      (uint64_t)p->nvars * sizeof *p->vars + (uint64_t)p->nhandlers * sizeof *p->handlers +
                      p->nlineinfo))
    return -1;
  if (check_tables(v, p)) return -1;
  mt_bytecode b;
  describe(p, &b);
  if (mt_proto_verify_code(&b, v->msg, v->msgsize)) return -1;
  for (uint32_t i = 0; i < p->nprotos; i++) {
    if (verify(v, p->protos[i], depth + 1)) return -1;
    if (check_closure(v, p, &b, p->protos[i])) return -1;
  }
  return 0;
}

int mt_proto_verify(const mt_proto *p, char *msg, size_t msgsize) {
  verifier v = {msg, msgsize, 0};
  if (verify(&v, p, 0)) return -1;
  if (p->nfree && (p->flags & MT_PROTO_MODULE)) return fail(&v, p, "module code with free variables");
  return 0;
}

/* }================================================================== */
