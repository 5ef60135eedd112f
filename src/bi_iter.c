/*
** bi_iter.c: the builtin functions and types over iterables that the VM
** does not itself need (all, any, reversed, bytes) as natives (native.h), with CPython 3.11's results and
** messages. all() and any() stop at the deciding item, also when the
** items come from Python code (a native frame asks the VM for each).
*/
#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "iter.h"
#include "iterate.h"
#include "native.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"

/* ---- all, any ---- */

/* state of ALL_ANY: the iterator, and any (True) or all (False) */
enum { AA_IT, AA_ANY, AA_NSTATE };

static mt_value all_any(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames, bool any) {
  if (mt_args_one(vm, any ? "any" : "all", nargs, kwnames)) return MT_EXC;
  mt_value it = mt_iter_new(vm, args[0]);
  if (it == MT_EXC) return MT_EXC;
  if (!mt_iter_is_native(vm, it)) {
    mt_value *st = mt_native_frame(vm, MT_CONT_ALL_ANY, AA_NSTATE);
    if (!st) return MT_EXC;
    st[AA_IT] = it;
    st[AA_ANY] = mt_bool(any);
    return mt_native_next(vm, it);
  }
  for (;;) {
    mt_value x = mt_iter_next(vm, it);
    if (x == MT_STOP) return mt_bool(!any);
    if (x == MT_EXC) return MT_EXC;
    if (mt_ops_truth(vm, x) == any) return mt_bool(any);
  }
}

mt_value mt_cont_all_any(mt_vm *vm, mt_value *st, mt_value result) {
  bool any = st[AA_ANY] == MT_TRUE;
  if (result == MT_STOP) return mt_bool(!any);
  if (mt_ops_truth(vm, result) == any) return mt_bool(any);
  return mt_native_next(vm, st[AA_IT]);
}

const char *mt_cont_all_any_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  return nstate == AA_NSTATE && st[AA_IT] != MT_NULL && mt_is_bool(st[AA_ANY]) ? NULL : "bad all()/any() state";
}

mt_value mt_bi_all(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return all_any(vm, args, nargs, kwnames, false);
}

mt_value mt_bi_any(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  return all_any(vm, args, nargs, kwnames, true);
}

/* ---- reversed ---- */

mt_value mt_bi_reversed(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_no_kw(vm, "reversed", kwnames) || mt_args_count(vm, "reversed", nargs, 1, 1)) return MT_EXC;
  return mt_iter_reversed(vm, args[0]);
}

/* ---- bytes ---- */

/* bytes(source, encoding[, errors]) for a str source: source.encode(...). */
static mt_value encode(mt_vm *vm, mt_value s, mt_value encoding, mt_value errors) {
  mt_value call[3] = {s, encoding, errors};
  return mt_m_str_encode(vm, call, errors == MT_NULL ? 2 : 3, MT_NULL);
}

/* bytes(source=b'', encoding=..., errors=...) */
mt_value mt_bi_bytes(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  static const uint16_t names[] = {MT_N_source, MT_N_encoding, MT_N_errors};
  static const mt_argspec spec = {"bytes", names, 3, 0, 3, 0};
  mt_value a[3];
  if (mt_args_parse(vm, &spec, args, nargs, kwnames, a)) return MT_EXC;
  mt_value src = a[0], encoding = a[1], errors = a[2];
  if (src != MT_NULL && mt_is_str(src)) {
    if (encoding == MT_NULL) return mt_raise(vm, MT_T_TYPE_ERROR, "string argument without an encoding");
    if (!mt_is_str(encoding)) return mt_arg_bad(vm, "bytes", 0, "encoding", "str", encoding);
    if (errors != MT_NULL && !mt_is_str(errors)) return mt_arg_bad(vm, "bytes", 0, "errors", "str", errors);
    return encode(vm, src, encoding, errors);
  }
  if (encoding != MT_NULL) return mt_raise(vm, MT_T_TYPE_ERROR, "encoding without a string argument");
  if (errors != MT_NULL) return mt_raise(vm, MT_T_TYPE_ERROR, "errors without a string argument");
  if (src == MT_NULL) return mt_bytes_alloc(vm, 0);
  if (mt_is_ref_type(src, MT_T_BYTES)) return src;
  if (mt_int_is(src)) {
    int64_t n;
    if (!mt_int_to_i64(vm, src, &n))
      return mt_raise(vm, MT_T_OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
    if (n < 0) return mt_raise(vm, MT_T_VALUE_ERROR, "negative count");
    if ((uint64_t)n > mt_heap_room(vm)) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
    return mt_bytes_alloc(vm, (size_t)n);
  }
  if (!mt_iterate_is_iterable(vm, src))
    return mt_raise(vm, MT_T_TYPE_ERROR, "cannot convert '%T' object to bytes", src);
  mt_value seq = mt_iterate_list(vm, src);
  if (seq == MT_NULL)
    return nargs ? mt_native_redo(vm, MT_NAT_BYTES___call__, args, nargs, kwnames, 0) : mt_iterate_vm_only(vm, src);
  return seq == MT_EXC ? MT_EXC : mt_bytes_from_ints(vm, seq);
}
