/*
** heap_exercise.c: using a loaded heap (see heap_exercise.h).
*/
#include "heap_exercise.h"

#include "compare.h"
#include "dict.h"
#include "exc.h"
#include "fuzz.h"
#include "gc.h"
#include "hash.h"
#include "iter.h"
#include "repr.h"
#include "set.h"
#include "verify.h"

/* Things an embedder or the VM does with values of a loaded heap. The
** object layer never collects inside these, so values in locals stay valid. */
static void use_value(mt_vm *vm, mt_value v) {
  int64_t h;
  mt_repr_str(vm, v);
  mt_exc_clear(vm);
  mt_hash_value(vm, v, &h);
  mt_exc_clear(vm);
  mt_cmp_eq(vm, v, v);
  mt_exc_clear(vm);
  if (mt_iter_is_native(vm, v))
    for (int i = 0; i < 3; i++) mt_iter_next(vm, v);
  if (mt_is_ref_type(v, MT_T_SET)) mt_set_contains(vm, v, mt_small(3));
  if (mt_is_ref_type(v, MT_T_DICT)) mt_dict_get(vm, v, mt_small(1000));
  mt_exc_clear(vm);
}

void fuzz_heap_exercise(mt_vm *vm) {
  mt_value roots[MT_ROOT_COUNT];
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) roots[r] = *mt_root(vm, r);
  mt_exc_clear(vm);
  for (uint32_t r = 0; r < MT_ROOT_COUNT; r++) {
    if (roots[r] == MT_NULL) continue;
    mt_repr(vm, roots[r]);
    mt_exc_clear(vm);
  }
  mt_value g = *mt_root(vm, MT_ROOT_GLOBALS), k, v;
  uint32_t pos = 0;
  while (mt_dict_next(vm, g, &pos, &k, &v)) {
    mt_dict_get(vm, g, k);
    mt_exc_clear(vm);
    use_value(vm, v);
  }
  *mt_root(vm, MT_ROOT_EXC) = roots[MT_ROOT_EXC];
  fuzz_check(mt_gc_collect(vm) == 0, "collection failed");
  mt_verify_error err;
  fuzz_check(mt_verify_heap(vm, &err) == 0, "heap invalid after a collection: at %u: %s", err.at, err.what);
}
