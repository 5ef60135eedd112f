/*
** str_methods.h: the parts of str's methods that other natives share
** (bytes.decode's codec handling, str.join for other callers). The
** methods themselves are natives, declared by native.h's table.
*/
#ifndef MT_STR_METHODS_H
#define MT_STR_METHODS_H

#include "heap.h"
#include "unicode.h"

/* sep.join(seq) for a list or tuple seq of strs: TypeError "sequence
** item 1: expected str instance, int found" otherwise. */
MT_INTERNAL mt_value mt_strm_join(mt_vm *vm, mt_value sep, mt_value seq);

/* The (encoding, errors) arguments a[0], a[1] (MT_NULL when absent) of
** str.encode / bytes.decode, named fname in messages. Returns 0 or -1. */
MT_INTERNAL int mt_strm_codec_args(mt_vm *vm, const char *fname, const mt_value *a,
                                   mt_uni_codec *codec, mt_uni_errors *errors);
/* Raise what a failed mt_uni_encode/mt_uni_decode reports: the
** UnicodeEncodeError/UnicodeDecodeError (args: encoding, object, start,
** end, reason), LookupError for an unknown handler (errors: its name),
** ... Returns MT_EXC. */
MT_INTERNAL mt_value mt_strm_codec_fail(mt_vm *vm, int rc, const mt_uni_codec_error *err,
                                        mt_value object, mt_value errors);

#endif
