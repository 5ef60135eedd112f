/*
** floating.h: Python float semantics on C doubles, as CPython 3.11 has them:
** repr (shortest round-trip digits), float(str), hash, floor division and
** modulo, pow, round, and the digit layouts behind format() and %.
**
** Conversions between text and doubles are exact and independent of
** the C locale.
**
** (The file is not called float.h: on the include path that name would
** shadow the C library's <float.h>.)
**
** Functions returning int give MT_FLOAT_OK or one of the error codes
** below; mt_float_error() tells the object layer which exception to raise
** and with which message.
*/
#ifndef MT_FLOATING_H
#define MT_FLOATING_H

#include "buf.h"
#include "common.h"

/* The Python exception for an error code. */
typedef enum mt_float_exc {
  MT_FLOAT_ZERODIVISION,   /* ZeroDivisionError */
  MT_FLOAT_OVERFLOW,       /* OverflowError */
  MT_FLOAT_VALUE,          /* ValueError */
  MT_FLOAT_MEMORY,         /* MemoryError */
} mt_float_exc;

/* X(code, exception kind, message). ECOMPLEX is a negative base raised
** to a fractional power: CPython returns a complex number there; this
** message is the ValueError an interpreter without complex raises. */
#define MT_FLOAT_ERRORS(X)                                                              \
  X(MT_FLOAT_EDIV, MT_FLOAT_ZERODIVISION, "float division by zero")                     \
  X(MT_FLOAT_EFLOORDIV, MT_FLOAT_ZERODIVISION, "float floor division by zero")          \
  X(MT_FLOAT_EMOD, MT_FLOAT_ZERODIVISION, "float modulo")                               \
  X(MT_FLOAT_EDIVMOD, MT_FLOAT_ZERODIVISION, "float divmod()")                          \
  X(MT_FLOAT_EPOWZERO, MT_FLOAT_ZERODIVISION, "0.0 cannot be raised to a negative power") \
  X(MT_FLOAT_ECOMPLEX, MT_FLOAT_VALUE, "negative number cannot be raised to a fractional power") \
  X(MT_FLOAT_EPOWRANGE, MT_FLOAT_OVERFLOW, "(34, 'Numerical result out of range')")     \
  X(MT_FLOAT_EROUNDRANGE, MT_FLOAT_OVERFLOW, "rounded value too large to represent")    \
  X(MT_FLOAT_ESYNTAX, MT_FLOAT_VALUE, "could not convert string to float")              \
  X(MT_FLOAT_ERATIOINF, MT_FLOAT_OVERFLOW, "cannot convert Infinity to integer ratio")  \
  X(MT_FLOAT_ERATIONAN, MT_FLOAT_VALUE, "cannot convert NaN to integer ratio")          \
  X(MT_FLOAT_EHEXSYNTAX, MT_FLOAT_VALUE, "invalid hexadecimal floating-point string")   \
  X(MT_FLOAT_EHEXRANGE, MT_FLOAT_OVERFLOW, "hexadecimal value too large to represent as a float") \
  X(MT_FLOAT_ENOMEM, MT_FLOAT_MEMORY, "")

#define MT_FLOAT_ENUM_(code, kind, msg) code,
enum { MT_FLOAT_OK, MT_FLOAT_ERRORS(MT_FLOAT_ENUM_) MT_FLOAT_NERRORS };
#undef MT_FLOAT_ENUM_

/* Exception kind and message of code (MT_FLOAT_ESYNTAX: the caller adds
** ": " and the repr of the argument). */
MT_INTERNAL mt_float_exc mt_float_error(int code, const char **msg);

/* repr(x) == str(x), appended to b: 'inf', '-0.0', '1e+16', '0.0001'. */
MT_INTERNAL int mt_float_repr(mt_buf *b, double x);

/* Flags of mt_float_format (CPython's Py_DTSF_*). */
enum {
  MT_FLOAT_SIGN = 1,       /* '+' on non-negative numbers */
  MT_FLOAT_ADD_DOT_0 = 2,  /* '.0' after integers in non-exponent form ('r', 'g') */
  MT_FLOAT_ALT = 4,        /* '#': keep the point and trailing zeros */
  MT_FLOAT_NO_NEG_0 = 8,   /* 'z': -0.0 after rounding prints as 0.0 */
};

/* Appends x like CPython's PyOS_double_to_string: type 'e' 'E' 'f' 'F'
** 'g' 'G' with the given precision (0 <= precision < INT32_MAX; the
** output grows with it for 'e', 'f' and ALT, so callers bound it), or
** 'r' (repr digits; precision ignored). Upper-case types give 'E',
** 'INF', 'NAN'. MT_FLOAT_ENOMEM when b cannot grow. */
MT_INTERNAL int mt_float_format(mt_buf *b, double x, char type, int precision, unsigned flags);

/* float(text): strips (Unicode, when `unicode`) whitespace, accepts
** underscores between digits, 'inf', 'infinity', 'nan' in any case with
** a sign; overflow gives +-inf, underflow +-0.0. Else MT_FLOAT_ESYNTAX. */
MT_INTERNAL int mt_float_parse(const char *s, size_t len, bool unicode, double *out);

/* hash(x) as CPython 3.11's _Py_HashDouble. A NaN hashes by identity in
** 3.11 (its object's address), so the object layer passes the hash to use
** for NaN (e.g. derived from the object's offset); -1 must not be it. */
MT_INTERNAL int64_t mt_float_hash(double x, int64_t nan_hash);

/* Arithmetic with Python's rules: the modulo takes the divisor's sign,
** zero results keep the sign CPython gives them. */
MT_INTERNAL int mt_float_div(double a, double b, double *r);
MT_INTERNAL int mt_float_floordiv(double a, double b, double *r);
MT_INTERNAL int mt_float_mod(double a, double b, double *r);
MT_INTERNAL int mt_float_divmod(double a, double b, double *q, double *r);
MT_INTERNAL int mt_float_pow(double a, double b, double *r);

/* round(x) before the conversion to int: half to even. The caller then
** converts with mt_big_from_double (which rejects inf and nan). */
MT_INTERNAL double mt_float_round_half_even(double x);

/* round(x, ndigits): correctly rounded on x's exact decimal value, half
** to even (round(2.675, 2) == 2.67). */
MT_INTERNAL int mt_float_round(double x, int64_t ndigits, double *r);

MT_INTERNAL bool mt_float_is_integer(double x);

/* x == mant * 2**exp2 with mant odd (or 0): the pieces of
** x.as_integer_ratio() (numerator mant << exp2 or denominator 1 << -exp2). */
MT_INTERNAL int mt_float_integer_ratio(double x, int64_t *mant, int32_t *exp2);

/* float.hex(): '0x1.8000000000000p+1', '-0x0.0p+0', 'inf', 'nan'. */
MT_INTERNAL int mt_float_to_hex(mt_buf *b, double x);

/* float.fromhex(s): [ws][sign](inf|infinity|nan|[0x]hexdigits[.hexdigits][p[sign]digits])[ws],
** correctly rounded. MT_FLOAT_EHEXSYNTAX or MT_FLOAT_EHEXRANGE. */
MT_INTERNAL int mt_float_from_hex(const char *s, size_t len, double *out);

#endif
