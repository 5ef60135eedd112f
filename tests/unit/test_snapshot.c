/* Criterion tests for snapshots: round trips, and refusal of truncated,
** corrupted, forged and foreign snapshots without crashing. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <xxhash.h>

#include "call.h"
#include "codeobj.h"
#include "heap_sample.h"
#include "native.h"
#include "out.h"
#include "protoview.h"
#include "snapshot.h"
#include "vm.h"

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

/*
** {==================================================================
** Snapshots of paused runs: frames, native frames, bytecode
** ===================================================================
*/

/* Every resumable native (native.h MT_NATIVE_CONTS) is waiting in some
** frame of this program when it is paused at the right tick. */
static const char paused_program[] =
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "r = sorted(gen(6), key=lambda x: -x)\n"
    "m = min([3, 1, 2], key=lambda x: x * 2)\n"
    "l = list(map(lambda v: v + 1, filter(lambda v: v % 2, gen(7))))\n"
    "z = list(zip(gen(3), enumerate(gen(3))))\n"
    "a, *b = gen(4)\n"
    "s = sum(gen(5))\n"
    "def f(*args):\n"
    "    return len(args)\n"
    "c = f(*gen(3))\n"
    "n = [0]\n"
    "def tick():\n"
    "    n[0] += 1\n"
    "    return n[0]\n"
    "it = list(iter(tick, 4))\n"
    "g = gen(10)\n"
    "x = next(g), next(g, -1)\n"
    "print(r, m, l, z, a, b, s, c, it, x, all(gen(3)), any(gen(3)))\n"
    "def echo():\n"
    "    try:\n"
    "        v = yield 0\n"
    "        while True:\n"
    "            v = yield v\n"
    "    finally:\n"
    "        tick()\n"
    "e = echo()\n"
    "next(e)\n"
    "y = e.send(5)\n"
    "e.close()\n"
    "print(y, {*gen(3)}, [v for v in gen(4) if v], [*filter(None, gen(3))])\n"
    "q = [0, 0]\n"
    "q[:1] = gen(3)\n"
    "q += gen(2)\n"
    "ex = ValueError()\n"
    "ex.args = gen(2)\n"
    "if 2 in gen(4):\n"
    "    tick()\n"
    "print(q, ex.args, 5 in gen(3), 1 not in gen(3), (3).__add__(4))\n";

/* Start paused_program in V (made ready for the VM). */
static void start_paused_program(void) {
  mt_vm_init(V);
  mt_syntax_error serr;
  const void *main;
  void *unit = mt_pview_compile(paused_program, strlen(paused_program), "<paused>", &serr, &main);
  cr_assert(unit, "%s", serr.msg);
  mt_value code = mt_codeobj_new(V, main, str("<paused>"));
  mt_pview_free(unit);
  cr_assert_neq(code, MT_EXC);
  cr_assert_eq(mt_vm_start(V, code), 0);
}

/* Load s into a fresh interpreter with the VM's natives. */
static int load_run(snap s, mt_vm *out, mt_verify_error *err) {
  memset(out, 0, sizeof *out);
  mt_vm_init(out);
  return mt_snap_load(out, NULL, s.data, s.len, NULL, err);
}

/* Run vm to its end (or a bound on ticks: forged code may loop) and give
** its status; the output so far goes to out. */
static mt_vm_status finish(mt_vm *vm, char *out, size_t cap) {
  mt_vm_status st = MT_VM_PAUSED;
  for (int k = 0; k < 200 && st == MT_VM_PAUSED; k++) st = mt_vm_run(vm, 1000);
  uint32_t n;
  const uint8_t *p = mt_out_data(vm, &n);
  if (out) {
    cr_assert_lt(n, cap);
    memcpy(out, p, n);
    out[n] = 0;
  }
  return st;
}

/* The output of paused_program run without pauses. */
static void expected_output(char *out, size_t cap) {
  start_paused_program();
  cr_assert_eq(finish(V, out, cap), MT_VM_DONE);
  mt_heap_close(V);
  open_vm();
}

/* The chain's first native frame waiting with continuation cont, or
** MT_NULL. */
static mt_value native_frame_of(mt_vm *vm, uint32_t cont) {
  for (mt_value f = *mt_root(vm, MT_ROOT_FRAME); f != MT_NULL; f = MT_OBJ(vm, mt_frame, f)->back)
    if (mt_frame_is_native(MT_OBJ(vm, mt_frame, f)) && (MT_OBJ(vm, mt_frame, f)->flags & MT_FRAME_CONT_MASK) == cont)
      return f;
  return MT_NULL;
}

