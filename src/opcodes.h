/*
** opcodes.h: the register bytecode — instruction encoding and the one
** declaration of every opcode (an X-macro list expanded into the enum, the
** name table, the operand tables the verifier and the disassembler use, and
** the VM's dispatch table).
**
** Instructions are 32-bit words (Lua 5.4 is the model; architecture-notes
** §2.1). The opcode is the low byte; the rest is one of four formats:
**
**    31          24 23          16 15           8 7            0
**   +--------------+--------------+--------------+--------------+
**   |      C       |      B       |      A       |      op      |  iABC
**   +--------------+--------------+--------------+--------------+
**   |        Bx (unsigned 16)     |      A       |      op      |  iABx
**   +-----------------------------+--------------+--------------+
**   |        sBx (excess-32767)   |      A       |      op      |  iAsBx
**   +-----------------------------+--------------+--------------+
**   |             Ax / sJ (excess-0x7FFFFF)      |      op      |  iAx, isJ
**   +--------------------------------------------+--------------+
**
** A code object (a "proto", proto.h) has registers R, constants K, names N
** (identifiers: interned strs) and nested protos P:
**   R[x]  register x of the current frame (x < the proto's nregs <= 255)
**   K[x]  constant x;  N[x]  name x;  P[x]  nested proto x
** Jump offsets are relative to the instruction after the jump.
**
** EXTRAARG (Ax) follows an instruction in exactly these cases:
**   - a K, N or P operand too large for its field: the field then holds its
**     all-ones value (255 for B/C, 0xFFFF for Bx) and Ax is the index;
**   - CALL and CALLMETHOD with C > 0 keyword arguments: Ax is the K index
**     of the tuple of keyword names;
**   - UNPACKEX, always: Ax is the number of targets after the starred one.
** Operands of kind 'k' (8-bit constant index) never escape: the compiler
** uses the register form of the instruction when the index is too large.
**
** Tests: the instructions flagged T (TEST, TESTSET and the IF* family)
** decide whether the next instruction, always a JMP, runs. "pc++" in their
** semantics means: skip that JMP. IF<op> A B C skips it when the comparison
** differs from C, so the JMP is taken when (R[A] <op> R[B]) == C; the
** comparison's result is tested with bool(). The verifier checks the
** pairing.
**
** An instruction reads all its operands before it writes any register, so a
** destination may be one of its sources (BUILDLIST r2 r2 3, LOADMETHOD r0
** r0 m, YIELD r4 r4); instructions that suspend write A on resumption.
**
** Registers are unbound (hold no value) until first assigned; a function's
** parameters occupy R[0..nparams), its other locals the next registers, the
** cells of its free variables the registers the proto's var table names
** (the VM stores them at entry), temporaries above all of them.
*/
#ifndef MT_OPCODES_H
#define MT_OPCODES_H

#include "common.h"

typedef uint32_t mt_instr;

typedef enum { MT_FMT_ABC, MT_FMT_ABX, MT_FMT_ASBX, MT_FMT_AX, MT_FMT_SJ } mt_op_format;

/* What an operand field holds (the verifier and disassembler are driven by
** these; window-shaped operands such as CALL's are checked per opcode):
**   _  unused (zero)          R  register           I  signed immediate
**   U  unsigned count/flag    K  constant (escapes) k  constant, 8-bit only
**   N  name (escapes)         P  nested proto (escapes)
**   J  jump offset (sBx, sJ)                                               */
typedef enum {
  MT_OPD__, MT_OPD_R, MT_OPD_I, MT_OPD_U, MT_OPD_K, MT_OPD_k, MT_OPD_N, MT_OPD_P, MT_OPD_J
} mt_operand_kind;

/* Opcode flags: T test (a JMP follows), E always an EXTRAARG after it,
** C an EXTRAARG after it when C > 0. */
enum { MT_OPF_0 = 0, MT_OPF_T = 1, MT_OPF_E = 2, MT_OPF_C = 4 };

