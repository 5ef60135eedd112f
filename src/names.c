/*
** names.c: the static name table and its lookup.
*/
#include "names.h"

#include <string.h>

const char *const mt_name_text[MT_NAME_COUNT] = {
#define X(id, text) text,
    MT_NAMES(X)
#undef X
};

const uint8_t mt_name_len[MT_NAME_COUNT] = {
#define X(id, text) sizeof(text) - 1,
    MT_NAMES(X)
#undef X
};

#define ROW(h)                                                                      \
  MT_N_c_##h##0, MT_N_c_##h##1, MT_N_c_##h##2, MT_N_c_##h##3, MT_N_c_##h##4, MT_N_c_##h##5, \
      MT_N_c_##h##6, MT_N_c_##h##7, MT_N_c_##h##8, MT_N_c_##h##9, MT_N_c_##h##A,          \
      MT_N_c_##h##B, MT_N_c_##h##C, MT_N_c_##h##D, MT_N_c_##h##E, MT_N_c_##h##F

const uint16_t mt_name_ascii[128] = {ROW(0), ROW(1), ROW(2), ROW(3),
                                     ROW(4), ROW(5), ROW(6), ROW(7)};

/* Compare s[0..len) with name i the way the table is sorted (bytes, then
** length). */
static int compare(const char *s, size_t len, uint32_t i) {
  size_t n = mt_name_len[i];
  int c = memcmp(s, mt_name_text[i], len < n ? len : n);
  if (c) return c;
  return len < n ? -1 : len > n;
}

int32_t mt_name_find(const char *s, size_t len) {
  uint32_t lo = 0, hi = MT_NAME_COUNT;
  if (len > 255) return -1;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int c = compare(s, len, mid);
    if (c == 0) return (int32_t)mid;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return -1;
}
