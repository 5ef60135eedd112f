/*
** types.h: the static type table. Every builtin type, the exception tree
** included, is declared once in MT_TYPES and is an entry of mt_types[]:
** its name, its base class, the layout its heap instances have (object.h)
** and flags. A type object as a Python value is the TYPE tag with the id
** (value.h); heap references carry the id in their type byte, and so does
** every object header, so ids fit in 8 bits.
**
** X(ID, name, BASE, LAYOUT, flags): enumerator MT_T_<ID>, name MT_N_<name>
** from the static name table, base MT_T_<BASE>, layout MT_L_<LAYOUT>.
** OBJECT is its own base. Immediate-only types (None, bool, float, type)
** have layout NONE: they never live in the arena.
*/
#ifndef MT_TYPES_H
#define MT_TYPES_H

#include "common.h"
#include "names.h"

/* Object layouts: how the collector and verifier read a heap object. */
#define MT_LAYOUTS(X) \
  X(NONE)             \
  X(BIGINT)           \
  X(STR)              \
  X(BYTES)            \
  X(TUPLE)            \
  X(LIST)             \
  X(VARRAY)           \
  X(DICT)             \
  X(DKEYS)            \
  X(SET)              \
  X(SETTABLE)         \
  X(RANGE)            \
  X(SLICE)            \
  X(FUNCTION)         \
  X(METHOD)           \
  X(CELL)             \
  X(CODE)             \
  X(FRAME)            \
  X(TB)               \
  X(VIEW)             \
  X(ITER)             \
  X(EXC)              \
  X(BUF)              \
  X(FILLER)

typedef enum {
#define X(name) MT_L_##name,
  MT_LAYOUTS(X)
#undef X
  MT_LAYOUT_COUNT
} mt_layout;

enum {
  MT_TF_BUILTIN = 1,     /* bound by name in the builtins namespace */
  MT_TF_UNHASHABLE = 2,  /* hash() raises TypeError */
  MT_TF_INTERNAL = 4,    /* implementation object, never a Python value */
};

#define MT_TF_B MT_TF_BUILTIN
#define MT_TF_U MT_TF_UNHASHABLE
#define MT_TF_I MT_TF_INTERNAL

