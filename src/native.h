/*
** native.h: functions written in C ("natives"): the one calling
** convention, the static table of every builtin function, builtin type
** constructor and builtin method, and the argument-parsing helpers that
** produce CPython 3.11's messages for bad calls.
**
** ---- Calling convention ----
**
**   mt_value fn(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames)
**
**   args[0 .. nargs)          the positional arguments; for a method args[0]
**                             is self (nargs counts it)
**   args[nargs .. nargs + k)  the keyword arguments' values, k = the length
**                             of kwnames (a tuple of str), or k = 0 and
**                             kwnames == MT_NULL when there are none
**
** For a method the VM guarantees nargs >= 1 and args[0] of the owner type
** (or a subtype): natives need not check self.
**
** args point into the arena (the caller's registers, or a scratch tuple).
** They stay valid for the whole call: the collector runs only at the VM's
** safe points, never inside a native. A native never writes through args.
**
** A native returns
**   - a value (its result),
**   - MT_EXC with the exception pending (exc.h), or
**   - MT_NULL after it asked the VM to run Python code for it
**     (mt_native_call below): the VM runs the call and hands its result to
**     the native's continuation, so builtins that call back into Python
**     (sorted with key=, map, min with key=, ...) never recurse on the C
**     stack and can be paused like any Python frame (architecture-notes
**     §2.3).
**
** ---- The table ----
**
** MT_NATIVES(X) lists every native once as X(OWNER, NAME, FN):
**   OWNER  BUILTINS for a builtin function (found by name after globals and
**          the builtins dict), or a type id suffix (LIST, STR, ...) for a
**          method of that type; the method named __call__ of a type is its
**          constructor (what calling the type object does)
**   NAME   the name's MT_N_* suffix (names.h)
**   FN     the C function
** The enumerator is MT_NAT_<OWNER>_<NAME>; a native value (value.h NATIVE
** tag) holds that index. Entries are sorted by (owner, name) so lookups can
** bisect; BUILTINS sorts first. A unit test checks the order.
*/
#ifndef MT_NATIVE_H
#define MT_NATIVE_H

#include "heap.h"
#include "slots.h"

typedef mt_value (*mt_native_fn)(mt_vm *vm, const mt_value *args, uint32_t nargs,
                                 mt_value kwnames);

/* A slot of slots.h as a native method of object. */
#define MT_SLOT_NATIVE(X, name, kind, arg, groups) X(OBJECT, name, mt_slot_##name)

/* The owner of builtin functions: after every type id. */
#define MT_T_BUILTINS MT_TYPE_COUNT

