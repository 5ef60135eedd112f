/*
** verify.c: the heap verifier (see verify.h).
**
** Pass 1 walks the objects linearly: each header must be sane and each
** object's own fields consistent with its size; the start of every object
** goes into a bitmap. Pass 2 walks them again and checks every value word
** and every cross-object constraint (a list's length against its array, a
** dict's length against its table, ...): every target was validated by
** pass 1, so reading it is safe. Internal objects (arrays, tables, output
** buffer) must have exactly one owner, tracked in a second bitmap. Both
** bitmaps live in the workspace after used and are zeroed on exit.
**
** Work stays linear even for hostile sharing: what a code object or a
** function needs to know about a tuple (all items str / all cells) is
** computed once per tuple in pass 1 and kept in the second bitmap at the
** tuple's first two words (never an internal object's start).
*/
#include "verify.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "call.h"
#include "codeobj.h"
#include "dict.h"
#include "hash.h"
#include "native.h"
#include "opcodes.h"
#include "proto_verify.h"
#include "protoview.h"
#include "set.h"
#include "unicode.h"

typedef struct ver {
  mt_vm *vm;
  uint8_t *base;
  uint32_t used;
  uint64_t *start;  /* object starts */
  uint64_t *owned;  /* internal objects claimed by an owner */
  uint64_t running; /* generator frames flagged running, less those found in the chain */
  mt_verify_error *err;
} ver;

/* What a value slot may hold besides ordinary Python values. */
enum {
  A_NULL = 1,     /* MT_NULL */
  A_DUMMY = 2,    /* MT_DUMMY (set tables) */
  A_INTERNAL = 4, /* internal objects (checked by the owner) */
  A_FRAME = 8,    /* frames */
};

__attribute__((format(printf, 3, 4))) static int fail(ver *v, uint32_t at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  v->err->at = at;
  vsnprintf(v->err->what, sizeof v->err->what, fmt, ap);
  va_end(ap);
  return -1;
}

static bool bit(const uint64_t *bits, uint32_t off) { return (bits[off >> 9] >> ((off >> 3) & 63)) & 1; }
static void set_bit(uint64_t *bits, uint32_t off) { bits[off >> 9] |= UINT64_C(1) << ((off >> 3) & 63); }

static mt_obj *obj(const ver *v, uint32_t off) { return (mt_obj *)(v->base + off); }

static bool is_internal_type(uint32_t t) { return mt_types[t].flags & MT_TF_INTERNAL; }

/* ---- pass 1: each object on its own ---- */

/* Entry k of the index is the byte offset of code point STRIDE * (k + 1). */
static int check_str_index(ver *v, uint32_t off, mt_str *s) {
  const uint32_t *index = mt_str_index(s);
  size_t n = mt_str_index_len(s->cplen), k = 0, i = 0;
  for (size_t cp = 0; k < n; cp++) {
    if (cp == MT_STR_INDEX_STRIDE * (k + 1)) {
      if (index[k] != i) return fail(v, off, "str index entry %zu wrong", k);
      k++;
    }
    if (i < s->len) mt_uni_next(s->data, &i);
  }
  return 0;
}

static int check_str(ver *v, uint32_t off, mt_str *s) {
  if (s->cplen > s->len || s->h.size != mt_str_size(s->len, s->cplen))
    return fail(v, off, "str size does not match length %u", s->len);
  if (s->data[s->len]) return fail(v, off, "str not NUL-terminated");
  if (s->h.flags & ~(MT_OF_ASCII | MT_OF_INTERNED)) return fail(v, off, "bad str flags");
  size_t ncp;
  mt_uni_codec_error e;
  if (mt_uni_utf8_check(s->data, s->len, &ncp, &e) != MT_UNI_OK) return fail(v, off, "str is not UTF-8");
  if (ncp != s->cplen) return fail(v, off, "str code-point count wrong");
  if (((s->h.flags & MT_OF_ASCII) != 0) != (ncp == s->len)) return fail(v, off, "str ASCII flag wrong");
  if (s->hash != -1 && s->hash != mt_hash_bytes(v->vm, s->data, s->len))
    return fail(v, off, "str cached hash wrong");
  return ncp == s->len ? 0 : check_str_index(v, off, s);
}

static int check_bytes(ver *v, uint32_t off, mt_bytes *b) {
  if (b->h.size != mt_bytes_size(b->len)) return fail(v, off, "bytes size does not match length");
  if (b->data[b->len]) return fail(v, off, "bytes not NUL-terminated");
  if (b->hash != -1 && b->hash != mt_hash_bytes(v->vm, b->data, b->len))
    return fail(v, off, "bytes cached hash wrong");
  return 0;
}

static int check_bigint(ver *v, uint32_t off, mt_bigint *b) {
  if (b->n == 0 || b->h.size != mt_bigint_size(b->n)) return fail(v, off, "int size does not match limbs");
  if (b->d[b->n - 1] == 0) return fail(v, off, "int not normalized");
  /* small ints are [-2**47, 2**47): 2**47 itself is big, -2**47 is not */
  uint64_t limit = (uint64_t)MT_SMALL_MAX + ((b->h.flags & MT_OF_NEG) != 0);
  if (b->n == 1 && b->d[0] <= limit) return fail(v, off, "big int in small range");
  if (b->h.flags & ~MT_OF_NEG) return fail(v, off, "bad int flags");
  return 0;
}