#define MT_TYPES(X)                                                       \
  X(OBJECT, object, OBJECT, NONE, MT_TF_B)                                \
  X(TYPE, type, OBJECT, NONE, MT_TF_B)                                    \
  X(NONE, NoneType, OBJECT, NONE, 0)                                      \
  X(NOTIMPL, NotImplementedType, OBJECT, NONE, 0)                         \
  X(ELLIPSIS, ellipsis, OBJECT, NONE, 0)                                  \
  X(INT, int, OBJECT, BIGINT, MT_TF_B)                                    \
  X(BOOL, bool, INT, NONE, MT_TF_B)                                       \
  X(FLOAT, float, OBJECT, NONE, MT_TF_B)                                  \
  X(STR, str, OBJECT, STR, MT_TF_B)                                       \
  X(BYTES, bytes, OBJECT, BYTES, MT_TF_B)                                 \
  X(TUPLE, tuple, OBJECT, TUPLE, MT_TF_B)                                 \
  X(LIST, list, OBJECT, LIST, MT_TF_B | MT_TF_U)                          \
  X(DICT, dict, OBJECT, DICT, MT_TF_B | MT_TF_U)                          \
  X(SET, set, OBJECT, SET, MT_TF_B | MT_TF_U)                             \
  X(FROZENSET, frozenset, OBJECT, SET, MT_TF_B)                           \
  X(RANGE, range, OBJECT, RANGE, MT_TF_B)                                 \
  X(SLICE, slice, OBJECT, SLICE, MT_TF_B | MT_TF_U)                       \
  X(FUNCTION, function, OBJECT, FUNCTION, 0)                              \
  X(BUILTIN_FN, builtin_function_or_method, OBJECT, METHOD, 0)            \
  X(METHOD, method, OBJECT, METHOD, 0)                                    \
  X(GETSET_DESCRIPTOR, getset_descriptor, OBJECT, METHOD, 0)              \
  X(MEMBER_DESCRIPTOR, member_descriptor, OBJECT, METHOD, 0)              \
  X(CELL, cell, OBJECT, CELL, 0)                                          \
  X(CODE, code, OBJECT, CODE, 0)                                          \
  X(FRAME, frame, OBJECT, FRAME, 0)                                       \
  X(TRACEBACK, traceback, OBJECT, TB, 0)                                  \
  X(DICT_KEYS, dict_keys, OBJECT, VIEW, MT_TF_U)                          \
  X(DICT_VALUES, dict_values, OBJECT, VIEW, 0)                            \
  X(DICT_ITEMS, dict_items, OBJECT, VIEW, MT_TF_U)                        \
  X(LIST_ITER, list_iterator, OBJECT, ITER, 0)                            \
  X(LIST_REVITER, list_reverseiterator, OBJECT, ITER, 0)                  \
  X(TUPLE_ITER, tuple_iterator, OBJECT, ITER, 0)                          \
  X(STR_ASCII_ITER, str_ascii_iterator, OBJECT, ITER, 0)                  \
  X(STR_ITER, str_iterator, OBJECT, ITER, 0)                              \
  X(BYTES_ITER, bytes_iterator, OBJECT, ITER, 0)                          \
  X(DICT_KEYITER, dict_keyiterator, OBJECT, ITER, 0)                      \
  X(DICT_VALUEITER, dict_valueiterator, OBJECT, ITER, 0)                  \
  X(DICT_ITEMITER, dict_itemiterator, OBJECT, ITER, 0)                    \
  X(DICT_REVKEYITER, dict_reversekeyiterator, OBJECT, ITER, 0)            \
  X(DICT_REVVALUEITER, dict_reversevalueiterator, OBJECT, ITER, 0)        \
  X(DICT_REVITEMITER, dict_reverseitemiterator, OBJECT, ITER, 0)          \
  X(RANGE_ITER, range_iterator, OBJECT, ITER, 0)                          \
  X(LONGRANGE_ITER, longrange_iterator, OBJECT, ITER, 0)                  \
  X(SET_ITER, set_iterator, OBJECT, ITER, 0)                              \
  X(ENUMERATE, enumerate, OBJECT, ITER, MT_TF_B)                          \
  X(ZIP, zip, OBJECT, ITER, MT_TF_B)                                      \
  X(MAP, map, OBJECT, ITER, MT_TF_B)                                      \
  X(FILTER, filter, OBJECT, ITER, MT_TF_B)                                \
  X(REVERSED, reversed, OBJECT, ITER, MT_TF_B)                            \
  X(GENERATOR, generator, OBJECT, ITER, 0)                                \
  X(CALLABLE_ITER, callable_iterator, OBJECT, ITER, 0)                    \
  X(UNION_TYPE, UnionType, OBJECT, TUPLE, 0)                              \
  X(VARRAY, values_array, OBJECT, VARRAY, MT_TF_I)                        \
  X(DKEYS, dict_keys_table, OBJECT, DKEYS, MT_TF_I)                       \
  X(SETTABLE, set_table, OBJECT, SETTABLE, MT_TF_I)                       \
  X(BUF, buffer, OBJECT, BUF, MT_TF_I)                                    \
  X(FILLER, filler, OBJECT, FILLER, MT_TF_I)                              \
  MT_EXC_TYPES(X)

