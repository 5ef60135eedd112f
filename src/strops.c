/*
** strops.c: str and bytes method algorithms over UTF-8 (see strops.h).
**
** Substring search works on bytes for both types: a match of valid UTF-8
** in valid UTF-8 always starts on a character boundary, so only the
** start/end arguments and the returned index need code-point conversion.
*/
#include "strops.h"

#include <stdlib.h>
#include <string.h>

#include "unicode.h"

#define ALWAYS_INLINE inline __attribute__((always_inline))
#define STRIDE MT_STR_INDEX_STRIDE

static bool is_ascii_view(const mt_strv *v) { return v->ncp == v->len; }

/* ---------------------------------------------------------------------
** Code-point index <-> byte offset
*/

/* Byte offset k code points after the character boundary b. */
static size_t skip_fwd(const char *s, size_t len, size_t b, size_t k) {
  for (unsigned n; b + 8 <= len && (n = mt_uni_leads8(s + b)) <= k; b += 8) k -= n;
  for (; b < len; b++) {
    if (mt_uni_is_cont((uint8_t)s[b])) continue;
    if (k == 0) break;
    k--;
  }
  return b;
}

/* Byte offset k code points before the character boundary b. */
static size_t skip_back(const char *s, size_t b, size_t k) {
  for (unsigned n; b >= 8 && (n = mt_uni_leads8(s + b - 8)) < k; b -= 8) k -= n;
  while (k > 0) k -= !mt_uni_is_cont((uint8_t)s[--b]);
  return b;
}

void mt_str_index_build(const char *s, size_t len, size_t ncp, uint32_t *out) {
  size_t b = 0, n = mt_str_index_len(ncp);
  mt_assert(len <= UINT32_MAX);
  for (size_t k = 0; k < n; k++) {
    b = skip_fwd(s, len, b, STRIDE);
    out[k] = (uint32_t)b;
  }
}

/* Walk from the nearer of the two known points around cpi: the string's
** ends or, with an index, the entries on either side. */
size_t mt_str_byte_offset(const mt_strv *v, size_t cpi) {
  if (is_ascii_view(v)) return cpi < v->len ? cpi : v->len;
  if (cpi >= v->ncp) return v->len;
  size_t cp0 = 0, b0 = 0, cp1 = v->ncp, b1 = v->len;
  if (v->index) {
    size_t k = cpi / STRIDE;
    if (k > 0) cp0 = k * STRIDE, b0 = v->index[k - 1];
    if (k < mt_str_index_len(v->ncp)) cp1 = (k + 1) * STRIDE, b1 = v->index[k];
  }
  if (cp1 - cpi < cpi - cp0) return skip_back(v->s, b1, cp1 - cpi);
  return skip_fwd(v->s, v->len, b0, cpi - cp0);
}

/* Code-point index of byte offset off, counting from the nearest known
** point: (base_b, base_cp), the end, or the index entries around off. */
static size_t cp_index_from(const mt_strv *v, size_t base_b, size_t base_cp, size_t off) {
  if (is_ascii_view(v)) return off;
  size_t cp0 = base_cp, b0 = base_b, cp1 = v->ncp, b1 = v->len;
  if (v->index) {
    size_t lo = 0, hi = mt_str_index_len(v->ncp); /* entries [0, lo) are <= off */
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (v->index[mid] <= off)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo > 0 && v->index[lo - 1] > b0) cp0 = lo * STRIDE, b0 = v->index[lo - 1];
    if (lo < mt_str_index_len(v->ncp)) cp1 = (lo + 1) * STRIDE, b1 = v->index[lo];
  }
  if (b1 - off < off - b0) return cp1 - mt_uni_count(v->s + off, b1 - off);
  return cp0 + mt_uni_count(v->s + b0, off - b0);
}

size_t mt_str_cp_index(const mt_strv *v, size_t off) { return cp_index_from(v, 0, 0, off); }

void mt_str_adjust_indices(int64_t *start, int64_t *end, size_t len) {
  int64_t n = (int64_t)len;
  if (*end > n) {
    *end = n;
  } else if (*end < 0) {
    *end += n;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += n;
    if (*start < 0) *start = 0;
  }
}

static size_t span_ncp(const mt_strv *v, size_t off, size_t len) {
  return is_ascii_view(v) ? len : mt_uni_count(v->s + off, len);
}

static mt_str_span make_span(const mt_strv *v, size_t off, size_t len) {
  mt_str_span sp = {off, len, span_ncp(v, off, len)};
  return sp;
}

/* ---------------------------------------------------------------------
** Substring search
**
** Both directions share one implementation over an oriented view: with
** rev set, H[i] = h[n-1-i] and N[j] = nd[m-1-j], so the rightmost match in
** h is the leftmost in H. The helpers are always inlined with a constant
** rev, so each direction compiles to direct indexing.
*/

#define AT(p, len, i, rev) ((rev) ? (p)[(len) - 1 - (i)] : (p)[i])

typedef struct searcher {
  const uint8_t *nd;
  size_t m;
  bool shift_ready; /* shift[] built (lazily, for long haystacks) */
  bool tw_ready;    /* two-way factorization computed (lazily) */
  bool tw_periodic; /* needle periodic: shift by period, remember the matched right part */
  size_t tw_suffix, tw_period;
  uint8_t shift[256]; /* Horspool: window's last byte -> safe shift (capped at 255) */
} searcher;

static void searcher_init(searcher *S, const char *nd, size_t m) {
  S->nd = (const uint8_t *)nd;
  S->m = m;
  S->shift_ready = false;
  S->tw_ready = false;
}

