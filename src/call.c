/*
** call.c: making functions and binding call arguments to frames.
**
** Binding follows CPython 3.11's initialize_locals() check for check, so
** the same bad call fails with the same message: keywords are matched
** first, then too many positional arguments are reported, then missing
** positional ones, then missing keyword-only ones.
*/
#include "call.h"

#include <stdio.h>
#include <string.h>

#include "codeobj.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "native.h"
#include "sb.h"
#include "str.h"
#include "tuple.h"

static const mt_codeobj_var *code_vars(mt_vm *vm, const mt_code *c) {
  return (const mt_codeobj_var *)MT_OBJ(vm, mt_bytes, c->vars)->data;
}

/* MAKEFUNC: a function over code whose default values are in the
** frame's registers from `first` on: the positional parameters' (they
** become __defaults__), then those of the keyword-only parameters that
** have one, in parameter order (__kwdefaults__, keyed by name). */
mt_value mt_call_make_function(mt_vm *vm, mt_value frame, mt_value code, uint32_t first) {
  mt_code *c = MT_OBJ(vm, mt_code, code);
  uint32_t ndef = c->ndefaults, nfree = c->nfree, nvars = c->nvars;
  uint32_t kwfirst = c->argcount, kwend = kwfirst + c->kwonlyargcount;
  mt_value defaults = MT_NULL, kwdefaults = MT_NULL, closure = MT_NULL;
  if (ndef) {
    defaults = mt_tuple_from(vm, MT_OBJ(vm, mt_frame, frame)->regs + first, ndef);
    if (defaults == MT_EXC) return MT_EXC;
  }
  for (uint32_t i = kwfirst, k = first + ndef; i < kwend; i++) {
    c = MT_OBJ(vm, mt_code, code);
    if (!(code_vars(vm, c)[i].flags & 1)) continue;
    if (kwdefaults == MT_NULL && (kwdefaults = mt_dict_new(vm)) == MT_EXC) return MT_EXC;
    c = MT_OBJ(vm, mt_code, code);
    mt_value name = mt_tuple_items(vm, c->varnames)[i];
    if (mt_dict_set(vm, kwdefaults, name, MT_OBJ(vm, mt_frame, frame)->regs[k++])) return MT_EXC;
  }
  if (nfree) {
    closure = mt_tuple_new(vm, nfree);
    if (closure == MT_EXC) return MT_EXC;
    const mt_codeobj_var *v = code_vars(vm, MT_OBJ(vm, mt_code, code));
    mt_value *regs = MT_OBJ(vm, mt_frame, frame)->regs;
    for (uint32_t i = 0; i < nfree; i++) mt_tuple_items(vm, closure)[i] = regs[v[nvars - nfree + i].parent_reg];
  }
  c = MT_OBJ(vm, mt_code, code);
  mt_value fnv = mt_func_new(vm, code, MT_OBJ(vm, mt_frame, frame)->globals, c->name, c->qualname);
  if (fnv == MT_EXC) return MT_EXC;
  mt_function *fn = MT_OBJ(vm, mt_function, fnv);
  fn->defaults = defaults;
  fn->kwdefaults = kwdefaults;
  fn->closure = closure;
  return fnv;
}

/* ---- frames ---- */

/* A new frame for code, registers unbound, not linked yet. Returns its
** offset or 0. */
static uint32_t new_frame(mt_vm *vm, mt_value code, mt_value fn, mt_value globals) {
  mt_heap *h = mt_hdr(vm);
  if (h->depth >= h->max_depth) {
    mt_raise(vm, MT_T_RECURSION_ERROR, "maximum recursion depth exceeded");
    return 0;
  }
  uint32_t nregs = MT_OBJ(vm, mt_code, code)->nregs;
  uint32_t off = mt_heap_alloc(vm, MT_T_FRAME, mt_frame_size(nregs));
  if (off) mt_frame_init(vm, off, nregs, fn, code, globals, NULL, 0);
  return off;
}

int mt_call_push_code(mt_vm *vm, mt_value code, mt_value globals) {
  uint32_t off = new_frame(vm, code, MT_NULL, globals);
  if (!off) return -1;
  mt_frame_link(vm, off);
  return 0;
}

