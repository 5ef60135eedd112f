/*
** object.c: what the collector and the verifier need to know about each
** layout: its fixed size and where its value words are.
*/
#include "object.h"

#include <stddef.h>


uint32_t mt_obj_min_size(mt_layout l) {
  switch (l) {
  case MT_L_NONE: return 0;
  case MT_L_BIGINT: return sizeof(mt_bigint);
  case MT_L_STR: return (uint32_t)mt_str_size(0, 0);
  case MT_L_BYTES: return (uint32_t)mt_bytes_size(0);
  case MT_L_TUPLE: return sizeof(mt_tuple);
  case MT_L_LIST: return sizeof(mt_list);
  case MT_L_VARRAY: return sizeof(mt_varray);
  case MT_L_DICT: return sizeof(mt_dict);
  case MT_L_DKEYS: return sizeof(mt_dkeys);
  case MT_L_SET: return sizeof(mt_set);
  case MT_L_SETTABLE: return sizeof(mt_settable);
  case MT_L_RANGE:
  case MT_L_SLICE: return sizeof(mt_triple);
  case MT_L_FUNCTION: return sizeof(mt_function);
  case MT_L_METHOD: return sizeof(mt_method);
  case MT_L_CELL: return sizeof(mt_cell);
  case MT_L_CODE: return sizeof(mt_code);
  case MT_L_FRAME: return sizeof(mt_frame);
  case MT_L_TB: return sizeof(mt_tb);
  case MT_L_VIEW: return sizeof(mt_view);
  case MT_L_ITER: return sizeof(mt_iter);
  case MT_L_EXC: return sizeof(mt_exc);
  case MT_L_BUF: return sizeof(mt_bufobj);
  case MT_L_FILLER: return sizeof(mt_obj);
  case MT_LAYOUT_COUNT: break;
  }
  return 0;
}

MT_STATIC_ASSERT(offsetof(mt_frame, regs) == offsetof(mt_frame, back) + 8 * MT_FRAME_NVALUES,
                 "frame values are contiguous with the registers");
MT_STATIC_ASSERT(offsetof(mt_code, code) == offsetof(mt_code, name) + 8 * MT_CODE_NVALUES,
                 "code values are contiguous");
MT_STATIC_ASSERT(offsetof(mt_function, dict) == offsetof(mt_function, code) + 8 * 9,
                 "function values are contiguous");
MT_STATIC_ASSERT(offsetof(mt_exc, obj) == offsetof(mt_exc, args) + 8 * 6,
                 "exception values are contiguous");
MT_STATIC_ASSERT(sizeof(mt_dentry) == 24 && sizeof(mt_sentry) == 16, "entry strides");
