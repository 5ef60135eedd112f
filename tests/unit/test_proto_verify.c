/*
** test_proto_verify.c: the bytecode checker — hand-made protos with one
** defect each are rejected with a reason, compiled code is accepted, and
** randomly corrupted copies of compiled code never crash it.
*/
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "proto.h"

/*
** {==================================================================
** A small valid proto to break
** ===================================================================
*/

/* def f(a): return g(a, k=1) */
typedef struct sample {
  mt_instr code[8];
  mt_const k[3];
  mt_const kwitems[1];
  mt_name names[3];
  mt_proto_var vars[1];
  mt_proto_handler handlers[1];
  uint8_t lineinfo[16];
  mt_proto p;
} sample;

static void make_sample(sample *s) {
  memset(s, 0, sizeof *s);
  uint32_t n = 0;
  s->code[n++] = mt_instr_abx(MT_OP_GETCALLEE, 1, 2);  /* r1 := g */
  s->code[n++] = mt_instr_abc(MT_OP_MOVE, 2, 0, 0);    /* r2 := a */
  s->code[n++] = mt_instr_asbx(MT_OP_LOADI, 3, 1);     /* r3 := 1 */
  s->code[n++] = mt_instr_abc(MT_OP_CALL, 1, 1, 1);    /* g(a, k=1) */
  s->code[n++] = mt_instr_ax_(MT_OP_EXTRAARG, 1);      /* K[1] = ('k',) */
  s->code[n++] = mt_instr_abc(MT_OP_TEST, 1, 0, 0);
  s->code[n++] = mt_instr_sj_(MT_OP_JMP, 0);
  s->code[n++] = mt_instr_abc(MT_OP_RETURN, 1, 0, 0);
  s->kwitems[0] = (mt_const){.kind = MT_CONST_STR, .len = 1, .u.s = "k"};
  s->k[0] = (mt_const){.kind = MT_CONST_INT, .u.i = 7};
  s->k[1] = (mt_const){.kind = MT_CONST_TUPLE, .len = 1, .u.items = s->kwitems};
  s->k[2] = (mt_const){.kind = MT_CONST_STR, .len = 1, .u.s = "s"};
  s->names[0] = (mt_name){"f", 1};
  s->names[1] = (mt_name){"a", 1};
  s->names[2] = (mt_name){"g", 1};
  s->vars[0] = (mt_proto_var){.name = 1, .reg = 0, .kind = MT_VAR_LOCAL};
  s->handlers[0] = (mt_proto_handler){0, 4, 7, 1};
  /* one record: 8 instructions at line 1, cols 1-10 */
  const uint8_t li[] = {8, 0, 1, 0, 10};
  memcpy(s->lineinfo, li, sizeof li);
  s->p = (mt_proto){.code = s->code, .k = s->k, .names = s->names, .vars = s->vars,
                    .handlers = s->handlers, .lineinfo = s->lineinfo, .ncode = n, .nk = 3,
                    .nnames = 3, .nvars = 1, .nhandlers = 1, .nlineinfo = sizeof li,
                    .name = 0, .qualname = 0, .firstline = 1, .nregs = 4, .nparams = 1, .npos = 1};
}

static void expect_rejected(const mt_proto *p, const char *why) {
  char msg[200] = "";
  cr_assert_eq(mt_proto_verify(p, msg, sizeof msg), -1, "accepted, expected: %s", why);
  cr_assert(strstr(msg, why), "message '%s' does not mention '%s'", msg, why);
}

Test(verify, sample_is_valid) {
  sample s;
  make_sample(&s);
  char msg[200] = "";
  cr_assert_eq(mt_proto_verify(&s.p, msg, sizeof msg), 0, "%s", msg);
  mt_span sp;
  cr_assert_eq(mt_proto_span(&s.p, 7, &sp), 0);
  cr_assert(sp.line == 1 && sp.col == 1 && sp.end_col == 10);
}