static int check_code(ver *v, uint32_t off, mt_code *c) {
  if (c->h.size != mt_code_size(c->ninstr)) return fail(v, off, "code size does not match ninstr");
  if (c->posonlyargcount > c->argcount) return fail(v, off, "code posonly > argcount");
  if (c->flags & ~MT_CO_ALL)
    return fail(v, off, "bad code flags");
  return 0;
}

#define TUPLE_ALL_STR(off) (off)
#define TUPLE_ALL_CELLS(off) ((off) + 8)

/* Record whether every item is a str, and whether every item is a cell. */
static int check_tuple(ver *v, uint32_t off, mt_tuple *t) {
  if (t->h.size != mt_tuple_size(t->len)) return fail(v, off, "tuple size does not match length");
  bool strs = true, cells = true;
  for (uint32_t i = 0; i < t->len; i++) {
    if (t->h.type == MT_T_UNION_TYPE && !mt_is_type(t->items[i])) return fail(v, off, "union member is not a class");
    strs = strs && mt_is_str(t->items[i]);
    cells = cells && mt_is_ref_type(t->items[i], MT_T_CELL);
  }
  if (strs) set_bit(v->owned, TUPLE_ALL_STR(off));
  if (cells) set_bit(v->owned, TUPLE_ALL_CELLS(off));
  return 0;
}

/* The fixed-size layouts: their size is exactly their struct. */
static bool fixed_layout(mt_layout l) {
  switch (l) {
  case MT_L_LIST:
  case MT_L_DICT:
  case MT_L_SET:
  case MT_L_RANGE:
  case MT_L_SLICE:
  case MT_L_FUNCTION:
  case MT_L_METHOD:
  case MT_L_CELL:
  case MT_L_TB:
  case MT_L_VIEW:
  case MT_L_ITER:
  case MT_L_EXC: return true;
  default: return false;
  }
}

static int check_local(ver *v, uint32_t off, mt_obj *o, mt_layout l) {
  if (fixed_layout(l) && o->size != mt_obj_min_size(l)) return fail(v, off, "bad size for %s", mt_type_name(o->type));
  if (o->flags & MT_OF_SEEN) return fail(v, off, "object left marked as being visited");
  switch (l) {
  case MT_L_STR: return check_str(v, off, (mt_str *)o);
  case MT_L_BYTES: return check_bytes(v, off, (mt_bytes *)o);
  case MT_L_BIGINT: return check_bigint(v, off, (mt_bigint *)o);
  case MT_L_TUPLE: return check_tuple(v, off, (mt_tuple *)o);
  case MT_L_CODE: return check_code(v, off, (mt_code *)o);
  case MT_L_FRAME:
    if (o->size != mt_frame_size(((mt_frame *)o)->nregs)) return fail(v, off, "frame size does not match nregs");
    return 0;
  case MT_L_BUF:
    if (((mt_bufobj *)o)->len > mt_buf_cap((mt_bufobj *)o)) return fail(v, off, "buffer length over capacity");
    return 0;
  case MT_L_DKEYS: {
    uint32_t live;
    const char *why = mt_dict_keys_problem((mt_dkeys *)o, &live);
    return why ? fail(v, off, "%s", why) : 0;
  }
  case MT_L_SETTABLE: {
    uint32_t used, fill;
    const char *why = mt_set_table_problem((mt_settable *)o, &used, &fill);
    return why ? fail(v, off, "%s", why) : 0;
  }
  default: return 0;
  }
}

static int pass1(ver *v) {
  uint32_t off = MT_HEAP_FIRST;
  while (off < v->used) {
    if (v->used - off < sizeof(mt_obj)) return fail(v, off, "truncated object header");
    mt_obj *o = obj(v, off);
    if (o->type >= MT_TYPE_COUNT) return fail(v, off, "bad type id %u", o->type);
    mt_layout l = mt_type_layout(o->type);
    if (l == MT_L_NONE) return fail(v, off, "type %s cannot be a heap object", mt_type_name(o->type));
    if (o->size % 8 || o->size < mt_obj_min_size(l) || o->size > v->used - off)
      return fail(v, off, "bad object size %u", o->size);
    if (check_local(v, off, o, l)) return -1;
    set_bit(v->start, off);
    off += o->size;
  }
  return 0;
}

/* ---- pass 2: references and cross-object constraints ---- */

