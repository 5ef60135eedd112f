/*
** callback.c: calling native callables from natives (see callback.h).
*/
#include "callback.h"

#include <string.h>

#include "exc.h"
#include "native.h"

bool mt_cb_is_callable(mt_vm *vm, mt_value v) {
  (void)vm;
  switch (mt_obj_type(v)) {
  case MT_T_TYPE:
  case MT_T_BUILTIN_FN:
  case MT_T_FUNCTION:
  case MT_T_METHOD: return true;
  default: return false;
  }
}

mt_value mt_cb_call_native(mt_vm *vm, mt_value callee, const mt_value *args, uint32_t nargs) {
  mt_value buf[MT_CB_MAX_ARGS + 1];
  mt_assert(nargs <= MT_CB_MAX_ARGS);
  if (mt_is_native(callee)) return mt_natives[mt_native_index(callee)].fn(vm, args, nargs, MT_NULL);
  mt_value self;
  int32_t fn;
  if (mt_is_type(callee)) {
    self = callee;
    fn = mt_native_method(mt_type_of_value(callee), mt_name(MT_N___call__));
    if (fn < 0) return mt_raise(vm, MT_T_TYPE_ERROR, "cannot create '%s' instances", mt_type_name(mt_type_of_value(callee)));
  } else if (mt_is_ref_type(callee, MT_T_BUILTIN_FN)) {
    self = MT_OBJ(vm, mt_method, callee)->self;
    fn = (int32_t)mt_native_index(MT_OBJ(vm, mt_method, callee)->func);
  } else if (mt_is_ref_type(callee, MT_T_FUNCTION) || mt_is_ref_type(callee, MT_T_METHOD)) {
    return MT_NULL;
  } else {
    return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not callable", callee);
  }
  buf[0] = self;
  memcpy(buf + 1, args, nargs * sizeof(mt_value));
  return mt_natives[fn].fn(vm, buf, nargs + 1, MT_NULL);
}

mt_value mt_cb_call(mt_vm *vm, mt_value callee, const mt_value *args, uint32_t nargs) {
  mt_value r = mt_cb_call_native(vm, callee, args, nargs);
  if (r != MT_NULL) return r;
  return mt_raise(vm, MT_T_SYSTEM_ERROR, "calling %T from a builtin needs the VM", callee);
}
