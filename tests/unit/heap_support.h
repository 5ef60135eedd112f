/*
** heap_support.h: a fresh interpreter per test and small helpers shared by
** the object-layer tests.
*/
#ifndef MT_TEST_HEAP_SUPPORT_H
#define MT_TEST_HEAP_SUPPORT_H

#include <criterion/criterion.h>
#include <string.h>

#include "exc.h"
#include "heap.h"
#include "repr.h"
#include "str.h"

/* Loops through safe points run fewer times in GC stress mode, where each
** safe point is a full collection into a new mapping (gc.c). */
#ifdef MT_GC_STRESS
#define SAFEPOINT_LOOPS(n) ((n) / 500 + 1)
#else
#define SAFEPOINT_LOOPS(n) (n)
#endif

/* The heap's used size without the leading filler that GC stress mode
** puts before the objects (its size alternates between collections). */
static inline uint32_t heap_bytes(mt_vm *vm) {
  uint32_t used = mt_hdr(vm)->used;
  mt_obj *first = mt_obj_at(vm, MT_HEAP_FIRST);
  return used > MT_HEAP_FIRST && first->type == MT_T_FILLER ? used - first->size : used;
}

static mt_vm test_vm;
#define V (&test_vm)

static inline void open_vm(void) { cr_assert_eq(mt_heap_open(V, NULL, NULL, 0x5EED), 0); }
static inline void close_vm(void) { mt_heap_close(V); }

/* The text of a str value (NUL-terminated for both representations). */
static inline const char *text(mt_value s) { return mt_str_obj_view(V, s).p; }

static inline const char *repr_of(mt_value v) {
  mt_value r = mt_repr(V, v);
  cr_assert_neq(r, MT_EXC, "repr raised");
  return text(r);
}

static inline mt_value str(const char *s) {
  mt_value v = mt_str_obj_cstr(V, s);
  cr_assert_neq(v, MT_EXC);
  return v;
}

/* The type of the pending exception, then clear it. */
static inline uint32_t take_exc(void) {
  mt_value e = mt_exc_pending(V);
  cr_assert_neq(e, MT_NULL, "no exception pending");
  uint32_t t = mt_exc_type(V, e);
  mt_exc_clear(V);
  return t;
}

/* str() of the pending exception's message, then clear it. */
static inline const char *take_exc_message(void) {
  mt_value e = mt_exc_pending(V);
  cr_assert_neq(e, MT_NULL, "no exception pending");
  mt_exc_clear(V);
  mt_value s = mt_repr_str(V, e);
  cr_assert_neq(s, MT_EXC);
  return text(s);
}

#endif
