/*
** bigint.h: arbitrary-precision integer arithmetic with Python semantics,
** over GMP's mpn layer (limb arrays; no GMP heap objects, no global state).
**
** A number is a sign and a magnitude. The magnitude is n little-endian
** limbs with d[n-1] != 0; n == 0 is zero (and then neg is false).
**
**   mt_big      read-only view of a number (e.g. limbs inside an arena int)
**   mt_big_out  caller-provided storage for a result: d has room for cap
**               limbs; the callee sets n and neg. Each operation has a
**               *_cap() function giving the room its result needs, so the
**               caller (the object layer) allocates before computing and
**               no function here allocates Python objects.
**
** Functions returning int give MT_BIG_OK or one of the MT_BIG_E* codes,
** which the object layer turns into the matching Python exception.
*/
#ifndef MT_BIGINT_H
#define MT_BIGINT_H

#include "common.h"

typedef uint64_t mt_limb;

typedef struct mt_big {
  const mt_limb *d;
  uint32_t n;
  bool neg;
} mt_big;

typedef struct mt_big_out {
  mt_limb *d;
  uint32_t cap;
  uint32_t n;
  bool neg;
} mt_big_out;

enum {
  MT_BIG_OK = 0,
  MT_BIG_EZERODIV = -1,   /* ZeroDivisionError */
  MT_BIG_ETOOBIG = -2,    /* result over MT_BIG_MAX_LIMBS: MemoryError/OverflowError */
  MT_BIG_EVALUE = -3,     /* ValueError (bad literal, negative shift count, ...) */
  MT_BIG_EOVERFLOW = -4,  /* OverflowError (e.g. int too large to convert to float) */
};

/* Hard cap on the size of one integer (limbs): bounds memory and time. */
#define MT_BIG_MAX_LIMBS (1u << 20)
/* CPython 3.11's default limit on int<->decimal str conversion digits. */
#define MT_BIG_MAX_STR_DIGITS 4300

#endif
