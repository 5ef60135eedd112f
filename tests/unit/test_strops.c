/*
** Criterion tests for strops.c. The case tables in strops_cases.h hold
** CPython 3.11's results for each operation (produced by
** gen_strops_cases.py with python3.11 when the tests were written); the
** search and index tests compare against naive reference loops.
*/
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "strops.h"
#include "unicode.h"

#define L(s) s, sizeof(s) - 1

typedef struct lit {
  const char *s;
  size_t len;
} lit;

typedef struct find_case {
  const char *h;
  size_t hlen;
  const char *sub;
  size_t sublen;
  int64_t start, end;
  int64_t find, rfind, count;
  int startswith, endswith;
} find_case;

typedef struct split_case {
  const char *s;
  size_t len;
  const char *sep;
  size_t seplen;
  int64_t maxsplit;
  int rev;
  const lit *pieces; /* rsplit: from the right, as emitted */
  size_t npieces;
} split_case;

typedef struct lines_case {
  const char *s;
  size_t len;
  int keepends;
  const lit *pieces;
  size_t npieces;
} lines_case;

typedef struct partition_case {
  const char *s;
  size_t len;
  const char *sep;
  size_t seplen;
  int rev;
  lit parts[3];
} partition_case;

typedef struct strip_case {
  const char *s;
  size_t len;
  const char *chars;
  size_t charslen;
  lit out[3]; /* strip, lstrip, rstrip */
} strip_case;

typedef struct case_case {
  const char *s;
  size_t len;
  lit out[6]; /* in mt_str_case_op order */
} case_case;

typedef struct pred_case {
  const char *s;
  size_t len;
  int is[12]; /* in mt_str_pred order */
} pred_case;

typedef struct repr_case {
  const char *s;
  size_t len;
  lit repr, ascii;
} repr_case;

typedef struct pad_case {
  const char *s;
  size_t len;
  int64_t width;
  uint32_t fill;
  lit out[3]; /* ljust, rjust, center */
  lit zfill;
} pad_case;

typedef struct tabs_case {
  const char *s;
  size_t len;
  int64_t tabsize;
  lit out;
} tabs_case;

typedef struct replace_case {
  const char *s;
  size_t len;
  const char *old;
  size_t oldlen;
  const char *new_;
  size_t newlen;
  int64_t count;
  lit out;
  size_t nrepl;
} replace_case;

typedef struct slice_case {
  const char *s;
  size_t len;
  int64_t start, step;
  size_t slicelength;
  lit out;
} slice_case;

typedef struct join_case {
  const char *sep;
  size_t seplen;
  const lit *items;
  size_t nitems;
  lit out;
} join_case;

typedef struct bytes_case {
  const char *s;
  size_t len;
  const lit *split;
  size_t nsplit; /* split() */
  const lit *rsplit1;
  size_t nrsplit1; /* rsplit(None, 1), from the right */
  const lit *splitsp1;
  size_t nsplitsp1; /* split(b' ', 1) */
  const lit *lines;
  size_t nlines; /* splitlines() */
  const lit *lineskeep;
  size_t nlineskeep; /* splitlines(True) */
  lit strip, strip_set; /* strip(), strip(b'\xff\x80 ') */
  lit cases[5];         /* upper lower capitalize title swapcase */
  int is[8];            /* isalpha isalnum isdigit islower isupper istitle isspace isascii */
  lit repr, center, zfill, tabs; /* repr, center(9, b'\xff'), zfill(6), expandtabs(4) */
  int64_t find80, rfind80, count80;
} bytes_case;

#include "strops_cases.h"

/* ------------------------------------------------------------------ */

/* A str view of valid UTF-8, with a sparse index when idx is non-NULL
** (the caller frees *idx). */
static mt_strv strv(const char *s, size_t len, uint32_t **idx) {
  size_t ncp = 0;
  mt_uni_codec_error err;
  cr_assert_eq(mt_uni_utf8_check(s ? s : "", len, &ncp, &err), MT_UNI_OK);
  mt_strv v = mt_str_view(s ? s : "", len, ncp, NULL);
  if (idx) {
    *idx = malloc(sizeof(uint32_t) * (mt_str_index_len(ncp) + 1));
    mt_str_index_build(v.s, len, ncp, *idx);
    v.index = *idx;
  }
  return v;
}