/* A value word: a valid encoding, and a reference to an object start of
** the type its type byte names, of a kind allowed here. */
static int check_value(ver *v, uint32_t at, mt_value x, unsigned allow) {
  if (mt_is_float(x) || mt_is_small(x)) return 0;
  switch (mt_hi(x)) {
  case MT_HI_CONST: {
    uint32_t c = mt_const_index(x);
    if (c <= MT_CONST_NOTIMPL) return 0;
    if (c == MT_CONST_NULL && (allow & A_NULL)) return 0;
    if (c == MT_CONST_DUMMY && (allow & A_DUMMY)) return 0;
    return fail(v, at, "constant %u not allowed here", c);
  }
  case MT_HI_NATIVE:
    if (mt_native_index(x) >= v->vm->native_count) return fail(v, at, "bad native index");
    return 0;
  case MT_HI_TYPE:
    if (mt_type_of_value(x) >= MT_TYPE_COUNT || is_internal_type(mt_type_of_value(x)))
      return fail(v, at, "bad type value");
    return 0;
  case MT_HI_NAME:
    if (mt_name_index(x) >= MT_NAME_COUNT) return fail(v, at, "bad name index");
    return 0;
  case MT_HI_REF: break;
  default: return fail(v, at, "invalid value tag");
  }
  if ((x >> 40) & 0xFF) return fail(v, at, "reserved reference bits set");
  uint32_t off = mt_ref_off(x);
  if (off % 8 || off < MT_HEAP_FIRST || off >= v->used || !bit(v->start, off))
    return fail(v, at, "reference %u is not an object", off);
  uint32_t t = obj(v, off)->type;
  if (t != mt_ref_type(x)) return fail(v, at, "reference type byte %u, object is %s", mt_ref_type(x), mt_type_name(t));
  if (t == MT_T_FILLER) return fail(v, at, "reference to a filler");
  if (is_internal_type(t) && !(allow & A_INTERNAL)) return fail(v, at, "stray reference to internal %s", mt_type_name(t));
  if (t == MT_T_FRAME && !(allow & A_FRAME)) return fail(v, at, "stray reference to a frame");
  return 0;
}

static bool is_exc_instance(mt_value x) {
  return mt_is_ref(x) && mt_type_layout(mt_ref_type(x)) == MT_L_EXC;
}

/* A checked slot that must be a reference of the given type (or NULL). */
static int want(ver *v, uint32_t at, mt_value x, uint32_t type, bool nullable) {
  if (x == MT_NULL && nullable) return 0;
  if (!mt_is_ref_type(x, type)) return fail(v, at, "expected %s", mt_type_name(type));
  return check_value(v, at, x, A_INTERNAL | A_FRAME);
}

static int want_str(ver *v, uint32_t at, mt_value x) {
  if (!mt_is_str(x)) return fail(v, at, "expected str");
  return check_value(v, at, x, 0);
}

/* Claim an internal object for its one owner. */
static int claim(ver *v, uint32_t at, mt_value x) {
  if (x == MT_NULL) return 0;
  uint32_t off = mt_ref_off(x);
  if (bit(v->owned, off)) return fail(v, at, "internal object %u has two owners", off);
  set_bit(v->owned, off);
  return 0;
}

static int check_span(ver *v, uint32_t off, mt_obj *o, unsigned allow) {
  mt_span s = mt_obj_span(o);
  uint64_t end = s.at + ((uint64_t)s.count ? ((uint64_t)s.count - 1) * s.stride + s.width : 0) * 8;
  if (end > o->size) return fail(v, off, "value span beyond object");
  mt_value *x = (mt_value *)((uint8_t *)o + s.at);
  for (uint32_t i = 0; i < s.count; i++, x += s.stride)
    for (uint32_t w = 0; w < s.width; w++)
      if (check_value(v, off, x[w], allow)) return -1;
  return 0;
}

static int check_list(ver *v, uint32_t off, mt_list *l) {
  if (want(v, off, l->items, MT_T_VARRAY, true) || claim(v, off, l->items)) return -1;
  if (l->items == MT_NULL) return l->len ? fail(v, off, "list length without items") : 0;
  mt_varray *a = (mt_varray *)obj(v, mt_ref_off(l->items));
  if (l->len > mt_varray_cap(a)) return fail(v, off, "list length over capacity");
  for (uint32_t i = 0; i < l->len; i++)
    if (a->v[i] == MT_NULL) return fail(v, off, "list item %u missing", i);
  return 0;
}

static int check_dict(ver *v, uint32_t off, mt_dict *d) {
  if (want(v, off, d->keys, MT_T_DKEYS, true) || claim(v, off, d->keys)) return -1;
  /* pass 1 checked the table: only its live entries are counted here */
  uint32_t live = d->keys != MT_NULL ? mt_dict_keys_live((mt_dkeys *)obj(v, mt_ref_off(d->keys))) : 0;
  if (live != d->len) return fail(v, off, "dict length %u, table holds %u", d->len, live);
  return 0;
}

static int check_set(ver *v, uint32_t off, mt_set *s) {
  if (want(v, off, s->table, MT_T_SETTABLE, true) || claim(v, off, s->table)) return -1;
  uint32_t used = 0, fill = 0;
  if (s->table != MT_NULL) mt_set_table_problem((mt_settable *)obj(v, mt_ref_off(s->table)), &used, &fill);
  if (used != s->used || fill != s->fill) return fail(v, off, "set counts disagree with its table");
  return 0;
}

static int check_int(ver *v, uint32_t off, mt_value x) {
  if (mt_is_small(x) || mt_is_ref_type(x, MT_T_INT)) return 0;
  return fail(v, off, "expected int");
}

/* A tuple whose items are all str (code object name tuples). */
static int check_name_tuple(ver *v, uint32_t off, mt_value t) {
  if (want(v, off, t, MT_T_TUPLE, false)) return -1;
  return bit(v->owned, TUPLE_ALL_STR(mt_ref_off(t))) ? 0 : fail(v, off, "code name tuple holds a non-str");
}

static uint32_t tuple_len(ver *v, mt_value t) { return ((mt_tuple *)obj(v, mt_ref_off(t)))->len; }

