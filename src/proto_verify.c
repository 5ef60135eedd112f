/*
** proto_verify.c: the bytecode well-formedness checker. The compiler runs
** it on its output in debug builds; the snapshot loader runs it on code it
** cannot trust, so it reads every field defensively and never assumes what
** another field says (architecture-notes §3.3, item 4).
*/
#include <stdarg.h>
#include <stdio.h>

#include "ast.h"
#include "proto.h"
#include "unicode.h"

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

/* Header, tables and parameters. */
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
  if ((uint32_t)p->npos + p->nkwonly + star != p->nparams || p->nposonly > p->npos ||
      p->ndefaults > p->npos || p->nparams > p->nvars || p->nfree > p->nvars || p->nvars > p->nregs)
    return fail(v, p, "inconsistent parameter counts");
  for (uint32_t i = 0; i < p->nvars; i++) {
    const mt_proto_var *var = &p->vars[i];
    bool free_slot = i >= p->nvars - p->nfree;
    if (var->name >= p->nnames || var->reg >= p->nregs || var->kind > MT_VAR_FREE)
      return fail(v, p, "bad var %u", i);
    if ((var->kind == MT_VAR_FREE) != free_slot) return fail(v, p, "free vars must come last");
    if (i < p->nparams ? var->reg != i : (i > 0 && var->reg <= p->vars[i - 1].reg))
      return fail(v, p, "var registers out of order");
  }
  return 0;
}

static int check_lineinfo(verifier *v, const mt_proto *p) {
  if (!p->ncode) return 0;
  mt_span s;
  /* every record is decoded when reaching the last instruction */
  if (mt_proto_span(p, p->ncode - 1, &s)) return fail(v, p, "bad line table");
  return 0;
}

static int check_handlers(verifier *v, const mt_proto *p) {
  uint32_t prev_end = 0;
  for (uint32_t i = 0; i < p->nhandlers; i++) {
    const mt_proto_handler *h = &p->handlers[i];
    if (h->start >= h->end || h->end > p->ncode || h->target >= p->ncode || h->reg >= p->nregs ||
        h->start < prev_end || mt_instr_op(p->code[h->target]) == MT_OP_EXTRAARG)
      return fail(v, p, "bad exception table entry %u", i);
    prev_end = h->end;
  }
  return 0;
}

/* Value of an index operand, following an escape into the next EXTRAARG. */
static bool index_operand(const mt_proto *p, uint32_t pc, uint32_t raw, uint32_t max, uint32_t *out,
                          bool *escaped) {
  *escaped = raw == max;
  if (!*escaped) {
    *out = raw;
    return true;
  }
  if (pc + 1 >= p->ncode || mt_instr_op(p->code[pc + 1]) != MT_OP_EXTRAARG) return false;
  *out = mt_instr_ax(p->code[pc + 1]);
  return true;
}

/* Check one operand field of kind `kind` holding raw. Sets *escaped when it
** consumes the next EXTRAARG. */
static int check_operand(verifier *v, const mt_proto *p, uint32_t pc, int kind, int64_t raw,
                         uint32_t max, bool *escaped) {
  uint32_t idx;
  switch (kind) {
    case MT_OPD__:
      if (raw != 0) return fail(v, p, "pc %u: unused operand is %lld", pc, (long long)raw);
      return 0;
    case MT_OPD_R:
      if (raw < 0 || raw >= p->nregs) return fail(v, p, "pc %u: register %lld out of range", pc, (long long)raw);
      return 0;
    case MT_OPD_k:
      if (raw < 0 || raw >= p->nk) return fail(v, p, "pc %u: constant %lld out of range", pc, (long long)raw);
      return 0;
    case MT_OPD_K:
    case MT_OPD_N:
    case MT_OPD_P:
      if (!index_operand(p, pc, (uint32_t)raw, max, &idx, escaped))
        return fail(v, p, "pc %u: escaped operand without EXTRAARG", pc);
      if (idx >= (kind == MT_OPD_K ? p->nk : kind == MT_OPD_N ? p->nnames : p->nprotos))
        return fail(v, p, "pc %u: index %u out of range", pc, idx);
      return 0;
    case MT_OPD_J: {
      int64_t target = (int64_t)pc + 1 + raw;
      if (target < 0 || target >= p->ncode) return fail(v, p, "pc %u: jump out of the code", pc);
      if (mt_instr_op(p->code[target]) == MT_OP_EXTRAARG) return fail(v, p, "pc %u: jump into an EXTRAARG", pc);
      return 0;
    }
    default: return 0;
  }
}

/* Register windows: operands naming a run of registers. */
static int check_window(verifier *v, const mt_proto *p, uint32_t pc, uint64_t last) {
  if (last >= p->nregs) return fail(v, p, "pc %u: register window beyond nregs", pc);
  return 0;
}

