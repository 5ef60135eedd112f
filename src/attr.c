/*
** attr.c: attributes of builtin values.
*/
#include "attr.h"

#include "compare.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "iterate.h"
#include "list.h"
#include "native.h"
#include "slots.h"
#include "sort.h"
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

/* The __dict__ slot of a function or an exception, NULL for values that
** have none. */
static mt_value *dict_slot(mt_vm *vm, mt_value obj) {
  if (mt_is_ref_type(obj, MT_T_FUNCTION)) return &MT_OBJ(vm, mt_function, obj)->dict;
  if (mt_is_ref(obj) && mt_type_is_exc(mt_ref_type(obj))) return &MT_OBJ(vm, mt_exc, obj)->dict;
  return NULL;
}

/* obj.__dict__, made on first use. */
static mt_value instance_dict(mt_vm *vm, mt_value obj) {
  if (*dict_slot(vm, obj) != MT_NULL) return *dict_slot(vm, obj);
  mt_value d = mt_dict_new(vm);
  if (d != MT_EXC) *dict_slot(vm, obj) = d;
  return d;
}

static mt_value function_attr(mt_vm *vm, mt_value obj, uint32_t name) {
  mt_function *f = MT_OBJ(vm, mt_function, obj);
  switch (name) {
  case MT_N___name__: return f->name;
  case MT_N___qualname__: return f->qualname;
  case MT_N___module__: return f->module;
  case MT_N___doc__: return f->doc;
  case MT_N___defaults__: return or_none(f->defaults);
  case MT_N___kwdefaults__: return or_none(f->kwdefaults);
  case MT_N___dict__: return instance_dict(vm, obj);
  default: return MT_NULL;
  }
}

/* The slot of NameError's name, AttributeError's name and obj, or NULL
** when exception `obj` has no such member. */
static mt_value *exc_member(mt_vm *vm, mt_value obj, uint32_t name) {
  uint32_t t = mt_ref_type(obj);
  bool attr_error = mt_type_issubclass(t, MT_T_ATTRIBUTE_ERROR);
  if (name == MT_N_name && (attr_error || mt_type_issubclass(t, MT_T_NAME_ERROR)))
    return &MT_OBJ(vm, mt_exc, obj)->name;
  if (name == MT_N_obj && attr_error) return &MT_OBJ(vm, mt_exc, obj)->obj;
  return NULL;
}

static mt_value exc_data_attr(mt_vm *vm, mt_value obj, uint32_t name) {
  mt_exc *e = MT_OBJ(vm, mt_exc, obj);
  mt_value *member = exc_member(vm, obj, name);
  if (member) return or_none(*member);
  switch (name) {
  case MT_N_args: return e->args;
  case MT_N___cause__: return or_none(e->cause);
  case MT_N___context__: return or_none(e->context);
  case MT_N___suppress_context__: return mt_bool(e->h.flags & MT_OF_SUPPRESS_CONTEXT);
  case MT_N___traceback__: return MT_NONE;
  case MT_N___dict__: return instance_dict(vm, obj);
  default: return MT_NULL;
  }
}

/* The data attributes of instances that classes define: int.real and
** friends are getset descriptors ('attribute'), range.start and friends
** members, as in CPython. Looked up on a class (or a subclass), they give
** a descriptor object. */
static const struct {
  uint8_t owner;  /* the defining class, MT_T_* */
  uint8_t member; /* 1: member_descriptor, 0: getset_descriptor */
  uint16_t name;  /* MT_N_* */
} class_attrs[] = {
    {MT_T_INT, 0, MT_N_denominator},
    {MT_T_INT, 0, MT_N_imag},
    {MT_T_INT, 0, MT_N_numerator},
    {MT_T_INT, 0, MT_N_real},
    {MT_T_FLOAT, 0, MT_N_imag},
    {MT_T_FLOAT, 0, MT_N_real},
    {MT_T_RANGE, 1, MT_N_start},
    {MT_T_RANGE, 1, MT_N_step},
    {MT_T_RANGE, 1, MT_N_stop},
    {MT_T_SLICE, 1, MT_N_start},
    {MT_T_SLICE, 1, MT_N_step},
    {MT_T_SLICE, 1, MT_N_stop},
    {MT_T_BASE_EXCEPTION, 0, MT_N___cause__},
    {MT_T_BASE_EXCEPTION, 0, MT_N___context__},
    {MT_T_BASE_EXCEPTION, 1, MT_N___suppress_context__},
    {MT_T_BASE_EXCEPTION, 0, MT_N___traceback__},
    {MT_T_BASE_EXCEPTION, 0, MT_N_args},
    {MT_T_STOP_ITERATION, 1, MT_N_value},
    {MT_T_SYSTEM_EXIT, 1, MT_N_code},
    {MT_T_NAME_ERROR, 1, MT_N_name},
    {MT_T_ATTRIBUTE_ERROR, 1, MT_N_name},
    {MT_T_ATTRIBUTE_ERROR, 1, MT_N_obj},
};