/* shift[c]: distance from N's last position back to the last earlier
** occurrence of c (m when there is none), so the window may advance that
** far when its last byte is c. */
static ALWAYS_INLINE void shift_prepare(searcher *S, bool rev) {
  size_t m = S->m;
  memset(S->shift, m < 255 ? (int)m : 255, sizeof S->shift);
  for (size_t j = m > 255 ? m - 255 : 0; j + 1 < m; j++) S->shift[AT(S->nd, m, j, rev)] = (uint8_t)(m - 1 - j);
  S->shift_ready = true;
}

/*
** Crochemore-Perrin critical factorization of N: the larger of the maximal
** suffixes under the two byte orders. Sets the period of the chosen
** suffix; returns its start.
*/
static ALWAYS_INLINE size_t maximal_suffix(const uint8_t *p, size_t m, bool rev, bool flip,
                                           size_t *period) {
  size_t ms = SIZE_MAX, j = 0, k = 1, per = 1;
  while (j + k < m) {
    uint8_t a = AT(p, m, j + k, rev), b = AT(p, m, ms + k, rev);
    if (flip ? b < a : a < b) {
      j += k;
      k = 1;
      per = j - ms;
    } else if (a == b) {
      if (k != per) {
        k++;
      } else {
        j += per;
        k = 1;
      }
    } else {
      ms = j++;
      k = per = 1;
    }
  }
  *period = per;
  return ms;
}

static ALWAYS_INLINE void two_way_prepare(searcher *S, bool rev) {
  size_t p1, p2;
  size_t s1 = maximal_suffix(S->nd, S->m, rev, false, &p1);
  size_t s2 = maximal_suffix(S->nd, S->m, rev, true, &p2);
  size_t suffix = s2 + 1 < s1 + 1 ? s1 + 1 : s2 + 1;
  size_t period = s2 + 1 < s1 + 1 ? p1 : p2;
  /* Periodic iff N[0..suffix) == N[period..period+suffix). */
  bool periodic = period + suffix <= S->m;
  for (size_t i = 0; periodic && i < suffix; i++)
    periodic = AT(S->nd, S->m, i, rev) == AT(S->nd, S->m, i + period, rev);
  S->tw_suffix = suffix;
  S->tw_period = periodic ? period : (suffix > S->m - suffix ? suffix : S->m - suffix) + 1;
  S->tw_periodic = periodic;
  S->tw_ready = true;
}

/* Two-way matching of N in H[0..n) from position j: linear time, constant
** space. Returns the oriented position or -1. */
static ALWAYS_INLINE int64_t two_way(searcher *S, const uint8_t *h, size_t n, size_t j, bool rev) {
  if (!S->tw_ready) two_way_prepare(S, rev);
  const uint8_t *nd = S->nd;
  size_t m = S->m, suffix = S->tw_suffix, period = S->tw_period, memory = 0;
  while (j + m <= n) {
    size_t i = suffix > memory ? suffix : memory;
    while (i < m && AT(nd, m, i, rev) == AT(h, n, i + j, rev)) i++;
    if (i < m) {
      j += i - suffix + 1;
      memory = 0;
      continue;
    }
    size_t lo = S->tw_periodic ? memory : 0;
    i = suffix;
    while (i > lo && AT(nd, m, i - 1, rev) == AT(h, n, i - 1 + j, rev)) i--;
    if (i <= lo) return (int64_t)j;
    j += period;
    if (S->tw_periodic) memory = m - period;
  }
  return -1;
}

/* Oriented position of the first byte c in H[from..n), or n. */
static ALWAYS_INLINE size_t find_byte(const uint8_t *h, size_t n, size_t from, uint8_t c, bool rev) {
  const uint8_t *p = rev ? memrchr(h, c, n - from) : memchr(h + from, c, n - from);
  if (!p) return n;
  return rev ? n - 1 - (size_t)(p - h) : (size_t)(p - h);
}

/*
** Search N in H[0..n) (oriented), returning the position in h's own
** orientation. Candidate windows end with N's last byte; they are found
** with memchr for short needles or short haystacks, else by Horspool
** shifts keyed by the window's last byte. Failed comparisons are charged;
** when they exceed a linear budget the search continues with two-way, so
** the worst case stays O(n + m).
*/
static ALWAYS_INLINE int64_t search_oriented(searcher *S, const char *hs, size_t n, bool rev) {
  const uint8_t *h = (const uint8_t *)hs, *nd = S->nd;
  size_t m = S->m;
  if (m == 0) return rev ? (int64_t)n : 0;
  if (n < m) return -1;
  size_t mlast = m - 1, w = n - m, i = 0, work = 0;
  uint8_t last = AT(nd, m, mlast, rev);
  bool horspool = m >= 8 && w >= 256;
  if (horspool && !S->shift_ready) shift_prepare(S, rev);
  while (i <= w) {
    if (!horspool) {
      i = find_byte(h, n, i + mlast, last, rev) - mlast;
      if (i > w) break;
    } else if (AT(h, n, i + mlast, rev) != last) {
      i += S->shift[AT(h, n, i + mlast, rev)];
      continue;
    }
    size_t j = 0;
    while (j < mlast && AT(h, n, i + j, rev) == AT(nd, m, j, rev)) j++;
    if (j == mlast) return rev ? (int64_t)(n - i - m) : (int64_t)i;
    work += j + 1;
    if (work > 2 * i + m + 256) {
      int64_t r = two_way(S, h, n, i, rev);
      return r < 0 ? -1 : rev ? (int64_t)n - r - (int64_t)m : r;
    }
    i += horspool ? S->shift[last] : 1;
  }
  return -1;
}

static int64_t search_fwd(searcher *S, const char *h, size_t n) { return search_oriented(S, h, n, false); }
static int64_t search_rev(searcher *S, const char *h, size_t n) { return search_oriented(S, h, n, true); }