/* ---- code objects: their tables, then their bytecode (proto_verify.h) ---- */

typedef struct code_view {
  ver *v;
  mt_code *c;
} code_view;

static void *bytes_data(ver *v, mt_value b) { return ((mt_bytes *)obj(v, mt_ref_off(b)))->data; }
static uint32_t bytes_len(ver *v, mt_value b) { return ((mt_bytes *)obj(v, mt_ref_off(b)))->len; }
static mt_value *tuple_items(ver *v, mt_value t) { return ((mt_tuple *)obj(v, mt_ref_off(t)))->items; }

static void code_var(const void *ctx, uint32_t i, uint8_t out[4]) {
  const code_view *cv = ctx;
  memcpy(out, (uint8_t *)bytes_data(cv->v, cv->c->vars) + 4 * (size_t)i, 4);
}

static void code_handler(const void *ctx, uint32_t i, uint32_t out[4]) {
  const code_view *cv = ctx;
  memcpy(out, (uint8_t *)bytes_data(cv->v, cv->c->exctable) + sizeof(mt_codeobj_handler) * (size_t)i,
         sizeof(mt_codeobj_handler));
}

static bool code_kwnames(const void *ctx, uint32_t k, uint32_t n) {
  const code_view *cv = ctx;
  mt_value t = tuple_items(cv->v, cv->c->consts)[k];
  return mt_is_ref_type(t, MT_T_TUPLE) && !check_value(cv->v, 0, t, 0) && tuple_len(cv->v, t) == n && bit(cv->v->owned, TUPLE_ALL_STR(mt_ref_off(t)));
}

/* The nested code objects consts[nk..] are checked by their own visit, so
** only what this one reads of them is checked here, defensively. */
static mt_code *nested_code(const code_view *cv, uint32_t x) {
  mt_value c = tuple_items(cv->v, cv->c->consts)[cv->c->nk + x];
  if (!mt_is_ref_type(c, MT_T_CODE) || check_value(cv->v, 0, c, 0)) return NULL;
  return (mt_code *)obj(cv->v, mt_ref_off(c));
}

/* How many values MAKEFUNC reads after its A register (call.c): the
** positional defaults, then one per keyword-only parameter flagged. */
static int64_t code_ndefaults(const void *ctx, uint32_t x) {
  const code_view *cv = ctx;
  mt_code *child = nested_code(cv, x);
  if (!child || !mt_is_ref_type(child->vars, MT_T_BYTES) || check_value(cv->v, 0, child->vars, 0)) return -1;
  uint32_t kwend = (uint32_t)child->argcount + child->kwonlyargcount;
  if (kwend > child->nvars || bytes_len(cv->v, child->vars) < 4u * child->nvars) return -1; /* at most 255 */
  const mt_codeobj_var *vars = bytes_data(cv->v, child->vars);
  int64_t n = child->ndefaults;
  for (uint32_t i = child->argcount; i < kwend; i++) n += vars[i].flags & 1;
  return n;
}

/* Every nested code's free variables take their cells from registers this
** code's var table makes cells (what MAKEFUNC reads, call.c). Those
** registers go into a bitmap first, so each nested code costs its free
** variables however often it is listed. */
static int check_closures(ver *v, uint32_t off, const code_view *cv, const mt_bytecode *b) {
  uint64_t cells[4] = {0, 0, 0, 0};
  for (uint32_t j = 0; j < b->nvars; j++) {
    uint8_t var[4];
    code_var(cv, j, var);
    if (var[1] == MT_PVIEW_VAR_CELL || var[1] == MT_PVIEW_VAR_FREE) cells[var[0] >> 6] |= UINT64_C(1) << (var[0] & 63);
  }
  for (uint32_t x = 0; x < b->nprotos; x++) {
    mt_code *child = nested_code(cv, x);
    if (!child) return fail(v, off, "nested code %u is not a code object", x);
    if (!mt_is_ref_type(child->vars, MT_T_BYTES) || check_value(v, off, child->vars, 0)) return -1;
    if (child->nfree > child->nvars || bytes_len(v, child->vars) != 4u * child->nvars)
      return fail(v, off, "nested code %u has a bad var table", x);
    const mt_codeobj_var *vars = bytes_data(v, child->vars);
    for (uint32_t i = child->nvars - child->nfree; i < child->nvars; i++) {
      uint8_t r = vars[i].parent_reg;
      if (!((cells[r >> 6] >> (r & 63)) & 1)) return fail(v, off, "closure of nested code %u takes a non-cell register", x);
    }
  }
  return 0;
}

/* The tables' sizes must match the counts the VM indexes them by. */
static int check_code_tables(ver *v, uint32_t off, mt_code *c) {
  uint32_t params = (uint32_t)c->argcount + c->kwonlyargcount + ((c->flags & MT_CO_VARARGS) != 0) +
                    ((c->flags & MT_CO_VARKEYWORDS) != 0);
  if (params != c->nparams || c->ndefaults > c->argcount) return fail(v, off, "inconsistent parameter counts");
  if (tuple_len(v, c->varnames) != c->nvars || bytes_len(v, c->vars) != 4u * c->nvars)
    return fail(v, off, "code var tables disagree with nvars");
  if (c->nk > tuple_len(v, c->consts)) return fail(v, off, "code has fewer constants than nk");
  if (bytes_len(v, c->exctable) % sizeof(mt_codeobj_handler)) return fail(v, off, "bad exception table size");
  if (bytes_len(v, c->cache) != MT_CODEOBJ_CACHE_SLOT * tuple_len(v, c->names))
    return fail(v, off, "inline cache size does not match the names");
  if ((c->flags & MT_CO_DOC) && (c->nk == 0 || !mt_is_str(tuple_items(v, c->consts)[0])))
    return fail(v, off, "docstring flag without a str constant");
  return 0;
}