/* C.name for a class C: the descriptor of the nearest class (C or a
** base) that defines it, MT_NULL when none does. */
static mt_value class_attr(mt_vm *vm, uint32_t t, uint32_t name) {
  for (;;) {
    for (uint32_t i = 0; i < MT_ARRAY_LEN(class_attrs); i++) {
      if (class_attrs[i].owner == t && class_attrs[i].name == name)
        return mt_func_descriptor(vm, class_attrs[i].member != 0, t, name);
    }
    if (t == MT_T_OBJECT) return MT_NULL;
    t = mt_types[t].base;
  }
}

/* Data attributes (CPython's data descriptors: they win over __dict__):
** MT_NULL when obj has no such attribute. */
static mt_value data_attr(mt_vm *vm, mt_value obj, uint32_t name) {
  if (name == MT_N___class__) return mt_type_value(mt_obj_type(obj));
  if (mt_is_type(obj)) {
    uint32_t t = mt_type_of_value(obj);
    if (name == MT_N___name__ || name == MT_N___qualname__) return mt_name(mt_types[t].name);
    return class_attr(vm, t, name);
  }
  if (mt_is_native(obj)) {
    if (name == MT_N___name__ || name == MT_N___qualname__)
      return mt_str_obj_cstr(vm, mt_native_names[mt_native_index(obj)]);
    return MT_NULL;
  }
  if (mt_is_ref_type(obj, MT_T_FUNCTION)) return function_attr(vm, obj, name);
  if (mt_is_ref_type(obj, MT_T_BUILTIN_FN)) {
    mt_method *m = MT_OBJ(vm, mt_method, obj);
    if (name == MT_N___name__ || name == MT_N___qualname__)
      return mt_str_obj_cstr(vm, mt_native_names[mt_native_index(m->func)]);
    return MT_NULL;
  }
  if (mt_is_ref(obj) && mt_type_is_exc(mt_ref_type(obj))) return exc_data_attr(vm, obj, name);
  if (mt_is_ref_type(obj, MT_T_UNION_TYPE))
    return name == MT_N___args__ ? mt_tuple_slice(vm, obj, 0, mt_tuple_len(vm, obj)) : MT_NULL;
  if (mt_is_ref_type(obj, MT_T_RANGE) || mt_is_ref_type(obj, MT_T_SLICE)) {
    mt_triple *t = MT_OBJ(vm, mt_triple, obj);
    if (name == MT_N_start) return t->start;
    if (name == MT_N_stop) return t->stop;
    if (name == MT_N_step) return t->step;
    return MT_NULL;
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
    return mt_raise_name(vm, MT_T_ATTRIBUTE_ERROR, name, obj, "type object '%s' has no attribute '%S'",
                         mt_type_name(mt_type_of_value(obj)), name);
  return mt_raise_name(vm, MT_T_ATTRIBUTE_ERROR, name, obj, "'%T' object has no attribute '%S'", obj, name);
}

/* obj.name from obj's __dict__: MT_NULL when absent. */
static mt_value dict_attr(mt_vm *vm, mt_value obj, mt_value name) {
  mt_value *slot = dict_slot(vm, obj);
  if (!slot || *slot == MT_NULL) return MT_NULL;
  return mt_dict_get(vm, *slot, name);
}

mt_value mt_attr_get(mt_vm *vm, mt_value obj, mt_value name) {
  mt_value v = mt_is_name(name) ? data_attr(vm, obj, mt_name_index(name)) : MT_NULL;
  if (v != MT_NULL) return v;
  if ((v = dict_attr(vm, obj, name)) != MT_NULL) return v;
  if (mt_is_ref(obj) && mt_type_is_exc(mt_ref_type(obj)) && mt_is_name(name) &&
      (v = exc_attr(vm, obj, mt_name_index(name))) != MT_NULL)
    return v;
  if (!mt_is_name(name)) return no_attr(vm, obj, name);
  uint32_t n = mt_name_index(name), t = mt_is_type(obj) ? mt_type_of_value(obj) : mt_obj_type(obj);
  int32_t m = mt_native_method(t, name);
  if (m < 0 && n == MT_N___hash__ && (mt_types[t].flags & MT_TF_UNHASHABLE)) return MT_NONE;
  if (m < 0 || n == MT_N___call__) return no_attr(vm, obj, name);
  if (!mt_is_type(obj)) return mt_func_bind(vm, mt_native((uint32_t)m), obj);
  int32_t slot = mt_slot_of_native((uint32_t)m);
  if (slot >= 0) return mt_slot_unbound(vm, t, (uint32_t)slot);
  return mt_native_binds_class((uint32_t)m) ? mt_func_bind(vm, mt_native((uint32_t)m), obj) : mt_native((uint32_t)m);
}

/* Builtin values have no writable attributes: CPython says which kind of
** refusal it is. Builtin classes are immutable. */
static int read_only(mt_vm *vm, mt_value obj, mt_value name) {
  if (mt_is_type(obj)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "cannot set '%S' attribute of immutable type '%s'", name,
             mt_type_name(mt_type_of_value(obj)));
    return -1;
  }
  bool exists = mt_is_name(name) && (data_attr(vm, obj, mt_name_index(name)) != MT_NULL ||
                                     mt_native_method(mt_obj_type(obj), name) >= 0);
  if (!exists) no_attr(vm, obj, name);
  else if (mt_is_ref_type(obj, MT_T_RANGE) || mt_is_ref_type(obj, MT_T_SLICE))
    mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "readonly attribute");
  else if (mt_is_name(name) && data_attr(vm, obj, mt_name_index(name)) != MT_NULL)
    mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "attribute '%S' of '%T' objects is not writable", name, obj);
  else mt_raise(vm, MT_T_ATTRIBUTE_ERROR, "'%T' object attribute '%S' is read-only", obj, name);
  return -1;
}

