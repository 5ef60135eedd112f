/*
** heap_sample.h: a heap holding most kinds of objects, and a workout for
** heaps that passed verification (printing, hashing, comparing, iterating,
** collecting must not crash on them). Shared by the verifier and snapshot
** tests.
*/
#ifndef MT_TEST_HEAP_SAMPLE_H
#define MT_TEST_HEAP_SAMPLE_H

#include "bytes.h"
#include "compare.h"
#include "dict.h"
#include "func.h"
#include "gc.h"
#include "hash.h"
#include "heap_support.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "opcodes.h"
#include "out.h"
#include "range.h"
#include "set.h"
#include "slice.h"
#include "tuple.h"

static inline mt_value globals(void) { return *mt_root(V, MT_ROOT_GLOBALS); }

static inline void put(const char *name, mt_value v) { cr_assert_eq(mt_dict_set(V, globals(), str(name), v), 0); }

static inline mt_value get(const char *name) { return mt_dict_get(V, globals(), str(name)); }

/* A heap with one of most kinds of objects, reachable from globals. */
static inline void populate(void) {
  mt_value l = mt_list_new(V, 0);
  put("l", l);
  for (int i = 0; i < 20; i++) mt_list_append(V, get("l"), mt_small(i));
  mt_list_append(V, get("l"), str("caf\xc3\xa9 \xe2\x82\xac"));
  mt_list_append(V, get("l"), mt_float(2.5));
  mt_value items[3] = {str("x"), mt_int_from_u64(V, UINT64_MAX), MT_NONE};
  put("t", mt_tuple_from(V, items, 3));
  mt_value d = mt_dict_new(V);
  put("d", d);
  for (int i = 0; i < 12; i++) mt_dict_set(V, get("d"), mt_small(i * 1000), str("value text"));
  mt_dict_pop(V, get("d"), mt_small(3000));
  mt_value s = mt_set_new(V, false);
  put("s", s);
  for (int i = 0; i < 9; i++) mt_set_add(V, get("s"), mt_small(i * 3));
  mt_set_discard(V, get("s"), mt_small(6));
  mt_value e = mt_exc_new(V, MT_T_KEY_ERROR, mt_tuple_from(V, items, 1));
  put("e", e);
  put("r", mt_repr(V, get("l")));
  put("f", mt_set_copy(V, get("s"), true));
  put("long", mt_str_obj_repeat(V, str("\xc3\xa9x"), 100));
  put("b", mt_bytes_new(V, "bytes\0data", 10));
  put("g", mt_range_new(V, mt_small(1), mt_int_pow(V, mt_small(2), mt_small(80)), mt_small(3)));
  put("i", mt_iter_new(V, get("l")));
  put("k", mt_iter_dict_view(V, get("d"), MT_T_DICT_ITEMS));
  put("z", mt_slice_new(V, mt_small(1), MT_NONE, str("x")));
  mt_value code = mt_func_code_new(V, 8);
  mt_func_code(V, code)->nregs = 4;
  mt_func_code(V, code)->consts = get("t");
  mt_func_code(V, code)->nk = (uint16_t)mt_tuple_len(V, get("t"));
  mt_func_code(V, code)->code[1] = mt_instr_abc(MT_OP_CALL, 0, 0, 0);
  put("c", code);
  mt_value fn = mt_func_new(V, get("c"), globals(), str("fn"), str("outer.<locals>.fn"));
  put("fn", fn);
  mt_value cell = mt_func_cell_new(V, get("l"));
  MT_OBJ(V, mt_function, get("fn"))->closure = mt_tuple_from(V, &cell, 1);
  put("m", mt_func_bind(V, get("fn"), get("d")));
  mt_value frame = mt_func_frame_new(V, get("c"), get("fn"), globals(), MT_NULL, 6);
  MT_OBJ(V, mt_frame, frame)->pc = 2; /* after its CALL: the frame above returns there */
  MT_OBJ(V, mt_frame, frame)->regs[0] = get("l");
  mt_value top = mt_func_frame_new(V, get("c"), MT_NULL, globals(), frame, 4);
  MT_OBJ(V, mt_frame, top)->pc = 3;
  *mt_root(V, MT_ROOT_FRAME) = top;
  mt_exc_add_traceback(V, get("e"), get("c"), 4);
  mt_exc_add_traceback(V, get("e"), get("c"), 9);
  mt_exc_set_context(V, get("e"), mt_exc_new(V, MT_T_VALUE_ERROR, mt_tuple_new(V, 0)));
  mt_out_write(V, "printed\n", 8);
  mt_str_obj_intern(V, mt_str_obj_concat(V, str("inter"), str("ned!")));
}

/* Use a heap that passed verification: collecting, printing and looking
** things up must not crash either. */
static inline void exercise(void) {
  mt_value g = globals();
  mt_value r = mt_repr(V, g);
  (void)r;
  mt_exc_clear(V);
  uint32_t pos = 0;
  mt_value k, v;
  while (mt_dict_next(V, g, &pos, &k, &v)) {
    mt_dict_get(V, g, k);
    int64_t h;
    mt_hash_value(V, v, &h);
    mt_cmp_eq(V, v, v);
    mt_repr_str(V, v);
    if (mt_iter_is_native(V, v))
      for (int i = 0; i < 3; i++) mt_iter_next(V, v);
    if (mt_is_ref_type(v, MT_T_SET)) mt_set_contains(V, v, mt_small(3));
    if (mt_is_ref_type(v, MT_T_DICT)) mt_dict_get(V, v, mt_small(1000));
    mt_exc_clear(V);
  }
  mt_gc_collect(V);
}

#endif
