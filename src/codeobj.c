/*
** codeobj.c: materializing protos into arena code objects, and reading
** the tables of a code object back (lines, variable names).
**
** Nothing here collects garbage (no VM safe point is reached), so pointers
** derived from offsets stay valid for the whole materialization.
*/
#include "codeobj.h"

#include <string.h>

#include "exc.h"
#include "int.h"
#include "protoview.h"
#include "str.h"
#include "tuple.h"

MT_STATIC_ASSERT(sizeof(mt_codeobj_handler) == 16, "exception-table entry is 16 bytes");
MT_STATIC_ASSERT(sizeof(mt_codeobj_var) == 4, "var-table entry is 4 bytes");

/* A bytes object holding n bytes copied from p (zeros when p is NULL). */
static mt_value new_bytes(mt_vm *vm, const void *p, size_t n) {
  uint32_t off = mt_heap_alloc(vm, MT_T_BYTES, mt_bytes_size(n));
  if (!off) return MT_EXC;
  mt_bytes *b = mt_ptr(vm, off);
  b->len = (uint32_t)n;
  b->hash = -1;
  if (p && n) memcpy(b->data, p, n);
  return mt_ref(MT_T_BYTES, off);
}

/* The interned str for identifier text s[0..n): a static name when there
** is one (no allocation), else the interpreter's interned copy. */
static mt_value intern(mt_vm *vm, const char *s, size_t n) {
  int32_t name = mt_name_find(s, n);
  if (name >= 0) return mt_name((uint32_t)name);
  mt_value v = mt_str_obj_new(vm, s, n);
  return v == MT_EXC ? MT_EXC : mt_str_obj_intern(vm, v);
}

/* A big int literal: its digits in base 2, 8, 10 or 16. */
static mt_value big_literal(mt_vm *vm, const mt_pview_const *c) {
  mt_value text = mt_str_obj_new(vm, c->s, c->len);
  return text == MT_EXC ? MT_EXC : mt_int_parse(vm, text, (int)c->base);
}

static mt_value const_value(mt_vm *vm, const mt_pview_const *c);

static mt_value const_tuple(mt_vm *vm, const mt_pview_const *c) {
  mt_value t = mt_tuple_new(vm, c->len);
  if (t == MT_EXC) return MT_EXC;
  for (uint32_t i = 0; i < c->len; i++) {
    mt_pview_const item;
    mt_pview_item(c->items, i, &item);
    mt_value v = const_value(vm, &item);
    if (v == MT_EXC) return MT_EXC;
    mt_tuple_items(vm, t)[i] = v;
  }
  return t;
}

/* The value of a constant. Strs that spell a static name become that
** name, so constant keys and attribute names compare by identity. */
static mt_value const_value(mt_vm *vm, const mt_pview_const *c) {
  switch (c->kind) {
  case MT_PVK_NONE: return MT_NONE;
  case MT_PVK_TRUE: return MT_TRUE;
  case MT_PVK_FALSE: return MT_FALSE;
  case MT_PVK_ELLIPSIS: return MT_ELLIPSIS;
  case MT_PVK_INT: return mt_int_from_i64(vm, c->i);
  case MT_PVK_BIGINT: return big_literal(vm, c);
  case MT_PVK_FLOAT: return mt_float(c->f);
  case MT_PVK_IMAG: return mt_raise(vm, MT_T_NOT_IMPLEMENTED_ERROR, "complex numbers are not supported");
  case MT_PVK_STR: {
    int32_t name = mt_name_find(c->s, c->len);
    return name >= 0 ? mt_name((uint32_t)name) : mt_str_obj_new(vm, c->s, c->len);
  }
  case MT_PVK_BYTES: return new_bytes(vm, c->s, c->len);
  case MT_PVK_TUPLE: return const_tuple(vm, c);
  }
  return mt_raise(vm, MT_T_SYSTEM_ERROR, "bad constant kind %u", (unsigned)c->kind);
}

static mt_value name_tuple(mt_vm *vm, const void *p, const mt_pview *v) {
  mt_value t = mt_tuple_new(vm, v->nnames);
  if (t == MT_EXC) return MT_EXC;
  for (uint32_t i = 0; i < v->nnames; i++) {
    uint32_t len;
    const char *s = mt_pview_name(p, i, &len);
    mt_value x = intern(vm, s, len);
    if (x == MT_EXC) return MT_EXC;
    mt_tuple_items(vm, t)[i] = x;
  }
  return t;
}

static mt_value consts_tuple(mt_vm *vm, const void *p, const mt_pview *v, mt_value filename) {
  mt_value t = mt_tuple_new(vm, v->nk + v->nprotos);
  if (t == MT_EXC) return MT_EXC;
  for (uint32_t i = 0; i < v->nk; i++) {
    mt_pview_const c;
    mt_pview_k(p, i, &c);
    mt_value x = const_value(vm, &c);
    if (x == MT_EXC) return MT_EXC;
    mt_tuple_items(vm, t)[i] = x;
  }
  for (uint32_t i = 0; i < v->nprotos; i++) {
    mt_value x = mt_codeobj_new(vm, mt_pview_proto(p, i), filename);
    if (x == MT_EXC) return MT_EXC;
    mt_tuple_items(vm, t)[v->nk + i] = x;
  }
  return t;
}

