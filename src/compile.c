/*
** compile.c: syntax tree -> register bytecode. Walks statements and
** expressions, using code.c's machinery (descriptors, registers, jumps) and
** the scopes symtable.c decided.
**
** Recursion follows the tree, so its depth is bounded by MT_AST_MAX_DEPTH
** (plus the few nested finally bodies compiled while unwinding, bounded by
** MT_CODE_MAX_BLOCKS).
*/
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "parse.h"

typedef mt_fstate FS;
typedef mt_expdesc expdesc;
typedef const mt_ast_node node;

/* Elements built in registers before they are flushed into a display. */
#define CHUNK 32u
/* Above this register, displays flush after each element. */
#define SOFT_REGS 160u
/* The compile functions of each kind of node stay out of expr() and
** stmt(), so that the recursion through them keeps small stack frames. */
#define NOINLINE __attribute__((noinline))

/* Beyond this many arguments a call builds a tuple (CALLEX). */
#define MAX_CALL_ARGS 200u

static void expr(FS *fs, node *e, expdesc *v);
static void stmts(FS *fs, const mt_ast_seq *body);

/*
** {==================================================================
** Small helpers
** ===================================================================
*/

static mt_span span_of(node *n) { return (mt_span){n->line, n->col, n->end_line, n->end_col}; }

static bool is_module(const FS *fs) { return fs->block->kind == MT_BLOCK_MODULE; }

static uint32_t name_of(FS *fs, const mt_ast_id *id) { return mt_code_name(fs, id->s, id->len); }

static mt_const const_kind(mt_const_kind k) {
  mt_const c;
  memset(&c, 0, sizeof c);
  c.kind = (uint8_t)k;
  return c;
}

static mt_const const_int(int64_t i) {
  mt_const c = const_kind(MT_CONST_INT);
  c.u.i = i;
  return c;
}

static mt_const const_str(FS *fs, const char *s, uint32_t len) {
  mt_const c = const_kind(MT_CONST_STR);
  c.len = len;
  c.u.s = mt_code_intern(fs->C, s, len);
  return c;
}

static void init_const(expdesc *e, mt_const c) {
  mt_code_init_exp(e, MT_EX_CONST, 0);
  e->u.c = c;
}

/* A constant with no pending jumps (an and/or leaves jumps on its last
** operand, so its value is not that constant). */
static bool is_k(const expdesc *e) {
  return e->k == MT_EX_CONST && e->t == e->f && e->t == MT_NO_JUMP;
}

static bool is_const_kind(const expdesc *e, mt_const_kind k) { return is_k(e) && e->u.c.kind == k; }

/* Free registers down to `base` (the top `n` temporaries of a window). */
static void free_to(FS *fs, uint32_t base) {
  mt_assert(base >= fs->nactive && base <= fs->freereg);
  fs->freereg = base;
}

/* Evaluate e into the next register (a fresh temporary). */
static uint32_t expr_next(FS *fs, node *e) {
  expdesc v;
  expr(fs, e, &v);
  mt_code_exp2nextreg(fs, &v);
  return v.u.info;
}

/* Evaluate e into some register (a local's own when e is a local). */
static uint32_t expr_any(FS *fs, node *e, expdesc *v) {
  expr(fs, e, v);
  return mt_code_exp2anyreg(fs, v);
}

/* RELOC result of an instruction just emitted. */
static void reloc(expdesc *v, uint32_t pc) { mt_code_init_exp(v, MT_EX_RELOC, pc); }

/*
** {==================================================================
** Definite assignment (where CHECKLOCAL is needed)
** ===================================================================
*/

typedef struct dstate {
  mt_regset set;
  bool dead;
} dstate;

static dstate ds_save(const FS *fs) { return (dstate){fs->assigned, fs->dead}; }

static void ds_restore(FS *fs, dstate s) {
  fs->assigned = s.set;
  fs->dead = s.dead;
}

/* The state where control from either a or b arrives. */
static void ds_merge(dstate *acc, dstate other) {
  if (acc->dead) {
    *acc = other;
  } else if (!other.dead) {
    mt_regset_and(&acc->set, &other.set);
  }
}

/* State at a point reached again after code that may delete variables (a
** loop head, an exception handler): deletable variables may be unbound. */
static dstate ds_reentry(const FS *fs, dstate s) {
  mt_regset_minus(&s.set, &fs->deletable);
  s.dead = false;
  return s;
}

/*
** {==================================================================
** Constants from the tree, and folding
** ===================================================================
*/

/* A literal of the tree as a constant (copied into the unit). Decimal
** literals over CPython's 4300-digit limit are a SyntaxError as there. */
static mt_const ast_const(FS *fs, node *n, const mt_ast_const *a) {
  switch ((mt_ast_const_kind)a->kind) {
    case MT_AST_CONST_NONE: return const_kind(MT_CONST_NONE);
    case MT_AST_CONST_TRUE: return const_kind(MT_CONST_TRUE);
    case MT_AST_CONST_FALSE: return const_kind(MT_CONST_FALSE);
    case MT_AST_CONST_ELLIPSIS: return const_kind(MT_CONST_ELLIPSIS);
    case MT_AST_CONST_FLOAT:
    case MT_AST_CONST_IMAG: {
      mt_const c = const_kind(a->kind == MT_AST_CONST_FLOAT ? MT_CONST_FLOAT : MT_CONST_IMAG);
      c.u.f = a->u.f;
      return c;
    }
    case MT_AST_CONST_STR:
    case MT_AST_CONST_BYTES: {
      mt_const c = const_str(fs, a->u.bytes, a->len);
      c.kind = a->kind == MT_AST_CONST_STR ? MT_CONST_STR : MT_CONST_BYTES;
      return c;
    }
    case MT_AST_CONST_INT: break;
  }
  uint32_t base = a->base ? a->base : 10;
  uint64_t v = 0;
  bool fits = true;
  for (uint32_t i = 0; i < a->len && fits; i++) {
    char ch = a->u.bytes[i];
    uint32_t d = ch <= '9' ? (uint32_t)(ch - '0') : (uint32_t)((ch | 0x20) - 'a' + 10);
    fits = v <= (UINT64_C(0x7FFFFFFFFFFFFFFF) - d) / base;
    v = v * base + d;
  }
  if (fits) return const_int((int64_t)v);
  if (base == 10 && a->len > 4300)
    mt_code_error(fs, n,
                  "Exceeds the limit (4300 digits) for integer string conversion: value has %u "
                  "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                  "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                  a->len);
  mt_const c = const_str(fs, a->u.bytes, a->len);
  c.kind = MT_CONST_BIGINT;
  c.base = (uint8_t)base;
  return c;
}

static bool is_num(const mt_const *c) { return c->kind == MT_CONST_INT || c->kind == MT_CONST_FLOAT; }

static double as_double(const mt_const *c) { return c->kind == MT_CONST_INT ? (double)c->u.i : c->u.f; }

/* Python's floor division and modulo of ints (b != 0). */
static int64_t floordiv64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

static bool fold_int(mt_ast_op op, int64_t a, int64_t b, int64_t *r) {
  switch (op) {
    case MT_AST_OP_Add: return !__builtin_add_overflow(a, b, r);
    case MT_AST_OP_Sub: return !__builtin_sub_overflow(a, b, r);
    case MT_AST_OP_Mult: return !__builtin_mul_overflow(a, b, r);
    case MT_AST_OP_FloorDiv:
    case MT_AST_OP_Mod:
      if (b == 0 || (a == INT64_MIN && b == -1)) return false;
      *r = op == MT_AST_OP_FloorDiv ? floordiv64(a, b) : a - floordiv64(a, b) * b;
      return true;
    case MT_AST_OP_Pow: {
      if (b < 0 || b > 64) return false;
      int64_t acc = 1;
      for (int64_t i = 0; i < b; i++)
        if (__builtin_mul_overflow(acc, a, &acc)) return false;
      *r = acc;
      return true;
    }
    case MT_AST_OP_LShift:
      if (b < 0 || b >= 63 || a < 0 || (a >> (62 - b)) != 0) return false;
      *r = a << b;
      return true;
    case MT_AST_OP_RShift:
      if (b < 0) return false;
      *r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
      return true;
    case MT_AST_OP_BitAnd: *r = a & b; return true;
    case MT_AST_OP_BitOr: *r = a | b; return true;
    case MT_AST_OP_BitXor: *r = a ^ b; return true;
    default: return false;
  }
}

/* Fold a binary operation on constants where it cannot raise, lose
** precision or build something big (architecture-notes §2.5): int results
** in int64, float +-* and / by nonzero, str concatenation and repetition up
** to 4096 bytes (CPython's limit for folded sequences). */
static bool fold_binop(FS *fs, mt_ast_op op, const mt_const *a, const mt_const *b, mt_const *out) {
  if (a->kind == MT_CONST_INT && b->kind == MT_CONST_INT) {
    if (op == MT_AST_OP_Div) {
      if (b->u.i == 0 || a->u.i > (1LL << 53) || a->u.i < -(1LL << 53) || b->u.i > (1LL << 53) ||
          b->u.i < -(1LL << 53))
        return false;
      *out = const_kind(MT_CONST_FLOAT);
      out->u.f = (double)a->u.i / (double)b->u.i;
      return true;
    }
    int64_t r;
    if (!fold_int(op, a->u.i, b->u.i, &r)) return false;
    *out = const_int(r);
    return true;
  }
  if (is_num(a) && is_num(b)) {
    double x = as_double(a), y = as_double(b), r;
    switch (op) {
      case MT_AST_OP_Add: r = x + y; break;
      case MT_AST_OP_Sub: r = x - y; break;
      case MT_AST_OP_Mult: r = x * y; break;
      case MT_AST_OP_Div:
        if (y == 0.0) return false;
        r = x / y;
        break;
      default: return false;
    }
    *out = const_kind(MT_CONST_FLOAT);
    out->u.f = r;
    return true;
  }
  const uint32_t max = 4096;
  if (op == MT_AST_OP_Add && a->kind == b->kind && (a->kind == MT_CONST_STR || a->kind == MT_CONST_BYTES) &&
      (uint64_t)a->len + b->len <= max) {
    char *s = mt_code_alloc(fs->C, (size_t)a->len + b->len + 1);
    memcpy(s, a->u.s, a->len);
    memcpy(s + a->len, b->u.s, b->len);
    s[a->len + b->len] = 0;
    *out = *a;
    out->len = a->len + b->len;
    out->u.s = s;
    return true;
  }
  if (op == MT_AST_OP_Mult && (a->kind == MT_CONST_STR || a->kind == MT_CONST_BYTES) &&
      b->kind == MT_CONST_INT) {
    int64_t n = b->u.i < 0 ? 0 : b->u.i;
    if (n > max || (uint64_t)a->len * (uint64_t)n > max) return false;
    uint32_t len = a->len * (uint32_t)n;
    char *s = mt_code_alloc(fs->C, (size_t)len + 1);
    for (int64_t i = 0; i < n; i++) memcpy(s + (size_t)i * a->len, a->u.s, a->len);
    s[len] = 0;
    *out = *a;
    out->len = len;
    out->u.s = s;
    return true;
  }
  return false;
}

static bool fold_unary(mt_ast_op op, const mt_const *a, mt_const *out) {
  switch (op) {
    case MT_AST_OP_USub:
      if (a->kind == MT_CONST_INT && a->u.i != INT64_MIN) {
        *out = const_int(-a->u.i);
        return true;
      }
      if (a->kind == MT_CONST_FLOAT || a->kind == MT_CONST_IMAG) {
        *out = *a;
        out->u.f = -a->u.f;
        return true;
      }
      return false;
    case MT_AST_OP_UAdd:
      if (a->kind != MT_CONST_INT && a->kind != MT_CONST_FLOAT && a->kind != MT_CONST_IMAG) return false;
      *out = *a;
      return true;
    case MT_AST_OP_Invert:
      if (a->kind != MT_CONST_INT) return false;
      *out = const_int(~a->u.i);
      return true;
    default: return false;
  }
}

/* Tuple nodes known not to be constant (so nested tuples are scanned
** once: const_seq stops at the first non-constant element). */
typedef mt_nodeset nodeset;

static uint32_t ptr_hash(const void *p) { return (uint32_t)(((uintptr_t)p >> 3) * 2654435761u); }

/* The constant value of an element of a constant display: a literal, a
** signed number, or a constant tuple. */
static bool const_elt(FS *fs, nodeset *nonconst, node *e, mt_const *out);

static bool nodeset_has(const nodeset *s, const void *p) {
  if (!s->cap) return false;
  for (uint32_t i = ptr_hash(p) & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
    if (!s->slots[i]) return false;
    if (s->slots[i] == p) return true;
  }
}

