/*
** callback.c: calling native callables from natives (see callback.h).
*/
#include "callback.h"

#include <string.h>

#include "exc.h"
#include "native.h"
#include "tuple.h"

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

/* As the VM calls them (vm.c invoke): a native with the arguments as
** given, a type's constructor without the type, an exception type by
** making the exception, a bound builtin method with self first. */
mt_value mt_cb_call_native(mt_vm *vm, mt_value callee, const mt_value *args, uint32_t nargs) {
  mt_assert(nargs <= MT_CB_MAX_ARGS);
  if (mt_is_native(callee)) return mt_natives[mt_native_index(callee)].fn(vm, args, nargs, MT_NULL);
  if (mt_is_type(callee)) {
    uint32_t t = mt_type_of_value(callee);
    if (mt_type_is_exc(t)) {
      mt_value a = mt_tuple_from(vm, args, nargs);
      return a == MT_EXC ? MT_EXC : mt_exc_new(vm, t, a);
    }
    int32_t fn = mt_native_ctor(vm, t);
    if (fn < 0) return mt_raise(vm, MT_T_TYPE_ERROR, "cannot create '%s' instances", mt_type_name(t));
    return mt_natives[fn].fn(vm, args, nargs, MT_NULL);
  }
  if (mt_is_ref_type(callee, MT_T_BUILTIN_FN)) {
    mt_value buf[MT_CB_MAX_ARGS + 1];
    buf[0] = MT_OBJ(vm, mt_method, callee)->self;
    memcpy(buf + 1, args, nargs * sizeof(mt_value));
    return mt_natives[mt_native_index(MT_OBJ(vm, mt_method, callee)->func)].fn(vm, buf, nargs + 1, MT_NULL);
  }
  if (mt_is_ref_type(callee, MT_T_FUNCTION) || mt_is_ref_type(callee, MT_T_METHOD)) return MT_NULL;
  return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not callable", callee);
}