static int type_error(mt_vm *vm, const char *msg) {
  mt_raise(vm, MT_T_TYPE_ERROR, "%s", msg);
  return -1;
}

/* obj.name = v (v == MT_NULL: del obj.name) in obj's __dict__. */
static int dict_store(mt_vm *vm, mt_value obj, mt_value name, mt_value v) {
  if (v != MT_NULL) {
    mt_value d = instance_dict(vm, obj);
    return d == MT_EXC ? -1 : mt_dict_set(vm, d, name, v);
  }
  mt_value *slot = dict_slot(vm, obj);
  mt_value old = *slot == MT_NULL ? MT_NULL : mt_dict_pop(vm, *slot, name);
  if (old == MT_EXC) return -1;
  if (old == MT_NULL) {
    no_attr(vm, obj, name);
    return -1;
  }
  return 0;
}

/* f.__dict__ = d / e.__dict__ = d. */
static int set_dict(mt_vm *vm, mt_value obj, mt_value v) {
  if (v == MT_NULL) return type_error(vm, "cannot delete __dict__");
  if (!mt_is_ref_type(v, MT_T_DICT)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%T'", v);
    return -1;
  }
  *dict_slot(vm, obj) = v;
  return 0;
}

/* Setting (v) or deleting (MT_NULL) a function's attribute, with the
** checks of CPython's function getsets. */
static int function_set(mt_vm *vm, mt_value obj, mt_value name, mt_value v) {
  switch (mt_is_name(name) ? mt_name_index(name) : MT_NAME_COUNT) {
  case MT_N___name__:
  case MT_N___qualname__:
    if (v == MT_NULL || !mt_is_str(v))
      return type_error(vm, mt_name_index(name) == MT_N___name__ ? "__name__ must be set to a string object"
                                                                 : "__qualname__ must be set to a string object");
    if (mt_name_index(name) == MT_N___name__) MT_OBJ(vm, mt_function, obj)->name = v;
    else MT_OBJ(vm, mt_function, obj)->qualname = v;
    return 0;
  case MT_N___doc__: MT_OBJ(vm, mt_function, obj)->doc = v == MT_NULL ? MT_NONE : v; return 0;
  case MT_N___module__: MT_OBJ(vm, mt_function, obj)->module = v == MT_NULL ? MT_NONE : v; return 0;
  case MT_N___defaults__:
    if (v != MT_NULL && v != MT_NONE && !mt_is_ref_type(v, MT_T_TUPLE))
      return type_error(vm, "__defaults__ must be set to a tuple object");
    MT_OBJ(vm, mt_function, obj)->defaults = v == MT_NONE ? MT_NULL : v;
    return 0;
  case MT_N___kwdefaults__:
    if (v != MT_NULL && v != MT_NONE && !mt_is_ref_type(v, MT_T_DICT))
      return type_error(vm, "__kwdefaults__ must be set to a dict object");
    MT_OBJ(vm, mt_function, obj)->kwdefaults = v == MT_NONE ? MT_NULL : v;
    return 0;
  case MT_N___dict__: return set_dict(vm, obj, v);
  case MT_N___class__: return read_only(vm, obj, name);
  default: return dict_store(vm, obj, name, v);
  }
}