/* Paused at every tick, each snapshot loads (nothing the VM makes is
** refused) and runs to the same end as the unpaused run; on the way every
** continuation is seen waiting in a snapshot. */
Test(snapshot, paused_runs_load_and_finish_at_every_tick) {
  static char want[4096], got[4096];
  expected_output(want, sizeof want);
  start_paused_program();
  bool seen[MT_CONT_COUNT] = {false};
  uint32_t ticks = 0;
  while (mt_vm_run(V, 1) == MT_VM_PAUSED) {
    ticks++;
    for (uint32_t k = 0; k < MT_CONT_COUNT; k++) seen[k] |= native_frame_of(V, k) != MT_NULL;
#ifdef MT_GC_STRESS
    if (ticks % 16) continue;
#endif
    snap s = dump(V);
    mt_vm copy;
    mt_verify_error err;
    cr_assert_eq(load_run(s, &copy, &err), 0, "tick %u: %s at %u", ticks, err.what, err.at);
    cr_assert_eq(finish(&copy, got, sizeof got), MT_VM_DONE, "tick %u", ticks);
    cr_assert_str_eq(got, want, "tick %u", ticks);
    mt_heap_close(&copy);
    free(s.data);
  }
  cr_assert_gt(ticks, 50);
  for (uint32_t k = 0; k < MT_CONT_COUNT; k++)
    cr_assert(seen[k], "continuation %u never waited in a paused run", k);
}

/* Run paused_program until a native frame with continuation cont waits in
** the chain, then snapshot it (after the dump's collection V's arena is
** the payload byte for byte, so offsets found in V address it). */
static snap paused_at(uint32_t cont) {
  start_paused_program();
  while (native_frame_of(V, cont) == MT_NULL) cr_assert_eq(mt_vm_run(V, 1), MT_VM_PAUSED);
  return dump(V);
}

/* A copy of s with n bytes at payload offset `at` replaced, resealed. */
static snap forged(snap s, uint32_t at, const void *bytes, size_t n) {
  snap f = {malloc(s.len), s.len};
  memcpy(f.data, s.data, s.len);
  memcpy(payload(f) + at, bytes, n);
  reseal(f);
  return f;
}

static void expect_error(snap s, uint32_t at, const void *bytes, size_t n, const char *why) {
  snap f = forged(s, at, bytes, n);
  mt_vm vm;
  mt_verify_error err;
  cr_assert_eq(load_run(f, &vm, &err), -1, "forged snapshot loaded (expected: %s)", why);
  cr_assert_null(vm.base);
  cr_assert(strstr(err.what, why), "error '%s' does not say '%s'", err.what, why);
  free(f.data);
}

static uint32_t frame_field(mt_value f, size_t field) { return mt_ref_off(f) + (uint32_t)field; }

static uint32_t instr_at(uint32_t code_off, uint32_t pc) {
  return code_off + (uint32_t)offsetof(mt_code, code) + 4 * pc;
}

/* The first instruction with opcode op in any code object of V: its code's
** offset and its pc. */
static bool find_instr(mt_opcode op, uint32_t *code_off, uint32_t *pc) {
  for (uint32_t off = MT_HEAP_FIRST; off < mt_hdr(V)->used; off += mt_obj_at(V, off)->size) {
    if (mt_obj_at(V, off)->type != MT_T_CODE) continue;
    mt_code *c = mt_ptr(V, off);
    for (uint32_t k = 0; k < c->ninstr; k++)
      if (mt_instr_op(c->code[k]) == op) {
        *code_off = off;
        *pc = k;
        return true;
      }
  }
  return false;
}

