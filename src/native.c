/*
** native.c: the native-function table, lookups in it, and argument
** parsing with CPython 3.11's error messages.
*/
#include "native.h"

#include <string.h>

#include "exc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

const mt_native_info mt_natives[MT_NATIVE_COUNT] = {
#define X(owner, name, fn) {fn, MT_N_##name, MT_T_##owner},
    MT_NATIVES(X)
#undef X
};

const char *const mt_native_names[MT_NATIVE_COUNT] = {
#define X(owner, name, fn) #name,
    MT_NATIVES(X)
#undef X
};

const mt_native_cont mt_native_conts[MT_CONT_COUNT] = {
#define X(name, fn, check) fn,
    MT_NATIVE_CONTS(X)
#undef X
};

const mt_native_cont_check mt_native_cont_checks[MT_CONT_COUNT] = {
#define X(name, fn, check) check,
    MT_NATIVE_CONTS(X)
#undef X
};

bool mt_native_check_index(mt_value v, int64_t limit) {
  return mt_is_small(v) && mt_as_small(v) >= 0 && mt_as_small(v) <= limit;
}

bool mt_native_check_kwnames(mt_vm *vm, mt_value v) {
  if (!mt_is_ref_type(v, MT_T_TUPLE)) return false;
  for (uint32_t i = 0; i < mt_tuple_len(vm, v); i++)
    if (!mt_is_str(mt_tuple_items(vm, v)[i])) return false;
  return true;
}

/* The sort key of a table entry: builtin functions first, then by type id,
** then by name (names.h indices follow the names' byte order). */
#define SORT_KEY(owner, name) ((uint32_t)((owner) == MT_T_BUILTINS ? 0 : (owner) + 1) << 16 | (uint32_t)(name))

/* Every entry's key, precomputed: the bisection reads one array. */
static const uint32_t sort_keys[MT_NATIVE_COUNT] = {
#define X(owner, name, fn) SORT_KEY(MT_T_##owner, MT_N_##name),
    MT_NATIVES(X)
#undef X
};

int32_t mt_native_find(uint32_t owner, mt_value name) {
  if (!mt_is_name(name)) return -1;
  uint32_t key = SORT_KEY(owner, mt_name_index(name)), lo = 0, hi = MT_NATIVE_COUNT;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    uint32_t k = sort_keys[mid];
    if (k == key) return (int32_t)mid;
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

MT_STATIC_ASSERT(MT_NATIVE_COUNT < UINT16_MAX, "native indices + 1 fit mt_vm.ctor");

/* Calls of types are frequent (str(i), int(s)): each interpreter keeps
** the constructors it has found, so the table is bisected once per type. */
int32_t mt_native_ctor(mt_vm *vm, uint32_t t) {
  if (vm->ctor[t]) return vm->ctor[t] - 1;
  int32_t i = mt_native_find(t, mt_name(MT_N___call__));
  if (i >= 0) vm->ctor[t] = (uint16_t)(i + 1);
  return i;
}

int32_t mt_native_method(uint32_t t, mt_value name) {
  for (uint32_t c = t;; c = mt_types[c].base) {
    int32_t i = mt_native_find(c, name);
    if (i >= 0) {
      int32_t s = mt_slot_of_native((uint32_t)i);
      return s < 0 || mt_slot_defined(t, (uint32_t)s) ? i : -1;
    }
    if (c == MT_T_OBJECT) return -1;
  }
}

bool mt_native_binds_class(uint32_t id) {
  switch (id) {
  case MT_NAT_STR_maketrans:
  case MT_NAT_BYTES_maketrans:
  case MT_NAT_BYTES_fromhex:
  case MT_NAT_DICT_fromkeys:
  case MT_NAT_INT_from_bytes:
  case MT_NAT_FLOAT_fromhex: return true;
  default: return false;
  }
}

/* ---- argument checking ---- */

int mt_args_no_kw(mt_vm *vm, const char *fname, mt_value kwnames) {
  if (mt_kw_count(vm, kwnames) == 0) return 0;
  mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes no keyword arguments", fname);
  return -1;
}

int mt_args_one(mt_vm *vm, const char *fname, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, fname, kwnames)) return -1;
  if (nargs == 1) return 0;
  mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes exactly one argument (%u given)", fname, nargs);
  return -1;
}

int mt_args_none(mt_vm *vm, const char *fname, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, fname, kwnames)) return -1;
  if (nargs == 0) return 0;
  mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes no arguments (%u given)", fname, nargs);
  return -1;
}

int mt_args_count(mt_vm *vm, const char *fname, uint32_t nargs, uint32_t min, uint32_t max) {
  if (nargs >= min && nargs <= max) return 0;
  uint32_t want = nargs < min ? min : max;
  const char *bound = min == max ? "" : nargs < min ? "at least " : "at most ";
  mt_raise(vm, MT_T_TYPE_ERROR, "%s expected %s%u argument%s, got %u", fname, bound, want,
           want == 1 ? "" : "s", nargs);
  return -1;
}

bool mt_kw_is(mt_vm *vm, mt_value kw, uint32_t name) {
  if (kw == mt_name(name)) return true;
  if (mt_is_name(kw)) return false;
  mt_strview s = mt_str_obj_view(vm, kw);
  return s.len == mt_name_len[name] && memcmp(s.p, mt_name_text[name], s.len) == 0;
}

/* The value of keyword argument `name`, or MT_NULL. */
static mt_value find_kw(mt_vm *vm, const mt_value *kwvals, mt_value kwnames, uint32_t name) {
  uint32_t nkw = mt_kw_count(vm, kwnames);
  for (uint32_t k = 0; k < nkw; k++)
    if (mt_kw_is(vm, mt_kw_name(vm, kwnames, k), name)) return kwvals[k];
  return MT_NULL;
}

