/*
** uninorm.c: NFKC as CPython 3.11's unicodedata computes it (nfd_nfkd then
** nfc_nfkc in Modules/unicodedata.c): full compatibility decomposition,
** canonical ordering of combining marks, then canonical composition with
** Hangul syllables composed algorithmically. Works on an array of code
** points allocated for the call; tables from gen_unicode_norm.py.
*/
#include "uninorm.h"

#include <stdlib.h>
#include <string.h>

#include "unicode.h"
#include "unicode_norm.h"

/* Hangul (Unicode 14, chapter 3.12) */
#define S_BASE 0xAC00u
#define L_BASE 0x1100u
#define V_BASE 0x1161u
#define T_BASE 0x11A7u
#define L_COUNT 19u
#define V_COUNT 21u
#define T_COUNT 28u
#define N_COUNT (V_COUNT * T_COUNT)
#define S_COUNT (L_COUNT * N_COUNT)

/* Marks a code point that composition absorbed into an earlier one. */
#define ABSORBED 0xFFFFFFFFu

/* Runs of combining marks longer than this are sorted by counting. */
#define INSERTION_MAX 16

static const unorm_record *record(uint32_t cp) {
  uint32_t m = UNORM_MID[((uint32_t)UNORM_TOP[cp >> (UNORM_MID_SHIFT + UNORM_LEAF_SHIFT)]
                          << UNORM_MID_SHIFT) +
                         ((cp >> UNORM_LEAF_SHIFT) & UNORM_MID_MASK)];
  return &UNORM_RECORDS[UNORM_LEAF[(m << UNORM_LEAF_SHIFT) + (cp & UNORM_LEAF_MASK)]];
}

static uint8_t ccc(uint32_t cp) { return record(cp)->ccc; }

/* The code points being normalized. */
typedef struct cps {
  uint32_t *v;
  size_t n, cap;
} cps;

static int reserve(cps *a, size_t extra) {
  if (a->n + extra <= a->cap) return 0;
  size_t cap = a->cap ? a->cap : 64;
  while (cap < a->n + extra) cap *= 2;
  uint32_t *v = realloc(a->v, cap * sizeof *v);
  if (!v) return -1;
  a->v = v;
  a->cap = cap;
  return 0;
}

/* Append the full compatibility decomposition of every code point of s. */
static int decompose(const char *s, size_t len, cps *a) {
  for (size_t i = 0; i < len;) {
    uint32_t cp = mt_uni_next(s, &i);
    const unorm_record *r = record(cp);
    if (reserve(a, 3 + r->len) < 0) return -1;
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
      uint32_t si = cp - S_BASE;
      a->v[a->n++] = L_BASE + si / N_COUNT;
      a->v[a->n++] = V_BASE + si % N_COUNT / T_COUNT;
      if (si % T_COUNT) a->v[a->n++] = T_BASE + si % T_COUNT;
    } else if (r->len) {
      memcpy(a->v + a->n, UNORM_SEQ + r->start, r->len * sizeof *a->v);
      a->n += r->len;
    } else {
      a->v[a->n++] = cp;
    }
  }
  return 0;
}

/* Stable sort of v[0..n) by combining class: what CPython's insertion
** sort produces, in linear time for long runs. */
static int sort_run(uint32_t *v, size_t n) {
  if (n <= INSERTION_MAX) {
    for (size_t i = 1; i < n; i++) {
      uint32_t cp = v[i];
      uint8_t c = ccc(cp);
      size_t j = i;
      for (; j > 0 && ccc(v[j - 1]) > c; j--) v[j] = v[j - 1];
      v[j] = cp;
    }
    return 0;
  }
  size_t start[257] = {0};
  uint32_t *tmp = malloc(n * sizeof *tmp);
  if (!tmp) return -1;
  for (size_t i = 0; i < n; i++) start[ccc(v[i]) + 1]++;
  for (size_t c = 1; c < 257; c++) start[c] += start[c - 1];
  for (size_t i = 0; i < n; i++) tmp[start[ccc(v[i])]++] = v[i];
  memcpy(v, tmp, n * sizeof *v);
  free(tmp);
  return 0;
}