#define MT_NATIVES(X)                                                       \
  /* ---- builtin functions ---- */                                         \
  X(BUILTINS, abs, mt_bi_abs)                                               \
  X(BUILTINS, all, mt_bi_all)                                               \
  X(BUILTINS, any, mt_bi_any)                                               \
  X(BUILTINS, ascii, mt_bi_ascii)                                           \
  X(BUILTINS, bin, mt_bi_bin)                                               \
  X(BUILTINS, callable, mt_bi_callable)                                     \
  X(BUILTINS, chr, mt_bi_chr)                                               \
  X(BUILTINS, delattr, mt_bi_delattr)                                       \
  X(BUILTINS, dir, mt_bi_dir)                                               \
  X(BUILTINS, divmod, mt_bi_divmod)                                         \
  X(BUILTINS, format, mt_bi_format)                                         \
  X(BUILTINS, getattr, mt_bi_getattr)                                       \
  X(BUILTINS, hasattr, mt_bi_hasattr)                                       \
  X(BUILTINS, hash, mt_bi_hash)                                             \
  X(BUILTINS, hex, mt_bi_hex)                                               \
  X(BUILTINS, id, mt_bi_id)                                                 \
  X(BUILTINS, isinstance, mt_bi_isinstance)                                 \
  X(BUILTINS, issubclass, mt_bi_issubclass)                                 \
  X(BUILTINS, iter, mt_bi_iter)                                             \
  X(BUILTINS, len, mt_bi_len)                                               \
  X(BUILTINS, max, mt_bi_max)                                               \
  X(BUILTINS, min, mt_bi_min)                                               \
  X(BUILTINS, next, mt_bi_next)                                             \
  X(BUILTINS, oct, mt_bi_oct)                                               \
  X(BUILTINS, ord, mt_bi_ord)                                               \
  X(BUILTINS, pow, mt_bi_pow)                                               \
  X(BUILTINS, print, mt_bi_print)                                           \
  X(BUILTINS, repr, mt_bi_repr)                                             \
  X(BUILTINS, round, mt_bi_round)                                           \
  X(BUILTINS, setattr, mt_bi_setattr)                                       \
  X(BUILTINS, sorted, mt_bi_sorted)                                         \
  X(BUILTINS, sum, mt_bi_sum)                                               \
  /* ---- object: the special methods of the builtin types (slots.h) ---- */ \
  MT_SLOTS(MT_SLOT_NATIVE, X)                                               \
  /* ---- type ---- */                                                      \
  X(TYPE, __call__, mt_bi_type)                                             \
  /* ---- int ---- */                                                       \
  X(INT, __call__, mt_bi_int)                                               \
  X(INT, as_integer_ratio, mt_m_int_as_integer_ratio)                       \
  X(INT, bit_count, mt_m_int_bit_count)                                     \
  X(INT, bit_length, mt_m_int_bit_length)                                   \
  X(INT, conjugate, mt_m_int_conjugate)                                     \
  X(INT, from_bytes, mt_m_int_from_bytes)                                   \
  X(INT, to_bytes, mt_m_int_to_bytes)                                       \
  /* ---- bool ---- */                                                      \
  X(BOOL, __call__, mt_bi_bool)                                             \
  /* ---- float ---- */                                                     \
  X(FLOAT, __call__, mt_bi_float)                                           \
  X(FLOAT, as_integer_ratio, mt_m_float_as_integer_ratio)                   \
  X(FLOAT, conjugate, mt_m_float_conjugate)                                 \
  X(FLOAT, fromhex, mt_m_float_fromhex)                                     \
  X(FLOAT, hex, mt_m_float_hex)                                             \
  X(FLOAT, is_integer, mt_m_float_is_integer)                               \
  /* ---- str ---- */                                                       \
  X(STR, __call__, mt_bi_str)                                               \
  X(STR, capitalize, mt_m_str_capitalize)                                   \
  X(STR, casefold, mt_m_str_casefold)                                       \
  X(STR, center, mt_m_str_center)                                           \
  X(STR, count, mt_m_str_count)                                             \
  X(STR, encode, mt_m_str_encode)                                           \
  X(STR, endswith, mt_m_str_endswith)                                       \
  X(STR, expandtabs, mt_m_str_expandtabs)                                   \
  X(STR, find, mt_m_str_find)                                               \
  X(STR, format, mt_m_str_format)                                           \
  X(STR, format_map, mt_m_str_format_map)                                   \
  X(STR, index, mt_m_str_index)                                             \
  X(STR, isalnum, mt_m_str_isalnum)                                         \
  X(STR, isalpha, mt_m_str_isalpha)                                         \
  X(STR, isascii, mt_m_str_isascii)                                         \
  X(STR, isdecimal, mt_m_str_isdecimal)                                     \
  X(STR, isdigit, mt_m_str_isdigit)                                         \
  X(STR, isidentifier, mt_m_str_isidentifier)                               \
  X(STR, islower, mt_m_str_islower)                                         \
  X(STR, isnumeric, mt_m_str_isnumeric)                                     \
  X(STR, isprintable, mt_m_str_isprintable)                                 \
  X(STR, isspace, mt_m_str_isspace)                                         \
  X(STR, istitle, mt_m_str_istitle)                                         \
  X(STR, isupper, mt_m_str_isupper)                                         \
  X(STR, join, mt_m_str_join)                                               \
  X(STR, ljust, mt_m_str_ljust)                                             \
  X(STR, lower, mt_m_str_lower)                                             \
  X(STR, lstrip, mt_m_str_lstrip)                                           \
  X(STR, maketrans, mt_m_str_maketrans)                                     \
  X(STR, partition, mt_m_str_partition)                                     \
  X(STR, removeprefix, mt_m_str_removeprefix)                               \
  X(STR, removesuffix, mt_m_str_removesuffix)                               \
  X(STR, replace, mt_m_str_replace)                                         \
  X(STR, rfind, mt_m_str_rfind)                                             \
  X(STR, rindex, mt_m_str_rindex)                                           \
  X(STR, rjust, mt_m_str_rjust)                                             \
  X(STR, rpartition, mt_m_str_rpartition)                                   \
  X(STR, rsplit, mt_m_str_rsplit)                                           \
  X(STR, rstrip, mt_m_str_rstrip)                                           \
  X(STR, split, mt_m_str_split)                                             \
  X(STR, splitlines, mt_m_str_splitlines)                                   \
  X(STR, startswith, mt_m_str_startswith)                                   \
  X(STR, strip, mt_m_str_strip)                                             \
  X(STR, swapcase, mt_m_str_swapcase)                                       \
  X(STR, title, mt_m_str_title)                                             \
  X(STR, translate, mt_m_str_translate)                                     \
  X(STR, upper, mt_m_str_upper)                                             \
  X(STR, zfill, mt_m_str_zfill)                                             \
  /* ---- bytes ---- */                                                     \
  X(BYTES, __call__, mt_bi_bytes)                                           \
  X(BYTES, capitalize, mt_m_bytes_capitalize)                               \
  X(BYTES, center, mt_m_bytes_center)                                       \
  X(BYTES, count, mt_m_bytes_count)                                         \
  X(BYTES, decode, mt_m_bytes_decode)                                       \
  X(BYTES, endswith, mt_m_bytes_endswith)                                   \
  X(BYTES, expandtabs, mt_m_bytes_expandtabs)                               \
  X(BYTES, find, mt_m_bytes_find)                                           \
  X(BYTES, fromhex, mt_m_bytes_fromhex)                                     \
  X(BYTES, hex, mt_m_bytes_hex)                                             \
  X(BYTES, index, mt_m_bytes_index)                                         \
  X(BYTES, isalnum, mt_m_bytes_isalnum)                                     \
  X(BYTES, isalpha, mt_m_bytes_isalpha)                                     \
  X(BYTES, isascii, mt_m_bytes_isascii)                                     \
  X(BYTES, isdigit, mt_m_bytes_isdigit)                                     \
  X(BYTES, islower, mt_m_bytes_islower)                                     \
  X(BYTES, isspace, mt_m_bytes_isspace)                                     \
  X(BYTES, istitle, mt_m_bytes_istitle)                                     \
  X(BYTES, isupper, mt_m_bytes_isupper)                                     \
  X(BYTES, join, mt_m_bytes_join)                                           \
  X(BYTES, ljust, mt_m_bytes_ljust)                                         \
  X(BYTES, lower, mt_m_bytes_lower)                                         \
  X(BYTES, lstrip, mt_m_bytes_lstrip)                                       \
  X(BYTES, maketrans, mt_m_bytes_maketrans)                                 \
  X(BYTES, partition, mt_m_bytes_partition)                                 \
  X(BYTES, removeprefix, mt_m_bytes_removeprefix)                           \
  X(BYTES, removesuffix, mt_m_bytes_removesuffix)                           \
  X(BYTES, replace, mt_m_bytes_replace)                                     \
  X(BYTES, rfind, mt_m_bytes_rfind)                                         \
  X(BYTES, rindex, mt_m_bytes_rindex)                                       \
  X(BYTES, rjust, mt_m_bytes_rjust)                                         \
  X(BYTES, rpartition, mt_m_bytes_rpartition)                               \
  X(BYTES, rsplit, mt_m_bytes_rsplit)                                       \
  X(BYTES, rstrip, mt_m_bytes_rstrip)                                       \
  X(BYTES, split, mt_m_bytes_split)                                         \
  X(BYTES, splitlines, mt_m_bytes_splitlines)                               \
  X(BYTES, startswith, mt_m_bytes_startswith)                               \
  X(BYTES, strip, mt_m_bytes_strip)                                         \
  X(BYTES, swapcase, mt_m_bytes_swapcase)                                   \
  X(BYTES, title, mt_m_bytes_title)                                         \
  X(BYTES, translate, mt_m_bytes_translate)                                 \
  X(BYTES, upper, mt_m_bytes_upper)                                         \
  X(BYTES, zfill, mt_m_bytes_zfill)                                         \
  /* ---- tuple ---- */                                                     \
  X(TUPLE, __call__, mt_bi_tuple)                                           \
  X(TUPLE, count, mt_m_tuple_count)                                         \
  X(TUPLE, index, mt_m_tuple_index)                                         \
  /* ---- list ---- */                                                      \
  X(LIST, __call__, mt_bi_list)                                             \
  X(LIST, append, mt_m_list_append)                                         \
  X(LIST, clear, mt_m_list_clear)                                           \
  X(LIST, copy, mt_m_list_copy)                                             \
  X(LIST, count, mt_m_list_count)                                           \
  X(LIST, extend, mt_m_list_extend)                                         \
  X(LIST, index, mt_m_list_index)                                           \
  X(LIST, insert, mt_m_list_insert)                                         \
  X(LIST, pop, mt_m_list_pop)                                               \
  X(LIST, remove, mt_m_list_remove)                                         \
  X(LIST, reverse, mt_m_list_reverse)                                       \
  X(LIST, sort, mt_m_list_sort)                                             \
  /* ---- dict ---- */                                                      \
  X(DICT, __call__, mt_bi_dict)                                             \
  X(DICT, clear, mt_m_dict_clear)                                           \
  X(DICT, copy, mt_m_dict_copy)                                             \
  X(DICT, fromkeys, mt_m_dict_fromkeys)                                     \
  X(DICT, get, mt_m_dict_get)                                               \
  X(DICT, items, mt_m_dict_items)                                           \
  X(DICT, keys, mt_m_dict_keys)                                             \
  X(DICT, pop, mt_m_dict_pop)                                               \
  X(DICT, popitem, mt_m_dict_popitem)                                       \
  X(DICT, setdefault, mt_m_dict_setdefault)                                 \
  X(DICT, update, mt_m_dict_update)                                         \
  X(DICT, values, mt_m_dict_values)                                         \
  /* ---- set ---- */                                                       \
  X(SET, __call__, mt_bi_set)                                               \
  X(SET, add, mt_m_set_add)                                                 \
  X(SET, clear, mt_m_set_clear)                                             \
  X(SET, copy, mt_m_set_copy)                                               \
  X(SET, difference, mt_m_set_difference)                                   \
  X(SET, difference_update, mt_m_set_difference_update)                     \
  X(SET, discard, mt_m_set_discard)                                         \
  X(SET, intersection, mt_m_set_intersection)                               \
  X(SET, intersection_update, mt_m_set_intersection_update)                 \
  X(SET, isdisjoint, mt_m_set_isdisjoint)                                   \
  X(SET, issubset, mt_m_set_issubset)                                       \
  X(SET, issuperset, mt_m_set_issuperset)                                   \
  X(SET, pop, mt_m_set_pop)                                                 \
  X(SET, remove, mt_m_set_remove)                                           \
  X(SET, symmetric_difference, mt_m_set_symmetric_difference)               \
  X(SET, symmetric_difference_update, mt_m_set_symmetric_difference_update) \
  X(SET, union, mt_m_set_union)                                             \
  X(SET, update, mt_m_set_update)                                           \
  /* ---- frozenset ---- */                                                 \
  X(FROZENSET, __call__, mt_bi_frozenset)                                   \
  X(FROZENSET, copy, mt_m_frozenset_copy)                                   \
  X(FROZENSET, difference, mt_m_frozenset_difference)                       \
  X(FROZENSET, intersection, mt_m_frozenset_intersection)                   \
  X(FROZENSET, isdisjoint, mt_m_frozenset_isdisjoint)                       \
  X(FROZENSET, issubset, mt_m_frozenset_issubset)                           \
  X(FROZENSET, issuperset, mt_m_frozenset_issuperset)                       \
  X(FROZENSET, symmetric_difference, mt_m_frozenset_symmetric_difference)   \
  X(FROZENSET, union, mt_m_frozenset_union)                                 \
  /* ---- range ---- */                                                     \
  X(RANGE, __call__, mt_bi_range)                                           \
  X(RANGE, count, mt_m_range_count)                                         \
  X(RANGE, index, mt_m_range_index)                                         \
  /* ---- slice ---- */                                                     \
  X(SLICE, __call__, mt_bi_slice)                                           \
  X(SLICE, indices, mt_m_slice_indices)                                     \
  /* ---- dict views ---- */                                                \
  X(DICT_KEYS, isdisjoint, mt_m_dict_keys_isdisjoint)                       \
  X(DICT_ITEMS, isdisjoint, mt_m_dict_items_isdisjoint)                     \
  /* ---- enumerate ---- */                                                 \
  X(ENUMERATE, __call__, mt_bi_enumerate)                                   \
  /* ---- zip ---- */                                                       \
  X(ZIP, __call__, mt_bi_zip)                                               \
  /* ---- map ---- */                                                       \
  X(MAP, __call__, mt_bi_map)                                               \
  /* ---- filter ---- */                                                    \
  X(FILTER, __call__, mt_bi_filter)                                         \
  /* ---- reversed ---- */                                                  \
  X(REVERSED, __call__, mt_bi_reversed) \
  /* ---- generator ---- */                                                 \
  X(GENERATOR, close, mt_m_generator_close)                                 \
  X(GENERATOR, send, mt_m_generator_send)                                   \
  X(GENERATOR, throw, mt_m_generator_throw)                                 \
  /* ---- BaseException ---- */                                             \
  X(BASE_EXCEPTION, add_note, mt_m_exc_add_note)