Test(verify, operand_defects) {
  sample s;
  make_sample(&s);
  s.code[1] = mt_instr_abc(MT_OP_MOVE, 2, 9, 0);
  expect_rejected(&s.p, "register 9 out of range");
  make_sample(&s);
  s.code[0] = mt_instr_abx(MT_OP_GETCALLEE, 1, 3);
  expect_rejected(&s.p, "index 3 out of range");
  make_sample(&s);
  s.code[0] = mt_instr_abx(MT_OP_GETCALLEE, 1, MT_MAXARG_BX);
  expect_rejected(&s.p, "escaped operand without EXTRAARG");
  make_sample(&s);
  s.code[1] = mt_instr_abc(MT_OP_MOVE, 2, 0, 5);
  expect_rejected(&s.p, "unused operand");
  make_sample(&s);
  s.code[2] = 0xFFu;
  expect_rejected(&s.p, "unknown opcode");
  make_sample(&s);
  s.code[5] = mt_instr_abc(MT_OP_TEST, 1, 2, 0);
  expect_rejected(&s.p, "bad flag");
}

Test(verify, pairing_defects) {
  sample s;
  make_sample(&s);
  s.code[6] = mt_instr_abc(MT_OP_NOP, 0, 0, 0);
  expect_rejected(&s.p, "test not followed by JMP");
  make_sample(&s);
  s.code[2] = mt_instr_ax_(MT_OP_EXTRAARG, 0);
  expect_rejected(&s.p, "EXTRAARG where none is taken");
  make_sample(&s);
  s.code[4] = mt_instr_abc(MT_OP_NOP, 0, 0, 0);
  expect_rejected(&s.p, "keywords without names");
  make_sample(&s);
  s.code[4] = mt_instr_ax_(MT_OP_EXTRAARG, 0);
  expect_rejected(&s.p, "keyword names are not a tuple of 1");
  make_sample(&s);
  s.code[3] = mt_instr_abc(MT_OP_CALL, 1, 2, 1);
  expect_rejected(&s.p, "register window beyond nregs");
}

Test(verify, cell_instructions_need_cell_registers) {
  sample s;
  make_sample(&s);
  s.code[1] = mt_instr_abc(MT_OP_GETCELL, 2, 0, 0);
  expect_rejected(&s.p, "r0 is not a cell");
  s.vars[0].kind = MT_VAR_CELL;
  char msg[200] = "";
  cr_assert_eq(mt_proto_verify(&s.p, msg, sizeof msg), 0, "%s", msg);
  s.code[1] = mt_instr_abc(MT_OP_SETCELL, 3, 2, 0);
  expect_rejected(&s.p, "r3 is not a cell");
}

Test(verify, control_flow_defects) {
  sample s;
  make_sample(&s);
  s.code[6] = mt_instr_sj_(MT_OP_JMP, 5);
  expect_rejected(&s.p, "jump out of the code");
  make_sample(&s);
  s.code[6] = mt_instr_sj_(MT_OP_JMP, -3);
  expect_rejected(&s.p, "jump into an EXTRAARG");
  make_sample(&s);
  s.code[7] = mt_instr_abc(MT_OP_MOVE, 1, 1, 0);
  expect_rejected(&s.p, "code can run past its end");
  make_sample(&s);
  s.p.ncode = 0;
  s.p.nhandlers = 0;
  expect_rejected(&s.p, "no code");
}

Test(verify, table_defects) {
  sample s;
  make_sample(&s);
  s.handlers[0].end = 9;
  expect_rejected(&s.p, "bad exception table entry 0");
  make_sample(&s);
  s.handlers[0].reg = 4;
  expect_rejected(&s.p, "bad exception table entry 0");
  make_sample(&s);
  s.lineinfo[0] = 7; /* covers one instruction short */
  expect_rejected(&s.p, "bad line table");
  make_sample(&s);
  s.p.nlineinfo = 3;
  expect_rejected(&s.p, "bad line table");
  make_sample(&s);
  s.p.npos = 2;
  expect_rejected(&s.p, "inconsistent parameter counts");
  make_sample(&s);
  s.vars[0].reg = 3;
  expect_rejected(&s.p, "var registers out of order");
  make_sample(&s);
  s.p.qualname = 3;
  expect_rejected(&s.p, "bad name index");
  make_sample(&s);
  s.k[0].kind = 200;
  expect_rejected(&s.p, "constant of unknown kind");
  make_sample(&s);
  s.p.nregs = 0;
  expect_rejected(&s.p, "no registers");
}