/* X(name, format, A, B, C, flags, semantics) — for iABx/iAsBx the B column
** describes Bx/sBx; for iAx/isJ the A column describes Ax/sJ. */
#define MT_OPCODES(X)                                                                   \
  /* ---- moves and constants ---- */                                                 \
  X(NOP, ABC, _, _, _, 0, "")                                                         \
  X(MOVE, ABC, R, R, _, 0, "R[A] := R[B]")                                            \
  X(LOADK, ABX, R, K, _, 0, "R[A] := K[Bx]")                                          \
  X(LOADI, ASBX, R, I, _, 0, "R[A] := int(sBx)")                                      \
  X(LOADNONE, ABC, R, _, _, 0, "R[A] := None")                                        \
  X(LOADBOOL, ABC, R, U, U, 0, "R[A] := bool(B); if C then pc++")                     \
  X(LOADBUILTIN, ABX, R, N, _, 0,                                                     \
    "R[A] := builtins[N[Bx]], never a global (AssertionError for assert)")            \
  X(EXTRAARG, AX, U, _, _, 0, "operand extension of the previous instruction")        \
  /* ---- names: locals live in registers; these are the other scopes ---- */         \
  X(GETGLOBAL, ABX, R, N, _, 0, "R[A] := globals[N[Bx]], else builtins[N[Bx]], else NameError") \
  X(GETCALLEE, ABX, R, N, _, 0,                                                       \
    "as GETGLOBAL, for a name about to be called: when it is undefined the host "     \
    "may supply an external function instead of a NameError")                         \
  X(SETGLOBAL, ABX, R, N, _, 0, "globals[N[Bx]] := R[A]")                             \
  X(DELGLOBAL, ABX, _, N, _, 0, "del globals[N[Bx]]; NameError when missing")         \
  X(CHECKLOCAL, ABC, R, _, _, 0,                                                      \
    "UnboundLocalError when R[A] is unbound (the name comes from the var table)")     \
  X(DELLOCAL, ABC, R, _, _, 0, "UnboundLocalError when R[A] is unbound; unbind R[A]") \
  X(MAKECELL, ABC, R, _, _, 0, "R[A] := a new cell holding R[A] (empty when unbound)") \
  X(GETCELL, ABC, R, R, _, 0,                                                         \
    "R[A] := contents of cell R[B]; when empty UnboundLocalError (own cell) or "      \
    "NameError (free variable), naming the var-table entry of R[B]")                  \
  X(SETCELL, ABC, R, R, _, 0, "contents of cell R[A] := R[B]")                        \
  X(DELCELL, ABC, R, _, _, 0, "empty cell R[A]; error as GETCELL when already empty") \
  /* ---- attributes and items ---- */                                                \
  X(GETATTR, ABC, R, R, N, 0, "R[A] := R[B].N[C]")                                    \
  X(SETATTR, ABC, R, N, R, 0, "R[A].N[B] := R[C]")                                    \
  X(DELATTR, ABC, R, N, _, 0, "del R[A].N[B]")                                        \
  X(LOADMETHOD, ABC, R, R, N, 0,                                                      \
    "R[A] := attribute N[C] of R[B] looked up for a call; R[A+1] := R[B] when it "    \
    "is a method to bind (no bound-method object is made), else unbound")            \
  X(GETITEM, ABC, R, R, R, 0, "R[A] := R[B][R[C]]")                                   \
  X(GETITEMK, ABC, R, R, k, 0, "R[A] := R[B][K[C]]")                                  \
  X(SETITEM, ABC, R, R, R, 0, "R[A][R[B]] := R[C]")                                   \
  X(SETITEMK, ABC, R, k, R, 0, "R[A][K[B]] := R[C]")                                  \
  X(DELITEM, ABC, R, R, _, 0, "del R[A][R[B]]")                                       \
  X(BUILDSLICE, ABC, R, R, U, 0,                                                      \
    "R[A] := slice(R[B], R[B+1]) (C = 2) or slice(R[B], R[B+1], R[B+2]) (C = 3)")     \
  /* ---- arithmetic: R[A] := R[B] op R[C] ---- */                                    \
  X(ADD, ABC, R, R, R, 0, "+") X(SUB, ABC, R, R, R, 0, "-")                           \
  X(MUL, ABC, R, R, R, 0, "*") X(TRUEDIV, ABC, R, R, R, 0, "/")                       \
  X(FLOORDIV, ABC, R, R, R, 0, "//") X(MOD, ABC, R, R, R, 0, "%")                     \
  X(POW, ABC, R, R, R, 0, "**") X(MATMUL, ABC, R, R, R, 0, "@")                       \
  X(LSHIFT, ABC, R, R, R, 0, "<<") X(RSHIFT, ABC, R, R, R, 0, ">>")                   \
  X(BITAND, ABC, R, R, R, 0, "&") X(BITOR, ABC, R, R, R, 0, "|")                      \
  X(BITXOR, ABC, R, R, R, 0, "^")                                                     \
  /* ---- the same with a constant right operand: R[A] := R[B] op K[C] ---- */        \
  X(ADDK, ABC, R, R, k, 0, "+") X(SUBK, ABC, R, R, k, 0, "-")                         \
  X(MULK, ABC, R, R, k, 0, "*") X(TRUEDIVK, ABC, R, R, k, 0, "/")                     \
  X(FLOORDIVK, ABC, R, R, k, 0, "//") X(MODK, ABC, R, R, k, 0, "%")                   \
  X(POWK, ABC, R, R, k, 0, "**") X(LSHIFTK, ABC, R, R, k, 0, "<<")                    \
  X(RSHIFTK, ABC, R, R, k, 0, ">>") X(BITANDK, ABC, R, R, k, 0, "&")                  \
  X(BITORK, ABC, R, R, k, 0, "|") X(BITXORK, ABC, R, R, k, 0, "^")                    \
  /* ---- augmented assignment (in-place) forms: R[A] := R[B] op= R[C] ---- */        \
  X(IADD, ABC, R, R, R, 0, "+=") X(ISUB, ABC, R, R, R, 0, "-=")                       \
  X(IMUL, ABC, R, R, R, 0, "*=") X(ITRUEDIV, ABC, R, R, R, 0, "/=")                   \
  X(IFLOORDIV, ABC, R, R, R, 0, "//=") X(IMOD, ABC, R, R, R, 0, "%=")                 \
  X(IPOW, ABC, R, R, R, 0, "**=") X(IMATMUL, ABC, R, R, R, 0, "@=")                   \
  X(ILSHIFT, ABC, R, R, R, 0, "<<=") X(IRSHIFT, ABC, R, R, R, 0, ">>=")               \
  X(IBITAND, ABC, R, R, R, 0, "&=") X(IBITOR, ABC, R, R, R, 0, "|=")                  \
  X(IBITXOR, ABC, R, R, R, 0, "^=")                                                   \
  X(NEG, ABC, R, R, _, 0, "R[A] := -R[B]") X(POS, ABC, R, R, _, 0, "R[A] := +R[B]")   \
  X(INVERT, ABC, R, R, _, 0, "R[A] := ~R[B]")                                         \
  X(NOT, ABC, R, R, _, 0, "R[A] := not R[B]")                                         \
  /* ---- comparisons producing a value: R[A] := R[B] op R[C] ---- */                 \
  X(EQ, ABC, R, R, R, 0, "==") X(NE, ABC, R, R, R, 0, "!=")                           \
  X(LT, ABC, R, R, R, 0, "<") X(LE, ABC, R, R, R, 0, "<=")                            \
  X(GT, ABC, R, R, R, 0, ">") X(GE, ABC, R, R, R, 0, ">=")                            \
  X(IN, ABC, R, R, R, 0, "in") X(NOTIN, ABC, R, R, R, 0, "not in")                    \
  X(IS, ABC, R, R, R, 0, "is") X(ISNOT, ABC, R, R, R, 0, "is not")                    \
  /* ---- comparisons in conditions: if bool(R[A] op R[B]) != C then pc++ ---- */     \
  X(IFEQ, ABC, R, R, U, T, "==") X(IFNE, ABC, R, R, U, T, "!=")                       \
  X(IFLT, ABC, R, R, U, T, "<") X(IFLE, ABC, R, R, U, T, "<=")                        \
  X(IFGT, ABC, R, R, U, T, ">") X(IFGE, ABC, R, R, U, T, ">=")                        \
  X(IFIN, ABC, R, R, U, T, "in") X(IFNOTIN, ABC, R, R, U, T, "not in")                \
  X(IFIS, ABC, R, R, U, T, "is") X(IFISNOT, ABC, R, R, U, T, "is not")                \
  /* ---- the same against a constant: if bool(R[A] op K[B]) != C then pc++ ---- */   \
  X(IFEQK, ABC, R, k, U, T, "==") X(IFNEK, ABC, R, k, U, T, "!=")                     \
  X(IFLTK, ABC, R, k, U, T, "<") X(IFLEK, ABC, R, k, U, T, "<=")                      \
  X(IFGTK, ABC, R, k, U, T, ">") X(IFGEK, ABC, R, k, U, T, ">=")                      \
  X(IFINK, ABC, R, k, U, T, "in") X(IFNOTINK, ABC, R, k, U, T, "not in")              \
  X(IFNONE, ABC, R, U, _, T, "if (R[A] is None) != B then pc++")                      \
  X(IFEXCMATCH, ABC, R, R, U, T,                                                      \
    "if (exception R[A] is an instance of R[B], a class or tuple of classes) != C "   \
    "then pc++; TypeError when R[B] holds a non-exception class")                     \
  /* ---- control flow ---- */                                                        \
  X(JMP, SJ, J, _, _, 0, "pc += sJ")                                                  \
  X(TEST, ABC, R, U, _, T, "if bool(R[A]) != B then pc++")                            \
  X(TESTSET, ABC, R, R, U, T, "if bool(R[B]) == C then R[A] := R[B] else pc++")       \
  X(GETITER, ABC, R, R, _, 0, "R[A] := iter(R[B])")                                   \
  X(FORITER, ASBX, R, J, _, 0,                                                        \
    "R[A+1] := next(R[A]) and pc += sBx; when R[A] is exhausted, go on (no jump)")    \
  X(UNPACK, ABC, R, R, U, 0, "R[A..A+C-1] := the items of R[B], exactly C of them")   \
  X(UNPACKEX, ABC, R, R, U, E,                                                        \
    "starred unpacking of R[B] with n = Ax targets after the star: R[A..A+C-1] := "   \
    "its first C items, R[A+C] := a list of the middle ones, R[A+C+1..A+C+n] := "     \
    "its last n items")                                                               \
  /* ---- calls ---- */                                                               \
  X(CALL, ABC, R, U, U, C,                                                            \
    "R[A] := R[A](R[A+1..A+B], keyword arguments R[A+B+1..A+B+C] named by the "      \
    "tuple K[Ax] when C > 0)")                                                        \
  X(CALLMETHOD, ABC, R, U, U, C,                                                      \
    "after LOADMETHOD: R[A] := R[A](R[A+1] when bound, R[A+2..A+B+1], keyword "       \
    "arguments R[A+B+2..A+B+C+1] named by K[Ax] when C > 0)")                         \
  X(CALLEX, ABC, R, _, _, 0,                                                          \
    "R[A] := R[A](*R[A+1], **R[A+2]): R[A+1] any iterable (TypeError naming the "     \
    "callee when not), R[A+2] a dict built for this call, or None")                   \
  X(RETURN, ABC, R, _, _, 0, "return R[A]")                                           \
  X(RETURNNONE, ABC, _, _, _, 0, "return None")                                       \
  X(MAKEFUNC, ABX, R, P, _, 0,                                                        \
    "R[A] := a function of P[Bx]: its default values from R[A+1..] (positional "     \
    "ones, then keyword-only ones), its free variables' cells from this frame's "     \
    "registers named by its var table (parent_reg)")                                  \
  X(YIELD, ABC, R, R, _, 0,                                                           \
    "suspend, producing R[B]; on resumption R[A] := the value sent (None for next)")  \
  X(YIELDFROM, ABC, R, R, _, 0,                                                       \
    "delegate to iterator R[B] until it is exhausted, forwarding send/throw/close "   \
    "(R[B+1]: the value sent, None at first; gen.h); then R[A] := its return value "  \
    "(the instruction runs again at each resumption)")                                \
  /* ---- displays ---- */                                                            \
  X(BUILDLIST, ABC, R, R, U, 0, "R[A] := [R[B], ..., R[B+C-1]]")                      \
  X(BUILDTUPLE, ABC, R, R, U, 0, "R[A] := (R[B], ..., R[B+C-1])")                     \
  X(BUILDSET, ABC, R, R, U, 0, "R[A] := {R[B], ..., R[B+C-1]}")                       \
  X(BUILDDICT, ABC, R, R, U, 0, "R[A] := {R[B]: R[B+1], ...} (C pairs)")              \
  X(LISTAPPEND, ABC, R, R, _, 0, "R[A].append(R[B])")                                 \
  X(LISTEXTEND, ABC, R, R, _, 0, "R[A].extend(R[B]) (display *: TypeError as CPython)") \
  X(LISTTOTUPLE, ABC, R, R, _, 0, "R[A] := tuple(R[B]) (R[B] a list)")                \
  X(SETADD, ABC, R, R, _, 0, "R[A].add(R[B])")                                        \
  X(SETUPDATE, ABC, R, R, _, 0, "R[A].update(R[B])")                                  \
  X(DICTSET, ABC, R, R, R, 0, "R[A][R[B]] := R[C]")                                   \
  X(DICTUPDATE, ABC, R, R, _, 0, "R[A].update(R[B]) (display **)")                    \
  X(DICTMERGE, ABC, R, R, R, 0,                                                       \
    "R[A].update(R[B]) for a call's **: TypeError naming the callee R[C] on a "       \
    "repeated key or a non-mapping")                                                  \
  X(FORMAT, ABC, R, R, U, 0,                                                          \
    "R[A] := format(conv(R[B]), R[B+1] if C & 4 else ''); conv = C & 3: none, "       \
    "str, repr, ascii")                                                               \
  X(BUILDSTRING, ABC, R, R, U, 0, "R[A] := ''.join(R[B], ..., R[B+C-1])")             \
  /* ---- exceptions (handlers come from the proto's exception table) ---- */        \
  X(RAISE, ABC, U, U, U, 0,                                                           \
    "C = 0: re-raise the handled exception; 1: raise R[A]; 2: raise R[A] from R[B]")  \
  X(RERAISE, ABC, R, _, _, 0, "raise R[A] again, keeping its traceback")              \
  X(PUSHEXC, ABC, R, R, _, 0,                                                         \
    "R[A] := the handled exception (None if none); handled exception := R[B]")        \
  X(POPEXC, ABC, R, _, _, 0, "handled exception := R[A]")                             \
  X(WITHENTER, ABC, R, R, _, 0,                                                       \
    "R[A] := the bound __exit__ of context manager R[B]; R[A+1] := R[B].__enter__()") \
  X(WITHEXIT, ABC, R, R, _, 0, "R[A] := R[B](None, None, None)")                      \
  X(WITHEXITEXC, ABC, R, R, R, 0,                                                     \
    "R[A] := R[B](type(R[C]), R[C], R[C].__traceback__)")                             \
  /* ---- modules ---- */                                                             \
  X(IMPORT, ABX, R, N, _, 0, "R[A] := the builtin module N[Bx], or ModuleNotFoundError") \
  X(IMPORTFROM, ABC, R, R, N, 0, "R[A] := R[B].N[C], or ImportError")                 \
  X(IMPORTSTAR, ABC, R, _, _, 0, "bind every public name of module R[A] in globals")