static int check_code_refs(ver *v, uint32_t off, mt_code *c) {
  if (want_str(v, off, c->name) || want_str(v, off, c->qualname) || want_str(v, off, c->filename) ||
      want(v, off, c->consts, MT_T_TUPLE, false) || check_name_tuple(v, off, c->names) ||
      check_name_tuple(v, off, c->varnames) || want(v, off, c->vars, MT_T_BYTES, false) ||
      want(v, off, c->cache, MT_T_BYTES, false) || want(v, off, c->linetable, MT_T_BYTES, false) ||
      want(v, off, c->exctable, MT_T_BYTES, false) || check_code_tables(v, off, c))
    return -1;
  code_view cv = {v, c};
  mt_bytecode b = {.code = c->code, .lineinfo = bytes_data(v, c->linetable), .ninstr = c->ninstr,
                   .nregs = c->nregs, .nk = c->nk, .nnames = tuple_len(v, c->names),
                   .nprotos = tuple_len(v, c->consts) - c->nk, .nvars = c->nvars,
                   .nhandlers = bytes_len(v, c->exctable) / (uint32_t)sizeof(mt_codeobj_handler),
                   .nlineinfo = bytes_len(v, c->linetable), .firstline = c->firstlineno,
                   .nparams = c->nparams, .nfree = c->nfree, .name = "code", .ctx = &cv, .var = code_var,
                   .handler = code_handler, .kwnames = code_kwnames, .ndefaults = code_ndefaults};
  char msg[sizeof v->err->what];
  if (mt_proto_verify_code(&b, msg, sizeof msg)) return fail(v, off, "%s", msg);
  return check_closures(v, off, &cv, &b);
}

/* ---- frames (call.h, gen.h, native.h) ---- */

static mt_code *frame_code(ver *v, mt_frame *f) { return (mt_code *)obj(v, mt_ref_off(f->code)); }

static bool op_is(const mt_code *c, uint32_t pc, mt_opcode op) { return pc < c->ninstr && mt_instr_op(c->code[pc]) == op; }

/* Where a suspended generator's frame can be (gen.h): not started, just
** past a YIELD, or on a YIELDFROM. */
static bool at_yield(const mt_code *c, uint32_t pc) {
  return (pc > 0 && op_is(c, pc - 1, MT_OP_YIELD)) || op_is(c, pc, MT_OP_YIELDFROM);
}

static int check_python_frame(ver *v, uint32_t off, mt_frame *f) {
  const uint32_t gen_flags = MT_FRAME_DONE | MT_FRAME_RUNNING | MT_FRAME_THROW;
  if (f->flags & ~(MT_FRAME_GEN | gen_flags)) return fail(v, off, "bad frame flags");
  if (!(f->flags & MT_FRAME_GEN) && (f->flags & gen_flags)) return fail(v, off, "generator flags on a plain frame");
  if (f->exc != MT_NULL && !is_exc_instance(f->exc)) return fail(v, off, "frame exc is not an exception");
  mt_code *c = frame_code(v, f);
  if (f->nregs < c->nregs) return fail(v, off, "frame smaller than its code needs");
  if (f->pc > c->ninstr) return fail(v, off, "frame pc outside its code");
  bool running = (f->flags & MT_FRAME_RUNNING) != 0, done = (f->flags & MT_FRAME_DONE) != 0;
  if ((f->flags & MT_FRAME_GEN) && !running && !done && f->pc != 0 && !at_yield(c, f->pc))
    return fail(v, off, "suspended generator frame not at a yield");
  if ((f->flags & MT_FRAME_THROW) && (!running || done || f->pc == 0 || !at_yield(c, f->pc)))
    return fail(v, off, "generator frame throwing outside a yield");
  if (running) v->running++;
  return 0;
}

/* Native frames (vm.c) have neither code nor globals; their pending
** result is a kind (a small int) and a value. Their state is checked once
** the whole heap is (check_native_states). */
static int check_native_frame(ver *v, uint32_t off, mt_frame *f) {
  if (f->flags & ~(MT_FRAME_NATIVE | MT_FRAME_CATCH | MT_FRAME_CONT_MASK)) return fail(v, off, "bad native frame flags");
  if ((f->flags & MT_FRAME_CONT_MASK) >= MT_CONT_COUNT) return fail(v, off, "bad continuation %u", f->flags & MT_FRAME_CONT_MASK);
  if (f->nregs < MT_FRAME_STATE || f->code != MT_NULL || f->globals != MT_NULL || f->exc != MT_NULL)
    return fail(v, off, "malformed native frame");
  mt_value kind = f->regs[MT_FRAME_PENDING_KIND], pending = f->regs[MT_FRAME_PENDING];
  if (!mt_is_small(kind) || mt_as_small(kind) < MT_PENDING_NONE || mt_as_small(kind) > MT_PENDING_EXC)
    return fail(v, off, "bad pending result kind");
  if (mt_as_small(kind) == MT_PENDING_EXC && !is_exc_instance(pending) &&
      !(mt_is_type(pending) && mt_type_of_value(pending) < MT_TYPE_COUNT && mt_type_is_exc(mt_type_of_value(pending))))
    return fail(v, off, "pending exception is not one");
  if (mt_as_small(kind) == MT_PENDING_VALUE && pending == MT_NULL) return fail(v, off, "pending result missing");
  return 0;
}