static void expect_bytes(const char *got, size_t glen, lit want, const char *what, size_t k) {
  cr_assert(glen == want.len && memcmp(got, want.s, glen) == 0, "%s case %zu: got '%.*s' want '%.*s'",
            what, k, (int)glen, got, (int)want.len, want.s);
}

static void expect_buf(const mt_buf *b, lit want, const char *what, size_t k) {
  expect_bytes(b->data ? b->data : "", b->len, want, what, k);
}

static void expect_span(const mt_strv *v, mt_str_span sp, lit want, const char *what, size_t k) {
  expect_bytes(v->s + sp.off, sp.len, want, what, k);
  cr_assert_eq(sp.ncp, v->bytes ? sp.len : mt_uni_count(want.s, want.len), "%s case %zu: ncp", what, k);
}

typedef struct collected {
  mt_str_span spans[64];
  size_t n;
} collected;

static int collect(void *ctx, mt_str_span sp) {
  collected *c = ctx;
  cr_assert_lt(c->n, MT_ARRAY_LEN(c->spans));
  c->spans[c->n++] = sp;
  return 0;
}

static void expect_pieces(const mt_strv *v, const collected *c, const lit *want, size_t nwant,
                          const char *what, size_t k) {
  cr_assert_eq(c->n, nwant, "%s case %zu: %zu pieces, want %zu", what, k, c->n, nwant);
  for (size_t i = 0; i < nwant; i++) expect_span(v, c->spans[i], want[i], what, k);
}

/* ------------------------------------------------------------------ */

Test(strops, find_rfind_count_startswith_endswith) {
  for (size_t k = 0; k < MT_ARRAY_LEN(FIND_CASES); k++) {
    const find_case *c = &FIND_CASES[k];
    for (int with_index = 0; with_index < 2; with_index++) {
      uint32_t *idx = NULL;
      mt_strv h = strv(c->h, c->hlen, with_index ? &idx : NULL);
      mt_strv sub = strv(c->sub, c->sublen, NULL);
      cr_assert_eq(mt_str_find(&h, &sub, c->start, c->end), c->find, "find case %zu", k);
      cr_assert_eq(mt_str_rfind(&h, &sub, c->start, c->end), c->rfind, "rfind case %zu", k);
      cr_assert_eq(mt_str_count(&h, &sub, c->start, c->end), c->count, "count case %zu", k);
      cr_assert_eq(mt_str_startswith(&h, &sub, c->start, c->end), c->startswith, "startswith case %zu", k);
      cr_assert_eq(mt_str_endswith(&h, &sub, c->start, c->end), c->endswith, "endswith case %zu", k);
      free(idx);
    }
  }
}

Test(strops, startswith_never_reads_past_the_end) {
  /* 'ab'.endswith('é') and 'ab'.startswith('é', 1): same code-point
  ** length, longer in bytes. */
  mt_strv h = strv(L("ab"), NULL), sub = strv(L("é"), NULL);
  cr_assert(!mt_str_endswith(&h, &sub, 0, MT_STR_END));
  cr_assert(!mt_str_startswith(&h, &sub, 1, MT_STR_END));
}

static int64_t naive_search(const char *h, size_t n, const char *nd, size_t m, bool rev) {
  if (m > n) return -1;
  for (size_t k = 0; k <= n - m; k++) {
    size_t i = rev ? n - m - k : k;
    if (memcmp(h + i, nd, m) == 0) return (int64_t)i;
  }
  return -1;
}