static int check_keyword_names(verifier *v, const mt_proto *p, uint32_t pc, uint32_t n) {
  if (pc + 1 >= p->ncode || mt_instr_op(p->code[pc + 1]) != MT_OP_EXTRAARG)
    return fail(v, p, "pc %u: keywords without names", pc);
  uint32_t k = mt_instr_ax(p->code[pc + 1]);
  if (k >= p->nk || p->k[k].kind != MT_CONST_TUPLE || p->k[k].len != n)
    return fail(v, p, "pc %u: keyword names are not a tuple of %u", pc, n);
  for (uint32_t i = 0; i < n; i++)
    if (p->k[k].u.items[i].kind != MT_CONST_STR) return fail(v, p, "pc %u: keyword name not a str", pc);
  return 0;
}

/* The var living in register reg, or NULL. Binary search: check_tables
** has made sure the var table is sorted by register (parameters in R[i],
** then strictly increasing), so a lookup costs no more than a few steps
** however many instructions ask. */
static const mt_proto_var *var_in(const mt_proto *p, uint32_t reg) {
  uint32_t lo = 0, hi = p->nvars;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (p->vars[mid].reg == reg) return &p->vars[mid];
    if (p->vars[mid].reg < reg) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

/* Cell instructions must name a register the var table says holds a cell
** (MAKECELL: one of this function's own cells). */
static int check_cell(verifier *v, const mt_proto *p, uint32_t pc, uint32_t reg, bool own) {
  const mt_proto_var *var = var_in(p, reg);
  if (var && (var->kind == MT_VAR_CELL || (!own && var->kind == MT_VAR_FREE))) return 0;
  return fail(v, p, "pc %u: r%u is not a cell", pc, reg);
}

/* Opcode-specific rules; *extra is set when the next word is this
** instruction's EXTRAARG. */
static int check_specific(verifier *v, const mt_proto *p, uint32_t pc, bool *extra) {
  mt_instr i = p->code[pc];
  uint32_t a = mt_instr_a(i), b = mt_instr_b(i), c = mt_instr_c(i);
  switch (mt_instr_op(i)) {
    case MT_OP_MAKECELL: return check_cell(v, p, pc, a, true);
    case MT_OP_GETCELL: return check_cell(v, p, pc, b, false);
    case MT_OP_SETCELL:
    case MT_OP_DELCELL: return check_cell(v, p, pc, a, false);
    case MT_OP_LOADBOOL: return b > 1 || c > 1 ? fail(v, p, "pc %u: bad flag", pc) : 0;
    case MT_OP_TEST:
    case MT_OP_IFNONE: return b > 1 ? fail(v, p, "pc %u: bad flag", pc) : 0;
    case MT_OP_LOADMETHOD:
    case MT_OP_WITHENTER:
    case MT_OP_FORITER: return check_window(v, p, pc, (uint64_t)a + 1);
    case MT_OP_CALLEX: return check_window(v, p, pc, (uint64_t)a + 2);
    case MT_OP_YIELDFROM: return check_window(v, p, pc, (uint64_t)b + 1);
    case MT_OP_UNPACK: return check_window(v, p, pc, (uint64_t)a + c - (c ? 1 : 0));
    case MT_OP_UNPACKEX:
      if (pc + 1 >= p->ncode || mt_instr_op(p->code[pc + 1]) != MT_OP_EXTRAARG)
        return fail(v, p, "pc %u: UNPACKEX without EXTRAARG", pc);
      *extra = true;
      return check_window(v, p, pc, (uint64_t)a + c + mt_instr_ax(p->code[pc + 1]));
    case MT_OP_BUILDLIST:
    case MT_OP_BUILDTUPLE:
    case MT_OP_BUILDSET:
    case MT_OP_BUILDSTRING: return c ? check_window(v, p, pc, (uint64_t)b + c - 1) : 0;
    case MT_OP_BUILDDICT: return c ? check_window(v, p, pc, (uint64_t)b + 2u * c - 1) : 0;
    case MT_OP_BUILDSLICE:
      if (c != 2 && c != 3) return fail(v, p, "pc %u: slice of %u parts", pc, c);
      return check_window(v, p, pc, (uint64_t)b + c - 1);
    case MT_OP_CALL:
    case MT_OP_CALLMETHOD:
      if (check_window(v, p, pc, (uint64_t)a + b + c + (mt_instr_op(i) == MT_OP_CALLMETHOD)))
        return -1;
      if (c) {
        *extra = true;
        return check_keyword_names(v, p, pc, c);
      }
      return 0;
    case MT_OP_FORMAT:
      if (c > 7) return fail(v, p, "pc %u: bad format flags", pc);
      return (c & 4) ? check_window(v, p, pc, (uint64_t)b + 1) : 0;
    case MT_OP_RAISE:
      if (c > 2 || (c == 0 && (a || b)) || (c == 1 && b)) return fail(v, p, "pc %u: bad RAISE", pc);
      if (c >= 1 && a >= p->nregs) return fail(v, p, "pc %u: register out of range", pc);
      if (c == 2 && b >= p->nregs) return fail(v, p, "pc %u: register out of range", pc);
      return 0;
    case MT_OP_MAKEFUNC: {
      uint32_t idx;
      bool esc;
      if (!index_operand(p, pc, mt_instr_bx(i), MT_MAXARG_BX, &idx, &esc) || idx >= p->nprotos)
        return 0; /* reported by the operand check */
      const mt_proto *child = p->protos[idx];
      if (!child) return fail(v, p, "pc %u: missing proto", pc);
      uint32_t ndef = child->ndefaults;
      for (uint32_t j = 0; j < child->nparams && j < child->nvars && child->vars; j++)
        if (child->vars[j].flags & MT_VAR_DEFAULT) ndef++;
      return check_window(v, p, pc, (uint64_t)a + ndef);
    }
    default: {
      mt_opcode op = mt_instr_op(i);
      bool flag = mt_op_flags[op] & MT_OPF_T;
      if (flag && op != MT_OP_TEST && op != MT_OP_IFNONE && c > 1) return fail(v, p, "pc %u: bad flag", pc);
      return 0;
    }
  }
}

static int check_code(verifier *v, const mt_proto *p) {
  if (!p->ncode) return fail(v, p, "no code");
  bool expect_extra = false;
  for (uint32_t pc = 0; pc < p->ncode; pc++) {
    mt_instr i = p->code[pc];
    uint32_t op = mt_instr_op(i);
    if (op >= MT_OP_COUNT) return fail(v, p, "pc %u: unknown opcode %u", pc, op);
    if (op == MT_OP_EXTRAARG) {
      if (!expect_extra) return fail(v, p, "pc %u: EXTRAARG where none is taken", pc);
      expect_extra = false;
      continue;
    }
    if (expect_extra) return fail(v, p, "pc %u: missing EXTRAARG", pc);
    const uint8_t *kinds = mt_op_operands[op];
    int64_t f[3];
    uint32_t max = MT_MAXARG_B;
    switch ((mt_op_format)mt_op_formats[op]) {
      case MT_FMT_ABC: f[0] = mt_instr_a(i), f[1] = mt_instr_b(i), f[2] = mt_instr_c(i); break;
      case MT_FMT_ABX: f[0] = mt_instr_a(i), f[1] = mt_instr_bx(i), f[2] = 0, max = MT_MAXARG_BX; break;
      case MT_FMT_ASBX: f[0] = mt_instr_a(i), f[1] = mt_instr_sbx(i), f[2] = 0; break;
      case MT_FMT_AX: f[0] = mt_instr_ax(i), f[1] = f[2] = 0; break;
      case MT_FMT_SJ: f[0] = mt_instr_sj(i), f[1] = f[2] = 0; break;
    }
    bool escaped = false, extra = false;
    for (int k = 0; k < 3; k++) {
      bool e = false;
      if (check_operand(v, p, pc, kinds[k], f[k], max, &e)) return -1;
      if (e && escaped) return fail(v, p, "pc %u: two escaped operands", pc);
      escaped |= e;
    }
    if (check_specific(v, p, pc, &extra)) return -1;
    if (extra && escaped) return fail(v, p, "pc %u: two uses of one EXTRAARG", pc);
    expect_extra = extra || escaped;
    if (mt_op_flags[op] & MT_OPF_T) {
      if (pc + 1 >= p->ncode || mt_instr_op(p->code[pc + 1]) != MT_OP_JMP)
        return fail(v, p, "pc %u: test not followed by JMP", pc);
    }
  }
  if (expect_extra) return fail(v, p, "missing final EXTRAARG");
  if (!mt_op_ends_flow(mt_instr_op(p->code[p->ncode - 1]))) return fail(v, p, "code can run past its end");
  return 0;
}

/* A child's free variables take cells from registers of p holding one. */
static int check_closure(verifier *v, const mt_proto *p, const mt_proto *child) {
  if (!child->vars && child->nvars) return 0; /* reported with the child */
  for (uint32_t i = child->nvars >= child->nfree ? child->nvars - child->nfree : 0; i < child->nvars; i++) {
    const mt_proto_var *var = var_in(p, child->vars[i].parent_reg);
    if (!var || var->kind == MT_VAR_LOCAL)
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
  if (check_tables(v, p) || check_handlers(v, p) || check_code(v, p) || check_lineinfo(v, p))
    return -1;
  for (uint32_t i = 0; i < p->nprotos; i++) {
    if (verify(v, p->protos[i], depth + 1)) return -1;
    if (check_closure(v, p, p->protos[i])) return -1;
  }
  return 0;
}

int mt_proto_verify(const mt_proto *p, char *msg, size_t msgsize) {
  verifier v = {msg, msgsize, 0};
  if (verify(&v, p, 0)) return -1;
  if (p->nfree && (p->flags & MT_PROTO_MODULE)) return fail(&v, p, "module code with free variables");
  return 0;
}
