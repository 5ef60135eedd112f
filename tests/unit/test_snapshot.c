/* Criterion tests for snapshots: round trips, and refusal of truncated,
** corrupted, forged and foreign snapshots without crashing. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <xxhash.h>

#include "heap_sample.h"
#include "native.h"
#include "snapshot.h"

TestSuite(snapshot, .init = open_vm, .fini = close_vm);

typedef struct snap {
  uint8_t *data;
  uint64_t len;
} snap;

static snap dump(mt_vm *vm) {
  snap s;
  cr_assert_eq(mt_snap_prepare(vm, &s.len), 0);
  s.data = malloc(s.len);
  cr_assert_eq(mt_snap_write(vm, s.data, s.len), s.len);
  return s;
}

static mt_snap_header *header(snap s) { return (mt_snap_header *)s.data; }
static uint8_t *payload(snap s) { return s.data + sizeof(mt_snap_header); }

/* Recompute the checksums after an edit, as a forger would. */
static void reseal(snap s) {
  mt_snap_header *h = header(s);
  uint64_t n = h->arena_used <= s.len - sizeof *h ? h->arena_used : s.len - sizeof *h;
  h->payload_hash = XXH3_64bits(payload(s), n);
  h->header_hash = XXH3_64bits(h, offsetof(mt_snap_header, header_hash));
}

/* Load s into a new interpreter: 0 or -1 (then *err is filled and the
** interpreter holds nothing). */
static int load(snap s, mt_vm *out, mt_verify_error *err) {
  memset(out, 0, sizeof *out);
  int r = mt_snap_load(out, NULL, s.data, s.len, NULL, err);
  if (r) {
    cr_assert_null(out->base);
    cr_assert_neq(err->what[0], 0);
  }
  return r;
}

static void expect_refused(snap s, const char *why) {
  mt_vm vm;
  mt_verify_error err;
  cr_assert_eq(load(s, &vm, &err), -1, "%s: loaded", why);
}

static const char *error_of(snap s) {
  static mt_verify_error err;
  mt_vm vm;
  cr_assert_eq(load(s, &vm, &err), -1, "loaded");
  return err.what;
}

Test(snapshot, round_trip_gives_the_same_interpreter) {
  populate();
  snap s = dump(V);
  cr_assert_eq(s.len, sizeof(mt_snap_header) + mt_hdr(V)->used);
  cr_assert_eq(memcmp(header(s)->magic, "\x89MTS\r\n\x1a\n", 8), 0);
  /* after the dump's collection: reprs may show where objects are */
  char *want = strdup(repr_of(globals()));
  mt_vm copy;
  mt_verify_error err;
  cr_assert_eq(load(s, &copy, &err), 0, "%s at %u", err.what, err.at);
  cr_assert_str_eq(mt_str_obj_view(&copy, mt_repr(&copy, *mt_root(&copy, MT_ROOT_GLOBALS))).p, want);
  cr_assert_eq(mt_hdr(&copy)->seed, mt_hdr(V)->seed);
  cr_assert_eq(mt_hdr(&copy)->max_memory, mt_hdr(V)->max_memory);
  /* dumping the copy gives the same arena but for the counters (in GC
  ** stress mode every collection also shifts all objects) */
  snap again = dump(&copy);
#ifndef MT_GC_STRESS
  cr_assert_eq(again.len, s.len);
  mt_heap *h = (mt_heap *)payload(again);
  h->gc_count = ((mt_heap *)payload(s))->gc_count;
  h->allocs = ((mt_heap *)payload(s))->allocs;
  for (uint64_t i = 0; i < header(s)->arena_used; i++)
    cr_assert_eq(payload(again)[i], payload(s)[i], "arena byte %llu differs", (unsigned long long)i);
#endif
  /* the copy runs: it allocates, collects and verifies */
  mt_value l = mt_dict_get(&copy, *mt_root(&copy, MT_ROOT_GLOBALS), mt_str_obj_cstr(&copy, "l"));
  cr_assert_eq(mt_list_append(&copy, l, mt_small(99)), 0);
  cr_assert_eq(mt_gc_collect(&copy), 0);
  cr_assert_eq(mt_verify_heap(&copy, &err), 0, "%s", err.what);
  mt_heap_close(&copy);
  free(again.data);
  free(s.data);
  free(want);
}

Test(snapshot, write_refuses_a_small_buffer) {
  uint64_t len;
  cr_assert_eq(mt_snap_prepare(V, &len), 0);
  uint8_t *buf = malloc(len);
  cr_assert_eq(mt_snap_write(V, buf, len - 1), 0);
  cr_assert_eq(mt_snap_write(V, buf, len), len);
  free(buf);
}