typedef enum {
#define X(name, fmt, a, b, c, flags, doc) MT_OP_##name,
  MT_OPCODES(X)
#undef X
  MT_OP_COUNT
} mt_opcode;

MT_STATIC_ASSERT(MT_OP_COUNT <= 256, "opcodes must fit the 8-bit op field");

/* ---- field access ---- */
#define MT_MAXARG_A 255u
#define MT_MAXARG_B 255u
#define MT_MAXARG_C 255u
#define MT_MAXARG_BX 0xFFFFu
#define MT_OFFSET_SBX 0x7FFF
#define MT_MAXARG_AX 0xFFFFFFu
#define MT_OFFSET_SJ 0x7FFFFF

static inline mt_opcode mt_instr_op(mt_instr i) { return (mt_opcode)(i & 0xFFu); }
static inline uint32_t mt_instr_a(mt_instr i) { return (i >> 8) & 0xFFu; }
static inline uint32_t mt_instr_b(mt_instr i) { return (i >> 16) & 0xFFu; }
static inline uint32_t mt_instr_c(mt_instr i) { return i >> 24; }
static inline uint32_t mt_instr_bx(mt_instr i) { return i >> 16; }
static inline int32_t mt_instr_sbx(mt_instr i) { return (int32_t)(i >> 16) - MT_OFFSET_SBX; }
static inline uint32_t mt_instr_ax(mt_instr i) { return i >> 8; }
static inline int32_t mt_instr_sj(mt_instr i) { return (int32_t)(i >> 8) - MT_OFFSET_SJ; }

