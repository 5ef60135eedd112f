/*
** gen_images.c: the seeds of fuzz_heap_load and fuzz_snapshot_load:
** interpreters holding objects of every kind (alone and all together),
** each after a collection, as arena images and as snapshots, behind the
** targets' mode byte.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "gen_seeds.h"
#include "heap.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "opcodes.h"
#include "out.h"
#include "range.h"
#include "repr.h"
#include "set.h"
#include "slice.h"
#include "snapshot.h"
#include "str.h"
#include "tuple.h"

static mt_value check(mt_value v, const char *what) {
  if (v == MT_EXC || v == MT_NULL) gen_die("object layer call failed", what);
  return v;
}

static mt_value str(mt_vm *vm, const char *s) { return check(mt_str_obj_cstr(vm, s), s); }

static mt_value global(mt_vm *vm, const char *name) {
  return check(mt_dict_get(vm, *mt_root(vm, MT_ROOT_GLOBALS), str(vm, name)), name);
}

static void set_global(mt_vm *vm, const char *name, mt_value v) {
  if (mt_dict_set(vm, *mt_root(vm, MT_ROOT_GLOBALS), str(vm, name), check(v, name))) gen_die("dict_set failed", name);
}

static void add_scalars(mt_vm *vm) {
  set_global(vm, "i", mt_small(-42));
  set_global(vm, "f", mt_float(2.5));
  set_global(vm, "big", mt_int_from_u64(vm, UINT64_MAX));
  set_global(vm, "huge", mt_int_pow(vm, mt_small(7), mt_small(90)));
  set_global(vm, "s", str(vm, "caf\xc3\xa9 \xe2\x82\xac"));
  set_global(vm, "long", mt_str_obj_repeat(vm, str(vm, "\xc3\xa9x"), 100));
  set_global(vm, "b", mt_bytes_new(vm, "bytes\0data", 10));
  set_global(vm, "n", MT_NONE);
}

static void add_sequences(mt_vm *vm) {
  set_global(vm, "l", mt_list_new(vm, 0));
  for (int i = 0; i < 12; i++) mt_list_append(vm, global(vm, "l"), mt_small(i * i));
  mt_list_append(vm, global(vm, "l"), str(vm, "item"));
  mt_list_append(vm, global(vm, "l"), global(vm, "l")); /* [..., [...]] */
  mt_value items[3] = {str(vm, "x"), mt_float(-0.0), MT_NONE};
  set_global(vm, "t", mt_tuple_from(vm, items, 3));
  set_global(vm, "e", mt_tuple_new(vm, 0));
  set_global(vm, "r", mt_range_new(vm, mt_small(1), mt_int_pow(vm, mt_small(2), mt_small(80)), mt_small(3)));
  set_global(vm, "z", mt_slice_new(vm, mt_small(1), MT_NONE, str(vm, "x")));
  mt_value nest = mt_list_new(vm, 0);
  for (int i = 0; i < 30; i++) {
    mt_value outer = check(mt_list_new(vm, 1), "list");
    mt_list_append(vm, outer, nest);
    nest = outer;
  }
  set_global(vm, "deep", nest);
}

static void add_tables(mt_vm *vm) {
  set_global(vm, "d", mt_dict_new(vm));
  for (int i = 0; i < 12; i++) mt_dict_set(vm, global(vm, "d"), mt_small(i * 1000), str(vm, "value"));
  mt_dict_pop(vm, global(vm, "d"), mt_small(3000));
  mt_exc_clear(vm);
  set_global(vm, "set", mt_set_new(vm, false));
  for (int i = 0; i < 9; i++) mt_set_add(vm, global(vm, "set"), mt_small(i * 3));
  mt_set_discard(vm, global(vm, "set"), mt_small(6));
  set_global(vm, "fs", mt_set_copy(vm, global(vm, "set"), true));
  set_global(vm, "it", mt_iter_new(vm, global(vm, "set")));
  set_global(vm, "view", mt_iter_dict_view(vm, global(vm, "d"), MT_T_DICT_ITEMS));
  set_global(vm, "rep", mt_repr(vm, global(vm, "d")));
  mt_str_obj_intern(vm, mt_str_obj_concat(vm, str(vm, "inter"), str(vm, "ned!")));
}

