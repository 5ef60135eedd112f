/*
** attr.c: attributes of builtin values.
*/
#include "attr.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "native.h"
#include "str.h"
#include "tuple.h"

static bool is_int(mt_value v) { return mt_is_small(v) || mt_is_bool(v) || mt_is_ref_type(v, MT_T_INT); }

static mt_value or_none(mt_value v) { return v == MT_NULL ? MT_NONE : v; }

/* The attributes some exception types derive from their arguments:
** StopIteration.value, SystemExit.code, and the encoding, object, start,
** end and reason of UnicodeEncodeError/UnicodeDecodeError. */
static mt_value exc_attr(mt_vm *vm, mt_value e, uint32_t name) {
  mt_value args = MT_OBJ(vm, mt_exc, e)->args;
  uint32_t n = mt_tuple_len(vm, args), t = mt_ref_type(e);
  mt_value *a = mt_tuple_items(vm, args);
  if (t == MT_T_STOP_ITERATION && name == MT_N_value) return n ? a[0] : MT_NONE;
  if (t == MT_T_SYSTEM_EXIT && name == MT_N_code) return n == 0 ? MT_NONE : n == 1 ? a[0] : args;
  if ((t == MT_T_UNICODE_ENCODE_ERROR || t == MT_T_UNICODE_DECODE_ERROR) && n == 5) {
    static const uint16_t fields[] = {MT_N_encoding, MT_N_object, MT_N_start, MT_N_end, MT_N_reason};
    for (uint32_t i = 0; i < 5; i++)
      if (name == fields[i]) return a[i];
  }
  return MT_NULL;
}

/* Data attributes: MT_NULL when obj has no such attribute. */
static mt_value data_attr(mt_vm *vm, mt_value obj, uint32_t name) {
  if (name == MT_N___class__) return mt_type_value(mt_obj_type(obj));
  if (mt_is_type(obj)) {
    uint32_t t = mt_type_of_value(obj);
    if (name == MT_N___name__ || name == MT_N___qualname__) return mt_name(mt_types[t].name);
    return MT_NULL;
  }
  if (mt_is_native(obj)) {
    if (name == MT_N___name__ || name == MT_N___qualname__)
      return mt_str_obj_cstr(vm, mt_native_names[mt_native_index(obj)]);
    return MT_NULL;
  }
  if (mt_is_ref_type(obj, MT_T_FUNCTION)) {
    mt_function *f = MT_OBJ(vm, mt_function, obj);
    if (name == MT_N___name__) return f->name;
    if (name == MT_N___qualname__) return f->qualname;
    if (name == MT_N___module__) return mt_name(MT_N___main__);
    if (name == MT_N___doc__) return MT_NONE;
    return MT_NULL;
  }
  if (mt_is_ref_type(obj, MT_T_BUILTIN_FN)) {
    mt_method *m = MT_OBJ(vm, mt_method, obj);
    if (name == MT_N___name__ || name == MT_N___qualname__)
      return mt_str_obj_cstr(vm, mt_native_names[mt_native_index(m->func)]);
    return MT_NULL;
  }
  if (mt_is_ref(obj) && mt_type_is_exc(mt_ref_type(obj))) {
    mt_exc *e = MT_OBJ(vm, mt_exc, obj);
    if (name == MT_N_args) return e->args;
    if (name == MT_N___cause__) return or_none(e->cause);
    if (name == MT_N___context__) return or_none(e->context);
    if (name == MT_N___suppress_context__) return mt_bool(e->h.flags & MT_OF_SUPPRESS_CONTEXT);
    if (name == MT_N___traceback__) return MT_NONE;
    return exc_attr(vm, obj, name);
  }
  if (is_int(obj)) {
    mt_value v = mt_is_bool(obj) ? mt_small(obj == MT_TRUE) : obj;
    if (name == MT_N_real || name == MT_N_numerator) return v;
    if (name == MT_N_imag) return mt_small(0);
    if (name == MT_N_denominator) return mt_small(1);
    return MT_NULL;
  }
  if (mt_is_float(obj)) {
    if (name == MT_N_real) return obj;
    if (name == MT_N_imag) return mt_float(0.0);
  }
  return MT_NULL;
}

static mt_value no_attr(mt_vm *vm, mt_value obj, mt_value name) {
  if (mt_is_type(obj))
    return mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "type object '%s' has no attribute '%S'",
                    mt_type_name(mt_type_of_value(obj)), name);
  return mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "'%T' object has no attribute '%S'", obj, name);
}

mt_value mt_attr_get(mt_vm *vm, mt_value obj, mt_value name) {
  if (!mt_is_name(name)) return no_attr(vm, obj, name);
  uint32_t n = mt_name_index(name);
  mt_value v = data_attr(vm, obj, n);
  if (v != MT_NULL) return v;
  if (mt_is_type(obj)) {
    int32_t m = mt_native_method(mt_type_of_value(obj), name);
    if (m < 0 || n == MT_N___call__) return no_attr(vm, obj, name);
    return mt_native_binds_class((uint32_t)m) ? mt_func_bind(vm, mt_native((uint32_t)m), obj) : mt_native((uint32_t)m);
  }
  int32_t m = mt_native_method(mt_obj_type(obj), name);
  if (m < 0 || n == MT_N___call__) return no_attr(vm, obj, name);
  return mt_func_bind(vm, mt_native((uint32_t)m), obj);
}

/* Builtin values have no writable attributes: CPython says which kind of
** refusal it is. */
static int read_only(mt_vm *vm, mt_value obj, mt_value name) {
  bool exists = mt_is_name(name) && (data_attr(vm, obj, mt_name_index(name)) != MT_NULL ||
                                     mt_native_method(mt_obj_type(obj), name) >= 0);
  if (!exists) no_attr(vm, obj, name);
  else if (mt_is_name(name) && data_attr(vm, obj, mt_name_index(name)) != MT_NULL && !mt_is_type(obj))
    mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "attribute '%S' of '%T' objects is not writable", name, obj);
  else mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "'%T' object attribute '%S' is read-only", obj, name);
  return -1;
}

int mt_attr_set(mt_vm *vm, mt_value obj, mt_value name, mt_value v) { return read_only(vm, obj, name); }

int mt_attr_del(mt_vm *vm, mt_value obj, mt_value name) { return read_only(vm, obj, name); }