static void nodeset_add(FS *fs, nodeset *s, const mt_ast_node *p) {
  if ((s->n + 1) * 2 > s->cap) {
    uint32_t ncap = s->cap ? s->cap * 2 : 64;
    const mt_ast_node **ns = mt_zalloc(ncap, sizeof *ns);
    if (!ns) mt_code_nomem(fs->C);
    for (uint32_t i = 0; i < s->cap; i++) {
      if (!s->slots[i]) continue;
      uint32_t j = ptr_hash(s->slots[i]) & (ncap - 1);
      while (ns[j]) j = (j + 1) & (ncap - 1);
      ns[j] = s->slots[i];
    }
    free(s->slots);
    s->slots = ns;
    s->cap = ncap;
  }
  uint32_t j = ptr_hash(p) & (s->cap - 1);
  while (s->slots[j]) j = (j + 1) & (s->cap - 1);
  s->slots[j] = p;
  s->n++;
}

/* The constant tuple of a sequence of elements, if they all are constant. */
static bool const_seq(FS *fs, nodeset *nonconst, const mt_ast_seq *elts, mt_const *out) {
  mt_const *items = NULL;
  for (uint32_t i = 0; i < elts->len; i++) {
    mt_const c;
    if (!const_elt(fs, nonconst, elts->items[i], &c)) return false;
    if (!items) items = mt_code_alloc(fs->C, (size_t)elts->len * sizeof *items);
    items[i] = c;
  }
  *out = const_kind(MT_CONST_TUPLE);
  out->len = elts->len;
  out->u.items = items;
  return true;
}

static bool const_elt(FS *fs, nodeset *nonconst, node *e, mt_const *out) {
  switch ((mt_ast_kind)e->kind) {
    case MT_AST_Constant: *out = ast_const(fs, e, &e->v.Constant.value); return true;
    case MT_AST_UnaryOp: {
      node *o = e->v.UnaryOp.operand;
      if (o->kind != MT_AST_Constant || e->v.UnaryOp.op == MT_AST_OP_Not) return false;
      mt_const c = ast_const(fs, o, &o->v.Constant.value);
      return fold_unary((mt_ast_op)e->v.UnaryOp.op, &c, out);
    }
    case MT_AST_Tuple:
      if (nodeset_has(nonconst, e)) return false;
      if (const_seq(fs, nonconst, &e->v.Tuple.elts, out)) return true;
      nodeset_add(fs, nonconst, e);
      return false;
    default: return false;
  }
}

/*
** {==================================================================
** Names
** ===================================================================
*/

typedef enum { NAME_LOCAL, NAME_CELL, NAME_GLOBAL } name_kind;

/* Where a name lives in the function being compiled. */
static name_kind resolve(FS *fs, const mt_ast_id *id, uint32_t *reg) {
  if (is_module(fs)) return NAME_GLOBAL;
  const mt_sym *s = mt_symtable_lookup(fs->block, id);
  if (!s) return NAME_GLOBAL;
  *reg = s->reg;
  switch (s->scope) {
    case MT_SCOPE_LOCAL: return NAME_LOCAL;
    case MT_SCOPE_CELL:
    case MT_SCOPE_FREE: return NAME_CELL;
    default: return NAME_GLOBAL;
  }
}

static bool is_debug(const mt_ast_id *id) { return id->len == 9 && memcmp(id->s, "__debug__", 9) == 0; }

/* __debug__ is the constant True; binding it is CPython's SyntaxError (at
** the current span). */
static void check_bindable(FS *fs, const mt_ast_id *id, bool del) {
  if (is_debug(id)) mt_code_error(fs, NULL, "cannot %s __debug__", del ? "delete" : "assign to");
}

/* Read a name. A plain local is read in place (checked once where it may be
** unbound; copied when a walrus may change it while the expression is
** evaluated). A global about to be called uses GETCALLEE. */
static void load_name(FS *fs, const mt_ast_id *id, expdesc *v, bool callee) {
  uint32_t reg = 0;
  if (is_debug(id)) {
    init_const(v, const_kind(MT_CONST_TRUE));
    return;
  }
  switch (resolve(fs, id, &reg)) {
    case NAME_LOCAL:
      if (!mt_regset_has(&fs->assigned, reg) && !fs->dead) {
        mt_code_abc(fs, MT_OP_CHECKLOCAL, reg, 0, 0);
        mt_regset_add(&fs->assigned, reg);
      }
      if (mt_regset_has(&fs->walrus, reg))
        reloc(v, mt_code_abc(fs, MT_OP_MOVE, 0, reg, 0));
      else
        mt_code_init_exp(v, MT_EX_NONRELOC, reg);
      return;
    case NAME_CELL: reloc(v, mt_code_abc(fs, MT_OP_GETCELL, 0, reg, 0)); return;
    case NAME_GLOBAL:
      reloc(v, mt_code_abx(fs, callee ? MT_OP_GETCALLEE : MT_OP_GETGLOBAL, 0, name_of(fs, id)));
      return;
  }
}

/* Store the value in register reg (left alone) into a name. */
static void store_name_reg(FS *fs, const mt_ast_id *id, uint32_t reg) {
  uint32_t r = 0;
  check_bindable(fs, id, false);
  switch (resolve(fs, id, &r)) {
    case NAME_LOCAL:
      if (r != reg) mt_code_abc(fs, MT_OP_MOVE, r, reg, 0);
      mt_regset_add(&fs->assigned, r);
      return;
    case NAME_CELL: mt_code_abc(fs, MT_OP_SETCELL, r, reg, 0); return;
    case NAME_GLOBAL: mt_code_abx(fs, MT_OP_SETGLOBAL, reg, name_of(fs, id)); return;
  }
}

/* Store v into a name; a local receives the value directly in its register.
** v is consumed. */
static void store_name(FS *fs, const mt_ast_id *id, expdesc *v) {
  uint32_t r = 0;
  check_bindable(fs, id, false);
  if (resolve(fs, id, &r) == NAME_LOCAL) {
    mt_code_discharge_vars(fs, v);
    mt_code_free_exp(fs, v);
    mt_code_exp2reg(fs, v, r);
    mt_regset_add(&fs->assigned, r);
    return;
  }
  uint32_t reg = mt_code_exp2anyreg(fs, v);
  store_name_reg(fs, id, reg);
  mt_code_free_exp(fs, v);
}

static void delete_name(FS *fs, const mt_ast_id *id) {
  uint32_t r = 0;
  check_bindable(fs, id, true);
  switch (resolve(fs, id, &r)) {
    case NAME_LOCAL:
      mt_code_abc(fs, MT_OP_DELLOCAL, r, 0, 0);
      mt_regset_del(&fs->assigned, r);
      return;
    case NAME_CELL: mt_code_abc(fs, MT_OP_DELCELL, r, 0, 0); return;
    case NAME_GLOBAL: mt_code_abx(fs, MT_OP_DELGLOBAL, 0, name_of(fs, id)); return;
  }
}

/* `name = None; del name`: how an except-as name is cleared. */
static void clear_name(FS *fs, const mt_ast_id *id) {
  uint32_t base = fs->freereg;
  mt_code_reserve(fs, 1);
  mt_code_loadnone(fs, base);
  store_name_reg(fs, id, base);
  free_to(fs, base);
  delete_name(fs, id);
}

/*
** {==================================================================
** Operators
** ===================================================================
*/

static const uint8_t binop_ops[MT_AST_OP_COUNT] = {
    [MT_AST_OP_Add] = MT_OP_ADD,        [MT_AST_OP_Sub] = MT_OP_SUB,
    [MT_AST_OP_Mult] = MT_OP_MUL,       [MT_AST_OP_MatMult] = MT_OP_MATMUL,
    [MT_AST_OP_Div] = MT_OP_TRUEDIV,    [MT_AST_OP_Mod] = MT_OP_MOD,
    [MT_AST_OP_Pow] = MT_OP_POW,        [MT_AST_OP_LShift] = MT_OP_LSHIFT,
    [MT_AST_OP_RShift] = MT_OP_RSHIFT,  [MT_AST_OP_BitOr] = MT_OP_BITOR,
    [MT_AST_OP_BitXor] = MT_OP_BITXOR,  [MT_AST_OP_BitAnd] = MT_OP_BITAND,
    [MT_AST_OP_FloorDiv] = MT_OP_FLOORDIV,
};

static const uint8_t binopk_ops[MT_AST_OP_COUNT] = {
    [MT_AST_OP_Add] = MT_OP_ADDK,        [MT_AST_OP_Sub] = MT_OP_SUBK,
    [MT_AST_OP_Mult] = MT_OP_MULK,       [MT_AST_OP_Div] = MT_OP_TRUEDIVK,
    [MT_AST_OP_Mod] = MT_OP_MODK,        [MT_AST_OP_Pow] = MT_OP_POWK,
    [MT_AST_OP_LShift] = MT_OP_LSHIFTK,  [MT_AST_OP_RShift] = MT_OP_RSHIFTK,
    [MT_AST_OP_BitOr] = MT_OP_BITORK,    [MT_AST_OP_BitXor] = MT_OP_BITXORK,
    [MT_AST_OP_BitAnd] = MT_OP_BITANDK,  [MT_AST_OP_FloorDiv] = MT_OP_FLOORDIVK,
};

static const uint8_t inplace_ops[MT_AST_OP_COUNT] = {
    [MT_AST_OP_Add] = MT_OP_IADD,        [MT_AST_OP_Sub] = MT_OP_ISUB,
    [MT_AST_OP_Mult] = MT_OP_IMUL,       [MT_AST_OP_MatMult] = MT_OP_IMATMUL,
    [MT_AST_OP_Div] = MT_OP_ITRUEDIV,    [MT_AST_OP_Mod] = MT_OP_IMOD,
    [MT_AST_OP_Pow] = MT_OP_IPOW,        [MT_AST_OP_LShift] = MT_OP_ILSHIFT,
    [MT_AST_OP_RShift] = MT_OP_IRSHIFT,  [MT_AST_OP_BitOr] = MT_OP_IBITOR,
    [MT_AST_OP_BitXor] = MT_OP_IBITXOR,  [MT_AST_OP_BitAnd] = MT_OP_IBITAND,
    [MT_AST_OP_FloorDiv] = MT_OP_IFLOORDIV,
};

/* e1 op e2 with e1 already in a register (or a constant): fold, use the
** constant form, or the register form. */
static void binop_finish(FS *fs, mt_ast_op op, expdesc *e1, expdesc *e2) {
  if (is_k(e1) && is_k(e2)) {
    mt_const r;
    if (fold_binop(fs, op, &e1->u.c, &e2->u.c, &r)) {
      init_const(e1, r);
      return;
    }
  }
  uint32_t k;
  if (binopk_ops[op] && mt_code_exp2rk(fs, e2, &k)) {
    uint32_t l = mt_code_exp2anyreg(fs, e1);
    mt_code_free_exp(fs, e1);
    reloc(e1, mt_code_abc(fs, (mt_opcode)binopk_ops[op], 0, l, k));
    return;
  }
  uint32_t r = mt_code_exp2anyreg(fs, e2);
  uint32_t l = mt_code_exp2anyreg(fs, e1);
  mt_code_free_exps(fs, e1, e2);
  reloc(e1, mt_code_abc(fs, (mt_opcode)binop_ops[op], 0, l, r));
}

static NOINLINE void binop(FS *fs, node *n, expdesc *v) {
  expr(fs, n->v.BinOp.left, v);
  if (!is_k(v)) mt_code_exp2anyreg(fs, v);
  expdesc e2;
  expr(fs, n->v.BinOp.right, &e2);
  binop_finish(fs, (mt_ast_op)n->v.BinOp.op, v, &e2);
}

static NOINLINE void unaryop(FS *fs, node *n, expdesc *v) {
  mt_ast_op op = (mt_ast_op)n->v.UnaryOp.op;
  expr(fs, n->v.UnaryOp.operand, v);
  if (op == MT_AST_OP_Not) {
    mt_code_not(fs, v);
    return;
  }
  mt_const r;
  if (is_k(v) && fold_unary(op, &v->u.c, &r)) {
    init_const(v, r);
    return;
  }
  uint32_t reg = mt_code_exp2anyreg(fs, v);
  mt_code_free_exp(fs, v);
  mt_opcode o = op == MT_AST_OP_USub ? MT_OP_NEG : op == MT_AST_OP_UAdd ? MT_OP_POS : MT_OP_INVERT;
  reloc(v, mt_code_abc(fs, o, 0, reg, 0));
}

/* `a and b and ...` / `a or b or ...`: Lua's infix/posfix on jump lists.
** Assignments (walrus) after the first operand are conditional. */
static NOINLINE void boolop(FS *fs, node *n, expdesc *v) {
  const mt_ast_seq *vals = &n->v.BoolOp.values;
  bool is_and = n->v.BoolOp.op == MT_AST_OP_And;
  expr(fs, vals->items[0], v);
  dstate after_first = ds_save(fs);
  for (uint32_t i = 1; i < vals->len; i++) {
    if (is_and)
      mt_code_goiftrue(fs, v);
    else
      mt_code_goiffalse(fs, v);
    expdesc e2;
    expr(fs, vals->items[i], &e2);
    if (is_and)
      mt_code_concat(fs, &e2.f, v->f);
    else
      mt_code_concat(fs, &e2.t, v->t);
    *v = e2;
  }
  fs->assigned = after_first.set;
}

