/*
** codeobj.h: materialization, the step from the compiler's host-side
** protos (proto.h) to code objects in an interpreter's arena (object.h
** mt_code). Instructions, line and exception tables are copied as they
** are; constants become values (ints through the int layer, big ones from
** their digits; strs that are names interned); nested protos become nested
** code objects. A compiled unit can be materialized into any number of
** interpreters.
*/
#ifndef MT_CODEOBJ_H
#define MT_CODEOBJ_H

#include "heap.h"

/* The code object of a proto (const mt_proto *, passed untyped: see
** protoview.h) and, recursively, its nested protos, with
** filename as every code's co_filename (a str value). Returns the code
** value, or MT_EXC (MemoryError, or ValueError for an int literal over the
** digit limit). Bounded recursion: the compiler bounds proto nesting. */
MT_INTERNAL mt_value mt_codeobj_new(mt_vm *vm, const void *proto, mt_value filename);

/* Empty the inline caches of code c and of its nested code objects (they
** describe one globals dict; a new run has another). */
MT_INTERNAL void mt_codeobj_reset_caches(mt_vm *vm, mt_value c);

/* Empty the inline caches of every code object in the heap: what they
** hold (dict entry indices, table offsets, collection counts, type ids,
** native indices) is trusted by the VM, so a loaded heap starts without
** them. The heap must have passed mt_verify_heap. */
MT_INTERNAL void mt_codeobj_reset_all_caches(mt_vm *vm);

/* Source line of instruction pc of code c (its line table), or the code's
** first line when the table does not cover pc. */
MT_INTERNAL uint32_t mt_codeobj_line(mt_vm *vm, mt_value c, uint32_t pc);

/* The var-table entry of code c that lives in register reg: its name (a
** str value), or MT_NULL. */
MT_INTERNAL mt_value mt_codeobj_reg_name(mt_vm *vm, mt_value c, uint32_t reg);

/* Bytes per inline-cache slot in mt_code.cache (one slot per name; vm.c
** defines what a slot holds). */
#define MT_CODEOBJ_CACHE_SLOT 24

/* One exception-table entry as stored in mt_code.exctable. */
typedef struct mt_codeobj_handler {
  uint32_t start, end, target, reg;
} mt_codeobj_handler;

/* One var-table entry as stored in mt_code.vars. */
typedef struct mt_codeobj_var {
  uint8_t reg, kind, parent_reg, flags;
} mt_codeobj_var;

#endif
