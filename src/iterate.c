/*
** iterate.c: consuming iterables in natives (see iterate.h).
*/
#include "iterate.h"

#include "exc.h"
#include "iter.h"
#include "native.h"

bool mt_iterate_is_iterable(mt_vm *vm, mt_value v) {
  switch (mt_obj_type(v)) {
  case MT_T_LIST:
  case MT_T_TUPLE:
  case MT_T_STR:
  case MT_T_BYTES:
  case MT_T_DICT:
  case MT_T_DICT_KEYS:
  case MT_T_DICT_VALUES:
  case MT_T_DICT_ITEMS:
  case MT_T_SET:
  case MT_T_FROZENSET:
  case MT_T_RANGE: return true;
  default: return mt_is_ref(v) && mt_type_layout(mt_ref_type(v)) == MT_L_ITER;
  }
  (void)vm;
}

mt_value mt_iterate_vm_only(mt_vm *vm, mt_value v) {
  return mt_raise(vm, MT_T_SYSTEM_ERROR, "%T must be advanced by the VM", v);
}

mt_value mt_iterate_open(mt_vm *vm, mt_value v) {
  mt_value it = mt_iter_new(vm, v);
  if (it == MT_EXC || mt_iter_is_native(vm, it)) return it;
  return mt_iterate_vm_only(vm, it);
}

mt_value mt_iterate_next(mt_vm *vm, mt_value it) { return mt_iter_next(vm, it); }

mt_value mt_iterate_list(mt_vm *vm, mt_value v) {
  if (mt_is_ref_type(v, MT_T_TUPLE)) return v;
  return mt_native_items(vm, v);
}

bool mt_iterate_needs_vm(mt_vm *vm, mt_value v) {
  return mt_is_ref(v) && mt_type_layout(mt_ref_type(v)) == MT_L_ITER && !mt_iter_is_native(vm, v);
}
