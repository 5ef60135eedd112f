/*
** code.c: code generator machinery (see code.h): emission, registers,
** constants, expression descriptors, jump lists and the final pass that
** turns a function's scratch state into an immutable proto.
*/
#include "code.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"

/*
** {==================================================================
** Errors and memory
** ===================================================================
*/

void mt_code_error(mt_fstate *fs, const mt_ast_node *at, const char *fmt, ...) {
  mt_compiler *C = fs->C;
  char msg[sizeof C->err->msg];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (at) {
    mt_syntax_error_set(C->err, MT_SE_SYNTAX, at->line, at->col, "%s", msg);
    C->err->end_line = at->end_line;
    C->err->end_col = at->end_col;
  } else {
    mt_syntax_error_set(C->err, MT_SE_SYNTAX, fs->loc.line, fs->loc.col, "%s", msg);
    C->err->end_line = fs->loc.end_line;
    C->err->end_col = fs->loc.end_col;
  }
  longjmp(C->jb, 1);
}

void mt_code_nomem(mt_compiler *C) {
  mt_syntax_error_set(C->err, MT_SE_MEMORY, 0, 0, "out of memory");
  longjmp(C->jb, 1);
}

void *mt_code_alloc(mt_compiler *C, size_t n) {
  void *p = mt_ast_arena_alloc(&C->unit->arena, n ? n : 1);
  if (!p) mt_code_nomem(C);
  return p;
}

/* n bytes of the compile's scratch arena, which holds the open functions'
** growing arrays until the compile ends (no malloc and free per array). */
static void *scratch(mt_compiler *C, size_t n) {
  void *p = mt_ast_arena_alloc(&C->scratch, n);
  if (!p) mt_code_nomem(C);
  return p;
}

/* Make room in a scratch array of n items for one more: a copy twice as
** large (16 items at first); the old copy stays abandoned in the arena. */
static void *grow(mt_fstate *fs, void *p, uint32_t *cap, uint32_t n, size_t elem) {
  if (n < *cap) return p;
  if (*cap > UINT32_MAX / 2) mt_code_nomem(fs->C);
  uint32_t ncap = *cap ? *cap * 2 : 16;
  void *np = scratch(fs->C, (size_t)ncap * elem);
  if (n) memcpy(np, p, (size_t)n * elem);
  *cap = ncap;
  return np;
}

#define GROW(fs, arr, n, cap) ((arr) = grow(fs, arr, &(cap), (n), sizeof *(arr)))

/*
** {==================================================================
** Function state
** ===================================================================
*/

MT_STATIC_ASSERT(offsetof(mt_fstate, fb) + sizeof ((mt_fstate *)0)->fb == sizeof(mt_fstate),
                 "fb is the last member of mt_fstate: mt_code_open zeroes what precedes it");

/* A function state lives on the heap (it is large, and functions nest as
** deep as the source does); C->fs chains the open ones for error cleanup.
** Its block stack is not zeroed: entries are set when pushed. */
mt_fstate *mt_code_open(mt_compiler *C, mt_block *block, const mt_ast_node *node) {
  mt_fstate *fs = malloc(sizeof *fs);
  if (!fs) mt_code_nomem(C);
  memset(fs, 0, offsetof(mt_fstate, fb));
  fs->prev = C->fs;
  fs->C = C;
  fs->block = block;
  fs->node = node;
  fs->lasttarget = -1;
  fs->handler = -1;
  fs->loc = (mt_span){node->line, node->col, node->end_line, node->end_col};
  C->fs = fs;
  return fs;
}

/* Free fs and unlink it (it is the innermost); its arrays stay in the
** compile's scratch arena. */
void mt_code_release(mt_fstate *fs) {
  fs->C->fs = fs->prev;
  free(fs);
}

/*
** {==================================================================
** Emission
** ===================================================================
*/

static bool span_eq(const mt_span *a, const mt_span *b) {
  return a->line == b->line && a->col == b->col && a->end_line == b->end_line &&
         a->end_col == b->end_col;
}

/* Append instruction i, recording its span and exception handler as runs. */
uint32_t mt_code_emit(mt_fstate *fs, mt_instr i) {
  mt_compiler *C = fs->C;
  if (fs->ncode >= MT_CODE_MAX_INSTRS)
    mt_code_error(fs, fs->node, "function too large (more than %u instructions)",
                  MT_CODE_MAX_INSTRS);
  if (C->ninstrs >= MT_CODE_MAX_UNIT_INSTRS)
    mt_code_error(fs, NULL, "program too large (more than %u instructions)",
                  MT_CODE_MAX_UNIT_INSTRS);
  C->ninstrs++;
  uint32_t pc = fs->ncode;
  if (!fs->nlines || !span_eq(&fs->lines[fs->nlines - 1].span, &fs->loc)) {
    GROW(fs, fs->lines, fs->nlines, fs->caplines);
    fs->lines[fs->nlines++] = (mt_line_run){pc, fs->loc};
  }
  if (fs->nhruns ? fs->hruns[fs->nhruns - 1].handler != fs->handler : fs->handler >= 0) {
    GROW(fs, fs->hruns, fs->nhruns, fs->caphruns);
    fs->hruns[fs->nhruns++] = (mt_handler_run){pc, fs->handler};
  }
  GROW(fs, fs->code, fs->ncode, fs->capcode);
  fs->code[fs->ncode++] = i;
  return pc;
}