/* Canonical ordering: sort each run of non-starters. */
static int reorder(cps *a) {
  for (size_t i = 0; i < a->n;) {
    if (ccc(a->v[i]) == 0) {
      i++;
      continue;
    }
    size_t j = i + 1;
    while (j < a->n && ccc(a->v[j]) != 0) j++;
    if (sort_run(a->v + i, j - i) < 0) return -1;
    i = j;
  }
  return 0;
}

/* The pairs whose first character is cp: [*lo, return value). */
static size_t pairs_of(uint32_t cp, size_t *lo) {
  size_t a = 0, b = MT_ARRAY_LEN(UNORM_PAIRS);
  while (a < b) {
    size_t mid = a + (b - a) / 2;
    if (UNORM_PAIRS[mid].first < cp)
      a = mid + 1;
    else
      b = mid;
  }
  *lo = a;
  while (b < MT_ARRAY_LEN(UNORM_PAIRS) && UNORM_PAIRS[b].first == cp) b++;
  return b;
}

static bool is_first(uint32_t cp) {
  size_t lo;
  return pairs_of(cp, &lo) > lo;
}

/* The primary composite of first + second, or 0. */
static uint32_t composite(uint32_t first, uint32_t second) {
  size_t lo, hi = pairs_of(first, &lo);
  for (; lo < hi; lo++)
    if (UNORM_PAIRS[lo].second == second) return UNORM_PAIRS[lo].composite;
  return 0;
}

/* A leading consonant and vowel (and trailing consonant) at v[*i] as one
** syllable, advancing *i; 0 when v[*i] does not start one. */
static uint32_t hangul_compose(const cps *a, size_t *i) {
  uint32_t l = a->v[*i];
  if (l < L_BASE || l >= L_BASE + L_COUNT || *i + 1 >= a->n) return 0;
  uint32_t v = a->v[*i + 1];
  if (v < V_BASE || v >= V_BASE + V_COUNT) return 0;
  uint32_t s = S_BASE + ((l - L_BASE) * V_COUNT + (v - V_BASE)) * T_COUNT;
  *i += 2;
  if (*i < a->n && a->v[*i] > T_BASE && a->v[*i] < T_BASE + T_COUNT) s += a->v[(*i)++] - T_BASE;
  return s;
}

/*
** Canonical composition in place, CPython's nfc_nfkc loop: each starter
** that begins a pair absorbs the following characters it composes with,
** unless a character between them is a starter or has a combining class
** at least theirs (blocked). Absorbed characters are marked and dropped.
*/
static void compose(cps *a) {
  size_t o = 0;
  for (size_t i = 0; i < a->n;) {
    uint32_t code = a->v[i];
    if (code == ABSORBED) {
      i++;
      continue;
    }
    uint32_t syllable = hangul_compose(a, &i);
    if (syllable) {
      a->v[o++] = syllable;
      continue;
    }
    if (is_first(code)) {
      uint8_t comb = 0;
      for (size_t k = i + 1; k < a->n; k++) {
        uint32_t next = a->v[k];
        uint8_t c = ccc(next);
        if (comb && (c == 0 || comb >= c)) {
          if (c == 0) break;
          continue; /* blocked */
        }
        uint32_t p = composite(code, next);
        if (!p) {
          if (c == 0) break;
          comb = c;
          continue;
        }
        code = p;
        a->v[k] = ABSORBED;
        if (!is_first(code)) break;
      }
    }
    a->v[o++] = code;
    i++;
  }
  a->n = o;
}

int mt_uninorm_nfkc(const char *s, size_t len, mt_buf *out) {
  cps a = {NULL, 0, 0};
  int rc = -1;
  if (decompose(s, len, &a) == 0 && reorder(&a) == 0) {
    compose(&a);
    rc = a.n ? mt_buf_reserve(out, a.n * 4) : 0;
    for (size_t i = 0; rc == 0 && i < a.n; i++) rc = mt_buf_put_utf8(out, a.v[i]);
  }
  free(a.v);
  return rc;
}

size_t mt_uninorm_table_bytes(void) { return UNORM_TABLE_BYTES; }