/* The right operand of a comparison: None for is/is not, a small constant
** where a K form exists, else a register. */
static void make_cmp(FS *fs, expdesc *v, uint32_t left, mt_ast_op op, expdesc *right) {
  uint32_t k = 0;
  bool rk;
  if (op == MT_AST_OP_Is || op == MT_AST_OP_IsNot)
    rk = is_const_kind(right, MT_CONST_NONE);
  else
    rk = mt_code_exp2rk(fs, right, &k);
  if (!rk) k = mt_code_exp2anyreg(fs, right);
  int32_t f = v->f;
  mt_code_init_exp(v, MT_EX_CMP, 0);
  v->f = f;
  v->u.cmp.op = (uint8_t)op;
  v->u.cmp.left = (uint8_t)left;
  v->u.cmp.right = (uint8_t)k;
  v->u.cmp.rk = rk;
}

/* A comparator; `x in [constants]` tests against a tuple constant. */
static void comparator(FS *fs, mt_ast_op op, node *c, expdesc *v) {
  mt_const t;
  nodeset none = {0};
  if ((op == MT_AST_OP_In || op == MT_AST_OP_NotIn) && c->kind == MT_AST_List &&
      const_seq(fs, &none, &c->v.List.elts, &t)) {
    free(none.slots);
    init_const(v, t);
    return;
  }
  free(none.slots);
  expr(fs, c, v);
}

/* a < b < c: each operand evaluated once; the links but the last become
** tests jumping (v->f) when false; the last stays a pending comparison. */
static NOINLINE void compare(FS *fs, node *n, expdesc *v) {
  const mt_ast_ops *ops = &n->v.Compare.ops;
  const mt_ast_seq *cs = &n->v.Compare.comparators;
  expdesc l;
  uint32_t left = expr_any(fs, n->v.Compare.left, &l);
  int32_t f = MT_NO_JUMP;
  for (uint32_t i = 0;; i++) {
    mt_ast_op op = (mt_ast_op)ops->items[i];
    expdesc r;
    comparator(fs, op, cs->items[i], &r);
    if (i + 1 == ops->len) {
      mt_code_init_exp(v, MT_EX_VOID, 0);
      v->f = f;
      make_cmp(fs, v, left, op, &r);
      return;
    }
    uint32_t right = mt_code_exp2anyreg(fs, &r);
    expdesc c;
    mt_code_init_exp(&c, MT_EX_VOID, 0);
    make_cmp(fs, &c, left, op, &r);
    /* emit the test without freeing: the right operand is the next left */
    uint32_t saved = fs->freereg;
    uint32_t jmp = mt_code_cmpjump(fs, &c, false);
    fs->freereg = saved;
    mt_code_concat(fs, &f, (int32_t)jmp);
    if (left >= fs->nactive && right >= fs->nactive) {
      mt_code_abc(fs, MT_OP_MOVE, left, right, 0);
      mt_code_free_reg(fs, right);
    } else {
      if (left >= fs->nactive) mt_code_free_reg(fs, left);
      left = right;
    }
  }
}

/*
** {==================================================================
** Displays
** ===================================================================
*/

typedef enum { DISP_LIST, DISP_SET, DISP_TUPLE } disp_kind;

typedef struct display {
  disp_kind kind;
  uint32_t target;  /* register of the list/set under construction */
  uint32_t pending; /* elements waiting in target+1.. */
  bool started;     /* target holds the container */
} display;

/* Move the pending elements into the container (creating it first). */
static void flush(FS *fs, display *d) {
  mt_opcode build = d->kind == DISP_SET ? MT_OP_BUILDSET : MT_OP_BUILDLIST;
  mt_opcode add = d->kind == DISP_SET ? MT_OP_SETADD : MT_OP_LISTAPPEND;
  mt_opcode extend = d->kind == DISP_SET ? MT_OP_SETUPDATE : MT_OP_LISTEXTEND;
  uint32_t t = d->target;
  if (!d->started) {
    mt_code_abc(fs, build, t, d->pending ? t + 1 : t, d->pending);
    d->started = true;
  } else if (d->pending == 1) {
    mt_code_abc(fs, add, t, t + 1, 0);
  } else if (d->pending > 1) {
    mt_code_abc(fs, build, t + 1, t + 1, d->pending);
    mt_code_abc(fs, extend, t, t + 1, 0);
  }
  d->pending = 0;
  free_to(fs, t + 1);
}

static bool has_starred(const mt_ast_seq *elts) {
  for (uint32_t i = 0; i < elts->len; i++)
    if (elts->items[i]->kind == MT_AST_Starred) return true;
  return false;
}

/* A list, set or tuple display. Small ones are one instruction; constant
** ones (3 or more) extend an empty container with a tuple constant; others
** build in chunks so that 10^5 elements need few registers. */
static NOINLINE void display_seq(FS *fs, disp_kind kind, const mt_ast_seq *elts, expdesc *v) {
  static const mt_opcode build[] = {MT_OP_BUILDLIST, MT_OP_BUILDSET, MT_OP_BUILDTUPLE};
  uint32_t n = elts->len;
  mt_const c;
  nodeset none = {0};
  bool all_const = kind != DISP_TUPLE && n >= 3 && const_seq(fs, &none, elts, &c);
  free(none.slots);
  if (all_const) {
    uint32_t t = fs->freereg;
    mt_code_reserve(fs, 2);
    mt_code_abc(fs, build[kind], t, t, 0);
    mt_code_abx(fs, MT_OP_LOADK, t + 1, mt_code_k(fs, &c));
    mt_code_abc(fs, kind == DISP_SET ? MT_OP_SETUPDATE : MT_OP_LISTEXTEND, t, t + 1, 0);
    free_to(fs, t + 1);
    mt_code_init_exp(v, MT_EX_NONRELOC, t);
    return;
  }
  uint32_t base = fs->freereg;
  if (!has_starred(elts) && n <= CHUNK && base + n <= SOFT_REGS) {
    for (uint32_t i = 0; i < n; i++) expr_next(fs, elts->items[i]);
    free_to(fs, base);
    reloc(v, mt_code_abc(fs, build[kind], 0, base, n));
    return;
  }
  display d = {kind == DISP_SET ? DISP_SET : DISP_LIST, base, 0, false};
  mt_code_reserve(fs, 1);
  for (uint32_t i = 0; i < n; i++) {
    node *e = elts->items[i];
    if (e->kind == MT_AST_Starred) {
      flush(fs, &d);
      uint32_t r = expr_next(fs, e->v.Starred.value);
      mt_code_abc(fs, kind == DISP_SET ? MT_OP_SETUPDATE : MT_OP_LISTEXTEND, base, r, 0);
      free_to(fs, base + 1);
      continue;
    }
    expr_next(fs, e);
    if (++d.pending >= CHUNK || fs->freereg >= SOFT_REGS) flush(fs, &d);
  }
  flush(fs, &d);
  if (kind == DISP_TUPLE) mt_code_abc(fs, MT_OP_LISTTOTUPLE, base, base, 0);
  mt_code_init_exp(v, MT_EX_NONRELOC, base);
}

static void flush_dict(FS *fs, uint32_t t, uint32_t *pending, bool *started) {
  if (!*started) {
    mt_code_abc(fs, MT_OP_BUILDDICT, t, *pending ? t + 1 : t, *pending);
    *started = true;
  } else if (*pending == 1) {
    mt_code_abc(fs, MT_OP_DICTSET, t, t + 1, t + 2);
  } else if (*pending > 1) {
    mt_code_abc(fs, MT_OP_BUILDDICT, t + 1, t + 1, *pending);
    mt_code_abc(fs, MT_OP_DICTUPDATE, t, t + 1, 0);
  }
  *pending = 0;
  free_to(fs, t + 1);
}

/* {k: v, **m, ...}: keys and values evaluated in order, in chunks. */
static NOINLINE void display_dict(FS *fs, node *n, expdesc *v) {
  const mt_ast_seq *keys = &n->v.Dict.keys, *vals = &n->v.Dict.values;
  uint32_t count = vals->len, base = fs->freereg;
  bool unpack = false;
  for (uint32_t i = 0; i < count; i++) unpack |= keys->items[i] == NULL;
  if (!unpack && count * 2 <= CHUNK && base + count * 2 <= SOFT_REGS) {
    for (uint32_t i = 0; i < count; i++) {
      expr_next(fs, keys->items[i]);
      expr_next(fs, vals->items[i]);
    }
    free_to(fs, base);
    reloc(v, mt_code_abc(fs, MT_OP_BUILDDICT, 0, base, count));
    return;
  }
  uint32_t pending = 0;
  bool started = false;
  mt_code_reserve(fs, 1);
  for (uint32_t i = 0; i < count; i++) {
    if (!keys->items[i]) {
      flush_dict(fs, base, &pending, &started);
      uint32_t r = expr_next(fs, vals->items[i]);
      mt_code_abc(fs, MT_OP_DICTUPDATE, base, r, 0);
      free_to(fs, base + 1);
      continue;
    }
    expr_next(fs, keys->items[i]);
    expr_next(fs, vals->items[i]);
    if (++pending * 2 >= CHUNK || fs->freereg >= SOFT_REGS) flush_dict(fs, base, &pending, &started);
  }
  flush_dict(fs, base, &pending, &started);
  mt_code_init_exp(v, MT_EX_NONRELOC, base);
}

/*
** {==================================================================
** Calls
** ===================================================================
*/

/* CPython's check: a keyword given twice is a SyntaxError. */
static NOINLINE void check_keywords(FS *fs, const mt_ast_seq *kws) {
  uint32_t cap = 16;
  while (cap < kws->len * 2) cap *= 2;
  const mt_ast_id **seen = mt_zalloc(cap, sizeof *seen);
  if (!seen) mt_code_nomem(fs->C);
  for (uint32_t i = 0; i < kws->len; i++) {
    const mt_ast_id *id = kws->items[i]->v.keyword.arg;
    if (!id) continue;
    if (is_debug(id)) {
      free(seen);
      check_bindable(fs, id, false);
    }
    uint32_t j = mt_symtable_id_hash(id) & (cap - 1);
    for (; seen[j]; j = (j + 1) & (cap - 1))
      if (mt_symtable_id_eq(seen[j], id)) {
        free(seen);
        mt_code_error(fs, kws->items[i], "keyword argument repeated: %s", id->s);
      }
    seen[j] = id;
  }
  free(seen);
}

/* The tuple constant of keyword names, as the EXTRAARG of a call. */
static NOINLINE uint32_t kwnames(FS *fs, const mt_ast_seq *kws) {
  mt_const t = const_kind(MT_CONST_TUPLE);
  mt_const *items = mt_code_alloc(fs->C, (size_t)kws->len * sizeof *items);
  for (uint32_t i = 0; i < kws->len; i++) {
    const mt_ast_id *id = kws->items[i]->v.keyword.arg;
    items[i] = const_str(fs, id->s, id->len);
  }
  t.len = kws->len;
  t.u.items = items;
  return mt_code_k(fs, &t);
}

/* obj.name(...): LOADMETHOD puts the function and obj in a register pair. */
static NOINLINE uint32_t method_callee(FS *fs, node *f) {
  expdesc o;
  uint32_t obj = expr_any(fs, f->v.Attribute.value, &o);
  mt_code_free_exp(fs, &o);
  uint32_t base = fs->freereg;
  mt_code_reserve(fs, 2);
  mt_span saved = fs->loc;
  fs->loc = span_of(f);
  mt_code_indexed(fs, MT_OP_LOADMETHOD, base, obj, 0, 2, name_of(fs, f->v.Attribute.attr));
  fs->loc = saved;
  return base;
}

/* The function of a call into the next register (a global via GETCALLEE). */
static NOINLINE uint32_t callee(FS *fs, node *f) {
  expdesc v;
  if (f->kind == MT_AST_Name) {
    mt_span saved = fs->loc;
    fs->loc = span_of(f);
    load_name(fs, f->v.Name.id, &v, true);
    fs->loc = saved;
  } else {
    expr(fs, f, &v);
  }
  mt_code_exp2nextreg(fs, &v);
  return v.u.info;
}