typedef enum {
#define X(owner, name, fn) MT_NAT_##owner##_##name,
  MT_NATIVES(X)
#undef X
  MT_NATIVE_COUNT
} mt_native_id;

#define X(owner, name, fn) \
  MT_INTERNAL mt_value fn(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames);
MT_NATIVES(X)
#undef X

typedef struct mt_native_info {
  mt_native_fn fn;
  uint16_t name;   /* MT_N_* */
  uint16_t owner;  /* MT_T_* or MT_T_BUILTINS */
} mt_native_info;

MT_INTERNAL const mt_native_info mt_natives[MT_NATIVE_COUNT];
/* Printable names ("len", "append") indexed like mt_natives, for reprs. */
MT_INTERNAL const char *const mt_native_names[MT_NATIVE_COUNT];

/* The native registered as (owner, name), or -1. name is a value: only
** static names (NAME tag) can name natives. */
MT_INTERNAL int32_t mt_native_find(uint32_t owner, mt_value name);
/* The method `name` of values of type t, looking through base types
** (bool finds int's methods); a special method (slots.h) only where t
** defines it. -1 when there is none. */
MT_INTERNAL int32_t mt_native_method(uint32_t t, mt_value name);
/* The constructor of type t (its __call__ native), or -1. */
MT_INTERNAL int32_t mt_native_ctor(mt_vm *vm, uint32_t t);

