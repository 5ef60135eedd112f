/*
** snapshot.h: an interpreter as bytes. A snapshot is a fixed header and
** then the arena of a just-collected heap, bytes [0, used): since all
** state is in the arena and every reference is an offset, that copy IS
** the interpreter, and loading it is a copy back plus verification.
**
** The header (all fields in the writer's byte order, which the loader
** requires to be its own; offsets in bytes, roots for the current
** MT_ROOT_COUNT of 8):
**
**    0          8          12         16                              32
**   +----------+----------+----------+--------------------------------+
**   |  magic   | version  | header   | fingerprint: XXH3-128 of the   |
**   | 89 M T S |          | size     | build's type table, object     |
**   | \r\n1A\n |          |          | layouts, names, opcodes and    |
**   |          |          |          | natives (snapshot.c)           |
**   +----------+----------+----------+--------------------------------+
**   32         36         40         48         56         64         72
**   +----------+----------+----------+----------+----------+----------+
**   | endian   | sizes:   | 370.5    | hash     | arena    | arena    |
**   | check    | value,   | (float   | seed     | used     | len      |
**   | 01020304 | header,  | check)   |          | (payload | (memory  |
**   |          | instr,   |          |          |  bytes)  |  limit)  |
**   |          | root cnt |          |          |          |          |
**   +----------+----------+----------+----------+----------+----------+
**   72                                136        144        152
**   +-----------------------------------+----------+----------+
**   | roots[MT_ROOT_COUNT]: the heap's   | payload  | header   |
**   | root value words                   | XXH3-64  | XXH3-64  |
**   |                                    |          | of 0..144|
**   +-----------------------------------+----------+----------+
**   152 (header size)
**   +---------------------------------------------------------- - -
**   | payload: arena bytes [0, arena used), its own header first
**   +---------------------------------------------------------- - -
**
** The magic's first byte is not ASCII and CR LF ^Z LF catch text-mode
** mangling (PNG's and Lua's trick). The checksums detect corruption, not
** tampering: a loader treats every snapshot as hostile and verifies the
** whole heap (verify.h) before the interpreter can run, so forged bytes
** with recomputed checksums give an error, never a crash.
*/
#ifndef MT_SNAPSHOT_H
#define MT_SNAPSHOT_H

#include "heap.h"
#include "verify.h"

#define MT_SNAP_MAGIC "\x89MTS\r\n\x1a\n"
#define MT_SNAP_VERSION 1u
#define MT_SNAP_ENDIAN UINT32_C(0x01020304)
#define MT_SNAP_FLOAT 370.5

typedef struct mt_snap_header {
  uint8_t magic[8];
  uint32_t version;
  uint32_t header_size;
  uint8_t fingerprint[16];
  uint32_t endian;
  uint8_t sizes[4];  /* value word, object header, instruction, roots */
  double float_check;
  uint64_t seed;
  uint64_t arena_used;
  uint64_t arena_len;
  mt_value roots[MT_ROOT_COUNT];
  uint64_t payload_hash;
  uint64_t header_hash;
} mt_snap_header;

MT_STATIC_ASSERT(sizeof(mt_snap_header) == 88 + 8 * MT_ROOT_COUNT, "snapshot header has no padding");
MT_STATIC_ASSERT(sizeof(mt_snap_header) % 8 == 0, "payload is 8-aligned");

/* The fingerprint of this build (with the natives vm registered). */
MT_INTERNAL void mt_snap_fingerprint(const mt_vm *vm, uint8_t out[16]);

/* Collect (compacting the heap) and give the exact size of the snapshot
** mt_snap_write will produce, if nothing is allocated in between. Values
** in C locals are stale afterwards, as after any collection. Returns 0, or
** -1 if the collection could not run (no memory for its workspace). */
MT_INTERNAL int mt_snap_prepare(mt_vm *vm, uint64_t *size);
/* Write the snapshot of vm into out[0..cap). Returns the bytes written, or
** 0 if cap is too small. */
MT_INTERNAL uint64_t mt_snap_write(mt_vm *vm, void *out, uint64_t cap);

/* Load a snapshot into vm (zeroed, or with only the VM's natives set, as
** for mt_heap_open), taking an arena from pool (may be NULL). Everything
** is checked: header fields, both checksums, then every object of the
** heap. limits->max_memory 0 keeps the memory limit the snapshot was made
** with. Returns 0 with a usable interpreter, or -1 with *err saying what
** is wrong (and vm holding nothing). */
MT_INTERNAL int mt_snap_load(mt_vm *vm, mt_arena_pool *pool, const void *data, size_t len,
                             const mt_limits *limits, mt_verify_error *err);

#endif
