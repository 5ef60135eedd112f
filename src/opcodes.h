/*
** opcodes.h: the register bytecode — instruction encoding and the one
** declaration of every opcode (an X-macro list expanded into the enum, the
** name table, the format table and the VM's dispatch table).
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
** R[x] is register x of the current frame (x < the code's nregs <= 255),
** K[x] constant x of the code object, N[x] = K[x] used as a name (a str).
** Jump offsets are relative to the instruction after the jump. An operand
** too large for its field is carried by a following EXTRAARG (Ax).
**
** Comparison and truth tests are followed by a JMP (Lua's "test then jump"):
** TEST skips the next instruction when the condition does not hold, so
** the JMP runs only when it does. The verifier checks that pairing.
*/
#ifndef MT_OPCODES_H
#define MT_OPCODES_H

#include "common.h"

typedef uint32_t mt_instr;

typedef enum { MT_FMT_ABC, MT_FMT_ABX, MT_FMT_ASBX, MT_FMT_AX, MT_FMT_SJ } mt_op_format;

/* X(name, format, summary) */
#define MT_OPCODES(X)                                                                    \
  /* ---- moves and constants ---- */                                                  \
  X(NOP, ABC, "")                                                                      \
  X(MOVE, ABC, "R[A] := R[B]")                                                         \
  X(LOADK, ABX, "R[A] := K[Bx]")                                                       \
  X(LOADI, ASBX, "R[A] := int(sBx)")                                                   \
  X(LOADNONE, ABC, "R[A] := None")                                                     \
  X(LOADBOOL, ABC, "R[A] := bool(B)")                                                  \
  X(LOADBUILTIN, ABX, "R[A] := builtin #Bx (unshadowable, e.g. AssertionError)")       \
  X(EXTRAARG, AX, "operand extension for the previous instruction")                    \
  /* ---- names: locals are registers; these are the other scopes ---- */              \
  X(GETGLOBAL, ABX, "R[A] := globals[N[Bx]] or builtins[N[Bx]] or NameError")          \
  X(SETGLOBAL, ABX, "globals[N[Bx]] := R[A]")                                          \
  X(DELGLOBAL, ABX, "del globals[N[Bx]]")                                              \
  X(CHECKLOCAL, ABX, "UnboundLocalError for N[Bx] if R[A] is unbound")                 \
  X(DELLOCAL, ABX, "NameError/UnboundLocalError for N[Bx] if R[A] unbound; unbind R[A]") \
  X(MAKECELL, ABC, "R[A] := new cell holding R[A] (possibly unbound)")                 \
  X(GETCELL, ABC, "R[A] := R[B].contents, or NameError naming N[C] when unbound")     \
  X(SETCELL, ABC, "R[A].contents := R[B]")                                             \
  X(DELCELL, ABC, "unbind R[A].contents; NameError naming N[C] when unbound")          \
  /* ---- attributes and items ---- */                                                 \
  X(GETATTR, ABC, "R[A] := R[B].N[C]")                                                 \
  X(SETATTR, ABC, "R[A].N[B] := R[C]")                                                 \
  X(DELATTR, ABC, "del R[A].N[B]")                                                     \
  X(LOADMETHOD, ABC, "R[A], R[A+1] := method R[B].N[C], self (no bound-method object)") \
  X(GETITEM, ABC, "R[A] := R[B][R[C]]")                                                \
  X(SETITEM, ABC, "R[A][R[B]] := R[C]")                                                \
  X(DELITEM, ABC, "del R[A][R[B]]")                                                    \
  X(BUILDSLICE, ABC, "R[A] := slice(R[B], R[B+1]) or slice(R[B], R[B+1], R[B+2]) (C = 2 or 3)") \
  /* ---- arithmetic: R[A] := R[B] op R[C]; I* are the in-place (augmented) forms ---- */ \
  X(ADD, ABC, "+") X(SUB, ABC, "-") X(MUL, ABC, "*") X(TRUEDIV, ABC, "/")              \
  X(FLOORDIV, ABC, "//") X(MOD, ABC, "%") X(POW, ABC, "**") X(MATMUL, ABC, "@")        \
  X(LSHIFT, ABC, "<<") X(RSHIFT, ABC, ">>") X(BITAND, ABC, "&") X(BITOR, ABC, "|")     \
  X(BITXOR, ABC, "^")                                                                  \
  X(IADD, ABC, "+=") X(ISUB, ABC, "-=") X(IMUL, ABC, "*=") X(ITRUEDIV, ABC, "/=")      \
  X(IFLOORDIV, ABC, "//=") X(IMOD, ABC, "%=") X(IPOW, ABC, "**=") X(IMATMUL, ABC, "@=") \
  X(ILSHIFT, ABC, "<<=") X(IRSHIFT, ABC, ">>=") X(IBITAND, ABC, "&=")                  \
  X(IBITOR, ABC, "|=") X(IBITXOR, ABC, "^=")                                           \
  X(NEG, ABC, "R[A] := -R[B]") X(POS, ABC, "R[A] := +R[B]")                            \
  X(INVERT, ABC, "R[A] := ~R[B]") X(NOT, ABC, "R[A] := not R[B]")                      \
  /* ---- comparisons: R[A] := R[B] op R[C] ---- */                                    \
  X(EQ, ABC, "==") X(NE, ABC, "!=") X(LT, ABC, "<") X(LE, ABC, "<=") X(GT, ABC, ">")   \
  X(GE, ABC, ">=") X(IN, ABC, "in") X(NOTIN, ABC, "not in") X(IS, ABC, "is")           \
  X(ISNOT, ABC, "is not")                                                              \
  /* ---- control flow ---- */                                                         \
  X(JMP, SJ, "pc += sJ")                                                               \
  X(TEST, ABC, "if bool(R[A]) != B then pc++ (skip the following JMP)")                \
  X(TESTSET, ABC, "if bool(R[B]) == C then R[A] := R[B] else pc++")                    \
  X(GETITER, ABC, "R[A] := iter(R[B])")                                                \
  X(FORITER, ASBX, "R[A+1] := next(R[A]); when exhausted pc += sBx")                   \
  X(UNPACK, ABC, "R[A], ..., R[A+C-1] := R[B] (exactly C items)")                      \
  X(UNPACKEX, ABC, "starred unpack of R[B] into R[A]...; EXTRAARG: before | after << 8") \
  /* ---- calls ---- */                                                                \
  X(CALL, ABC, "R[A] := R[A](R[A+1..A+B]; C keywords after them, names tuple K[EXTRAARG])") \
  X(CALLMETHOD, ABC, "R[A] := R[A](R[A+1] self, R[A+2..A+B+1]; C keywords as CALL)")   \
  X(CALLEX, ABC, "R[A] := R[A](*R[A+1], **R[A+2]) (R[A+2] None when no **)")          \
  X(RETURN, ABC, "return R[A]")                                                        \
  X(MAKEFUNC, ABX, "R[A] := function(K[Bx]); defaults, kw-defaults, closure from R[A+1..]") \
  /* ---- displays ---- */                                                             \
  X(BUILDLIST, ABC, "R[A] := [R[B], ..., R[B+C-1]]")                                   \
  X(BUILDTUPLE, ABC, "R[A] := (R[B], ..., R[B+C-1])")                                  \
  X(BUILDSET, ABC, "R[A] := {R[B], ..., R[B+C-1]}")                                    \
  X(BUILDDICT, ABC, "R[A] := {R[B]: R[B+1], ...} (C pairs)")                           \
  X(LISTAPPEND, ABC, "R[A].append(R[B])")                                              \
  X(LISTEXTEND, ABC, "R[A].extend(R[B])")                                              \
  X(LISTTOTUPLE, ABC, "R[A] := tuple(R[B]) (R[B] a list)")                             \
  X(SETADD, ABC, "R[A].add(R[B])")                                                     \
  X(SETUPDATE, ABC, "R[A].update(R[B])")                                               \
  X(DICTSET, ABC, "R[A][R[B]] := R[C]")                                                \
  X(DICTUPDATE, ABC, "R[A].update(R[B]) (display **)")                                 \
  X(DICTMERGE, ABC, "R[A].update(R[B]), TypeError on a repeated key (call **)")        \
  X(FORMAT, ABC, "R[A] := format(conv(R[B]), R[B+1] if C & 4); conv = C & 3: none, str, repr, ascii") \
  X(BUILDSTRING, ABC, "R[A] := ''.join(R[B], ..., R[B+C-1])")                          \
  /* ---- exceptions (handlers come from the code object's exception table) ---- */   \
  X(RAISE, ABC, "C=0: re-raise the handled exception; 1: raise R[A]; 2: raise R[A] from R[B]") \
  X(RERAISE, ABC, "raise R[A] again, keeping its traceback (end of finally)")          \
  X(EXCMATCH, ABC, "R[A] := isinstance(exception R[B], R[C]) with TypeError for non-exception types") \
  X(PUSHEXC, ABC, "R[A] := handled exception; handled exception := R[B] (entering except)") \
  X(POPEXC, ABC, "handled exception := R[A] (leaving except)")                         \
  /* ---- modules ---- */                                                              \
  X(IMPORT, ABX, "R[A] := builtin module N[Bx] or ModuleNotFoundError")                \
  X(IMPORTFROM, ABC, "R[A] := R[B].N[C] or ImportError")

typedef enum {
#define X(name, fmt, doc) MT_OP_##name,
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

/* Name and format of each opcode (opcodes.c). */
MT_INTERNAL const char *const mt_op_names[MT_OP_COUNT];
MT_INTERNAL const uint8_t mt_op_formats[MT_OP_COUNT];

#endif