/* Is native `id` a class or static method (str.maketrans, dict.fromkeys,
** int.from_bytes, ...)? Looked up on the type it binds to the type, so
** args[0] is the class either way; these natives ignore args[0]. */
MT_INTERNAL bool mt_native_binds_class(uint32_t id);

static inline uint32_t mt_kw_count(mt_vm *vm, mt_value kwnames) {
  return kwnames == MT_NULL ? 0 : MT_OBJ(vm, mt_tuple, kwnames)->len;
}
static inline mt_value mt_kw_name(mt_vm *vm, mt_value kwnames, uint32_t i) {
  return MT_OBJ(vm, mt_tuple, kwnames)->items[i];
}

/*
** ---- Argument checking, with CPython's messages ----
** Each returns 0, or -1 with TypeError pending. fname is how CPython names
** the function in the message: "len", "list.append", "sorted".
*/

/* "fname() takes no keyword arguments" unless kwnames is empty. */
MT_INTERNAL int mt_args_no_kw(mt_vm *vm, const char *fname, mt_value kwnames);
/* METH_O functions: "fname() takes exactly one argument (N given)". */
MT_INTERNAL int mt_args_one(mt_vm *vm, const char *fname, uint32_t nargs, mt_value kwnames);
/* METH_NOARGS functions: "fname() takes no arguments (N given)". */
MT_INTERNAL int mt_args_none(mt_vm *vm, const char *fname, uint32_t nargs, mt_value kwnames);
/* Argument Clinic's positional check: "fname expected 2 arguments, got 1",
** "fname expected at least 1 argument, got 0", "... at most 3 ...". */
MT_INTERNAL int mt_args_count(mt_vm *vm, const char *fname, uint32_t nargs, uint32_t min,
                              uint32_t max);