/* Forged bytecode: each defect the proto verifier finds in protos is found
** in the code objects of a snapshot, with the checksums recomputed. */
Test(snapshot, forged_bytecode_is_refused) {
  snap s = paused_at(MT_CONT_SORT_KEY);
  uint32_t c, pc;
  cr_assert(find_instr(MT_OP_MOVE, &c, &pc));
  mt_code *code = mt_ptr(V, c);
  mt_instr i = code->code[pc];
  mt_instr bad = mt_instr_abc(MT_OP_MOVE, code->nregs, mt_instr_b(i), 0);
  expect_error(s, instr_at(c, pc), &bad, 4, "out of range");
  bad = mt_instr_abc(MT_OP_MOVE, mt_instr_a(i), mt_instr_a(i), 7); /* an unused operand set */
  expect_error(s, instr_at(c, pc), &bad, 4, "unused operand");
  bad = mt_instr_sj_(MT_OP_JMP, (int32_t)(code->ninstr - pc + 3));
  expect_error(s, instr_at(c, pc), &bad, 4, "jump out of the code");
  bad = mt_instr_abc(MT_OP_EXTRAARG, 0, 0, 0);
  expect_error(s, instr_at(c, pc), &bad, 4, "EXTRAARG where none is taken");
  bad = 0xEE;
  expect_error(s, instr_at(c, pc), &bad, 4, "unknown opcode");
  cr_assert(find_instr(MT_OP_LOADK, &c, &pc));
  code = mt_ptr(V, c);
  bad = mt_instr_abx(MT_OP_LOADK, mt_instr_a(code->code[pc]), code->nk);
  expect_error(s, instr_at(c, pc), &bad, 4, "index");
  cr_assert(find_instr(MT_OP_RETURN, &c, &pc));
  code = mt_ptr(V, c);
  bad = mt_instr_abc(MT_OP_LOADNONE, 0, 0, 0);
  expect_error(s, instr_at(c, code->ninstr - 1), &bad, 4, "run past its end");
  uint16_t nregs = 0;
  expect_error(s, c + (uint32_t)offsetof(mt_code, nregs), &nregs, 2, "");
  uint16_t nk = 0xFFFF;
  expect_error(s, c + (uint32_t)offsetof(mt_code, nk), &nk, 2, "fewer constants");
  free(s.data);
}

/* Forged frames: a pc nowhere the VM resumes, a caller not after a call, a
** native frame's continuation or state out of range. */
Test(snapshot, forged_frames_are_refused) {
  snap s = paused_at(MT_CONT_SORT_KEY);
  mt_value top = *mt_root(V, MT_ROOT_FRAME), sort = native_frame_of(V, MT_CONT_SORT_KEY);
  mt_value bottom = top;
  while (MT_OBJ(V, mt_frame, bottom)->back != MT_NULL) bottom = MT_OBJ(V, mt_frame, bottom)->back;
  mt_frame *t = MT_OBJ(V, mt_frame, top);
  cr_assert(!mt_frame_is_native(t));
  uint32_t pc = MT_OBJ(V, mt_code, t->code)->ninstr + 7;
  expect_error(s, frame_field(top, offsetof(mt_frame, pc)), &pc, 4, "frame pc outside its code");
  pc = 0;
  expect_error(s, frame_field(bottom, offsetof(mt_frame, pc)), &pc, 4, "is not after a call");
  uint32_t flags = MT_FRAME_NATIVE | MT_CONT_COUNT;
  expect_error(s, frame_field(sort, offsetof(mt_frame, flags)), &flags, 4, "bad continuation");
  flags = MT_FRAME_NATIVE | MT_CONT_GEN_SEND;
  expect_error(s, frame_field(sort, offsetof(mt_frame, flags)), &flags, 4, "bad generator send() state");
  flags = MT_FRAME_DONE;
  expect_error(s, frame_field(bottom, offsetof(mt_frame, flags)), &flags, 4, "generator flags on a plain frame");
  /* the sort's state: the length it started with, then its keys list */
  mt_value len = mt_small(1000);
  uint32_t slots = frame_field(sort, offsetof(mt_frame, regs)) + 8 * MT_FRAME_STATE;
  expect_error(s, slots + 8 * 1, &len, 8, "sort state counts disagree");
  mt_value none = MT_NONE;
  expect_error(s, slots + 8 * 3, &none, 8, "bad sort state");
  uint32_t nregs = MT_FRAME_STATE + 2;
  expect_error(s, frame_field(sort, offsetof(mt_frame, nregs)), &nregs, 4, "");
  mt_value kind = mt_small(MT_PENDING_VALUE);
  expect_error(s, frame_field(sort, offsetof(mt_frame, regs)) + 8 * MT_FRAME_PENDING_KIND, &kind, 8,
               "waiting native frame has a result");
  kind = mt_small(9);
  expect_error(s, frame_field(sort, offsetof(mt_frame, regs)) + 8 * MT_FRAME_PENDING_KIND, &kind, 8,
               "bad pending result kind");
  free(s.data);
}