/* The VM turns str constants, big int digits and names into strs, which
** must be strict UTF-8 (a truncated sequence made the disassembler's repr
** read past a constant; found by fuzz_proto_verify). Bytes may hold any. */
Test(verify, text_must_be_utf8) {
  sample s;
  make_sample(&s);
  s.k[2] = (mt_const){.kind = MT_CONST_STR, .len = 2, .u.s = "s\xE2"};
  expect_rejected(&s.p, "text constant is not UTF-8");
  make_sample(&s);
  s.kwitems[0] = (mt_const){.kind = MT_CONST_STR, .len = 3, .u.s = "\xED\xA0\x80"}; /* a surrogate */
  expect_rejected(&s.p, "text constant is not UTF-8");
  make_sample(&s);
  s.k[2] = (mt_const){.kind = MT_CONST_BIGINT, .base = 10, .len = 2, .u.s = "1\xFF"};
  expect_rejected(&s.p, "text constant is not UTF-8");
  make_sample(&s);
  s.names[2] = (mt_name){"g\xC0\x80", 3}; /* overlong */
  expect_rejected(&s.p, "name is not UTF-8");
  make_sample(&s);
  s.k[2] = (mt_const){.kind = MT_CONST_BYTES, .len = 2, .u.s = "s\xE2"};
  s.names[2] = (mt_name){"\xC3\xA9", 2};
  char msg[200] = "";
  cr_assert_eq(mt_proto_verify(&s.p, msg, sizeof msg), 0, "%s", msg);
}

Test(verify, nested_proto_defects) {
  sample s, child;
  make_sample(&s);
  make_sample(&child);
  const mt_proto *protos[1] = {&child.p};
  s.p.protos = protos;
  s.p.nprotos = 1;
  s.code[1] = mt_instr_abx(MT_OP_MAKEFUNC, 2, 0);
  char msg[200] = "";
  cr_assert_eq(mt_proto_verify(&s.p, msg, sizeof msg), 0, "%s", msg);
  /* a free variable whose cell comes from a plain local */
  mt_proto_var cv[2] = {child.vars[0], {.name = 2, .reg = 1, .kind = MT_VAR_FREE, .parent_reg = 0}};
  child.p.vars = cv;
  child.p.nvars = 2;
  child.p.nfree = 1;
  expect_rejected(&s.p, "takes a non-cell register");
  /* protos nested in a cycle */
  make_sample(&child);
  const mt_proto *self[1] = {&s.p};
  s.p.protos = self;
  expect_rejected(&s.p, "nested too deeply");
  protos[0] = NULL;
  s.p.protos = protos;
  expect_rejected(&s.p, "missing proto");
}

/* Protos sharing children: level j has two children, both level j - 1;
** level 0 has n instructions. The graph has levels + 1 protos but 2^levels
** leaves when walked as a tree. */
typedef struct dag {
  mt_instr ret[1];
  mt_name names[1];
  uint8_t leaf_lines[16], node_lines[8];
  mt_instr *leaf_code;
  const mt_proto *children[64][2];
  mt_proto level[64];
} dag;

