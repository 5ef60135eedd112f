/*
** slots.c: the special methods of the builtin types (see slots.h): which
** types define which, and each one computed by the operation it names.
*/
#include "slots.h"

#include "compare.h"
#include "exc.h"
#include "func.h"
#include "iterate.h"
#include "native.h"
#include "ops.h"

/* How a slot computes, and how many arguments (besides self) it takes. */
enum {
  K_BIN,      /* self <op> x; NotImplemented for a foreign x (numbers, sets, dicts) */
  K_RBIN,     /* x <op> self, likewise */
  K_IBIN,     /* self <op>= x */
  K_CMP,      /* self <cmp> x; NotImplemented for a foreign x */
  K_UN,       /* -self (0), +self (1), ~self (2) */
  K_FN,       /* native(self, *args) */
  K_RFN,      /* native(x, self); NotImplemented for a foreign x */
  K_CONTAINS, /* x in self */
  K_GETITEM,  /* self[k] */
  K_SETITEM,  /* self[k] = v */
  K_DELITEM,  /* del self[k] */
};

typedef struct slot_info {
  uint8_t kind;
  uint16_t arg;    /* the operator, comparison or native (MT_NAT_*) */
  uint32_t groups; /* MT_SG_* */
} slot_info;

#define ARG_BIN(a) a
#define ARG_RBIN(a) a
#define ARG_IBIN(a) a
#define ARG_CMP(a) a
#define ARG_UN(a) a
#define ARG_FN(a) MT_NAT_##a
#define ARG_RFN(a) MT_NAT_##a
#define ARG_CONTAINS(a) a
#define ARG_GETITEM(a) a
#define ARG_SETITEM(a) a
#define ARG_DELITEM(a) a

static const slot_info slots[MT_SLOT_COUNT] = {
#define X(p, name, kind, arg, groups) [MT_SLOT_##name] = {K_##kind, ARG_##kind(arg), groups},
    MT_SLOTS(X, _)
#undef X
};

/* How many arguments slot s takes besides self: the natives called with
** self take theirs as CPython's methods do (__round__ 0 or 1, __format__
** 1, __pow__ 1 or 2). */
static void arity(uint32_t s, uint32_t *nmin, uint32_t *nmax) {
  switch (slots[s].kind) {
  case K_UN: *nmin = *nmax = 0; return;
  case K_SETITEM: *nmin = *nmax = 2; return;
  case K_FN: break;
  default: *nmin = *nmax = 1; return;
  }
  switch (slots[s].arg) {
  case MT_NAT_BUILTINS_round: *nmin = 0, *nmax = 1; return;
  case MT_NAT_BUILTINS_format:
  case MT_NAT_BUILTINS_divmod: *nmin = *nmax = 1; return;
  case MT_NAT_BUILTINS_pow: *nmin = 1, *nmax = 2; return;
  default: *nmin = *nmax = 0; return;
  }
}