static void add_code(mt_vm *vm) {
  mt_value items[2] = {str(vm, "k"), mt_small(7)};
  set_global(vm, "consts", mt_tuple_from(vm, items, 2));
  mt_value code = check(mt_func_code_new(vm, 8), "code");
  mt_func_code(vm, code)->nregs = 4;
  mt_func_code(vm, code)->consts = global(vm, "consts");
  mt_func_code(vm, code)->nk = 2;
  mt_func_code(vm, code)->code[1] = mt_instr_abc(MT_OP_CALL, 0, 0, 0);
  set_global(vm, "c", code);
  set_global(vm, "fn", mt_func_new(vm, global(vm, "c"), *mt_root(vm, MT_ROOT_GLOBALS), str(vm, "fn"),
                                   str(vm, "outer.<locals>.fn")));
  mt_value cell = check(mt_func_cell_new(vm, global(vm, "consts")), "cell");
  MT_OBJ(vm, mt_function, global(vm, "fn"))->closure = check(mt_tuple_from(vm, &cell, 1), "closure");
  set_global(vm, "m", mt_func_bind(vm, global(vm, "fn"), global(vm, "consts")));
  mt_value frame = check(mt_func_frame_new(vm, global(vm, "c"), global(vm, "fn"), *mt_root(vm, MT_ROOT_GLOBALS),
                                           MT_NULL, 6), "frame");
  MT_OBJ(vm, mt_frame, frame)->pc = 2; /* after its CALL: the frame above returns there */
  MT_OBJ(vm, mt_frame, frame)->regs[0] = global(vm, "consts");
  mt_value top = check(mt_func_frame_new(vm, global(vm, "c"), MT_NULL, *mt_root(vm, MT_ROOT_GLOBALS), frame, 4), "frame");
  MT_OBJ(vm, mt_frame, top)->pc = 3;
  *mt_root(vm, MT_ROOT_FRAME) = top;
}

static void add_exceptions(mt_vm *vm) {
  mt_value args[1] = {str(vm, "missing")};
  set_global(vm, "exc", mt_exc_new(vm, MT_T_KEY_ERROR, mt_tuple_from(vm, args, 1)));
  mt_value code = check(mt_func_code_new(vm, 4), "code");
  mt_func_code(vm, code)->nregs = 1;
  mt_exc_add_traceback(vm, global(vm, "exc"), code, 4);
  mt_exc_add_traceback(vm, global(vm, "exc"), code, 9);
  mt_exc_set_context(vm, global(vm, "exc"), mt_exc_new(vm, MT_T_VALUE_ERROR, mt_tuple_new(vm, 0)));
  mt_out_write(vm, "printed\n", 8);
  *mt_root(vm, MT_ROOT_EXC) = mt_type_value(MT_T_MEMORY_ERROR);
  *mt_root(vm, MT_ROOT_RESULT) = global(vm, "exc");
}

typedef void (*builder)(mt_vm *vm);

/* Write data[0..n) behind a mode byte to dir/name. */
static void write_seed(const char *dir, const char *name, uint8_t mode, const void *data, size_t n) {
  uint8_t *seed = malloc(n + 1);
  if (!seed) gen_die("out of memory", NULL);
  seed[0] = mode;
  memcpy(seed + 1, data, n);
  gen_write_file(dir, name, seed, n + 1);
  free(seed);
}

/* The interpreter holding the objects of the builders in mask, as an arena
** image (fuzz_heap_load: as it is, and under a memory limit 256 bytes
** above it) and as a snapshot (fuzz_snapshot_load: as it is, and with
** its header and checksums repaired after each mutation). */
static void write_heap(const char *heap_dir, const char *snap_dir, uint32_t mask, const builder *builders,
                       size_t nbuilders) {
  mt_vm vm = {0};
  if (mt_heap_open(&vm, NULL, NULL, 0x5EED + mask)) gen_die("mt_heap_open failed", NULL);
  for (size_t i = 0; i < nbuilders; i++)
    if (mask & (1u << i)) builders[i](&vm);
  uint64_t size;
  if (mt_snap_prepare(&vm, &size)) gen_die("collection failed", NULL);
  char name[64];
  snprintf(name, sizeof name, "image-%02x.bin", mask);
  write_seed(heap_dir, name, 0x00, vm.base, mt_hdr(&vm)->used);
  snprintf(name, sizeof name, "image-%02x-limited.bin", mask);
  write_seed(heap_dir, name, 0x82, vm.base, mt_hdr(&vm)->used);
  uint8_t *snap = malloc(size);
  if (!snap || mt_snap_write(&vm, snap, size) != size) gen_die("snapshot not written", NULL);
  snprintf(name, sizeof name, "snapshot-%02x.bin", mask);
  write_seed(snap_dir, name, 0x00, snap, size);
  snprintf(name, sizeof name, "snapshot-%02x-repaired.bin", mask);
  write_seed(snap_dir, name, 0x03, snap, size);
  free(snap);
  mt_heap_close(&vm);
}

void gen_images(const char *heap_dir, const char *snap_dir) {
  static const builder builders[] = {add_scalars, add_sequences, add_tables, add_code, add_exceptions};
  const size_t n = MT_ARRAY_LEN(builders);
  write_heap(heap_dir, snap_dir, 0, builders, n);
  for (uint32_t i = 0; i < n; i++) write_heap(heap_dir, snap_dir, 1u << i, builders, n);
  write_heap(heap_dir, snap_dir, (1u << n) - 1, builders, n);
}
