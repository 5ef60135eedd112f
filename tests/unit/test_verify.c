/* Criterion tests for the heap verifier: valid heaps pass, corrupted ones
** are rejected, and random damage never crashes it. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "exc.h"
#include "heap_sample.h"
#include "verify.h"

TestSuite(verify, .init = open_vm, .fini = close_vm);

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

/* Small ints are [-2**47, 2**47): 2**47 is a heap int, -2**47 never is. */
Test(verify, big_ints_at_the_small_range_edges) {
  put("p", mt_int_from_i64(V, INT64_C(1) << 47));
  put("n", mt_int_from_i64(V, -(INT64_C(1) << 47) - 1));
  cr_assert(mt_is_ref(get("p")) && mt_is_ref(get("n")));
  expect_ok();
  mt_bigint *n = MT_OBJ(V, mt_bigint, get("n"));
  n->d[0]--;
  expect_reject("-2**47 as a heap int");
  n->d[0]++;
  MT_OBJ(V, mt_bigint, get("p"))->d[0]--;
  expect_reject("2**47 - 1 as a heap int");
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
  /* In the cycle the top frame is also a caller: it waits after a CALL. */
  MT_OBJ(V, mt_frame, top)->pc = 2;
  mt_hdr(V)->max_depth = UINT32_MAX;
  mt_verify_error err;
  cr_assert_eq(mt_verify_heap(V, &err), -1);
  cr_assert_str_eq(err.what, "frame chain too long or cyclic");
  caller->back = saved;
  MT_OBJ(V, mt_frame, top)->pc = 3;
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
  /* a reference whose type byte is no type (read out of the type table
  ** before it was checked; found by fuzz_snapshot_load) */
  h->roots[MT_ROOT_EXC] = mt_ref(254, mt_ref_off(g));
  expect_reject("pending exception with a bad type byte");
  h->roots[MT_ROOT_EXC] = MT_NULL;
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
