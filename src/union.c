/*
** union.c: unions of classes (see union.h), after CPython 3.11's
** Objects/unionobject.c.
*/
#include "union.h"

#include "tuple.h"

bool mt_union_operand(mt_value v) {
  return mt_is_type(v) || v == MT_NONE || mt_is_ref_type(v, MT_T_UNION_TYPE);
}

/* Append v's members (v itself for a class, NoneType for None) to m[*n]
** unless already there. m has room for every type. */
static void add_members(mt_vm *vm, mt_value v, mt_value *m, uint32_t *n) {
  uint32_t count = 1;
  const mt_value *src = &v;
  mt_value none_type = mt_type_value(MT_T_NONE);
  if (v == MT_NONE) src = &none_type;
  if (mt_is_ref_type(v, MT_T_UNION_TYPE)) {
    count = mt_tuple_len(vm, v);
    src = mt_tuple_items(vm, v);
  }
  for (uint32_t i = 0; i < count; i++) {
    bool seen = false;
    for (uint32_t k = 0; k < *n && !seen; k++) seen = m[k] == src[i];
    if (!seen) m[(*n)++] = src[i];
  }
}

mt_value mt_union_new(mt_vm *vm, mt_value a, mt_value b) {
  mt_value m[MT_TYPE_COUNT];
  uint32_t n = 0;
  add_members(vm, a, m, &n);
  add_members(vm, b, m, &n);
  if (n == 1) return m[0];
  uint32_t off = mt_heap_alloc(vm, MT_T_UNION_TYPE, mt_tuple_size(n));
  if (!off) return MT_EXC;
  mt_tuple *t = mt_ptr(vm, off);
  t->len = n;
  for (uint32_t i = 0; i < n; i++) t->items[i] = m[i];
  return mt_ref(MT_T_UNION_TYPE, off);
}

int mt_union_repr_into(mt_vm *vm, mt_sb *sb, mt_value u) {
  for (uint32_t i = 0; i < mt_tuple_len(vm, u); i++) {
    uint32_t t = mt_type_of_value(mt_tuple_items(vm, u)[i]);
    if (mt_sb_format(vm, sb, "%s%s", i ? " | " : "", t == MT_T_NONE ? "None" : mt_type_name(t))) return -1;
  }
  return 0;
}

bool mt_union_eq(mt_vm *vm, mt_value u, mt_value w) {
  uint32_t n = mt_tuple_len(vm, u);
  if (n != mt_tuple_len(vm, w)) return false;
  for (uint32_t i = 0; i < n; i++) {
    bool found = false;
    for (uint32_t k = 0; k < n && !found; k++) found = mt_tuple_items(vm, u)[i] == mt_tuple_items(vm, w)[k];
    if (!found) return false;
  }
  return true;
}