/* The natives are contiguous in the native table, in slot order. */
#define FIRST_NATIVE MT_NAT_OBJECT___abs__
#define X(p, name, kind, arg, groups) \
  MT_STATIC_ASSERT(MT_NAT_OBJECT_##name == FIRST_NATIVE + MT_SLOT_##name, "slot natives in slot order");
MT_SLOTS(X, _)
#undef X

/* The groups each class defines itself (its bases add theirs). Iterators
** (ITER layout) define __iter__ and __next__. */
#define SEQ (MT_SG_CMP | MT_SG_SIZED | MT_SG_ITER | MT_SG_CONTAINS | MT_SG_GETITEM)
static const uint32_t own_groups[MT_TYPE_COUNT] = {
    [MT_T_OBJECT] = MT_SG_OBJECT,
    [MT_T_NONE] = MT_SG_TRUTH,
    [MT_T_INT] = MT_SG_CMP | MT_SG_NUM | MT_SG_INT,
    [MT_T_BOOL] = MT_SG_BOOL,
    [MT_T_FLOAT] = MT_SG_CMP | MT_SG_NUM,
    [MT_T_STR] = SEQ | MT_SG_CONCAT | MT_SG_STRMOD,
    [MT_T_BYTES] = SEQ | MT_SG_CONCAT | MT_SG_STRMOD,
    [MT_T_TUPLE] = SEQ | MT_SG_CONCAT,
    [MT_T_LIST] = SEQ | MT_SG_CONCAT | MT_SG_SETITEM | MT_SG_LISTOPS | MT_SG_REVERSED,
    [MT_T_DICT] = SEQ | MT_SG_SETITEM | MT_SG_DICTOPS | MT_SG_REVERSED,
    [MT_T_SET] = MT_SG_CMP | MT_SG_SIZED | MT_SG_ITER | MT_SG_CONTAINS | MT_SG_SETOPS | MT_SG_ISETOPS,
    [MT_T_FROZENSET] = MT_SG_CMP | MT_SG_SIZED | MT_SG_ITER | MT_SG_CONTAINS | MT_SG_SETOPS,
    [MT_T_RANGE] = SEQ | MT_SG_REVERSED | MT_SG_TRUTH,
    [MT_T_SLICE] = MT_SG_CMP,
    [MT_T_DICT_KEYS] = MT_SG_CMP | MT_SG_SIZED | MT_SG_ITER | MT_SG_CONTAINS | MT_SG_REVERSED | MT_SG_SETOPS,
    [MT_T_DICT_VALUES] = MT_SG_SIZED | MT_SG_ITER | MT_SG_REVERSED,
    [MT_T_DICT_ITEMS] = MT_SG_CMP | MT_SG_SIZED | MT_SG_ITER | MT_SG_CONTAINS | MT_SG_REVERSED | MT_SG_SETOPS,
};

static uint32_t groups_of(uint32_t t) {
  uint32_t g = own_groups[t];
  if (mt_type_layout(t) == MT_L_ITER) g |= MT_SG_ITER | MT_SG_NEXT;
  return g;
}

/* The class in t's base chain that defines slot s, or MT_TYPE_COUNT. */
static uint32_t owner(uint32_t t, uint32_t s) {
  if (s == MT_SLOT___hash__ && (mt_types[t].flags & MT_TF_UNHASHABLE)) return MT_TYPE_COUNT;
  for (uint32_t c = t;; c = mt_types[c].base) {
    if (groups_of(c) & slots[s].groups) return c;
    if (c == MT_T_OBJECT) return MT_TYPE_COUNT;
  }
}

int32_t mt_slot_of_native(uint32_t id) {
  return id >= FIRST_NATIVE && id < FIRST_NATIVE + MT_SLOT_COUNT ? (int32_t)(id - FIRST_NATIVE) : -1;
}

bool mt_slot_defined(uint32_t t, uint32_t s) { return owner(t, s) != MT_TYPE_COUNT; }

mt_value mt_slot_unbound(mt_vm *vm, uint32_t t, uint32_t s) {
  return mt_func_bind(vm, mt_native(FIRST_NATIVE + s), mt_type_value(owner(t, s)));
}

/* ---- NotImplemented: the operands a type's slots handle ---- */

typedef enum { D_OTHER, D_INT, D_FLOAT, D_STR, D_BYTES, D_TUPLE, D_LIST, D_DICT, D_SET, D_VIEW, D_RANGE, D_SLICE } domain;

static domain domain_of(mt_value v) {
  switch (mt_obj_type(v)) {
  case MT_T_INT:
  case MT_T_BOOL: return D_INT;
  case MT_T_FLOAT: return D_FLOAT;
  case MT_T_STR: return D_STR;
  case MT_T_BYTES: return D_BYTES;
  case MT_T_TUPLE: return D_TUPLE;
  case MT_T_LIST: return D_LIST;
  case MT_T_DICT: return D_DICT;
  case MT_T_SET:
  case MT_T_FROZENSET: return D_SET;
  case MT_T_DICT_KEYS:
  case MT_T_DICT_ITEMS: return D_VIEW;
  case MT_T_RANGE: return D_RANGE;
  case MT_T_SLICE: return D_SLICE;
  default: return D_OTHER;
  }
}

/* Does the slot of a self in domain d handle operand x? (A float's handle
** ints too, an int's not floats; keys and items views compare with sets,
** sets not with views.) */
static bool handles(domain d, mt_value x) {
  domain dx = domain_of(x);
  return dx == d || (d == D_FLOAT && dx == D_INT) || (d == D_VIEW && dx == D_SET);
}

/* Is d a domain whose operators refuse foreign operands with
** NotImplemented (numbers, sets, dicts) rather than raising (sequences)? */
static bool refuses_foreign(domain d) { return d == D_INT || d == D_FLOAT || d == D_SET || d == D_DICT; }

/* self <cmp> x as the slot: identity for types without comparisons of
** their own, NotImplemented across domains and for orderings that dicts
** and ranges lack. */
static mt_value compare(mt_vm *vm, mt_cmp_op op, mt_value self, mt_value x) {
  domain d = domain_of(self);
  bool eq = op == MT_CMP_EQ || op == MT_CMP_NE;
  if (d == D_OTHER) {
    if (!eq || self != x) return MT_NOTIMPL;
    return mt_bool(op == MT_CMP_EQ);
  }
  if (!handles(d, x) || (!eq && (d == D_DICT || d == D_RANGE))) return MT_NOTIMPL;
  if (!eq) return mt_cmp_rich(vm, self, x, op);
  int r = mt_cmp_eq(vm, self, x);
  return r < 0 ? MT_EXC : mt_bool((r == 1) == (op == MT_CMP_EQ));
}

/* self <op> x (reflected: x <op> self; inplace: self <op>= x). */
static mt_value binary(mt_vm *vm, uint32_t kind, mt_binop op, mt_value self, mt_value x) {
  domain d = domain_of(self);
  bool foreign = !handles(d, x);
  if (foreign && refuses_foreign(d) && !(kind == K_IBIN && d == D_DICT)) return MT_NOTIMPL;
  if (kind == K_RBIN && op == MT_BIN_MOD && foreign) return MT_NOTIMPL; /* str.__rmod__ */
  if (op == MT_BIN_MUL && !refuses_foreign(d)) {                      /* sequence repeat */
    int64_t n;
    if (mt_arg_index(vm, x, &n)) return MT_EXC;
  }
  if (kind == K_RBIN) return mt_ops_binary(vm, op, x, self, false);
  return mt_ops_binary(vm, op, self, x, kind == K_IBIN);
}

static mt_value unary(mt_vm *vm, uint32_t which, mt_value self) {
  if (which == 0) return mt_ops_neg(vm, self);
  return which == 1 ? mt_ops_pos(vm, self) : mt_ops_invert(vm, self);
}

static mt_value none_or_exc(int r) { return r < 0 ? MT_EXC : MT_NONE; }

/* The arguments' checks of a slot wrapper: self (args[0], a class when the
** slot was looked up on it: the instance is then args[1]), keywords, the
** count. Returns how many leading args precede the instance (0 or 1), or
** -1 with TypeError pending. */
static int32_t check_call(mt_vm *vm, uint32_t s, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  const char *name = mt_native_names[FIRST_NATIVE + s];
  int32_t first = 0;
  if (mt_is_type(args[0])) {
    uint32_t cls = mt_type_of_value(args[0]);
    if (nargs < 2) {
      mt_raise(vm, MT_T_TYPE_ERROR, "descriptor '%s' of '%s' object needs an argument", name, mt_type_name(cls));
      return -1;
    }
    if (!mt_type_issubclass(mt_obj_type(args[1]), cls)) {
      mt_raise(vm, MT_T_TYPE_ERROR, "descriptor '%s' requires a '%s' object but received a '%T'", name,
               mt_type_name(cls), args[1]);
      return -1;
    }
    first = 1;
  }
  if (mt_kw_count(vm, kwnames)) {
    mt_raise(vm, MT_T_TYPE_ERROR, "wrapper %s() takes no keyword arguments", name);
    return -1;
  }
  uint32_t n = nargs - (uint32_t)first - 1, nmin, nmax;
  arity(s, &nmin, &nmax);
  if (n < nmin || n > nmax) {
    uint32_t want = n < nmin ? nmin : nmax;
    mt_raise(vm, MT_T_TYPE_ERROR, "expected %s%u argument%s, got %u", nmin == nmax ? "" : n < nmin ? "at least " : "at most ",
             want, want == 1 ? "" : "s", n);
    return -1;
  }
  return first;
}

/* Slot s called with args (see check_call). Operands only the VM can
** iterate (l.__iadd__(<generator>)) make the native run again with their
** items. */
static mt_value slot_call(mt_vm *vm, uint32_t s, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  int32_t first = check_call(vm, s, args, nargs, kwnames);
  if (first < 0) return MT_EXC;
  const slot_info *si = &slots[s];
  const mt_value *a = args + first; /* a[0] self, a[1..] the arguments */
  uint32_t n = nargs - (uint32_t)first;
  switch (si->kind) {
  case K_BIN:
  case K_RBIN: return binary(vm, si->kind, (mt_binop)si->arg, a[0], a[1]);
  case K_IBIN: /* list += and dict |= take any iterable */
    if (mt_iterate_needs_vm(vm, a[1]) && (domain_of(a[0]) == D_LIST || domain_of(a[0]) == D_DICT))
      return mt_native_redo(vm, FIRST_NATIVE + s, args, nargs, kwnames, (uint32_t)first + 1);
    return binary(vm, si->kind, (mt_binop)si->arg, a[0], a[1]);
  case K_CMP: return compare(vm, (mt_cmp_op)si->arg, a[0], a[1]);
  case K_UN: return unary(vm, si->arg, a[0]);
  case K_FN:
    if ((si->arg == MT_NAT_BUILTINS_divmod || si->arg == MT_NAT_BUILTINS_pow) && !handles(domain_of(a[0]), a[1]))
      return MT_NOTIMPL;
    return mt_natives[si->arg].fn(vm, a, n, MT_NULL);
  case K_RFN: {
    if (!handles(domain_of(a[0]), a[1])) return MT_NOTIMPL;
    mt_value swapped[2] = {a[1], a[0]};
    return mt_natives[si->arg].fn(vm, swapped, 2, MT_NULL);
  }
  case K_CONTAINS: {
    int r = mt_ops_contains(vm, a[0], a[1]);
    return r < 0 ? MT_EXC : mt_bool(r == 1);
  }
  case K_GETITEM: return mt_ops_getitem(vm, a[0], a[1]);
  case K_SETITEM: {
    int r = mt_ops_setitem(vm, a[0], a[1], a[2]);
    if (r > 0) return mt_native_redo(vm, FIRST_NATIVE + s, args, nargs, kwnames, (uint32_t)first + 2);
    return none_or_exc(r);
  }
  default: return none_or_exc(mt_ops_delitem(vm, a[0], a[1]));
  }
}

#define X(p, name, kind, arg, groups)                                                              \
  mt_value mt_slot_##name(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) { \
    return slot_call(vm, MT_SLOT_##name, args, nargs, kwnames);                                \
  }
MT_SLOTS(X, _)
#undef X
