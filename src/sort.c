/*
** sort.c: a stable bottom-up merge sort on (key, value) pairs.
**
** Only `<` is used, and only as "is right < left", which makes the merge
** stable. reverse=True reverses, sorts, and reverses again, as CPython's
** list.sort does, so equal items keep their order.
*/
#include "sort.h"

#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "exc.h"

/* b < a: 1, 0, or -1 with the exception pending. Small ints, floats and
** identical values need no call. */
static int less(mt_vm *vm, mt_value b, mt_value a) {
  if (mt_both_small(a, b)) return mt_as_small(b) < mt_as_small(a);
  if (mt_is_float(a) && mt_is_float(b)) return mt_as_float(b) < mt_as_float(a);
  mt_value r = mt_cmp_rich(vm, b, a, MT_CMP_LT);
  if (r == MT_EXC) return -1;
  return r == MT_TRUE;
}

static void reverse_pairs(mt_value *k, mt_value *v, uint32_t n, bool same) {
  for (uint32_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
    mt_value t = k[i];
    k[i] = k[j];
    k[j] = t;
    if (!same) {
      t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
  }
}

/* Merge runs [lo, mid) and [mid, hi) of (k, v) into (tk, tv). */
static int merge(mt_vm *vm, const mt_value *k, const mt_value *v, mt_value *tk, mt_value *tv, uint32_t lo,
                 uint32_t mid, uint32_t hi, bool same) {
  uint32_t i = lo, j = mid, o = lo;
  while (i < mid && j < hi) {
    int r = less(vm, k[j], k[i]);
    if (r < 0) return -1;
    uint32_t from = r ? j++ : i++;
    tk[o] = k[from];
    if (!same) tv[o] = v[from];
    o++;
  }
  for (; i < mid; i++, o++) {
    tk[o] = k[i];
    if (!same) tv[o] = v[i];
  }
  for (; j < hi; j++, o++) {
    tk[o] = k[j];
    if (!same) tv[o] = v[j];
  }
  return 0;
}

/* Insertion sort of [lo, hi): short runs first. */
static int insertion(mt_vm *vm, mt_value *k, mt_value *v, uint32_t lo, uint32_t hi, bool same) {
  for (uint32_t i = lo + 1; i < hi; i++) {
    mt_value key = k[i], val = v[i];
    uint32_t j = i;
    while (j > lo) {
      int r = less(vm, key, k[j - 1]);
      if (r < 0) return -1;
      if (!r) break;
      k[j] = k[j - 1];
      if (!same) v[j] = v[j - 1];
      j--;
    }
    k[j] = key;
    if (!same) v[j] = val;
  }
  return 0;
}

#define RUN 16

int mt_sort(mt_vm *vm, mt_value *keys, mt_value *vals, uint32_t n, bool reverse) {
  bool same = keys == vals;
  if (reverse) reverse_pairs(keys, vals, n, same);
  for (uint32_t lo = 0; lo < n; lo += RUN)
    if (insertion(vm, keys, vals, lo, lo + RUN < n ? lo + RUN : n, same)) return -1;
  if (n > RUN) {
    mt_value *tk = malloc(sizeof *tk * n), *tv = same ? tk : malloc(sizeof *tv * n);
    if (!tk || !tv) {
      free(tk);
      if (!same) free(tv);
      mt_raise_type(vm, MT_T_MEMORY_ERROR);
      return -1;
    }
    mt_value *k = keys, *v = vals;
    int rc = 0;
    for (uint32_t width = RUN; width < n && !rc; width *= 2) {
      for (uint32_t lo = 0; lo < n && !rc; lo += 2 * width) {
        uint32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
        rc = merge(vm, k, v, tk, tv, lo, mid, hi, same);
      }
      mt_value *s = k;
      k = tk;
      tk = s;
      s = v;
      v = tv;
      tv = s;
    }
    if (k != keys) {
      memcpy(keys, k, sizeof *k * n);
      if (!same) memcpy(vals, v, sizeof *v * n);
      tk = k;
      tv = v;
    }
    free(tk);
    if (!same) free(tv);
    if (rc) return -1;
  }
  if (reverse) reverse_pairs(keys, vals, n, same);
  return 0;
}