/* Drop the last instruction (a NOT folded into a test), with its runs. */
static void remove_last(mt_fstate *fs) {
  fs->ncode--;
  fs->C->ninstrs--;
  if (fs->nlines && fs->lines[fs->nlines - 1].pc == fs->ncode) fs->nlines--;
  if (fs->nhruns && fs->hruns[fs->nhruns - 1].pc == fs->ncode) fs->nhruns--;
}

uint32_t mt_code_abc(mt_fstate *fs, mt_opcode op, uint32_t a, uint32_t b, uint32_t c) {
  mt_assert(a <= MT_MAXARG_A && b <= MT_MAXARG_B && c <= MT_MAXARG_C);
  return mt_code_emit(fs, mt_instr_abc(op, a, b, c));
}

uint32_t mt_code_abx(mt_fstate *fs, mt_opcode op, uint32_t a, uint32_t bx) {
  return mt_code_indexed(fs, op, a, 0, 0, 1, bx);
}

void mt_code_extraarg(mt_fstate *fs, uint32_t ax) {
  if (ax > MT_MAXARG_AX) mt_code_error(fs, NULL, "too many constants or names in one function");
  mt_code_emit(fs, mt_instr_ax_(MT_OP_EXTRAARG, ax));
}

uint32_t mt_code_indexed(mt_fstate *fs, mt_opcode op, uint32_t a, uint32_t b, uint32_t c,
                         int field, uint32_t index) {
  uint32_t pc;
  bool escape;
  if (mt_op_formats[op] == MT_FMT_ABX) {
    escape = index >= MT_MAXARG_BX;
    pc = mt_code_emit(fs, mt_instr_abx(op, a, escape ? MT_MAXARG_BX : index));
  } else {
    escape = index >= MT_MAXARG_B;
    uint32_t v = escape ? MT_MAXARG_B : index;
    pc = mt_code_abc(fs, op, a, field == 1 ? v : b, field == 2 ? v : c);
  }
  if (escape) mt_code_extraarg(fs, index);
  return pc;
}

void mt_code_loadnone(mt_fstate *fs, uint32_t reg) { mt_code_abc(fs, MT_OP_LOADNONE, reg, 0, 0); }

mt_instr *mt_code_instr(mt_fstate *fs, const mt_expdesc *e) { return &fs->code[e->u.info]; }

/*
** {==================================================================
** Registers
** ===================================================================
*/

void mt_code_reserve(mt_fstate *fs, uint32_t n) {
  if (fs->freereg + n > MT_CODE_MAX_REGS)
    mt_code_error(fs, NULL, "expression too complex (more than %u registers needed)",
                  MT_CODE_MAX_REGS);
  fs->freereg += n;
  if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
}

/* Free a temporary register (locals are never freed). */
void mt_code_free_reg(mt_fstate *fs, uint32_t reg) {
  if (reg >= fs->nactive) {
    fs->freereg--;
    mt_assert(reg == fs->freereg);
  }
}

void mt_code_free_exp(mt_fstate *fs, mt_expdesc *e) {
  if (e->k == MT_EX_NONRELOC) mt_code_free_reg(fs, e->u.info);
}

/* Free the registers of two expressions, the higher one first. */
void mt_code_free_exps(mt_fstate *fs, mt_expdesc *e1, mt_expdesc *e2) {
  int32_t r1 = e1->k == MT_EX_NONRELOC ? (int32_t)e1->u.info : -1;
  int32_t r2 = e2->k == MT_EX_NONRELOC ? (int32_t)e2->u.info : -1;
  if (r1 > r2) {
    mt_code_free_exp(fs, e1);
    mt_code_free_exp(fs, e2);
  } else {
    mt_code_free_exp(fs, e2);
    mt_code_free_exp(fs, e1);
  }
}

/*
** {==================================================================
** Constants, names, nested protos
** ===================================================================
*/

static uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h;
}

static uint64_t bytes_hash(const char *s, uint32_t n) {
  uint64_t h = 1469598103934665603ull;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 1099511628211ull;
  return h;
}

/* Hash of a constant; equal constants (same kind, same bits) hash alike.
** Recursion follows tuple nesting, which follows the tree's. */
static uint64_t const_hash(const mt_const *c) {
  uint64_t h = mix(c->kind, c->base);
  switch ((mt_const_kind)c->kind) {
    case MT_CONST_INT: return mix(h, (uint64_t)c->u.i);
    case MT_CONST_FLOAT:
    case MT_CONST_IMAG: {
      uint64_t bits;
      memcpy(&bits, &c->u.f, sizeof bits);
      return mix(h, bits);
    }
    case MT_CONST_BIGINT:
    case MT_CONST_STR:
    case MT_CONST_BYTES: return mix(h, bytes_hash(c->u.s, c->len));
    case MT_CONST_TUPLE:
      for (uint32_t i = 0; i < c->len; i++) h = mix(h, const_hash(&c->u.items[i]));
      return mix(h, c->len);
    default: return h;
  }
}

static bool const_eq(const mt_const *a, const mt_const *b) {
  if (a->kind != b->kind || a->len != b->len || a->base != b->base) return false;
  switch ((mt_const_kind)a->kind) {
    case MT_CONST_INT: return a->u.i == b->u.i;
    case MT_CONST_FLOAT:
    case MT_CONST_IMAG: return memcmp(&a->u.f, &b->u.f, sizeof a->u.f) == 0;
    case MT_CONST_BIGINT:
    case MT_CONST_STR:
    case MT_CONST_BYTES: return memcmp(a->u.s, b->u.s, a->len) == 0;
    case MT_CONST_TUPLE:
      for (uint32_t i = 0; i < a->len; i++)
        if (!const_eq(&a->u.items[i], &b->u.items[i])) return false;
      return true;
    default: return true;
  }
}