/* Random haystacks over tiny alphabets and needles cut from them (often
** periodic), so candidates fail late and the two-way fallback runs. */
Test(strops, search_agrees_with_naive_search) {
  char h[3000], nd[80];
  uint64_t seed = 12345;
  for (int round = 0; round < 3000; round++) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    size_t alpha = 1 + (seed >> 60) % 3;
    size_t n = (size_t)(seed >> 33) % sizeof h;
    bool rare_b = round % 5 == 0; /* 'a' runs with rare 'b': long failing candidates */
    for (size_t i = 0; i < n; i++) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      h[i] = (char)('a' + (rare_b ? (seed >> 40) % 64 == 0 : (seed >> 40) % alpha));
    }
    size_t m = 1 + (size_t)(seed >> 20) % (round % 2 ? 8 : sizeof nd);
    if (n > m && round % 3) {
      memcpy(nd, h + (seed >> 8) % (n - m), m);
      nd[(seed >> 45) % m] = (char)('a' + (seed >> 50) % (alpha + 1));
    } else {
      for (size_t i = 0; i < m; i++) nd[i] = (char)('a' + (i * 7 + (seed >> 12)) % alpha);
    }
    if (rare_b) {
      memset(nd, 'a', m);
      nd[(seed >> 45) % m] = 'b';
    }
    cr_assert_eq(mt_str_search(h, n, nd, m), naive_search(h, n, nd, m, false), "round %d", round);
    cr_assert_eq(mt_str_rsearch(h, n, nd, m), naive_search(h, n, nd, m, true), "round %d", round);
  }
}

Test(strops, search_worst_cases) {
  size_t n = 200000;
  char *h = malloc(n);
  memset(h, 'a', n);
  char nd[1001];
  memset(nd, 'a', sizeof nd);
  nd[1000] = 'b';
  cr_assert_eq(mt_str_search(h, n, nd, sizeof nd), -1);
  nd[1000] = 'a';
  nd[0] = 'b';
  cr_assert_eq(mt_str_rsearch(h, n, nd, sizeof nd), -1);
  h[n - 1] = 'b';
  nd[0] = 'a';
  nd[1000] = 'b';
  cr_assert_eq(mt_str_search(h, n, nd, sizeof nd), (int64_t)(n - sizeof nd));
  h[n - 1] = 'a';
  h[0] = 'b';
  nd[1000] = 'a';
  nd[0] = 'b';
  cr_assert_eq(mt_str_rsearch(h, n, nd, sizeof nd), 0);
  /* Every window is a candidate that fails after 500 comparisons. */
  char mid[1001];
  memset(mid, 'a', sizeof mid);
  mid[500] = 'b';
  h[0] = 'a';
  cr_assert_eq(mt_str_search(h, n, mid, sizeof mid), -1);
  cr_assert_eq(mt_str_rsearch(h, n, mid, sizeof mid), -1);
  h[150000] = 'b';
  cr_assert_eq(mt_str_search(h, n, mid, sizeof mid), 150000 - 500);
  cr_assert_eq(mt_str_rsearch(h, n, mid, sizeof mid), 150000 - 500);
  cr_assert_eq(mt_str_search(h, n, "", 0), 0);
  cr_assert_eq(mt_str_rsearch(h, n, "", 0), (int64_t)n);
  cr_assert_eq(mt_str_search(h, 3, "aaaa", 4), -1);
  free(h);
}

/* Offsets against a walk over every code point, with and without index,
** for texts mixing 1- to 4-byte characters. */
Test(strops, index_offsets_match_a_walk) {
  static const char *const units[] = {"a", "é", "日", "😀"};
  char text[4 * 700];
  size_t offs[701];
  for (int shape = 0; shape < 6; shape++) {
    size_t len = 0, ncp = 0;
    for (size_t i = 0; i < 700 - (size_t)shape * 97; i++) {
      const char *u = units[(i * (size_t)(shape + 1) / 5 + (i % 7 == 0)) % 4];
      offs[ncp++] = len;
      memcpy(text + len, u, strlen(u));
      len += strlen(u);
    }
    offs[ncp] = len;
    for (int with_index = 0; with_index < 2; with_index++) {
      uint32_t *idx = NULL;
      mt_strv v = strv(text, len, with_index ? &idx : NULL);
      cr_assert_eq(v.ncp, ncp);
      for (size_t i = 0; i <= ncp; i++) {
        cr_assert_eq(mt_str_byte_offset(&v, i), offs[i], "shape %d cp %zu", shape, i);
        cr_assert_eq(mt_str_cp_index(&v, offs[i]), i, "shape %d byte %zu", shape, offs[i]);
      }
      cr_assert_eq(mt_str_byte_offset(&v, ncp + 5), len);
      free(idx);
    }
  }
}

