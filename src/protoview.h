/*
** protoview.h: a read-only view of a compiler proto (proto.h) in plain C
** types, for code that also includes the object layer: proto.h and the
** value/object headers both define MT_CONST_*, mt_name and mt_span, so no
** translation unit can include both. protoview.c is the one that reads
** proto.h.
*/
#ifndef MT_PROTOVIEW_H
#define MT_PROTOVIEW_H

#include "buf.h"
#include "common.h"
#include "syntax_error.h"

typedef struct mt_pview {
  const uint32_t *code;
  const uint8_t *lineinfo;
  uint32_t ncode, nk, nnames, nprotos, nvars, nhandlers, nlineinfo;
  uint32_t name, qualname, firstline;
  uint8_t nregs, nparams, nposonly, npos, nkwonly, ndefaults, nfree, flags;
} mt_pview;

/* Var kinds (mt_proto_var.kind, kept as they are in code objects). */
enum { MT_PVIEW_VAR_LOCAL, MT_PVIEW_VAR_CELL, MT_PVIEW_VAR_FREE };

/* Constant kinds as the view reports them. */
typedef enum {
  MT_PVK_NONE, MT_PVK_TRUE, MT_PVK_FALSE, MT_PVK_ELLIPSIS, MT_PVK_INT, MT_PVK_BIGINT,
  MT_PVK_FLOAT, MT_PVK_IMAG, MT_PVK_STR, MT_PVK_BYTES, MT_PVK_TUPLE
} mt_pview_kind;

typedef struct mt_pview_const {
  mt_pview_kind kind;
  uint32_t base;       /* BIGINT */
  uint32_t len;        /* STR, BYTES, BIGINT digits, TUPLE items */
  int64_t i;           /* INT */
  double f;            /* FLOAT, IMAG */
  const char *s;       /* STR, BYTES, BIGINT */
  const void *items;   /* TUPLE: pass with an index to mt_pview_item */
} mt_pview_const;

MT_INTERNAL void mt_pview_of(const void *proto, mt_pview *out);
MT_INTERNAL void mt_pview_k(const void *proto, uint32_t i, mt_pview_const *out);
/* Item i of a TUPLE constant's items. */
MT_INTERNAL void mt_pview_item(const void *items, uint32_t i, mt_pview_const *out);
MT_INTERNAL const char *mt_pview_name(const void *proto, uint32_t i, uint32_t *len);
MT_INTERNAL const void *mt_pview_proto(const void *proto, uint32_t i);
/* Var i: register, kind, parent register, flags, and its name index. */
MT_INTERNAL void mt_pview_var(const void *proto, uint32_t i, uint8_t out[4], uint32_t *name);
/* Handler i: start, end, target, register. */
MT_INTERNAL void mt_pview_handler(const void *proto, uint32_t i, uint32_t out[4]);
/* The source line of instruction pc from a line table (the lineinfo bytes
** of a proto of ncode instructions starting at firstline); 0 when the
** table does not cover pc. */
MT_INTERNAL uint32_t mt_pview_line(const uint8_t *lineinfo, uint32_t nlineinfo, uint32_t ncode,
                                   uint32_t firstline, uint32_t pc);

/* The compiler behind the same wall: compile src[0..len) (named filename)
** into a unit (compile.h mt_compiled, untyped) whose module proto goes to
** *main; NULL with *err filled on a SyntaxError or MemoryError. */
MT_INTERNAL void *mt_pview_compile(const char *src, size_t len, const char *filename, mt_syntax_error *err,
                                   const void **main);
MT_INTERNAL void mt_pview_free(void *unit);
/* The disassembly of a proto and its nested ones (mt_proto_dump). */
MT_INTERNAL int mt_pview_dump(const void *proto, mt_buf *out);

#endif
