/*
** fuzz_proto_verify.c: the bytecode verifier on untrusted protos. The input
** is a proto tree in proto_codec.h's encoding (seeds: compiled programs,
** written by gen_seeds), so mutations of real code reach the verifier's
** deep checks. The verifier must never crash; it must give the same answer
** with and without a message buffer; and code it accepts must be safe for
** the consumers that trust it: the line table covers every instruction and
** the disassembler reads only what the verifier checked.
*/
#include "fuzz.h"
#include "proto.h"
#include "proto_codec.h"

#define MAX_INPUT (64u << 10)
/* Accepted protos are walked (spans, dump) only when the tree they expand
** to (shared children counted each time) is at most this many instructions:
** the verifier bounds the number of protos it visits, not the size of a
** disassembly of an exponentially shared graph. */
#define MAX_WALK (1u << 16)

/* Instructions in the tree p expands to, stopping past `budget`. */
static uint64_t tree_size(const mt_proto *p, uint64_t budget) {
  uint64_t n = p->ncode + 1;
  for (uint32_t i = 0; i < p->nprotos && n <= budget; i++) n += tree_size(p->protos[i], budget - n);
  return n;
}

/* The line table covers every instruction of an accepted proto. */
static void check_spans(const mt_proto *p) {
  for (uint32_t pc = 0; pc < p->ncode; pc++) {
    mt_span s;
    fuzz_check(mt_proto_span(p, pc, &s) == 0, "accepted proto has no span for pc %u", pc);
  }
  for (uint32_t i = 0; i < p->nprotos; i++) check_spans(p->protos[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_INPUT) return 0;
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 64u << 20);
  const mt_proto *p = fuzz_proto_decode(data, size, &arena);
  if (p) {
    char msg[200] = "";
    int ok = mt_proto_verify(p, msg, sizeof msg) == 0;
    fuzz_check(ok == (mt_proto_verify(p, NULL, 0) == 0), "answer depends on the message buffer");
    fuzz_check(ok || msg[0], "rejected without a message");
    if (ok && tree_size(p, MAX_WALK) <= MAX_WALK) {
      check_spans(p);
      mt_buf out = MT_BUF_INIT;
      fuzz_check(mt_proto_dump(p, &out) == 0, "dump of an accepted proto failed");
      mt_buf_free(&out);
    }
  }
  mt_ast_arena_free(&arena);
  return 0;
}