Test(snapshot, limits_come_from_the_snapshot_or_the_caller) {
  mt_heap_close(V);
  mt_limits lim = {.max_memory = 1 << 20};
  cr_assert_eq(mt_heap_open(V, NULL, &lim, 9), 0);
  populate();
  snap s = dump(V);
  mt_vm copy = {0};
  mt_verify_error err;
  cr_assert_eq(mt_snap_load(&copy, NULL, s.data, s.len, NULL, &err), 0, "%s", err.what);
  cr_assert_eq(mt_hdr(&copy)->max_memory, 1 << 20);
  mt_heap_close(&copy);
  mt_limits more = {.max_memory = 8 << 20};
  cr_assert_eq(mt_snap_load(&copy, NULL, s.data, s.len, &more, &err), 0, "%s", err.what);
  cr_assert_eq(mt_hdr(&copy)->max_memory, 8 << 20);
  mt_heap_close(&copy);
  mt_limits tiny = {.max_memory = 32 << 10};
  cr_assert_eq(mt_snap_load(&copy, NULL, s.data, s.len, &tiny, &err), -1);
  cr_assert_str_eq(err.what, "image does not fit the memory limit");
  free(s.data);
}

Test(snapshot, loads_through_a_pool) {
  populate();
  snap s = dump(V);
  mt_arena_pool pool;
  mt_arena_pool_init(&pool, 3);
  for (int i = 0; i < 3; i++) {
    mt_vm copy = {0};
    mt_verify_error err;
    cr_assert_eq(mt_snap_load(&copy, &pool, s.data, s.len, NULL, &err), 0, "%s", err.what);
    mt_heap_close(&copy);
  }
  cr_assert_eq(pool.maps, 1);
  mt_arena_pool_drain(&pool);
  free(s.data);
}

Test(snapshot, every_truncation_is_refused) {
  populate();
  snap s = dump(V);
  uint64_t len = s.len;
  for (uint64_t n = 0; n < len; n++) {
    s.len = n;
    expect_refused(s, "truncated");
  }
  s.len = len;
  free(s.data);
}

Test(snapshot, trailing_bytes_are_refused) {
  snap s = dump(V);
  s.data = realloc(s.data, s.len + 8);
  memset(s.data + s.len, 0, 8);
  s.len += 8;
  cr_assert_str_eq(error_of(s), "bytes after the snapshot");
  free(s.data);
}

/* Without resealing, any changed header byte is caught. */
Test(snapshot, every_header_bit_flip_is_refused) {
  populate();
  snap s = dump(V);
  for (uint32_t at = 0; at < sizeof(mt_snap_header); at++) {
    for (uint32_t bit = 0; bit < 8; bit++) {
      s.data[at] ^= (uint8_t)(1u << bit);
      expect_refused(s, "flipped header bit");
      s.data[at] ^= (uint8_t)(1u << bit);
    }
  }
  free(s.data);
}

/* Resealed, a changed header field is still caught by its own check,
** except the memory limit, which may take any valid value. */
Test(snapshot, forged_header_fields_are_refused) {
  populate();
  snap s = dump(V);
  const size_t limit_at = offsetof(mt_snap_header, arena_len);
  for (uint32_t at = 0; at < offsetof(mt_snap_header, payload_hash); at++) {
    for (uint32_t bit = 0; bit < 8; bit += 3) {
      s.data[at] ^= (uint8_t)(1u << bit);
      reseal(s);
      mt_vm vm;
      mt_verify_error err;
      int r = load(s, &vm, &err);
      if (at >= limit_at && at < limit_at + 8 && r == 0) {
        cr_assert_eq(mt_hdr(&vm)->max_memory, header(s)->arena_len);
        mt_heap_close(&vm);
      } else {
        cr_assert_eq(r, -1, "byte %u bit %u accepted", at, bit);
      }
      s.data[at] ^= (uint8_t)(1u << bit);
    }
  }
  reseal(s);
  mt_vm vm;
  mt_verify_error err;
  cr_assert_eq(load(s, &vm, &err), 0);
  mt_heap_close(&vm);
  free(s.data);
}

Test(snapshot, wrong_version_fingerprint_and_platform_are_refused) {
  snap s = dump(V);
  header(s)->version++;
  reseal(s);
  cr_assert_str_eq(error_of(s), "unsupported snapshot version 2");
  header(s)->version--;
  header(s)->fingerprint[7] ^= 0x20;
  reseal(s);
  cr_assert_str_eq(error_of(s), "snapshot made by a different build");
  header(s)->fingerprint[7] ^= 0x20;
  header(s)->endian = 0x04030201;
  reseal(s);
  cr_assert_str_eq(error_of(s), "snapshot made on a different platform");
  header(s)->endian = MT_SNAP_ENDIAN;
  header(s)->float_check = -370.5;
  reseal(s);
  cr_assert_str_eq(error_of(s), "snapshot made on a different platform");
  free(s.data);
}

