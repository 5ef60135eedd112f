/*
** proto_codec.c: the byte encoding of proto trees (see proto_codec.h).
*/
#include "proto_codec.h"

#include <stdlib.h>
#include <string.h>

/* Decoding stops nesting past these (beyond the verifier's own bounds, so
** its depth checks are reachable). */
#define MAX_NEST 1200u
#define MAX_DECODED 4096u

/*
** {==================================================================
** Encoding
** ===================================================================
*/

static int put_v(mt_buf *b, uint64_t v) {
  uint8_t rec[10];
  size_t n = 0;
  do {
    rec[n++] = (uint8_t)((v & 0x7F) | (v >= 0x80 ? 0x80 : 0));
    v >>= 7;
  } while (v);
  return mt_buf_append(b, rec, n);
}

static int put_u8(mt_buf *b, uint8_t v) { return mt_buf_putc(b, (char)v); }

static int put_le(mt_buf *b, uint64_t v, size_t bytes) {
  for (size_t i = 0; i < bytes; i++)
    if (put_u8(b, (uint8_t)(v >> (8 * i)))) return -1;
  return 0;
}

static int put_text(mt_buf *b, const char *s, uint32_t len) {
  if (!s) return put_v(b, 0);
  return put_v(b, (uint64_t)len + 1) || mt_buf_append(b, s, len);
}

static int put_const(mt_buf *b, const mt_const *c) {
  if (put_u8(b, c->kind) || put_u8(b, c->base)) return -1;
  switch ((mt_const_kind)c->kind) {
    case MT_CONST_INT: {
      int64_t i = c->u.i;
      return put_v(b, i < 0 ? ((uint64_t)(-(i + 1)) << 1) | 1 : (uint64_t)i << 1);
    }
    case MT_CONST_FLOAT:
    case MT_CONST_IMAG: {
      uint64_t bits;
      memcpy(&bits, &c->u.f, sizeof bits);
      return put_le(b, bits, 8);
    }
    case MT_CONST_STR:
    case MT_CONST_BYTES:
    case MT_CONST_BIGINT: return put_text(b, c->u.s, c->len);
    case MT_CONST_TUPLE:
      if (put_v(b, c->len)) return -1;
      for (uint32_t i = 0; i < c->len; i++)
        if (put_const(b, &c->u.items[i])) return -1;
      return 0;
    default: return 0;
  }
}

int fuzz_proto_encode(const mt_proto *p, mt_buf *b) {
  const uint8_t head[8] = {p->nregs, p->nparams, p->nposonly, p->npos, p->nkwonly, p->ndefaults, p->nfree,
                           p->flags};
  if (mt_buf_append(b, head, sizeof head) || put_v(b, p->name) || put_v(b, p->qualname) ||
      put_v(b, p->firstline) || put_v(b, p->ncode))
    return -1;
  for (uint32_t i = 0; i < p->ncode; i++)
    if (put_le(b, p->code[i], 4)) return -1;
  if (put_v(b, p->nk)) return -1;
  for (uint32_t i = 0; i < p->nk; i++)
    if (put_const(b, &p->k[i])) return -1;
  if (put_v(b, p->nnames)) return -1;
  for (uint32_t i = 0; i < p->nnames; i++)
    if (put_text(b, p->names[i].s, p->names[i].len)) return -1;
  if (put_v(b, p->nvars)) return -1;
  for (uint32_t i = 0; i < p->nvars; i++) {
    const mt_proto_var *v = &p->vars[i];
    if (put_v(b, v->name) || put_u8(b, v->reg) || put_u8(b, v->kind) || put_u8(b, v->parent_reg) ||
        put_u8(b, v->flags))
      return -1;
  }
  if (put_v(b, p->nhandlers)) return -1;
  for (uint32_t i = 0; i < p->nhandlers; i++) {
    const mt_proto_handler *h = &p->handlers[i];
    if (put_v(b, h->start) || put_v(b, h->end) || put_v(b, h->target) || put_u8(b, h->reg)) return -1;
  }
  if (put_v(b, p->nlineinfo) || mt_buf_append(b, p->lineinfo, p->nlineinfo) || put_v(b, p->nprotos))
    return -1;
  for (uint32_t i = 0; i < p->nprotos; i++) {
    if (!p->protos[i]) {
      if (put_u8(b, 1)) return -1;
    } else if (put_u8(b, 0) || fuzz_proto_encode(p->protos[i], b)) {
      return -1;
    }
  }
  return 0;
}