int64_t mt_str_search(const char *h, size_t n, const char *nd, size_t m) {
  searcher S;
  searcher_init(&S, nd, m);
  return search_fwd(&S, h, n);
}

int64_t mt_str_rsearch(const char *h, size_t n, const char *nd, size_t m) {
  searcher S;
  searcher_init(&S, nd, m);
  return search_rev(&S, h, n);
}

/* ---------------------------------------------------------------------
** find, count, startswith
*/

/* Adjust [start, end) and convert it to bytes; false when sub cannot fit. */
static bool byte_window(const mt_strv *h, size_t sub_ncp, int64_t *start, int64_t *end, size_t *bs,
                        size_t *be) {
  mt_str_adjust_indices(start, end, h->ncp);
  if (*end - *start < (int64_t)sub_ncp) return false;
  *bs = mt_str_byte_offset(h, (size_t)*start);
  *be = mt_str_byte_offset(h, (size_t)*end);
  return true;
}

static int64_t find_dir(const mt_strv *h, const mt_strv *sub, int64_t start, int64_t end, bool rev) {
  size_t bs, be;
  if (!byte_window(h, sub->ncp, &start, &end, &bs, &be)) return -1;
  int64_t pos = rev ? mt_str_rsearch(h->s + bs, be - bs, sub->s, sub->len)
                    : mt_str_search(h->s + bs, be - bs, sub->s, sub->len);
  if (pos < 0) return -1;
  return (int64_t)cp_index_from(h, bs, (size_t)start, bs + (size_t)pos);
}

int64_t mt_str_find(const mt_strv *h, const mt_strv *sub, int64_t start, int64_t end) {
  return find_dir(h, sub, start, end, false);
}

int64_t mt_str_rfind(const mt_strv *h, const mt_strv *sub, int64_t start, int64_t end) {
  return find_dir(h, sub, start, end, true);
}

/* Non-overlapping matches of S in h[b..be), at most limit. */
static size_t count_matches(searcher *S, const char *h, size_t b, size_t be, size_t limit) {
  size_t n = 0;
  int64_t pos;
  while (n < limit && (pos = search_fwd(S, h + b, be - b)) >= 0) {
    n++;
    b += (size_t)pos + S->m;
  }
  return n;
}

int64_t mt_str_count(const mt_strv *h, const mt_strv *sub, int64_t start, int64_t end) {
  size_t bs, be;
  if (!byte_window(h, sub->ncp, &start, &end, &bs, &be)) return 0;
  if (sub->len == 0) return end - start + 1;
  searcher S;
  searcher_init(&S, sub->s, sub->len);
  return (int64_t)count_matches(&S, h->s, bs, be, SIZE_MAX);
}

/* CPython's tailmatch: does h[start:end] start (or end) with sub? */
static bool tailmatch(const mt_strv *h, const mt_strv *sub, int64_t start, int64_t end, bool at_end) {
  mt_str_adjust_indices(&start, &end, h->ncp);
  end -= (int64_t)sub->ncp;
  if (end < start) return false;
  if (sub->len == 0) return true;
  size_t b = mt_str_byte_offset(h, (size_t)(at_end ? end : start));
  return b + sub->len <= h->len && memcmp(h->s + b, sub->s, sub->len) == 0;
}

bool mt_str_startswith(const mt_strv *h, const mt_strv *prefix, int64_t start, int64_t end) {
  return tailmatch(h, prefix, start, end, false);
}

bool mt_str_endswith(const mt_strv *h, const mt_strv *suffix, int64_t start, int64_t end) {
  return tailmatch(h, suffix, start, end, true);
}

/* ---------------------------------------------------------------------
** Character classes of a view's characters
*/

/* Property bits of character c of v: Unicode for str; for bytes the ASCII
** subset, with bytes' own whitespace and line boundaries. */
static uint32_t char_props(const mt_strv *v, uint32_t c) {
  if (!v->bytes) return mt_uni_props(c);
  if (c >= 0x80) return 0;
  uint32_t p = mt_uni_props(c) & ~(uint32_t)(MT_UNI_SPACE | MT_UNI_LINEBREAK);
  if (mt_uni_ascii_space((int)c)) p |= MT_UNI_SPACE;
  if (c == '\n' || c == '\r') p |= MT_UNI_LINEBREAK;
  return p;
}

/* The character at byte i of v and its end: one byte for bytes. */
static ALWAYS_INLINE uint32_t char_at(const mt_strv *v, size_t i, size_t *next) {
  uint8_t c = (uint8_t)v->s[i];
  if (c < 0x80 || v->bytes) {
    *next = i + 1;
    return c;
  }
  *next = i;
  return mt_uni_next(v->s, next);
}

static ALWAYS_INLINE uint32_t char_before(const mt_strv *v, size_t i, size_t *prev) {
  uint8_t c = (uint8_t)v->s[i - 1];
  if (c < 0x80 || v->bytes) {
    *prev = i - 1;
    return c;
  }
  *prev = i;
  return mt_uni_prev(v->s, prev);
}

/* Whitespace test with the ASCII cases inline: str adds \x1c-\x1f. */
static ALWAYS_INLINE bool is_space(const mt_strv *v, uint32_t c) {
  if (c < 0x80) return mt_uni_ascii_space((int)c) || (!v->bytes && c >= 0x1C && c <= 0x1F);
  return !v->bytes && (mt_uni_props(c) & MT_UNI_SPACE);
}

/* ---------------------------------------------------------------------
** replace
*/

/* len + n * (add - del) as a checked size, or false when it exceeds max. */
static bool grown_len(size_t len, size_t n, size_t add, size_t del, size_t max, size_t *out) {
  if (add >= del) {
    size_t grow = add - del;
    if (grow && n > (max - (len < max ? len : max)) / grow) return false;
    *out = len + n * grow;
  } else {
    *out = len - n * (del - add);
  }
  return *out <= max;
}