/* f(*args, **kwargs) and calls too big for a register window: the
** positional arguments become a tuple in base+1, the keywords a dict in
** base+2 (merged with DICTMERGE, which names the callee on errors). */
static NOINLINE void call_ex(FS *fs, uint32_t base, const mt_ast_seq *args, const mt_ast_seq *kws) {
  if (args->len == 1 && args->items[0]->kind == MT_AST_Starred) {
    expr_next(fs, args->items[0]->v.Starred.value);
  } else if (args->len == 0) {
    mt_const empty = const_kind(MT_CONST_TUPLE);
    mt_code_reserve(fs, 1);
    mt_code_abx(fs, MT_OP_LOADK, base + 1, mt_code_k(fs, &empty));
  } else {
    expdesc t;
    display_seq(fs, DISP_TUPLE, args, &t);
    if (t.k == MT_EX_RELOC) mt_code_exp2nextreg(fs, &t);
  }
  uint32_t d = base + 2;
  mt_code_reserve(fs, 1);
  if (!kws->len) {
    mt_code_loadnone(fs, d);
  } else {
    uint32_t pending = 0;
    bool started = false;
    for (uint32_t i = 0; i < kws->len; i++) {
      node *kw = kws->items[i];
      if (!kw->v.keyword.arg) {
        flush_dict(fs, d, &pending, &started);
        uint32_t r = expr_next(fs, kw->v.keyword.value);
        mt_code_abc(fs, MT_OP_DICTMERGE, d, r, base);
        free_to(fs, d + 1);
        continue;
      }
      mt_const name = const_str(fs, kw->v.keyword.arg->s, kw->v.keyword.arg->len);
      expdesc kv;
      init_const(&kv, name);
      mt_code_exp2nextreg(fs, &kv);
      expr_next(fs, kw->v.keyword.value);
      if (++pending * 2 >= CHUNK || fs->freereg >= SOFT_REGS) {
        if (started) {
          /* a later group of plain keywords: merged, so repeats raise */
          mt_code_abc(fs, MT_OP_BUILDDICT, d + 1, d + 1, pending);
          mt_code_abc(fs, MT_OP_DICTMERGE, d, d + 1, base);
          pending = 0;
          free_to(fs, d + 1);
        } else {
          flush_dict(fs, d, &pending, &started);
        }
      }
    }
    if (started && pending) {
      mt_code_abc(fs, MT_OP_BUILDDICT, d + 1, d + 1, pending);
      mt_code_abc(fs, MT_OP_DICTMERGE, d, d + 1, base);
      free_to(fs, d + 1);
    } else if (!started) {
      flush_dict(fs, d, &pending, &started);
    }
  }
  mt_code_abc(fs, MT_OP_CALLEX, base, 0, 0);
  free_to(fs, base + 1);
}

static NOINLINE void call(FS *fs, node *n, expdesc *v) {
  const mt_ast_seq *args = &n->v.Call.args, *kws = &n->v.Call.keywords;
  node *f = n->v.Call.func;
  check_keywords(fs, kws);
  bool simple = !has_starred(args) && args->len + kws->len <= MAX_CALL_ARGS &&
                fs->freereg + 2 + args->len + kws->len < MT_CODE_MAX_REGS;
  for (uint32_t i = 0; i < kws->len && simple; i++) simple = kws->items[i]->v.keyword.arg != NULL;
  bool method = simple && f->kind == MT_AST_Attribute;
  uint32_t base = method ? method_callee(fs, f) : callee(fs, f);
  mt_opcode op = method ? MT_OP_CALLMETHOD : MT_OP_CALL;
  if (!simple) {
    call_ex(fs, base, args, kws);
    mt_code_setoneret(fs, v, base);
    return;
  }
  for (uint32_t i = 0; i < args->len; i++) expr_next(fs, args->items[i]);
  for (uint32_t i = 0; i < kws->len; i++) expr_next(fs, kws->items[i]->v.keyword.value);
  mt_code_abc(fs, op, base, args->len, kws->len);
  if (kws->len) mt_code_extraarg(fs, kwnames(fs, kws));
  free_to(fs, base + 1);
  mt_code_setoneret(fs, v, base);
}

/*
** {==================================================================
** Functions, lambdas, comprehensions
** ===================================================================
*/

/* The qualified name of a new function (CPython's compiler_set_qualname). */
static const char *qualname(FS *parent, const mt_block *bl, const char *name) {
  mt_buf b = MT_BUF_INIT;
  bool global = false;
  if (bl->kind == MT_BLOCK_FUNCTION) {
    const mt_sym *s = mt_symtable_lookup(parent->block, bl->name);
    global = s && s->scope == MT_SCOPE_GLOBAL_EXPLICIT;
  }
  int r = 0;
  if (!global && !is_module(parent)) {
    r |= mt_buf_puts(&b, parent->qualname);
    if (parent->block->kind == MT_BLOCK_FUNCTION || parent->block->kind == MT_BLOCK_LAMBDA)
      r |= mt_buf_puts(&b, ".<locals>");
    r |= mt_buf_putc(&b, '.');
  }
  r |= mt_buf_puts(&b, name);
  if (r) {
    mt_buf_free(&b);
    mt_code_nomem(parent->C);
  }
  char *q = mt_code_alloc(parent->C, b.len + 1);
  memcpy(q, b.data, b.len + 1);
  mt_buf_free(&b);
  return q;
}

/* Whether a body needs a final RETURNNONE: it is live at its end, a jump
** lands there, or it ends in dead code (statements after a return, raise,
** break or endless loop are compiled for their errors) whose last
** instruction would let control run past the end. */
static bool falls_off_end(const FS *fs) {
  return !fs->dead || fs->lasttarget == (int32_t)fs->ncode || fs->ncode == 0 ||
         !mt_op_ends_flow(mt_instr_op(fs->code[fs->ncode - 1]));
}

/* Registers of a function's variables: locals and cells in symbol order
** (parameters first), then free variables; then the cells are made. */
static void open_function(FS *fs, node *n) {
  mt_block *bl = fs->block;
  uint32_t r = 0;
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t i = 0; i < bl->nsyms; i++) {
      mt_sym *s = &bl->syms[i];
      bool is_free = s->scope == MT_SCOPE_FREE;
      if ((pass == 1) != is_free || (s->scope != MT_SCOPE_LOCAL && s->scope != MT_SCOPE_CELL && !is_free))
        continue;
      if (r >= MT_CODE_MAX_REGS - 8)
        mt_code_error(fs, n, "too many local variables (more than %u)", MT_CODE_MAX_REGS - 8);
      s->reg = (uint8_t)r++;
      if (s->flags & MT_SYM_DEL) mt_regset_add(&fs->deletable, s->reg);
      if (s->flags & MT_SYM_WALRUS) mt_regset_add(&fs->walrus, s->reg);
      if (s->scope != MT_SCOPE_LOCAL) fs->flags |= MT_PROTO_HAS_CELLS;
    }
  fs->nactive = fs->freereg = fs->maxreg = r;
  for (uint32_t i = 0; i < bl->nparams; i++) {
    const mt_sym *s = mt_symtable_lookup(bl, bl->params[i]);
    mt_assert(s->reg == i);
    mt_regset_add(&fs->assigned, s->reg);
  }
  fs->nparams = (uint8_t)bl->nparams;
  for (uint32_t i = 0; i < bl->nsyms; i++)
    if (bl->syms[i].scope == MT_SCOPE_CELL) mt_code_abc(fs, MT_OP_MAKECELL, bl->syms[i].reg, 0, 0);
  if (bl->generator) fs->flags |= MT_PROTO_GENERATOR;
}

/* Parameter metadata from an `arguments` node. */
static void set_params(FS *fs, node *args) {
  const mt_ast_arguments *a = &args->v.arguments;
  fs->nposonly = (uint8_t)a->posonlyargs.len;
  fs->npos = (uint8_t)(a->posonlyargs.len + a->args.len);
  fs->nkwonly = (uint8_t)a->kwonlyargs.len;
  fs->ndefaults = (uint8_t)a->defaults.len;
  if (a->vararg) fs->flags |= MT_PROTO_VARARGS;
  if (a->kwarg) fs->flags |= MT_PROTO_VARKW;
  for (uint32_t i = 0; i < a->kw_defaults.len; i++)
    if (a->kw_defaults.items[i]) mt_regset_add(&fs->param_default, fs->npos + i);
}

/* Default values, into the registers after `base` (MAKEFUNC's layout). */
static void defaults(FS *fs, node *args) {
  const mt_ast_arguments *a = &args->v.arguments;
  for (uint32_t i = 0; i < a->defaults.len; i++) expr_next(fs, a->defaults.items[i]);
  for (uint32_t i = 0; i < a->kw_defaults.len; i++)
    if (a->kw_defaults.items[i]) expr_next(fs, a->kw_defaults.items[i]);
}

static void comprehension_body(FS *fs, node *n);

/* A body that starts with a str literal statement has a docstring: it
** becomes K[0] (the first constant) and the DOC flag says so. */
static void docstring(FS *fs, const mt_ast_seq *body) {
  if (!body->len || body->items[0]->kind != MT_AST_Expr) return;
  node *e = body->items[0]->v.Expr.value;
  if (e->kind != MT_AST_Constant || e->v.Constant.value.kind != MT_AST_CONST_STR) return;
  mt_const c = ast_const(fs, e, &e->v.Constant.value);
  if (mt_code_k(fs, &c) == 0) fs->flags |= MT_PROTO_DOC;
}

/* Compile the block of node n (a def, lambda or comprehension) into a
** nested proto and return its index in fs's protos. */
static uint32_t nested(FS *fs, node *n, const char *name, node *args) {
  mt_block *bl = mt_symtable_block(&fs->C->st, n);
  mt_assert(bl);
  FS *child = mt_code_open(fs->C, bl, n);
  child->qualname = qualname(fs, bl, name);
  child->name = mt_code_name(child, name, (uint32_t)strlen(name));
  child->qualname_idx = mt_code_name(child, child->qualname, (uint32_t)strlen(child->qualname));
  for (uint32_t i = 0; i < bl->nparams; i++) check_bindable(fs, bl->params[i], false);
  if (args) set_params(child, args);
  open_function(child, n);
  switch ((mt_ast_kind)n->kind) {
    case MT_AST_FunctionDef:
      docstring(child, &n->v.FunctionDef.body);
      stmts(child, &n->v.FunctionDef.body);
      if (falls_off_end(child)) mt_code_abc(child, MT_OP_RETURNNONE, 0, 0, 0);
      break;
    case MT_AST_Lambda: {
      child->flags |= MT_PROTO_LAMBDA;
      expdesc v;
      child->loc = span_of(n->v.Lambda.body);
      uint32_t r = expr_any(child, n->v.Lambda.body, &v);
      mt_code_abc(child, MT_OP_RETURN, r, 0, 0);
      break;
    }
    default:
      child->flags |= MT_PROTO_COMPREHENSION;
      child->npos = 1;
      comprehension_body(child, n);
      break;
  }
  return mt_code_proto(fs, mt_code_close(child));
}

/* MAKEFUNC base with defaults in base+1.. (already evaluated). */
static void makefunc(FS *fs, uint32_t base, uint32_t proto) {
  free_to(fs, base + 1);
  mt_code_abx(fs, MT_OP_MAKEFUNC, base, proto);
}

static NOINLINE void lambda(FS *fs, node *n, expdesc *v) {
  uint32_t base = fs->freereg;
  mt_code_reserve(fs, 1);
  defaults(fs, n->v.Lambda.args);
  uint32_t p = nested(fs, n, "<lambda>", n->v.Lambda.args);
  makefunc(fs, base, p);
  mt_code_init_exp(v, MT_EX_NONRELOC, base);
}

/* def: decorators, defaults, MAKEFUNC, decorators applied innermost
** first, then the name bound. */
static NOINLINE void funcdef(FS *fs, node *s) {
  const mt_ast_FunctionDef *f = &s->v.FunctionDef;
  uint32_t dbase = fs->freereg;
  for (uint32_t i = 0; i < f->decorator_list.len; i++) expr_next(fs, f->decorator_list.items[i]);
  uint32_t base = fs->freereg;
  mt_code_reserve(fs, 1);
  defaults(fs, f->args);
  uint32_t p = nested(fs, s, f->name->s, f->args);
  makefunc(fs, base, p);
  for (uint32_t i = f->decorator_list.len; i-- > 0;) {
    mt_code_abc(fs, MT_OP_CALL, dbase + i, 1, 0);
    free_to(fs, dbase + i + 1);
  }
  store_name_reg(fs, f->name, dbase);
  free_to(fs, dbase);
}

static const char *comp_name(mt_block_kind k) {
  switch (k) {
    case MT_BLOCK_LISTCOMP: return "<listcomp>";
    case MT_BLOCK_SETCOMP: return "<setcomp>";
    case MT_BLOCK_DICTCOMP: return "<dictcomp>";
    default: return "<genexpr>";
  }
}

static const mt_ast_seq *comp_generators(node *n) {
  switch ((mt_ast_kind)n->kind) {
    case MT_AST_ListComp: return &n->v.ListComp.generators;
    case MT_AST_SetComp: return &n->v.SetComp.generators;
    case MT_AST_DictComp: return &n->v.DictComp.generators;
    default: return &n->v.GeneratorExp.generators;
  }
}

/* A comprehension: a function called at once with the iterator of its
** first iterable (evaluated here). */
static NOINLINE void comprehension(FS *fs, node *n, expdesc *v) {
  mt_block *bl = mt_symtable_block(&fs->C->st, n);
  mt_assert(bl);
  uint32_t base = fs->freereg;
  mt_code_reserve(fs, 1);
  uint32_t p = nested(fs, n, comp_name((mt_block_kind)bl->kind), NULL);
  mt_code_abx(fs, MT_OP_MAKEFUNC, base, p);
  node *first = comp_generators(n)->items[0];
  uint32_t it = expr_next(fs, first->v.comprehension.iter);
  mt_code_abc(fs, MT_OP_GETITER, it, it, 0);
  mt_code_abc(fs, MT_OP_CALL, base, 1, 0);
  free_to(fs, base + 1);
  mt_code_init_exp(v, MT_EX_NONRELOC, base);
}

