/*
** list.c: list storage and the list operations that need no callbacks.
*/
#include "list.h"

#include <string.h>

#include "compare.h"
#include "exc.h"
#include "tuple.h"

/* Slots of a new array are MT_NULL, like slots past len. */
static void fill_null(mt_value *v, uint64_t n) {
  for (uint64_t i = 0; i < n; i++) v[i] = MT_NULL;
}

static mt_list *lst(mt_vm *vm, mt_value l) { return MT_OBJ(vm, mt_list, l); }

/* The capacity a list growing to need items gets: twice that, rounded to
** 4, or just need when memory is short. Not CPython's 1/8: there realloc
** often grows in place, here a new array is allocated and the old one is
** garbage, so a small step would copy each item about nine times. */
static uint64_t grown_cap(mt_vm *vm, uint64_t need) {
  uint64_t cap = (2 * need + 3) & ~(uint64_t)3;
  return mt_varray_size(cap) <= mt_heap_room(vm) ? cap : need;
}

int mt_list_reserve(mt_vm *vm, mt_value l, uint64_t n) {
  uint32_t len = lst(vm, l)->len, cap = mt_list_cap(vm, l);
  uint64_t need = (uint64_t)len + n;
  if (need <= cap) return 0;
  if (need > UINT32_MAX / 8) {
    mt_raise_type(vm, MT_T_MEMORY_ERROR);
    return -1;
  }
  uint64_t ncap = grown_cap(vm, need);
  mt_value items = lst(vm, l)->items;
  if (items != MT_NULL && (mt_heap_grow(vm, mt_ref_off(items), mt_varray_size(ncap)) ||
                           mt_heap_grow(vm, mt_ref_off(items), mt_varray_size(need)))) {
    mt_varray *a = MT_OBJ(vm, mt_varray, items);
    fill_null(a->v + cap, mt_varray_cap(a) - cap);
    return 0;
  }
  uint32_t off = mt_heap_alloc(vm, MT_T_VARRAY, mt_varray_size(ncap));
  if (!off) return -1;
  mt_varray *a = mt_ptr(vm, off);
  mt_value *old = mt_list_items(vm, l);
  if (len) memcpy(a->v, old, 8 * (size_t)len);
  fill_null(a->v + len, ncap - len);
  lst(vm, l)->items = mt_ref(MT_T_VARRAY, off);
  return 0;
}

mt_value mt_list_new(mt_vm *vm, uint32_t cap) {
  uint32_t off = mt_heap_alloc(vm, MT_T_LIST, sizeof(mt_list));
  if (!off) return MT_EXC;
  mt_value l = mt_ref(MT_T_LIST, off);
  lst(vm, l)->items = MT_NULL;
  if (cap) {
    uint32_t a = mt_heap_alloc(vm, MT_T_VARRAY, mt_varray_size(cap));
    if (!a) return MT_EXC;
    fill_null(((mt_varray *)mt_ptr(vm, a))->v, cap);
    lst(vm, l)->items = mt_ref(MT_T_VARRAY, a);
  }
  return l;
}

mt_value mt_list_from(mt_vm *vm, const mt_value *items, uint32_t n) {
  mt_value l = mt_list_new(vm, n);
  if (l == MT_EXC) return MT_EXC;
  if (n) memcpy(mt_list_items(vm, l), items, 8 * (size_t)n);
  lst(vm, l)->len = n;
  return l;
}

int mt_list_append(mt_vm *vm, mt_value l, mt_value v) {
  if (mt_list_reserve(vm, l, 1)) return -1;
  mt_list *o = lst(vm, l);
  mt_list_items(vm, l)[o->len++] = v;
  return 0;
}

int mt_list_insert(mt_vm *vm, mt_value l, int64_t i, mt_value v) {
  if (mt_list_reserve(vm, l, 1)) return -1;
  int64_t n = lst(vm, l)->len;
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  mt_value *items = mt_list_items(vm, l);
  memmove(items + i + 1, items + i, 8 * (size_t)(n - i));
  items[i] = v;
  lst(vm, l)->len++;
  return 0;
}

int mt_list_extend(mt_vm *vm, mt_value l, mt_value src) {
  bool tuple = mt_is_ref_type(src, MT_T_TUPLE);
  uint32_t n = tuple ? mt_tuple_len(vm, src) : mt_list_len(vm, src);
  if (mt_list_reserve(vm, l, n)) return -1;
  if (n == 0) return 0;
  mt_value *from = tuple ? mt_tuple_items(vm, src) : mt_list_items(vm, src);
  mt_list *o = lst(vm, l);
  memcpy(mt_list_items(vm, l) + o->len, from, 8 * (size_t)n);
  o->len += n;
  return 0;
}

mt_value mt_list_pop(mt_vm *vm, mt_value l, int64_t i) {
  int64_t n = lst(vm, l)->len;
  if (n == 0) return mt_raise(vm, MT_T_INDEX_ERROR, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return mt_raise(vm, MT_T_INDEX_ERROR, "pop index out of range");
  mt_value v = mt_list_items(vm, l)[i];
  mt_list_del_range(vm, l, (uint32_t)i, (uint32_t)i + 1);
  return v;
}

void mt_list_del_range(mt_vm *vm, mt_value l, uint32_t start, uint32_t stop) {
  if (start == stop) return;
  mt_list *o = lst(vm, l);
  mt_value *items = mt_list_items(vm, l);
  memmove(items + start, items + stop, 8 * (size_t)(o->len - stop));
  fill_null(items + o->len - (stop - start), stop - start);
  o->len -= stop - start;
}

mt_value mt_list_slice(mt_vm *vm, mt_value l, int64_t start, int64_t step, uint32_t n) {
  mt_value r = mt_list_new(vm, n);
  if (r == MT_EXC || n == 0) return r;
  mt_value *from = mt_list_items(vm, l), *to = mt_list_items(vm, r);
  for (uint32_t k = 0; k < n; k++) to[k] = from[start + (int64_t)k * step];
  lst(vm, r)->len = n;
  return r;
}

void mt_list_reverse(mt_vm *vm, mt_value l) {
  uint32_t n = mt_list_len(vm, l);
  mt_value *v = mt_list_items(vm, l);
  for (uint32_t i = 0; i < n / 2; i++) {
    mt_value t = v[i];
    v[i] = v[n - 1 - i];
    v[n - 1 - i] = t;
  }
}

int64_t mt_list_index(mt_vm *vm, mt_value l, mt_value v) {
  for (uint32_t i = 0; i < mt_list_len(vm, l); i++) {
    int eq = mt_cmp_same(vm, mt_list_items(vm, l)[i], v);
    if (eq < 0) return -1;
    if (eq) return i;
  }
  mt_raise(vm, MT_T_VALUE_ERROR, "%R is not in list", v);
  return -1;
}

int mt_list_remove(mt_vm *vm, mt_value l, mt_value v) {
  for (uint32_t i = 0; i < mt_list_len(vm, l); i++) {
    int eq = mt_cmp_same(vm, mt_list_items(vm, l)[i], v);
    if (eq < 0) return -1;
    if (eq) {
      mt_list_del_range(vm, l, i, i + 1);
      return 0;
    }
  }
  mt_raise(vm, MT_T_VALUE_ERROR, "list.remove(x): x not in list");
  return -1;
}

void mt_list_clear(mt_vm *vm, mt_value l) {
  mt_list *o = lst(vm, l);
  o->items = MT_NULL;
  o->len = 0;
}