Test(strops, adjust_indices_like_cpython) {
  static const struct {
    int64_t start, end, want_start, want_end;
  } cases[] = {
      {0, MT_STR_END, 0, 10}, {-3, MT_STR_END, 7, 10}, {-30, -20, 0, 0}, {2, -1, 2, 9},
      {12, 15, 12, 10},       {INT64_MIN, INT64_MIN, 0, 0},
  };
  for (size_t k = 0; k < MT_ARRAY_LEN(cases); k++) {
    int64_t s = cases[k].start, e = cases[k].end;
    mt_str_adjust_indices(&s, &e, 10);
    cr_assert(s == cases[k].want_start && e == cases[k].want_end, "case %zu", k);
  }
}

Test(strops, split_and_rsplit) {
  for (size_t k = 0; k < MT_ARRAY_LEN(SPLIT_CASES); k++) {
    const split_case *c = &SPLIT_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL), sep = strv(c->sep, c->seplen, NULL);
    collected got = {.n = 0};
    int rc = mt_str_split(&v, c->sep ? &sep : NULL, c->maxsplit, c->rev, collect, &got);
    cr_assert_eq(rc, 0, "case %zu", k);
    expect_pieces(&v, &got, c->pieces, c->npieces, "split", k);
  }
}

static int stop_at_two(void *ctx, mt_str_span sp) {
  (void)sp;
  return ++*(int *)ctx == 2 ? 7 : 0;
}

Test(strops, split_errors_and_early_stop) {
  mt_strv v = strv(L("a b c d"), NULL), empty = strv(L(""), NULL), sp = strv(L(" "), NULL);
  collected got = {.n = 0};
  cr_assert_eq(mt_str_split(&v, &empty, -1, false, collect, &got), MT_STR_EEMPTYSEP);
  cr_assert_eq(mt_str_split(&v, &empty, -1, true, collect, &got), MT_STR_EEMPTYSEP);
  cr_assert_eq(got.n, 0);
  for (int rev = 0; rev < 2; rev++) {
    int calls = 0;
    cr_assert_eq(mt_str_split(&v, NULL, -1, rev, stop_at_two, &calls), 7);
    calls = 0;
    cr_assert_eq(mt_str_split(&v, &sp, -1, rev, stop_at_two, &calls), 7);
    cr_assert_eq(calls, 2);
  }
  int calls = 0;
  cr_assert_eq(mt_str_splitlines(&v, false, stop_at_two, &calls), 0); /* one line only */
  mt_strv lines = strv(L("a\nb\nc"), NULL);
  calls = 0;
  cr_assert_eq(mt_str_splitlines(&lines, false, stop_at_two, &calls), 7);
}

Test(strops, splitlines) {
  for (size_t k = 0; k < MT_ARRAY_LEN(LINES_CASES); k++) {
    const lines_case *c = &LINES_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL);
    collected got = {.n = 0};
    cr_assert_eq(mt_str_splitlines(&v, c->keepends, collect, &got), 0);
    expect_pieces(&v, &got, c->pieces, c->npieces, "splitlines", k);
  }
}