static void assign_reg(FS *fs, node *target, uint32_t reg);

/* The loop-bottom FORITER of a for loop or comprehension over iterator
** register it, jumping back to body while items remain. A body too long
** for sBx gets the long form: FORITER falls through to a JMP back, and
** skips it when the iterator is exhausted. */
static void emit_foriter(FS *fs, uint32_t it, uint32_t body) {
  int32_t off = (int32_t)body - (int32_t)(fs->ncode + 1);
  if (off >= -MT_OFFSET_SBX) {
    mt_code_emit(fs, mt_instr_asbx(MT_OP_FORITER, it, off));
    return;
  }
  mt_code_emit(fs, mt_instr_asbx(MT_OP_FORITER, it, 1));
  uint32_t out = mt_code_jump(fs);
  mt_code_patchlist(fs, (int32_t)mt_code_jump(fs), body);
  mt_code_patchtohere(fs, (int32_t)out);
}
/* One `for` clause of a comprehension and, inside it, the rest: loops
** nest, each holding two registers (so their number is bounded by the
** register limit, and so is this recursion). */
static void comp_loop(FS *fs, node *n, const mt_ast_seq *gens, uint32_t i, uint32_t result) {
  node *g = gens->items[i];
  const mt_ast_comprehension *c = &g->v.comprehension;
  uint32_t it = fs->freereg;
  if (i == 0) {
    mt_code_reserve(fs, 1);
    mt_code_abc(fs, MT_OP_MOVE, it, 0, 0); /* .0 */
  } else {
    expr_next(fs, c->iter);
    mt_code_abc(fs, MT_OP_GETITER, it, it, 0);
  }
  mt_code_reserve(fs, 1);
  uint32_t jtest = mt_code_jump(fs);
  uint32_t body = mt_code_label(fs);
  dstate head = ds_reentry(fs, ds_save(fs));
  ds_restore(fs, head);
  assign_reg(fs, c->target, it + 1);
  int32_t skip = MT_NO_JUMP;
  for (uint32_t j = 0; j < c->ifs.len; j++) {
    expdesc cond;
    expr(fs, c->ifs.items[j], &cond);
    mt_code_goiftrue(fs, &cond);
    mt_code_concat(fs, &skip, cond.f);
  }
  if (i + 1 < gens->len) {
    comp_loop(fs, n, gens, i + 1, result);
  } else {
    expdesc e, e2;
    switch ((mt_ast_kind)n->kind) {
      case MT_AST_ListComp:
      case MT_AST_SetComp: {
        node *elt = n->kind == MT_AST_ListComp ? n->v.ListComp.elt : n->v.SetComp.elt;
        uint32_t r = expr_any(fs, elt, &e);
        mt_code_abc(fs, n->kind == MT_AST_ListComp ? MT_OP_LISTAPPEND : MT_OP_SETADD, result, r, 0);
        mt_code_free_exp(fs, &e);
        break;
      }
      case MT_AST_DictComp: {
        uint32_t k = expr_any(fs, n->v.DictComp.key, &e);
        uint32_t val = expr_any(fs, n->v.DictComp.value, &e2);
        mt_code_abc(fs, MT_OP_DICTSET, result, k, val);
        mt_code_free_exps(fs, &e, &e2);
        break;
      }
      default: {
        uint32_t r = expr_any(fs, n->v.GeneratorExp.elt, &e);
        mt_code_free_exp(fs, &e);
        uint32_t sent = fs->freereg;
        mt_code_reserve(fs, 1);
        mt_code_abc(fs, MT_OP_YIELD, sent, r, 0);
        free_to(fs, sent);
        break;
      }
    }
  }
  mt_code_patchtohere(fs, skip);
  mt_code_patchtohere(fs, (int32_t)jtest);
  mt_span saved = fs->loc;
  fs->loc = span_of(g);
  emit_foriter(fs, it, body);
  fs->loc = saved;
  ds_restore(fs, head);
  free_to(fs, it);
}

static void comprehension_body(FS *fs, node *n) {
  uint32_t result = fs->freereg;
  mt_code_reserve(fs, 1);
  switch ((mt_ast_kind)n->kind) {
    case MT_AST_ListComp: mt_code_abc(fs, MT_OP_BUILDLIST, result, result, 0); break;
    case MT_AST_SetComp: mt_code_abc(fs, MT_OP_BUILDSET, result, result, 0); break;
    case MT_AST_DictComp: mt_code_abc(fs, MT_OP_BUILDDICT, result, result, 0); break;
    default: free_to(fs, result); break;
  }
  comp_loop(fs, n, comp_generators(n), 0, result);
  if (n->kind == MT_AST_GeneratorExp)
    mt_code_abc(fs, MT_OP_RETURNNONE, 0, 0, 0);
  else
    mt_code_abc(fs, MT_OP_RETURN, result, 0, 0);
}

/*
** {==================================================================
** Other expressions
** ===================================================================
*/

/* lower:upper:step into consecutive registers, as a slice object. */
static NOINLINE void slice(FS *fs, node *n, expdesc *v) {
  uint32_t base = fs->freereg;
  node *parts[3] = {n->v.Slice.lower, n->v.Slice.upper, n->v.Slice.step};
  uint32_t count = parts[2] ? 3 : 2;
  for (uint32_t i = 0; i < count; i++) {
    if (parts[i]) {
      expr_next(fs, parts[i]);
    } else {
      mt_code_reserve(fs, 1);
      mt_code_loadnone(fs, base + i);
    }
  }
  free_to(fs, base);
  reloc(v, mt_code_abc(fs, MT_OP_BUILDSLICE, 0, base, count));
}

static NOINLINE void subscript(FS *fs, node *n, expdesc *v) {
  expdesc o, i;
  uint32_t obj = expr_any(fs, n->v.Subscript.value, &o);
  expr(fs, n->v.Subscript.slice, &i);
  uint32_t k;
  if (mt_code_exp2rk(fs, &i, &k)) {
    mt_code_free_exp(fs, &o);
    reloc(v, mt_code_abc(fs, MT_OP_GETITEMK, 0, obj, k));
    return;
  }
  mt_code_free_exps(fs, &o, &i);
  reloc(v, mt_code_abc(fs, MT_OP_GETITEM, 0, obj, i.u.info));
}

static NOINLINE void attribute(FS *fs, node *n, expdesc *v) {
  expdesc o;
  uint32_t obj = expr_any(fs, n->v.Attribute.value, &o);
  mt_code_free_exp(fs, &o);
  reloc(v, mt_code_indexed(fs, MT_OP_GETATTR, 0, obj, 0, 2, name_of(fs, n->v.Attribute.attr)));
}

static NOINLINE void ifexp(FS *fs, node *n, expdesc *v) {
  expdesc c;
  expr(fs, n->v.IfExp.test, &c);
  mt_code_goiftrue(fs, &c);
  dstate s = ds_save(fs);
  uint32_t reg = expr_next(fs, n->v.IfExp.body);
  free_to(fs, reg);
  uint32_t j = mt_code_jump(fs);
  mt_code_patchtohere(fs, c.f);
  dstate then = ds_save(fs);
  ds_restore(fs, s);
  expr_next(fs, n->v.IfExp.orelse);
  mt_code_patchtohere(fs, (int32_t)j);
  ds_merge(&then, ds_save(fs));
  ds_restore(fs, then);
  mt_code_init_exp(v, MT_EX_NONRELOC, reg);
}

/* (x := value): the value, also stored into x. */
static NOINLINE void namedexpr(FS *fs, node *n, expdesc *v) {
  const mt_ast_id *id = n->v.NamedExpr.target->v.Name.id;
  uint32_t r = 0;
  expr(fs, n->v.NamedExpr.value, v);
  fs->loc = span_of(n->v.NamedExpr.target);
  if (resolve(fs, id, &r) == NAME_LOCAL) {
    store_name(fs, id, v);
    /* the result is a copy: the local may change before it is used */
    reloc(v, mt_code_abc(fs, MT_OP_MOVE, 0, r, 0));
    return;
  }
  uint32_t reg = mt_code_exp2anyreg(fs, v);
  store_name_reg(fs, id, reg);
}

static const uint8_t conversions[] = {['s'] = 1, ['r'] = 2, ['a'] = 3};

/* f'{value!conv:spec}' */
static NOINLINE void formatted(FS *fs, node *n, expdesc *v) {
  uint32_t base = expr_next(fs, n->v.FormattedValue.value);
  int32_t conv = n->v.FormattedValue.conversion;
  uint32_t flags = conv > 0 && conv < (int32_t)sizeof conversions ? conversions[conv] : 0;
  if (n->v.FormattedValue.format_spec) {
    expr_next(fs, n->v.FormattedValue.format_spec);
    flags |= 4;
  }
  free_to(fs, base);
  reloc(v, mt_code_abc(fs, MT_OP_FORMAT, 0, base, flags));
}

/* f-string: its parts into registers, joined by BUILDSTRING (in chunks). */
static NOINLINE void joinedstr(FS *fs, node *n, expdesc *v) {
  const mt_ast_seq *vals = &n->v.JoinedStr.values;
  if (vals->len == 0) {
    init_const(v, const_str(fs, "", 0));
    return;
  }
  if (vals->len == 1) {
    expr(fs, vals->items[0], v);
    return;
  }
  uint32_t base = fs->freereg, count = 0;
  for (uint32_t i = 0; i < vals->len; i++) {
    expr_next(fs, vals->items[i]);
    if (++count == CHUNK && i + 1 < vals->len) {
      mt_code_abc(fs, MT_OP_BUILDSTRING, base, base, count);
      free_to(fs, base + 1);
      count = 1;
    }
  }
  free_to(fs, base);
  reloc(v, mt_code_abc(fs, MT_OP_BUILDSTRING, 0, base, count));
}

static NOINLINE void yield(FS *fs, node *n, expdesc *v) {
  if (!mt_symtable_is_function(fs->block)) mt_code_error(fs, n, "'yield' outside function");
  uint32_t r;
  if (n->kind == MT_AST_Yield) {
    if (n->v.Yield.value) {
      r = expr_next(fs, n->v.Yield.value);
    } else {
      r = fs->freereg;
      mt_code_reserve(fs, 1);
      mt_code_loadnone(fs, r);
    }
    free_to(fs, r);
    reloc(v, mt_code_abc(fs, MT_OP_YIELD, 0, r, 0));
    return;
  }
  r = expr_next(fs, n->v.YieldFrom.value);
  mt_code_abc(fs, MT_OP_GETITER, r, r, 0);
  mt_code_reserve(fs, 1);
  mt_code_loadnone(fs, r + 1); /* the value sent: None asks for next() */
  free_to(fs, r);
  reloc(v, mt_code_abc(fs, MT_OP_YIELDFROM, 0, r, 0));
}

/* Fail cleanly before nesting exhausts the C stack (see compile.h). */
static void check_stack(FS *fs, node *n) {
  uintptr_t here = (uintptr_t)__builtin_frame_address(0), base = fs->C->stack_base;
  if ((base > here ? base - here : here - base) > MT_COMPILE_STACK_BUDGET)
    mt_code_error(fs, n, "code nested too deeply");
}

/* Compile expression n into descriptor v (no code for constants). The
** instructions get n's span. */
static void expr(FS *fs, node *n, expdesc *v) {
  check_stack(fs, n);
  mt_span saved = fs->loc;
  fs->loc = span_of(n);
  switch ((mt_ast_kind)n->kind) {
    case MT_AST_Constant: init_const(v, ast_const(fs, n, &n->v.Constant.value)); break;
    case MT_AST_Name: load_name(fs, n->v.Name.id, v, false); break;
    case MT_AST_BinOp: binop(fs, n, v); break;
    case MT_AST_UnaryOp: unaryop(fs, n, v); break;
    case MT_AST_BoolOp: boolop(fs, n, v); break;
    case MT_AST_Compare: compare(fs, n, v); break;
    case MT_AST_Call: call(fs, n, v); break;
    case MT_AST_Attribute: attribute(fs, n, v); break;
    case MT_AST_Subscript: subscript(fs, n, v); break;
    case MT_AST_Slice: slice(fs, n, v); break;
    case MT_AST_Tuple: {
      mt_const c;
      if (const_elt(fs, &fs->C->nonconst, n, &c))
        init_const(v, c);
      else
        display_seq(fs, DISP_TUPLE, &n->v.Tuple.elts, v);
      break;
    }
    case MT_AST_List: display_seq(fs, DISP_LIST, &n->v.List.elts, v); break;
    case MT_AST_Set: display_seq(fs, DISP_SET, &n->v.Set.elts, v); break;
    case MT_AST_Dict: display_dict(fs, n, v); break;
    case MT_AST_ListComp:
    case MT_AST_SetComp:
    case MT_AST_DictComp:
    case MT_AST_GeneratorExp: comprehension(fs, n, v); break;
    case MT_AST_Lambda: lambda(fs, n, v); break;
    case MT_AST_IfExp: ifexp(fs, n, v); break;
    case MT_AST_NamedExpr: namedexpr(fs, n, v); break;
    case MT_AST_JoinedStr: joinedstr(fs, n, v); break;
    case MT_AST_FormattedValue: formatted(fs, n, v); break;
    case MT_AST_Yield:
    case MT_AST_YieldFrom: yield(fs, n, v); break;
    case MT_AST_Starred: mt_code_error(fs, n, "can't use starred expression here");
    default: mt_code_error(fs, n, "%s is not supported", mt_ast_kind_name((mt_ast_kind)n->kind));
  }
  fs->loc = saved;
}

