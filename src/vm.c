/*
** vm.c: the dispatch loop (mt_vm_run), exception unwinding, and the
** plumbing between the loop, Python frames and native frames.
**
** Loop state. The running frame f, its code co, the instruction pointer ip
** and the bases R (registers), K (constants) and N (names) are C locals
** derived from the FRAME root; LOAD_FRAME derives them again after
** anything that can switch frames or move objects (calls, returns, the
** collector at safe points). Between instructions no Python value lives in
** a C local, so pausing is just saving ip into the frame.
**
** Dispatch. VM_DISPATCH/VM_CASE/VM_NEXT expand to computed goto (one
** indirect branch per opcode, architecture-notes §2.7) when built with
** MT_VM_COMPUTED_GOTO (meson option dispatch=goto), or to a portable
** switch. Both are built and tested.
*/
#include "vm.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "attr.h"
#include "call.h"
#include "codeobj.h"
#include "compare.h"
#include "dict.h"
#include "drive.h"
#include "exc.h"
#include "fmtval.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "iter.h"
#include "iterate.h"
#include "list.h"
#include "native.h"
#include "opcodes.h"
#include "ops.h"
#include "protoview.h"
#include "sb.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

/* ---- inline caches (mt_code.cache: one slot per name, all zero when
** made; codeobj.c sizes them) ---- */

enum { CACHE_EMPTY, CACHE_GLOBAL, CACHE_BUILTIN, CACHE_METHOD };

typedef struct cache_slot {
  uint32_t kind;
  uint32_t a; /* GLOBAL: entry index; BUILTIN: offset of the globals' keys
              ** table (0: none); METHOD: type id */
  uint32_t b; /* BUILTIN: that table's entry count; METHOD: native index */
  uint32_t gc; /* BUILTIN: the collection count then (offsets change) */
  mt_value v; /* BUILTIN: the builtin (always an immediate value) */
} cache_slot;

MT_STATIC_ASSERT(sizeof(cache_slot) == MT_CODEOBJ_CACHE_SLOT, "cache slot size");

static cache_slot *cache_of(mt_vm *vm, const mt_code *co, uint32_t name) {
  return (cache_slot *)MT_OBJ(vm, mt_bytes, co->cache)->data + name;
}

/* ---- names ---- */

static mt_value name_error(mt_vm *vm, mt_value name) {
  return mt_raise_name(vm, MT_T_NAME_ERROR, name, MT_NULL, "name '%S' is not defined", name);
}

/* The builtin called `name`: a builtin type or exception from the
** builtins dict, else a native function. MT_NULL if none. */
static mt_value builtin(mt_vm *vm, mt_value name) {
  mt_value v = mt_dict_get(vm, *mt_root(vm, MT_ROOT_BUILTINS), name);
  if (v != MT_NULL) return v;
  int32_t n = mt_native_find(MT_T_BUILTINS, name);
  return n < 0 ? MT_NULL : mt_native((uint32_t)n);
}

/* Remember builtin v in slot, with the state of globals it was looked up
** in: its keys table, that table's entry count and the collection count. */
static inline void cache_builtin(mt_vm *vm, mt_value globals, cache_slot *slot, mt_value v) {
  mt_value keys = MT_OBJ(vm, mt_dict, globals)->keys;
  uint32_t koff = keys == MT_NULL ? 0 : mt_ref_off(keys);
  uint32_t n = keys == MT_NULL ? 0 : MT_OBJ(vm, mt_dkeys, keys)->nentries;
  *slot = (cache_slot){CACHE_BUILTIN, koff, n, (uint32_t)mt_hdr(vm)->gc_count, v};
}

/* globals[name], else builtins[name], else NameError; the slot remembers
** where it was found. */
static mt_value get_global_slow(mt_vm *vm, mt_value globals, mt_value name, cache_slot *slot) {
  int64_t hash;
  mt_value v;
  if (mt_is_name(name) || mt_is_ref_type(name, MT_T_STR)) {
    hash = mt_str_obj_hash(vm, name);
    int64_t ix = mt_dict_find(vm, globals, name, hash);
    if (ix == -2) return MT_EXC;
    if (ix >= 0) {
      mt_dkeys *k = MT_OBJ(vm, mt_dkeys, MT_OBJ(vm, mt_dict, globals)->keys);
      *slot = (cache_slot){CACHE_GLOBAL, (uint32_t)ix, 0, 0, 0};
      return mt_dkeys_entries(k)[ix].value;
    }
  }
  v = builtin(vm, name);
  if (v == MT_EXC) return MT_EXC;
  if (v == MT_NULL) return name_error(vm, name);
  if (!mt_is_ref(v)) cache_builtin(vm, globals, slot, v);
  return v;
}

/* The cached lookup: a global found at its remembered entry (identity of
** the interned key proves it is the same binding), or a builtin while no
** entry has been added to globals since (same table, same count, and no
** collection since, which could have moved another table to that
** offset). When entries were added, one probe of globals tells whether
** the builtin still stands. */
static inline mt_value get_global(mt_vm *vm, mt_value globals, mt_value name, cache_slot *slot) {
  if (slot->kind == CACHE_GLOBAL) {
    mt_dentry *e = mt_dict_cached(vm, globals, slot->a, name);
    if (e) return e->value;
  } else if (slot->kind == CACHE_BUILTIN) {
    cache_slot now;
    cache_builtin(vm, globals, &now, slot->v);
    if (now.a == slot->a && now.b == slot->b && now.gc == slot->gc) return slot->v;
    if (mt_dict_find(vm, globals, name, mt_str_obj_hash(vm, name)) == -1) {
      *slot = now;
      return slot->v;
    }
  }
  return get_global_slow(vm, globals, name, slot);
}

/* globals[name] = v, through the same cache: an existing binding is
** overwritten in place. Returns 0 or -1. */
static inline int set_global(mt_vm *vm, mt_value globals, mt_value name, mt_value v, cache_slot *slot) {
  if (slot->kind == CACHE_GLOBAL) {
    mt_dentry *e = mt_dict_cached(vm, globals, slot->a, name);
    if (e) {
      e->value = v;
      return 0;
    }
  }
  int64_t hash = mt_str_obj_hash(vm, name);
  if (mt_dict_set_hashed(vm, globals, name, hash, v)) return -1;
  int64_t ix = mt_dict_find(vm, globals, name, hash);
  if (ix >= 0) *slot = (cache_slot){CACHE_GLOBAL, (uint32_t)ix, 0, 0, 0};
  return 0;
}

static mt_value unbound_local(mt_vm *vm, mt_value code, uint32_t reg) {
  mt_value name = mt_codeobj_reg_name(vm, code, reg);
  return mt_raise(vm, MT_T_UNBOUND_LOCAL_ERROR,
                  "cannot access local variable '%S' where it is not associated with a value", name);
}

/* The error for reading an empty cell: an own cell is a local variable,
** a free variable's cell belongs to an enclosing function. */
static mt_value empty_cell(mt_vm *vm, mt_value code, uint32_t reg) {
  mt_code *c = MT_OBJ(vm, mt_code, code);
  const mt_codeobj_var *v = (const mt_codeobj_var *)MT_OBJ(vm, mt_bytes, c->vars)->data;
  for (uint32_t i = 0; i < c->nvars; i++) {
    if (v[i].reg != reg) continue;
    mt_value name = mt_tuple_items(vm, c->varnames)[i];
    if (v[i].kind == MT_PVIEW_VAR_FREE)
      return mt_raise_name(vm, MT_T_NAME_ERROR, name, MT_NULL,
                           "cannot access free variable '%S' where it is not associated with a value in enclosing scope",
                           name);
    return mt_raise(vm, MT_T_UNBOUND_LOCAL_ERROR,
                    "cannot access local variable '%S' where it is not associated with a value", name);
  }
  return mt_raise(vm, MT_T_SYSTEM_ERROR, "empty cell in register %u", reg);
}

/* ---- register type guards ----
** The loader verifies operands, frames and continuation states, not the
** type of the value each register holds, so a forged snapshot can put any
** value in a register the compiler only ever fills with a cell, a list, an
** exception... Each handler relying on such a type checks it (a tag
** compare that never fails for compiled code) and raises SystemError rather
** than reading the value as what it is not (EXPECT in mt_vm_run). */

static mt_value bad_register(mt_vm *vm, mt_instr i, uint32_t reg, const char *what) {
  return mt_raise(vm, MT_T_SYSTEM_ERROR, "bad bytecode: %s expects %s in R[%u]", mt_op_names[mt_instr_op(i)], what,
                  reg);
}

/* What may be raised or handled: an exception instance or class. */
static bool is_exception(mt_value v) {
  if (mt_is_type(v)) return mt_type_of_value(v) < MT_TYPE_COUNT && mt_type_is_exc(mt_type_of_value(v));
  return mt_is_ref(v) && mt_type_layout(mt_ref_type(v)) == MT_L_EXC;
}

static bool is_exception_or_none(mt_value v) { return v == MT_NONE || is_exception(v); }

/* Can native method id take self (CALLMETHOD's fast path calls it
** directly)? LOADMETHOD finds it on self's type or a base. */
static inline bool native_takes_self(uint32_t id, mt_value self) {
  uint32_t owner = mt_natives[id].owner, t = mt_obj_type(self);
  return MT_LIKELY(t == owner) || owner == MT_T_BUILTINS || mt_type_issubclass(t, owner);
}

/* The first of parts[0..n) that is not a str, or n. */
static uint32_t first_non_str(const mt_value *parts, uint32_t n) {
  uint32_t k = 0;
  while (k < n && mt_is_str(parts[k])) k++;
  return k;
}

/* The first register of frame regs that MAKEFUNC would put in the closure
** of code and that holds no cell, or -1. */
static int32_t closure_non_cell(mt_vm *vm, const mt_value *regs, mt_value code) {
  const mt_code *c = MT_OBJ(vm, mt_code, code);
  const mt_codeobj_var *v = (const mt_codeobj_var *)MT_OBJ(vm, mt_bytes, c->vars)->data;
  for (uint32_t k = c->nvars - c->nfree; k < c->nvars; k++)
    if (!mt_is_ref_type(regs[v[k].parent_reg], MT_T_CELL)) return v[k].parent_reg;
  return -1;
}

/* ---- calls ---- */

/* TypeErrors for a method native called through its type, unbound. */
static mt_value check_method_self(mt_vm *vm, uint32_t id, const mt_value *args, uint32_t nargs) {
  uint32_t owner = mt_natives[id].owner;
  const char *name = mt_native_names[id], *tname = mt_type_name(owner);
  if (nargs == 0) return mt_raise(vm, MT_T_TYPE_ERROR, "unbound method %s.%s() needs an argument", tname, name);
  if (!mt_type_issubclass(mt_obj_type(args[0]), owner))
    return mt_raise(vm, MT_T_TYPE_ERROR, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", name,
                    tname, args[0]);
  return MT_NULL;
}

static mt_value call_native(mt_vm *vm, uint32_t id, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_natives[id].owner != MT_T_BUILTINS && mt_natives[id].name != MT_N___call__ &&
      check_method_self(vm, id, args, nargs) == MT_EXC)
    return MT_EXC;
  return mt_natives[id].fn(vm, args, nargs, kwnames);
}

/* Calling a builtin type: its constructor native, or an exception. */
static mt_value call_type(mt_vm *vm, uint32_t t, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_type_is_exc(t)) {
    if (mt_kw_count(vm, kwnames)) return mt_raise(vm, MT_T_TYPE_ERROR, "%s() takes no keyword arguments", mt_type_name(t));
    mt_value a = mt_tuple_from(vm, args, nargs);
    return a == MT_EXC ? MT_EXC : mt_exc_new(vm, t, a);
  }
  int32_t ctor = mt_native_ctor(vm, t);
  if (ctor < 0) return mt_raise(vm, MT_T_TYPE_ERROR, "cannot create '%s' instances", mt_type_name(t));
  return mt_natives[ctor].fn(vm, args, nargs, kwnames);
}

