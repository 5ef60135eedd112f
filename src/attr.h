/*
** attr.h: attribute access on the builtin types: bound builtin methods
** (looked up by type and interned name in the native table), the data
** attributes Python code reaches for (__name__, args, real, ...), and
** CPython 3.11's AttributeError messages. There are no user classes yet:
** functions and exceptions are the values with writable attributes (their
** own getsets, and anything else in their __dict__).
*/
#ifndef MT_ATTR_H
#define MT_ATTR_H

#include "heap.h"

/* obj.name: the value, or MT_EXC (AttributeError). name is a str. */
MT_INTERNAL mt_value mt_attr_get(mt_vm *vm, mt_value obj, mt_value name);
/* obj.name = v and del obj.name: 0, or -1 with AttributeError. Setting
** returns 1, storing nothing, when v is an iterable only the VM can
** iterate (e.args = <generator>): the VM stores the list of its items. */
MT_INTERNAL int mt_attr_set(mt_vm *vm, mt_value obj, mt_value name, mt_value v);
MT_INTERNAL int mt_attr_del(mt_vm *vm, mt_value obj, mt_value name);
/* dir(obj): the sorted names of obj's attributes (data attributes,
** __dict__ entries and its type's methods; CPython also lists every
** special method, which natives mostly are not). */
MT_INTERNAL mt_value mt_attr_names(mt_vm *vm, mt_value obj);

#endif
