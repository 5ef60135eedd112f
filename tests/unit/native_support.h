/*
** native_support.h: calling natives from tests the way the VM calls them,
** with values built by small helpers (the C form gen_native_cases.py
** writes), and comparing the outcome with CPython's: repr() of the
** result, or "ExcType: message".
*/
#ifndef MT_TEST_NATIVE_SUPPORT_H
#define MT_TEST_NATIVE_SUPPORT_H

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#include "bytes.h"
#include "dict.h"
#include "func.h"
#include "heap_support.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "native.h"
#include "range.h"
#include "set.h"
#include "slice.h"
#include "tuple.h"
#include "verify.h"

static void native_setup(void) {
  open_vm();
  V->native_count = MT_NATIVE_COUNT;
  V->native_names = mt_native_names;
}

static inline mt_value ok(mt_value v) {
  cr_assert_neq(v, MT_EXC, "building a test value raised");
  return v;
}

static inline mt_value S(const char *s, size_t n) { return ok(mt_str_obj_new(V, s, n)); }
static inline mt_value BY(const char *s, size_t n) { return ok(mt_bytes_new(V, s, n)); }
static inline mt_value I(int64_t i) { return ok(mt_int_from_i64(V, i)); }
static inline mt_value F(double d) { return mt_float(d); }
static inline mt_value BIG(const char *digits) {
  return ok(mt_int_parse(V, ok(mt_str_obj_cstr(V, digits)), 10));
}
static inline mt_value RANGE(mt_value a, mt_value b, mt_value c) { return ok(mt_range_new(V, a, b, c)); }
static inline mt_value SLICE(mt_value a, mt_value b, mt_value c) { return ok(mt_slice_new(V, a, b, c)); }

static inline mt_value T(int n, ...) {
  mt_value t = ok(mt_tuple_new(V, (uint32_t)n));
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) mt_tuple_items(V, t)[i] = va_arg(ap, mt_value);
  va_end(ap);
  return t;
}

static inline mt_value L(int n, ...) {
  mt_value l = ok(mt_list_new(V, 0));
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) cr_assert_eq(mt_list_append(V, l, va_arg(ap, mt_value)), 0);
  va_end(ap);
  return l;
}

static inline mt_value D(int n, ...) {
  mt_value d = ok(mt_dict_new(V));
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    mt_value k = va_arg(ap, mt_value);
    cr_assert_eq(mt_dict_set(V, d, k, va_arg(ap, mt_value)), 0);
  }
  va_end(ap);
  return d;
}

static inline mt_value set_of(bool frozen, int n, va_list ap) {
  mt_value s = ok(mt_set_new(V, frozen));
  for (int i = 0; i < n; i++) cr_assert_eq(mt_set_add(V, s, va_arg(ap, mt_value)), 0);
  return s;
}

static inline mt_value SET(int n, ...) {
  va_list ap;
  va_start(ap, n);
  mt_value s = set_of(false, n, ap);
  va_end(ap);
  return s;
}

static inline mt_value FSET(int n, ...) {
  va_list ap;
  va_start(ap, n);
  mt_value s = set_of(true, n, ap);
  va_end(ap);
  return s;
}

static inline mt_value VIEW(uint32_t type, mt_value d) { return ok(mt_iter_dict_view(V, d, type)); }

/* A kwnames tuple of n names. */
static inline mt_value KW(int n, ...) {
  mt_value t = ok(mt_tuple_new(V, (uint32_t)n));
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) mt_tuple_items(V, t)[i] = ok(mt_str_obj_cstr(V, va_arg(ap, const char *)));
  va_end(ap);
  return t;
}

/* The native for (owner, name): a builtin function, or a method found
** through the owner's bases as the VM finds it. -1 if there is none. */
static inline int32_t M(uint32_t owner, const char *name) {
  int32_t n = mt_name_find(name, strlen(name));
  if (n < 0) return -1;
  if (owner == MT_T_BUILTINS) return mt_native_find(owner, mt_name((uint32_t)n));
  return mt_native_method(owner, mt_name((uint32_t)n));
}

/* The builtin function `name` and the method `name` of type t as values
** (what the VM makes of `len` and `str.lower`). */
static inline mt_value NATF(const char *name) {
  int32_t i = M(MT_T_BUILTINS, name);
  cr_assert_geq(i, 0, "no builtin %s", name);
  return mt_native((uint32_t)i);
}

static inline mt_value NATM(uint32_t t, const char *name) {
  int32_t i = M(t, name);
  cr_assert_geq(i, 0, "no method %s", name);
  return mt_native((uint32_t)i);
}

/* A builtin method bound to self ('a'.upper). */
static inline mt_value BOUND(mt_value self, mt_value fn) { return ok(mt_func_bind(V, fn, self)); }

/* What a call produced, as the generator prints CPython's outcome. */
static const char *outcome(mt_value r, mt_value self, bool show_self) {
  if (r == MT_EXC) {
    mt_value e = mt_exc_pending(V);
    uint32_t t = mt_exc_type(V, e);
    mt_exc_clear(V);
    mt_value msg = mt_is_type(e) ? mt_name(MT_N_empty) : mt_repr_str(V, e);
    cr_assert_neq(msg, MT_EXC);
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s: %s", mt_type_name(t), text(msg));
    return buf;
  }
  cr_assert_neq(r, MT_NULL, "native returned MT_NULL without a VM");
  cr_assert_eq(mt_exc_pending(V), MT_NULL, "a result with an exception pending");
  if (show_self) r = T(2, r, self);
  return repr_of(r);
}

/* Call native id with args a[0..npos) and the keyword values after them,
** then check the outcome and the heap. */
static void check(const char *src, int32_t id, const mt_value *a, uint32_t npos, mt_value kwnames,
                  bool show_self, const char *want) {
  cr_expect_geq(id, 0, "%s: no native", src);
  if (id < 0) return;
  mt_value r = mt_natives[id].fn(V, a, npos, kwnames);
  const char *got = outcome(r, a[0], show_self);
  cr_expect_str_eq(got, want, "%s\n   got: %s\n  want: %s", src, got, want);
  mt_verify_error err;
  cr_assert_eq(mt_verify_heap(V, &err), 0, "%s: heap damaged at %u: %s", src, err.at, err.what);
}

#endif