static inline mt_instr mt_instr_abc(mt_opcode op, uint32_t a, uint32_t b, uint32_t c) {
  return (mt_instr)op | a << 8 | b << 16 | c << 24;
}
static inline mt_instr mt_instr_abx(mt_opcode op, uint32_t a, uint32_t bx) {
  return (mt_instr)op | a << 8 | bx << 16;
}
static inline mt_instr mt_instr_asbx(mt_opcode op, uint32_t a, int32_t sbx) {
  return (mt_instr)op | a << 8 | (uint32_t)(sbx + MT_OFFSET_SBX) << 16;
}
static inline mt_instr mt_instr_ax_(mt_opcode op, uint32_t ax) { return (mt_instr)op | ax << 8; }
static inline mt_instr mt_instr_sj_(mt_opcode op, int32_t sj) {
  return (mt_instr)op | (uint32_t)(sj + MT_OFFSET_SJ) << 8;
}

/* Per-opcode tables (opcodes.c). mt_op_operands[op][i] is the
** mt_operand_kind of field A, B (or Bx/sBx) and C. */
MT_INTERNAL const char *const mt_op_names[MT_OP_COUNT];
MT_INTERNAL const uint8_t mt_op_formats[MT_OP_COUNT];
MT_INTERNAL const uint8_t mt_op_operands[MT_OP_COUNT][3];
MT_INTERNAL const uint8_t mt_op_flags[MT_OP_COUNT];

/* Instructions after which control never reaches the next one. Code must
** end with one of them (the verifier's rule), even after dead code. */
static inline bool mt_op_ends_flow(mt_opcode op) {
  return op == MT_OP_RETURN || op == MT_OP_RETURNNONE || op == MT_OP_RAISE || op == MT_OP_RERAISE ||
         op == MT_OP_JMP;
}

#endif
