/*
** proto_verify.h: the bytecode checks shared by the two places code comes
** from: the compiler's host-side protos (proto.h mt_proto_verify) and the
** code objects of a loaded arena (verify.c). Both describe one piece of
** code as an mt_bytecode, in plain C types (proto.h and the object headers
** cannot meet in one translation unit, protoview.h), and the same function
** checks every instruction against the counts:
**
**   - opcodes known; operands in range for their kind (registers < nregs,
**     K/N/P indices, escapes into EXTRAARG); register windows < nregs;
**     jumps inside the code and not into an EXTRAARG; tests followed by
**     JMP; EXTRAARG exactly where one is taken; flow cannot run past the
**     end; cell instructions on registers the var table makes cells;
**   - the var table (registers < nregs, parameters in R[0..nparams), then
**     strictly increasing registers, free variables last);
**   - the exception table (ordered, disjoint ranges inside the code,
**     targets on instructions, registers < nregs);
**   - the line table decodes up to the last instruction.
**
** Work is linear in ninstr + nvars + nhandlers + nlineinfo (var lookups
** bisect). Constants and nested code are the caller's: it answers the two
** questions that depend on them through callbacks.
*/
#ifndef MT_PROTO_VERIFY_H
#define MT_PROTO_VERIFY_H

#include "common.h"

typedef struct mt_bytecode {
  const uint32_t *code;     /* ninstr instructions */
  const uint8_t *lineinfo;  /* nlineinfo bytes (proto.h line table) */
  uint32_t ninstr, nregs, nk, nnames, nprotos, nvars, nhandlers, nlineinfo;
  uint32_t firstline, nparams, nfree;
  const char *name;         /* for messages */
  const void *ctx;          /* passed to the callbacks */
  /* var i: register, kind (LOCAL, CELL, FREE), parent register, flags */
  void (*var)(const void *ctx, uint32_t i, uint8_t out[4]);
  /* exception-table entry i: start, end, target, register */
  void (*handler)(const void *ctx, uint32_t i, uint32_t out[4]);
  /* Is K[k] a tuple of n strs (a call's keyword names)? */
  bool (*kwnames)(const void *ctx, uint32_t k, uint32_t n);
  /* How many default values MAKEFUNC of P[x] reads after its A register
  ** (x < nprotos), or -1 when P[x] is not code. */
  int64_t (*ndefaults)(const void *ctx, uint32_t x);
} mt_bytecode;

/* 0 if the code is well formed, else -1 with "name: pc N: what" in msg
** (msg may be NULL). Never reads outside the arrays the counts describe. */
MT_INTERNAL int mt_proto_verify_code(const mt_bytecode *b, char *msg, size_t msgsize);

/* May a frame of this code be suspended at pc with another frame (a callee,
** a native frame) above it? True when the instruction at pc - 1 is one that
** pushes frames and takes the result back (call.h), so the VM's resume
** logic finds what it expects there. */
MT_INTERNAL bool mt_proto_verify_call_site(const uint32_t *code, uint32_t ninstr, uint32_t pc);

#endif
