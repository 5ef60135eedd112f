/*
** text_methods.h: what the natives of str and bytes share with other
** natives. The methods themselves are declared by native.h's table.
*/
#ifndef MT_TEXT_METHODS_H
#define MT_TEXT_METHODS_H

#include "heap.h"
#include "unicode.h"

/* sep.join(seq) for a str or bytes sep and a list or tuple seq of the
** same kind: TypeError "sequence item 1: expected str instance, int
** found" otherwise. */
MT_INTERNAL mt_value mt_textm_join(mt_vm *vm, mt_value sep, mt_value seq);

/* Raise what a failed mt_uni_encode/mt_uni_decode reports: the
** UnicodeEncodeError/UnicodeDecodeError (args: encoding, object, start,
** end, reason), LookupError for an unknown handler (errors: its name
** given to the call), ... Returns MT_EXC. */
MT_INTERNAL mt_value mt_textm_codec_fail(mt_vm *vm, int rc, const mt_uni_codec_error *err,
                                         mt_value object, mt_value errors);

#endif
