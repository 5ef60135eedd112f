/*
** exc_methods.c: the methods of BaseException as natives (native.h).
*/
#include "attr.h"
#include "exc.h"
#include "list.h"
#include "native.h"

/* e.add_note(note): append note (a str) to e.__notes__, which is made a
** list on first use, as CPython 3.11's BaseException_add_note does. */
mt_value mt_m_exc_add_note(mt_vm *vm, const mt_value *args, uint32_t nargs, mt_value kwnames) {
  if (mt_args_one(vm, "BaseException.add_note", nargs - 1, kwnames)) return MT_EXC;
  mt_value e = args[0], note = args[1];
  if (!mt_is_str(note)) return mt_raise(vm, MT_T_TYPE_ERROR, "note must be a str, not '%T'", note);
  mt_value notes = mt_attr_get(vm, e, mt_name(MT_N___notes__));
  if (notes == MT_EXC) {
    if (!mt_exc_matches(vm, MT_T_ATTRIBUTE_ERROR)) return MT_EXC;
    mt_exc_clear(vm);
    if ((notes = mt_list_new(vm, 0)) == MT_EXC || mt_attr_set(vm, e, mt_name(MT_N___notes__), notes))
      return MT_EXC;
  }
  if (!mt_is_ref_type(notes, MT_T_LIST)) return mt_raise(vm, MT_T_TYPE_ERROR, "Cannot add note: __notes__ is not a list");
  return mt_list_append(vm, notes, note) ? MT_EXC : MT_NONE;
}
