/*
** suggest.c: the "Did you mean: 'x'?" that CPython 3.11's traceback adds
** to an uncaught NameError or AttributeError (Python/suggestions.c): the
** candidate name closest to the missing one by an edit distance in which
** a case flip costs 1 and any other edit 2, if no more than about a third
** of the characters differ. Candidates: dir(obj) for an AttributeError; for
** a NameError the local variables of the frame it was raised in, then the
** globals, then the builtins, each list on its own. Lists of 750 names or
** more, and names longer than 40 bytes, are not searched (as in CPython).
*/
#include "suggest.h"

#include "attr.h"
#include "codeobj.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "native.h"
#include "protoview.h"
#include "str.h"
#include "tuple.h"

#define MAX_CANDIDATES 750
#define MAX_NAME 40
#define MOVE_COST 2
#define CASE_COST 1

static int ascii_lower(int c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

/* The cost of replacing byte a by byte b: 0, CASE_COST for an ASCII case
** flip, else MOVE_COST. */
static size_t substitution_cost(uint8_t a, uint8_t b) {
  if (a == b) return 0;
  if ((a & 31) == (b & 31) && ascii_lower(a) == ascii_lower(b)) return CASE_COST;
  return MOVE_COST;
}

/* The weighted Levenshtein distance between a and b (UTF-8 bytes), or
** max_cost + 1 as soon as it is known to exceed max_cost. One row of the
** matrix is kept, over the shorter string once common affixes are gone. */
static size_t distance(const uint8_t *a, size_t na, const uint8_t *b, size_t nb, size_t max_cost) {
  size_t row[MAX_NAME];
  while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
  while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
  if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
  if (na > MAX_NAME || nb > MAX_NAME) return max_cost + 1;
  if (nb < na) {
    const uint8_t *t = a;
    size_t nt = na;
    a = b, na = nb, b = t, nb = nt;
  }
  if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
  for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
  size_t result = 0;
  for (size_t j = 0; j < nb; j++) {
    size_t diag = j * MOVE_COST, best = SIZE_MAX;
    result = diag;
    for (size_t i = 0; i < na; i++) {
      size_t substitute = diag + substitution_cost(b[j], a[i]);
      diag = row[i];
      size_t insert_delete = (result < diag ? result : diag) + MOVE_COST;
      result = insert_delete < substitute ? insert_delete : substitute;
      row[i] = result;
      if (result < best) best = result;
    }
    if (best > max_cost) return max_cost + 1;
  }
  return result;
}

/* The closest of n candidate strs to name (CPython's
** calculate_suggestions), or MT_NULL. The first of equally close ones
** wins. */
static mt_value closest(mt_vm *vm, const mt_value *cands, uint32_t n, mt_value name) {
  if (n >= MAX_CANDIDATES) return MT_NULL;
  mt_strview nv = mt_str_obj_view(vm, name);
  mt_value best = MT_NULL;
  size_t best_dist = SIZE_MAX;
  for (uint32_t i = 0; i < n; i++) {
    if (!mt_is_str(cands[i])) continue;
    mt_strview cv = mt_str_obj_view(vm, cands[i]);
    if (cv.len == nv.len && memcmp(cv.p, nv.p, nv.len) == 0) continue;
    size_t max = ((size_t)nv.len + cv.len + 3) * MOVE_COST / 6;
    if (max > best_dist - 1) max = best_dist - 1;
    size_t d = distance((const uint8_t *)nv.p, nv.len, (const uint8_t *)cv.p, cv.len, max);
    if (d > max) continue;
    if (best == MT_NULL || d < best_dist) {
      best = cands[i];
      best_dist = d;
    }
  }
  return best;
}

/* The keys of dict d, in order, appended to list l. */
static int add_keys(mt_vm *vm, mt_value l, mt_value d) {
  mt_value key;
  for (uint32_t pos = 0; mt_dict_next(vm, d, &pos, &key, NULL);)
    if (mt_list_append(vm, l, key)) return -1;
  return 0;
}

/* The closest name among a list's items, MT_EXC on failure. */
static mt_value closest_in(mt_vm *vm, mt_value l, mt_value name) {
  return l == MT_EXC ? MT_EXC : closest(vm, mt_list_items(vm, l), mt_list_len(vm, l), name);
}

/* The local variables of code (co_varnames: parameters and the
** variables it binds, not the free ones). */
static mt_value locals_of(mt_vm *vm, mt_value code) {
  mt_value l = mt_list_new(vm, 0);
  if (l == MT_EXC) return MT_EXC;
  for (uint32_t i = 0; i < MT_OBJ(vm, mt_code, code)->nvars; i++) {
    mt_code *c = MT_OBJ(vm, mt_code, code);
    const mt_codeobj_var *v = (const mt_codeobj_var *)MT_OBJ(vm, mt_bytes, c->vars)->data;
    if ((v[i].kind == MT_PVIEW_VAR_LOCAL || i < c->nparams) &&
        mt_list_append(vm, l, mt_tuple_items(vm, c->varnames)[i]))
      return MT_EXC;
  }
  return l;
}

/* The builtins: the builtin functions, the constants that are keywords
** in the grammar but names in CPython's builtins module, and the builtins
** dict (types, exceptions, Ellipsis, ...). */
static mt_value builtins_list(mt_vm *vm) {
  static const uint16_t constants[] = {MT_N_None, MT_N_False, MT_N_True};
  mt_value l = mt_list_new(vm, 0);
  if (l == MT_EXC) return MT_EXC;
  for (uint32_t id = 0; id < MT_NATIVE_COUNT && mt_natives[id].owner == MT_T_BUILTINS; id++)
    if (mt_list_append(vm, l, mt_name(mt_natives[id].name))) return MT_EXC;
  for (uint32_t i = 0; i < MT_ARRAY_LEN(constants); i++)
    if (mt_list_append(vm, l, mt_name(constants[i]))) return MT_EXC;
  return add_keys(vm, l, *mt_root(vm, MT_ROOT_BUILTINS)) ? MT_EXC : l;
}

/* CPython's get_suggestions_for_name_error, for a NameError raised in
** code: its locals, then the globals, then the builtins. */
static mt_value for_name(mt_vm *vm, mt_value code, mt_value name) {
  mt_value s = closest_in(vm, locals_of(vm, code), name);
  if (s != MT_NULL) return s;
  mt_value globals = *mt_root(vm, MT_ROOT_GLOBALS);
  if (mt_dict_len(vm, globals) < MAX_CANDIDATES) {
    mt_value g = mt_list_new(vm, 0);
    if (g != MT_EXC && add_keys(vm, g, globals)) g = MT_EXC;
    s = closest_in(vm, g, name);
  }
  return s != MT_NULL ? s : closest_in(vm, builtins_list(vm), name);
}

static mt_value suggest(mt_vm *vm, mt_value exc) {
  if (!mt_is_ref(exc)) return MT_NULL;
  uint32_t t = mt_ref_type(exc);
  mt_exc *e = MT_OBJ(vm, mt_exc, exc);
  mt_value name = e->name;
  if (name == MT_NULL || !mt_is_str(name)) return MT_NULL;
  if (t == MT_T_ATTRIBUTE_ERROR) return e->obj == MT_NULL ? MT_NULL : closest_in(vm, mt_attr_names(vm, e->obj), name);
  if (t != MT_T_NAME_ERROR || e->traceback == MT_NULL) return MT_NULL;
  mt_value tb = e->traceback;
  while (MT_OBJ(vm, mt_tb, tb)->next != MT_NULL) tb = MT_OBJ(vm, mt_tb, tb)->next;
  return for_name(vm, MT_OBJ(vm, mt_tb, tb)->code, name);
}

mt_value mt_suggest(mt_vm *vm, mt_value exc) {
  mt_value pending = mt_exc_pending(vm);
  mt_value s = suggest(vm, exc);
  *mt_root(vm, MT_ROOT_EXC) = pending;
  return s == MT_EXC ? MT_NULL : s;
}