/* A bound native method: self goes before the arguments. */
static mt_value call_bound_native(mt_vm *vm, mt_value m, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  uint32_t total = nargs + mt_kw_count(vm, kwnames);
  mt_value tmp = mt_tuple_new(vm, total + 1);
  if (tmp == MT_EXC) return MT_EXC;
  mt_value *all = mt_tuple_items(vm, tmp);
  all[0] = MT_OBJ(vm, mt_method, m)->self;
  memcpy(all + 1, args, 8 * (size_t)total);
  return mt_natives[mt_native_index(MT_OBJ(vm, mt_method, m)->func)].fn(vm, all, nargs + 1, kwnames);
}

/* Call any callable. Python functions get a frame on top of the FRAME
** root and MT_NULL is returned; natives run now and their result (a value,
** MT_EXC, or MT_NULL when they pushed frames) is returned. */
static mt_value call_function(mt_vm *vm, mt_value fn, mt_value self, const mt_value *args, uint32_t nargs,
                              mt_value kwnames) {
  mt_code *c = MT_OBJ(vm, mt_code, MT_OBJ(vm, mt_function, fn)->code);
  if (MT_UNLIKELY(c->flags & MT_CO_GENERATOR)) return mt_call_generator(vm, fn, self, args, nargs, kwnames);
  return mt_call_push(vm, fn, self, args, nargs, kwnames) ? MT_EXC : MT_NULL;
}

static mt_value invoke(mt_vm *vm, mt_value callee, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_is_ref_type(callee, MT_T_FUNCTION)) return call_function(vm, callee, MT_NULL, args, nargs, kwnames);
  if (mt_is_native(callee)) return call_native(vm, mt_native_index(callee), args, nargs, kwnames);
  if (mt_is_type(callee)) return call_type(vm, mt_type_of_value(callee), args, nargs, kwnames);
  if (mt_is_ref_type(callee, MT_T_METHOD)) {
    mt_method *m = MT_OBJ(vm, mt_method, callee);
    return call_function(vm, m->func, m->self, args, nargs, kwnames);
  }
  if (mt_is_ref_type(callee, MT_T_BUILTIN_FN)) return call_bound_native(vm, callee, args, nargs, kwnames);
  return mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not callable", callee);
}

/* How CPython names a callee in call errors: "__main__.f()" for Python
** functions, "len()" for builtins. */
static int callee_name(mt_vm *vm, mt_sb *sb, mt_value callee) {
  if (mt_is_ref_type(callee, MT_T_METHOD)) callee = MT_OBJ(vm, mt_method, callee)->func;
  if (mt_is_ref_type(callee, MT_T_FUNCTION))
    return mt_sb_format(vm, sb, "__main__.%S()", MT_OBJ(vm, mt_function, callee)->qualname);
  if (mt_is_native(callee)) return mt_sb_format(vm, sb, "%s()", mt_native_names[mt_native_index(callee)]);
  if (mt_is_ref_type(callee, MT_T_BUILTIN_FN))
    return mt_sb_format(vm, sb, "%s()", mt_native_names[mt_native_index(MT_OBJ(vm, mt_method, callee)->func)]);
  if (mt_is_type(callee)) return mt_sb_format(vm, sb, "%s()", mt_type_name(mt_type_of_value(callee)));
  return mt_sb_format(vm, sb, "%T object", callee);
}

/* TypeError "<callee> <what>" with CPython's naming of the callee. */
static mt_value call_error(mt_vm *vm, mt_value callee, const char *fmt, ...) {
  mt_sb sb;
  va_list ap;
  if (mt_sb_init(vm, &sb, 64) || callee_name(vm, &sb, callee) || mt_sb_putc(vm, &sb, ' ')) return MT_EXC;
  va_start(ap, fmt);
  int r = mt_sb_vformat(vm, &sb, fmt, ap);
  va_end(ap);
  mt_value msg = r ? MT_EXC : mt_sb_finish(vm, &sb);
  mt_value args = msg == MT_EXC ? MT_EXC : mt_tuple_from(vm, &msg, 1);
  return args == MT_EXC ? MT_EXC : mt_raise_args(vm, MT_T_TYPE_ERROR, args);
}

/* CALLEX's call once the positional arguments are a list or tuple: lay
** them and the keyword dict out as a window (a scratch tuple) and
** invoke. */
static mt_value invoke_ex(mt_vm *vm, mt_value callee, mt_value pos, mt_value kw) {
  if (kw != MT_NONE && !mt_is_ref_type(kw, MT_T_DICT))
    return call_error(vm, callee, "argument after ** must be a mapping, not %T", kw);
  uint32_t npos = mt_is_ref_type(pos, MT_T_LIST) ? mt_list_len(vm, pos) : mt_tuple_len(vm, pos);
  uint32_t nkw = kw == MT_NONE ? 0 : mt_dict_len(vm, kw);
  mt_value window = mt_tuple_new(vm, npos + nkw);
  mt_value names = nkw ? mt_tuple_new(vm, nkw) : MT_NULL;
  if (window == MT_EXC || names == MT_EXC) return MT_EXC;
  const mt_value *src = mt_is_ref_type(pos, MT_T_LIST) ? mt_list_items(vm, pos) : mt_tuple_items(vm, pos);
  mt_value *w = mt_tuple_items(vm, window);
  if (npos) memcpy(w, src, 8 * (size_t)npos);
  uint32_t pos_i = 0, k = 0;
  mt_value key, val;
  while (nkw && mt_dict_next(vm, kw, &pos_i, &key, &val)) {
    if (!mt_is_str(key)) return mt_raise(vm, MT_T_TYPE_ERROR, "keywords must be strings");
    mt_tuple_items(vm, names)[k] = key;
    w[npos + k++] = val;
  }
  return invoke(vm, callee, w, npos, names);
}

/* state of the CALLEX continuation: the callee, the keyword dict, the
** iterator being drained (None once the call is made), the list. */
enum { CX_CALLEE, CX_KW, CX_IT, CX_LIST, CX_NSTATE };

/* CALLEX: f(*args, **kwargs). args may be any iterable; one that runs
** Python code (a generator) is drained by a native frame first, which
** then makes the call and passes its result on. */
static mt_value callex(mt_vm *vm, mt_value callee, mt_value pos, mt_value kw) {
  if (mt_is_ref_type(pos, MT_T_LIST) || mt_is_ref_type(pos, MT_T_TUPLE)) return invoke_ex(vm, callee, pos, kw);
  mt_value it = mt_iter_new(vm, pos);
  if (it == MT_EXC) {
    if (!mt_exc_matches(vm, MT_T_TYPE_ERROR)) return MT_EXC;
    mt_exc_clear(vm);
    return call_error(vm, callee, "argument after * must be an iterable, not %T", pos);
  }
  mt_value l = mt_list_new(vm, 0);
  if (l == MT_EXC) return MT_EXC;
  if (mt_iter_is_native(vm, it)) {
    for (mt_value x; (x = mt_iter_next(vm, it)) != MT_STOP;)
      if (x == MT_EXC || mt_list_append(vm, l, x)) return MT_EXC;
    return invoke_ex(vm, callee, l, kw);
  }
  mt_value *st = mt_native_frame(vm, MT_CONT_CALLEX, CX_NSTATE);
  if (!st) return MT_EXC;
  st[CX_CALLEE] = callee;
  st[CX_KW] = kw;
  st[CX_IT] = it;
  st[CX_LIST] = l;
  return mt_native_next(vm, it);
}

mt_value mt_cont_callex(mt_vm *vm, mt_value *st, mt_value result) {
  if (st[CX_IT] == MT_NONE) return result;
  if (result != MT_STOP) {
    if (mt_list_append(vm, st[CX_LIST], result)) return MT_EXC;
    return mt_native_next(vm, st[CX_IT]);
  }
  st[CX_IT] = MT_NONE;
  return invoke_ex(vm, st[CX_CALLEE], st[CX_LIST], st[CX_KW]);
}

const char *mt_cont_callex_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  if (nstate != CX_NSTATE || st[CX_CALLEE] == MT_NULL || st[CX_KW] == MT_NULL || st[CX_IT] == MT_NULL ||
      !mt_is_ref_type(st[CX_LIST], MT_T_LIST))
    return "bad f(*args) state";
  return NULL;
}

/* ---- native frames (native.h) ---- */

mt_value *mt_native_frame(mt_vm *vm, uint32_t cont, uint32_t nstate) {
  mt_heap *h = mt_hdr(vm);
  if (h->depth >= h->max_depth) {
    mt_raise(vm, MT_T_RECURSION_ERROR, "maximum recursion depth exceeded");
    return NULL;
  }
  uint32_t nregs = MT_FRAME_STATE + nstate;
  uint32_t off = mt_heap_alloc(vm, MT_T_FRAME, mt_frame_size(nregs));
  if (!off) return NULL;
  mt_frame *f = mt_ptr(vm, off);
  f->nregs = nregs;
  f->flags = MT_FRAME_NATIVE | cont;
  f->back = *mt_root(vm, MT_ROOT_FRAME);
  f->func = f->code = f->globals = f->exc = MT_NULL;
  for (uint32_t i = 0; i < nregs; i++) f->regs[i] = MT_NONE;
  f->regs[MT_FRAME_PENDING_KIND] = mt_small(MT_PENDING_NONE);
  *mt_root(vm, MT_ROOT_FRAME) = mt_ref(MT_T_FRAME, off);
  h->depth++;
  return f->regs + MT_FRAME_STATE;
}

/* Leave r (an item, a result or MT_STOP) for the top native frame's
** continuation: the VM hands it over when it next looks at that frame. */
static void set_pending(mt_vm *vm, mt_value top, mt_value r) {
  mt_frame *f = MT_OBJ(vm, mt_frame, top);
  mt_assert(mt_frame_is_native(f));
  f->regs[MT_FRAME_PENDING] = r == MT_STOP ? MT_NONE : r;
  f->regs[MT_FRAME_PENDING_KIND] = mt_small(r == MT_STOP ? MT_PENDING_STOP : MT_PENDING_VALUE);
}

/* Take the pending result of native frame f: the value, MT_STOP, MT_EXC
** (a caught exception, pending again), or MT_NULL when none is waiting. */
static mt_value take_pending(mt_vm *vm, mt_frame *f) {
  int64_t kind = mt_as_small(f->regs[MT_FRAME_PENDING_KIND]);
  mt_value v = f->regs[MT_FRAME_PENDING];
  f->regs[MT_FRAME_PENDING_KIND] = mt_small(MT_PENDING_NONE);
  f->regs[MT_FRAME_PENDING] = MT_NONE;
  if (kind == MT_PENDING_EXC) return mt_raise_value(vm, v);
  return kind == MT_PENDING_NONE ? MT_NULL : kind == MT_PENDING_STOP ? MT_STOP : v;
}

void mt_native_catch(mt_vm *vm) {
  mt_frame *f = MT_OBJ(vm, mt_frame, *mt_root(vm, MT_ROOT_FRAME));
  mt_assert(mt_frame_is_native(f));
  f->flags |= MT_FRAME_CATCH;
}

/* Keep exception exc, which a catching native frame f stopped, for its
** continuation. */
static void catch_exception(mt_vm *vm, mt_frame *f, mt_value exc) {
  f->regs[MT_FRAME_PENDING] = exc;
  f->regs[MT_FRAME_PENDING_KIND] = mt_small(MT_PENDING_EXC);
  mt_exc_clear(vm);
}