/* ---- forged register values ----
** The verifier checks operands, not the types of register values: a
** register the compiler only fills with a list, a cell, a str or an
** exception may hold anything in a forged snapshot. Each program below
** calls hook() right before an instruction relying on such a register;
** paused on entry to hook, the caller's register is forged, and the load
** is refused or the resumed run ends with SystemError (vm.c's register
** guards), never a crash. */

/* Start src in V, run it until hook's frame is on top and snapshot it;
** *caller := hook's caller (found after the dump's collection). */
static snap paused_in_hook(const char *src, mt_value *caller) {
  mt_vm_init(V);
  mt_syntax_error serr;
  const void *main;
  void *unit = mt_pview_compile(src, strlen(src), "<forged>", &serr, &main);
  cr_assert(unit, "%s", serr.msg);
  mt_value code = mt_codeobj_new(V, main, str("<forged>"));
  mt_pview_free(unit);
  cr_assert_neq(code, MT_EXC);
  cr_assert_eq(mt_vm_start(V, code), 0);
  for (;;) {
    cr_assert_eq(mt_vm_run(V, 1), MT_VM_PAUSED, "hook never called");
    mt_frame *t = MT_OBJ(V, mt_frame, *mt_root(V, MT_ROOT_FRAME));
    if (mt_frame_is_native(t)) continue;
    mt_strview name = mt_str_obj_view(V, MT_OBJ(V, mt_code, t->code)->name);
    if (name.len == 4 && memcmp(name.p, "hook", 4) == 0) break;
  }
  snap s = dump(V);
  *caller = MT_OBJ(V, mt_frame, *mt_root(V, MT_ROOT_FRAME))->back;
  return s;
}

/* A register of frame f's code named by operand `operand` (0 A, 1 B) of
** the first instruction op at or after `from`. */
static uint32_t register_of(mt_value f, mt_opcode op, uint32_t from, int operand) {
  mt_code *c = MT_OBJ(V, mt_code, MT_OBJ(V, mt_frame, f)->code);
  for (uint32_t k = from; k < c->ninstr; k++)
    if (mt_instr_op(c->code[k]) == op) return operand ? mt_instr_b(c->code[k]) : mt_instr_a(c->code[k]);
  cr_assert_fail("no %s in the caller's code", mt_op_names[op]);
  return 0;
}

/* Forge register reg of frame f (in snapshot s of V) to value v: the
** load is refused or the run ends with SystemError naming bad bytecode. */
static void expect_register_refused(snap s, mt_value f, uint32_t reg, mt_value v) {
  snap forgery = forged(s, frame_field(f, offsetof(mt_frame, regs)) + 8 * reg, &v, 8);
  mt_vm vm;
  mt_verify_error err;
  if (load_run(forgery, &vm, &err) == 0) {
    cr_assert_eq(finish(&vm, NULL, 0), MT_VM_ERROR, "forged R[%u] ran to its end", reg);
    mt_value e = mt_exc_pending(&vm);
    cr_assert(mt_is_ref_type(e, MT_T_SYSTEM_ERROR), "forged R[%u]: not a SystemError", reg);
    mt_value msg = mt_repr_str(&vm, e);
    cr_assert_neq(msg, MT_EXC);
    mt_strview m = mt_str_obj_view(&vm, msg);
    char text[256];
    snprintf(text, sizeof text, "%.*s", (int)m.len, m.p);
    cr_assert(strstr(text, "bad bytecode"), "forged R[%u]: %s", reg, text);
    mt_heap_close(&vm);
  }
  free(forgery.data);
}

/* Paused in hook called by src, forge the register operand `operand` of
** the caller's next op (at or after its pc; from pc 0 when anywhere) to
** each of the n values. */
static void forge_next(const char *src, mt_opcode op, int operand, bool anywhere, const mt_value *values, int n) {
  mt_value caller;
  snap s = paused_in_hook(src, &caller);
  uint32_t reg = register_of(caller, op, anywhere ? 0 : MT_OBJ(V, mt_frame, caller)->pc, operand);
  for (int k = 0; k < n; k++) expect_register_refused(s, caller, reg, values[k]);
  free(s.data);
  mt_heap_close(V);
  open_vm();
}

