/* Criterion tests for exceptions, frames and code objects. */
#include <criterion/criterion.h>

#include "dict.h"
#include "func.h"
#include "gc.h"
#include "heap_support.h"
#include "opcodes.h"
#include "tuple.h"
#include "verify.h"

TestSuite(exc, .init = open_vm, .fini = close_vm);

static void verify_ok(void) {
  mt_verify_error err;
  cr_assert_eq(mt_verify_heap(V, &err), 0, "%s at %u", err.what, err.at);
}

static void expect_reject(void) {
  mt_verify_error err;
  cr_assert_eq(mt_verify_heap(V, &err), -1);
}

Test(exc, raise_formats_the_message) {
  mt_value l = str("abc");
  cr_assert_eq(mt_raise(V, MT_T_TYPE_ERROR, "can only concatenate %T (not \"%T\") to %T", l, mt_small(1), l), MT_EXC);
  cr_assert(mt_exc_matches(V, MT_T_EXCEPTION));
  cr_assert(mt_exc_matches(V, MT_T_TYPE_ERROR));
  cr_assert_not(mt_exc_matches(V, MT_T_VALUE_ERROR));
  cr_assert_str_eq(take_exc_message(), "can only concatenate str (not \"int\") to str");
  cr_assert_eq(mt_raise(V, MT_T_VALUE_ERROR, "%d %u %lld %zu %c %s %R %S%%", -3, 7u, -9000000000LL, (size_t)12, 'x',
                        "c", str("q'"), str("s")),
               MT_EXC);
  cr_assert_str_eq(take_exc_message(), "-3 7 -9000000000 12 x c \"q'\" s%");
}

Test(exc, key_error_and_unhashable) {
  mt_raise_key_error(V, str("missing"));
  mt_value e = mt_exc_pending(V);
  cr_assert_str_eq(repr_of(e), "KeyError('missing')");
  cr_assert_str_eq(take_exc_message(), "'missing'");
}

Test(exc, bare_types_normalize) {
  cr_assert_eq(mt_raise_type(V, MT_T_MEMORY_ERROR), MT_EXC);
  cr_assert_eq(mt_exc_pending(V), mt_type_value(MT_T_MEMORY_ERROR));
  mt_value e = mt_exc_normalize(V);
  cr_assert(mt_is_ref_type(e, MT_T_MEMORY_ERROR));
  cr_assert_eq(mt_exc_pending(V), e);
  cr_assert_str_eq(repr_of(e), "MemoryError()");
  mt_exc_clear(V);
  cr_assert_eq(mt_exc_pending(V), MT_NULL);
}

Test(exc, traceback_cause_context) {
  mt_value code = mt_func_code_new(V, 4);
  mt_func_code(V, code)->name = str("f");
  mt_value e = mt_exc_new(V, MT_T_VALUE_ERROR, mt_tuple_new(V, 0));
  mt_dict_set(V, *mt_root(V, MT_ROOT_GLOBALS), mt_name(MT_N_value), e);
  cr_assert_eq(mt_exc_add_traceback(V, e, code, 3), 0);
  cr_assert_eq(mt_exc_add_traceback(V, e, code, 7), 0);
  mt_value cause = mt_exc_new(V, MT_T_KEY_ERROR, mt_tuple_new(V, 0));
  mt_exc_set_cause(V, e, cause);
  mt_exc_set_context(V, e, cause);
  verify_ok();
  cr_assert_eq(mt_gc_collect(V), 0);
  e = mt_dict_get(V, *mt_root(V, MT_ROOT_GLOBALS), mt_name(MT_N_value));
  mt_exc *x = MT_OBJ(V, mt_exc, e);
  cr_assert(x->h.flags & MT_OF_SUPPRESS_CONTEXT);
  cr_assert(mt_is_ref_type(x->cause, MT_T_KEY_ERROR));
  mt_tb *outer = MT_OBJ(V, mt_tb, x->traceback);
  cr_assert_eq(outer->pc, 7);
  cr_assert_eq(MT_OBJ(V, mt_tb, outer->next)->pc, 3);
  cr_assert_str_eq(text(MT_OBJ(V, mt_code, outer->code)->name), "f");
}

/* A frame chain as the VM will build it: registers survive collection,
** and the verifier bounds the chain. */
Test(exc, frames_survive_and_chains_are_bounded) {
  mt_value globals = *mt_root(V, MT_ROOT_GLOBALS);
  mt_value code = mt_func_code_new(V, 2);
  mt_func_code(V, code)->nregs = 3;
  mt_func_code(V, code)->code[0] = mt_instr_abc(MT_OP_CALL, 0, 0, 0);
  mt_value f = mt_func_new(V, code, globals, str("f"), str("f"));
  mt_value back = MT_NULL;
  for (int depth = 0; depth < 50; depth++) {
    mt_value fr = mt_func_frame_new(V, code, f, globals, back, 0);
    MT_OBJ(V, mt_frame, fr)->pc = 1; /* after the CALL of the frame above */
    MT_OBJ(V, mt_frame, fr)->regs[0] = mt_small(depth);
    MT_OBJ(V, mt_frame, fr)->regs[1] = mt_str_obj_repeat(V, str("ab"), depth + 2);
    *mt_root(V, MT_ROOT_FRAME) = fr;
    back = fr;
    for (int g = 0; g < 10; g++) mt_tuple_new(V, 3);
  }
  verify_ok();
  cr_assert_eq(mt_gc_collect(V), 0);
  int depth = 49;
  for (mt_value fr = *mt_root(V, MT_ROOT_FRAME); fr != MT_NULL; fr = MT_OBJ(V, mt_frame, fr)->back, depth--) {
    cr_assert_eq(MT_OBJ(V, mt_frame, fr)->regs[0], mt_small(depth));
    cr_assert_eq(mt_str_obj_view(V, MT_OBJ(V, mt_frame, fr)->regs[1]).len, 2 * (uint32_t)(depth + 2));
    cr_assert_eq(MT_OBJ(V, mt_frame, fr)->regs[2], MT_NULL);
  }
  cr_assert_eq(depth, -1);
  mt_frame *top = MT_OBJ(V, mt_frame, *mt_root(V, MT_ROOT_FRAME));
  mt_value saved = top->back;
  top->back = *mt_root(V, MT_ROOT_FRAME);
  expect_reject();
  top->back = saved;
  top->pc = 2; /* past the end */
  expect_reject();
  top->pc = 1;
  MT_OBJ(V, mt_frame, saved)->pc = 0; /* a frame above it, but not after a call */
  expect_reject();
  MT_OBJ(V, mt_frame, saved)->pc = 1;
  verify_ok();
}

Test(exc, code_object_fields_are_checked) {
  mt_value code = mt_func_code_new(V, 1);
  mt_dict_set(V, *mt_root(V, MT_ROOT_GLOBALS), mt_name(MT_N_value), code);
  verify_ok();
  mt_code *c = mt_func_code(V, code);
  c->argcount = 1;
  expect_reject();
  c->argcount = 0;
  c->consts = mt_small(1);
  expect_reject();
  c->consts = c->names;
  c->ninstr = 1000;
  expect_reject();
  c->ninstr = 1;
  c->names = mt_tuple_from(V, &(mt_value){mt_small(1)}, 1);
  expect_reject();
}