/* The result r of what native frame top asked for: left pending for its
** continuation (a value, MT_STOP, or an exception raised at once when the
** frame catches), or passed on (MT_NULL: frames run it; MT_EXC). */
static mt_value native_result(mt_vm *vm, mt_value top, mt_value r) {
  if (r == MT_NULL) return r;
  if (r == MT_EXC) {
    mt_frame *f = MT_OBJ(vm, mt_frame, top);
    if (!(f->flags & MT_FRAME_CATCH) || *mt_root(vm, MT_ROOT_FRAME) != top) return r;
    mt_value e = mt_exc_normalize(vm);
    catch_exception(vm, MT_OBJ(vm, mt_frame, top), e == MT_EXC ? mt_exc_pending(vm) : e);
    return MT_NULL;
  }
  set_pending(vm, top, r);
  return MT_NULL;
}

mt_value mt_native_call(mt_vm *vm, mt_value callee, const mt_value *args, uint32_t nargs) {
  mt_value top = *mt_root(vm, MT_ROOT_FRAME);
  mt_assert(mt_frame_is_native(MT_OBJ(vm, mt_frame, top)));
  return native_result(vm, top, invoke(vm, callee, args, nargs, MT_NULL));
}

mt_value mt_native_next(mt_vm *vm, mt_value it) {
  mt_value top = *mt_root(vm, MT_ROOT_FRAME);
  return native_result(vm, top, mt_drive_next(vm, it));
}

/* ---- returning values ---- */

static int unpack_delivered(mt_vm *vm, mt_frame *f, const mt_code *co, mt_value items);
static int inplace_delivered(mt_vm *vm, mt_frame *f, mt_instr i, mt_value items);
static int store_delivered(mt_vm *vm, mt_frame *f, const mt_code *co, mt_instr i, mt_value items);

/* Hand v, the result of the frame just popped (or of a native; MT_EXC
** for an exception a catching native frame caught), to the frame now on
** top: a native frame's continuation, or the register the calling
** instruction names. Returns MT_VM_PAUSED to go on running the top frame,
** MT_VM_DONE when the bottom frame returned, MT_VM_ERROR with an
** exception pending (*reraise: the one caught, passed on). */
static mt_vm_status deliver(mt_vm *vm, mt_value v, bool *reraise) {
  mt_value caught = v == MT_EXC ? mt_exc_pending(vm) : MT_NULL;
  for (;;) {
    mt_value top = *mt_root(vm, MT_ROOT_FRAME);
    if (top == MT_NULL) {
      *mt_root(vm, MT_ROOT_RESULT) = v;
      return MT_VM_DONE;
    }
    mt_frame *f = MT_OBJ(vm, mt_frame, top);
    if (!mt_frame_is_native(f)) {
      mt_code *co = MT_OBJ(vm, mt_code, f->code);
      mt_instr i = co->code[f->pc - 1];
      if (mt_instr_op(i) == MT_OP_FORITER) {
        if (v != MT_STOP) {
          f->regs[mt_instr_a(i) + 1] = v;
          f->pc = (uint32_t)((int32_t)f->pc + mt_instr_sbx(i));
        }
      } else if (mt_instr_op(i) == MT_OP_YIELDFROM) {
        if (v == MT_STOP) {
          f->regs[mt_instr_a(i)] = mt_gen_return_value(vm, f->regs[mt_instr_b(i)]);
          return MT_VM_PAUSED;
        }
        /* The delegate yielded: so does this generator, to its resumer. */
        f->pc--;
        mt_call_pop(vm);
        continue;
      } else if (MT_UNLIKELY(mt_instr_op(i) == MT_OP_UNPACK || mt_instr_op(i) == MT_OP_UNPACKEX)) {
        /* The items the COLLECT frame gathered. */
        if (unpack_delivered(vm, f, co, v)) return MT_VM_ERROR;
      } else if (MT_UNLIKELY(mt_instr_op(i) == MT_OP_IADD || mt_instr_op(i) == MT_OP_IBITOR)) {
        if (inplace_delivered(vm, f, i, v)) return MT_VM_ERROR;
      } else if (MT_UNLIKELY(mt_instr_op(i) == MT_OP_SETITEM || mt_instr_op(i) == MT_OP_SETITEMK ||
                             mt_instr_op(i) == MT_OP_SETATTR)) {
        if (store_delivered(vm, f, co, i, v)) return MT_VM_ERROR;
      } else if (MT_UNLIKELY(mt_op_flags[mt_instr_op(i)] & MT_OPF_T)) {
        /* An IFIN-like test: take or skip the JMP after it, as CONDJUMP. */
        f->pc += (v == MT_TRUE) == (mt_instr_c(i) != 0) ? 1 + mt_instr_sj(co->code[f->pc]) : 1;
      } else {
        f->regs[mt_instr_a(i)] = v;
      }
      return MT_VM_PAUSED;
    }
    mt_native_cont cont = mt_native_conts[f->flags & MT_FRAME_CONT_MASK];
    mt_value r = cont(vm, f->regs + MT_FRAME_STATE, v);
    if (r == MT_EXC) {
      *reraise = caught != MT_NULL && mt_exc_pending(vm) == caught;
      return MT_VM_ERROR;
    }
    if (r == MT_NULL) return MT_VM_PAUSED;
    mt_call_pop(vm);
    v = r;
  }
}

/* ---- exceptions ---- */

/* The exception being handled where the top frame is: the newest frame's
** handled exception (PUSHEXC), or MT_NULL. */
static mt_value handled_exception(mt_vm *vm) {
  for (mt_value fv = *mt_root(vm, MT_ROOT_FRAME); fv != MT_NULL; fv = MT_OBJ(vm, mt_frame, fv)->back) {
    mt_value e = MT_OBJ(vm, mt_frame, fv)->exc;
    if (e != MT_NULL) return e;
  }
  return MT_NULL;
}

/* What PUSHEXC and POPEXC may store as a frame's handled exception: an
** exception, else nothing (None when none was being handled). Bytecode
** from a snapshot may name any register there, and the unwinder reads
** the field as an exception. */
static inline mt_value exception_or_null(mt_value v) {
  return mt_is_ref(v) && mt_type_is_exc(mt_ref_type(v)) ? v : MT_NULL;
}

/* exc.__context__ = the exception being handled, unless that would make a
** cycle (CPython's _PyErr_SetObject breaks it the same way). */
static void set_context(mt_vm *vm, mt_value exc) {
  mt_value ctx = handled_exception(vm);
  if (ctx == MT_NULL || ctx == exc || !mt_is_ref(exc) || !mt_is_ref(ctx)) return;
  mt_value o = ctx;
  for (int guard = 0; guard < 1000; guard++) {
    mt_value next = MT_OBJ(vm, mt_exc, o)->context;
    if (next == MT_NULL || next == MT_NONE) break;
    if (next == exc) {
      MT_OBJ(vm, mt_exc, o)->context = MT_NULL;
      break;
    }
    o = next;
  }
  mt_exc_set_context(vm, exc, ctx);
}

static const mt_codeobj_handler *find_handler(mt_vm *vm, const mt_code *co, uint32_t pc) {
  const mt_bytes *t = MT_OBJ(vm, mt_bytes, co->exctable);
  const mt_codeobj_handler *h = (const mt_codeobj_handler *)t->data;
  uint32_t n = t->len / sizeof *h;
  for (uint32_t k = 0; k < n; k++)
    if (pc >= h[k].start && pc < h[k].end) return &h[k];
  return NULL;
}

/* Unwind the pending exception from the top frame down: traceback entries
** for the frames it leaves (the top one too unless it is a re-raise), the
** first handler covering the failing instruction wins, or the first
** catching native frame below the top (mt_native_catch). A StopIteration
** leaving a generator's frame becomes RuntimeError (PEP 479). True when
** caught (the handling frame is on top, at its handler, or with the
** exception pending for its continuation), false when it left the bottom
** frame (no frames remain; it stays pending).
** How it started: raised anew (its __context__ becomes the exception being
** handled; the top frame gets a traceback entry), re-raised (neither), or
** thrown into a generator by throw() (only the entry: CPython restores a
** thrown exception as it is). */
typedef enum { UNWIND_RAISE, UNWIND_RERAISE, UNWIND_THROWN } unwind_kind;

static bool unwind(mt_vm *vm, unwind_kind kind) {
  mt_value exc = mt_exc_normalize(vm);
  if (exc == MT_EXC) exc = mt_exc_pending(vm);
  if (kind == UNWIND_RAISE) set_context(vm, exc);
  bool reraise = kind == UNWIND_RERAISE;
  bool first = true;
  for (;;) {
    mt_value fv = *mt_root(vm, MT_ROOT_FRAME);
    if (fv == MT_NULL) return false;
    mt_frame *f = MT_OBJ(vm, mt_frame, fv);
    if (!mt_frame_is_native(f)) {
      uint32_t pc = f->pc ? f->pc - 1 : 0;
      mt_value code = f->code;
      if ((!first || !reraise) && mt_is_ref(exc)) {
        if (mt_exc_add_traceback(vm, exc, code, pc)) {
          exc = mt_exc_pending(vm);
          f = MT_OBJ(vm, mt_frame, fv);
        }
      }
      /* A frame that has not run its first instruction is in no try
      ** block yet (a generator thrown into before it started). */
      const mt_codeobj_handler *h = f->pc ? find_handler(vm, MT_OBJ(vm, mt_code, code), pc) : NULL;
      if (h) {
        f->regs[h->reg] = exc;
        f->pc = h->target;
        f->flags &= ~MT_FRAME_THROW;
        mt_exc_clear(vm);
        return true;
      }
    } else if ((f->flags & MT_FRAME_CATCH) && !first) {
      catch_exception(vm, f, exc);
      return true;
    }
    first = false;
    mt_frame *top = MT_OBJ(vm, mt_frame, fv);
    if (top->flags & MT_FRAME_GEN) {
      top->flags |= MT_FRAME_DONE;
      exc = mt_gen_escape(vm, exc);
    }
    mt_call_pop(vm);
  }
}

/* A generator's frame that throw() resumed at a YIELD (gen.h): raise the
** exception there. False when it is at a YIELDFROM, which forwards it. */
static bool throw_at_yield(mt_vm *vm, mt_frame *f) {
  mt_instr y = MT_OBJ(vm, mt_code, f->code)->code[f->pc - 1];
  if (mt_instr_op(y) != MT_OP_YIELD) return false;
  f->flags &= ~MT_FRAME_THROW;
  mt_value exc = f->regs[mt_instr_a(y)];
  f->regs[mt_instr_a(y)] = MT_NONE;
  if (MT_UNLIKELY(!is_exception(exc))) bad_register(vm, y, mt_instr_a(y), "an exception");
  else mt_raise_value(vm, exc);
  return true;
}

/* RAISE with C = 1 or 2: the exception to raise (instantiating a class),
** or MT_EXC with the TypeError pending. */
static mt_value make_raise(mt_vm *vm, mt_value e, mt_value cause, bool has_cause) {
  if (mt_is_type(e) && mt_type_is_exc(mt_type_of_value(e))) {
    mt_value args = mt_tuple_new(vm, 0);
    e = args == MT_EXC ? MT_EXC : mt_exc_new(vm, mt_type_of_value(e), args);
    if (e == MT_EXC) return MT_EXC;
  } else if (!mt_is_ref(e) || !mt_type_is_exc(mt_ref_type(e))) {
    return mt_raise(vm, MT_T_TYPE_ERROR, "exceptions must derive from BaseException");
  }
  if (!has_cause) return e;
  if (mt_is_type(cause) && mt_type_is_exc(mt_type_of_value(cause))) {
    mt_value args = mt_tuple_new(vm, 0);
    cause = args == MT_EXC ? MT_EXC : mt_exc_new(vm, mt_type_of_value(cause), args);
    if (cause == MT_EXC) return MT_EXC;
  } else if (cause != MT_NONE && (!mt_is_ref(cause) || !mt_type_is_exc(mt_ref_type(cause)))) {
    return mt_raise(vm, MT_T_TYPE_ERROR, "exception causes must derive from BaseException");
  }
  mt_exc_set_cause(vm, e, cause);
  return e;
}