static const mt_proto *make_dag(dag *d, uint32_t levels, uint32_t n) {
  memset(d, 0, sizeof *d);
  d->ret[0] = mt_instr_abc(MT_OP_RETURNNONE, 0, 0, 0);
  d->names[0] = (mt_name){"f", 1};
  d->leaf_code = calloc(n, sizeof *d->leaf_code);
  d->leaf_code[n - 1] = d->ret[0];
  mt_buf b = MT_BUF_INIT;
  mt_span first = {1, 0, 1, 0}, span = {1, 1, 1, 2};
  cr_assert_eq(mt_proto_lineinfo_put(&b, n, &first, &span), 0);
  cr_assert_leq(b.len, sizeof d->leaf_lines);
  memcpy(d->leaf_lines, b.data, b.len);
  uint32_t leaf_len = (uint32_t)b.len;
  mt_buf_clear(&b);
  cr_assert_eq(mt_proto_lineinfo_put(&b, 1, &first, &span), 0);
  memcpy(d->node_lines, b.data, b.len);
  uint32_t node_len = (uint32_t)b.len;
  mt_buf_free(&b);
  for (uint32_t j = 0; j <= levels; j++) {
    mt_proto *p = &d->level[j];
    *p = (mt_proto){.names = d->names, .nnames = 1, .nregs = 1, .firstline = 1};
    if (j == 0) {
      p->code = d->leaf_code, p->ncode = n, p->lineinfo = d->leaf_lines, p->nlineinfo = leaf_len;
    } else {
      p->code = d->ret, p->ncode = 1, p->lineinfo = d->node_lines, p->nlineinfo = node_len;
      d->children[j][0] = d->children[j][1] = &d->level[j - 1];
      p->protos = d->children[j], p->nprotos = 2;
    }
  }
  return &d->level[levels];
}

/* Sharing is not malformed in itself, but the work it causes is bounded:
** 2^40 visits of a 256 KB leaf are cut off (this took hours before). */
Test(verify, shared_protos_bounded_work) {
  static dag d;
  const mt_proto *root = make_dag(&d, 10, 16);
  char msg[200] = "";
  cr_assert_eq(mt_proto_verify(root, msg, sizeof msg), 0, "%s", msg);
  free(d.leaf_code);
  root = make_dag(&d, 40, 1u << 16);
  expect_rejected(root, "protos too large or too shared");
  free(d.leaf_code);
}

/*
** {==================================================================
** Compiled code, and corrupted copies of it
** ===================================================================
*/

static const char *const programs[] = {
    "def f(a, b=2, *c, d, **e):\n"
    "    try:\n"
    "        for i in a:\n"
    "            if i > b and not c:\n"
    "                continue\n"
    "            yield [x * i for x in c if x]\n"
    "    except (KeyError, ValueError) as err:\n"
    "        raise RuntimeError(str(err)) from err\n"
    "    finally:\n"
    "        print(f'{d!r:>{b}}', **e)\n",
    "import math\n"
    "from json import dumps\n"
    "x = {'a': [1, 2, 3], **y}\n"
    "with open(p) as fh, lock:\n"
    "    data = fh.read().split(',', maxsplit=2)\n"
    "a, *b, c = data\n"
    "del a, b[0]\n"
    "def g():\n"
    "    n = 0\n"
    "    def h():\n"
    "        nonlocal n\n"
    "        n += 1\n"
    "        return lambda m=n: m + n\n"
    "    return h\n"
    "assert x, 'empty'\n"
    "x if y else (z := 3)\n",
};

/* A mutable deep copy of a proto tree (arrays malloc'd). */
static mt_proto *copy_proto(const mt_proto *p) {
  mt_proto *c = malloc(sizeof *c);
  *c = *p;
#define DUP(field, n)                                                   \
  do {                                                                  \
    void *d = malloc((n) * sizeof *p->field + 1);                       \
    if ((n)) memcpy(d, p->field, (n) * sizeof *p->field);               \
    c->field = d;                                                       \
  } while (0)
  DUP(code, p->ncode);
  DUP(k, p->nk);
  DUP(names, p->nnames);
  DUP(vars, p->nvars);
  DUP(handlers, p->nhandlers);
  DUP(lineinfo, p->nlineinfo);
#undef DUP
  const mt_proto **protos = malloc(p->nprotos * sizeof *protos + 1);
  for (uint32_t i = 0; i < p->nprotos; i++) protos[i] = copy_proto(p->protos[i]);
  c->protos = protos;
  return c;
}