int mt_str_replace(const mt_strv *v, const mt_strv *old, const mt_strv *new_, int64_t count,
                   size_t max_len, mt_buf *out, size_t *ncp, size_t *nrepl) {
  size_t limit = count < 0 ? SIZE_MAX : (size_t)count, n, total;
  searcher S;
  if (old->len == 0) {
    n = v->ncp + 1 < limit ? v->ncp + 1 : limit;
  } else {
    searcher_init(&S, old->s, old->len);
    n = count_matches(&S, v->s, 0, v->len, limit);
  }
  *nrepl = n;
  *ncp = v->ncp + n * new_->ncp - n * old->ncp;
  if (!grown_len(v->len, n, new_->len, old->len, max_len, &total)) return MT_STR_ETOOLONG;
  /* With the room reserved, the appends below cannot fail. */
  if (mt_buf_reserve(out, total)) return MT_STR_ENOMEM;
  size_t b = 0;
  for (size_t k = 0; k < n; k++) {
    size_t at;
    if (old->len == 0) { /* new before each character and at the end */
      mt_buf_append(out, new_->s, new_->len);
      at = b;
      if (b < v->len) char_at(v, b, &at);
      mt_buf_append(out, v->s + b, at - b);
      b = at;
      continue;
    }
    at = b + (size_t)search_fwd(&S, v->s + b, v->len - b);
    mt_buf_append(out, v->s + b, at - b);
    mt_buf_append(out, new_->s, new_->len);
    b = at + old->len;
  }
  mt_buf_append(out, v->s + b, v->len - b);
  return MT_STR_OK;
}

/* ---------------------------------------------------------------------
** split, rsplit, splitlines, partition
*/

static int emit_span(const mt_strv *v, size_t off, size_t len, mt_str_emit_fn emit, void *ctx) {
  return emit(ctx, make_span(v, off, len));
}

/* CPython's split_whitespace: runs of non-space, at most maxcount splits,
** then the rest after its leading whitespace. */
static int split_ws(const mt_strv *v, size_t maxcount, mt_str_emit_fn emit, void *ctx) {
  size_t i = 0, len = v->len, next;
  int rc;
  while (maxcount-- > 0) {
    while (i < len && is_space(v, char_at(v, i, &next))) i = next;
    if (i == len) return MT_STR_OK;
    size_t j = i;
    while (i < len && !is_space(v, char_at(v, i, &next))) i = next;
    if ((rc = emit_span(v, j, i - j, emit, ctx)) != 0) return rc;
  }
  while (i < len && is_space(v, char_at(v, i, &next))) i = next;
  return i < len ? emit_span(v, i, len - i, emit, ctx) : MT_STR_OK;
}

static int rsplit_ws(const mt_strv *v, size_t maxcount, mt_str_emit_fn emit, void *ctx) {
  size_t i = v->len, prev;
  int rc;
  while (maxcount-- > 0) {
    while (i > 0 && is_space(v, char_before(v, i, &prev))) i = prev;
    if (i == 0) return MT_STR_OK;
    size_t j = i;
    while (i > 0 && !is_space(v, char_before(v, i, &prev))) i = prev;
    if ((rc = emit_span(v, i, j - i, emit, ctx)) != 0) return rc;
  }
  while (i > 0 && is_space(v, char_before(v, i, &prev))) i = prev;
  return i > 0 ? emit_span(v, 0, i, emit, ctx) : MT_STR_OK;
}

static int split_sep(const mt_strv *v, const mt_strv *sep, size_t maxcount, mt_str_emit_fn emit,
                     void *ctx) {
  searcher S;
  searcher_init(&S, sep->s, sep->len);
  size_t i = 0;
  int64_t pos;
  int rc;
  while (maxcount-- > 0 && (pos = search_fwd(&S, v->s + i, v->len - i)) >= 0) {
    if ((rc = emit_span(v, i, (size_t)pos, emit, ctx)) != 0) return rc;
    i += (size_t)pos + sep->len;
  }
  return emit_span(v, i, v->len - i, emit, ctx);
}

static int rsplit_sep(const mt_strv *v, const mt_strv *sep, size_t maxcount, mt_str_emit_fn emit,
                      void *ctx) {
  searcher S;
  searcher_init(&S, sep->s, sep->len);
  size_t j = v->len;
  int64_t pos;
  int rc;
  while (maxcount-- > 0 && (pos = search_rev(&S, v->s, j)) >= 0) {
    size_t after = (size_t)pos + sep->len;
    if ((rc = emit_span(v, after, j - after, emit, ctx)) != 0) return rc;
    j = (size_t)pos;
  }
  return emit_span(v, 0, j, emit, ctx);
}

int mt_str_split(const mt_strv *v, const mt_strv *sep, int64_t maxsplit, bool reverse,
                 mt_str_emit_fn emit, void *ctx) {
  size_t maxcount = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
  if (!sep) return reverse ? rsplit_ws(v, maxcount, emit, ctx) : split_ws(v, maxcount, emit, ctx);
  if (sep->len == 0) return MT_STR_EEMPTYSEP;
  return reverse ? rsplit_sep(v, sep, maxcount, emit, ctx) : split_sep(v, sep, maxcount, emit, ctx);
}

