/*
** str.h: str objects. A str value is either a heap str (object.h: mt_str,
** UTF-8 with cached code-point count, ASCII flag and hash) or a static
** name (value.h NAME tag, names.h): "" and every one-character ASCII
** string are always static names, so they never allocate. Every function
** here accepts both forms; mt_str_obj_view reads either.
**
** ASCII strs index in O(1); non-ASCII strs carry the sparse code-point
** index of strops.h after their text, so s[i] scans at most one stride.
*/
#ifndef MT_STR_H
#define MT_STR_H

#include "heap.h"
#include "strops.h"

typedef struct mt_strview {
  const char *p;   /* valid until the next allocation */
  uint32_t len;    /* bytes */
  uint32_t cplen;  /* code points */
  bool ascii;
} mt_strview;

MT_INTERNAL mt_strview mt_str_obj_view(mt_vm *vm, mt_value s);
/* The same as a strops operand (with the sparse index of a long
** non-ASCII str). */
MT_INTERNAL mt_strv mt_str_obj_strv(mt_vm *vm, mt_value s);
/* Build the sparse index of a heap str whose text was just written. */
MT_INTERNAL void mt_str_obj_seal(mt_vm *vm, mt_value s);

/* The static name for p[0..n) if it is "" or one ASCII char, else MT_NULL. */
MT_INTERNAL mt_value mt_str_obj_static(const char *p, uint32_t n);
/* A str from valid UTF-8 text not in the arena. */
MT_INTERNAL mt_value mt_str_obj_new(mt_vm *vm, const char *p, size_t n);
MT_INTERNAL mt_value mt_str_obj_cstr(mt_vm *vm, const char *s);
/* The same when the code-point count ncp is already known. */
MT_INTERNAL mt_value mt_str_obj_new_n(mt_vm *vm, const char *p, size_t n, size_t ncp);
/* The str made of bytes [off, off + len) of s's text (ncp code points,
** whole characters): s itself when that is all of it, a static name when
** there is one, else a copy. */
MT_INTERNAL mt_value mt_str_obj_span(mt_vm *vm, mt_value s, uint32_t off, uint32_t len,
                                     uint32_t ncp);

MT_INTERNAL int64_t mt_str_obj_hash(mt_vm *vm, mt_value s);
MT_INTERNAL bool mt_str_obj_eq(mt_vm *vm, mt_value a, mt_value b);
/* <0, 0, >0 in code-point order (which UTF-8 byte order preserves). */
MT_INTERNAL int mt_str_obj_cmp(mt_vm *vm, mt_value a, mt_value b);

MT_INTERNAL mt_value mt_str_obj_concat(mt_vm *vm, mt_value a, mt_value b);
/* The strs parts[0..n) one after another, as one new str (its code-point
** count summed from theirs, nothing rescanned): BUILDSTRING's f-strings. */
MT_INTERNAL mt_value mt_str_obj_join(mt_vm *vm, const mt_value *parts, uint32_t n);
MT_INTERNAL mt_value mt_str_obj_repeat(mt_vm *vm, mt_value s, int64_t n);
/* Byte offset of code point i (0 <= i <= cplen). */
MT_INTERNAL uint32_t mt_str_obj_offset(mt_vm *vm, mt_value s, uint32_t i);
/* s[i] for 0 <= i < cplen. */
MT_INTERNAL mt_value mt_str_obj_char(mt_vm *vm, mt_value s, uint32_t i);
/* s[start:stop:step] over code points, indices already clamped as
** slice.indices() does; n is the result length. */
MT_INTERNAL mt_value mt_str_obj_slice(mt_vm *vm, mt_value s, int64_t start, int64_t step,
                                      uint32_t n);
/* The interned copy of s: a static name if there is one, else the one heap
** str with its text in the interned table. MT_EXC on memory exhaustion. */
MT_INTERNAL mt_value mt_str_obj_intern(mt_vm *vm, mt_value s);

#endif
