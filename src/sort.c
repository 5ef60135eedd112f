/*
** sort.c: timsort as CPython 3.11's listobject.c runs it (see
** Objects/listsort.txt for the design): runs found by count_run and
** extended to minrun by binary insertion, merged in powersort order with
** galloping merges. Keys are compared with <; an optional second array of
** values moves with the keys (sorting with key=).
*/
#include "sort.h"

#include <string.h>

#include "compare.h"
#include "str.h"
#include "tuple.h"

#define MIN_GALLOP 7
/* Enough for 2**64 items with powersort's run lengths. */
#define MAX_MERGE_PENDING 85

/* A stretch of the arrays: keys and (optionally) the values beside them. */
typedef struct slice {
  mt_value *keys;
  mt_value *values;
} slice;

typedef struct run {
  slice base;
  int64_t len;
  int power;
} run;

typedef struct merge_state {
  mt_vm *vm;
  mt_value *basekeys;
  int64_t listlen;
  int64_t min_gallop;
  slice a;        /* scratch for merges */
  int64_t alloced;
  int n;
  run pending[MAX_MERGE_PENDING];
} merge_state;

/* a < b for keys that are not tuples: 1, 0, or -1 with the comparison's
** exception pending. The common homogeneous cases need no call (CPython's
** unsafe_*_compare). */
static int item_lt(mt_vm *vm, mt_value a, mt_value b) {
  if (mt_both_small(a, b)) return mt_as_small(a) < mt_as_small(b);
  if (mt_is_float(a) && mt_is_float(b)) return mt_as_float(a) < mt_as_float(b);
  if (mt_is_str(a) && mt_is_str(b)) return mt_str_obj_cmp(vm, a, b) < 0;
  mt_value r = mt_cmp_rich(vm, a, b, MT_CMP_LT);
  return r == MT_EXC ? -1 : r == MT_TRUE;
}

/* a < b for two tuples (CPython's unsafe_tuple_compare): equal leading
** items are skipped, the first pair that differs decides with <, else the
** lengths do. Nested tuples go through mt_cmp_rich and its depth guard. */
static int tuple_lt(mt_vm *vm, mt_value a, mt_value b) {
  uint32_t na = mt_tuple_len(vm, a), nb = mt_tuple_len(vm, b);
  for (uint32_t i = 0; i < na && i < nb; i++) {
    mt_value x = mt_tuple_items(vm, a)[i], y = mt_tuple_items(vm, b)[i];
    if (x == y) continue;
    if (mt_both_small(x, y)) return mt_as_small(x) < mt_as_small(y);
    int eq = mt_cmp_eq(vm, x, y);
    if (eq < 0) return -1;
    if (!eq) return item_lt(vm, x, y);
  }
  return na < nb;
}

/* a < b for two keys: 1, 0, or -1 with an exception pending. */
static int lt(merge_state *ms, mt_value a, mt_value b) {
  if (mt_is_ref_type(a, MT_T_TUPLE) && mt_is_ref_type(b, MT_T_TUPLE)) return tuple_lt(ms->vm, a, b);
  return item_lt(ms->vm, a, b);
}

/* ---- slices ---- */

static void advance(slice *s, int64_t n) {
  s->keys += n;
  if (s->values) s->values += n;
}

static void copy_items(slice *d, int64_t i, const slice *s, int64_t j, int64_t n) {
  memmove(d->keys + i, s->keys + j, (size_t)n * sizeof(mt_value));
  if (s->values) memmove(d->values + i, s->values + j, (size_t)n * sizeof(mt_value));
}

static void copy_incr(slice *d, slice *s) {
  *d->keys++ = *s->keys++;
  if (s->values) *d->values++ = *s->values++;
}

static void copy_decr(slice *d, slice *s) {
  *d->keys-- = *s->keys--;
  if (s->values) *d->values-- = *s->values--;
}