/* Lines end at any LINEBREAK character (str: \n \v \f \r \x1c-\x1e \x85
** U+2028 U+2029; bytes: \n \r), \r\n counting as one boundary. */
int mt_str_splitlines(const mt_strv *v, bool keepends, mt_str_emit_fn emit, void *ctx) {
  size_t i = 0, len = v->len, next = 0;
  while (i < len) {
    size_t j = i, eol;
    while (i < len && !(char_props(v, char_at(v, i, &next)) & MT_UNI_LINEBREAK)) i = next;
    eol = i;
    if (i < len) {
      i = v->s[i] == '\r' && i + 1 < len && v->s[i + 1] == '\n' ? i + 2 : next;
      if (keepends) eol = i;
    }
    int rc = emit_span(v, j, eol - j, emit, ctx);
    if (rc) return rc;
  }
  return MT_STR_OK;
}

int mt_str_partition(const mt_strv *v, const mt_strv *sep, bool reverse, mt_str_span out[3]) {
  if (sep->len == 0) return MT_STR_EEMPTYSEP;
  int64_t pos = reverse ? mt_str_rsearch(v->s, v->len, sep->s, sep->len)
                        : mt_str_search(v->s, v->len, sep->s, sep->len);
  mt_str_span none = {reverse ? 0 : v->len, 0, 0};
  if (pos < 0) {
    out[0] = reverse ? none : make_span(v, 0, v->len);
    out[1] = none;
    out[2] = reverse ? make_span(v, 0, v->len) : none;
    return 0;
  }
  size_t after = (size_t)pos + sep->len;
  out[0] = make_span(v, 0, (size_t)pos);
  out[1] = make_span(v, (size_t)pos, sep->len);
  out[2] = make_span(v, after, v->len - after);
  return 1;
}

/* ---------------------------------------------------------------------
** strip
*/

/* Membership in the strip argument: a bitmap for characters below 256, a
** sorted array for the other code points so that
** stripping stays O(n log m) whatever the size of the set. */
typedef struct charset {
  uint64_t ascii[4];
  uint32_t *wide;
  size_t nwide;
} charset;

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

static int charset_init(charset *cs, const mt_strv *chars) {
  memset(cs, 0, sizeof *cs);
  size_t nwide = 0, next;
  for (size_t i = 0; i < chars->len; i = next) {
    uint32_t c = char_at(chars, i, &next);
    if (c < 256)
      cs->ascii[c >> 6] |= 1ull << (c & 63);
    else
      nwide++;
  }
  if (!nwide) return MT_STR_OK;
  cs->wide = malloc(nwide * sizeof *cs->wide);
  if (!cs->wide) return MT_STR_ENOMEM;
  for (size_t i = 0; i < chars->len; i = next) {
    uint32_t c = char_at(chars, i, &next);
    if (c >= 256) cs->wide[cs->nwide++] = c;
  }
  qsort(cs->wide, cs->nwide, sizeof *cs->wide, cmp_u32);
  return MT_STR_OK;
}

static bool charset_has(const charset *cs, uint32_t c) {
  if (c < 256) return cs->ascii[c >> 6] >> (c & 63) & 1;
  return cs->nwide && bsearch(&c, cs->wide, cs->nwide, sizeof *cs->wide, cmp_u32);
}

/* The span left after removing whitespace (cs NULL) or members of cs from
** the requested sides of v. */
static mt_str_span strip_with(const mt_strv *v, const charset *cs, int sides) {
  size_t i = 0, j = v->len, next, prev;
  if (sides & MT_STR_LEFT) {
    while (i < j) {
      uint32_t c = char_at(v, i, &next);
      if (!(cs ? charset_has(cs, c) : is_space(v, c))) break;
      i = next;
    }
  }
  if (sides & MT_STR_RIGHT) {
    while (j > i) {
      uint32_t c = char_before(v, j, &prev);
      if (!(cs ? charset_has(cs, c) : is_space(v, c))) break;
      j = prev;
    }
  }
  return make_span(v, i, j - i);
}

int mt_str_strip(const mt_strv *v, const mt_strv *chars, int sides, mt_str_span *out) {
  if (!chars) {
    *out = strip_with(v, NULL, sides);
    return MT_STR_OK;
  }
  charset cs;
  int rc = charset_init(&cs, chars);
  if (rc == MT_STR_OK) *out = strip_with(v, &cs, sides);
  free(cs.wide);
  return rc;
}

/* ---------------------------------------------------------------------
** Case conversion
*/

/* Final-sigma context of a capital sigma at s[at..after): preceded by a
** cased character and not followed by one, skipping case-ignorables
** (CPython's handle_capital_sigma). */
static bool final_sigma(const mt_strv *v, size_t at, size_t after) {
  size_t i = at, prev, next;
  uint32_t c = 0;
  bool found = false;
  while (i > 0) {
    c = char_before(v, i, &prev);
    i = prev;
    if (!(mt_uni_props(c) & MT_UNI_CASE_IGNORABLE)) {
      found = true;
      break;
    }
  }
  if (!found || !(mt_uni_props(c) & MT_UNI_CASED)) return false;
  for (i = after; i < v->len; i = next) {
    c = char_at(v, i, &next);
    if (!(mt_uni_props(c) & MT_UNI_CASE_IGNORABLE)) return !(mt_uni_props(c) & MT_UNI_CASED);
  }
  return true;
}

/* lower() of the character c at s[at..after), in context. */
static int lower_in_context(const mt_strv *v, uint32_t c, size_t at, size_t after, uint32_t *m) {
  if (c == 0x3A3) {
    m[0] = final_sigma(v, at, after) ? 0x3C2 : 0x3C3;
    return 1;
  }
  return mt_uni_case_full(c, MT_UNI_TO_LOWER, m);
}