/*
** {==================================================================
** Assignment targets
** ===================================================================
*/

/* Unpack the value in reg into a Tuple/List target's elements. */
static NOINLINE void unpack(FS *fs, node *target, const mt_ast_seq *elts, uint32_t reg) {
  uint32_t n = elts->len, star = n;
  for (uint32_t i = 0; i < n; i++)
    if (elts->items[i]->kind == MT_AST_Starred) {
      if (star != n) mt_code_error(fs, target, "multiple starred expressions in assignment");
      star = i;
    }
  if (star != n && (star >= 256 || n - star - 1 >= (1u << 24)))
    mt_code_error(fs, target, "too many expressions in star-unpacking assignment");
  uint32_t base = fs->freereg;
  mt_code_reserve(fs, n);
  if (star == n) {
    mt_code_abc(fs, MT_OP_UNPACK, base, reg, n);
  } else {
    mt_code_abc(fs, MT_OP_UNPACKEX, base, reg, star);
    mt_code_extraarg(fs, n - star - 1);
  }
  for (uint32_t i = 0; i < n; i++) {
    node *e = elts->items[i];
    assign_reg(fs, e->kind == MT_AST_Starred ? e->v.Starred.value : e, base + i);
  }
  free_to(fs, base);
}

/* Store the value in register reg (left alone) into a target. */
static void assign_reg(FS *fs, node *t, uint32_t reg) {
  mt_span saved = fs->loc;
  fs->loc = span_of(t);
  switch ((mt_ast_kind)t->kind) {
    case MT_AST_Name: store_name_reg(fs, t->v.Name.id, reg); break;
    case MT_AST_Attribute: {
      expdesc o;
      uint32_t obj = expr_any(fs, t->v.Attribute.value, &o);
      mt_code_indexed(fs, MT_OP_SETATTR, obj, 0, reg, 1, name_of(fs, t->v.Attribute.attr));
      mt_code_free_exp(fs, &o);
      break;
    }
    case MT_AST_Subscript: {
      expdesc o, i;
      uint32_t obj = expr_any(fs, t->v.Subscript.value, &o);
      expr(fs, t->v.Subscript.slice, &i);
      uint32_t k;
      if (mt_code_exp2rk(fs, &i, &k)) {
        mt_code_abc(fs, MT_OP_SETITEMK, obj, k, reg);
        mt_code_free_exp(fs, &o);
      } else {
        mt_code_abc(fs, MT_OP_SETITEM, obj, i.u.info, reg);
        mt_code_free_exps(fs, &o, &i);
      }
      break;
    }
    case MT_AST_Tuple: unpack(fs, t, &t->v.Tuple.elts, reg); break;
    case MT_AST_List: unpack(fs, t, &t->v.List.elts, reg); break;
    case MT_AST_Starred: mt_code_error(fs, t, "starred assignment target must be in a list or tuple");
    default: mt_code_error(fs, t, "cannot assign to %s", mt_ast_kind_name((mt_ast_kind)t->kind));
  }
  fs->loc = saved;
}

static const mt_ast_seq *seq_elts(node *n) {
  if (n->kind == MT_AST_Tuple) return &n->v.Tuple.elts;
  if (n->kind == MT_AST_List) return &n->v.List.elts;
  return NULL;
}

/* a, b = x, y without building a tuple: all values first, then the stores
** left to right (CPython's order). */
static bool parallel_assign(FS *fs, node *target, node *value) {
  const mt_ast_seq *te = seq_elts(target), *ve = seq_elts(value);
  if (!te || !ve || te->len != ve->len || te->len > 16 || has_starred(te) || has_starred(ve) ||
      fs->freereg + te->len > SOFT_REGS)
    return false;
  uint32_t base = fs->freereg;
  for (uint32_t i = 0; i < ve->len; i++) expr_next(fs, ve->items[i]);
  for (uint32_t i = 0; i < te->len; i++) assign_reg(fs, te->items[i], base + i);
  free_to(fs, base);
  return true;
}

static NOINLINE void assign(FS *fs, node *s) {
  const mt_ast_seq *targets = &s->v.Assign.targets;
  node *value = s->v.Assign.value;
  if (targets->len == 1) {
    node *t = targets->items[0];
    uint32_t r;
    if (t->kind == MT_AST_Name && resolve(fs, t->v.Name.id, &r) == NAME_LOCAL) {
      expdesc v;
      expr(fs, value, &v);
      store_name(fs, t->v.Name.id, &v);
      return;
    }
    if (parallel_assign(fs, t, value)) return;
  }
  expdesc v;
  uint32_t reg = expr_any(fs, value, &v);
  for (uint32_t i = 0; i < targets->len; i++) assign_reg(fs, targets->items[i], reg);
  mt_code_free_exp(fs, &v);
}

/* x op= v, evaluating a container and index once. */
static NOINLINE void augassign(FS *fs, node *s) {
  node *t = s->v.AugAssign.target;
  mt_opcode op = (mt_opcode)inplace_ops[s->v.AugAssign.op];
  expdesc cur, val;
  switch ((mt_ast_kind)t->kind) {
    case MT_AST_Name: {
      uint32_t r = 0;
      name_kind k = resolve(fs, t->v.Name.id, &r);
      load_name(fs, t->v.Name.id, &cur, false);
      uint32_t c = k == NAME_LOCAL && cur.k == MT_EX_NONRELOC ? r : (mt_code_exp2nextreg(fs, &cur), cur.u.info);
      uint32_t rv = expr_any(fs, s->v.AugAssign.value, &val);
      mt_code_free_exp(fs, &val);
      if (k == NAME_LOCAL) {
        mt_code_abc(fs, op, r, c, rv);
        if (c != r) mt_code_free_reg(fs, c);
      } else {
        mt_code_abc(fs, op, c, c, rv);
        store_name_reg(fs, t->v.Name.id, c);
        mt_code_free_reg(fs, c);
      }
      return;
    }
    case MT_AST_Attribute: {
      expdesc o;
      uint32_t obj = expr_any(fs, t->v.Attribute.value, &o);
      uint32_t name = name_of(fs, t->v.Attribute.attr);
      uint32_t c = fs->freereg;
      mt_code_reserve(fs, 1);
      mt_code_indexed(fs, MT_OP_GETATTR, c, obj, 0, 2, name);
      uint32_t rv = expr_any(fs, s->v.AugAssign.value, &val);
      mt_code_free_exp(fs, &val);
      mt_code_abc(fs, op, c, c, rv);
      mt_code_indexed(fs, MT_OP_SETATTR, obj, 0, c, 1, name);
      mt_code_free_reg(fs, c);
      mt_code_free_exp(fs, &o);
      return;
    }
    case MT_AST_Subscript: {
      expdesc o, i;
      uint32_t obj = expr_any(fs, t->v.Subscript.value, &o);
      uint32_t idx = expr_any(fs, t->v.Subscript.slice, &i);
      uint32_t c = fs->freereg;
      mt_code_reserve(fs, 1);
      mt_code_abc(fs, MT_OP_GETITEM, c, obj, idx);
      uint32_t rv = expr_any(fs, s->v.AugAssign.value, &val);
      mt_code_free_exp(fs, &val);
      mt_code_abc(fs, op, c, c, rv);
      mt_code_abc(fs, MT_OP_SETITEM, obj, idx, c);
      mt_code_free_reg(fs, c);
      mt_code_free_exps(fs, &o, &i);
      return;
    }
    default: mt_code_error(fs, t, "illegal expression for augmented assignment");
  }
}

static NOINLINE void delete_target(FS *fs, node *t) {
  mt_span saved = fs->loc;
  fs->loc = span_of(t);
  switch ((mt_ast_kind)t->kind) {
    case MT_AST_Name: delete_name(fs, t->v.Name.id); break;
    case MT_AST_Attribute: {
      expdesc o;
      uint32_t obj = expr_any(fs, t->v.Attribute.value, &o);
      mt_code_indexed(fs, MT_OP_DELATTR, obj, 0, 0, 1, name_of(fs, t->v.Attribute.attr));
      mt_code_free_exp(fs, &o);
      break;
    }
    case MT_AST_Subscript: {
      expdesc o, i;
      uint32_t obj = expr_any(fs, t->v.Subscript.value, &o);
      uint32_t idx = expr_any(fs, t->v.Subscript.slice, &i);
      mt_code_abc(fs, MT_OP_DELITEM, obj, idx, 0);
      mt_code_free_exps(fs, &o, &i);
      break;
    }
    case MT_AST_Tuple:
    case MT_AST_List: {
      const mt_ast_seq *elts = seq_elts(t);
      for (uint32_t i = 0; i < elts->len; i++) delete_target(fs, elts->items[i]);
      break;
    }
    default: mt_code_error(fs, t, "cannot delete %s", mt_ast_kind_name((mt_ast_kind)t->kind));
  }
  fs->loc = saved;
}

/*
** {==================================================================
** Control flow
** ===================================================================
*/

static mt_fblock *push_block(FS *fs, mt_fblock_kind kind, node *at) {
  if (fs->nfb >= MT_CODE_MAX_BLOCKS) mt_code_error(fs, at, "too many statically nested blocks");
  mt_fblock *b = &fs->fb[fs->nfb++];
  memset(b, 0, sizeof *b);
  b->kind = (uint8_t)kind;
  b->outer = fs->handler;
  b->breaks = b->continues = MT_NO_JUMP;
  return b;
}

static void pop_block(FS *fs) { fs->nfb--; }

/* Emit the code leaving every construct above level `stop`: finally
** bodies, __exit__ calls, restoring the handled exception, clearing
** except-as names (CPython's compiler_unwind_fblock_stack). The blocks are
** popped while their cleanup is compiled, then restored. The exception
** handler stays the one outside the last construct left, for the jump or
** return that follows; the caller restores it (returned). A break or
** continue inside a finally body compiled here adds its jump to a loop
** block that is still live: each block is saved again when popped, and
** blocks below `stop` are never popped, so those jumps are kept. */
static int32_t unwind(FS *fs, uint32_t stop) {
  mt_fblock saved[MT_CODE_MAX_BLOCKS];
  uint32_t top = fs->nfb;
  int32_t handler = fs->handler;
  while (fs->nfb > stop) {
    mt_fblock b = fs->fb[--fs->nfb];
    saved[fs->nfb] = b;
    fs->handler = b.outer;
    switch ((mt_fblock_kind)b.kind) {
      case MT_FB_WHILE:
      case MT_FB_FOR:
      case MT_FB_TRY_EXCEPT: break;
      case MT_FB_FINALLY_TRY: stmts(fs, b.finalbody); break;
      case MT_FB_FINALLY_END: mt_code_abc(fs, MT_OP_POPEXC, b.reg, 0, 0); break;
      case MT_FB_HANDLER:
        mt_code_abc(fs, MT_OP_POPEXC, b.reg, 0, 0);
        if (b.asname) clear_name(fs, b.asname);
        break;
      case MT_FB_WITH: {
        uint32_t t = fs->freereg;
        mt_code_reserve(fs, 1);
        mt_code_abc(fs, MT_OP_WITHEXIT, t, b.reg, 0);
        free_to(fs, t);
        break;
      }
    }
  }
  memcpy(fs->fb + stop, saved + stop, sizeof saved[0] * (top - stop));
  fs->nfb = top;
  return handler;
}

static bool needs_unwind_code(const FS *fs) {
  for (uint32_t i = 0; i < fs->nfb; i++)
    if (fs->fb[i].kind != MT_FB_WHILE && fs->fb[i].kind != MT_FB_FOR && fs->fb[i].kind != MT_FB_TRY_EXCEPT)
      return true;
  return false;
}

static NOINLINE void return_stmt(FS *fs, node *s) {
  if (!mt_symtable_is_function(fs->block)) mt_code_error(fs, s, "'return' outside function");
  node *value = s->v.Return.value;
  expdesc v;
  if (value) expr(fs, value, &v);
  int32_t handler;
  if (!value || is_const_kind(&v, MT_CONST_NONE)) {
    handler = unwind(fs, 0);
    mt_code_abc(fs, MT_OP_RETURNNONE, 0, 0, 0);
  } else {
    uint32_t r;
    if (needs_unwind_code(fs)) {
      mt_code_exp2nextreg(fs, &v); /* a copy the cleanup code cannot change */
      r = v.u.info;
    } else {
      r = mt_code_exp2anyreg(fs, &v);
    }
    handler = unwind(fs, 0);
    mt_code_abc(fs, MT_OP_RETURN, r, 0, 0);
    mt_code_free_exp(fs, &v);
  }
  mt_code_set_handler(fs, handler);
  fs->dead = true;
}