Test(strops, partition_and_rpartition) {
  for (size_t k = 0; k < MT_ARRAY_LEN(PARTITION_CASES); k++) {
    const partition_case *c = &PARTITION_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL), sep = strv(c->sep, c->seplen, NULL);
    mt_str_span out[3];
    int rc = mt_str_partition(&v, &sep, c->rev, out);
    cr_assert_eq(rc, c->parts[1].len > 0, "case %zu", k);
    for (int i = 0; i < 3; i++) expect_span(&v, out[i], c->parts[i], "partition", k);
  }
  mt_strv v = strv(L("abc"), NULL), empty = strv(L(""), NULL);
  mt_str_span out[3];
  cr_assert_eq(mt_str_partition(&v, &empty, false, out), MT_STR_EEMPTYSEP);
  cr_assert_eq(mt_str_partition(&v, &empty, true, out), MT_STR_EEMPTYSEP);
}

Test(strops, strip_lstrip_rstrip) {
  static const int sides[3] = {MT_STR_BOTH, MT_STR_LEFT, MT_STR_RIGHT};
  for (size_t k = 0; k < MT_ARRAY_LEN(STRIP_CASES); k++) {
    const strip_case *c = &STRIP_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL), chars = strv(c->chars, c->charslen, NULL);
    for (int i = 0; i < 3; i++) {
      mt_str_span out;
      cr_assert_eq(mt_str_strip(&v, c->chars ? &chars : NULL, sides[i], &out), 0);
      expect_span(&v, out, c->out[i], "strip", k);
    }
  }
}

Test(strops, strip_with_a_large_character_set) {
  /* 'ü' * 1000 + 'x' stripped of a set of 3000 distinct wide characters. */
  size_t n = 3000;
  mt_buf set = MT_BUF_INIT, text = MT_BUF_INIT;
  for (uint32_t c = 0x4E00; c < 0x4E00 + n - 1; c++) mt_buf_put_utf8(&set, c);
  mt_buf_put_utf8(&set, 0xFC);
  for (int i = 0; i < 1000; i++) mt_buf_put_utf8(&text, 0xFC);
  mt_buf_puts(&text, "x");
  mt_buf_put_utf8(&text, 0x4E01);
  mt_strv v = strv(text.data, text.len, NULL), chars = strv(set.data, set.len, NULL);
  mt_str_span out;
  cr_assert_eq(mt_str_strip(&v, &chars, MT_STR_BOTH, &out), 0);
  cr_assert(out.len == 1 && out.ncp == 1 && v.s[out.off] == 'x');
  mt_buf_free(&set);
  mt_buf_free(&text);
}

Test(strops, case_conversions) {
  for (size_t k = 0; k < MT_ARRAY_LEN(CASE_CASES); k++) {
    const case_case *c = &CASE_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL);
    for (int op = 0; op < 6; op++) {
      mt_buf out = MT_BUF_INIT;
      size_t ncp = 0;
      cr_assert_eq(mt_str_case(&v, (mt_str_case_op)op, &out, &ncp), 0);
      expect_buf(&out, c->out[op], "case op", k * 10 + (size_t)op);
      cr_assert_eq(ncp, mt_uni_count(c->out[op].s, c->out[op].len), "case %zu op %d", k, op);
      mt_buf_free(&out);
    }
  }
}

Test(strops, predicates) {
  for (size_t k = 0; k < MT_ARRAY_LEN(PRED_CASES); k++) {
    const pred_case *c = &PRED_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL);
    for (int p = 0; p < 12; p++)
      cr_assert_eq(mt_str_is(&v, (mt_str_pred)p), c->is[p], "case %zu predicate %d", k, p);
  }
}

Test(strops, repr_and_ascii) {
  cr_assert_geq(MT_ARRAY_LEN(REPR_CASES), 60);
  for (size_t k = 0; k < MT_ARRAY_LEN(REPR_CASES); k++) {
    const repr_case *c = &REPR_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL);
    mt_buf r = MT_BUF_INIT, a = MT_BUF_INIT;
    cr_assert_eq(mt_str_repr(&v, false, &r), 0);
    cr_assert_eq(mt_str_repr(&v, true, &a), 0);
    expect_buf(&r, c->repr, "repr", k);
    expect_buf(&a, c->ascii, "ascii", k);
    mt_buf_free(&r);
    mt_buf_free(&a);
  }
}