void mt_call_pop(mt_vm *vm) {
  mt_frame *f = MT_OBJ(vm, mt_frame, *mt_root(vm, MT_ROOT_FRAME));
  if (!(f->flags & MT_FRAME_GEN)) {
    mt_call_pop_plain(vm, f);
    return;
  }
  *mt_root(vm, MT_ROOT_FRAME) = f->back;
  mt_hdr(vm)->depth--;
  f->flags &= ~(MT_FRAME_RUNNING | MT_FRAME_THROW);
  f->back = MT_NULL;
}

/* ---- binding errors (CPython's messages) ---- */

static mt_value param_name(mt_vm *vm, const mt_code *c, uint32_t i) {
  return mt_tuple_items(vm, c->varnames)[i];
}

/* "f() missing 2 required positional arguments: 'a' and 'b'" for the
** unbound registers among params [from, to). */
static int missing(mt_vm *vm, const mt_code *c, const mt_value *regs, uint32_t from, uint32_t to,
                   const char *kind) {
  uint32_t n = 0, seen = 0;
  for (uint32_t i = from; i < to; i++) n += regs[i] == MT_NULL;
  mt_sb sb;
  if (mt_sb_init(vm, &sb, 64)) return -1;
  for (uint32_t i = from; i < to; i++) {
    if (regs[i] != MT_NULL) continue;
    seen++;
    const char *sep = seen == 1 ? "" : n == 2 ? " and " : seen == n ? ", and " : ", ";
    if (mt_sb_format(vm, &sb, "%s%R", sep, param_name(vm, c, i))) return -1;
  }
  mt_value names = mt_sb_finish(vm, &sb);
  if (names == MT_EXC) return -1;
  mt_raise(vm, MT_T_TYPE_ERROR, "%S() missing %u required %s argument%s: %S", c->qualname, n, kind,
           n == 1 ? "" : "s", names);
  return -1;
}