/* Binding positional and keyword arguments to named parameters exactly as
** CPython's Argument Clinic keyword parser (_PyArg_UnpackKeywords) does,
** with its messages: "fname() takes at most 2 arguments (3 given)",
** "fname() missing required argument 'x' (pos 1)", "'x' is an invalid
** keyword argument for fname()", "argument for fname() given by name ('x')
** and position (1)", ...
**   names     every parameter's MT_N_* index, in order (positional-only
**             ones included; their names are not matched)
**   nposonly  how many leading parameters are positional-only
**   npos      how many may be given positionally
**   nrequired how many leading parameters are required
** out[i] (nparams of them) receives parameter i's value or MT_NULL. */
typedef struct mt_argspec {
  const char *fname;
  const uint16_t *names;
  uint8_t nparams;
  uint8_t nposonly;
  uint8_t npos;
  uint8_t nrequired;
} mt_argspec;

MT_INTERNAL int mt_args_parse(mt_vm *vm, const mt_argspec *spec, const mt_value *args,
                              uint32_t nargs, mt_value kwnames, mt_value *out);

/* Does keyword name kw (a str value) spell the static name `name`? */
MT_INTERNAL bool mt_kw_is(mt_vm *vm, mt_value kw, uint32_t name);

/* An int argument as int64 (CPython's __index__ conversion): "'str' object
** cannot be interpreted as an integer"; OverflowError beyond int64. */
MT_INTERNAL int mt_arg_index(mt_vm *vm, mt_value v, int64_t *out);