static void reverse_items(mt_value *lo, mt_value *hi) {
  for (--hi; lo < hi; lo++, hi--) {
    mt_value t = *lo;
    *lo = *hi;
    *hi = t;
  }
}

static void reverse_slice(slice *s, int64_t n) {
  reverse_items(s->keys, s->keys + n);
  if (s->values) reverse_items(s->values, s->values + n);
}

/* ---- runs ---- */

/* Binary insertion sort of lo[0..hi) whose prefix lo[0..start) is
** sorted. */
static int binarysort(merge_state *ms, slice lo, mt_value *hi, mt_value *start) {
  if (lo.keys == start) ++start;
  for (; start < hi; ++start) {
    mt_value *l = lo.keys, *r = start, pivot = *r;
    do {
      mt_value *p = l + ((r - l) >> 1);
      int k = lt(ms, pivot, *p);
      if (k < 0) return -1;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    for (mt_value *p = start; p > l; --p) *p = *(p - 1);
    *l = pivot;
    if (lo.values) {
      int64_t offset = lo.values - lo.keys;
      mt_value *vl = l + offset, *p = start + offset;
      pivot = *p;
      for (; p > vl; --p) *p = *(p - 1);
      *vl = pivot;
    }
  }
  return 0;
}

/* The length of the run starting at lo: ascending (a[i] <= a[i+1]) or
** strictly descending (*descending). -1 on error. */
static int64_t count_run(merge_state *ms, mt_value *lo, mt_value *hi, bool *descending) {
  int64_t n = 2;
  int k;
  *descending = false;
  ++lo;
  if (lo == hi) return 1;
  if ((k = lt(ms, *lo, *(lo - 1))) < 0) return -1;
  if (k) {
    *descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if ((k = lt(ms, *lo, *(lo - 1))) < 0) return -1;
      if (!k) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if ((k = lt(ms, *lo, *(lo - 1))) < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

/* ---- galloping ---- */

/* Where key goes in the sorted a[0..n), leftmost: a[k-1] < key <= a[k].
** The search starts at a[hint]. -1 on error. */
static int64_t gallop_left(merge_state *ms, mt_value key, mt_value *a, int64_t n, int64_t hint) {
  int64_t ofs = 1, lastofs = 0, k;
  int c;
  a += hint;
  if ((c = lt(ms, *a, key)) < 0) return -1;
  if (c) {
    /* a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs] */
    int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      if ((c = lt(ms, a[ofs], key)) < 0) return -1;
      if (!c) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    /* key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs] */
    int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      if ((c = lt(ms, *(a - ofs), key)) < 0) return -1;
      if (c) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  a -= hint;
  /* a[lastofs] < key <= a[ofs]: binary search in between */
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    if ((c = lt(ms, a[m], key)) < 0) return -1;
    if (c) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/* Where key goes in the sorted a[0..n), rightmost: a[k-1] <= key < a[k]. */
static int64_t gallop_right(merge_state *ms, mt_value key, mt_value *a, int64_t n, int64_t hint) {
  int64_t ofs = 1, lastofs = 0, k;
  int c;
  a += hint;
  if ((c = lt(ms, key, *a)) < 0) return -1;
  if (c) {
    /* key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs] */
    int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      if ((c = lt(ms, key, *(a - ofs))) < 0) return -1;
      if (!c) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    /* a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs] */
    int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      if ((c = lt(ms, key, a[ofs])) < 0) return -1;
      if (c) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    if ((c = lt(ms, key, a[m])) < 0) return -1;
    if (c) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/* ---- merging ---- */

/* Scratch for need items (and their values): one arena array of half the
** list, allocated at the first merge (no merge needs more). */
static int getmem(merge_state *ms, int64_t need) {
  if (need <= ms->alloced) return 0;
  int64_t cap = ms->listlen / 2 + 1;
  uint64_t words = (uint64_t)cap * (ms->a.values ? 2 : 1);
  uint32_t off = mt_heap_alloc(ms->vm, MT_T_VARRAY, mt_varray_size(words));
  if (!off) return -1;
  mt_value *v = ((mt_varray *)mt_ptr(ms->vm, off))->v;
  ms->a.keys = v;
  if (ms->a.values) ms->a.values = v + cap;
  ms->alloced = cap;
  return 0;
}

/* Merge the adjacent runs a (na items) and b (nb), na <= nb, through
** scratch holding a. */
static int merge_lo(merge_state *ms, slice ssa, int64_t na, slice ssb, int64_t nb) {
  int64_t k, min_gallop;
  int result = -1;
  if (getmem(ms, na)) return -1;
  copy_items(&ms->a, 0, &ssa, 0, na);
  slice dest = ssa;
  ssa = ms->a;
  copy_incr(&dest, &ssb);
  if (--nb == 0) goto succeed;
  if (na == 1) goto copy_b;
  min_gallop = ms->min_gallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    /* one item at a time until a run wins min_gallop times in a row */
    for (;;) {
      int c = lt(ms, ssb.keys[0], ssa.keys[0]);
      if (c < 0) goto fail;
      if (c) {
        copy_incr(&dest, &ssb);
        ++bcount;
        acount = 0;
        if (--nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        copy_incr(&dest, &ssa);
        ++acount;
        bcount = 0;
        if (--na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    /* galloping while it pays */
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms->min_gallop = min_gallop;
      k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
      acount = k;
      if (k) {
        if (k < 0) goto fail;
        copy_items(&dest, 0, &ssa, 0, k);
        advance(&dest, k);
        advance(&ssa, k);
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto succeed; /* only for inconsistent comparisons */
      }
      copy_incr(&dest, &ssb);
      if (--nb == 0) goto succeed;
      k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
      bcount = k;
      if (k) {
        if (k < 0) goto fail;
        copy_items(&dest, 0, &ssb, 0, k);
        advance(&dest, k);
        advance(&ssb, k);
        nb -= k;
        if (nb == 0) goto succeed;
      }
      copy_incr(&dest, &ssa);
      if (--na == 1) goto copy_b;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++min_gallop;
    ms->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (na) copy_items(&dest, 0, &ssa, 0, na);
  return result;
copy_b:
  /* the last item of a belongs after what is left of b */
  copy_items(&dest, 0, &ssb, 0, nb);
  dest.keys[nb] = ssa.keys[0];
  if (dest.values) dest.values[nb] = ssa.values[0];
  return 0;
}

/* Merge the adjacent runs a and b, na > nb, from the right, through
** scratch holding b. */
static int merge_hi(merge_state *ms, slice ssa, int64_t na, slice ssb, int64_t nb) {
  int64_t k, min_gallop;
  int result = -1;
  if (getmem(ms, nb)) return -1;
  slice dest = ssb;
  advance(&dest, nb - 1);
  copy_items(&ms->a, 0, &ssb, 0, nb);
  slice basea = ssa, baseb = ms->a;
  ssb.keys = ms->a.keys + nb - 1;
  if (ssb.values) ssb.values = ms->a.values + nb - 1;
  advance(&ssa, na - 1);
  copy_decr(&dest, &ssa);
  if (--na == 0) goto succeed;
  if (nb == 1) goto copy_a;
  min_gallop = ms->min_gallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      int c = lt(ms, ssb.keys[0], ssa.keys[0]);
      if (c < 0) goto fail;
      if (c) {
        copy_decr(&dest, &ssa);
        ++acount;
        bcount = 0;
        if (--na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        copy_decr(&dest, &ssb);
        ++bcount;
        acount = 0;
        if (--nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms->min_gallop = min_gallop;
      k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        advance(&dest, -k);
        advance(&ssa, -k);
        copy_items(&dest, 1, &ssa, 1, k);
        na -= k;
        if (na == 0) goto succeed;
      }
      copy_decr(&dest, &ssb);
      if (--nb == 1) goto copy_a;
      k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        advance(&dest, -k);
        advance(&ssb, -k);
        copy_items(&dest, 1, &ssb, 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed; /* only for inconsistent comparisons */
      }
      copy_decr(&dest, &ssa);
      if (--na == 0) goto succeed;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++min_gallop;
    ms->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (nb) copy_items(&dest, -(nb - 1), &baseb, 0, nb);
  return result;
copy_a:
  /* the first item of b belongs before what is left of a */
  copy_items(&dest, 1 - na, &ssa, 1 - na, na);
  advance(&dest, -na);
  advance(&ssa, -na);
  dest.keys[0] = ssb.keys[0];
  if (dest.values) dest.values[0] = ssb.values[0];
  return 0;
}

/* Merge pending runs i and i + 1. */
static int merge_at(merge_state *ms, int i) {
  slice pa = ms->pending[i].base, pb = ms->pending[i + 1].base;
  int64_t na = ms->pending[i].len, nb = ms->pending[i + 1].len, k;
  ms->pending[i].len = na + nb;
  if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
  --ms->n;
  /* items of a before where b starts, and of b after where a ends, are
  ** already in place */
  k = gallop_right(ms, *pb.keys, pa.keys, na, 0);
  if (k < 0) return -1;
  advance(&pa, k);
  na -= k;
  if (na == 0) return 0;
  nb = gallop_left(ms, pa.keys[na - 1], pb.keys, nb, nb - 1);
  if (nb <= 0) return (int)nb;
  return na <= nb ? merge_lo(ms, pa, na, pb, nb) : merge_hi(ms, pa, na, pb, nb);
}

/* Powersort's node power of the boundary between run 1 (s1, n1) and the
** run after it (n2 items), in a list of n. */
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1, b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

/* Before pushing a new run of n2 items: merge the pending runs whose
** power is higher than the new boundary's. */
static int found_new_run(merge_state *ms, int64_t n2) {
  if (!ms->n) return 0;
  run *p = ms->pending;
  int64_t s1 = p[ms->n - 1].base.keys - ms->basekeys, n1 = p[ms->n - 1].len;
  int power = powerloop(s1, n1, n2, ms->listlen);
  while (ms->n > 1 && p[ms->n - 2].power > power)
    if (merge_at(ms, ms->n - 2)) return -1;
  p[ms->n - 1].power = power;
  return 0;
}

static int force_collapse(merge_state *ms) {
  run *p = ms->pending;
  while (ms->n > 1) {
    int n = ms->n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    if (merge_at(ms, n)) return -1;
  }
  return 0;
}

static int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

static int timsort(mt_vm *vm, slice lo, int64_t n) {
  merge_state ms = {vm, lo.keys, n, MIN_GALLOP, {NULL, lo.values}, 0, 0, {{{NULL, NULL}, 0, 0}}};
  if (n < 2) return 0;
  int64_t minrun = compute_minrun(n), left = n;
  do {
    bool descending;
    int64_t r = count_run(&ms, lo.keys, lo.keys + left, &descending);
    if (r < 0) return -1;
    if (descending) reverse_slice(&lo, r);
    if (r < minrun) {
      int64_t force = left <= minrun ? left : minrun;
      if (binarysort(&ms, lo, lo.keys + force, lo.keys + r)) return -1;
      r = force;
    }
    if (found_new_run(&ms, r)) return -1;
    ms.pending[ms.n].base = lo;
    ms.pending[ms.n].len = r;
    ++ms.n;
    advance(&lo, r);
    left -= r;
  } while (left);
  return force_collapse(&ms);
}

int mt_sort(mt_vm *vm, mt_value *keys, mt_value *values, uint32_t n, bool reverse) {
  slice s = {keys, values};
  if (reverse && n > 1) reverse_slice(&s, n);
  int r = timsort(vm, s, n);
  if (reverse && n > 1) reverse_slice(&s, n);
  return r;
}
