/*
** sb.h: building a str in the arena. The text grows inside a BUF object
** (in place while it is the newest object, so appends are amortized
** O(1) with no copying), and mt_sb_finish turns that object into the str
** without moving the text: the builder writes 8 bytes past the BUF's data
** start, exactly where a str keeps its text.
**
** An abandoned builder is a valid BUF (garbage for the collector). Any
** append returns 0 or -1 with MemoryError pending; after a failure the
** builder must not be used again.
*/
#ifndef MT_SB_H
#define MT_SB_H

#include <stdarg.h>

#include "heap.h"

typedef struct mt_sb {
  uint32_t off;  /* the BUF object */
  uint32_t len;  /* text bytes written */
  uint32_t cap;  /* text bytes the object can hold */
} mt_sb;

MT_INTERNAL int mt_sb_init(mt_vm *vm, mt_sb *sb, uint32_t cap);
/* Make room for n more bytes. */
MT_INTERNAL int mt_sb_reserve(mt_vm *vm, mt_sb *sb, uint64_t n);
/* Append bytes that are not in the arena (asserted in debug builds). */
MT_INTERNAL int mt_sb_append(mt_vm *vm, mt_sb *sb, const void *p, size_t n);
MT_INTERNAL int mt_sb_puts(mt_vm *vm, mt_sb *sb, const char *s);
MT_INTERNAL int mt_sb_putc(mt_vm *vm, mt_sb *sb, char c);
MT_INTERNAL int mt_sb_put_utf8(mt_vm *vm, mt_sb *sb, uint32_t cp);
/* Append the text of a str value (heap or static name). */
MT_INTERNAL int mt_sb_append_str(mt_vm *vm, mt_sb *sb, mt_value s);
/* Append bytes [from, from + n) of the str value s. */
MT_INTERNAL int mt_sb_append_str_range(mt_vm *vm, mt_sb *sb, mt_value s, uint32_t from,
                                       uint32_t n);
/* The text written so far (valid until the next append). */
static inline char *mt_sb_text(mt_vm *vm, const mt_sb *sb) {
  return (char *)mt_ptr(vm, sb->off) + 24;
}

/* printf-like formatting for messages: %s (C string), %c, %d, %u, %lld,
** %llu, %zu, %x, %R (repr of a value), %S (str of a value), %T (type
** name of a value), %%. */
MT_INTERNAL int mt_sb_format(mt_vm *vm, mt_sb *sb, const char *fmt, ...);
MT_INTERNAL int mt_sb_vformat(mt_vm *vm, mt_sb *sb, const char *fmt, va_list ap);

/* Turn the builder into a str value (the text must be valid UTF-8). */
MT_INTERNAL mt_value mt_sb_finish(mt_vm *vm, mt_sb *sb);

#endif