static uint8_t ascii_upper(uint8_t c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static uint8_t ascii_lower(uint8_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static bool ascii_cased(uint8_t c) { return (uint8_t)((c | 0x20) - 'a') < 26; }

/* d = s with the case of the 26 letters from `first` flipped: a loop
** without branches, which the compiler vectorizes (upper, lower). */
static void flip_letters(const uint8_t *restrict s, uint8_t *restrict d, size_t n, uint8_t first) {
  for (size_t i = 0; i < n; i++) d[i] = (uint8_t)(s[i] - first) < 26 ? s[i] ^ 0x20 : s[i];
}

/* The ASCII instance of every operation: ASCII str and all bytes (bytes
** >= 0x80 stay unchanged). For ASCII, title case is upper case and
** casefold is lower. */
static int case_bytes(const mt_strv *v, mt_str_case_op op, mt_buf *out) {
  if (mt_buf_reserve(out, v->len)) return MT_STR_ENOMEM;
  char *d = out->data + out->len;
  bool prev_cased = false;
  if (op == MT_STR_UPPER || op == MT_STR_LOWER || op == MT_STR_CASEFOLD)
    flip_letters((const uint8_t *)v->s, (uint8_t *)d, v->len, op == MT_STR_UPPER ? 'a' : 'A');
  else for (size_t i = 0; i < v->len; i++) {
    uint8_t c = (uint8_t)v->s[i];
    switch (op) {
      case MT_STR_CAPITALIZE:
        c = i == 0 ? ascii_upper(c) : ascii_lower(c);
        break;
      case MT_STR_TITLE:
        c = prev_cased ? ascii_lower(c) : ascii_upper(c);
        prev_cased = ascii_cased(c);
        break;
      case MT_STR_SWAPCASE:
        c = ascii_cased(c) ? c ^ 0x20 : c;
        break;
      default:
        break;
    }
    d[i] = (char)c;
  }
  out->len += v->len;
  out->data[out->len] = '\0';
  return MT_STR_OK;
}

/* Full mapping of the character c at s[at..after) under op. */
static int map_char(const mt_strv *v, mt_str_case_op op, uint32_t c, size_t at, size_t after,
                    bool prev_cased, uint32_t *m) {
  uint32_t p;
  switch (op) {
    case MT_STR_UPPER:
      return mt_uni_case_full(c, MT_UNI_TO_UPPER, m);
    case MT_STR_LOWER:
      return lower_in_context(v, c, at, after, m);
    case MT_STR_CASEFOLD:
      return mt_uni_case_full(c, MT_UNI_TO_FOLD, m);
    case MT_STR_CAPITALIZE:
      if (at == 0) return mt_uni_case_full(c, MT_UNI_TO_TITLE, m);
      return lower_in_context(v, c, at, after, m);
    case MT_STR_TITLE:
      if (!prev_cased) return mt_uni_case_full(c, MT_UNI_TO_TITLE, m);
      return lower_in_context(v, c, at, after, m);
    case MT_STR_SWAPCASE:
      p = mt_uni_props(c);
      if (p & MT_UNI_UPPER) return lower_in_context(v, c, at, after, m);
      if (p & MT_UNI_LOWER) return mt_uni_case_full(c, MT_UNI_TO_UPPER, m);
      break;
  }
  m[0] = c;
  return 1;
}

int mt_str_case(const mt_strv *v, mt_str_case_op op, mt_buf *out, size_t *ncp) {
  if (v->bytes || is_ascii_view(v)) {
    *ncp = v->len;
    return case_bytes(v, op, out);
  }
  if (mt_buf_reserve(out, v->len)) return MT_STR_ENOMEM;
  size_t n = 0, next;
  bool prev_cased = false;
  for (size_t i = 0; i < v->len; i = next) {
    uint32_t c = char_at(v, i, &next), m[MT_UNI_CASE_MAX];
    int k = map_char(v, op, c, i, next, prev_cased, m);
    prev_cased = (mt_uni_props(c) & MT_UNI_CASED) != 0;
    for (int j = 0; j < k; j++)
      if (mt_buf_put_utf8(out, m[j])) return MT_STR_ENOMEM;
    n += (size_t)k;
  }
  *ncp = n;
  return MT_STR_OK;
}

/* ---------------------------------------------------------------------
** Predicates
*/

/* islower / isupper / istitle: CPython's cased-character state machines. */
static bool cased_shape(const mt_strv *v, mt_str_pred p) {
  bool cased = false, prev_cased = false;
  size_t next;
  for (size_t i = 0; i < v->len; i = next) {
    uint32_t f = char_props(v, char_at(v, i, &next));
    bool up = f & (MT_UNI_UPPER | MT_UNI_TITLE), low = f & MT_UNI_LOWER;
    if (p == MT_STR_IS_TITLE) {
      if (up || low) {
        if (prev_cased == (bool)up) return false;
        cased = prev_cased = true;
      } else {
        prev_cased = false;
      }
    } else if (p == MT_STR_IS_LOWER ? up : (f & (MT_UNI_LOWER | MT_UNI_TITLE))) {
      return false;
    } else if (p == MT_STR_IS_LOWER ? low : (f & MT_UNI_UPPER)) {
      cased = true;
    }
  }
  return cased;
}

static bool all_chars(const mt_strv *v, uint32_t mask) {
  size_t next;
  for (size_t i = 0; i < v->len; i = next)
    if (!(char_props(v, char_at(v, i, &next)) & mask)) return false;
  return true;
}

bool mt_str_is(const mt_strv *v, mt_str_pred p) {
  static const uint32_t MASK[] = {
      [MT_STR_IS_ALPHA] = MT_UNI_ALPHA,     [MT_STR_IS_ALNUM] = MT_UNI_ALNUM,
      [MT_STR_IS_DECIMAL] = MT_UNI_DECIMAL, [MT_STR_IS_DIGIT] = MT_UNI_DIGIT,
      [MT_STR_IS_NUMERIC] = MT_UNI_NUMERIC, [MT_STR_IS_SPACE] = MT_UNI_SPACE,
      [MT_STR_IS_PRINTABLE] = MT_UNI_PRINTABLE,
  };
  size_t next;
  switch (p) {
    case MT_STR_IS_ASCII:
      if (!v->bytes) return is_ascii_view(v);
      for (size_t i = 0; i < v->len; i++)
        if ((uint8_t)v->s[i] >= 0x80) return false;
      return true;
    case MT_STR_IS_LOWER:
    case MT_STR_IS_UPPER:
    case MT_STR_IS_TITLE:
      return cased_shape(v, p);
    case MT_STR_IS_IDENTIFIER: {
      if (v->len == 0) return false;
      uint32_t c = char_at(v, 0, &next);
      if (c != '_' && !(char_props(v, c) & MT_UNI_XID_START)) return false;
      mt_strv rest = *v;
      rest.s += next;
      rest.len -= next;
      return all_chars(&rest, MT_UNI_XID_CONTINUE);
    }
    case MT_STR_IS_PRINTABLE:
      if (v->bytes) {
        for (size_t i = 0; i < v->len; i++)
          if ((uint8_t)v->s[i] < 0x20 || (uint8_t)v->s[i] >= 0x7F) return false;
        return true;
      }
      return all_chars(v, MASK[p]);
    default:
      return v->len > 0 && all_chars(v, MASK[p]);
  }
}

/* ---------------------------------------------------------------------
** repr
*/

/* CPython picks ' unless the text has ' and no ". */
static char repr_quote(const mt_strv *v) {
  bool sq = memchr(v->s, '\'', v->len) != NULL, dq = memchr(v->s, '"', v->len) != NULL;
  return sq && !dq ? '"' : '\'';
}

/* The escape of c in repr, or 0 when c is written as is. */
static int repr_escape(const mt_strv *v, uint32_t c, char quote, bool ascii_only, mt_buf *out) {
  char two[2] = {'\\', 0};
  if (c == (uint8_t)quote || c == '\\') two[1] = (char)c;
  if (c == '\t') two[1] = 't';
  if (c == '\n') two[1] = 'n';
  if (c == '\r') two[1] = 'r';
  if (two[1]) return mt_buf_append(out, two, 2) ? MT_STR_ENOMEM : 1;
  bool plain = c >= 0x20 && c < 0x7F;
  if (!plain && c >= 0x80 && !v->bytes && !ascii_only) plain = mt_uni_props(c) & MT_UNI_PRINTABLE;
  if (plain) return 0;
  return mt_uni_put_hex_escape(out, c) ? MT_STR_ENOMEM : 1;
}

int mt_str_repr(const mt_strv *v, bool ascii_only, mt_buf *out) {
  char quote = repr_quote(v);
  if (mt_buf_reserve(out, v->len + 3)) return MT_STR_ENOMEM;
  if (v->bytes) mt_buf_putc(out, 'b');
  mt_buf_putc(out, quote);
  size_t run = 0, next;
  for (size_t i = 0; i < v->len; i = next) {
    uint32_t c = char_at(v, i, &next);
    if (c >= 0x20 && c < 0x7F && c != (uint8_t)quote && c != '\\') continue;
    if (mt_buf_append(out, v->s + run, i - run)) return MT_STR_ENOMEM;
    int rc = repr_escape(v, c, quote, ascii_only, out);
    if (rc < 0) return rc;
    run = rc ? next : i;
  }
  if (mt_buf_append(out, v->s + run, v->len - run) || mt_buf_putc(out, quote)) return MT_STR_ENOMEM;
  return MT_STR_OK;
}

/* ---------------------------------------------------------------------
** expandtabs, zfill, padding
*/

/* One pass of expandtabs: with out NULL only measure (stopping beyond
** max_len), else write into room already reserved. Columns count
** characters; \n and \r reset them. */
static int expand(const mt_strv *v, int64_t tabsize, size_t max_len, mt_buf *out, size_t *len,
                  size_t *ncp) {
  size_t col = 0, total = 0, chars = 0, next;
  for (size_t i = 0; i < v->len; i = next) {
    uint32_t c = char_at(v, i, &next);
    if (c == '\t') {
      if (tabsize <= 0) continue;
      size_t incr = (size_t)tabsize - col % (size_t)tabsize;
      if (incr > max_len - total) return MT_STR_ETOOLONG;
      if (out) {
        memset(out->data + out->len, ' ', incr);
        out->len += incr;
      }
      col += incr;
      total += incr;
      chars += incr;
      continue;
    }
    if (next - i > max_len - total) return MT_STR_ETOOLONG;
    if (out) {
      memcpy(out->data + out->len, v->s + i, next - i);
      out->len += next - i;
    }
    total += next - i;
    chars++;
    col = c == '\n' || c == '\r' ? 0 : col + 1;
  }
  if (out) out->data[out->len] = '\0';
  *len = total;
  *ncp = chars;
  return MT_STR_OK;
}

int mt_str_expandtabs(const mt_strv *v, int64_t tabsize, size_t max_len, mt_buf *out, size_t *ncp) {
  size_t len;
  int rc = expand(v, tabsize, max_len, NULL, &len, ncp);
  if (rc != MT_STR_OK) return rc;
  if (mt_buf_reserve(out, len)) return MT_STR_ENOMEM;
  return expand(v, tabsize, max_len, out, &len, ncp);
}

/* Append n copies of the character c (UTF-8 for str, a byte for bytes). */
static void put_fill(const mt_strv *v, uint32_t c, size_t n, mt_buf *out) {
  char enc[4];
  size_t k = v->bytes ? 1 : mt_uni_encode_cp(c, enc);
  if (v->bytes) enc[0] = (char)c;
  if (k == 1) {
    memset(out->data + out->len, enc[0], n);
    out->len += n;
    out->data[out->len] = '\0';
    return;
  }
  for (size_t i = 0; i < n; i++) mt_buf_append(out, enc, k);
}

/* Append fill[left] v fill[right] after checking the size. */
static int pad_sides(const mt_strv *v, size_t left, size_t right, uint32_t fill, size_t max_len,
                     mt_buf *out, size_t *ncp) {
  size_t unit = v->bytes ? 1 : mt_uni_cp_len(fill), total;
  if (!grown_len(v->len, left + right, unit, 0, max_len, &total)) return MT_STR_ETOOLONG;
  if (mt_buf_reserve(out, total)) return MT_STR_ENOMEM;
  put_fill(v, fill, left, out);
  mt_buf_append(out, v->s, v->len);
  put_fill(v, fill, right, out);
  *ncp = v->ncp + left + right;
  return MT_STR_OK;
}

int mt_str_pad(const mt_strv *v, int64_t width, uint32_t fill, mt_str_align align, size_t max_len,
               mt_buf *out, size_t *ncp) {
  size_t marg = width > (int64_t)v->ncp ? (size_t)width - v->ncp : 0, left = 0;
  if (align == MT_STR_RJUST) left = marg;
  /* CPython's pad(): the odd column goes left only when width is odd. */
  if (align == MT_STR_CENTER) left = marg / 2 + (marg & (size_t)width & 1);
  return pad_sides(v, left, marg - left, fill, max_len, out, ncp);
}

int mt_str_zfill(const mt_strv *v, int64_t width, size_t max_len, mt_buf *out, size_t *ncp) {
  size_t fill = width > (int64_t)v->ncp ? (size_t)width - v->ncp : 0, at = out->len;
  int rc = pad_sides(v, fill, 0, '0', max_len, out, ncp);
  if (rc == MT_STR_OK && fill && v->len && (v->s[0] == '+' || v->s[0] == '-')) {
    out->data[at] = v->s[0];
    out->data[at + fill] = '0';
  }
  return rc;
}

/* ---------------------------------------------------------------------
** join, repeat, slice
*/

int mt_str_join_measure(const mt_strv *sep, size_t nitems, mt_str_item_fn item, void *ctx,
                        size_t max_len, size_t *len, size_t *ncp) {
  size_t total = 0, chars = 0;
  for (size_t i = 0; i < nitems; i++) {
    mt_strv it = item(ctx, i);
    size_t add = it.len + (i ? sep->len : 0);
    if (add > max_len - total) return MT_STR_ETOOLONG;
    total += add;
    chars += it.ncp + (i ? sep->ncp : 0);
  }
  *len = total;
  *ncp = chars;
  return MT_STR_OK;
}

void mt_str_join_write(const mt_strv *sep, size_t nitems, mt_str_item_fn item, void *ctx, char *dst) {
  for (size_t i = 0; i < nitems; i++) {
    mt_strv it = item(ctx, i);
    if (i && sep->len) memcpy(dst, sep->s, sep->len), dst += sep->len;
    if (it.len) memcpy(dst, it.s, it.len), dst += it.len;
  }
}

int mt_str_repeat_len(size_t len, int64_t n, size_t max_len, size_t *out_len) {
  if (n <= 0 || len == 0) {
    *out_len = 0;
    return MT_STR_OK;
  }
  if ((uint64_t)n > max_len / len) return MT_STR_ETOOLONG;
  *out_len = len * (size_t)n;
  return MT_STR_OK;
}

/* Copy s once, then double the filled prefix: log2(n) memcpy calls. */
void mt_str_repeat_write(const char *s, size_t len, size_t total, char *dst) {
  if (!total) return;
  memcpy(dst, s, len);
  for (size_t done = len; done < total;) {
    size_t k = done < total - done ? done : total - done;
    memcpy(dst + done, dst, k);
    done += k;
  }
}

int mt_str_repeat(const mt_strv *v, int64_t n, size_t max_len, mt_buf *out) {
  size_t total;
  int rc = mt_str_repeat_len(v->len, n, max_len, &total);
  if (rc != MT_STR_OK) return rc;
  if (mt_buf_reserve(out, total)) return MT_STR_ENOMEM;
  mt_str_repeat_write(v->s, v->len, total, out->data + out->len);
  out->len += total;
  out->data[out->len] = '\0';
  return MT_STR_OK;
}

int mt_str_slice(const mt_strv *v, int64_t start, int64_t step, size_t slicelength, mt_buf *out) {
  if (slicelength == 0) return mt_buf_reserve(out, 0) ? MT_STR_ENOMEM : MT_STR_OK;
  size_t b = mt_str_byte_offset(v, (size_t)start);
  if (step == 1) {
    size_t e = mt_str_byte_offset(v, (size_t)start + slicelength);
    return mt_buf_append(out, v->s + b, e - b) ? MT_STR_ENOMEM : MT_STR_OK;
  }
  if (is_ascii_view(v)) {
    if (mt_buf_reserve(out, slicelength)) return MT_STR_ENOMEM;
    for (size_t k = 0; k < slicelength; k++) out->data[out->len++] = v->s[start + (int64_t)k * step];
    out->data[out->len] = '\0';
    return MT_STR_OK;
  }
  size_t stride = step < 0 ? (size_t)0 - (size_t)step : (size_t)step;
  for (size_t k = 0; k < slicelength; k++) {
    if (k) b = step > 0 ? skip_fwd(v->s, v->len, b, stride) : skip_back(v->s, b, stride);
    size_t e = skip_fwd(v->s, v->len, b, 1);
    if (mt_buf_append(out, v->s + b, e - b)) return MT_STR_ENOMEM;
  }
  return MT_STR_OK;
}