#define HOOK "def hook(x):\n    return x\n"

Test(snapshot, forged_accumulators_give_system_error) {
  const mt_value junk[] = {mt_float(1.5), mt_small(7), mt_name(MT_N_empty), MT_NONE};
  forge_next(HOOK "print([hook(x) for x in range(3)])\n", MT_OP_LISTAPPEND, 0, false, junk, 4);
  forge_next(HOOK "print({hook(x) for x in range(3)})\n", MT_OP_SETADD, 0, false, junk, 4);
  forge_next(HOOK "print({x: hook(x) for x in range(3)})\n", MT_OP_DICTSET, 0, false, junk, 4);
  forge_next(HOOK "print([1, *hook([2])])\n", MT_OP_LISTEXTEND, 0, false, junk, 4);
}

Test(snapshot, forged_cells_give_system_error) {
  const mt_value junk[] = {mt_small(7), mt_float(0.5), MT_NONE};
  forge_next(HOOK "def outer():\n    c = 0\n    def inner():\n        return c\n    c = hook(1)\n    return inner()\n"
                  "print(outer())\n",
             MT_OP_SETCELL, 0, false, junk, 3);
  forge_next(HOOK "def outer(c):\n    hook(0)\n    def inner():\n        return c\n    return inner()\nprint(outer(1))\n",
             MT_OP_MAKECELL, 0, true, junk, 3);
  forge_next(HOOK "def outer(c):\n    def inner():\n        return hook(0) + c\n    return inner()\nprint(outer(1))\n",
             MT_OP_GETCELL, 1, false, junk, 3);
}

Test(snapshot, forged_string_parts_give_system_error) {
  const mt_value junk[] = {mt_small(7), mt_float(0.5), MT_NONE};
  forge_next(HOOK "x = 5\nprint(f'a{x}b{hook(1)}c')\n", MT_OP_BUILDSTRING, 1, false, junk, 3);
}

Test(snapshot, forged_exceptions_give_system_error) {
  const mt_value junk[] = {mt_small(7), mt_float(0.5), mt_name(MT_N_empty)};
  forge_next(HOOK "try:\n    try:\n        raise ValueError(1)\n    finally:\n        hook(0)\nexcept ValueError:\n"
                  "    print('caught')\n",
             MT_OP_RERAISE, 0, false, junk, 3);
  forge_next(HOOK "try:\n    raise ValueError(1)\nexcept hook(ValueError):\n    print('caught')\n", MT_OP_IFEXCMATCH, 0,
             false, junk, 3);
  forge_next(HOOK "try:\n    raise ValueError(1)\nexcept ValueError:\n    hook(0)\nprint('after')\n", MT_OP_POPEXC, 0,
             false, junk, 3);
}

/* A bound native method's self, forged to another type: the method is not
** called on it. */
Test(snapshot, forged_method_self_gives_system_error) {
  mt_value caller;
  snap s = paused_in_hook(HOOK "s = 'a,b'\nprint(s.split(hook(',')))\n", &caller);
  uint32_t reg = register_of(caller, MT_OP_CALLMETHOD, MT_OBJ(V, mt_frame, caller)->pc, 0) + 1;
  expect_register_refused(s, caller, reg, mt_small(7));
  expect_register_refused(s, caller, reg, mt_float(0.5));
  free(s.data);
}