static int check_frame(ver *v, uint32_t off, mt_frame *f) {
  bool native = (f->flags & MT_FRAME_NATIVE) != 0;
  if (want(v, off, f->back, MT_T_FRAME, true) || want(v, off, f->func, MT_T_FUNCTION, true) ||
      want(v, off, f->code, MT_T_CODE, native) || want(v, off, f->globals, MT_T_DICT, native))
    return -1;
  return native ? check_native_frame(v, off, f) : check_python_frame(v, off, f);
}

/* A frame of the chain, depth 0 the top one: a Python frame resumes at
** its pc (the top one on an instruction, or after a call on the EXTRAARG
** it runs as a no-op), the others when the frame above returns, so the
** instruction before their pc must be one that pushes frames (vm.c
** deliver reads its operands). A native frame on top has a result
** pending; below the top it waits for one. Generator frames in the chain
** are running. */
static int check_chain_frame(ver *v, uint32_t off, mt_frame *f, uint64_t depth) {
  if (f->flags & MT_FRAME_NATIVE) {
    bool pending = f->regs[MT_FRAME_PENDING_KIND] != mt_small(MT_PENDING_NONE);
    if (pending != (depth == 0)) return fail(v, off, depth ? "waiting native frame has a result" : "native frame on top without a result");
    return 0;
  }
  if ((f->flags & MT_FRAME_GEN) && (!(f->flags & MT_FRAME_RUNNING) || (f->flags & MT_FRAME_DONE)))
    return fail(v, off, "generator frame in the chain not running");
  mt_code *c = frame_code(v, f);
  bool after_call = mt_proto_verify_call_site(c->code, c->ninstr, f->pc);
  if (depth > 0 && !after_call) return fail(v, off, "frame pc %u is not after a call", f->pc);
  if (depth == 0 && (f->pc >= c->ninstr || (op_is(c, f->pc, MT_OP_EXTRAARG) && !after_call)))
    return fail(v, off, "frame pc %u is not where it can resume", f->pc);
  if (f->flags & MT_FRAME_RUNNING) v->running--;
  return 0;
}

/* The states of the chain's native frames, each by its continuation's own
** check (native.h), now that every object they can reach is verified. */
static int check_native_states(ver *v, mt_value top) {
  for (mt_value fv = top; fv != MT_NULL; fv = ((mt_frame *)obj(v, mt_ref_off(fv)))->back) {
    mt_frame *f = (mt_frame *)obj(v, mt_ref_off(fv));
    if (!(f->flags & MT_FRAME_NATIVE)) continue;
    const char *why = mt_native_cont_checks[f->flags & MT_FRAME_CONT_MASK](v->vm, f->regs + MT_FRAME_STATE,
                                                                          f->nregs - MT_FRAME_STATE);
    if (why) return fail(v, mt_ref_off(fv), "%s", why);
  }
  return 0;
}

static int check_exc(ver *v, uint32_t off, mt_exc *e) {
  if (want(v, off, e->args, MT_T_TUPLE, false) || want(v, off, e->traceback, MT_T_TRACEBACK, true) ||
      want(v, off, e->dict, MT_T_DICT, true))
    return -1;
  if (e->cause != MT_NULL && e->cause != MT_NONE && !is_exc_instance(e->cause))
    return fail(v, off, "__cause__ is not an exception");
  if (e->context != MT_NULL && e->context != MT_NONE && !is_exc_instance(e->context))
    return fail(v, off, "__context__ is not an exception");
  if (e->h.flags & ~MT_OF_SUPPRESS_CONTEXT) return fail(v, off, "bad exception flags");
  return 0;
}

/* Traceback entries point to older entries only, so chains end. */
static int check_tb(ver *v, uint32_t off, mt_tb *tb) {
  if (want(v, off, tb->next, MT_T_TRACEBACK, true) || want(v, off, tb->code, MT_T_CODE, true)) return -1;
  if (tb->next != MT_NULL && mt_ref_off(tb->next) >= off) return fail(v, off, "traceback chain not ordered");
  return 0;
}

static int check_function(ver *v, uint32_t off, mt_function *f) {
  if (want(v, off, f->code, MT_T_CODE, false) || want(v, off, f->globals, MT_T_DICT, false) ||
      want_str(v, off, f->name) || want_str(v, off, f->qualname) ||
      want(v, off, f->defaults, MT_T_TUPLE, true) || want(v, off, f->kwdefaults, MT_T_DICT, true) ||
      want(v, off, f->closure, MT_T_TUPLE, true) || want(v, off, f->dict, MT_T_DICT, true))
    return -1;
  if (f->closure == MT_NULL || bit(v->owned, TUPLE_ALL_CELLS(mt_ref_off(f->closure)))) return 0;
  return fail(v, off, "closure holds a non-cell");
}

