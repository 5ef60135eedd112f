/*
** strops.h: the algorithms of Python 3.11's str and bytes methods over
** UTF-8 byte buffers (find, count, replace, split, strip, case mapping,
** predicates, repr, padding, join, ...).
**
** Pure layer under the object model: operands are views (mt_strv), results
** are appended to an mt_buf, written to caller storage, or reported piece
** by piece (spans through a callback), so the object layer chooses the
** representation. Indices in the API are code points for str and bytes for
** bytes, as in Python; byte offsets appear only in spans.
*/
#ifndef MT_STROPS_H
#define MT_STROPS_H

#include "buf.h"
#include "common.h"

/*
** An operand. A str view holds valid UTF-8 (no surrogates) and its
** code-point count; ncp == len exactly when the text is ASCII, and every
** ASCII str takes byte-indexed fast paths. A bytes view has ncp == len and
** byte semantics: character classes and case mappings are ASCII-only,
** whitespace is b' \t\n\r\x0b\x0c', line boundaries are \n, \r and \r\n.
*/
typedef struct mt_strv {
  const char *s;
  size_t len;            /* bytes */
  size_t ncp;            /* code points (== len for bytes) */
  const uint32_t *index; /* sparse index (mt_str_index_build) or NULL */
  bool bytes;
} mt_strv;

static inline mt_strv mt_str_view(const char *s, size_t len, size_t ncp, const uint32_t *index) {
  mt_strv v = {s, len, ncp, index, false};
  return v;
}

static inline mt_strv mt_str_bytes_view(const char *s, size_t len) {
  mt_strv v = {s, len, len, NULL, true};
  return v;
}

/* A piece of a view: byte offset and length in its buffer, code points. */
typedef struct mt_str_span {
  size_t off, len, ncp;
} mt_str_span;

/* Receives the pieces of split/rsplit/splitlines in order (rsplit: from the
** right). A nonzero return stops the operation and is returned by it. */
typedef int (*mt_str_emit_fn)(void *ctx, mt_str_span piece);

/* Results of the operations that can fail. */
enum {
  MT_STR_OK = 0,
  MT_STR_ENOMEM = -1,   /* MemoryError */
  MT_STR_ETOOLONG = -2, /* result would exceed the caller's max_len: MemoryError/OverflowError */
  MT_STR_EEMPTYSEP = -3 /* ValueError: empty separator */
};

/* Python's Py_ssize_t: what start/end/count/width arguments arrive as. A
** missing end is MT_STR_END. */
#define MT_STR_END INT64_MAX

/*
** Sparse code-point index of a non-ASCII str, kept by the object layer
** next to the text to make index -> byte offset O(STRIDE):
**
**   code points  0 ........ 63 | 64 ....... 127 | 128 ....... 191 | ...
**   index             [0] = byte offset of cp 64, [1] = of cp 128, ...
**
** mt_str_index_len(ncp) = ncp / STRIDE entries of uint32_t (text < 4 GiB).
** Worth building for non-ASCII text of a few hundred code points or more;
** without it lookups scan from the nearer end, a word at a time.
*/
#define MT_STR_INDEX_STRIDE 64

static inline size_t mt_str_index_len(size_t ncp) { return ncp / MT_STR_INDEX_STRIDE; }

/* Fill out[0 .. mt_str_index_len(ncp)) for valid UTF-8 s[0..len), len <= UINT32_MAX. */
MT_INTERNAL void mt_str_index_build(const char *s, size_t len, size_t ncp, uint32_t *out);
/* Byte offset of code point cpi (<= ncp; ncp gives len). */
MT_INTERNAL size_t mt_str_byte_offset(const mt_strv *v, size_t cpi);
/* Code-point index of byte offset off (a character boundary, <= len). */
MT_INTERNAL size_t mt_str_cp_index(const mt_strv *v, size_t off);

/* CPython's ADJUST_INDICES: negative indices count from the end, then
** both are clamped to [0, len] (start may still exceed end). */
MT_INTERNAL void mt_str_adjust_indices(int64_t *start, int64_t *end, size_t len);

/* Byte-level substring search: offset of the first (last) occurrence of
** nd[0..m) in h[0..n), or -1. Linear worst case (Horspool-style skipping,
** falling back to two-way string matching when skips stop paying off). */
MT_INTERNAL int64_t mt_str_search(const char *h, size_t n, const char *nd, size_t m);
MT_INTERNAL int64_t mt_str_rsearch(const char *h, size_t n, const char *nd, size_t m);

/* find / rfind / count / startswith / endswith over h[start:end]; index and
** rindex are find/rfind plus ValueError("substring not found"). A tuple of
** prefixes is the object layer's loop. */
MT_INTERNAL int64_t mt_str_find(const mt_strv *h, const mt_strv *sub, int64_t start, int64_t end);
MT_INTERNAL int64_t mt_str_rfind(const mt_strv *h, const mt_strv *sub, int64_t start, int64_t end);
MT_INTERNAL int64_t mt_str_count(const mt_strv *h, const mt_strv *sub, int64_t start, int64_t end);
MT_INTERNAL bool mt_str_startswith(const mt_strv *h, const mt_strv *prefix, int64_t start, int64_t end);
MT_INTERNAL bool mt_str_endswith(const mt_strv *h, const mt_strv *suffix, int64_t start, int64_t end);