/* varnames (a tuple; names already interned in `names`) and vars. */
static int var_tables(mt_vm *vm, const void *p, const mt_pview *pv, mt_value names, mt_value *varnames,
                      mt_value *vars) {
  *varnames = mt_tuple_new(vm, pv->nvars);
  *vars = *varnames == MT_EXC ? MT_EXC : new_bytes(vm, NULL, sizeof(mt_codeobj_var) * (size_t)pv->nvars);
  if (*vars == MT_EXC) return -1;
  mt_value *items = mt_tuple_items(vm, *varnames);
  mt_codeobj_var *out = (mt_codeobj_var *)MT_OBJ(vm, mt_bytes, *vars)->data;
  for (uint32_t i = 0; i < pv->nvars; i++) {
    uint8_t f[4];
    uint32_t name;
    mt_pview_var(p, i, f, &name);
    items[i] = mt_tuple_items(vm, names)[name];
    out[i] = (mt_codeobj_var){f[0], f[1], f[2], f[3]};
  }
  return 0;
}

static mt_value handler_table(mt_vm *vm, const void *p, const mt_pview *pv) {
  mt_value t = new_bytes(vm, NULL, sizeof(mt_codeobj_handler) * (size_t)pv->nhandlers);
  if (t == MT_EXC) return MT_EXC;
  mt_codeobj_handler *out = (mt_codeobj_handler *)MT_OBJ(vm, mt_bytes, t)->data;
  for (uint32_t i = 0; i < pv->nhandlers; i++) {
    uint32_t h[4];
    mt_pview_handler(p, i, h);
    out[i] = (mt_codeobj_handler){h[0], h[1], h[2], h[3]};
  }
  return t;
}

/* Fill the value fields of the code object at off from proto p. */
static int fill_values(mt_vm *vm, uint32_t off, const void *p, const mt_pview *pv, mt_value filename) {
  mt_value names = name_tuple(vm, p, pv);
  if (names == MT_EXC) return -1;
  mt_value consts = consts_tuple(vm, p, pv, filename);
  mt_value varnames, vars;
  if (consts == MT_EXC || var_tables(vm, p, pv, names, &varnames, &vars)) return -1;
  mt_value lines = new_bytes(vm, pv->lineinfo, pv->nlineinfo);
  mt_value handlers = lines == MT_EXC ? MT_EXC : handler_table(vm, p, pv);
  mt_value cache =
      handlers == MT_EXC ? MT_EXC : new_bytes(vm, NULL, MT_CODEOBJ_CACHE_SLOT * (size_t)pv->nnames);
  if (cache == MT_EXC) return -1;
  mt_code *c = mt_ptr(vm, off);
  c->name = mt_tuple_items(vm, names)[pv->name];
  c->qualname = mt_tuple_items(vm, names)[pv->qualname];
  c->filename = filename;
  c->consts = consts;
  c->names = names;
  c->varnames = varnames;
  c->vars = vars;
  c->linetable = lines;
  c->exctable = handlers;
  c->cache = cache;
  return 0;
}

mt_value mt_codeobj_new(mt_vm *vm, const void *p, mt_value filename) {
  mt_pview pv;
  mt_pview_of(p, &pv);
  uint32_t off = mt_heap_alloc(vm, MT_T_CODE, mt_code_size(pv.ncode));
  if (!off) return MT_EXC;
  mt_code *c = mt_ptr(vm, off);
  c->ninstr = pv.ncode;
  c->firstlineno = pv.firstline;
  c->nregs = pv.nregs;
  c->argcount = pv.npos;
  c->posonlyargcount = pv.nposonly;
  c->kwonlyargcount = pv.nkwonly;
  c->flags = pv.flags;
  c->nk = (uint16_t)pv.nk;
  c->nparams = pv.nparams;
  c->ndefaults = pv.ndefaults;
  c->nfree = pv.nfree;
  c->nvars = (uint8_t)pv.nvars;
  memcpy(c->code, pv.code, 4 * (size_t)pv.ncode);
  mt_value *vals = &c->name;
  for (uint32_t i = 0; i < MT_CODE_NVALUES; i++) vals[i] = MT_NONE;
  if (fill_values(vm, off, p, &pv, filename)) return MT_EXC;
  return mt_ref(MT_T_CODE, off);
}

uint32_t mt_codeobj_line(mt_vm *vm, mt_value cv, uint32_t pc) {
  mt_code *c = MT_OBJ(vm, mt_code, cv);
  mt_bytes *lines = MT_OBJ(vm, mt_bytes, c->linetable);
  uint32_t line = mt_pview_line(lines->data, lines->len, c->ninstr, c->firstlineno, pc);
  return line ? line : c->firstlineno;
}

mt_value mt_codeobj_reg_name(mt_vm *vm, mt_value cv, uint32_t reg) {
  mt_code *c = MT_OBJ(vm, mt_code, cv);
  const mt_codeobj_var *v = (const mt_codeobj_var *)MT_OBJ(vm, mt_bytes, c->vars)->data;
  for (uint32_t i = 0; i < c->nvars; i++)
    if (v[i].reg == reg) return mt_tuple_items(vm, c->varnames)[i];
  return MT_NULL;
}

void mt_codeobj_reset_caches(mt_vm *vm, mt_value cv) {
  mt_code *c = MT_OBJ(vm, mt_code, cv);
  mt_bytes *cache = MT_OBJ(vm, mt_bytes, c->cache);
  memset(cache->data, 0, cache->len);
  uint32_t n = mt_tuple_len(vm, c->consts);
  for (uint32_t i = c->nk; i < n; i++) mt_codeobj_reset_caches(vm, mt_tuple_items(vm, c->consts)[i]);
}

void mt_codeobj_reset_all_caches(mt_vm *vm) {
  uint32_t used = mt_hdr(vm)->used;
  for (uint32_t off = MT_HEAP_FIRST; off < used; off += mt_obj_at(vm, off)->size) {
    mt_obj *o = mt_obj_at(vm, off);
    if (o->type != MT_T_CODE) continue;
    mt_bytes *cache = MT_OBJ(vm, mt_bytes, ((mt_code *)o)->cache);
    memset(cache->data, 0, cache->len);
  }
}