/* Inline caches are emptied on load: a forged one (a method cache naming
** any native for any type) is never used. */
Test(snapshot, inline_caches_are_emptied_on_load) {
  static char want[4096], got[4096];
  expected_output(want, sizeof want);
  snap s = paused_at(MT_CONT_MINMAX_KEY);
  mt_value top = *mt_root(V, MT_ROOT_FRAME);
  while (MT_OBJ(V, mt_frame, top)->back != MT_NULL) top = MT_OBJ(V, mt_frame, top)->back;
  mt_code *c = MT_OBJ(V, mt_code, MT_OBJ(V, mt_frame, top)->code);
  mt_bytes *cache = MT_OBJ(V, mt_bytes, c->cache);
  cr_assert_gt(cache->len, 0);
  uint8_t junk[MT_CODEOBJ_CACHE_SLOT * 4];
  memset(junk, 0x03, sizeof junk);
  uint32_t n = cache->len < sizeof junk ? cache->len : (uint32_t)sizeof junk;
  snap f = forged(s, mt_ref_off(c->cache) + (uint32_t)offsetof(mt_bytes, data), junk, n);
  mt_vm vm;
  mt_verify_error err;
  cr_assert_eq(load_run(f, &vm, &err), 0, "%s", err.what);
  for (uint32_t off = MT_HEAP_FIRST; off < mt_hdr(&vm)->used; off += mt_obj_at(&vm, off)->size) {
    if (mt_obj_at(&vm, off)->type != MT_T_CODE) continue;
    mt_bytes *b = MT_OBJ(&vm, mt_bytes, ((mt_code *)mt_ptr(&vm, off))->cache);
    for (uint32_t k = 0; k < b->len; k++) cr_assert_eq(b->data[k], 0, "cache byte %u of code %u", k, off);
  }
  cr_assert_eq(finish(&vm, got, sizeof got), MT_VM_DONE);
  cr_assert_str_eq(got, want);
  mt_heap_close(&vm);
  free(f.data);
  free(s.data);
}

static uint64_t next_random(uint64_t *x) {
  *x ^= *x << 13;
  *x ^= *x >> 7;
  *x ^= *x << 17;
  return *x;
}

/* Where forgeries hurt most: the frames and code objects (with their
** tables) of V, as payload ranges. */
typedef struct range {
  uint32_t at, size;
} range;

static uint32_t vital_ranges(range *out, uint32_t cap) {
  uint32_t n = 0;
  for (uint32_t off = MT_HEAP_FIRST; off < mt_hdr(V)->used && n < cap; off += mt_obj_at(V, off)->size) {
    uint32_t t = mt_obj_at(V, off)->type;
    if (t == MT_T_FRAME || t == MT_T_CODE || t == MT_T_GENERATOR || t == MT_T_BYTES)
      out[n++] = (range){off, mt_obj_at(V, off)->size};
  }
  return n;
}

/* Random forgeries of paused runs (a few bytes changed, mostly in frames,
** code objects and their tables, checksums recomputed): each is refused,
** or it resumes, runs (to its end, an exception or a bound on ticks)
** without a crash and leaves a heap that verifies. */
Test(snapshot, random_forgeries_of_paused_runs_never_crash, .timeout = 600) {
  static const uint32_t conts[] = {MT_CONT_SORT_KEY, MT_CONT_COLLECT, MT_CONT_GEN_CLOSE, MT_CONT_REDO};
  uint32_t trials = SAFEPOINT_LOOPS(1500), accepted = 0, refused = 0;
  uint64_t seed = 0x9E3779B97F4A7C15u;
  static range ranges[4096];
  for (size_t k = 0; k < MT_ARRAY_LEN(conts); k++) {
    snap s = paused_at(conts[k]);
    uint32_t nranges = vital_ranges(ranges, MT_ARRAY_LEN(ranges));
    uint64_t used = header(s)->arena_used;
    for (uint32_t trial = 0; trial < trials; trial++) {
      snap f = {malloc(s.len), s.len};
      memcpy(f.data, s.data, s.len);
      uint32_t nbytes = 1 + (uint32_t)(next_random(&seed) % 3);
      for (uint32_t b = 0; b < nbytes; b++) {
        uint64_t r = next_random(&seed);
        range g = ranges[(r >> 8) % nranges];
        uint32_t at = (r & 3) ? g.at + (uint32_t)((r >> 32) % g.size) : (uint32_t)((r >> 32) % used);
        payload(f)[at] ^= (uint8_t)(1 + (r >> 16) % 255);
      }
      reseal(f);
      mt_vm vm;
      mt_verify_error err;
      if (load_run(f, &vm, &err) == 0) {
        accepted++;
        finish(&vm, NULL, 0);
        mt_exc_clear(&vm);
        cr_assert_eq(mt_verify_heap(&vm, &err), 0, "after a forged run: %s", err.what);
        mt_heap_close(&vm);
      } else {
        refused++;
      }
      free(f.data);
    }
    free(s.data);
    mt_heap_close(V);
    open_vm();
  }
  cr_assert_gt(refused, 0);
  cr_assert_gt(accepted, 0);
}