/* PyArg_ParseTuple's count check (methods such as str.find):
** "find() takes at least 1 argument (0 given)", "... at most 3 arguments
** (4 given)", "... exactly 2 arguments (1 given)". */
MT_INTERNAL int mt_args_tuple(mt_vm *vm, const char *fname, uint32_t nargs, uint32_t min,
                              uint32_t max);
/* _PyArg_BadArgument: raise TypeError "fname() argument 2 must be str, not
** int" (pos 2), "... argument 'errors' must be ..." (name given) or
** "... argument must be ..." (pos 0, no name). None is named "None".
** Returns MT_EXC. */
MT_INTERNAL mt_value mt_arg_bad(mt_vm *vm, const char *fname, uint32_t pos, const char *name,
                                const char *expected, mt_value v);
/* A slice index (_PyEval_SliceIndex): None leaves *out unchanged, an int
** is clamped to int64, anything else is a TypeError "slice indices must
** be integers or None or have an __index__ method". */
MT_INTERNAL int mt_arg_slice_index(mt_vm *vm, mt_value v, int64_t *out);
/* A C int argument (_PyLong_AsInt): mt_arg_index's messages, and
** "Python int too large to convert to C int" outside int32. */
MT_INTERNAL int mt_arg_int(mt_vm *vm, mt_value v, int32_t *out);

/*
** ---- Calling back into Python ----
**
** A native that needs the result of a Python call does not call it: it
** opens a native frame holding its state (nstate value slots, initially
** None, visible to the collector), asks for the call, and returns MT_NULL:
**
**   mt_value *st = mt_native_frame(vm, MT_CONT_SORTED_KEY, 4);
**   if (!st) return MT_EXC;
**   st[0] = ...;
**   return mt_native_call(vm, callee, args, nargs);
**
** The VM runs the call; its result (or MT_STOP when an iterator the native
** asked to advance is exhausted) is passed to the continuation
**   mt_value cont(mt_vm *vm, mt_value *state, mt_value result)
** which returns the native's final value, MT_EXC, or MT_NULL after asking
** for another call. Exceptions raised by the callee pass through the native
** frame to its caller, unless the frame catches (mt_native_catch below). state points into the arena and is valid until the
** continuation returns.
**
** Continuations are listed once in MT_NATIVE_CONTS(X) as X(NAME, FN,
** CHECK): frames record the index MT_CONT_<NAME>, never a host pointer.
**
** A native frame can be in a snapshot, so its state is untrusted input
** too: CHECK, defined next to FN, says whether nstate slots are a state
** FN can resume from (what each slot must hold, and how they relate:
** indices within the lists they index, counts matching lengths):
**   const char *check(mt_vm *vm, const mt_value *state, uint32_t nstate)
** returns NULL, or what is wrong. The loader (verify.c) calls it only
** after every object of the heap has been verified, so it may use the
** ordinary accessors on the slots' values (which may be MT_NULL).
*/
typedef mt_value (*mt_native_cont)(mt_vm *vm, mt_value *state, mt_value result);
typedef const char *(*mt_native_cont_check)(mt_vm *vm, const mt_value *state, uint32_t nstate);