static bool is_iterator(mt_value x) { return mt_is_ref(x) && mt_type_layout(mt_ref_type(x)) == MT_L_ITER; }

/* The sequence an iterator walks (or MT_NULL once exhausted). */
static int want_seq(ver *v, uint32_t off, mt_value x, uint32_t type) {
  if (x == MT_NULL || mt_is_ref_type(x, type)) return 0;
  return fail(v, off, "%s iterates over a %s", mt_type_name(obj(v, off)->type), mt_type_name(mt_obj_type(x)));
}

/* Iterator fields as iter.h lays them out: the walked object's type, and
** for str iterators a position on a character boundary. */
static int check_iter(ver *v, uint32_t off, mt_iter *it) {
  switch (it->h.type) {
  case MT_T_LIST_ITER:
  case MT_T_LIST_REVITER: return want_seq(v, off, it->a, MT_T_LIST);
  case MT_T_TUPLE_ITER: return want_seq(v, off, it->a, MT_T_TUPLE);
  case MT_T_BYTES_ITER: return want_seq(v, off, it->a, MT_T_BYTES);
  case MT_T_SET_ITER:
    return it->a == MT_NULL || mt_is_ref_type(it->a, MT_T_SET) || mt_is_ref_type(it->a, MT_T_FROZENSET)
               ? 0
               : fail(v, off, "set iterator over a non-set");
  case MT_T_STR_ASCII_ITER:
  case MT_T_STR_ITER: {
    if (it->a == MT_NULL) return 0;
    if (!mt_is_str(it->a)) return fail(v, off, "str iterator over a non-str");
    if (it->i < 0) return fail(v, off, "negative str iterator position");
    if (!mt_is_ref(it->a)) return 0; /* static names are ASCII */
    mt_str *s = (mt_str *)obj(v, mt_ref_off(it->a));
    if (it->h.type == MT_T_STR_ASCII_ITER && s->cplen != s->len) return fail(v, off, "ASCII iterator over non-ASCII str");
    if (it->i < (int64_t)s->len && (s->data[it->i] & 0xC0) == 0x80) return fail(v, off, "str iterator inside a character");
    return 0;
  }
  case MT_T_DICT_KEYITER:
  case MT_T_DICT_VALUEITER:
  case MT_T_DICT_ITEMITER:
  case MT_T_DICT_REVKEYITER:
  case MT_T_DICT_REVVALUEITER:
  case MT_T_DICT_REVITEMITER: return want_seq(v, off, it->a, MT_T_DICT);
  case MT_T_RANGE_ITER: return check_int(v, off, it->b);
  case MT_T_LONGRANGE_ITER: return check_int(v, off, it->a) || check_int(v, off, it->b) || check_int(v, off, it->c);
  case MT_T_REVERSED:
    return it->a == MT_NULL || mt_is_ref_type(it->a, MT_T_TUPLE) || mt_is_ref_type(it->a, MT_T_BYTES) || mt_is_str(it->a)
               ? 0
               : fail(v, off, "reversed over an unsupported sequence");
  case MT_T_ENUMERATE:
    return !is_iterator(it->a) ? fail(v, off, "enumerate without an iterator") : check_int(v, off, it->b);
  case MT_T_ZIP: return want(v, off, it->a, MT_T_TUPLE, false);
  case MT_T_MAP: return want(v, off, it->b, MT_T_TUPLE, false);
  case MT_T_FILTER: return is_iterator(it->b) ? 0 : fail(v, off, "filter without an iterator");
  case MT_T_GENERATOR: {
    if (it->a == MT_NULL) return 0;
    if (!mt_is_ref_type(it->a, MT_T_FRAME)) return fail(v, off, "generator without a frame");
    uint32_t fl = ((mt_frame *)obj(v, mt_ref_off(it->a)))->flags;
    return (fl & MT_FRAME_GEN) && !(fl & MT_FRAME_NATIVE) ? 0 : fail(v, off, "generator owns a frame not its own");
  }
  default: return 0;
  }
}

static int check_refs(ver *v, uint32_t off, mt_obj *o) {
  mt_layout l = mt_type_layout(o->type);
  unsigned allow = A_NULL;
  if (l == MT_L_SETTABLE) allow |= A_DUMMY;
  if (l == MT_L_LIST || l == MT_L_DICT || l == MT_L_SET) allow |= A_INTERNAL;
  if (l == MT_L_FRAME || o->type == MT_T_GENERATOR) allow |= A_FRAME;
  if (check_span(v, off, o, allow)) return -1;
  switch (l) {
  case MT_L_LIST: return check_list(v, off, (mt_list *)o);
  case MT_L_DICT: return check_dict(v, off, (mt_dict *)o);
  case MT_L_SET: return check_set(v, off, (mt_set *)o);
  case MT_L_RANGE: {
    mt_triple *r = (mt_triple *)o;
    if (check_int(v, off, r->start) || check_int(v, off, r->stop) || check_int(v, off, r->step)) return -1;
    return r->step == mt_small(0) ? fail(v, off, "range step 0") : 0;
  }
  case MT_L_FUNCTION: return check_function(v, off, (mt_function *)o);
  case MT_L_METHOD:
    if (o->type == MT_T_METHOD) return want(v, off, ((mt_method *)o)->func, MT_T_FUNCTION, false);
    if (o->type == MT_T_GETSET_DESCRIPTOR || o->type == MT_T_MEMBER_DESCRIPTOR)
      return mt_is_type(((mt_method *)o)->self) && mt_is_name(((mt_method *)o)->func)
                 ? 0
                 : fail(v, off, "descriptor without its class and name");
    return mt_is_native(((mt_method *)o)->func) ? 0 : fail(v, off, "builtin method without a native");
  case MT_L_CODE: return check_code_refs(v, off, (mt_code *)o);
  case MT_L_FRAME: return check_frame(v, off, (mt_frame *)o);
  case MT_L_TB: return check_tb(v, off, (mt_tb *)o);
  case MT_L_VIEW: return want(v, off, ((mt_view *)o)->dict, MT_T_DICT, false);
  case MT_L_EXC: return check_exc(v, off, (mt_exc *)o);
  case MT_L_ITER: return check_iter(v, off, (mt_iter *)o);
  default: return 0;
  }
}