/* Open-addressing index of a table: slots hold item index + 1. */
static void index_rebuild(mt_fstate *fs, uint32_t **index, uint32_t *cap, uint32_t n,
                          uint64_t (*hash)(mt_fstate *, uint32_t)) {
  uint32_t ncap = *cap ? *cap * 2 : 64;
  uint32_t *ni = scratch(fs->C, (size_t)ncap * sizeof *ni);
  memset(ni, 0, (size_t)ncap * sizeof *ni);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t j = (uint32_t)hash(fs, i) & (ncap - 1);
    while (ni[j]) j = (j + 1) & (ncap - 1);
    ni[j] = i + 1;
  }
  *index = ni;
  *cap = ncap;
}

static uint64_t k_hash_at(mt_fstate *fs, uint32_t i) { return const_hash(&fs->k[i]); }

uint32_t mt_code_k(mt_fstate *fs, const mt_const *c) {
  if ((fs->nk + 1) * 2 > fs->kindexcap)
    index_rebuild(fs, &fs->kindex, &fs->kindexcap, fs->nk, k_hash_at);
  uint32_t mask = fs->kindexcap - 1;
  uint32_t j = (uint32_t)const_hash(c) & mask;
  for (; fs->kindex[j]; j = (j + 1) & mask)
    if (const_eq(&fs->k[fs->kindex[j] - 1], c)) return fs->kindex[j] - 1;
  GROW(fs, fs->k, fs->nk, fs->capk);
  fs->k[fs->nk] = *c;
  fs->kindex[j] = fs->nk + 1;
  return fs->nk++;
}

static uint64_t n_hash_at(mt_fstate *fs, uint32_t i) {
  return bytes_hash(fs->names[i].s, fs->names[i].len);
}

