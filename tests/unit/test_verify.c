/* Criterion tests for the heap verifier: valid heaps pass, corrupted ones
** are rejected, and random damage never crashes it. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compare.h"
#include "dict.h"
#include "hash.h"
#include "exc.h"
#include "gc.h"
#include "heap_support.h"
#include "bytes.h"
#include "func.h"
#include "int.h"
#include "iter.h"
#include "out.h"
#include "range.h"
#include "slice.h"
#include "list.h"
#include "set.h"
#include "tuple.h"
#include "verify.h"

TestSuite(verify, .init = open_vm, .fini = close_vm);

static mt_value globals(void) { return *mt_root(V, MT_ROOT_GLOBALS); }

static void put(const char *name, mt_value v) { cr_assert_eq(mt_dict_set(V, globals(), str(name), v), 0); }

static mt_value get(const char *name) { return mt_dict_get(V, globals(), str(name)); }

/* A heap with one of most kinds of objects, reachable from globals. */
static void populate(void) {
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
  put("c", code);
  mt_value fn = mt_func_new(V, get("c"), globals(), str("fn"), str("outer.<locals>.fn"));
  put("fn", fn);
  mt_value cell = mt_func_cell_new(V, get("l"));
  MT_OBJ(V, mt_function, get("fn"))->closure = mt_tuple_from(V, &cell, 1);
  put("m", mt_func_bind(V, get("fn"), get("d")));
  mt_value frame = mt_func_frame_new(V, get("c"), get("fn"), globals(), MT_NULL, 6);
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

static int verify(void) {
  mt_verify_error err;
  return mt_verify_heap(V, &err);
}

static void expect_ok(void) {
  mt_verify_error err;
  int r = mt_verify_heap(V, &err);
  cr_assert_eq(r, 0, "rejected at %u: %s", err.at, err.what);
}

static void expect_reject(const char *what) {
  mt_verify_error err;
  cr_assert_eq(mt_verify_heap(V, &err), -1, "%s accepted", what);
  cr_assert_neq(err.what[0], 0);
}

Test(verify, fresh_and_populated_heaps_pass) {
  expect_ok();
  populate();
  expect_ok();
  cr_assert_eq(mt_gc_collect(V), 0);
  expect_ok();
}

Test(verify, rejects_bad_offset) {
  populate();
  mt_value *items = mt_list_items(V, get("l"));
  items[3] = mt_ref(MT_T_STR, mt_ref_off(get("t")) + 8);
  expect_reject("reference into an object");
  items[3] = mt_ref(MT_T_STR, 0x7FFFFFF8);
  expect_reject("reference beyond used");
  items[3] = mt_ref(MT_T_STR, mt_ref_off(get("t")) + 4);
  expect_reject("unaligned reference");
  items[3] = mt_ref(MT_T_STR, mt_ref_off(get("t")));
  expect_reject("reference with the wrong type byte");
  items[3] = mt_ref(MT_T_VARRAY, mt_ref_off(MT_OBJ(V, mt_list, get("l"))->items));
  expect_reject("shared internal array");
}

Test(verify, rejects_bad_tags_and_constants) {
  populate();
  mt_value *items = mt_list_items(V, get("l"));
  items[0] = UINT64_C(0xFFFF000000000001);
  expect_reject("tag 0xFFFF");
  items[0] = UINT64_C(0xFFF8000000000000);
  expect_reject("x86 default NaN");
  items[0] = MT_EXC;
  expect_reject("exception marker stored");
  items[0] = mt_name(MT_NAME_COUNT);
  expect_reject("name index out of range");
  items[0] = mt_native(0);
  expect_reject("native without registered natives");
  items[0] = mt_small(-5);
  expect_ok();
}

Test(verify, rejects_bad_type_and_size) {
  populate();
  mt_obj *o = mt_obj_at(V, mt_ref_off(get("t")));
  o->type = MT_TYPE_COUNT;
  expect_reject("type id out of range");
  o->type = MT_T_FLOAT;
  expect_reject("immediate-only type on the heap");
  o->type = MT_T_TUPLE;
  o->size += 8;
  expect_reject("size not matching the length");
  o->size = 0;
  expect_reject("zero size");
  o->size = 0xFFFFFFF8;
  expect_reject("size beyond used");
}

Test(verify, rejects_bad_lengths) {
  populate();
  MT_OBJ(V, mt_tuple, get("t"))->len = 4;
  expect_reject("tuple length");
  MT_OBJ(V, mt_tuple, get("t"))->len = 3;
  MT_OBJ(V, mt_list, get("l"))->len = 1000;
  expect_reject("list length over capacity");
  MT_OBJ(V, mt_list, get("l"))->len = 22;
  expect_ok();
  MT_OBJ(V, mt_dict, get("d"))->len = 12;
  expect_reject("dict length");
  MT_OBJ(V, mt_dict, get("d"))->len = 11;
  MT_OBJ(V, mt_set, get("s"))->used = 9;
  expect_reject("set count");
}

Test(verify, rejects_bad_strings) {
  populate();
  mt_str *s = MT_OBJ(V, mt_str, get("r"));
  char saved = s->data[2];
  s->data[2] = (char)0xC0;
  expect_reject("invalid UTF-8");
  s->data[2] = saved;
  s->cplen++;
  expect_reject("wrong code-point count");
  s->cplen--;
  s->data[s->len] = 'x';
  expect_reject("missing NUL");
  s->data[s->len] = 0;
  s->hash = 12345;
  expect_reject("wrong cached hash");
  s->hash = -1;
  expect_ok();
}

Test(verify, rejects_inconsistent_dict_tables) {
  populate();
  mt_dkeys *k = MT_OBJ(V, mt_dkeys, MT_OBJ(V, mt_dict, get("d"))->keys);
  int8_t *index = (int8_t *)k->index;
  uint32_t slots = 1u << k->log2size, i = 0;
  while (index[i] < 0) i++;
  int8_t saved = index[i];
  index[i] = (int8_t)k->nentries;
  expect_reject("index slot out of range");
  index[i] = -1;
  expect_reject("entry unreachable");
  index[i] = saved;
  for (uint32_t j = 0; j < slots; j++)
    if (index[j] == -1) index[j] = -2;
  expect_reject("index without an empty slot");
}

/* Traceback and frame chains must end: next links point to older entries,
** the frame chain is bounded. */
Test(verify, rejects_cyclic_chains) {
  populate();
  mt_value code = MT_NULL;
  mt_value e = get("e");
  cr_assert_eq(mt_exc_add_traceback(V, e, code, 1), 0);
  cr_assert_eq(mt_exc_add_traceback(V, get("e"), code, 2), 0);
  expect_ok();
  mt_tb *head = MT_OBJ(V, mt_tb, MT_OBJ(V, mt_exc, get("e"))->traceback);
  mt_value older = head->next;
  mt_tb *tail = MT_OBJ(V, mt_tb, older);
  tail->next = MT_OBJ(V, mt_exc, get("e"))->traceback;
  expect_reject("traceback cycle");
  tail->next = older;
  expect_reject("traceback self loop");
  tail->next = MT_NULL;
  expect_ok();
}

/* A cyclic frame chain is found without trusting the header's max_depth
** (with UINT32_MAX the walk took seconds; found by fuzz_heap_load). */
Test(verify, rejects_cyclic_frame_chain) {
  populate();
  expect_ok();
  mt_value top = *mt_root(V, MT_ROOT_FRAME);
  mt_frame *caller = MT_OBJ(V, mt_frame, MT_OBJ(V, mt_frame, top)->back);
  mt_value saved = caller->back;
  caller->back = top;
  mt_hdr(V)->max_depth = UINT32_MAX;
  mt_verify_error err;
  cr_assert_eq(mt_verify_heap(V, &err), -1);
  cr_assert_str_eq(err.what, "frame chain cyclic");
  caller->back = saved;
  mt_hdr(V)->max_depth = 1000;
  expect_ok();
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rng(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

/* Use a heap that passed verification: collecting, printing and looking
** things up must not crash either. */
static void exercise(void) {
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

/* Thousands of trials: restore the image, flip a few random bytes, verify.
** Under ASan any out-of-bounds read is caught. */
Test(verify, random_byte_flips_never_crash) {
  populate();
  cr_assert_eq(mt_gc_collect(V), 0);
  uint32_t used = mt_hdr(V)->used;
  uint8_t *image = malloc(used);
  memcpy(image, V->base, used);
  uint32_t rejected = 0, trials = 4000;
  for (uint32_t t = 0; t < trials; t++) {
    memcpy(V->base, image, used);
    memset(V->base + used, 0, mt_heap_workspace(used));
    uint32_t flips = 1 + (uint32_t)(rng() % 4);
    for (uint32_t f = 0; f < flips; f++) {
      uint32_t at = (uint32_t)(rng() % used);
      V->base[at] ^= (uint8_t)(1u << (rng() % 8));
    }
    if (verify() != 0) {
      rejected++;
      continue;
    }
    mt_heap_refresh(V);
    exercise();
  }
  memcpy(V->base, image, used);
  memset(V->base + used, 0, mt_heap_workspace(used));
  free(image);
  expect_ok();
  cr_assert_gt(rejected, trials / 4, "only %u of %u damaged heaps rejected", rejected, trials);
}

/* Whole random words over the object area, including plausible tags. */
Test(verify, random_words_never_crash) {
  populate();
  cr_assert_eq(mt_gc_collect(V), 0);
  uint32_t used = mt_hdr(V)->used;
  uint8_t *image = malloc(used);
  memcpy(image, V->base, used);
  const uint64_t tags[] = {0xFFF9, 0xFFFA, 0xFFFB, 0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 0};
  for (uint32_t t = 0; t < 3000; t++) {
    memcpy(V->base, image, used);
    memset(V->base + used, 0, mt_heap_workspace(used));
    uint32_t at = MT_HEAP_FIRST + 8 * (uint32_t)(rng() % ((used - MT_HEAP_FIRST) / 8));
    uint64_t w = rng();
    uint64_t tag = tags[rng() % 8];
    if (tag) w = (tag << 48) | (w & UINT64_C(0xFFFFFFFFFF)) % used;
    memcpy(V->base + at, &w, 8);
    if (verify() == 0) {
      mt_heap_refresh(V);
      exercise();
    }
  }
  memcpy(V->base, image, used);
  memset(V->base + used, 0, mt_heap_workspace(used));
  free(image);
  expect_ok();
}

Test(verify, rejects_bad_header) {
  populate();
  mt_heap *h = mt_hdr(V);
  h->magic[0] ^= 1;
  expect_reject("magic");
  h->magic[0] ^= 1;
  uint32_t used = h->used;
  h->used = used + 4;
  expect_reject("unaligned used");
  h->used = UINT32_C(0xFFFFFFF0);
  expect_reject("used beyond the arena");
  h->used = used;
  mt_value g = h->roots[MT_ROOT_GLOBALS];
  h->roots[MT_ROOT_GLOBALS] = mt_small(1);
  expect_reject("globals not a dict");
  h->roots[MT_ROOT_GLOBALS] = g;
  h->roots[MT_ROOT_EXC] = mt_type_value(MT_T_LIST);
  expect_reject("pending exception of a non-exception type");
  h->roots[MT_ROOT_EXC] = mt_type_value(MT_T_MEMORY_ERROR);
  expect_ok();
}

/* The loader path: an image of one interpreter becomes another after
** verification; damaged images and images over the limit are refused. */
Test(verify, images_load_into_a_fresh_interpreter) {
  populate();
  cr_assert_eq(mt_gc_collect(V), 0);
  uint32_t used = mt_hdr(V)->used;
  uint8_t *image = malloc(used);
  memcpy(image, V->base, used);
  char *want = strdup(repr_of(globals()));
  mt_vm copy = {0};
  mt_verify_error err;
  cr_assert_eq(mt_heap_load(&copy, NULL, image, used, NULL, &err), 0, "%s", err.what);
  mt_value got = mt_repr(&copy, *mt_root(&copy, MT_ROOT_GLOBALS));
  cr_assert_str_eq(mt_str_obj_view(&copy, got).p, want);
  cr_assert_eq(mt_hdr(&copy)->seed, mt_hdr(V)->seed);
  cr_assert_eq(mt_dict_get(&copy, *mt_root(&copy, MT_ROOT_GLOBALS), str("d")) != MT_NULL, true);
  cr_assert_eq(mt_gc_collect(&copy), 0);
  mt_heap_close(&copy);
  image[used - 8] ^= 0x40;
  image[MT_HEAP_FIRST + 3] ^= 0x10;
  cr_assert_eq(mt_heap_load(&copy, NULL, image, used, NULL, &err), -1);
  cr_assert_null(copy.base);
  mt_limits tiny = {.max_memory = used / 2};
  cr_assert_eq(mt_heap_load(&copy, NULL, image, used, &tiny, &err), -1);
  cr_assert_str_eq(err.what, "image does not fit the memory limit");
  cr_assert_eq(mt_heap_load(&copy, NULL, image, used - 8, NULL, &err), -1);
  cr_assert_str_eq(err.what, "image size differs from its header");
  free(want);
  free(image);
}
