/*
** value.h: the value word. Every Python value is one 64-bit word: a double
** stored as itself, or a tagged payload hidden in the NaN space that no
** canonical double uses (NaN-boxing).
**
**   63          51 50 48 47                                           0
**  +--------------+-----+----------------------------------------------+
**  | any other bit pattern: an IEEE-754 double (NaN only as 0x7FF8<<48)  |
**  +--------------+-----+----------------------------------------------+
**  | 1111111111111| tag |                  payload (48)                |
**  +--------------+-----+----------------------------------------------+
**
**  top 16 bits  tag       payload
**  0xFFF8       -         invalid (x86's default NaN; never stored)
**  0xFFF9       INT       48-bit two's-complement small int
**  0xFFFA       REF       | 0 (8) | type id (8) | arena offset (32) |
**  0xFFFB       CONST     MT_CONSTS index: None, False, True, ..., markers
**  0xFFFC       NATIVE    index into the static native-function table
**  0xFFFD       TYPE      static type id (types.h)
**  0xFFFE       NAME      index into the static name table (names.h): a str
**  0xFFFF       -         invalid
**
** Doubles are canonicalized on the way in (mt_float): every NaN becomes
** MT_CANON_NAN, so no double ever lands in the tagged space and a value is
** a float exactly when it is below MT_TAGGED_MIN.
**
** A heap reference carries its object's type id, so type tests on heap
** values need no memory access: mt_is_ref_type(v, MT_T_LIST) is one
** compare. The garbage collector rewrites only the low 32 bits.
**
** Small ints hold [-2^47, 2^47); mt_small_add/sub/mul shift both operands
** into the top 48 bits so the CPU's overflow flag is the range check.
** Larger ints are heap objects (int.h). Bool is its own pair of constants.
*/
#ifndef MT_VALUE_H
#define MT_VALUE_H

#include <string.h>

#include "common.h"

typedef uint64_t mt_value;

#define MT_TAG_SHIFT 48
#define MT_TAGGED_MIN UINT64_C(0xFFF8000000000000)
#define MT_HI_INT UINT64_C(0xFFF9)
#define MT_HI_REF UINT64_C(0xFFFA)
#define MT_HI_CONST UINT64_C(0xFFFB)
#define MT_HI_NATIVE UINT64_C(0xFFFC)
#define MT_HI_TYPE UINT64_C(0xFFFD)
#define MT_HI_NAME UINT64_C(0xFFFE)
#define MT_PAYLOAD_MASK UINT64_C(0x0000FFFFFFFFFFFF)
#define MT_CANON_NAN UINT64_C(0x7FF8000000000000)

#define MT_SMALL_MIN (-(INT64_C(1) << 47))
#define MT_SMALL_MAX ((INT64_C(1) << 47) - 1)

/* Constants. The markers after NOTIMPL are never Python values:
**   NULL   an empty slot (unbound local, empty cell, deleted dict entry)
**   EXC    returned by an operation that failed; the exception is pending
**          in the interpreter header (see exc.h)
**   STOP   returned by an iterator's next when it is exhausted
**   DUMMY  a deleted set-table slot */
#define MT_CONSTS(X) \
  X(FALSE)           \
  X(TRUE)            \
  X(NONE)            \
  X(ELLIPSIS)        \
  X(NOTIMPL)         \
  X(NULL)            \
  X(EXC)             \
  X(STOP)            \
  X(DUMMY)

enum {
#define X(name) MT_CONST_##name,
  MT_CONSTS(X)
#undef X
  MT_CONST_COUNT
};

#define MT_MAKE(hi, payload) (((hi) << MT_TAG_SHIFT) | (uint64_t)(payload))
#define MT_NONE MT_MAKE(MT_HI_CONST, MT_CONST_NONE)
#define MT_FALSE MT_MAKE(MT_HI_CONST, MT_CONST_FALSE)
#define MT_TRUE MT_MAKE(MT_HI_CONST, MT_CONST_TRUE)
#define MT_ELLIPSIS MT_MAKE(MT_HI_CONST, MT_CONST_ELLIPSIS)
#define MT_NOTIMPL MT_MAKE(MT_HI_CONST, MT_CONST_NOTIMPL)
#define MT_NULL MT_MAKE(MT_HI_CONST, MT_CONST_NULL)
#define MT_EXC MT_MAKE(MT_HI_CONST, MT_CONST_EXC)
#define MT_STOP MT_MAKE(MT_HI_CONST, MT_CONST_STOP)
#define MT_DUMMY MT_MAKE(MT_HI_CONST, MT_CONST_DUMMY)

MT_STATIC_ASSERT(sizeof(double) == sizeof(mt_value), "value word holds a double");
MT_STATIC_ASSERT((MT_FALSE | 1) == MT_TRUE, "bool test is one or and one compare");

