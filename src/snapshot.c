/*
** snapshot.c: dumping and loading interpreters (see snapshot.h).
*/
#include "snapshot.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define XXH_STATIC_LINKING_ONLY /* XXH3_state_t on the stack, no malloc */
#include <xxhash.h>

#include "gc.h"
#include "native.h"
#include "opcodes.h"

/*
** {==================================================================
** The build fingerprint
** ===================================================================
*/

/* The declarations a snapshot depends on, as text: every kind list the
** heap's bytes encode (layouts, type ids and their layouts, constants,
** roots, opcodes with their formats). Any change to one changes the
** fingerprint. Rows are stringized whole, so the macros keep working when
** a list gains columns. */
#define ROW(...) #__VA_ARGS__,
#define OPCODE_ROW(name, fmt, ...) #name " " #fmt,
static const char *const declarations[] = {
    "layouts",   MT_LAYOUTS(ROW)
    "types",     MT_TYPES(ROW)
    "constants", MT_CONSTS(ROW)
    "roots",     MT_ROOTS(ROW)
    "opcodes",   MT_OPCODES(OPCODE_ROW)
};
#undef ROW
#undef OPCODE_ROW

/* Numbers the layouts depend on: the header, sizes of fixed records and
** the value tags. */
static void hash_constants(XXH3_state_t *st) {
  const uint64_t constants[] = {
      MT_HEAP_VERSION,     sizeof(mt_heap),  MT_HEAP_FIRST,    sizeof(mt_obj),
      sizeof(mt_value),    sizeof(mt_instr), sizeof(mt_dentry), sizeof(mt_sentry),
      MT_STR_INDEX_STRIDE, MT_CODE_NVALUES,  MT_FRAME_NVALUES, MT_HI_INT,
      MT_HI_REF,           MT_HI_CONST,      MT_HI_NATIVE,     MT_HI_TYPE,
      MT_HI_NAME,          MT_SMALL_MIN,     MT_SMALL_MAX,     MT_NAME_COUNT,
  };
  XXH3_128bits_update(st, constants, sizeof constants);
}

/* Each layout's fixed size and where its value words start, read from
** object.c itself on an empty object of that layout. */
static void hash_layouts(XXH3_state_t *st) {
  uint64_t body[64];
  for (uint32_t l = 0; l < MT_LAYOUT_COUNT; l++) {
    memset(body, 0, sizeof body);
    mt_obj *o = (mt_obj *)body;
    uint32_t size = mt_obj_min_size((mt_layout)l);
    mt_assert(size <= sizeof body);
    o->size = size;
    for (uint32_t t = 0; t < MT_TYPE_COUNT; t++)
      if (mt_type_layout(t) == l) o->type = (uint8_t)t;
    mt_span s = mt_obj_span(o);
    uint32_t row[5] = {size, s.at, s.count, s.stride, s.width};
    XXH3_128bits_update(st, row, sizeof row);
  }
}

/* Name tables are hashed as length-prefixed texts. */
static void hash_names(XXH3_state_t *st, const char *const *names, uint32_t n) {
  XXH3_128bits_update(st, &n, sizeof n);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t len = names ? (uint32_t)strlen(names[i]) : 0;
    XXH3_128bits_update(st, &len, sizeof len);
    if (len) XXH3_128bits_update(st, names[i], len);
  }
}

static void compute_fingerprint(const char *const *natives, uint32_t nnatives, uint8_t out[16]) {
  XXH3_state_t st;
  XXH3_INITSTATE(&st);
  XXH3_128bits_reset(&st);
  hash_names(&st, declarations, MT_ARRAY_LEN(declarations));
  hash_constants(&st);
  hash_layouts(&st);
  hash_names(&st, mt_name_text, MT_NAME_COUNT);
  hash_names(&st, natives, nnatives);
  XXH128_canonicalFromHash((XXH128_canonical_t *)out, XXH3_128bits_digest(&st));
}

/* The fingerprint with the VM's own natives is a constant of the build,
** but hashing its ~1500 texts takes tens of microseconds, more than
** loading a small snapshot. So it is computed once per process, on first
** use, and never written again (pthread_once makes that thread-safe). */
static uint8_t vm_fingerprint[16];
static pthread_once_t vm_fingerprint_once = PTHREAD_ONCE_INIT;

static void init_vm_fingerprint(void) {
  compute_fingerprint(mt_native_names, MT_NATIVE_COUNT, vm_fingerprint);
}

void mt_snap_fingerprint(const mt_vm *vm, uint8_t out[16]) {
  if (vm->native_names == mt_native_names && vm->native_count == MT_NATIVE_COUNT) {
    pthread_once(&vm_fingerprint_once, init_vm_fingerprint);
    memcpy(out, vm_fingerprint, 16);
    return;
  }
  compute_fingerprint(vm->native_names, vm->native_count, out);
}

/* }================================================================== */

static uint64_t header_hash(const mt_snap_header *h) {
  return XXH3_64bits(h, offsetof(mt_snap_header, header_hash));
}

/* The header fields fixed by the platform and the build. */
static void fill_build_fields(const mt_vm *vm, mt_snap_header *s) {
  memcpy(s->magic, MT_SNAP_MAGIC, 8);
  s->version = MT_SNAP_VERSION;
  s->header_size = sizeof(mt_snap_header);
  mt_snap_fingerprint(vm, s->fingerprint);
  s->endian = MT_SNAP_ENDIAN;
  s->sizes[0] = sizeof(mt_value);
  s->sizes[1] = sizeof(mt_obj);
  s->sizes[2] = sizeof(mt_instr);
  s->sizes[3] = MT_ROOT_COUNT;
  s->float_check = MT_SNAP_FLOAT;
}