static void free_proto(mt_proto *c) {
  for (uint32_t i = 0; i < c->nprotos; i++) free_proto((mt_proto *)c->protos[i]);
  free((void *)c->protos);
  free((void *)c->code);
  free((void *)c->k);
  free((void *)c->names);
  free((void *)c->vars);
  free((void *)c->handlers);
  free((void *)c->lineinfo);
  free(c);
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint32_t rnd(uint32_t n) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return n ? (uint32_t)(rng_state % n) : 0;
}

/* Change one field of one proto of the tree at random: contents only, so
** the counts still describe the arrays (the verifier's precondition). */
static void mutate(mt_proto *p) {
  while (p->nprotos && rnd(2)) p = (mt_proto *)p->protos[rnd(p->nprotos)];
  switch (rnd(9)) {
    case 0:
    case 1:
    case 2:
      if (p->ncode) ((mt_instr *)p->code)[rnd(p->ncode)] ^= 1u << rnd(32);
      break;
    case 3:
      if (p->ncode) ((mt_instr *)p->code)[rnd(p->ncode)] = (mt_instr)rnd(UINT32_MAX);
      break;
    case 4:
      if (p->nvars) {
        mt_proto_var *v = (mt_proto_var *)&p->vars[rnd(p->nvars)];
        v->reg = (uint8_t)rnd(256);
        v->parent_reg = (uint8_t)rnd(256);
        v->kind = (uint8_t)rnd(4);
      }
      break;
    case 5:
      if (p->nhandlers) {
        mt_proto_handler *h = (mt_proto_handler *)&p->handlers[rnd(p->nhandlers)];
        h->start = rnd(p->ncode + 2);
        h->end = rnd(p->ncode + 2);
        h->target = rnd(p->ncode + 2);
      }
      break;
    case 6:
      if (p->nlineinfo) ((uint8_t *)p->lineinfo)[rnd(p->nlineinfo)] = (uint8_t)rnd(256);
      break;
    case 7:
      p->nregs = (uint8_t)rnd(256);
      p->nparams = (uint8_t)rnd(8);
      p->ndefaults = (uint8_t)rnd(4);
      break;
    case 8:
      if (p->ncode > 1) p->ncode = rnd(p->ncode) + 1;
      p->nfree = (uint8_t)rnd(3);
      break;
  }
}

Test(verify, compiled_programs_are_valid) {
  for (size_t i = 0; i < sizeof programs / sizeof *programs; i++) {
    mt_syntax_error err = {0};
    mt_compiled *u = mt_compile_source(programs[i], strlen(programs[i]), "main.py", &err);
    cr_assert(u, "%s", err.msg);
    char msg[200] = "";
    cr_assert_eq(mt_proto_verify(u->main, msg, sizeof msg), 0, "%s", msg);
    mt_compile_free(u);
  }
}

Test(verify, corrupted_code_never_crashes) {
  uint32_t rejected = 0, rounds = 0;
  for (size_t i = 0; i < sizeof programs / sizeof *programs; i++) {
    mt_syntax_error err = {0};
    mt_compiled *u = mt_compile_source(programs[i], strlen(programs[i]), "main.py", &err);
    cr_assert(u, "%s", err.msg);
    for (int round = 0; round < 3000; round++) {
      mt_proto *c = copy_proto(u->main);
      int n = 1 + (int)rnd(4);
      for (int j = 0; j < n; j++) mutate(c);
      char msg[200];
      rejected += mt_proto_verify(c, msg, sizeof msg) != 0;
      rounds++;
      free_proto(c);
    }
    mt_compile_free(u);
  }
  /* most random changes break an invariant the verifier checks */
  cr_assert_gt(rejected, rounds / 2, "%u of %u rejected", rejected, rounds);
}