/* The unit's copy of a text (a name, a str or bytes constant): each
** distinct text is stored once, whatever the number of its uses. */
static const char *intern(mt_compiler *C, const char *s, uint32_t len, uint64_t h) {
  mt_strset *t = &C->strings;
  if ((t->n + 1) * 2 > t->cap) {
    uint32_t ncap = t->cap ? t->cap * 2 : 16;
    mt_name *slots = mt_zalloc(ncap, sizeof *slots);
    if (!slots) mt_code_nomem(C);
    for (uint32_t i = 0; i < t->cap; i++) {
      if (!t->slots[i].s) continue;
      uint32_t j = (uint32_t)bytes_hash(t->slots[i].s, t->slots[i].len) & (ncap - 1);
      while (slots[j].s) j = (j + 1) & (ncap - 1);
      slots[j] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots;
    t->cap = ncap;
  }
  uint32_t j = (uint32_t)h & (t->cap - 1);
  for (; t->slots[j].s; j = (j + 1) & (t->cap - 1))
    if (t->slots[j].len == len && memcmp(t->slots[j].s, s, len) == 0) return t->slots[j].s;
  char *copy = mt_code_alloc(C, (size_t)len + 1);
  memcpy(copy, s, len);
  copy[len] = 0;
  t->slots[j] = (mt_name){copy, len};
  t->n++;
  return copy;
}

const char *mt_code_intern(mt_compiler *C, const char *s, uint32_t len) {
  return intern(C, s, len, bytes_hash(s, len));
}

/* Index of a name in fs's table (adding it when new). */
uint32_t mt_code_name(mt_fstate *fs, const char *s, uint32_t len) {
  if ((fs->nnames + 1) * 2 > fs->nindexcap)
    index_rebuild(fs, &fs->nindex, &fs->nindexcap, fs->nnames, n_hash_at);
  uint32_t mask = fs->nindexcap - 1;
  uint64_t h = bytes_hash(s, len);
  uint32_t j = (uint32_t)h & mask;
  for (; fs->nindex[j]; j = (j + 1) & mask) {
    const mt_name *n = &fs->names[fs->nindex[j] - 1];
    if (n->len == len && memcmp(n->s, s, len) == 0) return fs->nindex[j] - 1;
  }
  const char *copy = intern(fs->C, s, len, h);
  GROW(fs, fs->names, fs->nnames, fs->capnames);
  fs->names[fs->nnames] = (mt_name){copy, len};
  fs->nindex[j] = fs->nnames + 1;
  return fs->nnames++;
}

uint32_t mt_code_proto(mt_fstate *fs, const mt_proto *p) {
  GROW(fs, fs->protos, fs->nprotos, fs->capprotos);
  fs->protos[fs->nprotos] = p;
  return fs->nprotos++;
}

/* Python truth value of a constant. */
bool mt_code_const_truth(const mt_const *c) {
  switch ((mt_const_kind)c->kind) {
    case MT_CONST_NONE:
    case MT_CONST_FALSE: return false;
    case MT_CONST_INT: return c->u.i != 0;
    case MT_CONST_FLOAT:
    case MT_CONST_IMAG: return c->u.f != 0.0;
    case MT_CONST_STR:
    case MT_CONST_BYTES:
    case MT_CONST_TUPLE: return c->len != 0;
    default: return true; /* True, Ellipsis, big ints */
  }
}

/*
** {==================================================================
** Jump lists
** ===================================================================
*/

static int32_t getjump(mt_fstate *fs, uint32_t pc) {
  int32_t off = mt_instr_sj(fs->code[pc]);
  return off == MT_NO_JUMP ? MT_NO_JUMP : (int32_t)pc + 1 + off;
}

static void fixjump(mt_fstate *fs, uint32_t pc, uint32_t dest) {
  int64_t off = (int64_t)dest - ((int64_t)pc + 1);
  mt_assert((int32_t)dest != MT_NO_JUMP);
  if (off < -MT_OFFSET_SJ || off > (int64_t)MT_MAXARG_AX - MT_OFFSET_SJ)
    mt_code_error(fs, NULL, "control structure too long");
  fs->code[pc] = mt_instr_sj_(MT_OP_JMP, (int32_t)off);
}

uint32_t mt_code_jump(mt_fstate *fs) {
  return mt_code_emit(fs, mt_instr_sj_(MT_OP_JMP, MT_NO_JUMP));
}

uint32_t mt_code_label(mt_fstate *fs) {
  fs->lasttarget = (int32_t)fs->ncode;
  return fs->ncode;
}

void mt_code_concat(mt_fstate *fs, int32_t *l1, int32_t l2) {
  if (l2 == MT_NO_JUMP) return;
  if (*l1 == MT_NO_JUMP) {
    *l1 = l2;
    return;
  }
  int32_t list = *l1, next;
  while ((next = getjump(fs, (uint32_t)list)) != MT_NO_JUMP) list = next;
  fixjump(fs, (uint32_t)list, (uint32_t)l2);
}

/* The instruction controlling the jump at pc: its test when it has one. */
static mt_instr *jumpcontrol(mt_fstate *fs, uint32_t pc) {
  if (pc >= 1 && (mt_op_flags[mt_instr_op(fs->code[pc - 1])] & MT_OPF_T)) return &fs->code[pc - 1];
  return &fs->code[pc];
}

/* Make the TESTSET controlling the jump at node put its value in reg, or
** turn it into a TEST when no register is wanted (or the value already is
** there). Returns false when the jump is not controlled by a TESTSET. */
static bool patchtestreg(mt_fstate *fs, uint32_t node, uint32_t reg) {
  mt_instr *i = jumpcontrol(fs, node);
  if (mt_instr_op(*i) != MT_OP_TESTSET) return false;
  uint32_t b = mt_instr_b(*i);
  if (reg != MT_NO_REG && reg != b)
    *i = mt_instr_abc(MT_OP_TESTSET, reg, b, mt_instr_c(*i));
  else
    *i = mt_instr_abc(MT_OP_TEST, b, mt_instr_c(*i), 0);
  return true;
}

static void removevalues(mt_fstate *fs, int32_t list) {
  for (; list != MT_NO_JUMP; list = getjump(fs, (uint32_t)list))
    patchtestreg(fs, (uint32_t)list, MT_NO_REG);
}

/* Patch a list: TESTSET-controlled jumps get reg and go to vtarget, the
** others go to dtarget. */
static void patchlistaux(mt_fstate *fs, int32_t list, uint32_t vtarget, uint32_t reg,
                         uint32_t dtarget) {
  while (list != MT_NO_JUMP) {
    int32_t next = getjump(fs, (uint32_t)list);
    if (patchtestreg(fs, (uint32_t)list, reg))
      fixjump(fs, (uint32_t)list, vtarget);
    else
      fixjump(fs, (uint32_t)list, dtarget);
    list = next;
  }
}

void mt_code_patchlist(mt_fstate *fs, int32_t list, uint32_t target) {
  patchlistaux(fs, list, target, MT_NO_REG, target);
}

void mt_code_patchtohere(mt_fstate *fs, int32_t list) {
  if (list == MT_NO_JUMP) return;
  uint32_t here = mt_code_label(fs);
  mt_code_patchlist(fs, list, here);
}

/* Does some jump of the list need a value materialized (not a TESTSET)? */
static bool need_value(mt_fstate *fs, int32_t list) {
  for (; list != MT_NO_JUMP; list = getjump(fs, (uint32_t)list))
    if (mt_instr_op(*jumpcontrol(fs, (uint32_t)list)) != MT_OP_TESTSET) return true;
  return false;
}

/*
** {==================================================================
** Expressions
** ===================================================================
*/

void mt_code_init_exp(mt_expdesc *e, mt_expkind k, uint32_t info) {
  memset(e, 0, sizeof *e);
  e->k = k;
  e->u.info = info;
  e->t = e->f = MT_NO_JUMP;
}

static const uint8_t cmp_value_op[MT_AST_OP_COUNT] = {
    [MT_AST_OP_Eq] = MT_OP_EQ, [MT_AST_OP_NotEq] = MT_OP_NE, [MT_AST_OP_Lt] = MT_OP_LT,
    [MT_AST_OP_LtE] = MT_OP_LE, [MT_AST_OP_Gt] = MT_OP_GT,   [MT_AST_OP_GtE] = MT_OP_GE,
    [MT_AST_OP_In] = MT_OP_IN, [MT_AST_OP_NotIn] = MT_OP_NOTIN, [MT_AST_OP_Is] = MT_OP_IS,
    [MT_AST_OP_IsNot] = MT_OP_ISNOT,
};

static const uint8_t cmp_test_op[MT_AST_OP_COUNT] = {
    [MT_AST_OP_Eq] = MT_OP_IFEQ, [MT_AST_OP_NotEq] = MT_OP_IFNE, [MT_AST_OP_Lt] = MT_OP_IFLT,
    [MT_AST_OP_LtE] = MT_OP_IFLE, [MT_AST_OP_Gt] = MT_OP_IFGT,   [MT_AST_OP_GtE] = MT_OP_IFGE,
    [MT_AST_OP_In] = MT_OP_IFIN, [MT_AST_OP_NotIn] = MT_OP_IFNOTIN, [MT_AST_OP_Is] = MT_OP_IFIS,
    [MT_AST_OP_IsNot] = MT_OP_IFISNOT,
};

static const uint8_t cmp_testk_op[MT_AST_OP_COUNT] = {
    [MT_AST_OP_Eq] = MT_OP_IFEQK,  [MT_AST_OP_NotEq] = MT_OP_IFNEK, [MT_AST_OP_Lt] = MT_OP_IFLTK,
    [MT_AST_OP_LtE] = MT_OP_IFLEK, [MT_AST_OP_Gt] = MT_OP_IFGTK,    [MT_AST_OP_GtE] = MT_OP_IFGEK,
    [MT_AST_OP_In] = MT_OP_IFINK,  [MT_AST_OP_NotIn] = MT_OP_IFNOTINK,
};

/* Free the operand registers of a pending comparison (higher first). */
static void free_cmp(mt_fstate *fs, mt_expdesc *e) {
  uint32_t l = e->u.cmp.left;
  if (!e->u.cmp.rk) {
    uint32_t r = e->u.cmp.right;
    if (r > l) {
      mt_code_free_reg(fs, r);
      mt_code_free_reg(fs, l);
    } else {
      mt_code_free_reg(fs, l);
      if (r != l) mt_code_free_reg(fs, r);
    }
  } else {
    mt_code_free_reg(fs, l);
  }
}

/* A comparison against a constant: only the value-producing form is missing
** for constants, so load it first. */
static void cmp_right_to_reg(mt_fstate *fs, mt_expdesc *e) {
  if (!e->u.cmp.rk) return;
  mt_expdesc k;
  mt_code_init_exp(&k, MT_EX_CONST, 0);
  if (e->u.cmp.op == MT_AST_OP_Is || e->u.cmp.op == MT_AST_OP_IsNot)
    k.u.c.kind = MT_CONST_NONE; /* "is None": no K index was taken */
  else
    k.u.c = fs->k[e->u.cmp.right];
  /* The left operand stays below the new register. */
  mt_code_exp2nextreg(fs, &k);
  e->u.cmp.right = (uint8_t)k.u.info;
  e->u.cmp.rk = false;
}

/* Turn pending comparisons into RELOC instructions producing their value. */
void mt_code_discharge_vars(mt_fstate *fs, mt_expdesc *e) {
  if (e->k != MT_EX_CMP) return;
  cmp_right_to_reg(fs, e);
  free_cmp(fs, e);
  e->u.info = mt_code_abc(fs, (mt_opcode)cmp_value_op[e->u.cmp.op], 0, e->u.cmp.left,
                          e->u.cmp.right);
  e->k = MT_EX_RELOC;
}

/* Emit a pending comparison as a test + JMP taken when it equals cond. */
uint32_t mt_code_cmpjump(mt_fstate *fs, mt_expdesc *e, bool cond) {
  uint32_t op = e->u.cmp.op, l = e->u.cmp.left, r = e->u.cmp.right;
  free_cmp(fs, e);
  if (e->u.cmp.rk && (op == MT_AST_OP_Is || op == MT_AST_OP_IsNot)) {
    /* only "is None" / "is not None" keep a constant operand */
    bool is = op == MT_AST_OP_Is;
    mt_code_abc(fs, MT_OP_IFNONE, l, is ? cond : !cond, 0);
  } else if (e->u.cmp.rk) {
    mt_code_abc(fs, (mt_opcode)cmp_testk_op[op], l, r, cond);
  } else {
    mt_code_abc(fs, (mt_opcode)cmp_test_op[op], l, r, cond);
  }
  return mt_code_jump(fs);
}

static void load_const(mt_fstate *fs, const mt_const *c, uint32_t reg) {
  switch ((mt_const_kind)c->kind) {
    case MT_CONST_NONE: mt_code_loadnone(fs, reg); return;
    case MT_CONST_TRUE:
    case MT_CONST_FALSE: mt_code_abc(fs, MT_OP_LOADBOOL, reg, c->kind == MT_CONST_TRUE, 0); return;
    case MT_CONST_INT:
      if (c->u.i >= -MT_OFFSET_SBX && c->u.i <= (int64_t)MT_MAXARG_BX - MT_OFFSET_SBX) {
        mt_code_emit(fs, mt_instr_asbx(MT_OP_LOADI, reg, (int32_t)c->u.i));
        return;
      }
      break;
    default: break;
  }
  mt_code_abx(fs, MT_OP_LOADK, reg, mt_code_k(fs, c));
}

static void discharge2reg(mt_fstate *fs, mt_expdesc *e, uint32_t reg) {
  mt_code_discharge_vars(fs, e);
  switch (e->k) {
    case MT_EX_CONST: load_const(fs, &e->u.c, reg); break;
    case MT_EX_RELOC: {
      mt_instr *pi = mt_code_instr(fs, e);
      *pi = (*pi & ~(mt_instr)0xFF00u) | (mt_instr)reg << 8;
      break;
    }
    case MT_EX_NONRELOC:
      if (reg != e->u.info) mt_code_abc(fs, MT_OP_MOVE, reg, e->u.info, 0);
      break;
    case MT_EX_JMP: return; /* nothing to do yet */
    default: mt_assert(e->k == MT_EX_VOID); return;
  }
  e->u.info = reg;
  e->k = MT_EX_NONRELOC;
}

static void discharge2anyreg(mt_fstate *fs, mt_expdesc *e) {
  if (e->k != MT_EX_NONRELOC) {
    mt_code_reserve(fs, 1);
    discharge2reg(fs, e, fs->freereg - 1);
  }
}

/* Put e in reg, materializing the booleans its jump lists need (Lua's
** exp2reg). The target register is written only at the end of each path, so
** reg may be a local the expression reads. */
void mt_code_exp2reg(mt_fstate *fs, mt_expdesc *e, uint32_t reg) {
  discharge2reg(fs, e, reg);
  if (e->k == MT_EX_JMP) mt_code_concat(fs, &e->t, (int32_t)e->u.info);
  if (e->t != e->f || e->t != MT_NO_JUMP) {
    uint32_t p_f = MT_NO_JUMP, p_t = MT_NO_JUMP;
    if (need_value(fs, e->t) || need_value(fs, e->f)) {
      int32_t fj = e->k == MT_EX_JMP ? MT_NO_JUMP : (int32_t)mt_code_jump(fs);
      p_f = mt_code_label(fs);
      mt_code_abc(fs, MT_OP_LOADBOOL, reg, 0, 1);
      p_t = mt_code_label(fs);
      mt_code_abc(fs, MT_OP_LOADBOOL, reg, 1, 0);
      mt_code_patchtohere(fs, fj);
    }
    uint32_t final = mt_code_label(fs);
    patchlistaux(fs, e->f, final, reg, p_f);
    patchlistaux(fs, e->t, final, reg, p_t);
  }
  e->t = e->f = MT_NO_JUMP;
  e->u.info = reg;
  e->k = MT_EX_NONRELOC;
}

void mt_code_exp2nextreg(mt_fstate *fs, mt_expdesc *e) {
  mt_code_discharge_vars(fs, e);
  mt_code_free_exp(fs, e);
  mt_code_reserve(fs, 1);
  mt_code_exp2reg(fs, e, fs->freereg - 1);
}

uint32_t mt_code_exp2anyreg(mt_fstate *fs, mt_expdesc *e) {
  mt_code_discharge_vars(fs, e);
  if (e->k == MT_EX_NONRELOC) {
    if (e->t == e->f && e->t == MT_NO_JUMP) return e->u.info;
    if (e->u.info >= fs->nactive) {
      mt_code_exp2reg(fs, e, e->u.info);
      return e->u.info;
    }
  }
  mt_code_exp2nextreg(fs, e);
  return e->u.info;
}

bool mt_code_exp2rk(mt_fstate *fs, mt_expdesc *e, uint32_t *kidx) {
  if (e->k == MT_EX_CONST && e->t == e->f && e->t == MT_NO_JUMP) {
    uint32_t k = mt_code_k(fs, &e->u.c);
    if (k <= MT_MAXARG_C) {
      *kidx = k;
      return true;
    }
  }
  mt_code_exp2anyreg(fs, e);
  return false;
}

/* A call's result: in its base register. */
void mt_code_setoneret(mt_fstate *fs, mt_expdesc *e, uint32_t reg) {
  (void)fs;
  mt_code_init_exp(e, MT_EX_NONRELOC, reg);
}

/*
** {==================================================================
** Conditions
** ===================================================================
*/

static void negatecondition(mt_fstate *fs, mt_expdesc *e) {
  mt_instr *pc = jumpcontrol(fs, e->u.info);
  mt_assert(mt_op_flags[mt_instr_op(*pc)] & MT_OPF_T);
  mt_opcode op = mt_instr_op(*pc);
  if (op == MT_OP_TEST || op == MT_OP_IFNONE)
    *pc = mt_instr_abc(op, mt_instr_a(*pc), !mt_instr_b(*pc), 0);
  else
    *pc = mt_instr_abc(op, mt_instr_a(*pc), mt_instr_b(*pc), !mt_instr_c(*pc));
}

/* A truth test of e's value: TESTSET (turned into TEST later when the value
** is not needed) + JMP taken when bool(value) == cond. `not x` folds in. */
static uint32_t jumponcond(mt_fstate *fs, mt_expdesc *e, bool cond) {
  if (e->k == MT_EX_RELOC) {
    mt_instr ie = *mt_code_instr(fs, e);
    /* the NOT is the last instruction: a TEST replaces it at its pc */
    if (mt_instr_op(ie) == MT_OP_NOT && e->u.info == fs->ncode - 1) {
      remove_last(fs);
      mt_code_abc(fs, MT_OP_TEST, mt_instr_b(ie), !cond, 0);
      return mt_code_jump(fs);
    }
  }
  discharge2anyreg(fs, e);
  mt_code_free_exp(fs, e);
  mt_code_abc(fs, MT_OP_TESTSET, MT_NO_REG, e->u.info, cond);
  return mt_code_jump(fs);
}

/* Fall through when e is true; jump (e->f) when false. */
void mt_code_goiftrue(mt_fstate *fs, mt_expdesc *e) {
  int32_t pc;
  switch (e->k) {
    case MT_EX_CMP: pc = (int32_t)mt_code_cmpjump(fs, e, false); break;
    case MT_EX_JMP:
      negatecondition(fs, e);
      pc = (int32_t)e->u.info;
      break;
    case MT_EX_CONST:
      if (mt_code_const_truth(&e->u.c)) {
        pc = MT_NO_JUMP;
        break;
      }
      /* the falsy value may be the result of an 'and': test it */
      __attribute__((fallthrough));
    default: pc = (int32_t)jumponcond(fs, e, false); break;
  }
  mt_code_concat(fs, &e->f, pc);
  mt_code_patchtohere(fs, e->t);
  e->t = MT_NO_JUMP;
}

/* Fall through when e is false; jump (e->t) when true. */
void mt_code_goiffalse(mt_fstate *fs, mt_expdesc *e) {
  int32_t pc;
  switch (e->k) {
    case MT_EX_CMP: pc = (int32_t)mt_code_cmpjump(fs, e, true); break;
    case MT_EX_JMP: pc = (int32_t)e->u.info; break;
    case MT_EX_CONST:
      if (!mt_code_const_truth(&e->u.c)) {
        pc = MT_NO_JUMP;
        break;
      }
      __attribute__((fallthrough));
    default: pc = (int32_t)jumponcond(fs, e, true); break;
  }
  mt_code_concat(fs, &e->t, pc);
  mt_code_patchtohere(fs, e->f);
  e->f = MT_NO_JUMP;
}

/* `not e`: flips tests and comparisons in place ("not a in b" is
** "a not in b", as CPython's optimizer does), NOT for other values. */
void mt_code_not(mt_fstate *fs, mt_expdesc *e) {
  switch (e->k) {
    case MT_EX_CONST: {
      bool truth = mt_code_const_truth(&e->u.c);
      memset(&e->u.c, 0, sizeof e->u.c);
      e->u.c.kind = truth ? MT_CONST_FALSE : MT_CONST_TRUE;
      break;
    }
    case MT_EX_CMP: {
      static const uint8_t inverse[MT_AST_OP_COUNT] = {
          [MT_AST_OP_In] = MT_AST_OP_NotIn, [MT_AST_OP_NotIn] = MT_AST_OP_In,
          [MT_AST_OP_Is] = MT_AST_OP_IsNot, [MT_AST_OP_IsNot] = MT_AST_OP_Is};
      if (inverse[e->u.cmp.op]) {
        e->u.cmp.op = inverse[e->u.cmp.op];
        break;
      }
      uint32_t pc = mt_code_cmpjump(fs, e, true);
      int32_t t = e->t, f = e->f;
      mt_code_init_exp(e, MT_EX_JMP, pc);
      e->t = t;
      e->f = f;
    }
      __attribute__((fallthrough));
    case MT_EX_JMP: negatecondition(fs, e); break;
    case MT_EX_RELOC:
    case MT_EX_NONRELOC:
      discharge2anyreg(fs, e);
      mt_code_free_exp(fs, e);
      e->u.info = mt_code_abc(fs, MT_OP_NOT, 0, e->u.info, 0);
      e->k = MT_EX_RELOC;
      break;
    default: mt_assert(0); break;
  }
  int32_t tmp = e->f;
  e->f = e->t;
  e->t = tmp;
  removevalues(fs, e->f);
  removevalues(fs, e->t);
}

/*
** {==================================================================
** Exception handlers
** ===================================================================
*/

int32_t mt_code_new_handler(mt_fstate *fs, uint32_t reg) {
  if (reg >= MT_CODE_MAX_REGS)
    mt_code_error(fs, NULL, "expression too complex (more than %u registers needed)",
                  MT_CODE_MAX_REGS);
  GROW(fs, fs->handlers, fs->nhandlers, fs->caphandlers);
  fs->handlers[fs->nhandlers] = (mt_handler){-1, (uint8_t)reg};
  if (reg >= fs->maxreg) fs->maxreg = reg + 1;
  return (int32_t)fs->nhandlers++;
}

void mt_code_place_handler(mt_fstate *fs, int32_t h) {
  fs->handlers[h].target = (int32_t)mt_code_label(fs);
}

void mt_code_set_handler(mt_fstate *fs, int32_t h) { fs->handler = h; }

/*
** {==================================================================
** Final pass
** ===================================================================
*/

/* Follow a chain of unconditional jumps (bounded, as Lua's finaltarget). */
static uint32_t finaltarget(const mt_instr *code, uint32_t ncode, uint32_t pc) {
  for (int i = 0; i < 100 && pc < ncode; i++) {
    mt_instr in = code[pc];
    if (mt_instr_op(in) != MT_OP_JMP) break;
    pc = (uint32_t)((int32_t)pc + 1 + mt_instr_sj(in));
  }
  return pc;
}

/* Retarget jumps to jumps; give up on a target not representable. */
static void retarget_jumps(mt_fstate *fs) {
  for (uint32_t pc = 0; pc < fs->ncode; pc++) {
    mt_instr in = fs->code[pc];
    if (mt_instr_op(in) != MT_OP_JMP) continue;
    uint32_t target = finaltarget(fs->code, fs->ncode, (uint32_t)((int32_t)pc + 1 + mt_instr_sj(in)));
    fixjump(fs, pc, target);
  }
}

static void *copy_out(mt_fstate *fs, const void *src, size_t n) {
  void *p = mt_code_alloc(fs->C, n);
  if (n) memcpy(p, src, n);
  return p;
}

static mt_proto_handler *build_handlers(mt_fstate *fs, uint32_t *count) {
  uint32_t n = 0;
  mt_proto_handler *out = mt_code_alloc(fs->C, (size_t)fs->nhruns * sizeof *out);
  for (uint32_t i = 0; i < fs->nhruns; i++) {
    int32_t h = fs->hruns[i].handler;
    if (h < 0) continue;
    uint32_t start = fs->hruns[i].pc;
    uint32_t end = i + 1 < fs->nhruns ? fs->hruns[i + 1].pc : fs->ncode;
    if (start == end) continue;
    mt_assert(fs->handlers[h].target >= 0);
    if (n && out[n - 1].end == start && out[n - 1].target == (uint32_t)fs->handlers[h].target &&
        out[n - 1].reg == fs->handlers[h].reg) {
      out[n - 1].end = end;
      continue;
    }
    out[n++] = (mt_proto_handler){start, end, (uint32_t)fs->handlers[h].target, fs->handlers[h].reg};
  }
  *count = n;
  return out;
}

static const uint8_t *build_lineinfo(mt_fstate *fs, uint32_t *len) {
  mt_buf b = MT_BUF_INIT;
  mt_span prev = {fs->node->line, 0, fs->node->line, 0};
  for (uint32_t i = 0; i < fs->nlines; i++) {
    uint32_t end = i + 1 < fs->nlines ? fs->lines[i + 1].pc : fs->ncode;
    uint32_t count = end - fs->lines[i].pc;
    if (!count) continue;
    if (mt_proto_lineinfo_put(&b, count, &prev, &fs->lines[i].span)) {
      mt_buf_free(&b);
      mt_code_nomem(fs->C);
    }
    prev = fs->lines[i].span;
  }
  const uint8_t *out = copy_out(fs, b.data, b.len);
  *len = (uint32_t)b.len;
  mt_buf_free(&b);
  return out;
}

/* Variables in registers, in the order proto.h describes: the compiler
** gave registers to locals and cells in symbol order (parameters come
** first), then to free variables. */
static mt_proto_var *build_vars(mt_fstate *fs, uint32_t *count, uint32_t *nfree) {
  mt_block *bl = fs->block;
  uint32_t n = 0, nf = 0;
  mt_proto_var *vars = mt_code_alloc(fs->C, (size_t)(bl->nsyms + 1) * sizeof *vars);
  for (int pass = 0; pass < 2 && mt_symtable_is_function(bl); pass++) {
    for (uint32_t i = 0; i < bl->nsyms; i++) {
      const mt_sym *s = &bl->syms[i];
      bool is_free = s->scope == MT_SCOPE_FREE;
      if ((pass == 1) != is_free) continue;
      if (s->scope != MT_SCOPE_LOCAL && s->scope != MT_SCOPE_CELL && !is_free) continue;
      mt_proto_var *v = &vars[n++];
      v->name = mt_code_name(fs, s->name->s, s->name->len);
      v->reg = s->reg;
      v->kind = is_free ? MT_VAR_FREE : s->scope == MT_SCOPE_CELL ? MT_VAR_CELL : MT_VAR_LOCAL;
      v->flags = v->reg < fs->nparams && mt_regset_has(&fs->param_default, v->reg) ? MT_VAR_DEFAULT : 0;
      v->parent_reg = 0;
      mt_assert(n == 1 || v->reg > vars[n - 2].reg);
      if (is_free) {
        const mt_sym *ps = mt_symtable_lookup(fs->prev->block, s->name);
        mt_assert(ps && (ps->scope == MT_SCOPE_CELL || ps->scope == MT_SCOPE_FREE));
        v->parent_reg = ps->reg;
        nf++;
      }
    }
  }
  *count = n;
  *nfree = nf;
  return vars;
}

mt_proto *mt_code_close(mt_fstate *fs) {
  mt_compiler *C = fs->C;
  retarget_jumps(fs);
  mt_proto *p = mt_code_alloc(C, sizeof *p);
  memset(p, 0, sizeof *p);
  uint32_t nvars, nfree, nhandlers, nlineinfo;
  mt_proto_var *vars = build_vars(fs, &nvars, &nfree);
  p->vars = vars;
  p->nvars = nvars;
  p->nfree = (uint8_t)nfree;
  p->code = copy_out(fs, fs->code, (size_t)fs->ncode * sizeof *fs->code);
  p->ncode = fs->ncode;
  p->k = copy_out(fs, fs->k, (size_t)fs->nk * sizeof *fs->k);
  p->nk = fs->nk;
  p->protos = copy_out(fs, fs->protos, (size_t)fs->nprotos * sizeof *fs->protos);
  p->nprotos = fs->nprotos;
  p->handlers = build_handlers(fs, &nhandlers);
  p->nhandlers = nhandlers;
  p->lineinfo = build_lineinfo(fs, &nlineinfo);
  p->nlineinfo = nlineinfo;
  p->firstline = fs->node->line;
  p->nregs = (uint8_t)(fs->maxreg ? fs->maxreg : 1);
  p->name = fs->name;
  p->qualname = fs->qualname_idx;
  p->nparams = fs->nparams;
  p->nposonly = fs->nposonly;
  p->npos = fs->npos;
  p->nkwonly = fs->nkwonly;
  p->ndefaults = fs->ndefaults;
  p->flags = fs->flags;
  /* names last: build_vars may add some */
  p->names = copy_out(fs, fs->names, (size_t)fs->nnames * sizeof *fs->names);
  p->nnames = fs->nnames;
  mt_code_release(fs);
  return p;
}