static int too_many_positional(mt_vm *vm, const mt_code *c, const mt_value *regs, uint32_t given,
                               uint32_t ndefaults) {
  uint32_t kwonly_given = 0;
  for (uint32_t i = c->argcount; i < (uint32_t)c->argcount + c->kwonlyargcount; i++)
    kwonly_given += regs[i] != MT_NULL;
  char sig[48], kwsig[80] = "";
  bool plural = ndefaults ? true : c->argcount != 1;
  if (ndefaults) snprintf(sig, sizeof sig, "from %u to %u", c->argcount - ndefaults, c->argcount);
  else snprintf(sig, sizeof sig, "%u", c->argcount);
  if (kwonly_given)
    snprintf(kwsig, sizeof kwsig, " positional argument%s (and %u keyword-only argument%s)",
             given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  mt_raise(vm, MT_T_TYPE_ERROR, "%S() takes %s positional argument%s but %u%s %s given", c->qualname, sig,
           plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
  return -1;
}

/* The parameter a keyword names among [from, to), or -1. */
static int32_t find_param(mt_vm *vm, const mt_code *c, mt_value kw, uint32_t from, uint32_t to) {
  const mt_value *names = mt_tuple_items(vm, c->varnames);
  for (uint32_t i = from; i < to; i++)
    if (names[i] == kw) return (int32_t)i;
  if (mt_is_name(kw)) {
    /* Interned names compare by identity; a static name never equals a
    ** heap str. */
    return -1;
  }
  for (uint32_t i = from; i < to; i++)
    if (mt_str_obj_eq(vm, names[i], kw)) return (int32_t)i;
  return -1;
}

static int posonly_as_keyword(mt_vm *vm, const mt_code *c, mt_value kwnames, uint32_t nkw) {
  mt_sb sb;
  if (mt_sb_init(vm, &sb, 32)) return -1;
  bool first = true;
  for (uint32_t k = 0; k < nkw; k++) {
    mt_value kw = mt_kw_name(vm, kwnames, k);
    if (find_param(vm, c, kw, 0, c->posonlyargcount) < 0) continue;
    if (mt_sb_format(vm, &sb, "%s%S", first ? "" : ", ", kw)) return -1;
    first = false;
  }
  mt_value names = mt_sb_finish(vm, &sb);
  if (names == MT_EXC) return -1;
  mt_raise(vm, MT_T_TYPE_ERROR, "%S() got some positional-only arguments passed as keyword arguments: '%S'",
           c->qualname, names);
  return -1;
}

/* ---- binding ---- */

/* Keyword arguments into the frame's parameters (or the **kwargs dict). */
static int bind_keywords(mt_vm *vm, const mt_code *c, mt_value *regs, const mt_value *vals, mt_value kwnames,
                         mt_value kwdict) {
  uint32_t nkw = mt_kw_count(vm, kwnames), total = (uint32_t)c->argcount + c->kwonlyargcount;
  bool posonly_hit = false;
  for (uint32_t k = 0; k < nkw; k++) {
    mt_value kw = mt_kw_name(vm, kwnames, k);
    int32_t p = find_param(vm, c, kw, c->posonlyargcount, total);
    if (p < 0) {
      if (kwdict != MT_NULL) {
        if (mt_dict_set(vm, kwdict, kw, vals[k])) return -1;
        continue;
      }
      if (find_param(vm, c, kw, 0, c->posonlyargcount) >= 0) {
        posonly_hit = true;
        continue;
      }
      mt_raise(vm, MT_T_TYPE_ERROR, "%S() got an unexpected keyword argument '%S'", c->qualname, kw);
      return -1;
    }
    if (regs[p] != MT_NULL) {
      mt_raise(vm, MT_T_TYPE_ERROR, "%S() got multiple values for argument '%S'", c->qualname, kw);
      return -1;
    }
    regs[p] = vals[k];
  }
  return posonly_hit ? posonly_as_keyword(vm, c, kwnames, nkw) : 0;
}

/* How many positional parameters take a default: the last ones, one per
** item of __defaults__ (its first items are unused if it has more). */
static uint32_t positional_defaults(mt_vm *vm, const mt_code *c, mt_value defaults) {
  uint32_t n = defaults == MT_NULL ? 0 : mt_tuple_len(vm, defaults);
  return n < c->argcount ? n : c->argcount;
}

/* Defaults for unbound parameters (__defaults__ for the positional ones,
** __kwdefaults__ by name for the keyword-only ones), and the
** missing-argument errors. */
static int bind_defaults(mt_vm *vm, const mt_code *c, mt_value *regs, uint32_t given, mt_value defaults,
                         mt_value kwdefaults) {
  uint32_t npos = c->argcount, ndef = positional_defaults(vm, c, defaults);
  const mt_value *defs = ndef ? mt_tuple_items(vm, defaults) + (mt_tuple_len(vm, defaults) - ndef) : NULL;
  if (given < npos) {
    uint32_t m = npos - ndef;
    for (uint32_t i = given; i < m; i++)
      if (regs[i] == MT_NULL) return missing(vm, c, regs, 0, m, "positional");
    for (uint32_t i = m > given ? m : given; i < npos; i++)
      if (regs[i] == MT_NULL) regs[i] = defs[i - m];
  }
  uint32_t end = npos + c->kwonlyargcount;
  bool lacking = false;
  for (uint32_t i = npos; i < end; i++) {
    if (regs[i] != MT_NULL) continue;
    mt_value d = kwdefaults == MT_NULL ? MT_NULL : mt_dict_get(vm, kwdefaults, mt_tuple_items(vm, c->varnames)[i]);
    if (d == MT_EXC) return -1;
    if (d == MT_NULL) lacking = true;
    else regs[i] = d;
  }
  return lacking ? missing(vm, c, regs, npos, end, "keyword-only") : 0;
}

/* The general binding: everything CPython's initialize_locals does. */
static int bind(mt_vm *vm, mt_frame *f, const mt_function *fn, mt_value self, const mt_value *args,
                uint32_t nargs, mt_value kwnames) {
  const mt_code *c = MT_OBJ(vm, mt_code, f->code);
  mt_value *regs = f->regs;
  uint32_t npos = c->argcount, nself = self != MT_NULL, given = nself + nargs;
  uint32_t star = npos + c->kwonlyargcount, nstar = (c->flags & MT_CO_VARARGS) != 0;
  mt_value kwdict = MT_NULL;
  if (c->flags & MT_CO_VARKEYWORDS) {
    kwdict = mt_dict_new(vm);
    if (kwdict == MT_EXC) return -1;
    regs[star + nstar] = kwdict;
  }
  uint32_t n = given < npos ? given : npos;
  for (uint32_t i = 0; i < n; i++) regs[i] = i < nself ? self : args[i - nself];
  if (nstar) {
    uint32_t extra = given > npos ? given - npos : 0;
    mt_value t = mt_tuple_from(vm, args + (n - nself), extra);
    if (t == MT_EXC) return -1;
    regs[star] = t;
  }
  if (kwnames != MT_NULL && bind_keywords(vm, c, regs, args + nargs, kwnames, kwdict)) return -1;
  if (given > npos && !nstar) {
    return too_many_positional(vm, c, regs, given, positional_defaults(vm, c, fn->defaults));
  }
  return bind_defaults(vm, c, regs, given, fn->defaults, fn->kwdefaults);
}

/* Cells of the free variables into their registers. */
static void bind_closure(mt_vm *vm, mt_frame *f, const mt_function *fn) {
  const mt_code *c = MT_OBJ(vm, mt_code, f->code);
  const mt_codeobj_var *v = code_vars(vm, c);
  const mt_value *cells = mt_tuple_items(vm, fn->closure);
  for (uint32_t i = 0; i < c->nfree; i++) f->regs[v[c->nvars - c->nfree + i].reg] = cells[i];
}

/* A frame for calling fn with these arguments, bound but not linked.
** Returns its offset or 0. */
static uint32_t bound_frame(mt_vm *vm, mt_value fnv, mt_value self, const mt_value *args, uint32_t nargs,
                            mt_value kwnames) {
  mt_function *fn = MT_OBJ(vm, mt_function, fnv);
  mt_value code = fn->code;
  uint32_t off = new_frame(vm, code, fnv, fn->globals);
  if (!off) return 0;
  mt_frame *f = mt_ptr(vm, off);
  const mt_code *c = MT_OBJ(vm, mt_code, code);
  fn = MT_OBJ(vm, mt_function, fnv);
  bool simple = kwnames == MT_NULL && self == MT_NULL && nargs == c->argcount && c->kwonlyargcount == 0 &&
                !(c->flags & (MT_CO_VARARGS | MT_CO_VARKEYWORDS));
  if (simple) memcpy(f->regs, args, 8 * (size_t)nargs);
  else if (bind(vm, f, fn, self, args, nargs, kwnames)) return 0;
  if (c->nfree) bind_closure(vm, f, fn);
  return off;
}

int mt_call_push(mt_vm *vm, mt_value fnv, mt_value self, const mt_value *args, uint32_t nargs,
                 mt_value kwnames) {
  uint32_t off = bound_frame(vm, fnv, self, args, nargs, kwnames);
  if (!off) return -1;
  mt_frame_link(vm, off);
  return 0;
}

mt_value mt_call_generator(mt_vm *vm, mt_value fnv, mt_value self, const mt_value *args, uint32_t nargs,
                           mt_value kwnames) {
  uint32_t off = bound_frame(vm, fnv, self, args, nargs, kwnames);
  if (!off) return MT_EXC;
  mt_frame *f = mt_ptr(vm, off);
  f->back = MT_NULL;
  f->flags = MT_FRAME_GEN;
  uint32_t g = mt_heap_alloc(vm, MT_T_GENERATOR, sizeof(mt_iter));
  if (!g) return MT_EXC;
  mt_iter *it = mt_ptr(vm, g);
  it->a = mt_ref(MT_T_FRAME, off);
  it->b = MT_OBJ(vm, mt_function, fnv)->qualname;
  it->c = MT_NULL;
  return mt_ref(MT_T_GENERATOR, g);
}