#define MT_NATIVE_CONTS(X)                                               \
  X(REDO, mt_cont_redo, mt_cont_redo_check)                              \
  X(MAP_NEXT, mt_cont_map_next, mt_cont_map_next_check)                  \
  X(FILTER_NEXT, mt_cont_filter_next, mt_cont_filter_next_check)         \
  X(ENUM_NEXT, mt_cont_enum_next, mt_cont_enum_next_check)               \
  X(ZIP_NEXT, mt_cont_zip_next, mt_cont_zip_next_check)                  \
  X(NEXT, mt_cont_next, mt_cont_next_check)                              \
  X(CALLEX, mt_cont_callex, mt_cont_callex_check)                        \
  X(SORT_KEY, mt_cont_sort_key, mt_cont_sort_key_check)                  \
  X(ALL_ANY, mt_cont_all_any, mt_cont_all_any_check)                     \
  X(MINMAX_KEY, mt_cont_minmax_key, mt_cont_minmax_key_check)            \
  X(GEN_SEND, mt_cont_gen_send, mt_cont_gen_send_check)                  \
  X(GEN_CLOSE, mt_cont_gen_close, mt_cont_gen_close_check)               \
  X(CALLITER_NEXT, mt_cont_calliter_next, mt_cont_calliter_next_check)   \
  X(COLLECT, mt_cont_collect, mt_cont_collect_check)                     \
  X(CONTAINS, mt_cont_contains, mt_cont_contains_check)

typedef enum {
#define X(name, fn, check) MT_CONT_##name,
  MT_NATIVE_CONTS(X)
#undef X
  MT_CONT_COUNT
} mt_cont_id;

#define X(name, fn, check)                                                     \
  MT_INTERNAL mt_value fn(mt_vm *vm, mt_value *state, mt_value result);        \
  MT_INTERNAL const char *check(mt_vm *vm, const mt_value *state, uint32_t nstate);
MT_NATIVE_CONTS(X)
#undef X

MT_INTERNAL const mt_native_cont mt_native_conts[MT_CONT_COUNT];
MT_INTERNAL const mt_native_cont_check mt_native_cont_checks[MT_CONT_COUNT];

/* Helpers for the checks: is v a small int in [0, limit]? Is v a tuple of
** str items (keyword names)? */
MT_INTERNAL bool mt_native_check_index(mt_value v, int64_t limit);
MT_INTERNAL bool mt_native_check_kwnames(mt_vm *vm, mt_value v);

/* Open a native frame for continuation cont with nstate slots (None).
** Returns the slots, or NULL with MemoryError/RecursionError pending. Once
** per native call: continuations reuse their frame. */
MT_INTERNAL mt_value *mt_native_frame(mt_vm *vm, uint32_t cont, uint32_t nstate);
/* Make the top native frame catch: an exception unwinding out of a frame
** above it stops there and is handed to its continuation as the result
** MT_EXC, with the exception pending again. (An exception raised while the
** native frame itself is on top passes it by: the native sees that one
** where it raises.) */
MT_INTERNAL void mt_native_catch(mt_vm *vm);
/* Ask the VM to call callee(*args) (any callable) and pass the result to
** the top native frame's continuation. Returns MT_NULL, or MT_EXC. args
** may point into the native frame's state. */
MT_INTERNAL mt_value mt_native_call(mt_vm *vm, mt_value callee, const mt_value *args,
                                    uint32_t nargs);
/* Ask the VM for next(it), it any iterator (also one that runs Python
** code: map, filter, a generator); the item, or MT_STOP when it is
** exhausted, goes to the top native frame's continuation. Returns MT_NULL,
** or MT_EXC ("'int' object is not an iterator"). */
MT_INTERNAL mt_value mt_native_next(mt_vm *vm, mt_value it);

/*
** ---- Consuming iterables ----
**
** Natives that consume a whole iterable (list(), sum(), sorted(), ...)
** take its items with mt_native_items. When the iterable runs Python code
** they hand the work back to the VM with mt_native_redo, which drains it
** into a list in the VM and calls the native again with the list in its
** place: eager consumers need no continuation of their own.
*/

/* The items of iterable v as a list (v itself when it is a list: do not
** change it), MT_NULL when only the VM can iterate v, or MT_EXC
** ("'int' object is not iterable"). */
MT_INTERNAL mt_value mt_native_items(mt_vm *vm, mt_value v);
/* Call native `id` again with args[argi] replaced by the list of its
** items, once the VM has drained it. Returns MT_NULL or MT_EXC. */
MT_INTERNAL mt_value mt_native_redo(mt_vm *vm, uint32_t id, const mt_value *args, uint32_t nargs,
                                    mt_value kwnames, uint32_t argi);

#endif