Test(snapshot, huge_sizes_are_refused) {
  snap s = dump(V);
  uint64_t used = header(s)->arena_used;
  const uint64_t sizes[] = {UINT64_MAX - 7, UINT64_C(1) << 40, MT_ARENA_MAX + 8, used + 8, used - 8, 0, 8};
  for (size_t i = 0; i < MT_ARRAY_LEN(sizes); i++) {
    header(s)->arena_used = sizes[i];
    reseal(s);
    expect_refused(s, "forged arena size");
  }
  header(s)->arena_used = used;
  header(s)->arena_len = UINT64_MAX;
  reseal(s);
  cr_assert_str_eq(error_of(s), "bad snapshot memory limit 18446744073709551615");
  header(s)->arena_len = used;
  reseal(s);
  expect_refused(s, "memory limit below the heap");
  free(s.data);
}

/* The natives a VM registers are part of the build: a snapshot made with
** one native table does not load into a VM with another. */
Test(snapshot, native_table_is_part_of_the_fingerprint) {
  static const char *const natives[] = {"len", "print"};
  static const char *const others[] = {"len", "repr"};
  uint8_t plain[16], with[16], other[16];
  mt_snap_fingerprint(V, plain);
  V->native_count = 2;
  V->native_names = natives;
  mt_snap_fingerprint(V, with);
  V->native_names = others;
  mt_snap_fingerprint(V, other);
  cr_assert_neq(memcmp(plain, with, 16), 0);
  cr_assert_neq(memcmp(with, other, 16), 0);
  V->native_names = natives;
  snap s = dump(V);
  mt_vm vm = {.native_count = 2, .native_names = others};
  mt_verify_error err;
  cr_assert_eq(mt_snap_load(&vm, NULL, s.data, s.len, NULL, &err), -1);
  cr_assert_str_eq(err.what, "snapshot made by a different build");
  vm.native_names = natives;
  cr_assert_eq(mt_snap_load(&vm, NULL, s.data, s.len, NULL, &err), 0, "%s", err.what);
  mt_heap_close(&vm);
  free(s.data);
}

/* Offset in the payload of the object a value refers to. */
static uint32_t at_of(mt_value v) { return mt_ref_off(v); }

/* Forged payloads (checksums recomputed): every byte of the arena changed
** in turn (two ways) must load into a verified interpreter that survives a
** workout, or be refused; damage to the structure is always refused, and
** so is a good part of all damage (most bytes are structure). */
Test(snapshot, forged_payload_bytes_never_crash) {
  populate();
  snap s = dump(V);
  /* structural bytes that must be refused when changed */
  uint32_t must[] = {
      at_of(get("t")) + 7,                                    /* type byte */
      at_of(get("t")) + 0,                                    /* size */
      at_of(get("l")) + (uint32_t)offsetof(mt_list, items),   /* reference offset */
      at_of(get("l")) + (uint32_t)offsetof(mt_list, items) + 6, /* value tag */
      at_of(get("long")) + (uint32_t)offsetof(mt_str, cplen), /* str length */
  };
  uint64_t used = header(s)->arena_used;
  uint32_t refused = 0;
  for (uint32_t trial = 0; trial < 2 * used; trial++) {
    uint32_t at = trial % used;
    uint8_t flip = trial < used ? 0xA5 : 0x01, *p = payload(s) + at;
    *p ^= flip;
    reseal(s);
    mt_vm vm;
    mt_verify_error err;
    if (load(s, &vm, &err) == 0) {
      for (size_t k = 0; k < MT_ARRAY_LEN(must); k++)
        cr_assert_neq(at, must[k], "byte %u ^ 0x%02x accepted", at, flip);
      mt_vm saved = test_vm;
      test_vm = vm;
      exercise();
      cr_assert_eq(mt_verify_heap(V, &err), 0, "byte %u: %s", at, err.what);
      mt_heap_close(V);
      test_vm = saved;
    } else {
      refused++;
    }
    *p ^= flip;
  }
  cr_assert_gt(refused, used / 2, "only %u of %llu forged arenas refused", refused, (unsigned long long)(2 * used));
  free(s.data);
}

/* The VM's own native table takes a fingerprint computed once per process:
** it must equal the one hashed from the same names in another table, and
** differ from the table missing its last name. */
Test(snapshot, cached_fingerprint_equals_the_computed_one) {
  static const char *copy[MT_NATIVE_COUNT];
  memcpy(copy, mt_native_names, sizeof copy);
  uint8_t cached[16], again[16], computed[16], shorter[16];
  V->native_count = MT_NATIVE_COUNT;
  V->native_names = mt_native_names;
  mt_snap_fingerprint(V, cached);
  mt_snap_fingerprint(V, again);
  V->native_names = copy;
  mt_snap_fingerprint(V, computed);
  V->native_count = MT_NATIVE_COUNT - 1;
  mt_snap_fingerprint(V, shorter);
  cr_assert_eq(memcmp(cached, again, 16), 0);
  cr_assert_eq(memcmp(cached, computed, 16), 0);
  cr_assert_neq(memcmp(cached, shorter, 16), 0);
  V->native_count = 0;
  V->native_names = NULL;
}
