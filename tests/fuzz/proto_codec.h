/*
** proto_codec.h: a byte encoding of proto trees, so libFuzzer can mutate
** compiled code (fuzz_proto_verify; gen_seeds writes compiled programs in
** it). Decoding accepts ANY bytes: a missing byte reads as 0, every count
** is capped by the bytes left, and the arrays are allocated exactly as
** large as their counts say (mt_proto_verify's precondition), so ASan
** catches any read the verifier makes past them.
**
**   proto    := u8 nregs nparams nposonly npos nkwonly ndefaults nfree flags
**               v name  v qualname  v firstline
**               v ncode   {u32le instr}
**               v nk      {const}
**               v nnames  {text}
**               v nvars   {v name  u8 reg kind parent_reg flags}
**               v nhandlers {v start  v end  v target  u8 reg}
**               v nlineinfo {u8}
**               v nprotos {child}
**   child    := u8 1 (NULL) | u8 2  v index (the index-th proto decoded so
**               far: sharing and cycles) | any other u8, then a proto
**   const    := u8 kind  u8 base  then by kind: INT zigzag v | FLOAT, IMAG
**               u64le bits | STR, BYTES, BIGINT text | TUPLE v n {const}
**   text     := v n: 0 is a NULL pointer, else n - 1 bytes (NUL appended)
**   v        := unsigned LEB128 (at most 64 bits)
*/
#ifndef MT_FUZZ_PROTO_CODEC_H
#define MT_FUZZ_PROTO_CODEC_H

#include "ast.h"
#include "buf.h"
#include "proto.h"

/* Append p and its nested protos (a tree: shared children are written
** again) to out. Returns 0 or -1 (out of memory). */
int fuzz_proto_encode(const mt_proto *p, mt_buf *out);

/* Decode data[0..len) into protos allocated in arena (which the caller
** frees). Returns the root, or NULL when the arena's limit is reached or
** the input encodes a NULL root. */
mt_proto *fuzz_proto_decode(const uint8_t *data, size_t len, mt_ast_arena *arena);

#endif