/* The builtin exception tree of CPython 3.11, parents before children.
** ExceptionGroup also derives from Exception (mt_type_issubclass). */
#define MT_EXC_TYPES(X)                                                        \
  X(BASE_EXCEPTION, BaseException, OBJECT, EXC, MT_TF_B)                       \
  X(BASE_EXCEPTION_GROUP, BaseExceptionGroup, BASE_EXCEPTION, EXC, MT_TF_B)    \
  X(GENERATOR_EXIT, GeneratorExit, BASE_EXCEPTION, EXC, MT_TF_B)               \
  X(KEYBOARD_INTERRUPT, KeyboardInterrupt, BASE_EXCEPTION, EXC, MT_TF_B)       \
  X(SYSTEM_EXIT, SystemExit, BASE_EXCEPTION, EXC, MT_TF_B)                     \
  X(EXCEPTION, Exception, BASE_EXCEPTION, EXC, MT_TF_B)                        \
  X(EXCEPTION_GROUP, ExceptionGroup, BASE_EXCEPTION_GROUP, EXC, MT_TF_B)       \
  X(ARITHMETIC_ERROR, ArithmeticError, EXCEPTION, EXC, MT_TF_B)                \
  X(FLOATING_POINT_ERROR, FloatingPointError, ARITHMETIC_ERROR, EXC, MT_TF_B)  \
  X(OVERFLOW_ERROR, OverflowError, ARITHMETIC_ERROR, EXC, MT_TF_B)             \
  X(ZERO_DIVISION_ERROR, ZeroDivisionError, ARITHMETIC_ERROR, EXC, MT_TF_B)    \
  X(ASSERTION_ERROR, AssertionError, EXCEPTION, EXC, MT_TF_B)                  \
  X(ATTRIBUTE_ERROR, AttributeError, EXCEPTION, EXC, MT_TF_B)                  \
  X(BUFFER_ERROR, BufferError, EXCEPTION, EXC, MT_TF_B)                        \
  X(EOF_ERROR, EOFError, EXCEPTION, EXC, MT_TF_B)                              \
  X(IMPORT_ERROR, ImportError, EXCEPTION, EXC, MT_TF_B)                        \
  X(MODULE_NOT_FOUND_ERROR, ModuleNotFoundError, IMPORT_ERROR, EXC, MT_TF_B)   \
  X(LOOKUP_ERROR, LookupError, EXCEPTION, EXC, MT_TF_B)                        \
  X(INDEX_ERROR, IndexError, LOOKUP_ERROR, EXC, MT_TF_B)                       \
  X(KEY_ERROR, KeyError, LOOKUP_ERROR, EXC, MT_TF_B)                           \
  X(MEMORY_ERROR, MemoryError, EXCEPTION, EXC, MT_TF_B)                        \
  X(NAME_ERROR, NameError, EXCEPTION, EXC, MT_TF_B)                            \
  X(UNBOUND_LOCAL_ERROR, UnboundLocalError, NAME_ERROR, EXC, MT_TF_B)          \
  X(OS_ERROR, OSError, EXCEPTION, EXC, MT_TF_B)                                \
  X(BLOCKING_IO_ERROR, BlockingIOError, OS_ERROR, EXC, MT_TF_B)                \
  X(CHILD_PROCESS_ERROR, ChildProcessError, OS_ERROR, EXC, MT_TF_B)            \
  X(CONNECTION_ERROR, ConnectionError, OS_ERROR, EXC, MT_TF_B)                 \
  X(BROKEN_PIPE_ERROR, BrokenPipeError, CONNECTION_ERROR, EXC, MT_TF_B)        \
  X(CONNECTION_ABORTED_ERROR, ConnectionAbortedError, CONNECTION_ERROR, EXC, MT_TF_B) \
  X(CONNECTION_REFUSED_ERROR, ConnectionRefusedError, CONNECTION_ERROR, EXC, MT_TF_B) \
  X(CONNECTION_RESET_ERROR, ConnectionResetError, CONNECTION_ERROR, EXC, MT_TF_B) \
  X(FILE_EXISTS_ERROR, FileExistsError, OS_ERROR, EXC, MT_TF_B)                \
  X(FILE_NOT_FOUND_ERROR, FileNotFoundError, OS_ERROR, EXC, MT_TF_B)           \
  X(INTERRUPTED_ERROR, InterruptedError, OS_ERROR, EXC, MT_TF_B)               \
  X(IS_A_DIRECTORY_ERROR, IsADirectoryError, OS_ERROR, EXC, MT_TF_B)           \
  X(NOT_A_DIRECTORY_ERROR, NotADirectoryError, OS_ERROR, EXC, MT_TF_B)         \
  X(PERMISSION_ERROR, PermissionError, OS_ERROR, EXC, MT_TF_B)                 \
  X(PROCESS_LOOKUP_ERROR, ProcessLookupError, OS_ERROR, EXC, MT_TF_B)          \
  X(TIMEOUT_ERROR, TimeoutError, OS_ERROR, EXC, MT_TF_B)                       \
  X(REFERENCE_ERROR, ReferenceError, EXCEPTION, EXC, MT_TF_B)                  \
  X(RUNTIME_ERROR, RuntimeError, EXCEPTION, EXC, MT_TF_B)                      \
  X(NOT_IMPLEMENTED_ERROR, NotImplementedError, RUNTIME_ERROR, EXC, MT_TF_B)   \
  X(RECURSION_ERROR, RecursionError, RUNTIME_ERROR, EXC, MT_TF_B)              \
  X(STOP_ASYNC_ITERATION, StopAsyncIteration, EXCEPTION, EXC, MT_TF_B)         \
  X(STOP_ITERATION, StopIteration, EXCEPTION, EXC, MT_TF_B)                    \
  X(SYNTAX_ERROR, SyntaxError, EXCEPTION, EXC, MT_TF_B)                        \
  X(INDENTATION_ERROR, IndentationError, SYNTAX_ERROR, EXC, MT_TF_B)           \
  X(TAB_ERROR, TabError, INDENTATION_ERROR, EXC, MT_TF_B)                      \
  X(SYSTEM_ERROR, SystemError, EXCEPTION, EXC, MT_TF_B)                        \
  X(TYPE_ERROR, TypeError, EXCEPTION, EXC, MT_TF_B)                            \
  X(VALUE_ERROR, ValueError, EXCEPTION, EXC, MT_TF_B)                          \
  X(UNICODE_ERROR, UnicodeError, VALUE_ERROR, EXC, MT_TF_B)                    \
  X(UNICODE_DECODE_ERROR, UnicodeDecodeError, UNICODE_ERROR, EXC, MT_TF_B)     \
  X(UNICODE_ENCODE_ERROR, UnicodeEncodeError, UNICODE_ERROR, EXC, MT_TF_B)     \
  X(UNICODE_TRANSLATE_ERROR, UnicodeTranslateError, UNICODE_ERROR, EXC, MT_TF_B) \
  X(WARNING, Warning, EXCEPTION, EXC, MT_TF_B)                                 \
  X(BYTES_WARNING, BytesWarning, WARNING, EXC, MT_TF_B)                        \
  X(DEPRECATION_WARNING, DeprecationWarning, WARNING, EXC, MT_TF_B)            \
  X(ENCODING_WARNING, EncodingWarning, WARNING, EXC, MT_TF_B)                  \
  X(FUTURE_WARNING, FutureWarning, WARNING, EXC, MT_TF_B)                      \
  X(IMPORT_WARNING, ImportWarning, WARNING, EXC, MT_TF_B)                      \
  X(PENDING_DEPRECATION_WARNING, PendingDeprecationWarning, WARNING, EXC, MT_TF_B) \
  X(RESOURCE_WARNING, ResourceWarning, WARNING, EXC, MT_TF_B)                  \
  X(RUNTIME_WARNING, RuntimeWarning, WARNING, EXC, MT_TF_B)                    \
  X(SYNTAX_WARNING, SyntaxWarning, WARNING, EXC, MT_TF_B)                      \
  X(UNICODE_WARNING, UnicodeWarning, WARNING, EXC, MT_TF_B)                    \
  X(USER_WARNING, UserWarning, WARNING, EXC, MT_TF_B)

typedef enum {
#define X(id, name, base, layout, flags) MT_T_##id,
  MT_TYPES(X)
#undef X
  MT_TYPE_COUNT
} mt_type_id;

MT_STATIC_ASSERT(MT_TYPE_COUNT <= 256, "type ids fit the 8-bit type byte");

typedef struct mt_type_info {
  uint16_t name;    /* MT_N_* */
  uint8_t base;     /* MT_T_* */
  uint8_t layout;   /* MT_L_* */
  uint8_t flags;    /* MT_TF_* */
} mt_type_info;

MT_INTERNAL const mt_type_info mt_types[MT_TYPE_COUNT];

static inline mt_layout mt_type_layout(uint32_t t) { return (mt_layout)mt_types[t].layout; }
static inline const char *mt_type_name(uint32_t t) { return mt_name_text[mt_types[t].name]; }

/* issubclass(a, b) for static types. */
MT_INTERNAL bool mt_type_issubclass(uint32_t a, uint32_t b);
static inline bool mt_type_is_exc(uint32_t t) {
  return mt_type_layout(t) == MT_L_EXC;
}

#endif