static inline uint64_t mt_hi(mt_value v) { return v >> MT_TAG_SHIFT; }

/* ---- floats ---- */
static inline bool mt_is_float(mt_value v) { return v < MT_TAGGED_MIN; }
static inline mt_value mt_float(double d) {
  mt_value v;
  memcpy(&v, &d, sizeof v);
  return d != d ? MT_CANON_NAN : v;
}
static inline double mt_as_float(mt_value v) {
  double d;
  memcpy(&d, &v, sizeof d);
  return d;
}

/* ---- small ints ---- */
static inline bool mt_is_small(mt_value v) { return mt_hi(v) == MT_HI_INT; }
static inline bool mt_small_fits(int64_t i) { return i >= MT_SMALL_MIN && i <= MT_SMALL_MAX; }
static inline mt_value mt_small(int64_t i) {
  mt_assert(mt_small_fits(i));
  return MT_MAKE(MT_HI_INT, (uint64_t)i & MT_PAYLOAD_MASK);
}
static inline int64_t mt_as_small(mt_value v) { return (int64_t)(v << 16) >> 16; }
static inline bool mt_both_small(mt_value a, mt_value b) {
  return ((mt_hi(a) ^ MT_HI_INT) | (mt_hi(b) ^ MT_HI_INT)) == 0;
}
/* The payload shifted into the top 48 bits: sums and products of such
** words overflow int64 exactly when the result leaves the small range. */
static inline int64_t small_hi48(mt_value v) { return (int64_t)(v << 16); }
static inline mt_value small_from_hi48(int64_t x) {
  return ((uint64_t)x >> 16) | (MT_HI_INT << MT_TAG_SHIFT);
}
static inline bool mt_small_add(mt_value a, mt_value b, mt_value *r) {
  int64_t s;
  if (__builtin_add_overflow(small_hi48(a), small_hi48(b), &s)) return false;
  *r = small_from_hi48(s);
  return true;
}
static inline bool mt_small_sub(mt_value a, mt_value b, mt_value *r) {
  int64_t s;
  if (__builtin_sub_overflow(small_hi48(a), small_hi48(b), &s)) return false;
  *r = small_from_hi48(s);
  return true;
}
static inline bool mt_small_mul(mt_value a, mt_value b, mt_value *r) {
  int64_t p;
  if (__builtin_mul_overflow(small_hi48(a), mt_as_small(b), &p)) return false;
  *r = small_from_hi48(p);
  return true;
}

/* ---- constants ---- */
static inline bool mt_is_const(mt_value v) { return mt_hi(v) == MT_HI_CONST; }
static inline bool mt_is_bool(mt_value v) { return (v | 1) == MT_TRUE; }
static inline mt_value mt_bool(bool b) { return b ? MT_TRUE : MT_FALSE; }
static inline uint32_t mt_const_index(mt_value v) { return (uint32_t)(v & MT_PAYLOAD_MASK); }

/* ---- heap references ---- */
static inline bool mt_is_ref(mt_value v) { return mt_hi(v) == MT_HI_REF; }
static inline mt_value mt_ref(uint32_t type, uint32_t off) {
  return MT_MAKE(MT_HI_REF, ((uint64_t)type << 32) | off);
}
static inline uint32_t mt_ref_off(mt_value v) { return (uint32_t)v; }
static inline uint32_t mt_ref_type(mt_value v) { return (uint32_t)(v >> 32) & 0xFF; }
static inline bool mt_is_ref_type(mt_value v, uint32_t type) {
  return (v >> 32) == ((MT_HI_REF << 16) | type);
}
/* The same reference with another offset (the collector moving objects). */
static inline mt_value mt_ref_moved(mt_value v, uint32_t off) {
  return (v & ~UINT64_C(0xFFFFFFFF)) | off;
}

/* ---- static tables: natives, types, names ---- */
static inline bool mt_is_native(mt_value v) { return mt_hi(v) == MT_HI_NATIVE; }
static inline mt_value mt_native(uint32_t index) { return MT_MAKE(MT_HI_NATIVE, index); }
static inline uint32_t mt_native_index(mt_value v) { return (uint32_t)(v & MT_PAYLOAD_MASK); }

static inline bool mt_is_type(mt_value v) { return mt_hi(v) == MT_HI_TYPE; }
static inline mt_value mt_type_value(uint32_t type) { return MT_MAKE(MT_HI_TYPE, type); }
static inline uint32_t mt_type_of_value(mt_value v) { return (uint32_t)(v & MT_PAYLOAD_MASK); }

static inline bool mt_is_name(mt_value v) { return mt_hi(v) == MT_HI_NAME; }
static inline mt_value mt_name(uint32_t index) { return MT_MAKE(MT_HI_NAME, index); }
static inline uint32_t mt_name_index(mt_value v) { return (uint32_t)(v & MT_PAYLOAD_MASK); }

#endif
