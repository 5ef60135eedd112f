/*
** format.h: format() and str % args for numbers and strings, with
** CPython 3.11's rules and error messages.
**
** format(value, spec): the format-spec mini-language
**   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
** applied to an int (as an mt_big view), a float or a UTF-8 string.
** Widths and precisions count code points.
**
** str % args: mt_fmt_pct_parse() reads one conversion specifier; the
** object layer fetches the arguments ('*' width and precision first) and
** calls mt_fmt_pct_int/_float/_text for the value.
**
** Each function returns MT_FMT_OK or an error code; for errors the
** Python message is appended to *msg (the caller clears it first).
*/
#ifndef MT_FORMAT_H
#define MT_FORMAT_H

#include "bigint.h"
#include "buf.h"
#include "common.h"

enum {
  MT_FMT_OK = 0,
  MT_FMT_EVALUE = -1,      /* ValueError */
  MT_FMT_EOVERFLOW = -2,   /* OverflowError */
  MT_FMT_ETYPE = -3,       /* TypeError */
  MT_FMT_ENOMEM = -4,      /* MemoryError (no message) */
};

/* Widths and precisions that make output longer than this many code
** points are refused as MemoryError (CPython would try to allocate). */
#define MT_FMT_MAX_FIELD (1 << 24)

/* The family a spec is parsed for: it fixes the default type and
** alignment (and so what a leading '0' means). */
typedef enum mt_fmt_kind { MT_FMT_KIND_INT, MT_FMT_KIND_FLOAT, MT_FMT_KIND_STR } mt_fmt_kind;

typedef struct mt_fmt_spec {
  uint32_t fill;        /* code point, ' ' by default */
  char align;           /* '<' '>' '^' '=' (the family's default if absent) */
  char sign;            /* '+' '-' ' ', or 0 */
  bool no_neg_0;        /* 'z' */
  bool alternate;       /* '#' */
  char grouping;        /* ',' '_', or 0 */
  int64_t width;        /* -1 when absent */
  int64_t precision;    /* -1 when absent */
  uint32_t type;        /* code point; 'd' / 0 / 's' when absent */
} mt_fmt_spec;

/* Parses spec (UTF-8) for an object of the given kind; type_name (e.g.
** "int", "bool") appears in messages. */
MT_INTERNAL int mt_fmt_parse(mt_fmt_spec *spec, const char *s, size_t len, mt_fmt_kind kind,
                             const char *type_name, mt_buf *msg);

/* format(v, spec) for ints: types b c d o x X n and none, and e E f F g G
** % through float(v). max_str_digits limits decimal output (0: none).
** An empty spec gives str(v): right for int, not for bool (the caller
** formats str(True) itself). */
MT_INTERNAL int mt_fmt_int(mt_buf *b, const char *spec, size_t len, mt_big v, const char *type_name,
                           uint32_t max_str_digits, mt_buf *msg);

/* format(v, spec) for floats: types e E f F g G n % and none. */
MT_INTERNAL int mt_fmt_float(mt_buf *b, const char *spec, size_t len, double v, const char *type_name,
                             mt_buf *msg);

/* format(s, spec) for strings: type s and none. */
MT_INTERNAL int mt_fmt_str(mt_buf *b, const char *spec, size_t len, const char *s, size_t slen,
                           const char *type_name, mt_buf *msg);

/*
** {==================================================================
** printf-style formatting: one conversion of str % args
** ===================================================================
*/

enum {
  MT_FMT_LJUST = 1,   /* '-' */
  MT_FMT_PLUS = 2,    /* '+' */
  MT_FMT_BLANK = 4,   /* ' ' */
  MT_FMT_ALT = 8,     /* '#' */
  MT_FMT_ZERO = 16,   /* '0' */
};

typedef struct mt_fmt_pct {
  const char *key;      /* "%(key)s": the key's bytes, or NULL */
  size_t key_len;
  unsigned flags;
  int64_t width;        /* -1 when absent */
  int64_t prec;         /* -1 when absent */
  bool width_arg;       /* '*': take the width from the arguments */
  bool prec_arg;        /* '.*': take the precision from the arguments */
  uint32_t conv;        /* conversion character (code point) */
  size_t conv_index;    /* its index in code points, for messages */
  bool octets;          /* bytes % args: the format, the texts, widths,
                        ** precisions and indices are bytes, not UTF-8 */
} mt_fmt_pct;

/* Parses the specifier whose '%' is at fmt[*pos] and moves *pos past
** it. MT_FMT_EVALUE: "incomplete format", "incomplete format key",
** "width too big", "precision too big". The conversion character is not
** checked here: CPython checks it after fetching the argument. '%%' (conv
** '%') is the caller's. octets: fmt is bytes (bytes % args). */
MT_INTERNAL int mt_fmt_pct_parse(mt_fmt_pct *p, const char *fmt, size_t len, size_t *pos, bool octets,
                                 mt_buf *msg);

/* After fetching the argument (as CPython does): MT_FMT_EVALUE
** "unsupported format character 'q' (0x71) at index 1" unless the
** conversion is one of s r a d i u o x X e E f F g G c % (for bytes, a
** byte >= 0x80 gives CPython's MT_FMT_EOVERFLOW "character argument not
** in range(0x110000)"). */
MT_INTERNAL int mt_fmt_pct_check(const mt_fmt_pct *p, mt_buf *msg);

/* Arguments for '*': a negative width left-justifies, a negative
** precision is 0. */
MT_INTERNAL void mt_fmt_pct_set_width(mt_fmt_pct *p, int64_t width);
MT_INTERNAL void mt_fmt_pct_set_prec(mt_fmt_pct *p, int64_t prec);

/* An int (or bool) argument: d i u o x X e E f F g G c. The caller
** formats s r a itself (str/repr then mt_fmt_pct_text). */
MT_INTERNAL int mt_fmt_pct_int(mt_buf *b, const mt_fmt_pct *p, mt_big v, uint32_t max_str_digits,
                               mt_buf *msg);

/* A float argument: e E f F g G, d i u (via int(v)); o x X c give the
** TypeError CPython raises. */
MT_INTERNAL int mt_fmt_pct_float(mt_buf *b, const mt_fmt_pct *p, double v, uint32_t max_str_digits,
                                 mt_buf *msg);

/* Text already converted by the caller (s r a of any object, c of a
** one-character str): precision truncates (s r a), width pads. */
MT_INTERNAL int mt_fmt_pct_text(mt_buf *b, const mt_fmt_pct *p, const char *s, size_t len);

/* }================================================================== */

#endif