/* Setting (v) or deleting (MT_NULL) an exception's attribute, with the
** checks of BaseException's getsets and members. */
static int exc_set(mt_vm *vm, mt_value obj, mt_value name, mt_value v) {
  bool is_exc = v != MT_NULL && mt_is_ref(v) && mt_type_is_exc(mt_ref_type(v));
  mt_value *member = mt_is_name(name) ? exc_member(vm, obj, mt_name_index(name)) : NULL;
  if (member) {
    *member = v == MT_NONE ? MT_NULL : v;
    return 0;
  }
  switch (mt_is_name(name) ? mt_name_index(name) : MT_NAME_COUNT) {
  case MT_N_args: {
    if (v == MT_NULL) return type_error(vm, "args may not be deleted");
    mt_value items = mt_iterate_list(vm, v);
    if (items == MT_NULL) return 1;
    if (items == MT_EXC) return -1;
    uint32_t n;
    const mt_value *p = mt_iterate_items(vm, items, &n);
    mt_value t = mt_is_ref_type(items, MT_T_TUPLE) ? items : mt_tuple_from(vm, p, n);
    if (t == MT_EXC) return -1;
    MT_OBJ(vm, mt_exc, obj)->args = t;
    return 0;
  }
  case MT_N___cause__:
    if (v == MT_NULL) return type_error(vm, "__cause__ may not be deleted");
    if (v != MT_NONE && !is_exc) return type_error(vm, "exception cause must be None or derive from BaseException");
    mt_exc_set_cause(vm, obj, v);
    return 0;
  case MT_N___context__:
    if (v == MT_NULL) return type_error(vm, "__context__ may not be deleted");
    if (v != MT_NONE && !is_exc) return type_error(vm, "exception context must be None or derive from BaseException");
    mt_exc_set_context(vm, obj, v);
    return 0;
  case MT_N___suppress_context__:
    if (v == MT_NULL) return type_error(vm, "can't delete numeric/char attribute");
    if (!mt_is_bool(v)) return type_error(vm, "attribute value type must be bool");
    if (v == MT_TRUE) MT_OBJ(vm, mt_exc, obj)->h.flags |= MT_OF_SUPPRESS_CONTEXT;
    else MT_OBJ(vm, mt_exc, obj)->h.flags &= (uint8_t)~MT_OF_SUPPRESS_CONTEXT;
    return 0;
  case MT_N___traceback__:
    if (v == MT_NULL) return type_error(vm, "__traceback__ may not be deleted");
    if (v != MT_NONE) return type_error(vm, "__traceback__ must be a traceback or None");
    MT_OBJ(vm, mt_exc, obj)->traceback = MT_NULL;
    return 0;
  case MT_N___dict__: return set_dict(vm, obj, v);
  case MT_N___class__: return read_only(vm, obj, name);
  default: return dict_store(vm, obj, name, v);
  }
}