Test(strops, padding_and_zfill) {
  static const mt_str_align aligns[3] = {MT_STR_LJUST, MT_STR_RJUST, MT_STR_CENTER};
  for (size_t k = 0; k < MT_ARRAY_LEN(PAD_CASES); k++) {
    const pad_case *c = &PAD_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL);
    size_t ncp;
    for (int i = 0; i < 3; i++) {
      mt_buf out = MT_BUF_INIT;
      cr_assert_eq(mt_str_pad(&v, c->width, c->fill, aligns[i], SIZE_MAX, &out, &ncp), 0);
      expect_buf(&out, c->out[i], "pad", k);
      cr_assert_eq(ncp, mt_uni_count(c->out[i].s, c->out[i].len));
      mt_buf_free(&out);
    }
    mt_buf out = MT_BUF_INIT;
    cr_assert_eq(mt_str_zfill(&v, c->width, SIZE_MAX, &out, &ncp), 0);
    expect_buf(&out, c->zfill, "zfill", k);
    mt_buf_free(&out);
  }
  mt_strv v = strv(L("x"), NULL);
  mt_buf out = MT_BUF_INIT;
  size_t ncp;
  cr_assert_eq(mt_str_pad(&v, INT64_MAX, 0x65E5, MT_STR_CENTER, 1 << 20, &out, &ncp), MT_STR_ETOOLONG);
  cr_assert_eq(mt_str_zfill(&v, 1 << 21, 1 << 20, &out, &ncp), MT_STR_ETOOLONG);
  cr_assert_eq(out.len, 0);
  mt_buf_free(&out);
}

Test(strops, expandtabs) {
  for (size_t k = 0; k < MT_ARRAY_LEN(TABS_CASES); k++) {
    const tabs_case *c = &TABS_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL);
    mt_buf out = MT_BUF_INIT;
    size_t ncp;
    cr_assert_eq(mt_str_expandtabs(&v, c->tabsize, SIZE_MAX, &out, &ncp), 0);
    expect_buf(&out, c->out, "expandtabs", k);
    cr_assert_eq(ncp, mt_uni_count(c->out.s, c->out.len));
    mt_buf_free(&out);
  }
  mt_strv v = strv(L("a\tb"), NULL);
  mt_buf out = MT_BUF_INIT;
  size_t ncp;
  cr_assert_eq(mt_str_expandtabs(&v, INT64_MAX, 1 << 20, &out, &ncp), MT_STR_ETOOLONG);
  mt_buf_free(&out);
}

Test(strops, replace) {
  for (size_t k = 0; k < MT_ARRAY_LEN(REPLACE_CASES); k++) {
    const replace_case *c = &REPLACE_CASES[k];
    mt_strv v = strv(c->s, c->len, NULL), old = strv(c->old, c->oldlen, NULL),
            new_ = strv(c->new_, c->newlen, NULL);
    mt_buf out = MT_BUF_INIT;
    size_t ncp, nrepl;
    cr_assert_eq(mt_str_replace(&v, &old, &new_, c->count, SIZE_MAX, &out, &ncp, &nrepl), 0);
    expect_buf(&out, c->out, "replace", k);
    cr_assert_eq(nrepl, c->nrepl, "case %zu", k);
    cr_assert_eq(ncp, mt_uni_count(c->out.s, c->out.len), "case %zu", k);
    mt_buf_free(&out);
  }
  /* ('a' * 1000).replace('a', 'b' * 1000) bounded to 1 MiB - 1. */
  char a[1000], b[1000];
  memset(a, 'a', sizeof a);
  memset(b, 'b', sizeof b);
  mt_strv v = strv(a, sizeof a, NULL), old = strv("a", 1, NULL), new_ = strv(b, sizeof b, NULL);
  mt_buf out = MT_BUF_INIT;
  size_t ncp, nrepl;
  cr_assert_eq(mt_str_replace(&v, &old, &new_, -1, 1000 * 1000 - 1, &out, &ncp, &nrepl), MT_STR_ETOOLONG);
  cr_assert_eq(mt_str_replace(&v, &old, &new_, -1, 1000 * 1000, &out, &ncp, &nrepl), 0);
  cr_assert_eq(out.len, 1000 * 1000);
  mt_buf_free(&out);
}

