/*
** protoview.c: the only reader of proto.h outside the compiler (see
** protoview.h).
*/
#include "protoview.h"

#include "compile.h"
#include "proto.h"

MT_STATIC_ASSERT((int)MT_PVIEW_VAR_LOCAL == (int)MT_VAR_LOCAL && (int)MT_PVIEW_VAR_CELL == (int)MT_VAR_CELL &&
                     (int)MT_PVIEW_VAR_FREE == (int)MT_VAR_FREE,
                 "var kinds");

void mt_pview_of(const void *proto, mt_pview *o) {
  const mt_proto *p = proto;
  *o = (mt_pview){p->code, p->lineinfo, p->ncode, p->nk, p->nnames, p->nprotos, p->nvars,
                  p->nhandlers, p->nlineinfo, p->name, p->qualname, p->firstline, p->nregs,
                  p->nparams, p->nposonly, p->npos, p->nkwonly, p->ndefaults, p->nfree, p->flags};
}

static mt_pview_kind kind_of(uint8_t k) {
  switch ((mt_const_kind)k) {
  case MT_CONST_NONE: return MT_PVK_NONE;
  case MT_CONST_TRUE: return MT_PVK_TRUE;
  case MT_CONST_FALSE: return MT_PVK_FALSE;
  case MT_CONST_ELLIPSIS: return MT_PVK_ELLIPSIS;
  case MT_CONST_INT: return MT_PVK_INT;
  case MT_CONST_BIGINT: return MT_PVK_BIGINT;
  case MT_CONST_FLOAT: return MT_PVK_FLOAT;
  case MT_CONST_IMAG: return MT_PVK_IMAG;
  case MT_CONST_STR: return MT_PVK_STR;
  case MT_CONST_BYTES: return MT_PVK_BYTES;
  case MT_CONST_TUPLE: return MT_PVK_TUPLE;
  }
  return MT_PVK_NONE;
}

static void view_const(const mt_const *c, mt_pview_const *o) {
  *o = (mt_pview_const){.kind = kind_of(c->kind), .base = c->base, .len = c->len};
  switch ((mt_const_kind)c->kind) {
  case MT_CONST_INT: o->i = c->u.i; break;
  case MT_CONST_FLOAT:
  case MT_CONST_IMAG: o->f = c->u.f; break;
  case MT_CONST_BIGINT:
  case MT_CONST_STR:
  case MT_CONST_BYTES: o->s = c->u.s; break;
  case MT_CONST_TUPLE: o->items = c->u.items; break;
  default: break;
  }
}

void mt_pview_k(const void *proto, uint32_t i, mt_pview_const *out) {
  view_const(&((const mt_proto *)proto)->k[i], out);
}

void mt_pview_item(const void *items, uint32_t i, mt_pview_const *out) {
  view_const(&((const mt_const *)items)[i], out);
}

const char *mt_pview_name(const void *proto, uint32_t i, uint32_t *len) {
  const mt_name *n = &((const mt_proto *)proto)->names[i];
  *len = n->len;
  return n->s;
}

const void *mt_pview_proto(const void *proto, uint32_t i) { return ((const mt_proto *)proto)->protos[i]; }

void mt_pview_var(const void *proto, uint32_t i, uint8_t out[4], uint32_t *name) {
  const mt_proto_var *v = &((const mt_proto *)proto)->vars[i];
  out[0] = v->reg;
  out[1] = v->kind;
  out[2] = v->parent_reg;
  out[3] = v->flags;
  *name = v->name;
}

void mt_pview_handler(const void *proto, uint32_t i, uint32_t out[4]) {
  const mt_proto_handler *h = &((const mt_proto *)proto)->handlers[i];
  out[0] = h->start;
  out[1] = h->end;
  out[2] = h->target;
  out[3] = h->reg;
}

uint32_t mt_pview_line(const uint8_t *lineinfo, uint32_t nlineinfo, uint32_t ncode, uint32_t firstline,
                       uint32_t pc) {
  mt_proto view = {.lineinfo = lineinfo, .nlineinfo = nlineinfo, .ncode = ncode, .firstline = firstline};
  mt_span s;
  return pc < ncode && mt_proto_span(&view, pc, &s) == 0 ? s.line : 0;
}

void *mt_pview_compile(const char *src, size_t len, const char *filename, mt_syntax_error *err,
                       const void **main) {
  mt_compiled *unit = mt_compile_source(src, len, filename, err);
  if (unit) *main = unit->main;
  return unit;
}

void mt_pview_free(void *unit) { mt_compile_free(unit); }

int mt_pview_dump(const void *proto, mt_buf *out) { return mt_proto_dump(proto, out); }