/* The innermost loop's level, or -1. */
static int32_t loop_level(const FS *fs) {
  for (uint32_t i = fs->nfb; i-- > 0;)
    if (fs->fb[i].kind == MT_FB_WHILE || fs->fb[i].kind == MT_FB_FOR) return (int32_t)i;
  return -1;
}

static NOINLINE void break_continue(FS *fs, node *s, bool is_break) {
  int32_t level = loop_level(fs);
  if (level < 0)
    mt_code_error(fs, s, "%s", is_break ? "'break' outside loop" : "'continue' not properly in loop");
  int32_t handler = unwind(fs, (uint32_t)level + 1);
  mt_fblock *loop = &fs->fb[level];
  uint32_t j = mt_code_jump(fs);
  mt_code_set_handler(fs, handler);
  if (is_break) {
    mt_code_concat(fs, &loop->breaks, (int32_t)j);
    if (!fs->dead) {
      if (loop->broke)
        mt_regset_and(&loop->break_state, &fs->assigned);
      else
        loop->break_state = fs->assigned;
      loop->broke = true;
    }
  } else {
    mt_code_concat(fs, &loop->continues, (int32_t)j);
  }
  fs->dead = true;
}

/* Jump (returned list) when the condition is false; fall through when
** true. A constant condition needs no test. */
static int32_t cond_false(FS *fs, node *test) {
  expdesc c;
  expr(fs, test, &c);
  if (is_k(&c))
    return mt_code_const_truth(&c.u.c) ? MT_NO_JUMP : (int32_t)mt_code_jump(fs);
  mt_code_goiftrue(fs, &c);
  return c.f;
}

static NOINLINE void if_stmt(FS *fs, node *s) {
  int32_t f = cond_false(fs, s->v.If.test);
  dstate after_test = ds_save(fs);
  stmts(fs, &s->v.If.body);
  if (s->v.If.orelse.len) {
    int32_t j = fs->dead ? MT_NO_JUMP : (int32_t)mt_code_jump(fs);
    dstate then = ds_save(fs);
    mt_code_patchtohere(fs, f);
    ds_restore(fs, after_test);
    stmts(fs, &s->v.If.orelse);
    mt_code_patchtohere(fs, j);
    dstate els = ds_save(fs);
    ds_merge(&els, then);
    ds_restore(fs, els);
  } else {
    mt_code_patchtohere(fs, f);
    dstate then = ds_save(fs);
    ds_merge(&then, after_test);
    ds_restore(fs, then);
  }
}

/* The state after a loop: where its exit and its breaks meet. */
static void loop_exit_state(FS *fs, const mt_fblock *loop, dstate exit) {
  if (loop->broke) ds_merge(&exit, (dstate){loop->break_state, false});
  ds_restore(fs, exit);
}

/* while: the test at both ends (CPython 3.11's rotated loop), so each
** iteration runs one conditional jump. */
static NOINLINE void while_stmt(FS *fs, node *s) {
  node *test = s->v.While.test;
  int32_t f = cond_false(fs, test);
  uint32_t body = mt_code_label(fs);
  dstate head = ds_reentry(fs, ds_save(fs));
  ds_restore(fs, head);
  push_block(fs, MT_FB_WHILE, s);
  stmts(fs, &s->v.While.body);
  mt_fblock loop = fs->fb[fs->nfb - 1];
  mt_code_patchtohere(fs, loop.continues);
  ds_restore(fs, head); /* reached from the body's end and from each continue */
  mt_span saved = fs->loc;
  expdesc c;
  expr(fs, test, &c);
  if (is_k(&c)) {
    if (mt_code_const_truth(&c.u.c)) mt_code_patchlist(fs, (int32_t)mt_code_jump(fs), body);
  } else {
    mt_code_goiffalse(fs, &c);
    mt_code_patchlist(fs, c.t, body);
  }
  fs->loc = saved;
  pop_block(fs);
  mt_code_patchtohere(fs, f);
  dstate exit = head;
  /* `while True:` without break never falls through */
  if (f == MT_NO_JUMP && is_k(&c) && mt_code_const_truth(&c.u.c)) exit.dead = true;
  ds_restore(fs, exit);
  stmts(fs, &s->v.While.orelse);
  mt_code_patchtohere(fs, loop.breaks);
  loop_exit_state(fs, &loop, ds_save(fs));
}

/* for: GETITER, then the body, then FORITER at the bottom jumping back
** while there are items. */
static NOINLINE void for_stmt(FS *fs, node *s) {
  uint32_t it = expr_next(fs, s->v.For.iter);
  mt_code_abc(fs, MT_OP_GETITER, it, it, 0);
  mt_code_reserve(fs, 1);
  uint32_t jtest = mt_code_jump(fs);
  uint32_t body = mt_code_label(fs);
  dstate head = ds_reentry(fs, ds_save(fs));
  ds_restore(fs, head);
  push_block(fs, MT_FB_FOR, s);
  assign_reg(fs, s->v.For.target, it + 1);
  stmts(fs, &s->v.For.body);
  mt_fblock loop = fs->fb[fs->nfb - 1];
  pop_block(fs);
  mt_code_patchtohere(fs, loop.continues);
  mt_code_patchtohere(fs, (int32_t)jtest);
  mt_span saved = fs->loc;
  fs->loc = span_of(s->v.For.iter);
  emit_foriter(fs, it, body);
  fs->loc = saved;
  free_to(fs, it);
  ds_restore(fs, head);
  stmts(fs, &s->v.For.orelse);
  mt_code_patchtohere(fs, loop.breaks);
  loop_exit_state(fs, &loop, ds_save(fs));
}

/* The handled-exception protocol shared by try and with: at the handler,
** R[rx] holds the exception; PUSHEXC saves the previous handled exception
** in R[rx+1] and makes this one current; a cleanup handler restores it if
** the handling code raises. */
typedef struct exc_frame {
  uint32_t rx, rs;
  int32_t cleanup; /* handler covering the handling code */
} exc_frame;

static exc_frame enter_handler(FS *fs, int32_t h) {
  exc_frame x;
  mt_code_place_handler(fs, h);
  x.rx = fs->freereg;
  mt_assert(x.rx == fs->handlers[h].reg);
  mt_code_reserve(fs, 2);
  x.rs = x.rx + 1;
  mt_code_abc(fs, MT_OP_PUSHEXC, x.rs, x.rx, 0);
  x.cleanup = mt_code_new_handler(fs, fs->freereg);
  mt_code_set_handler(fs, x.cleanup);
  return x;
}

/* The cleanup handler: restore the handled exception and re-raise. */
static void leave_handler(FS *fs, const exc_frame *x, int32_t outer) {
  mt_code_set_handler(fs, outer);
  mt_code_place_handler(fs, x->cleanup);
  mt_code_abc(fs, MT_OP_POPEXC, x->rs, 0, 0);
  mt_code_abc(fs, MT_OP_RERAISE, (uint32_t)fs->handlers[x->cleanup].reg, 0, 0);
  fs->dead = true;
}

static int32_t new_handler_here(FS *fs) { return mt_code_new_handler(fs, fs->freereg); }

/* try/except/else (no finally). */
static NOINLINE void try_except(FS *fs, node *s) {
  const mt_ast_Try *t = &s->v.Try;
  int32_t outer = fs->handler;
  int32_t h = new_handler_here(fs);
  push_block(fs, MT_FB_TRY_EXCEPT, s);
  mt_code_set_handler(fs, h);
  dstate start = ds_save(fs);
  stmts(fs, &t->body);
  pop_block(fs);
  mt_code_set_handler(fs, outer);
  stmts(fs, &t->orelse);
  int32_t end = fs->dead ? MT_NO_JUMP : (int32_t)mt_code_jump(fs);
  dstate after = ds_save(fs);
  dstate entry = ds_reentry(fs, start);
  ds_restore(fs, entry);
  exc_frame x = enter_handler(fs, h);
  for (uint32_t i = 0; i < t->handlers.len; i++) {
    node *hn = t->handlers.items[i];
    const mt_ast_ExceptHandler *eh = &hn->v.ExceptHandler;
    mt_span saved = fs->loc;
    fs->loc = span_of(hn);
    if (!eh->type && i + 1 < t->handlers.len) mt_code_error(fs, hn, "default 'except:' must be last");
    ds_restore(fs, entry);
    int32_t next = MT_NO_JUMP;
    if (eh->type) {
      expdesc ty;
      uint32_t r = expr_any(fs, eh->type, &ty);
      mt_code_abc(fs, MT_OP_IFEXCMATCH, x.rx, r, 0);
      mt_code_free_exp(fs, &ty);
      next = (int32_t)mt_code_jump(fs);
    }
    mt_fblock *b = push_block(fs, MT_FB_HANDLER, hn);
    b->outer = outer;
    b->reg = (uint8_t)x.rs;
    int32_t named = -1;
    if (eh->name) {
      store_name_reg(fs, eh->name, x.rx);
      b->asname = eh->name;
      named = new_handler_here(fs);
      mt_code_set_handler(fs, named);
    }
    fs->loc = saved;
    stmts(fs, &eh->body);
    pop_block(fs);
    mt_code_set_handler(fs, outer);
    if (!fs->dead) {
      mt_code_abc(fs, MT_OP_POPEXC, x.rs, 0, 0);
      if (eh->name) clear_name(fs, eh->name);
      mt_code_concat(fs, &end, (int32_t)mt_code_jump(fs));
      ds_merge(&after, ds_save(fs));
    }
    if (eh->name) {
      /* the body raised: clear the name, then the cleanup's work */
      mt_code_place_handler(fs, named);
      uint32_t exc = fs->freereg;
      mt_assert(exc == fs->handlers[named].reg);
      mt_code_reserve(fs, 1);
      clear_name(fs, eh->name);
      mt_code_abc(fs, MT_OP_POPEXC, x.rs, 0, 0);
      mt_code_abc(fs, MT_OP_RERAISE, exc, 0, 0);
      free_to(fs, exc);
    }
    mt_code_set_handler(fs, x.cleanup);
    mt_code_patchtohere(fs, next);
  }
  /* no handler matched */
  mt_code_set_handler(fs, outer);
  mt_code_abc(fs, MT_OP_POPEXC, x.rs, 0, 0);
  mt_code_abc(fs, MT_OP_RERAISE, x.rx, 0, 0);
  leave_handler(fs, &x, outer);
  free_to(fs, x.rx);
  mt_code_patchtohere(fs, end);
  ds_restore(fs, after);
}

/* try/finally: the finally body is compiled on the normal path, on the
** exceptional path (then re-raising), and wherever a return, break or
** continue leaves the try body (unwind). */
static NOINLINE void try_finally(FS *fs, node *s) {
  const mt_ast_Try *t = &s->v.Try;
  int32_t outer = fs->handler;
  int32_t h = new_handler_here(fs);
  mt_fblock *b = push_block(fs, MT_FB_FINALLY_TRY, s);
  b->finalbody = &t->finalbody;
  mt_code_set_handler(fs, h);
  dstate start = ds_save(fs);
  if (t->handlers.len)
    try_except(fs, s);
  else
    stmts(fs, &t->body);
  pop_block(fs);
  mt_code_set_handler(fs, outer);
  int32_t end = MT_NO_JUMP;
  if (!fs->dead) {
    stmts(fs, &t->finalbody);
    if (!fs->dead) end = (int32_t)mt_code_jump(fs);
  }
  dstate after = ds_save(fs);
  ds_restore(fs, ds_reentry(fs, start));
  exc_frame x = enter_handler(fs, h);
  b = push_block(fs, MT_FB_FINALLY_END, s);
  b->outer = outer;
  b->reg = (uint8_t)x.rs;
  stmts(fs, &t->finalbody);
  pop_block(fs);
  mt_code_set_handler(fs, outer);
  if (!fs->dead) {
    mt_code_abc(fs, MT_OP_POPEXC, x.rs, 0, 0);
    mt_code_abc(fs, MT_OP_RERAISE, x.rx, 0, 0);
  }
  leave_handler(fs, &x, outer);
  free_to(fs, x.rx);
  mt_code_patchtohere(fs, end);
  ds_restore(fs, after);
}

