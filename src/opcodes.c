/*
** opcodes.c: per-opcode tables generated from the MT_OPCODES list.
*/
#include "opcodes.h"

const char *const mt_op_names[MT_OP_COUNT] = {
#define X(name, fmt, a, b, c, flags, doc) [MT_OP_##name] = #name,
    MT_OPCODES(X)
#undef X
};

const uint8_t mt_op_formats[MT_OP_COUNT] = {
#define X(name, fmt, a, b, c, flags, doc) [MT_OP_##name] = MT_FMT_##fmt,
    MT_OPCODES(X)
#undef X
};

const uint8_t mt_op_operands[MT_OP_COUNT][3] = {
#define X(name, fmt, a, b, c, flags, doc) \
  [MT_OP_##name] = {MT_OPD_##a, MT_OPD_##b, MT_OPD_##c},
    MT_OPCODES(X)
#undef X
};

const uint8_t mt_op_flags[MT_OP_COUNT] = {
#define X(name, fmt, a, b, c, flags, doc) [MT_OP_##name] = MT_OPF_##flags,
    MT_OPCODES(X)
#undef X
};