static mt_strv join_item(void *ctx, size_t i) {
  const lit *items = ctx;
  size_t ncp = 0;
  mt_uni_codec_error err;
  mt_uni_utf8_check(items[i].s ? items[i].s : "", items[i].len, &ncp, &err);
  return mt_str_view(items[i].s, items[i].len, ncp, NULL);
}

Test(strops, join) {
  for (size_t k = 0; k < MT_ARRAY_LEN(JOIN_CASES); k++) {
    const join_case *c = &JOIN_CASES[k];
    mt_strv sep = strv(c->sep, c->seplen, NULL);
    size_t len, ncp;
    void *ctx = (void *)c->items;
    cr_assert_eq(mt_str_join_measure(&sep, c->nitems, join_item, ctx, SIZE_MAX, &len, &ncp), 0);
    cr_assert_eq(len, c->out.len, "case %zu", k);
    cr_assert_eq(ncp, mt_uni_count(c->out.s, c->out.len));
    char dst[64];
    mt_str_join_write(&sep, c->nitems, join_item, ctx, dst);
    expect_bytes(dst, len, c->out, "join", k);
    if (len) cr_assert_eq(mt_str_join_measure(&sep, c->nitems, join_item, ctx, len - 1, &len, &ncp),
                          MT_STR_ETOOLONG);
  }
}

Test(strops, repeat) {
  static const struct {
    const char *s;
    int64_t n;
    const char *want;
  } cases[] = {{"ab", 3, "ababab"}, {"é", 5, "ééééé"}, {"xyz", 0, ""}, {"xyz", -4, ""}, {"", 9, ""}, {"q", 1, "q"}};
  for (size_t k = 0; k < MT_ARRAY_LEN(cases); k++) {
    mt_strv v = strv(cases[k].s, strlen(cases[k].s), NULL);
    mt_buf out = MT_BUF_INIT;
    cr_assert_eq(mt_str_repeat(&v, cases[k].n, SIZE_MAX, &out), 0);
    lit want = {cases[k].want, strlen(cases[k].want)};
    expect_buf(&out, want, "repeat", k);
    mt_buf_free(&out);
  }
  char big[1000];
  mt_str_repeat_write("abc", 3, 999, big);
  for (size_t i = 0; i < 999; i++) cr_assert_eq(big[i], "abc"[i % 3]);
  size_t len;
  cr_assert_eq(mt_str_repeat_len(3, INT64_MAX, SIZE_MAX, &len), MT_STR_ETOOLONG);
  cr_assert_eq(mt_str_repeat_len(3, 10, 29, &len), MT_STR_ETOOLONG);
  cr_assert_eq(mt_str_repeat_len(3, 10, 30, &len), 0);
  cr_assert_eq(len, 30);
}

Test(strops, slices) {
  for (size_t k = 0; k < MT_ARRAY_LEN(SLICE_CASES); k++) {
    const slice_case *c = &SLICE_CASES[k];
    for (int with_index = 0; with_index < 2; with_index++) {
      uint32_t *idx = NULL;
      mt_strv v = strv(c->s, c->len, with_index ? &idx : NULL);
      mt_buf out = MT_BUF_INIT;
      cr_assert_eq(mt_str_slice(&v, c->start, c->step, c->slicelength, &out), 0);
      expect_buf(&out, c->out, "slice", k);
      mt_buf_free(&out);
      free(idx);
    }
  }
}