/* Copy an arena image in cache-sized chunks, hashing each chunk where it
** landed: one pass over the source instead of two (dump and load). On
** load this also means the checksum covers exactly the bytes the
** interpreter will use, even if the caller's buffer changes meanwhile. */
static uint64_t copy_hashed(uint8_t *to, const uint8_t *from, uint64_t n) {
  enum { CHUNK = 64 << 10 };
  XXH3_state_t st;
  XXH3_INITSTATE(&st);
  XXH3_64bits_reset(&st);
  for (uint64_t done = 0; done < n; done += CHUNK) {
    uint64_t k = n - done < CHUNK ? n - done : CHUNK;
    memcpy(to + done, from + done, k);
    XXH3_64bits_update(&st, to + done, k);
  }
  return XXH3_64bits_digest(&st);
}

int mt_snap_prepare(mt_vm *vm, uint64_t *size) {
  if (mt_gc_collect(vm)) return -1;
  *size = sizeof(mt_snap_header) + mt_hdr(vm)->used;
  return 0;
}

uint64_t mt_snap_write(mt_vm *vm, void *out, uint64_t cap) {
  mt_heap *h = mt_hdr(vm);
  uint64_t size = sizeof(mt_snap_header) + h->used;
  if (cap < size) return 0;
  mt_snap_header s;
  memset(&s, 0, sizeof s);
  fill_build_fields(vm, &s);
  s.seed = h->seed;
  s.arena_used = h->used;
  s.arena_len = h->max_memory;
  memcpy(s.roots, h->roots, sizeof s.roots);
  s.payload_hash = copy_hashed((uint8_t *)out + sizeof s, vm->base, h->used);
  s.header_hash = header_hash(&s);
  memcpy(out, &s, sizeof s);
  return size;
}

/*
** {==================================================================
** Loading
** ===================================================================
*/

__attribute__((format(printf, 2, 3))) static int fail(mt_verify_error *err, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  err->at = 0;
  vsnprintf(err->what, sizeof err->what, fmt, ap);
  va_end(ap);
  return -1;
}

/* Everything about the header that needs no payload byte: identity,
** integrity, the platform and build, sizes. */
static int check_header(const mt_vm *vm, const mt_snap_header *s, size_t len, mt_verify_error *err) {
  if (memcmp(s->magic, MT_SNAP_MAGIC, 8)) return fail(err, "not a snapshot (bad magic)");
  if (s->version != MT_SNAP_VERSION) return fail(err, "unsupported snapshot version %u", s->version);
  if (s->header_size != sizeof *s) return fail(err, "bad snapshot header size %u", s->header_size);
  if (s->header_hash != header_hash(s)) return fail(err, "snapshot header checksum mismatch");
  mt_snap_header want;
  fill_build_fields(vm, &want);
  if (s->endian != want.endian || memcmp(s->sizes, want.sizes, sizeof want.sizes) ||
      memcmp(&s->float_check, &want.float_check, sizeof want.float_check))
    return fail(err, "snapshot made on a different platform");
  if (memcmp(s->fingerprint, want.fingerprint, sizeof want.fingerprint))
    return fail(err, "snapshot made by a different build");
  if (s->arena_used < MT_HEAP_FIRST || s->arena_used % 8 || s->arena_used > MT_ARENA_MAX)
    return fail(err, "bad snapshot arena size %llu", (unsigned long long)s->arena_used);
  if (s->arena_len > MT_ARENA_MAX || s->arena_len < s->arena_used + mt_heap_workspace(s->arena_used))
    return fail(err, "bad snapshot memory limit %llu", (unsigned long long)s->arena_len);
  if (len - sizeof *s < s->arena_used) return fail(err, "snapshot truncated");
  if (len - sizeof *s > s->arena_used) return fail(err, "bytes after the snapshot");
  return 0;
}

/* The arena's own header must say what the snapshot header says. */
static int check_agreement(const mt_snap_header *s, const uint8_t *payload, mt_verify_error *err) {
  mt_heap h;
  memcpy(&h, payload, sizeof h);
  if (h.seed != s->seed || h.used != s->arena_used || memcmp(h.roots, s->roots, sizeof h.roots))
    return fail(err, "snapshot header and arena disagree");
  return 0;
}

int mt_snap_load(mt_vm *vm, mt_arena_pool *pool, const void *data, size_t len,
                 const mt_limits *limits, mt_verify_error *err) {
  mt_snap_header s;
  vm->base = NULL;
  if (len < sizeof s) return fail(err, "snapshot truncated (%zu bytes)", len);
  memcpy(&s, data, sizeof s);
  if (check_header(vm, &s, len, err)) return -1;
  const uint8_t *payload = (const uint8_t *)data + sizeof s;
  if (check_agreement(&s, payload, err)) return -1;
  mt_limits lim = limits ? *limits : (mt_limits){0, 0, 0};
  if (lim.max_memory == 0) lim.max_memory = s.arena_len;
  uint8_t *to = mt_heap_load_begin(vm, pool, s.arena_used, &lim, err);
  if (!to) return -1;
  if (copy_hashed(to, payload, s.arena_used) != s.payload_hash) {
    mt_heap_close(vm);
    return fail(err, "snapshot payload checksum mismatch");
  }
  return mt_heap_load_end(vm, s.arena_used, &lim, err);
}

/* }================================================================== */
