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
/* Graphs are verified only when the tree they expand to (shared children
** counted at each use) has at most MAX_VERIFY instructions: the verifier's
** own bound on exponentially shared graphs (the work of the largest
** possible compiled unit, tested in test_proto_verify.c) means seconds per
** input under the sanitizers. Accepted protos are walked (spans, dump) up
** to MAX_WALK instructions. */
#define MAX_VERIFY (1u << 16)
#define MAX_WALK (1u << 14)
/* Deeper than the verifier ever descends. */
#define MAX_NEST 1102u

/* Instructions in the tree p expands to, stopping past `budget`. */
static uint64_t tree_size(const mt_proto *p, uint64_t budget, uint32_t depth) {
  if (!p || depth > MAX_NEST) return 1;
  uint64_t n = (uint64_t)p->ncode + 1;
  for (uint32_t i = 0; i < p->nprotos && n <= budget; i++)
    n += tree_size(p->protos[i], budget - n, depth + 1);
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
  uint64_t expanded = p ? tree_size(p, MAX_VERIFY, 0) : 0;
  if (p && expanded <= MAX_VERIFY) {
    char msg[200] = "";
    int ok = mt_proto_verify(p, msg, sizeof msg) == 0;
    fuzz_check(ok == (mt_proto_verify(p, NULL, 0) == 0), "answer depends on the message buffer");
    fuzz_check(ok || msg[0], "rejected without a message");
    if (ok && expanded <= MAX_WALK) {
      check_spans(p);
      mt_buf out = MT_BUF_INIT;
      fuzz_check(mt_proto_dump(p, &out) == 0, "dump of an accepted proto failed");
      mt_buf_free(&out);
    }
  }
  mt_ast_arena_free(&arena);
  return 0;
}