int mt_attr_set(mt_vm *vm, mt_value obj, mt_value name, mt_value v) {
  if (mt_is_ref_type(obj, MT_T_FUNCTION)) return function_set(vm, obj, name, v);
  if (mt_is_ref(obj) && mt_type_is_exc(mt_ref_type(obj))) return exc_set(vm, obj, name, v);
  return read_only(vm, obj, name);
}

int mt_attr_del(mt_vm *vm, mt_value obj, mt_value name) { return mt_attr_set(vm, obj, name, MT_NULL); }

/* Every name data_attr or exc_attr may know: dir() asks which obj has. */
static const uint16_t data_names[] = {
    MT_N___class__,   MT_N___name__,    MT_N___qualname__, MT_N___module__, MT_N___doc__,
    MT_N___defaults__, MT_N___kwdefaults__, MT_N___dict__, MT_N_args,       MT_N___cause__,
    MT_N___context__, MT_N___suppress_context__, MT_N___traceback__, MT_N_name, MT_N_obj,
    MT_N_value,       MT_N_code,        MT_N_encoding,     MT_N_object,     MT_N_start,
    MT_N_end,         MT_N_reason,      MT_N_stop,         MT_N_step,       MT_N_real,
    MT_N_imag,        MT_N_numerator,   MT_N_denominator,
};

/* For a class: __class__ and the data attributes it defines for its
** instances (dir() of a class lists what it holds, not what its
** metaclass gives it). */
static int add_class_names(mt_vm *vm, uint32_t t, mt_value l) {
  if (mt_list_append(vm, l, mt_name(MT_N___class__))) return -1;
  for (uint32_t i = 0; i < MT_ARRAY_LEN(class_attrs); i++)
    if (mt_type_issubclass(t, class_attrs[i].owner) && mt_list_append(vm, l, mt_name(class_attrs[i].name)))
      return -1;
  return 0;
}

/* Append the names of obj's data attributes and of its __dict__. */
static int add_data_names(mt_vm *vm, mt_value obj, mt_value l) {
  if (mt_is_type(obj)) return add_class_names(vm, mt_type_of_value(obj), l);
  bool exc = mt_is_ref(obj) && mt_type_is_exc(mt_ref_type(obj));
  for (uint32_t i = 0; i < MT_ARRAY_LEN(data_names); i++) {
    mt_value v = data_attr(vm, obj, data_names[i]);
    if (v == MT_EXC) return -1;
    if (v == MT_NULL && exc) v = exc_attr(vm, obj, data_names[i]);
    if (v != MT_NULL && mt_list_append(vm, l, mt_name(data_names[i]))) return -1;
  }
  mt_value *slot = dict_slot(vm, obj), key;
  if (!slot || *slot == MT_NULL) return 0;
  for (uint32_t pos = 0; mt_dict_next(vm, *dict_slot(vm, obj), &pos, &key, NULL);)
    if (mt_list_append(vm, l, key)) return -1;
  return 0;
}

mt_value mt_attr_names(mt_vm *vm, mt_value obj) {
  mt_value l = mt_list_new(vm, 0);
  if (l == MT_EXC || add_data_names(vm, obj, l)) return MT_EXC;
  uint32_t t = mt_is_type(obj) ? mt_type_of_value(obj) : mt_obj_type(obj);
  for (uint32_t id = 0; id < MT_NATIVE_COUNT; id++) {
    uint32_t owner = mt_natives[id].owner, name = mt_natives[id].name;
    if (owner == MT_T_BUILTINS || name == MT_N___call__ || !mt_type_issubclass(t, owner)) continue;
    if (mt_native_method(t, mt_name(name)) != (int32_t)id) continue; /* overridden in a subtype */
    if (mt_list_append(vm, l, mt_name(name))) return MT_EXC;
  }
  if (mt_sort(vm, mt_list_items(vm, l), NULL, mt_list_len(vm, l), false)) return MT_EXC;
  /* A __dict__ key may repeat another name: keep one of each. */
  mt_value *items = mt_list_items(vm, l);
  uint32_t n = mt_list_len(vm, l), w = 0;
  for (uint32_t i = 0; i < n; i++) {
    int same = w ? mt_cmp_eq(vm, items[w - 1], items[i]) : 0;
    if (same < 0) return MT_EXC;
    if (!same) items[w++] = items[i];
  }
  mt_list_del_range(vm, l, w, n);
  return l;
}
