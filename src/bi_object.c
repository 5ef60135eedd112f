/*
** bi_object.c: the builtin functions about objects and types that the VM
** does not itself need (callable, issubclass, setattr, delattr, dir) as
** natives (native.h), with CPython 3.11's messages.
*/
#include "attr.h"
#include "callback.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "native.h"
#include "sort.h"
#include "str.h"
#include "tuple.h"

mt_value mt_bi_callable(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "callable", nargs, kwnames)) return MT_EXC;
  return mt_bool(mt_cb_is_callable(vm, args[0]));
}

/* Is type t a subclass of classinfo (a type, a union or a tuple of them,
** nested)? 1, 0, or -1 with TypeError. */
static int subclass_of(mt_vm *vm, uint32_t t, mt_value classinfo) {
  if (mt_is_type(classinfo)) return mt_type_issubclass(t, mt_type_of_value(classinfo));
  if (mt_is_ref_type(classinfo, MT_T_TUPLE) || mt_is_ref_type(classinfo, MT_T_UNION_TYPE)) {
    if (mt_exc_depth_enter(vm, " in __subclasscheck__")) return -1;
    int r = 0;
    for (uint32_t i = 0; i < mt_tuple_len(vm, classinfo) && r == 0; i++)
      r = subclass_of(vm, t, mt_tuple_items(vm, classinfo)[i]);
    mt_exc_depth_leave(vm);
    return r;
  }
  mt_raise(vm, MT_T_TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

mt_value mt_bi_issubclass(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "issubclass", kwnames) || mt_args_count(vm, "issubclass", nargs, 2, 2)) return MT_EXC;
  if (!mt_is_type(args[0])) return mt_raise(vm, MT_T_TYPE_ERROR, "issubclass() arg 1 must be a class");
  int r = subclass_of(vm, mt_type_of_value(args[0]), args[1]);
  return r < 0 ? MT_EXC : mt_bool(r);
}

/* The name argument of setattr/delattr, interned as attribute names are. */
static mt_value attr_name(mt_vm *vm, mt_value name) {
  if (!mt_is_str(name)) return mt_raise(vm, MT_T_TYPE_ERROR, "attribute name must be string, not '%T'", name);
  return mt_str_obj_intern(vm, name);
}

mt_value mt_bi_setattr(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "setattr", kwnames) || mt_args_count(vm, "setattr", nargs, 3, 3)) return MT_EXC;
  mt_value name = attr_name(vm, args[1]);
  int r = name == MT_EXC ? -1 : mt_attr_set(vm, args[0], name, args[2]);
  if (r > 0) return mt_native_redo(vm, MT_NAT_BUILTINS_setattr, args, nargs, kwnames, 2);
  return r ? MT_EXC : MT_NONE;
}

mt_value mt_bi_delattr(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "delattr", kwnames) || mt_args_count(vm, "delattr", nargs, 2, 2)) return MT_EXC;
  mt_value name = attr_name(vm, args[1]);
  return name == MT_EXC || mt_attr_del(vm, args[0], name) ? MT_EXC : MT_NONE;
}

/* dir(obj): mt_attr_names; dir(): the sorted names of the module's
** globals. */
mt_value mt_bi_dir(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "dir", kwnames) || mt_args_count(vm, "dir", nargs, 0, 1)) return MT_EXC;
  if (nargs == 1) return mt_attr_names(vm, args[0]);
  mt_value l = mt_list_new(vm, 0), key;
  if (l == MT_EXC) return MT_EXC;
  mt_value g = *mt_root(vm, MT_ROOT_GLOBALS);
  for (uint32_t pos = 0; mt_dict_next(vm, g, &pos, &key, NULL);)
    if (mt_list_append(vm, l, key)) return MT_EXC;
  return mt_sort(vm, mt_list_items(vm, l), NULL, mt_list_len(vm, l), false) ? MT_EXC : l;
}
