/*
** Criterion tests for uninorm.c. unicode_norm_ref.h holds inputs and their
** NFKC form from python3.11's unicodedata.normalize (every code point NFKC
** changes, Hangul jamo sequences, random mark sequences); the other
** expectations were checked against python3.11 when written.
*/
#include <criterion/criterion.h>
#include <string.h>

#include "uninorm.h"

typedef struct unorm_ref {
  const char *in, *out;
} unorm_ref;

#include "unicode_norm_ref.h"

static char *nfkc(const char *s, size_t len) {
  mt_buf out = MT_BUF_INIT;
  cr_assert_eq(mt_uninorm_nfkc(s, len, &out), 0);
  return out.data ? out.data : strdup("");
}

Test(uninorm, matches_cpython) {
  for (size_t i = 0; i < MT_ARRAY_LEN(UNORM_REF); i++) {
    char *got = nfkc(UNORM_REF[i].in, strlen(UNORM_REF[i].in));
    cr_assert_str_eq(got, UNORM_REF[i].out, "case %zu", i);
    free(got);
  }
}

Test(uninorm, identifiers) {
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"\xEF\xAC\x81le", "file"},                 /* U+FB01 LATIN SMALL LIGATURE FI */
      {"\xE2\x84\x8C", "H"},                      /* U+210C BLACK-LETTER CAPITAL H */
      {"\xEF\xBD\x98", "x"},                      /* U+FF58 FULLWIDTH x */
      {"\xF0\x9D\x90\xAF", "v"},                  /* U+1D42F MATHEMATICAL BOLD v */
      {"a\xE2\x82\x81", "a1"},                    /* U+2081 SUBSCRIPT ONE */
      {"e\xCC\x81", "\xC3\xA9"},                  /* e + U+0301 -> U+00E9 */
      {"\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8", "\xEA\xB0\x81"}, /* jamo -> U+AC01 */
      {"\xE3\x8C\x80", "\xE3\x82\xA2\xE3\x83\x91\xE3\x83\xBC\xE3\x83\x88"}, /* U+3300 */
      {"abc", "abc"},
      {"", ""},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++) {
    char *got = nfkc(cases[i].in, strlen(cases[i].in));
    cr_assert_str_eq(got, cases[i].out, "case %zu", i);
    free(got);
  }
}

/* A long run of combining marks in alternating classes (230, 220) is sorted
** stably in linear time: all 220s first, then all 230s. */
Test(uninorm, long_mark_runs) {
  enum { PAIRS = 200000 };
  char *in = malloc(1 + 4 * PAIRS);
  size_t n = 0;
  in[n++] = 'x';
  for (int i = 0; i < PAIRS; i++) {
    memcpy(in + n, "\xCC\x81\xCC\x96", 4); /* U+0301 (230), U+0316 (220) */
    n += 4;
  }
  char *got = nfkc(in, n);
  cr_assert_eq(strlen(got), n);
  cr_assert_eq(got[0], 'x');
  for (int i = 0; i < PAIRS; i++) cr_assert(memcmp(got + 1 + 2 * i, "\xCC\x96", 2) == 0);
  for (int i = 0; i < PAIRS; i++)
    cr_assert(memcmp(got + 1 + 2 * PAIRS + 2 * i, "\xCC\x81", 2) == 0);
  free(got);
  free(in);
}

Test(uninorm, table_size) { cr_assert_lt(mt_uninorm_table_bytes(), 256 * 1024); }