static bool is_exc_class(mt_value t) { return mt_is_type(t) && mt_type_is_exc(mt_type_of_value(t)); }

/* except T: is exception e an instance of T (a class or a flat tuple of
** them)? Like CPython 3.11's check_except_type_valid, every item of a
** tuple is checked before any matching: 1, 0, or -1 with TypeError. */
static int exc_matches(mt_vm *vm, mt_value e, mt_value t) {
  uint32_t et = mt_exc_type(vm, e);
  bool tuple = mt_is_ref_type(t, MT_T_TUPLE);
  const mt_value *classes = tuple ? mt_tuple_items(vm, t) : &t;
  uint32_t n = tuple ? mt_tuple_len(vm, t) : 1;
  for (uint32_t k = 0; k < n; k++)
    if (!is_exc_class(classes[k])) {
      mt_raise(vm, MT_T_TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
  for (uint32_t k = 0; k < n; k++)
    if (mt_type_issubclass(et, mt_type_of_value(classes[k]))) return 1;
  return 0;
}

/* ---- gathering items: unpacking and displays ---- */

/* state of the COLLECT continuation: the list or set the items go to, the
** iterator, how many items to stop at (0: all of them). */
enum { COL_TARGET, COL_IT, COL_LIMIT, COL_NSTATE };

static int collect_add(mt_vm *vm, mt_value target, mt_value x) {
  return mt_is_ref_type(target, MT_T_SET) ? mt_set_add(vm, target, x) : mt_list_append(vm, target, x);
}

static bool collect_full(mt_vm *vm, mt_value target, uint32_t limit) {
  if (!limit) return false;
  return (mt_is_ref_type(target, MT_T_SET) ? mt_set_len(vm, target) : mt_list_len(vm, target)) >= limit;
}

/* Add the items of iterator it to target (a list or a set), stopping
** after limit items in all (0: no limit). An iterator that runs Python
** code (a generator, map with a Python function) is drained by a COLLECT
** native frame whose continuation finally returns target to the
** instruction that asked. Returns 0 (done), 1 (a native frame will go on
** in the VM) or -1 with an exception pending. */
static int collect(mt_vm *vm, mt_value target, mt_value it, uint32_t limit) {
  if (!mt_iter_is_native(vm, it)) {
    mt_value *st = mt_native_frame(vm, MT_CONT_COLLECT, COL_NSTATE);
    if (!st) return -1;
    st[COL_TARGET] = target;
    st[COL_IT] = it;
    st[COL_LIMIT] = mt_small(limit);
    return mt_native_next(vm, it) == MT_EXC ? -1 : 1;
  }
  while (!collect_full(vm, target, limit)) {
    mt_value x = mt_iter_next(vm, it);
    if (x == MT_STOP) break;
    if (x == MT_EXC || collect_add(vm, target, x)) return -1;
  }
  return 0;
}

mt_value mt_cont_collect(mt_vm *vm, mt_value *st, mt_value result) {
  if (result == MT_STOP) return st[COL_TARGET];
  if (collect_add(vm, st[COL_TARGET], result)) return MT_EXC;
  if (collect_full(vm, st[COL_TARGET], (uint32_t)mt_as_small(st[COL_LIMIT]))) return st[COL_TARGET];
  return mt_native_next(vm, st[COL_IT]);
}

const char *mt_cont_collect_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  bool target = mt_is_ref_type(st[COL_TARGET], MT_T_LIST) || mt_is_ref_type(st[COL_TARGET], MT_T_SET);
  if (nstate != COL_NSTATE || !target || st[COL_IT] == MT_NULL || !mt_native_check_index(st[COL_LIMIT], UINT32_MAX))
    return "bad collecting state";
  return NULL;
}

/* The items of v as a pointer and count: lists and tuples directly; other
** iterables are gathered into a list first (kept in *keep), at most limit
** items of them (0: all). Returns 0, 1 when a COLLECT frame gathers them
** in the VM (the list is delivered to the instruction), or -1 with an
** exception pending ("cannot unpack non-iterable int object"). *items
** may be NULL when there are none. */
static int items_of(mt_vm *vm, mt_value v, const mt_value **items, uint32_t *n, mt_value *keep, uint32_t limit) {
  if (mt_is_ref_type(v, MT_T_TUPLE)) {
    *n = mt_tuple_len(vm, v);
    *items = mt_tuple_items(vm, v);
    return 0;
  }
  if (mt_is_ref_type(v, MT_T_LIST)) {
    *n = mt_list_len(vm, v);
    *items = mt_list_items(vm, v);
    return 0;
  }
  mt_value it = mt_iter_new(vm, v);
  if (it == MT_EXC) {
    if (mt_exc_matches(vm, MT_T_TYPE_ERROR)) {
      mt_exc_clear(vm);
      mt_raise(vm, MT_T_TYPE_ERROR, "cannot unpack non-iterable %T object", v);
    }
    return -1;
  }
  mt_value l = mt_list_new(vm, 0);
  if (l == MT_EXC) return -1;
  int r = collect(vm, l, it, limit);
  if (r) return r;
  *keep = l;
  *n = mt_list_len(vm, l);
  *items = mt_list_items(vm, l);
  return 0;
}

/* a, b = v: exactly count items; an iterator is advanced at most count + 1
** times, as CPython's UNPACK_SEQUENCE does. Returns 0, 1 (the items are
** being gathered in the VM) or -1. */
static int unpack(mt_vm *vm, mt_value *dst, mt_value v, uint32_t count) {
  uint32_t n = 0;
  const mt_value *items = NULL;
  mt_value keep = MT_NULL;
  int r = items_of(vm, v, &items, &n, &keep, count + 1);
  if (r) return r;
  if (n > count) {
    mt_raise(vm, MT_T_VALUE_ERROR, "too many values to unpack (expected %u)", count);
    return -1;
  }
  if (n < count) {
    mt_raise(vm, MT_T_VALUE_ERROR, "not enough values to unpack (expected %u, got %u)", count, n);
    return -1;
  }
  if (n) memmove(dst, items, 8 * (size_t)n);
  return 0;
}

/* a, *b, c = v: `before` leading items, a list, `after` trailing ones.
** The items may live in a register this writes (a, *b = a): the tail is
** copied aside first. Returns 0, 1 (the items are being gathered in the
** VM) or -1. */
static int unpack_ex(mt_vm *vm, mt_value *dst, mt_value v, uint32_t before, uint32_t after) {
  uint32_t n = 0;
  const mt_value *items = NULL;
  mt_value keep = MT_NULL;
  int r = items_of(vm, v, &items, &n, &keep, 0);
  if (r) return r;
  if (n < before + after) {
    mt_raise(vm, MT_T_VALUE_ERROR, "not enough values to unpack (expected at least %u, got %u)", before + after, n);
    return -1;
  }
  mt_value mid = mt_list_from(vm, items + before, n - before - after);
  if (mid == MT_EXC) return -1;
  mt_value tail[MT_MAXARG_A + 1];
  if (after > MT_ARRAY_LEN(tail)) {
    mt_raise(vm, MT_T_SYSTEM_ERROR, "bad unpacking target count");
    return -1;
  }
  if (after) memcpy(tail, items + n - after, 8 * (size_t)after);
  if (before) memmove(dst, items, 8 * (size_t)before);
  dst[before] = mid;
  if (after) memcpy(dst + before + 1, tail, 8 * (size_t)after);
  return 0;
}

/* Finish the UNPACK or UNPACKEX at frame f's pc - 1 with the list of items
** a COLLECT frame gathered (its pc is on UNPACKEX's EXTRAARG, which then
** runs as a no-op). Returns 0 or -1. */
static int unpack_delivered(mt_vm *vm, mt_frame *f, const mt_code *co, mt_value items) {
  mt_instr i = co->code[f->pc - 1];
  mt_value *dst = f->regs + mt_instr_a(i);
  if (mt_instr_op(i) == MT_OP_UNPACK) return unpack(vm, dst, items, mt_instr_c(i)) ? -1 : 0;
  return unpack_ex(vm, dst, items, mt_instr_c(i), mt_instr_ax(co->code[f->pc])) ? -1 : 0;
}

/* list += it and dict |= it where iterating `it` runs Python code (a
** generator, map with a Python function): a COLLECT frame appends the items
** to the list itself (as list_extend does, so an iterator that fails midway
** leaves the items before it), or gathers the pairs for the dict, which
** takes them when they are delivered. Returns 0 (not such a case), 1 (a
** COLLECT frame goes on in the VM) or -1 with an exception pending. */
static int inplace_gather(mt_vm *vm, mt_opcode op, mt_value a, mt_value b) {
  bool list_add = op == MT_OP_IADD && mt_is_ref_type(a, MT_T_LIST);
  bool dict_or = op == MT_OP_IBITOR && mt_is_ref_type(a, MT_T_DICT);
  if ((!list_add && !dict_or) || !mt_iterate_needs_vm(vm, b)) return 0;
  mt_value target = list_add ? a : mt_list_new(vm, 0);
  return target == MT_EXC ? -1 : collect(vm, target, b, 0);
}

/* Finish the IADD or IBITOR i of frame f with what the COLLECT frame of
** inplace_gather delivered: the extended list, or the dict's pairs.
** Returns 0 or -1. */
static int inplace_delivered(mt_vm *vm, mt_frame *f, mt_instr i, mt_value items) {
  mt_value r = items;
  if (mt_instr_op(i) == MT_OP_IBITOR) r = mt_ops_binary(vm, MT_BIN_BITOR, f->regs[mt_instr_b(i)], items, true);
  if (r == MT_EXC) return -1;
  f->regs[mt_instr_a(i)] = r;
  return 0;
}

/* A store (SETITEM, SETITEMK, SETATTR) whose operation returned 1: its
** value only the VM can iterate, a COLLECT frame gathers its items into a
** list and store_delivered stores that. Returns 1 or -1. */
static int store_gather(mt_vm *vm, mt_value v) {
  mt_value it = mt_iter_new(vm, v), l = it == MT_EXC ? MT_EXC : mt_list_new(vm, 0);
  return l == MT_EXC ? -1 : collect(vm, l, it, 0);
}

/* Finish the store i of frame f (its pc on the instruction after i, an
** escaped SETATTR's EXTRAARG) with the gathered list. Returns 0 or -1. */
static int store_delivered(mt_vm *vm, mt_frame *f, const mt_code *co, mt_instr i, mt_value items) {
  mt_value *R = f->regs;
  if (mt_instr_op(i) == MT_OP_SETITEM) return mt_ops_setitem(vm, R[mt_instr_a(i)], R[mt_instr_b(i)], items);
  if (mt_instr_op(i) == MT_OP_SETITEMK)
    return mt_ops_setitem(vm, R[mt_instr_a(i)], mt_tuple_items(vm, co->consts)[mt_instr_b(i)], items);
  uint32_t x = mt_instr_b(i) == MT_MAXARG_C ? mt_instr_ax(co->code[f->pc]) : mt_instr_b(i);
  return mt_attr_set(vm, R[mt_instr_a(i)], mt_tuple_items(vm, co->names)[x], items);
}

/* ---- displays ---- */

/* R[A].extend(v) for list displays: "Value after * must be an iterable,
** not int". Returns 0, 1 (a COLLECT frame goes on in the VM) or -1. */
static int list_extend_any(mt_vm *vm, mt_value l, mt_value v) {
  if (mt_is_ref_type(v, MT_T_LIST) || mt_is_ref_type(v, MT_T_TUPLE)) return mt_list_extend(vm, l, v);
  mt_value it = mt_iter_new(vm, v);
  if (it == MT_EXC) {
    if (!mt_exc_matches(vm, MT_T_TYPE_ERROR)) return -1;
    mt_exc_clear(vm);
    mt_raise(vm, MT_T_TYPE_ERROR, "Value after * must be an iterable, not %T", v);
    return -1;
  }
  return collect(vm, l, it, 0);
}

/* R[A].update(v) for set displays. Returns 0, 1 or -1 like
** list_extend_any. */
static int set_update_any(mt_vm *vm, mt_value s, mt_value v) {
  uint32_t t = mt_obj_type(v);
  if (t == MT_T_SET || t == MT_T_FROZENSET || t == MT_T_DICT || t == MT_T_LIST || t == MT_T_TUPLE)
    return mt_set_update(vm, s, v);
  mt_value it = mt_iter_new(vm, v);
  return it == MT_EXC ? -1 : collect(vm, s, it, 0);
}

/* DICTUPDATE / DICTMERGE: a mapping into a dict; DICTMERGE (a call's **)
** refuses repeated keywords naming the callee. */
static int dict_update(mt_vm *vm, mt_value d, mt_value src, mt_value callee, bool merge) {
  if (!mt_is_ref_type(src, MT_T_DICT)) {
    if (merge) call_error(vm, callee, "argument after ** must be a mapping, not %T", src);
    else mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object is not a mapping", src);
    return -1;
  }
  if (!merge) return mt_dict_merge(vm, d, src);
  uint32_t pos = 0;
  mt_value k, v;
  while (mt_dict_next(vm, src, &pos, &k, &v)) {
    mt_value old = mt_dict_get(vm, d, k);
    if (old == MT_EXC) return -1;
    if (old != MT_NULL) {
      call_error(vm, callee, "got multiple values for keyword argument '%S'", k);
      return -1;
    }
    if (mt_dict_set(vm, d, k, v)) return -1;
  }
  return 0;
}

/* ---- comparisons ---- */

/* state of the CONTAINS continuation: the item sought, the iterator, the
** result when it is found (True for in, False for not in). */
enum { CT_ITEM, CT_IT, CT_FOUND, CT_NSTATE };

/* `x in it` for an iterator only the VM can advance: a CONTAINS frame
** takes items until one is x (leaving the rest, as CPython does) or it is
** exhausted, and its result goes to the comparison instruction. Returns
** MT_NULL or MT_EXC. */
static mt_value contains_in_vm(mt_vm *vm, mt_value it, mt_value x, bool in) {
  mt_value *st = mt_native_frame(vm, MT_CONT_CONTAINS, CT_NSTATE);
  if (!st) return MT_EXC;
  st[CT_ITEM] = x;
  st[CT_IT] = it;
  st[CT_FOUND] = mt_bool(in);
  return mt_native_next(vm, it);
}

mt_value mt_cont_contains(mt_vm *vm, mt_value *st, mt_value result) {
  if (result == MT_STOP) return st[CT_FOUND] ^ 1;
  int same = mt_cmp_same(vm, result, st[CT_ITEM]);
  if (same < 0) return MT_EXC;
  return same ? st[CT_FOUND] : mt_native_next(vm, st[CT_IT]);
}

const char *mt_cont_contains_check(mt_vm *vm, const mt_value *st, uint32_t nstate) {
  (void)vm;
  if (nstate != CT_NSTATE || st[CT_ITEM] == MT_NULL || st[CT_IT] == MT_NULL || !mt_is_bool(st[CT_FOUND]))
    return "bad containment search state";
  return NULL;
}

/* a <op> b for the comparison opcodes, as a bool value or MT_EXC; MT_NULL
** when a native frame searches an iterator for `in` (compare_delivered). */
static mt_value compare(mt_vm *vm, mt_opcode op, mt_value a, mt_value b) {
  switch (op) {
  case MT_OP_IS: return mt_bool(a == b);
  case MT_OP_ISNOT: return mt_bool(a != b);
  case MT_OP_IN:
  case MT_OP_NOTIN: {
    int r = mt_ops_contains(vm, b, a);
    if (r < 0) return MT_EXC;
    if (r == 2) return contains_in_vm(vm, b, a, op == MT_OP_IN);
    return mt_bool((r == 1) == (op == MT_OP_IN));
  }
  case MT_OP_EQ:
  case MT_OP_NE: {
    int r = mt_cmp_eq(vm, a, b);
    if (r < 0) return MT_EXC;
    return mt_bool((r == 1) == (op == MT_OP_EQ));
  }
  case MT_OP_LT: return mt_cmp_rich(vm, a, b, MT_CMP_LT);
  case MT_OP_LE: return mt_cmp_rich(vm, a, b, MT_CMP_LE);
  case MT_OP_GT: return mt_cmp_rich(vm, a, b, MT_CMP_GT);
  default: return mt_cmp_rich(vm, a, b, MT_CMP_GE);
  }
}

/* ---- setup ---- */

void mt_vm_init(mt_vm *vm) {
  vm->native_count = MT_NATIVE_COUNT;
  vm->native_names = mt_native_names;
}

/* The globals CPython gives a module run as a script: __name__ is
** "__main__", __doc__ its docstring or None. Globals the host bound first
** (inputs) keep their values. */
static int module_globals(mt_vm *vm, mt_value code) {
  mt_value g = *mt_root(vm, MT_ROOT_GLOBALS);
  const mt_value names[2] = {mt_name(MT_N___name__), mt_name(MT_N___doc__)};
  const mt_value values[2] = {mt_name(MT_N___main__), mt_func_docstring(vm, code)};
  for (int i = 0; i < 2; i++) {
    mt_value old = mt_dict_get(vm, g, names[i]);
    if (old == MT_EXC || (old == MT_NULL && mt_dict_set(vm, g, names[i], values[i]))) return -1;
  }
  return 0;
}

int mt_vm_start(mt_vm *vm, mt_value code) {
  mt_exc_clear(vm);
  *mt_root(vm, MT_ROOT_RESULT) = MT_NONE;
  if (module_globals(vm, code)) return -1;
  return mt_call_push_code(vm, code, *mt_root(vm, MT_ROOT_GLOBALS));
}

void mt_vm_throw(mt_vm *vm, mt_value exc) { mt_raise_value(vm, exc); }

void mt_vm_reset(mt_vm *vm) {
  while (*mt_root(vm, MT_ROOT_FRAME) != MT_NULL) mt_call_pop(vm);
}

/*
** {==================================================================
** The loop
** ===================================================================
*/

#if MT_VM_COMPUTED_GOTO
#define VM_DISPATCH(op) goto *disptab[op];
#define VM_CASE(name) L_##name:
#define VM_NEXT                        \
  do {                                 \
    i = *ip++;                         \
    goto *disptab[mt_instr_op(i)];     \
  } while (0)
#else
#define VM_DISPATCH(op) switch ((uint32_t)(op))
#define VM_CASE(name) case MT_OP_##name:
#define VM_NEXT continue
#endif

#define LOAD_FRAME()                                       \
  do {                                                     \
    f = MT_OBJ(vm, mt_frame, *mt_root(vm, MT_ROOT_FRAME)); \
    co = MT_OBJ(vm, mt_code, f->code);                     \
    ip = co->code + f->pc;                                 \
    R = f->regs;                                           \
    K = mt_tuple_items(vm, co->consts);                    \
    N = mt_tuple_items(vm, co->names);                     \
  } while (0)
#define SAVE_PC() (f->pc = (uint32_t)(ip - co->code))

#define A_ mt_instr_a(i)
#define B_ mt_instr_b(i)
#define C_ mt_instr_c(i)
#define RA R[mt_instr_a(i)]
#define RB R[mt_instr_b(i)]
#define RC R[mt_instr_c(i)]
/* A K/N/P operand that may have escaped into the following EXTRAARG. */
#define ESC8(x) ((x) == MT_MAXARG_C ? mt_instr_ax(*ip++) : (x))
#define ESC16(x) ((x) == MT_MAXARG_BX ? mt_instr_ax(*ip++) : (x))

/* One tick of budget and a collector safe point: at backward jumps, calls
** and returns. Nothing lives in C locals here. */
#define SAFEPOINT()                                      \
  do {                                                   \
    if (MT_UNLIKELY(--budget == 0)) {                    \
      SAVE_PC();                                         \
      return MT_VM_PAUSED;                               \
    }                                                    \
    SAVE_PC();                                           \
    if (MT_UNLIKELY(mt_gc_safepoint(vm))) LOAD_FRAME();  \
  } while (0)

#define CHECK(x)                     \
  do {                               \
    if (MT_UNLIKELY((x) == MT_EXC)) goto raise; \
  } while (0)
#define CHECK_INT(x)                 \
  do {                               \
    if (MT_UNLIKELY((x) < 0)) goto raise; \
  } while (0)

/* A register guard (bad_register): R[reg] must satisfy ok. */
#define EXPECT(ok, reg, what)                     \
  do {                                            \
    if (MT_UNLIKELY(!(ok))) {                     \
      bad_register(vm, i, (uint32_t)(reg), what); \
      goto raise;                                 \
    }                                             \
  } while (0)
#define EXPECT_TYPE(reg, type, what) EXPECT(mt_is_ref_type(R[reg], type), reg, what)

/* Go on with the frame now on top (just pushed, or returned to): a safe
** point. A plain block, not do-while: VM_NEXT may be `continue`. */
#define ENTER_TOP() \
  {                 \
    LOAD_FRAME();   \
    SAFEPOINT();    \
    VM_NEXT;        \
  }

/* RETURN's common case (result_register): pop f, store ret, go on. */
#define RETURN_TO_CALLER()                       \
  {                                              \
    mt_value *dst_ = result_register(vm, f);     \
    if (MT_LIKELY(dst_ != NULL)) {               \
      *dst_ = ret;                               \
      mt_call_pop_plain(vm, f);                  \
      ENTER_TOP();                               \
    }                                            \
  }

/* The test instructions: the JMP after them runs when cond holds. */
#define CONDJUMP(cond)                                     \
  do {                                                     \
    if (cond) {                                            \
      int32_t off_ = mt_instr_sj(*ip);                     \
      ip += 1 + off_;                                      \
      if (off_ < 0) SAFEPOINT();                           \
    } else {                                               \
      ip++;                                                \
    }                                                      \
  } while (0)

#define ARITH(name, smallop, floatop)                                          \
  VM_CASE(name) {                                                              \
    mt_value a = RB, b = RC, r;                                                \
    if (mt_both_small(a, b) && smallop(a, b, &r)) {                            \
      RA = r;                                                                  \
      VM_NEXT;                                                                 \
    }                                                                          \
    if (mt_is_float(a) && mt_is_float(b)) {                                    \
      RA = mt_float(mt_as_float(a) floatop mt_as_float(b));                    \
      VM_NEXT;                                                                 \
    }                                                                          \
    r = mt_ops_binary(vm, (mt_binop)(mt_instr_op(i) - MT_OP_ADD), a, b, false); \
    CHECK(r);                                                                  \
    RA = r;                                                                    \
    VM_NEXT;                                                                   \
  }

#define BINARY(name, bop, inplace)                          \
  VM_CASE(name) {                                           \
    mt_value r = mt_ops_binary(vm, bop, RB, RC, inplace);   \
    CHECK(r);                                               \
    RA = r;                                                 \
    VM_NEXT;                                                \
  }

/* The general path of list += and dict |=, whose right side may be an
** iterator that runs Python code (see inplace_gather). */
#define INPLACE_GATHERING(bop)                                 \
  {                                                            \
    int g = inplace_gather(vm, mt_instr_op(i), RB, RC);        \
    if (MT_UNLIKELY(g > 0)) {                                  \
      SAVE_PC();                                               \
      goto called;                                             \
    }                                                          \
    CHECK_INT(g);                                              \
    mt_value res = mt_ops_binary(vm, bop, RB, RC, true);       \
    CHECK(res);                                                \
    RA = res;                                                  \
    VM_NEXT;                                                   \
  }

#define BINARYK(name, bop)                                  \
  VM_CASE(name) {                                           \
    mt_value r = mt_ops_binary(vm, bop, RB, K[C_], false);  \
    CHECK(r);                                               \
    RA = r;                                                 \
    VM_NEXT;                                                \
  }

/* Comparisons: small ints and floats inline, the rest through compare(). */
#define COMPARE(name, cop)                                         \
  VM_CASE(name) {                                                  \
    mt_value a = RB, b = RC;                                       \
    if (mt_both_small(a, b)) {                                     \
      RA = mt_bool(mt_as_small(a) cop mt_as_small(b));             \
      VM_NEXT;                                                     \
    }                                                              \
    if (mt_is_float(a) && mt_is_float(b)) {                        \
      RA = mt_bool(mt_as_float(a) cop mt_as_float(b));             \
      VM_NEXT;                                                     \
    }                                                              \
    mt_value r = compare(vm, MT_OP_##name, a, b);                  \
    CHECK(r);                                                      \
    RA = r;                                                        \
    VM_NEXT;                                                       \
  }

#define CONTAINS(name)                                             \
  VM_CASE(name) {                                                  \
    mt_value r = compare(vm, MT_OP_##name, RB, RC);                \
    if (MT_UNLIKELY(r == MT_NULL)) {                               \
      SAVE_PC();                                                   \
      goto called;                                                 \
    }                                                              \
    CHECK(r);                                                      \
    RA = r;                                                        \
    VM_NEXT;                                                       \
  }

/* The conditional forms: the JMP after them runs when (R[A] op right)
** == C. vop is the value opcode the slow path computes. */
#define IFCOMPARE(name, vop, right, cop)                                \
  VM_CASE(name) {                                                      \
    mt_value a = RA, b = (right);                                      \
    int c;                                                             \
    if (mt_both_small(a, b)) c = mt_as_small(a) cop mt_as_small(b);    \
    else if (mt_is_float(a) && mt_is_float(b))                         \
      c = mt_as_float(a) cop mt_as_float(b);                           \
    else {                                                             \
      mt_value r = compare(vm, MT_OP_##vop, a, b);                     \
      CHECK(r);                                                        \
      c = r == MT_TRUE;                                                \
    }                                                                  \
    CONDJUMP(c == (int)C_);                                            \
    VM_NEXT;                                                           \
  }

#define IFCONTAINS(name, vop, right)                                    \
  VM_CASE(name) {                                                      \
    mt_value r = compare(vm, MT_OP_##vop, RA, (right));                \
    if (MT_UNLIKELY(r == MT_NULL)) {                                   \
      SAVE_PC();                                                       \
      goto called;                                                     \
    }                                                                  \
    CHECK(r);                                                          \
    CONDJUMP((r == MT_TRUE) == (C_ != 0));                             \
    VM_NEXT;                                                           \
  }

/* A Python function that is not a generator function: calling it pushes
** its frame (mt_call_push), which the loop enters at once. */
static inline bool is_plain_function(mt_vm *vm, mt_value v) {
  return mt_is_ref_type(v, MT_T_FUNCTION) &&
         !(MT_OBJ(vm, mt_code, MT_OBJ(vm, mt_function, v)->code)->flags & MT_CO_GENERATOR);
}

/* The common return, from a plain frame f to a Python caller waiting at a
** CALL or CALLMETHOD: that caller's result register. NULL for the rest
** (generators, native callers, FORITER, ...), which deliver() handles. */
static inline mt_value *result_register(mt_vm *vm, const mt_frame *f) {
  if ((f->flags & MT_FRAME_GEN) || f->back == MT_NULL) return NULL;
  mt_frame *c = MT_OBJ(vm, mt_frame, f->back);
  if (mt_frame_is_native(c)) return NULL;
  mt_instr i = MT_OBJ(vm, mt_code, c->code)->code[c->pc - 1];
  if (mt_instr_op(i) != MT_OP_CALL && mt_instr_op(i) != MT_OP_CALLMETHOD) return NULL;
  return &c->regs[mt_instr_a(i)];
}

static inline bool small_floordiv(mt_value a, mt_value b, mt_value *r) {
  int64_t x = mt_as_small(a), y = mt_as_small(b);
  if (y == 0) return false;
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
  if (!mt_small_fits(q)) return false;
  *r = mt_small(q);
  return true;
}

static inline bool small_mod(mt_value a, mt_value b, mt_value *r) {
  int64_t x = mt_as_small(a), y = mt_as_small(b);
  if (y == 0) return false;
  int64_t m = x % y;
  if (m != 0 && ((m < 0) != (y < 0))) m += y;
  *r = mt_small(m);
  return true;
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"

mt_vm_status mt_vm_run(mt_vm *vm, uint64_t budget) {
#if MT_VM_COMPUTED_GOTO
  static const void *const disptab[MT_OP_COUNT] = {
#define X(name, fmt, a, b, c, flags, doc) [MT_OP_##name] = &&L_##name,
      MT_OPCODES(X)
#undef X
  };
#endif
  mt_frame *f;
  mt_code *co;
  const mt_instr *ip;
  mt_value *R;
  const mt_value *K, *N;
  mt_instr i;
  mt_value ret;
  if (budget == 0) budget = 1;
  if (mt_exc_pending(vm) != MT_NULL) {
    /* A throw into a paused run (mt_vm_throw). */
    if (!unwind(vm, UNWIND_RAISE)) return MT_VM_ERROR;
  }

reenter:
  /* The top frame: a Python frame to run, or a native frame with a result
  ** waiting for its continuation. */
  {
    mt_value top = *mt_root(vm, MT_ROOT_FRAME);
    if (top == MT_NULL) return MT_VM_DONE;
    mt_frame *t = MT_OBJ(vm, mt_frame, top);
    if (MT_UNLIKELY(t->flags & MT_FRAME_THROW) && throw_at_yield(vm, t)) {
      if (!unwind(vm, UNWIND_THROWN)) return MT_VM_ERROR;
      goto reenter;
    }
    if (mt_frame_is_native(t)) {
      mt_value pending = take_pending(vm, t);
      mt_assert(pending != MT_NULL);
      bool reraise = false;
      mt_vm_status s = deliver(vm, pending, &reraise);
      if (s == MT_VM_DONE) return s;
      if (s == MT_VM_ERROR) {
        if (!unwind(vm, reraise ? UNWIND_RERAISE : UNWIND_RAISE)) return MT_VM_ERROR;
      }
      goto reenter;
    }
  }
  /* A safe point: frames were pushed or popped, nothing is in C locals. */
  mt_gc_safepoint(vm);
  LOAD_FRAME();

  for (;;) {
    i = *ip++;
    VM_DISPATCH(mt_instr_op(i)) {
      VM_CASE(NOP) VM_NEXT;
      VM_CASE(EXTRAARG) VM_NEXT;
      VM_CASE(MOVE) {
        RA = RB;
        VM_NEXT;
      }
      VM_CASE(LOADK) {
        RA = K[ESC16(mt_instr_bx(i))];
        VM_NEXT;
      }
      VM_CASE(LOADI) {
        RA = mt_small(mt_instr_sbx(i));
        VM_NEXT;
      }
      VM_CASE(LOADNONE) {
        RA = MT_NONE;
        VM_NEXT;
      }
      VM_CASE(LOADBOOL) {
        RA = mt_bool(B_ != 0);
        if (C_) ip++;
        VM_NEXT;
      }
      VM_CASE(LOADBUILTIN) {
        mt_value name = N[ESC16(mt_instr_bx(i))];
        mt_value v = builtin(vm, name);
        if (v == MT_NULL) v = name_error(vm, name);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(GETGLOBAL)
      VM_CASE(GETCALLEE) {
        uint32_t x = ESC16(mt_instr_bx(i));
        mt_value v = get_global(vm, f->globals, N[x], cache_of(vm, co, x));
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(SETGLOBAL) {
        uint32_t x = ESC16(mt_instr_bx(i));
        CHECK_INT(set_global(vm, f->globals, N[x], RA, cache_of(vm, co, x)));
        VM_NEXT;
      }
      VM_CASE(DELGLOBAL) {
        mt_value name = N[ESC16(mt_instr_bx(i))];
        mt_value v = mt_dict_pop(vm, f->globals, name);
        if (v == MT_NULL) v = name_error(vm, name);
        CHECK(v);
        VM_NEXT;
      }
      VM_CASE(CHECKLOCAL) {
        if (MT_UNLIKELY(RA == MT_NULL)) {
          unbound_local(vm, f->code, A_);
          goto raise;
        }
        VM_NEXT;
      }
      VM_CASE(DELLOCAL) {
        if (RA == MT_NULL) {
          unbound_local(vm, f->code, A_);
          goto raise;
        }
        RA = MT_NULL;
        VM_NEXT;
      }
      VM_CASE(MAKECELL) {
        uint32_t off = mt_heap_alloc(vm, MT_T_CELL, sizeof(mt_cell));
        if (!off) goto raise;
        ((mt_cell *)mt_ptr(vm, off))->v = RA;
        RA = mt_ref(MT_T_CELL, off);
        VM_NEXT;
      }
      VM_CASE(GETCELL) {
        EXPECT_TYPE(B_, MT_T_CELL, "a cell");
        mt_value v = MT_OBJ(vm, mt_cell, RB)->v;
        if (MT_UNLIKELY(v == MT_NULL)) {
          empty_cell(vm, f->code, B_);
          goto raise;
        }
        RA = v;
        VM_NEXT;
      }
      VM_CASE(SETCELL) {
        EXPECT_TYPE(A_, MT_T_CELL, "a cell");
        MT_OBJ(vm, mt_cell, RA)->v = RB;
        VM_NEXT;
      }
      VM_CASE(DELCELL) {
        EXPECT_TYPE(A_, MT_T_CELL, "a cell");
        mt_cell *c = MT_OBJ(vm, mt_cell, RA);
        if (c->v == MT_NULL) {
          empty_cell(vm, f->code, A_);
          goto raise;
        }
        c->v = MT_NULL;
        VM_NEXT;
      }
      VM_CASE(GETATTR) {
        mt_value v = mt_attr_get(vm, RB, N[ESC8(C_)]);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(SETATTR) {
        SAVE_PC();
        int r = mt_attr_set(vm, RA, N[ESC8(B_)], RC);
        if (MT_UNLIKELY(r > 0) && (r = store_gather(vm, RC)) > 0) goto called;
        CHECK_INT(r);
        VM_NEXT;
      }
      VM_CASE(DELATTR) {
        CHECK_INT(mt_attr_del(vm, RA, N[ESC8(B_)]));
        VM_NEXT;
      }
      VM_CASE(LOADMETHOD) {
        uint32_t x = ESC8(C_);
        mt_value self = RB;
        uint32_t t = mt_obj_type(self);
        cache_slot *slot = cache_of(vm, co, x);
        if (slot->kind == CACHE_METHOD && slot->a == t) {
          RA = mt_native(slot->b);
          R[A_ + 1] = self;
          VM_NEXT;
        }
        int32_t m = mt_is_type(self) ? -1 : mt_native_method(t, N[x]);
        if (m >= 0) {
          *slot = (cache_slot){CACHE_METHOD, t, (uint32_t)m, 0, 0};
          RA = mt_native((uint32_t)m);
          R[A_ + 1] = self;
          VM_NEXT;
        }
        mt_value v = mt_attr_get(vm, self, N[x]);
        CHECK(v);
        RA = v;
        R[A_ + 1] = MT_NULL;
        VM_NEXT;
      }
      VM_CASE(GETITEM) {
        mt_value c = RB, k = RC, v;
        if (mt_is_ref_type(c, MT_T_LIST) && mt_is_small(k)) {
          mt_list *l = MT_OBJ(vm, mt_list, c);
          int64_t x = mt_as_small(k);
          if (x < 0) x += l->len;
          if (x >= 0 && x < (int64_t)l->len) {
            RA = MT_OBJ(vm, mt_varray, l->items)->v[x];
            VM_NEXT;
          }
        }
        v = mt_ops_getitem(vm, c, k);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(GETITEMK) {
        mt_value v = mt_ops_getitem(vm, RB, K[C_]);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(SETITEM) {
        mt_value c = RA, k = RB;
        if (mt_is_ref_type(c, MT_T_LIST) && mt_is_small(k)) {
          mt_list *l = MT_OBJ(vm, mt_list, c);
          int64_t x = mt_as_small(k);
          if (x < 0) x += l->len;
          if (x >= 0 && x < (int64_t)l->len) {
            MT_OBJ(vm, mt_varray, l->items)->v[x] = RC;
            VM_NEXT;
          }
        }
        int r = mt_ops_setitem(vm, c, k, RC);
        if (MT_UNLIKELY(r > 0) && (r = store_gather(vm, RC)) > 0) {
          SAVE_PC();
          goto called;
        }
        CHECK_INT(r);
        VM_NEXT;
      }
      VM_CASE(SETITEMK) {
        int r = mt_ops_setitem(vm, RA, K[B_], RC);
        if (MT_UNLIKELY(r > 0) && (r = store_gather(vm, RC)) > 0) {
          SAVE_PC();
          goto called;
        }
        CHECK_INT(r);
        VM_NEXT;
      }
      VM_CASE(DELITEM) {
        CHECK_INT(mt_ops_delitem(vm, RA, RB));
        VM_NEXT;
      }
      VM_CASE(BUILDSLICE) {
        mt_value v = mt_slice_new(vm, RB, R[B_ + 1], C_ == 3 ? R[B_ + 2] : MT_NONE);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      ARITH(ADD, mt_small_add, +)
      ARITH(SUB, mt_small_sub, -)
      ARITH(MUL, mt_small_mul, *)
      VM_CASE(TRUEDIV) {
        mt_value a = RB, b = RC, r;
        if (mt_is_float(a) && mt_is_float(b) && mt_as_float(b) != 0.0) {
          RA = mt_float(mt_as_float(a) / mt_as_float(b));
          VM_NEXT;
        }
        r = mt_ops_binary(vm, MT_BIN_TRUEDIV, a, b, false);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(FLOORDIV) {
        mt_value a = RB, b = RC, r;
        if (mt_both_small(a, b) && small_floordiv(a, b, &r)) {
          RA = r;
          VM_NEXT;
        }
        r = mt_ops_binary(vm, MT_BIN_FLOORDIV, a, b, false);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(MOD) {
        mt_value a = RB, b = RC, r;
        if (mt_both_small(a, b) && small_mod(a, b, &r)) {
          RA = r;
          VM_NEXT;
        }
        r = mt_ops_binary(vm, MT_BIN_MOD, a, b, false);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      BINARY(POW, MT_BIN_POW, false)
      BINARY(MATMUL, MT_BIN_MATMUL, false)
      BINARY(LSHIFT, MT_BIN_LSHIFT, false)
      BINARY(RSHIFT, MT_BIN_RSHIFT, false)
      BINARY(BITAND, MT_BIN_BITAND, false)
      BINARY(BITOR, MT_BIN_BITOR, false)
      BINARY(BITXOR, MT_BIN_BITXOR, false)
      VM_CASE(ADDK) {
        mt_value a = RB, b = K[C_], r;
        if (mt_both_small(a, b) && mt_small_add(a, b, &r)) {
          RA = r;
          VM_NEXT;
        }
        r = mt_ops_binary(vm, MT_BIN_ADD, a, b, false);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(SUBK) {
        mt_value a = RB, b = K[C_], r;
        if (mt_both_small(a, b) && mt_small_sub(a, b, &r)) {
          RA = r;
          VM_NEXT;
        }
        r = mt_ops_binary(vm, MT_BIN_SUB, a, b, false);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(MULK) {
        mt_value a = RB, b = K[C_], r;
        if (mt_both_small(a, b) && mt_small_mul(a, b, &r)) {
          RA = r;
          VM_NEXT;
        }
        r = mt_ops_binary(vm, MT_BIN_MUL, a, b, false);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      BINARYK(TRUEDIVK, MT_BIN_TRUEDIV)
      VM_CASE(FLOORDIVK) {
        mt_value a = RB, b = K[C_], r;
        if (mt_both_small(a, b) && small_floordiv(a, b, &r)) {
          RA = r;
          VM_NEXT;
        }
        r = mt_ops_binary(vm, MT_BIN_FLOORDIV, a, b, false);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(MODK) {
        mt_value a = RB, b = K[C_], r;
        if (mt_both_small(a, b) && small_mod(a, b, &r)) {
          RA = r;
          VM_NEXT;
        }
        r = mt_ops_binary(vm, MT_BIN_MOD, a, b, false);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      BINARYK(POWK, MT_BIN_POW)
      BINARYK(LSHIFTK, MT_BIN_LSHIFT)
      BINARYK(RSHIFTK, MT_BIN_RSHIFT)
      BINARYK(BITANDK, MT_BIN_BITAND)
      BINARYK(BITORK, MT_BIN_BITOR)
      BINARYK(BITXORK, MT_BIN_BITXOR)
      VM_CASE(IADD) {
        mt_value a = RB, b = RC, r;
        if (mt_both_small(a, b) && mt_small_add(a, b, &r)) {
          RA = r;
          VM_NEXT;
        }
        INPLACE_GATHERING(MT_BIN_ADD)
      }
      BINARY(ISUB, MT_BIN_SUB, true)
      BINARY(IMUL, MT_BIN_MUL, true)
      BINARY(ITRUEDIV, MT_BIN_TRUEDIV, true)
      BINARY(IFLOORDIV, MT_BIN_FLOORDIV, true)
      BINARY(IMOD, MT_BIN_MOD, true)
      BINARY(IPOW, MT_BIN_POW, true)
      BINARY(IMATMUL, MT_BIN_MATMUL, true)
      BINARY(ILSHIFT, MT_BIN_LSHIFT, true)
      BINARY(IRSHIFT, MT_BIN_RSHIFT, true)
      BINARY(IBITAND, MT_BIN_BITAND, true)
      VM_CASE(IBITOR) INPLACE_GATHERING(MT_BIN_BITOR)
      BINARY(IBITXOR, MT_BIN_BITXOR, true)
      VM_CASE(NEG) {
        mt_value r = mt_ops_neg(vm, RB);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(POS) {
        mt_value r = mt_ops_pos(vm, RB);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(INVERT) {
        mt_value r = mt_ops_invert(vm, RB);
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(NOT) {
        RA = mt_bool(!mt_ops_truth(vm, RB));
        VM_NEXT;
      }
      COMPARE(EQ, ==)
      COMPARE(NE, !=)
      COMPARE(LT, <)
      COMPARE(LE, <=)
      COMPARE(GT, >)
      COMPARE(GE, >=)
      CONTAINS(IN)
      CONTAINS(NOTIN)
      VM_CASE(IS) {
        RA = mt_bool(RB == RC);
        VM_NEXT;
      }
      VM_CASE(ISNOT) {
        RA = mt_bool(RB != RC);
        VM_NEXT;
      }
      IFCOMPARE(IFEQ, EQ, RB, ==)
      IFCOMPARE(IFNE, NE, RB, !=)
      IFCOMPARE(IFLT, LT, RB, <)
      IFCOMPARE(IFLE, LE, RB, <=)
      IFCOMPARE(IFGT, GT, RB, >)
      IFCOMPARE(IFGE, GE, RB, >=)
      IFCONTAINS(IFIN, IN, RB)
      IFCONTAINS(IFNOTIN, NOTIN, RB)
      VM_CASE(IFIS) {
        CONDJUMP((RA == RB) == (C_ != 0));
        VM_NEXT;
      }
      VM_CASE(IFISNOT) {
        CONDJUMP((RA != RB) == (C_ != 0));
        VM_NEXT;
      }
      IFCOMPARE(IFEQK, EQ, K[B_], ==)
      IFCOMPARE(IFNEK, NE, K[B_], !=)
      IFCOMPARE(IFLTK, LT, K[B_], <)
      IFCOMPARE(IFLEK, LE, K[B_], <=)
      IFCOMPARE(IFGTK, GT, K[B_], >)
      IFCOMPARE(IFGEK, GE, K[B_], >=)
      IFCONTAINS(IFINK, IN, K[B_])
      IFCONTAINS(IFNOTINK, NOTIN, K[B_])
      VM_CASE(IFNONE) {
        CONDJUMP((RA == MT_NONE) == (B_ != 0));
        VM_NEXT;
      }
      VM_CASE(IFEXCMATCH) {
        EXPECT(is_exception(RA), A_, "an exception");
        int r = exc_matches(vm, RA, RB);
        CHECK_INT(r);
        CONDJUMP(r == (int)(C_ != 0));
        VM_NEXT;
      }
      VM_CASE(JMP) {
        int32_t off = mt_instr_sj(i);
        ip += off;
        if (off < 0) SAFEPOINT();
        VM_NEXT;
      }
      VM_CASE(TEST) {
        mt_value v = RA;
        int t = v == MT_TRUE ? 1 : v == MT_FALSE ? 0 : mt_ops_truth(vm, v);
        CONDJUMP(t == (int)(B_ != 0));
        VM_NEXT;
      }
      VM_CASE(TESTSET) {
        mt_value v = RB;
        int t = v == MT_TRUE ? 1 : v == MT_FALSE ? 0 : mt_ops_truth(vm, v);
        if (t == (int)(C_ != 0)) {
          RA = v;
          CONDJUMP(true);
        } else {
          ip++;
        }
        VM_NEXT;
      }
      VM_CASE(GETITER) {
        mt_value it = mt_iter_new(vm, RB);
        CHECK(it);
        RA = it;
        VM_NEXT;
      }
      VM_CASE(FORITER) {
        mt_value it = RA;
        if (MT_LIKELY(mt_is_ref_type(it, MT_T_RANGE_ITER))) {
          mt_iter *s = MT_OBJ(vm, mt_iter, it);
          if (s->j <= 0) VM_NEXT;
          if (MT_LIKELY(mt_small_fits(s->i) && mt_is_small(s->b))) {
            R[A_ + 1] = mt_small(s->i);
            if (--s->j) s->i += mt_as_small(s->b);
            ip += mt_instr_sbx(i);
            SAFEPOINT();
            VM_NEXT;
          }
        } else if (mt_is_ref_type(it, MT_T_LIST_ITER)) {
          mt_iter *s = MT_OBJ(vm, mt_iter, it);
          if (s->a != MT_NULL && s->i < (int64_t)mt_list_len(vm, s->a)) {
            R[A_ + 1] = mt_list_items(vm, s->a)[s->i++];
            ip += mt_instr_sbx(i);
            SAFEPOINT();
            VM_NEXT;
          }
        }
        SAVE_PC();
        mt_value v = mt_drive_next(vm, it);
        if (v == MT_NULL) goto called;
        CHECK(v);
        if (v == MT_STOP) VM_NEXT;
        R[A_ + 1] = v;
        ip += mt_instr_sbx(i);
        SAFEPOINT();
        VM_NEXT;
      }
      VM_CASE(UNPACK) {
        int r = unpack(vm, &RA, RB, C_);
        if (MT_UNLIKELY(r > 0)) {
          SAVE_PC();
          goto called;
        }
        CHECK_INT(r);
        VM_NEXT;
      }
      VM_CASE(UNPACKEX) {
        /* pc stays on the EXTRAARG while the items are gathered */
        int r = unpack_ex(vm, &RA, RB, C_, mt_instr_ax(*ip));
        if (r > 0) {
          SAVE_PC();
          goto called;
        }
        CHECK_INT(r);
        ip++;
        VM_NEXT;
      }
      VM_CASE(CALL) {
        uint32_t a = A_, nargs = B_, nkw = C_;
        mt_value kwnames = nkw ? K[mt_instr_ax(*ip)] : MT_NULL;
        mt_value callee = R[a];
        SAVE_PC();
        if (MT_LIKELY(is_plain_function(vm, callee))) {
          int pushed = nkw ? 0 : mt_call_push_plain(vm, callee, &R[a + 1], nargs);
          CHECK_INT(pushed);
          if (!pushed) CHECK_INT(mt_call_push(vm, callee, MT_NULL, &R[a + 1], nargs, kwnames));
          ENTER_TOP();
        }
        mt_value r = invoke(vm, callee, &R[a + 1], nargs, kwnames);
        if (r == MT_NULL) goto called;
        CHECK(r);
        R[a] = r;
        ip += nkw != 0;
        VM_NEXT;
      }
      VM_CASE(CALLMETHOD) {
        uint32_t a = A_, nargs = B_, nkw = C_;
        mt_value kwnames = nkw ? K[mt_instr_ax(*ip)] : MT_NULL;
        mt_value callee = R[a], self = R[a + 1], r;
        SAVE_PC();
        if (self != MT_NULL && mt_is_native(callee)) {
          uint32_t id = mt_native_index(callee);
          EXPECT(native_takes_self(id, self), a + 1, mt_type_name(mt_natives[id].owner));
          r = mt_natives[id].fn(vm, &R[a + 1], nargs + 1, kwnames);
        } else if (self != MT_NULL && mt_is_ref_type(callee, MT_T_FUNCTION))
          r = call_function(vm, callee, MT_NULL, &R[a + 1], nargs + 1, kwnames);
        else
          r = invoke(vm, callee, &R[a + 2], nargs, kwnames);
        if (r == MT_NULL) goto called;
        CHECK(r);
        R[a] = r;
        ip += nkw != 0;
        VM_NEXT;
      }
      VM_CASE(CALLEX) {
        SAVE_PC();
        mt_value r = callex(vm, RA, R[A_ + 1], R[A_ + 2]);
        if (r == MT_NULL) goto called;
        CHECK(r);
        RA = r;
        VM_NEXT;
      }
      VM_CASE(RETURN) {
        EXPECT(RA != MT_NULL, A_, "a value");
        ret = RA;
        RETURN_TO_CALLER();
        goto returning;
      }
      VM_CASE(RETURNNONE) {
        ret = MT_NONE;
        RETURN_TO_CALLER();
        goto returning;
      }
      VM_CASE(MAKEFUNC) {
        uint32_t x = ESC16(mt_instr_bx(i));
        int32_t non_cell = closure_non_cell(vm, R, K[co->nk + x]);
        EXPECT(non_cell < 0, non_cell, "a cell");
        mt_value fn = mt_call_make_function(vm, *mt_root(vm, MT_ROOT_FRAME), K[co->nk + x], A_ + 1);
        CHECK(fn);
        RA = fn;
        VM_NEXT;
      }
      VM_CASE(YIELD) {
        /* Suspend: the frame leaves the chain (its generator keeps it) and
        ** the value goes to whoever resumed it. */
        EXPECT(RB != MT_NULL, B_, "a value");
        ret = RB;
        SAVE_PC();
        mt_call_pop(vm);
        goto delivering;
      }
      VM_CASE(YIELDFROM) {
        /* One step of delegation (gen.h): the delegate's next item is
        ** yielded from here with pc left on this instruction, so resuming
        ** asks the delegate again; when it is exhausted R[A] := its return
        ** value and execution goes on. */
        if (MT_UNLIKELY(f->flags & MT_FRAME_THROW)) EXPECT(is_exception(R[B_ + 1]), B_ + 1, "an exception");
        SAVE_PC();
        mt_value v = mt_gen_delegate(vm, *mt_root(vm, MT_ROOT_FRAME), B_);
        if (v == MT_NULL) goto called;
        CHECK(v);
        if (v == MT_STOP) {
          RA = mt_gen_return_value(vm, RB);
          VM_NEXT;
        }
        f->pc--;
        ret = v;
        mt_call_pop(vm);
        goto delivering;
      }
      VM_CASE(BUILDLIST) {
        mt_value v = mt_list_from(vm, &RB, C_);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(BUILDTUPLE) {
        mt_value v = mt_tuple_from(vm, &RB, C_);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(BUILDSET) {
        mt_value s = mt_set_new(vm, false);
        CHECK(s);
        for (uint32_t k = 0; k < C_; k++) CHECK_INT(mt_set_add(vm, s, R[B_ + k]));
        RA = s;
        VM_NEXT;
      }
      VM_CASE(BUILDDICT) {
        mt_value d = mt_dict_new_sized(vm, C_);
        CHECK(d);
        for (uint32_t k = 0; k < C_; k++) CHECK_INT(mt_dict_set(vm, d, R[B_ + 2 * k], R[B_ + 2 * k + 1]));
        RA = d;
        VM_NEXT;
      }
      VM_CASE(LISTAPPEND) {
        EXPECT_TYPE(A_, MT_T_LIST, "a list");
        CHECK_INT(mt_list_append(vm, RA, RB));
        VM_NEXT;
      }
      VM_CASE(LISTEXTEND) {
        EXPECT_TYPE(A_, MT_T_LIST, "a list");
        int r = list_extend_any(vm, RA, RB);
        if (MT_UNLIKELY(r > 0)) {
          SAVE_PC();
          goto called;
        }
        CHECK_INT(r);
        VM_NEXT;
      }
      VM_CASE(LISTTOTUPLE) {
        EXPECT_TYPE(B_, MT_T_LIST, "a list");
        mt_value l = RB;
        mt_value t = mt_tuple_from(vm, mt_list_items(vm, l), mt_list_len(vm, l));
        CHECK(t);
        RA = t;
        VM_NEXT;
      }
      VM_CASE(SETADD) {
        EXPECT_TYPE(A_, MT_T_SET, "a set");
        CHECK_INT(mt_set_add(vm, RA, RB));
        VM_NEXT;
      }
      VM_CASE(SETUPDATE) {
        EXPECT_TYPE(A_, MT_T_SET, "a set");
        int r = set_update_any(vm, RA, RB);
        if (MT_UNLIKELY(r > 0)) {
          SAVE_PC();
          goto called;
        }
        CHECK_INT(r);
        VM_NEXT;
      }
      VM_CASE(DICTSET) {
        EXPECT_TYPE(A_, MT_T_DICT, "a dict");
        CHECK_INT(mt_dict_set(vm, RA, RB, RC));
        VM_NEXT;
      }
      VM_CASE(DICTUPDATE) {
        EXPECT_TYPE(A_, MT_T_DICT, "a dict");
        CHECK_INT(dict_update(vm, RA, RB, MT_NULL, false));
        VM_NEXT;
      }
      VM_CASE(DICTMERGE) {
        EXPECT_TYPE(A_, MT_T_DICT, "a dict");
        CHECK_INT(dict_update(vm, RA, RB, RC, true));
        VM_NEXT;
      }
      VM_CASE(FORMAT) {
        if (C_ & 4) EXPECT(mt_is_str(R[B_ + 1]), B_ + 1, "a str");
        mt_value v = mt_fmtval_field(vm, RB, C_ & 3, (C_ & 4) ? R[B_ + 1] : MT_NULL);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(BUILDSTRING) {
        uint32_t non_str = first_non_str(&RB, C_);
        EXPECT(non_str == C_, B_ + non_str, "a str");
        mt_value v = mt_str_obj_join(vm, &RB, C_);
        CHECK(v);
        RA = v;
        VM_NEXT;
      }
      VM_CASE(RAISE) {
        uint32_t c = C_;
        if (c == 0) {
          mt_value e = handled_exception(vm);
          if (e == MT_NULL) {
            mt_raise(vm, MT_T_RUNTIME_ERROR, "No active exception to reraise");
            goto raise;
          }
          mt_raise_value(vm, e);
          goto reraise;
        }
        mt_value e = make_raise(vm, RA, c == 2 ? RB : MT_NULL, c == 2);
        CHECK(e);
        mt_raise_value(vm, e);
        goto raise;
      }
      VM_CASE(RERAISE) {
        EXPECT(is_exception(RA), A_, "an exception");
        mt_raise_value(vm, RA);
        goto reraise;
      }
      VM_CASE(PUSHEXC) {
        EXPECT(is_exception(RB), B_, "an exception");
        mt_value old = f->exc;
        f->exc = exception_or_null(RB);
        RA = old == MT_NULL ? MT_NONE : old;
        VM_NEXT;
      }
      VM_CASE(POPEXC) {
        EXPECT(is_exception_or_none(RA), A_, "an exception or None");
        f->exc = exception_or_null(RA);
        VM_NEXT;
      }
      VM_CASE(WITHENTER) {
        mt_raise(vm, MT_T_TYPE_ERROR, "'%T' object does not support the context manager protocol", RB);
        goto raise;
      }
      VM_CASE(WITHEXIT)
      VM_CASE(WITHEXITEXC) {
        mt_raise(vm, MT_T_SYSTEM_ERROR, "no context manager is active");
        goto raise;
      }
      VM_CASE(IMPORT) {
        mt_raise(vm, MT_T_MODULE_NOT_FOUND_ERROR, "No module named '%S'", N[ESC16(mt_instr_bx(i))]);
        goto raise;
      }
      VM_CASE(IMPORTFROM) {
        mt_raise(vm, MT_T_IMPORT_ERROR, "cannot import name '%S'", N[ESC8(C_)]);
        goto raise;
      }
      VM_CASE(IMPORTSTAR) {
        mt_raise(vm, MT_T_IMPORT_ERROR, "import * is not supported");
        goto raise;
      }
    }
#if MT_VM_COMPUTED_GOTO
  }
#else
    mt_raise(vm, MT_T_SYSTEM_ERROR, "bad opcode %u", (unsigned)mt_instr_op(i));
    goto raise;
  }
#endif

returning:
  /* Pop the frame and hand ret to whoever waits for it; the caller goes on
  ** at its saved pc (Lua's `goto returning`). A generator's return ends
  ** its iteration instead. */
  if (MT_UNLIKELY(f->flags & MT_FRAME_GEN)) {
    /* Its return value stays in its first register for a yield from. */
    f->flags |= MT_FRAME_DONE;
    if (f->nregs) f->regs[0] = ret;
    ret = MT_STOP;
  }
  mt_call_pop(vm);
delivering:
  {
    bool reraise = false;
    mt_vm_status s = deliver(vm, ret, &reraise);
    if (s == MT_VM_DONE) return s;
    if (s == MT_VM_ERROR) goto raise_from_top;
  }
  /* fall through: a return is a safe point like a call */

called:
  /* A frame was pushed (a Python callee, or a native's frames). */
  if (MT_UNLIKELY(--budget == 0)) return MT_VM_PAUSED;
  goto reenter;

raise:
  SAVE_PC();
raise_from_top:
  if (!unwind(vm, UNWIND_RAISE)) return MT_VM_ERROR;
  goto reenter;

reraise:
  SAVE_PC();
  if (!unwind(vm, UNWIND_RERAISE)) return MT_VM_ERROR;
  goto reenter;
}

#pragma GCC diagnostic pop

/* }================================================================== */
