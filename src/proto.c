/*
** proto.c: the line table encoding and the disassembler.
**
** Line table: one record per run of instructions sharing a source span,
**   varint count | zigzag line - previous line | varint col
**   | varint end_line - line | varint end_col
** (unsigned LEB128 varints; the first record's "previous line" is the
** proto's firstline).
*/
#include "proto.h"

#include <string.h>

#include "ast.h"
#include "floating.h"
#include "strops.h"
#include "unicode.h"

/*
** {==================================================================
** Line table
** ===================================================================
*/

/* Write v as a varint at out[n]; returns the new length. */
static uint32_t put_varint(uint8_t *out, uint32_t n, uint64_t v) {
  do {
    out[n++] = (uint8_t)((v & 0x7F) | (v >= 0x80 ? 0x80 : 0));
    v >>= 7;
  } while (v);
  return n;
}

static uint64_t zigzag(int64_t v) { return v < 0 ? ((uint64_t)(-(v + 1)) << 1) | 1 : (uint64_t)v << 1; }

int mt_proto_lineinfo_put(mt_buf *b, uint32_t count, const mt_span *prev, const mt_span *s) {
  uint32_t end_line = s->end_line >= s->line ? s->end_line : s->line;
  uint8_t rec[50];
  uint32_t n = 0;
  n = put_varint(rec, n, count);
  n = put_varint(rec, n, zigzag((int64_t)s->line - (int64_t)prev->line));
  n = put_varint(rec, n, s->col);
  n = put_varint(rec, n, end_line - s->line);
  n = put_varint(rec, n, s->end_col);
  return mt_buf_append(b, rec, n);
}

/* Read a varint at *pos below n; false when truncated or too long. */
static bool get_varint(const uint8_t *p, uint32_t n, uint32_t *pos, uint64_t *out) {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*pos >= n) return false;
    uint8_t byte = p[(*pos)++];
    v |= (uint64_t)(byte & 0x7F) << shift;
    if (!(byte & 0x80)) {
      *out = v;
      return true;
    }
  }
  return false;
}

int mt_proto_span(const mt_proto *p, uint32_t pc, mt_span *out) {
  uint32_t pos = 0, first = 0;
  int64_t line = p->firstline;
  while (pos < p->nlineinfo) {
    uint64_t count, dline, col, dend, end_col;
    if (!get_varint(p->lineinfo, p->nlineinfo, &pos, &count) ||
        !get_varint(p->lineinfo, p->nlineinfo, &pos, &dline) ||
        !get_varint(p->lineinfo, p->nlineinfo, &pos, &col) ||
        !get_varint(p->lineinfo, p->nlineinfo, &pos, &dend) ||
        !get_varint(p->lineinfo, p->nlineinfo, &pos, &end_col))
      return -1;
    line += (dline & 1) ? -(int64_t)(dline >> 1) - 1 : (int64_t)(dline >> 1);
    if (count == 0 || line < 0 || line > UINT32_MAX || col > UINT32_MAX || dend > UINT32_MAX ||
        end_col > UINT32_MAX || (uint64_t)line + dend > UINT32_MAX)
      return -1;
    if (pc - first < count) {
      *out = (mt_span){(uint32_t)line, (uint32_t)col, (uint32_t)(line + (int64_t)dend),
                       (uint32_t)end_col};
      return 0;
    }
    if (count > UINT32_MAX - first) return -1;
    first += (uint32_t)count;
    if (first > pc) return -1;
  }
  return -1;
}

/*
** {==================================================================
** Constant reprs
** ===================================================================
*/

/* Python's repr of a str or bytes constant (the object layer's rules). */
static int repr_text(mt_buf *out, const char *s, uint32_t len, bool bytes) {
  mt_strv v = bytes ? mt_str_bytes_view(s, len) : mt_str_view(s, len, mt_uni_count(s, len), NULL);
  return mt_str_repr(&v, false, out) ? -1 : 0;
}

int mt_proto_const_repr(const mt_const *c, mt_buf *out) {
  switch ((mt_const_kind)c->kind) {
    case MT_CONST_NONE: return mt_buf_puts(out, "None");
    case MT_CONST_TRUE: return mt_buf_puts(out, "True");
    case MT_CONST_FALSE: return mt_buf_puts(out, "False");
    case MT_CONST_ELLIPSIS: return mt_buf_puts(out, "Ellipsis");
    case MT_CONST_INT: return mt_buf_printf(out, "%lld", (long long)c->u.i);
    case MT_CONST_BIGINT: {
      const char *prefix = c->base == 16 ? "0x" : c->base == 8 ? "0o" : c->base == 2 ? "0b" : "";
      return mt_buf_puts(out, prefix) || mt_buf_append(out, c->u.s, c->len);
    }
    case MT_CONST_FLOAT: return mt_float_repr(out, c->u.f) ? -1 : 0;
    case MT_CONST_IMAG: /* repr(2j) == '2j': the 'r' digits without '.0' */
      return mt_float_format(out, c->u.f, 'r', 0, 0) || mt_buf_putc(out, 'j') ? -1 : 0;
    case MT_CONST_STR: return repr_text(out, c->u.s, c->len, false);
    case MT_CONST_BYTES: return repr_text(out, c->u.s, c->len, true);
    case MT_CONST_TUPLE:
      if (mt_buf_putc(out, '(')) return -1;
      for (uint32_t i = 0; i < c->len; i++)
        if ((i && mt_buf_puts(out, ", ")) || mt_proto_const_repr(&c->u.items[i], out)) return -1;
      return mt_buf_puts(out, c->len == 1 ? ",)" : ")");
  }
  return mt_buf_puts(out, "?");
}