/* with a as x: __enter__/__exit__ (CPython's semantics: on an exception,
** __exit__(type, value, tb), which suppresses it when it returns true).
** Several items nest. */
static NOINLINE void with_items(FS *fs, node *s, uint32_t i) {
  const mt_ast_seq *items = &s->v.With.items;
  node *item = items->items[i];
  int32_t outer = fs->handler;
  uint32_t mgr = expr_next(fs, item->v.withitem.context_expr);
  mt_code_reserve(fs, 1);
  mt_span saved = fs->loc;
  fs->loc = span_of(item->v.withitem.context_expr);
  mt_code_abc(fs, MT_OP_WITHENTER, mgr, mgr, 0);
  fs->loc = saved;
  int32_t h = mt_code_new_handler(fs, mgr + 1);
  mt_fblock *b = push_block(fs, MT_FB_WITH, s);
  b->reg = (uint8_t)mgr;
  mt_code_set_handler(fs, h);
  dstate start = ds_save(fs);
  if (item->v.withitem.optional_vars) assign_reg(fs, item->v.withitem.optional_vars, mgr + 1);
  free_to(fs, mgr + 1);
  if (i + 1 < items->len)
    with_items(fs, s, i + 1);
  else
    stmts(fs, &s->v.With.body);
  pop_block(fs);
  mt_code_set_handler(fs, outer);
  int32_t end = MT_NO_JUMP;
  if (!fs->dead) {
    mt_code_reserve(fs, 1);
    mt_code_abc(fs, MT_OP_WITHEXIT, mgr + 1, mgr, 0);
    free_to(fs, mgr + 1);
    end = (int32_t)mt_code_jump(fs);
  }
  dstate after = ds_save(fs);
  dstate entry = ds_reentry(fs, start);
  ds_restore(fs, entry);
  exc_frame x = enter_handler(fs, h);
  uint32_t r = fs->freereg;
  mt_code_reserve(fs, 1);
  mt_code_abc(fs, MT_OP_WITHEXITEXC, r, mgr, x.rx);
  mt_code_abc(fs, MT_OP_TEST, r, 1, 0);
  uint32_t suppress = mt_code_jump(fs);
  free_to(fs, r);
  mt_code_set_handler(fs, outer);
  mt_code_abc(fs, MT_OP_POPEXC, x.rs, 0, 0);
  mt_code_abc(fs, MT_OP_RERAISE, x.rx, 0, 0);
  leave_handler(fs, &x, outer);
  mt_code_patchtohere(fs, (int32_t)suppress);
  mt_code_abc(fs, MT_OP_POPEXC, x.rs, 0, 0);
  free_to(fs, mgr);
  mt_code_patchtohere(fs, end);
  ds_merge(&after, entry);
  ds_restore(fs, after);
}

static NOINLINE void raise_stmt(FS *fs, node *s) {
  uint32_t base = fs->freereg;
  if (!s->v.Raise.exc) {
    mt_code_abc(fs, MT_OP_RAISE, 0, 0, 0);
  } else if (!s->v.Raise.cause) {
    expr_next(fs, s->v.Raise.exc);
    mt_code_abc(fs, MT_OP_RAISE, base, 0, 1);
  } else {
    expr_next(fs, s->v.Raise.exc);
    expr_next(fs, s->v.Raise.cause);
    mt_code_abc(fs, MT_OP_RAISE, base, base + 1, 2);
  }
  free_to(fs, base);
  fs->dead = true;
}

static NOINLINE void assert_stmt(FS *fs, node *s) {
  expdesc c;
  expr(fs, s->v.Assert.test, &c);
  dstate after_test = ds_save(fs);
  mt_code_goiffalse(fs, &c);
  uint32_t base = fs->freereg;
  mt_code_reserve(fs, 1);
  static const char name[] = "AssertionError";
  mt_code_abx(fs, MT_OP_LOADBUILTIN, base, mt_code_name(fs, name, sizeof name - 1));
  if (s->v.Assert.msg) {
    expr_next(fs, s->v.Assert.msg);
    mt_code_abc(fs, MT_OP_CALL, base, 1, 0);
  }
  mt_code_abc(fs, MT_OP_RAISE, base, 0, 1);
  free_to(fs, base);
  mt_code_patchtohere(fs, c.t);
  ds_restore(fs, after_test);
}

static NOINLINE void import_stmt(FS *fs, node *s) {
  const mt_ast_seq *names = &s->v.Import.names;
  for (uint32_t i = 0; i < names->len; i++) {
    node *al = names->items[i];
    const mt_ast_id *name = al->v.alias.name, *as = al->v.alias.asname;
    uint32_t r = fs->freereg;
    mt_code_reserve(fs, 1);
    mt_code_abx(fs, MT_OP_IMPORT, r, name_of(fs, name));
    const char *dot = memchr(name->s, '.', name->len);
    if (as) {
      store_name_reg(fs, as, r);
    } else if (dot) {
      /* import a.b.c binds the top-level module a */
      uint32_t len = (uint32_t)(dot - name->s);
      mt_code_abx(fs, MT_OP_IMPORT, r, mt_code_name(fs, name->s, len));
      mt_ast_id *first = mt_code_alloc(fs->C, sizeof *first + len + 1);
      first->len = len;
      memcpy(first->s, name->s, len);
      first->s[len] = 0;
      store_name_reg(fs, first, r);
    } else {
      store_name_reg(fs, name, r);
    }
    free_to(fs, r);
  }
}

static NOINLINE void importfrom_stmt(FS *fs, node *s) {
  const mt_ast_ImportFrom *f = &s->v.ImportFrom;
  if (f->level > 0 || !f->module) mt_code_error(fs, s, "relative imports are not supported");
  uint32_t m = fs->freereg;
  mt_code_reserve(fs, 1);
  mt_code_abx(fs, MT_OP_IMPORT, m, name_of(fs, f->module));
  for (uint32_t i = 0; i < f->names.len; i++) {
    node *al = f->names.items[i];
    const mt_ast_id *name = al->v.alias.name, *as = al->v.alias.asname;
    if (name->len == 1 && name->s[0] == '*') {
      mt_code_abc(fs, MT_OP_IMPORTSTAR, m, 0, 0);
      continue;
    }
    uint32_t r = fs->freereg;
    mt_code_reserve(fs, 1);
    mt_code_indexed(fs, MT_OP_IMPORTFROM, r, m, 0, 2, name_of(fs, name));
    store_name_reg(fs, as ? as : name, r);
    free_to(fs, r);
  }
  free_to(fs, m);
}

/* x: T [= v] — the annotation is not evaluated; a value is assigned;
** without one, a non-name target's object (and index) is evaluated. */
static NOINLINE void annassign(FS *fs, node *s) {
  const mt_ast_AnnAssign *a = &s->v.AnnAssign;
  if (a->value) {
    expdesc v;
    uint32_t r;
    if (a->target->kind == MT_AST_Name && resolve(fs, a->target->v.Name.id, &r) == NAME_LOCAL) {
      expr(fs, a->value, &v);
      store_name(fs, a->target->v.Name.id, &v);
      return;
    }
    uint32_t reg = expr_any(fs, a->value, &v);
    assign_reg(fs, a->target, reg);
    mt_code_free_exp(fs, &v);
    return;
  }
  expdesc o, i;
  switch ((mt_ast_kind)a->target->kind) {
    case MT_AST_Attribute:
      expr_any(fs, a->target->v.Attribute.value, &o);
      mt_code_free_exp(fs, &o);
      break;
    case MT_AST_Subscript:
      expr_any(fs, a->target->v.Subscript.value, &o);
      expr_any(fs, a->target->v.Subscript.slice, &i);
      mt_code_free_exps(fs, &o, &i);
      break;
    default: break;
  }
}

static NOINLINE void expr_stmt(FS *fs, node *s) {
  node *e = s->v.Expr.value;
  if (e->kind == MT_AST_Constant) return; /* docstrings and the like */
  expdesc v;
  expr(fs, e, &v);
  mt_code_exp2anyreg(fs, &v);
  mt_code_free_exp(fs, &v);
}

static void stmt(FS *fs, node *s) {
  check_stack(fs, s);
  mt_span saved = fs->loc;
  uint32_t base = fs->freereg;
  fs->loc = span_of(s);
  switch ((mt_ast_kind)s->kind) {
    case MT_AST_FunctionDef: funcdef(fs, s); break;
    case MT_AST_Return: return_stmt(fs, s); break;
    case MT_AST_Delete:
      for (uint32_t i = 0; i < s->v.Delete.targets.len; i++) delete_target(fs, s->v.Delete.targets.items[i]);
      break;
    case MT_AST_Assign: assign(fs, s); break;
    case MT_AST_AugAssign: augassign(fs, s); break;
    case MT_AST_AnnAssign: annassign(fs, s); break;
    case MT_AST_For: for_stmt(fs, s); break;
    case MT_AST_While: while_stmt(fs, s); break;
    case MT_AST_If: if_stmt(fs, s); break;
    case MT_AST_With: with_items(fs, s, 0); break;
    case MT_AST_Raise: raise_stmt(fs, s); break;
    case MT_AST_Try:
      if (s->v.Try.finalbody.len)
        try_finally(fs, s);
      else
        try_except(fs, s);
      break;
    case MT_AST_Assert: assert_stmt(fs, s); break;
    case MT_AST_Import: import_stmt(fs, s); break;
    case MT_AST_ImportFrom: importfrom_stmt(fs, s); break;
    case MT_AST_Global:
    case MT_AST_Nonlocal:
    case MT_AST_Pass: break;
    case MT_AST_Expr: expr_stmt(fs, s); break;
    case MT_AST_Break: break_continue(fs, s, true); break;
    case MT_AST_Continue: break_continue(fs, s, false); break;
    default: mt_code_error(fs, s, "%s is not supported", mt_ast_kind_name((mt_ast_kind)s->kind));
  }
  mt_assert(fs->freereg == base);
  (void)base;
  fs->loc = saved;
}

static void stmts(FS *fs, const mt_ast_seq *body) {
  for (uint32_t i = 0; i < body->len; i++) stmt(fs, body->items[i]);
}

/*
** {==================================================================
** Entry points
** ===================================================================
*/

/* The module: statements, returning the last expression statement's value. */
static const mt_proto *module(mt_compiler *C, node *m) {
  FS *fs = mt_code_open(C, C->st.top, m);
  fs->qualname = "<module>";
  fs->name = fs->qualname_idx = mt_code_name(fs, "<module>", 8);
  fs->flags = MT_PROTO_MODULE;
  const mt_ast_seq *body = &m->v.Module.body;
  uint32_t n = body->len;
  docstring(fs, body);
  bool last_expr = n && body->items[n - 1]->kind == MT_AST_Expr;
  for (uint32_t i = 0; i + (last_expr ? 1 : 0) < n; i++) stmt(fs, body->items[i]);
  if (last_expr) {
    node *s = body->items[n - 1];
    fs->loc = span_of(s);
    expdesc v;
    expr(fs, s->v.Expr.value, &v);
    if (is_const_kind(&v, MT_CONST_NONE)) {
      mt_code_abc(fs, MT_OP_RETURNNONE, 0, 0, 0);
    } else {
      uint32_t r = mt_code_exp2anyreg(fs, &v);
      mt_code_abc(fs, MT_OP_RETURN, r, 0, 0);
    }
  } else if (falls_off_end(fs)) {
    mt_code_abc(fs, MT_OP_RETURNNONE, 0, 0, 0);
  }
  return mt_code_close(fs);
}

/* Debug builds check every unit the compiler produces. */
static void verify_unit(const mt_compiled *unit) {
#ifndef NDEBUG
  char msg[200];
  if (mt_proto_verify(unit->main, msg, sizeof msg)) {
    fprintf(stderr, "compiler produced invalid bytecode: %s\n", msg);
    abort();
  }
#else
  (void)unit;
#endif
}

/* The part of a compile that errors unwind from (a function of its own so
** that no local of mt_compile lives across setjmp). */
static int run(mt_compiler *C, const mt_ast_node *m) {
  C->stack_base = (uintptr_t)__builtin_frame_address(0);
  if (setjmp(C->jb)) {
    while (C->fs) mt_code_release(C->fs);
    return -1;
  }
  C->unit->main = module(C, m);
  return 0;
}

/* The unit lives in the first block of its own arena, and the compiler's
** state on the C stack: a small compile makes few allocations. */
mt_compiled *mt_compile(const mt_ast_node *m, const char *filename, mt_syntax_error *err) {
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 0);
  size_t flen = strlen(filename);
  mt_compiled *unit = mt_ast_arena_alloc(&arena, sizeof *unit);
  char *fname = unit ? mt_ast_arena_alloc(&arena, flen + 1) : NULL;
  if (!fname) {
    mt_ast_arena_free(&arena);
    mt_syntax_error_set(err, MT_SE_MEMORY, 0, 0, "out of memory");
    return NULL;
  }
  memset(unit, 0, sizeof *unit);
  unit->arena = arena;
  memcpy(fname, filename, flen + 1);
  unit->filename = fname;
  mt_compiler state, *C = &state;
  memset(C, 0, sizeof *C);
  C->unit = unit;
  C->err = err;
  mt_ast_arena_init(&C->scratch, 0);
  int r = mt_symtable_build(&C->st, m, err);
  if (!r) {
    r = run(C, m);
    free(C->nonconst.slots);
    free(C->strings.slots);
    mt_symtable_free(&C->st);
  }
  mt_ast_arena_free(&C->scratch);
  if (r) {
    mt_compile_free(unit);
    return NULL;
  }
  verify_unit(unit);
  return unit;
}

mt_compiled *mt_compile_source(const char *src, size_t len, const char *filename,
                               mt_syntax_error *err) {
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 0);
  mt_ast_node *m = mt_parse(&arena, src, len, err);
  mt_compiled *unit = m ? mt_compile(m, filename, err) : NULL;
  mt_ast_arena_free(&arena);
  return unit;
}

void mt_compile_free(mt_compiled *unit) {
  if (!unit) return;
  mt_ast_arena arena = unit->arena; /* holds unit itself */
  mt_ast_arena_free(&arena);
}