/*
** {==================================================================
** Decoding
** ===================================================================
*/

typedef struct reader {
  const uint8_t *p;
  size_t n, pos;
  mt_ast_arena *arena;
  bool failed;                    /* the arena's limit was reached */
  mt_proto *decoded[MAX_DECODED]; /* for back references */
  uint32_t ndecoded;
} reader;

static uint8_t get_u8(reader *r) { return r->pos < r->n ? r->p[r->pos++] : 0; }

static uint64_t get_le(reader *r, size_t bytes) {
  uint64_t v = 0;
  for (size_t i = 0; i < bytes; i++) v |= (uint64_t)get_u8(r) << (8 * i);
  return v;
}

static uint64_t get_v(reader *r) {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    uint8_t byte = get_u8(r);
    v |= (uint64_t)(byte & 0x7F) << shift;
    if (!(byte & 0x80)) break;
  }
  return v;
}

static uint32_t get_u32v(reader *r) {
  uint64_t v = get_v(r);
  return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

/* A count of elements taking at least `each` bytes: capped by the input
** left, so a hostile count cannot make a huge allocation. */
static uint32_t get_count(reader *r, size_t each) {
  uint64_t v = get_v(r);
  size_t room = (r->n - r->pos) / each;
  return v < room ? (uint32_t)v : (uint32_t)room;
}

/* Zeroed memory for n elements of the given size (NULL for n == 0). */
static void *alloc(reader *r, size_t n, size_t size) {
  if (!n) return NULL;
  void *m = mt_ast_arena_alloc(r->arena, n * size);
  if (!m) {
    r->failed = true;
    return NULL;
  }
  memset(m, 0, n * size);
  return m;
}

static const char *get_text(reader *r, uint32_t *len) {
  uint64_t n = get_v(r);
  *len = 0;
  if (n == 0) return NULL;
  size_t left = r->n - r->pos, take = n - 1 < left ? (size_t)(n - 1) : left;
  char *s = alloc(r, take + 1, 1);
  if (!s) return "";
  memcpy(s, r->p + r->pos, take);
  r->pos += take;
  *len = (uint32_t)take;
  return s;
}

static void get_const(reader *r, mt_const *c, uint32_t depth) {
  c->kind = get_u8(r);
  c->base = get_u8(r);
  switch ((mt_const_kind)c->kind) {
    case MT_CONST_INT: {
      uint64_t z = get_v(r);
      c->u.i = (z & 1) ? -(int64_t)(z >> 1) - 1 : (int64_t)(z >> 1);
      break;
    }
    case MT_CONST_FLOAT:
    case MT_CONST_IMAG: {
      uint64_t bits = get_le(r, 8);
      memcpy(&c->u.f, &bits, sizeof bits);
      break;
    }
    case MT_CONST_STR:
    case MT_CONST_BYTES:
    case MT_CONST_BIGINT: c->u.s = get_text(r, &c->len); break;
    case MT_CONST_TUPLE: {
      c->len = depth < MAX_NEST ? get_count(r, 2) : 0;
      mt_const *items = alloc(r, c->len, sizeof *items);
      if (!items) c->len = 0;
      for (uint32_t i = 0; i < c->len; i++) get_const(r, &items[i], depth + 1);
      c->u.items = items;
      break;
    }
    default: break;
  }
}

static mt_proto *get_proto(reader *r, uint32_t depth);

static const mt_proto *get_child(reader *r, uint32_t depth) {
  switch (get_u8(r)) {
    case 1: return NULL;
    case 2: {
      uint64_t i = get_v(r);
      return i < r->ndecoded ? r->decoded[i] : NULL;
    }
    default: return depth < MAX_NEST ? get_proto(r, depth + 1) : NULL;
  }
}

/* The fields of p in encoding order; every array is exactly as long as its
** count (a failed allocation leaves the count 0). */
static void get_tables(reader *r, mt_proto *p) {
#define ARRAY(field, count, each)                                     \
  do {                                                                \
    count = get_count(r, each);                                       \
    p->field = alloc(r, count, sizeof *p->field);                     \
    if (!p->field) count = 0;                                         \
  } while (0)
  mt_instr *code;
  ARRAY(code, p->ncode, 4);
  code = (mt_instr *)p->code;
  for (uint32_t i = 0; i < p->ncode; i++) code[i] = (mt_instr)get_le(r, 4);
  mt_const *k;
  ARRAY(k, p->nk, 2);
  k = (mt_const *)p->k;
  for (uint32_t i = 0; i < p->nk; i++) get_const(r, &k[i], 0);
  mt_name *names;
  ARRAY(names, p->nnames, 1);
  names = (mt_name *)p->names;
  for (uint32_t i = 0; i < p->nnames; i++) names[i].s = get_text(r, &names[i].len);
  mt_proto_var *vars;
  ARRAY(vars, p->nvars, 5);
  vars = (mt_proto_var *)p->vars;
  for (uint32_t i = 0; i < p->nvars; i++) {
    vars[i].name = get_u32v(r);
    vars[i].reg = get_u8(r);
    vars[i].kind = get_u8(r);
    vars[i].parent_reg = get_u8(r);
    vars[i].flags = get_u8(r);
  }
  mt_proto_handler *handlers;
  ARRAY(handlers, p->nhandlers, 4);
  handlers = (mt_proto_handler *)p->handlers;
  for (uint32_t i = 0; i < p->nhandlers; i++) {
    handlers[i].start = get_u32v(r);
    handlers[i].end = get_u32v(r);
    handlers[i].target = get_u32v(r);
    handlers[i].reg = get_u8(r);
  }
  uint8_t *lineinfo;
  ARRAY(lineinfo, p->nlineinfo, 1);
  lineinfo = (uint8_t *)p->lineinfo;
  for (uint32_t i = 0; i < p->nlineinfo; i++) lineinfo[i] = get_u8(r);
#undef ARRAY
}

static mt_proto *get_proto(reader *r, uint32_t depth) {
  if (r->ndecoded >= MAX_DECODED) return NULL;
  mt_proto *p = alloc(r, 1, sizeof *p);
  if (!p) return NULL;
  r->decoded[r->ndecoded++] = p;
  p->nregs = get_u8(r);
  p->nparams = get_u8(r);
  p->nposonly = get_u8(r);
  p->npos = get_u8(r);
  p->nkwonly = get_u8(r);
  p->ndefaults = get_u8(r);
  p->nfree = get_u8(r);
  p->flags = get_u8(r);
  p->name = get_u32v(r);
  p->qualname = get_u32v(r);
  p->firstline = get_u32v(r);
  get_tables(r, p);
  p->nprotos = get_count(r, 1);
  const mt_proto **protos = alloc(r, p->nprotos, sizeof *protos);
  if (!protos) p->nprotos = 0;
  p->protos = protos;
  for (uint32_t i = 0; i < p->nprotos; i++) protos[i] = get_child(r, depth);
  return p;
}

mt_proto *fuzz_proto_decode(const uint8_t *data, size_t len, mt_ast_arena *arena) {
  reader *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  *r = (reader){.p = data, .n = len, .arena = arena};
  mt_proto *root = get_proto(r, 0);
  bool failed = r->failed;
  free(r);
  return failed ? NULL : root;
}