/*
** {==================================================================
** Disassembler
** ===================================================================
*/

static int put_name(mt_buf *out, const mt_proto *p, uint32_t i) {
  if (i >= p->nnames) return mt_buf_puts(out, "?");
  return mt_buf_append(out, p->names[i].s, p->names[i].len);
}

static int put_operand(mt_buf *out, const mt_proto *p, uint32_t pc, int kind, int64_t v) {
  switch (kind) {
    case MT_OPD_R: return mt_buf_printf(out, " r%lld", (long long)v);
    case MT_OPD_I:
    case MT_OPD_U: return mt_buf_printf(out, " %lld", (long long)v);
    case MT_OPD_J: return mt_buf_printf(out, " ->%lld", (long long)pc + 1 + v);
    case MT_OPD_K:
    case MT_OPD_k:
      if (v < 0 || (uint64_t)v >= p->nk) return mt_buf_puts(out, " K?");
      return mt_buf_putc(out, ' ') || mt_proto_const_repr(&p->k[v], out);
    case MT_OPD_N: return mt_buf_putc(out, ' ') || put_name(out, p, (uint32_t)v);
    case MT_OPD_P:
      if (v < 0 || (uint64_t)v >= p->nprotos) return mt_buf_puts(out, " P?");
      return mt_buf_putc(out, ' ') || put_name(out, p->protos[v], p->protos[v]->qualname);
    default: return 0;
  }
}

/* The operand values of instruction pc: A, B (or Bx/sBx/Ax/sJ), C, with an
** escaped index replaced by its EXTRAARG. */
static void operands(const mt_proto *p, uint32_t pc, int64_t v[3]) {
  mt_instr i = p->code[pc];
  mt_opcode op = mt_instr_op(i);
  const uint8_t *kinds = mt_op_operands[op];
  switch ((mt_op_format)mt_op_formats[op]) {
    case MT_FMT_ABC: v[0] = mt_instr_a(i), v[1] = mt_instr_b(i), v[2] = mt_instr_c(i); break;
    case MT_FMT_ABX: v[0] = mt_instr_a(i), v[1] = mt_instr_bx(i), v[2] = 0; break;
    case MT_FMT_ASBX: v[0] = mt_instr_a(i), v[1] = mt_instr_sbx(i), v[2] = 0; break;
    case MT_FMT_AX: v[0] = mt_instr_ax(i), v[1] = v[2] = 0; break;
    case MT_FMT_SJ: v[0] = mt_instr_sj(i), v[1] = v[2] = 0; break;
  }
  bool has_extra = pc + 1 < p->ncode && mt_instr_op(p->code[pc + 1]) == MT_OP_EXTRAARG;
  for (int f = 0; f < 3 && has_extra; f++) {
    int k = kinds[f];
    int64_t max = mt_op_formats[op] == MT_FMT_ABX ? MT_MAXARG_BX : MT_MAXARG_B;
    if ((k == MT_OPD_K || k == MT_OPD_N || k == MT_OPD_P) && v[f] == max)
      v[f] = mt_instr_ax(p->code[pc + 1]);
  }
}

/* How an EXTRAARG at pc reads, given the instruction before it. */
static int put_extraarg(mt_buf *out, const mt_proto *p, uint32_t pc) {
  uint32_t ax = mt_instr_ax(p->code[pc]);
  if (pc > 0) {
    mt_opcode prev = mt_instr_op(p->code[pc - 1]);
    if (prev == MT_OP_CALL || prev == MT_OP_CALLMETHOD) return put_operand(out, p, pc, MT_OPD_K, ax);
  }
  return mt_buf_printf(out, " %u", ax);
}

static int put_param(mt_buf *out, const mt_proto *p, uint32_t i, const char *prefix, bool def) {
  if (i >= p->nvars) return mt_buf_puts(out, "?");
  return mt_buf_puts(out, prefix) || put_name(out, p, p->vars[i].name) || (def && mt_buf_putc(out, '='));
}