static int unexpected_kw(mt_vm *vm, const mt_argspec *spec, mt_value kwnames) {
  uint32_t nkw = mt_kw_count(vm, kwnames);
  for (uint32_t k = 0; k < nkw; k++) {
    mt_value kw = mt_kw_name(vm, kwnames, k);
    bool known = false;
    for (uint32_t i = spec->nposonly; i < spec->nparams && !known; i++)
      known = mt_kw_is(vm, kw, spec->names[i]);
    if (!known) {
      mt_raise(vm, MT_T_TYPE_ERROR, "'%S' is an invalid keyword argument for %s()", kw, spec->fname);
      return -1;
    }
  }
  mt_assert(!"unexpected keyword not found");
  return -1;
}

/* CPython 3.11's _PyArg_UnpackKeywords, check for check. */
int mt_args_parse(mt_vm *vm, const mt_argspec *spec, const mt_value *args, uint32_t nargs,
                  mt_value kwnames, mt_value *out) {
  uint32_t nkw = mt_kw_count(vm, kwnames), maxargs = spec->nparams;
  uint32_t maxpos = spec->npos, minpos = spec->nrequired;
  uint32_t minposonly = spec->nposonly < minpos ? spec->nposonly : minpos;
  const char *f = spec->fname;
  for (uint32_t i = 0; i < maxargs; i++) out[i] = i < nargs ? args[i] : MT_NULL;
  if (nkw == 0 && nargs >= minpos && nargs <= maxpos) return 0; /* the common call: done */
  if (nargs + nkw > maxargs) {
    mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes at most %u %sargument%s (%u given)", f, maxargs,
             nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
    return -1;
  }
  if (nargs > maxpos) {
    if (maxpos == 0) mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes no positional arguments", f);
    else
      mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes %s %u positional argument%s (%u given)", f,
               minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
    return -1;
  }
  if (nargs < minposonly) {
    mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes %s %u positional argument%s (%u given)", f,
             minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
             nargs);
    return -1;
  }
  const mt_value *kwvals = args + nargs;
  uint32_t left = nkw;
  for (uint32_t i = nargs > spec->nposonly ? nargs : spec->nposonly; i < maxargs; i++) {
    if (left) out[i] = find_kw(vm, kwvals, kwnames, spec->names[i]);
    if (out[i] != MT_NULL) {
      left--;
    } else if (i < minpos) {
      mt_raise(vm, MT_T_TYPE_ERROR, "%s() missing required argument '%s' (pos %u)", f,
               mt_name_text[spec->names[i]], i + 1);
      return -1;
    }
  }
  if (left == 0) return 0;
  for (uint32_t i = spec->nposonly; i < nargs; i++) {
    if (find_kw(vm, kwvals, kwnames, spec->names[i]) == MT_NULL) continue;
    mt_raise(vm, MT_T_TYPE_ERROR, "argument for %s() given by name ('%s') and position (%u)", f,
             mt_name_text[spec->names[i]], i + 1);
    return -1;
  }
  return unexpected_kw(vm, spec, kwnames);
}

int mt_arg_index(mt_vm *vm, mt_value v, int64_t *out) {
  if (mt_is_small(v)) {
    *out = mt_as_small(v);
    return 0;
  }
  if (mt_is_bool(v)) {
    *out = v == MT_TRUE;
    return 0;
  }
  if (!mt_is_ref_type(v, MT_T_INT)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v);
    return -1;
  }
  if (mt_int_to_i64(vm, v, out)) return 0;
  mt_raise(vm, MT_T_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
  return -1;
}

int mt_args_tuple(mt_vm *vm, const char *fname, uint32_t nargs, uint32_t min, uint32_t max) {
  if (nargs >= min && nargs <= max) return 0;
  uint32_t want = nargs < min ? min : max;
  const char *bound = min == max ? "exactly" : nargs < min ? "at least" : "at most";
  mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes %s %u argument%s (%u given)", fname, bound, want,
           want == 1 ? "" : "s", nargs);
  return -1;
}

mt_value mt_arg_bad(mt_vm *vm, const char *fname, uint32_t pos, const char *name,
                    const char *expected, mt_value v) {
  const char *got = v == MT_NONE ? "None" : mt_type_name(mt_obj_type(v));
  if (name) return mt_raise(vm, MT_T_TYPE_ERROR, "%s() argument '%s' must be %s, not %s", fname, name, expected, got);
  if (pos) return mt_raise(vm, MT_T_TYPE_ERROR, "%s() argument %u must be %s, not %s", fname, pos, expected, got);
  return mt_raise(vm, MT_T_TYPE_ERROR, "%s() argument must be %s, not %s", fname, expected, got);
}

int mt_arg_slice_index(mt_vm *vm, mt_value v, int64_t *out) {
  if (v == MT_NONE) return 0;
  if (!mt_int_is(v)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
    return -1;
  }
  if (!mt_int_to_i64(vm, v, out)) *out = mt_int_cmp(vm, v, mt_small(0)) < 0 ? INT64_MIN : INT64_MAX;
  return 0;
}

int mt_arg_int(mt_vm *vm, mt_value v, int32_t *out) {
  int64_t i;
  if (!mt_int_is(v)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v);
    return -1;
  }
  if (!mt_int_to_i64(vm, v, &i) || i < INT32_MIN || i > INT32_MAX) {
    mt_raise(vm, MT_T_OVERFLOW_ERROR, "Python int too large to convert to C int");
    return -1;
  }
  *out = (int32_t)i;
  return 0;
}