/* str.replace(old, new, count) (count < 0: all). Appends the result to out
** and reports its code-point count and the number of replacements made
** (0: the object layer may return the original object, as CPython does). */
MT_INTERNAL int mt_str_replace(const mt_strv *v, const mt_strv *old, const mt_strv *new_, int64_t count,
                               size_t max_len, mt_buf *out, size_t *ncp, size_t *nrepl);

/* split / rsplit (sep NULL: runs of whitespace) with maxsplit (< 0: no
** limit), and splitlines. */
MT_INTERNAL int mt_str_split(const mt_strv *v, const mt_strv *sep, int64_t maxsplit, bool reverse,
                             mt_str_emit_fn emit, void *ctx);
MT_INTERNAL int mt_str_splitlines(const mt_strv *v, bool keepends, mt_str_emit_fn emit, void *ctx);

/* partition / rpartition: out[0..2] = before, separator, after. When sep is
** absent: (v, '', '') for partition, ('', '', v) for rpartition. Returns
** 1 if found, 0 if not, MT_STR_EEMPTYSEP. */
MT_INTERNAL int mt_str_partition(const mt_strv *v, const mt_strv *sep, bool reverse, mt_str_span out[3]);

/* strip / lstrip / rstrip (chars NULL: whitespace): the kept span. */
enum { MT_STR_LEFT = 1, MT_STR_RIGHT = 2, MT_STR_BOTH = 3 };
MT_INTERNAL int mt_str_strip(const mt_strv *v, const mt_strv *chars, int sides, mt_str_span *out);

/* Case conversions with full mappings and the final-sigma rule. */
#define MT_STR_CASE_OPS(X) X(UPPER) X(LOWER) X(CASEFOLD) X(CAPITALIZE) X(TITLE) X(SWAPCASE)

typedef enum mt_str_case_op {
#define MT_STR_CASE_(name) MT_STR_##name,
  MT_STR_CASE_OPS(MT_STR_CASE_)
#undef MT_STR_CASE_
} mt_str_case_op;

MT_INTERNAL int mt_str_case(const mt_strv *v, mt_str_case_op op, mt_buf *out, size_t *ncp);

/* The is* predicates (bytes have the ASCII-only subset isalpha isalnum
** isdigit islower isupper istitle isspace isascii). */
#define MT_STR_PREDICATES(X) \
  X(ALPHA) X(ALNUM) X(DECIMAL) X(DIGIT) X(NUMERIC) X(SPACE) X(LOWER) X(UPPER) X(TITLE) \
  X(IDENTIFIER) X(PRINTABLE) X(ASCII)

typedef enum mt_str_pred {
#define MT_STR_PRED_(name) MT_STR_IS_##name,
  MT_STR_PREDICATES(MT_STR_PRED_)
#undef MT_STR_PRED_
} mt_str_pred;

MT_INTERNAL bool mt_str_is(const mt_strv *v, mt_str_pred p);

/* repr() of a str or bytes (b'...'); ascii() of a str when ascii_only. */
MT_INTERNAL int mt_str_repr(const mt_strv *v, bool ascii_only, mt_buf *out);

/* expandtabs, zfill, center / ljust / rjust (fill: a code point for str, a
** byte for bytes). Widths count code points for str. */
MT_INTERNAL int mt_str_expandtabs(const mt_strv *v, int64_t tabsize, size_t max_len, mt_buf *out,
                                  size_t *ncp);
MT_INTERNAL int mt_str_zfill(const mt_strv *v, int64_t width, size_t max_len, mt_buf *out, size_t *ncp);

typedef enum mt_str_align { MT_STR_LJUST, MT_STR_RJUST, MT_STR_CENTER } mt_str_align;

MT_INTERNAL int mt_str_pad(const mt_strv *v, int64_t width, uint32_t fill, mt_str_align align,
                           size_t max_len, mt_buf *out, size_t *ncp);

/* sep.join(items): items are read through a callback so the object layer
** needs no temporary array. Measure first (total bytes and code points,
** bounded by max_len), then write exactly that many bytes to dst. */
typedef mt_strv (*mt_str_item_fn)(void *ctx, size_t i);

MT_INTERNAL int mt_str_join_measure(const mt_strv *sep, size_t nitems, mt_str_item_fn item, void *ctx,
                                    size_t max_len, size_t *len, size_t *ncp);
MT_INTERNAL void mt_str_join_write(const mt_strv *sep, size_t nitems, mt_str_item_fn item, void *ctx,
                                   char *dst);

/* s * n (n <= 0: empty): the length check, then the fill of dst by doubling
** copies; mt_str_repeat appends to a buffer. */
MT_INTERNAL int mt_str_repeat_len(size_t len, int64_t n, size_t max_len, size_t *out_len);
MT_INTERNAL void mt_str_repeat_write(const char *s, size_t len, size_t total, char *dst);
MT_INTERNAL int mt_str_repeat(const mt_strv *v, int64_t n, size_t max_len, mt_buf *out);

/* v[start:start+step*slicelength:step] with indices already adjusted as by
** PySlice_AdjustIndices (start in range when slicelength > 0). */
MT_INTERNAL int mt_str_slice(const mt_strv *v, int64_t start, int64_t step, size_t slicelength,
                             mt_buf *out);

#endif