/* The parameter list as Python writes it: "(a, b=, /, *args, c=, **kw)",
** '=' marking a default. Registers hold *args and **kw last. */
static int put_signature(mt_buf *out, const mt_proto *p) {
  uint32_t npos = p->npos, nkw = p->nkwonly;
  bool varargs = p->flags & MT_PROTO_VARARGS, varkw = p->flags & MT_PROTO_VARKW;
  const char *sep = "";
  if (mt_buf_putc(out, '(')) return -1;
  for (uint32_t i = 0; i < npos; i++) {
    if (put_param(out, p, i, sep, i + p->ndefaults >= npos)) return -1;
    sep = ", ";
    if (i + 1 == p->nposonly && mt_buf_puts(out, ", /")) return -1;
  }
  if (varargs) {
    if (mt_buf_puts(out, sep) || put_param(out, p, npos + nkw, "*", false)) return -1;
    sep = ", ";
  } else if (nkw) {
    if (mt_buf_puts(out, sep) || mt_buf_putc(out, '*')) return -1;
    sep = ", ";
  }
  for (uint32_t i = npos; i < npos + nkw; i++) {
    bool def = i < p->nvars && (p->vars[i].flags & MT_VAR_DEFAULT);
    if (mt_buf_puts(out, sep) || put_param(out, p, i, "", def)) return -1;
    sep = ", ";
  }
  if (varkw && (mt_buf_puts(out, sep) || put_param(out, p, npos + nkw + varargs, "**", false)))
    return -1;
  return mt_buf_putc(out, ')');
}

static int dump_header(const mt_proto *p, mt_buf *out) {
  static const char *const flag_names[] = {
#define X(name, bit) #name,
      MT_PROTO_FLAGS(X)
#undef X
  };
  if (mt_buf_puts(out, "proto ") || put_name(out, p, p->qualname)) return -1;
  if (!(p->flags & MT_PROTO_MODULE) && put_signature(out, p)) return -1;
  if (mt_buf_printf(out, " regs=%u", p->nregs)) return -1;
  for (uint32_t b = 0; b < MT_ARRAY_LEN(flag_names); b++)
    if ((p->flags >> b) & 1) {
      if (mt_buf_putc(out, ' ')) return -1;
      for (const char *s = flag_names[b]; *s; s++)
        if (mt_buf_putc(out, (char)(*s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s))) return -1;
    }
  if (mt_buf_putc(out, '\n')) return -1;
  if (!p->nvars) return 0;
  static const char *const kinds[] = {"", ":cell", ":free"};
  if (mt_buf_puts(out, "  vars:")) return -1;
  for (uint32_t i = 0; i < p->nvars; i++) {
    const mt_proto_var *v = &p->vars[i];
    if (mt_buf_putc(out, ' ') || put_name(out, p, v->name) ||
        mt_buf_printf(out, ":r%u%s", v->reg, v->kind < 3 ? kinds[v->kind] : ":?"))
      return -1;
    if (v->kind == MT_VAR_FREE && mt_buf_printf(out, "(r%u)", v->parent_reg)) return -1;
  }
  return mt_buf_putc(out, '\n');
}

static int dump_one(const mt_proto *p, mt_buf *out) {
  if (dump_header(p, out)) return -1;
  uint32_t prevline = 0;
  for (uint32_t pc = 0; pc < p->ncode; pc++) {
    mt_instr i = p->code[pc];
    mt_opcode op = mt_instr_op(i);
    mt_span sp = {0, 0, 0, 0};
    mt_proto_span(p, pc, &sp);
    if (sp.line != prevline) {
      if (mt_buf_printf(out, "%5u %4u ", pc, sp.line)) return -1;
    } else if (mt_buf_printf(out, "%5u      ", pc)) {
      return -1;
    }
    prevline = sp.line;
    if (op >= MT_OP_COUNT) {
      if (mt_buf_printf(out, "??? %08x\n", i)) return -1;
      continue;
    }
    if (mt_buf_puts(out, mt_op_names[op])) return -1;
    if (op == MT_OP_EXTRAARG) {
      if (put_extraarg(out, p, pc)) return -1;
    } else {
      int64_t v[3];
      operands(p, pc, v);
      for (int f = 0; f < 3; f++)
        if (put_operand(out, p, pc, mt_op_operands[op][f], v[f])) return -1;
    }
    if (mt_buf_putc(out, '\n')) return -1;
  }
  for (uint32_t h = 0; h < p->nhandlers; h++) {
    const mt_proto_handler *e = &p->handlers[h];
    if (mt_buf_printf(out, "  handler %u-%u -> %u r%u\n", e->start, e->end, e->target, e->reg))
      return -1;
  }
  return 0;
}

/* Depth first over nested protos; nesting follows the source's, bounded by
** the syntax tree depth. */
int mt_proto_dump(const mt_proto *p, mt_buf *out) {
  if (dump_one(p, out)) return -1;
  for (uint32_t i = 0; i < p->nprotos; i++)
    if (mt_buf_putc(out, '\n') || mt_proto_dump(p->protos[i], out)) return -1;
  return 0;
}