static int pass2(ver *v) {
  for (uint32_t off = MT_HEAP_FIRST; off < v->used; off += obj(v, off)->size)
    if (check_refs(v, off, obj(v, off))) return -1;
  return 0;
}

/* ---- the header ---- */

static int check_header(ver *v, mt_heap *h) {
  if (memcmp(h->magic, MT_HEAP_MAGIC, 8)) return fail(v, 0, "bad magic");
  if (h->version != MT_HEAP_VERSION) return fail(v, 0, "unsupported version %u", h->version);
  if (h->header_size != MT_HEAP_FIRST) return fail(v, 0, "bad header size");
  if (h->used < MT_HEAP_FIRST || h->used % 8) return fail(v, 0, "bad used size");
  /* The verifier's bitmaps live in the workspace after used: a live heap
  ** may fill its commit, so the workspace is committed here (within the
  ** reservation; a loaded image had it checked and committed already). */
  if (mt_arena_commit(&v->vm->arena, (uint64_t)h->used + mt_heap_workspace(h->used)))
    return fail(v, 0, "arena too small for the heap");
  return 0;
}

static int check_roots(ver *v, mt_heap *h) {
  mt_value *r = h->roots;
  if (want(v, 0, r[MT_ROOT_GLOBALS], MT_T_DICT, false) || want(v, 0, r[MT_ROOT_BUILTINS], MT_T_DICT, false) ||
      want(v, 0, r[MT_ROOT_FRAME], MT_T_FRAME, true) || want(v, 0, r[MT_ROOT_INTERNED], MT_T_DICT, true) ||
      want(v, 0, r[MT_ROOT_OUTPUT], MT_T_BUF, true) || claim(v, 0, r[MT_ROOT_OUTPUT]) ||
      want(v, 0, r[MT_ROOT_MODULES], MT_T_DICT, true) || check_value(v, 0, r[MT_ROOT_RESULT], A_NULL))
    return -1;
  /* the value first: is_exc_instance trusts a reference's type byte */
  mt_value e = r[MT_ROOT_EXC];
  if (check_value(v, 0, e, A_NULL)) return -1;
  bool exc_type = mt_is_type(e) && mt_type_of_value(e) < MT_TYPE_COUNT && mt_type_is_exc(mt_type_of_value(e));
  if (e != MT_NULL && !exc_type && !is_exc_instance(e)) return fail(v, 0, "pending exception is not one");
  /* The frame chain is bounded by the recursion limit, and by the number
  ** of frames that fit the heap (a longer chain is a cycle). */
  uint64_t depth = 0, bound = (uint64_t)h->max_depth + 64;
  if (bound > v->used / sizeof(mt_frame)) bound = v->used / sizeof(mt_frame);
  for (mt_value f = r[MT_ROOT_FRAME]; f != MT_NULL; f = ((mt_frame *)obj(v, mt_ref_off(f)))->back) {
    if (depth >= bound) return fail(v, 0, "frame chain too long or cyclic");
    if (check_chain_frame(v, mt_ref_off(f), (mt_frame *)obj(v, mt_ref_off(f)), depth++)) return -1;
  }
  if (v->running) return fail(v, 0, "running generator frame outside the chain");
  return check_native_states(v, r[MT_ROOT_FRAME]);
}

int mt_verify_heap(mt_vm *vm, mt_verify_error *err) {
  ver v = {.vm = vm, .base = vm->base, .err = err};
  err->at = 0;
  err->what[0] = 0;
  if (vm->arena.committed < MT_HEAP_FIRST) return fail(&v, 0, "arena smaller than a header");
  mt_heap *h = mt_hdr(vm);
  if (check_header(&v, h)) return -1;
  v.used = h->used;
  uint64_t ws = mt_heap_workspace(v.used), nbits = ((uint64_t)v.used + 511) >> 9;
  v.start = (uint64_t *)(vm->base + v.used);
  v.owned = v.start + nbits;
  mt_assert(2 * nbits * 8 <= ws);
  memset(v.start, 0, 2 * nbits * 8);
  int r = pass1(&v) || pass2(&v) || check_roots(&v, h) ? -1 : 0;
  memset(vm->base + v.used, 0, ws);
  return r;
}

void mt_verify_report(const mt_verify_error *err) {
  fprintf(stderr, "heap verification failed at offset %u: %s\n", err->at, err->what);
}
