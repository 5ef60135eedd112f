/*
** uninorm.h: Unicode 14.0 NFKC normalization with CPython 3.11's
** unicodedata.normalize('NFKC', ...) results, for identifiers (PEP 3131:
** the parser folds every non-ASCII identifier to NFKC).
*/
#ifndef MT_UNINORM_H
#define MT_UNINORM_H

#include "buf.h"
#include "common.h"

/* Append the NFKC form of the valid UTF-8 text s[0..len) to out. Work is
** linear in len (combining mark runs are sorted by counting) and memory a
** constant factor of it. Returns 0, or -1 when memory is exhausted. */
MT_INTERNAL int mt_uninorm_nfkc(const char *s, size_t len, mt_buf *out);

/* Bytes of static tables behind it. */
MT_INTERNAL size_t mt_uninorm_table_bytes(void);

#endif