Test(strops, bytes_methods) {
  static const mt_str_case_op ops[5] = {MT_STR_UPPER, MT_STR_LOWER, MT_STR_CAPITALIZE, MT_STR_TITLE,
                                        MT_STR_SWAPCASE};
  static const mt_str_pred preds[8] = {MT_STR_IS_ALPHA, MT_STR_IS_ALNUM, MT_STR_IS_DIGIT, MT_STR_IS_LOWER,
                                       MT_STR_IS_UPPER, MT_STR_IS_TITLE, MT_STR_IS_SPACE, MT_STR_IS_ASCII};
  for (size_t k = 0; k < MT_ARRAY_LEN(BYTES_CASES); k++) {
    const bytes_case *c = &BYTES_CASES[k];
    mt_strv v = mt_str_bytes_view(c->s, c->len), sp = mt_str_bytes_view(" ", 1),
            set = mt_str_bytes_view("\xff\x80 ", 3), b80 = mt_str_bytes_view("\x80", 1);
    collected got = {.n = 0};
    cr_assert_eq(mt_str_split(&v, NULL, -1, false, collect, &got), 0);
    expect_pieces(&v, &got, c->split, c->nsplit, "bytes split", k);
    got.n = 0;
    cr_assert_eq(mt_str_split(&v, NULL, 1, true, collect, &got), 0);
    expect_pieces(&v, &got, c->rsplit1, c->nrsplit1, "bytes rsplit", k);
    got.n = 0;
    cr_assert_eq(mt_str_split(&v, &sp, 1, false, collect, &got), 0);
    expect_pieces(&v, &got, c->splitsp1, c->nsplitsp1, "bytes split sep", k);
    got.n = 0;
    cr_assert_eq(mt_str_splitlines(&v, false, collect, &got), 0);
    expect_pieces(&v, &got, c->lines, c->nlines, "bytes splitlines", k);
    got.n = 0;
    cr_assert_eq(mt_str_splitlines(&v, true, collect, &got), 0);
    expect_pieces(&v, &got, c->lineskeep, c->nlineskeep, "bytes splitlines keepends", k);
    mt_str_span span;
    cr_assert_eq(mt_str_strip(&v, NULL, MT_STR_BOTH, &span), 0);
    expect_span(&v, span, c->strip, "bytes strip", k);
    cr_assert_eq(mt_str_strip(&v, &set, MT_STR_BOTH, &span), 0);
    expect_span(&v, span, c->strip_set, "bytes strip set", k);
    for (int i = 0; i < 5; i++) {
      mt_buf out = MT_BUF_INIT;
      size_t ncp;
      cr_assert_eq(mt_str_case(&v, ops[i], &out, &ncp), 0);
      expect_buf(&out, c->cases[i], "bytes case", k * 10 + (size_t)i);
      mt_buf_free(&out);
    }
    for (int i = 0; i < 8; i++) cr_assert_eq(mt_str_is(&v, preds[i]), c->is[i], "bytes case %zu pred %d", k, i);
    mt_buf out = MT_BUF_INIT;
    size_t ncp;
    cr_assert_eq(mt_str_repr(&v, false, &out), 0);
    expect_buf(&out, c->repr, "bytes repr", k);
    mt_buf_clear(&out);
    cr_assert_eq(mt_str_pad(&v, 9, 0xFF, MT_STR_CENTER, SIZE_MAX, &out, &ncp), 0);
    expect_buf(&out, c->center, "bytes center", k);
    mt_buf_clear(&out);
    cr_assert_eq(mt_str_zfill(&v, 6, SIZE_MAX, &out, &ncp), 0);
    expect_buf(&out, c->zfill, "bytes zfill", k);
    mt_buf_clear(&out);
    cr_assert_eq(mt_str_expandtabs(&v, 4, SIZE_MAX, &out, &ncp), 0);
    expect_buf(&out, c->tabs, "bytes expandtabs", k);
    mt_buf_free(&out);
    cr_assert_eq(mt_str_find(&v, &b80, 0, MT_STR_END), c->find80, "bytes case %zu", k);
    cr_assert_eq(mt_str_rfind(&v, &b80, 0, MT_STR_END), c->rfind80, "bytes case %zu", k);
    cr_assert_eq(mt_str_count(&v, &b80, 0, MT_STR_END), c->count80, "bytes case %zu", k);
  }
}
