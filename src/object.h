/*
** object.h: the layout of every heap object in the arena.
**
** An object starts at an 8-aligned arena offset with an 8-byte header:
**
**    63      56 55      48 47              32 31                        0
**   +----------+----------+------------------+---------------------------+
**   |   type   |  flags   |       aux        |  size in bytes (incl. hdr) |
**   +----------+----------+------------------+---------------------------+
**
**   type   MT_T_* id (types.h); its layout says how to read the body
**   flags  per layout (MT_OF_*); bit 7 marks an object being printed or
**          compared, to catch self-containing containers
**   aux    identity hash for identity-hashed objects (functions, code, ...)
**   size   multiple of 8; objects tile the used region with no gaps, so
**          the heap can be walked linearly from MT_HEAP_FIRST to used
**
** Every reference to another object is a full value word (value.h) with the
** REF tag, also for internal arrays. Each layout keeps all its value words
** in one span (mt_obj_span): the collector and the verifier need nothing
** else to find them. Raw fields (lengths, hashes, limbs, bytes, code words)
** lie outside the span.
*/
#ifndef MT_OBJECT_H
#define MT_OBJECT_H

#include "bigint.h"
#include "common.h"
#include "strops.h"
#include "types.h"
#include "value.h"

typedef struct mt_obj {
  uint32_t size;
  uint16_t aux;
  uint8_t flags;
  uint8_t type;
} mt_obj;

MT_STATIC_ASSERT(sizeof(mt_obj) == 8, "object header is one word");

enum {
  MT_OF_ASCII = 1,             /* str: every code point < 128 */
  MT_OF_INTERNED = 2,          /* str: the interned copy of its text */
  MT_OF_NEG = 1,               /* bigint: negative */
  MT_OF_SUPPRESS_CONTEXT = 1,  /* exception: __suppress_context__ */
  MT_OF_SEEN = 0x80,           /* repr/eq in progress (recursion guard) */
};

/* Arbitrary-precision int: n limbs, little-endian, top limb non-zero,
** never in the small-int range (those are always immediates). */
typedef struct mt_bigint {
  mt_obj h;
  uint32_t n;
  uint32_t pad;
  mt_limb d[];
} mt_bigint;

/* str: UTF-8 text, NUL-terminated. cplen counts code points; hash is -1
** until computed. A non-ASCII str is followed (at the next 8-aligned
** offset after the NUL) by its sparse code-point index (strops.h):
** cplen / MT_STR_INDEX_STRIDE byte offsets, for O(1)-ish s[i]. */
typedef struct mt_str {
  mt_obj h;
  uint32_t len;
  uint32_t cplen;
  int64_t hash;
  char data[];
} mt_str;

typedef struct mt_bytes {
  mt_obj h;
  uint32_t len;
  uint32_t pad;
  int64_t hash;
  uint8_t data[];
} mt_bytes;

typedef struct mt_tuple {
  mt_obj h;
  uint32_t len;
  uint32_t pad;
  mt_value items[];
} mt_tuple;

/* list: items is a VARRAY (capacity = its size) or MT_NULL when empty.
** Slots past len hold MT_NULL. */
typedef struct mt_list {
  mt_obj h;
  uint32_t len;
  uint32_t pad;
  mt_value items;
} mt_list;

/* An internal array of values; its capacity is (size - 8) / 8. */
typedef struct mt_varray {
  mt_obj h;
  mt_value v[];
} mt_varray;

/* dict: CPython's compact layout. keys is a DKEYS or MT_NULL when the
** dict has never held an entry. */
typedef struct mt_dict {
  mt_obj h;
  uint32_t len;
  uint32_t pad;
  mt_value keys;
} mt_dict;

/* The table of a dict:
**
**   +--------+----------------------------+-------------------------------+
**   | fields | index: 2^log2size slots of | entries: usable x             |
**   |        | 1/2/4 bytes (-1 empty,     |   {key, value, hash}          |
**   |        | -2 deleted, else entry no.)| (deleted: key = value = NULL) |
**   +--------+----------------------------+-------------------------------+
**
** Entries [0, nentries) are in insertion order. Slots are found from the
** Python hash mixed by mt_dict (dict.c), so keys in arithmetic progression
** spread over the whole index. */
typedef struct mt_dentry {
  mt_value key;
  mt_value value;
  int64_t hash;
} mt_dentry;

typedef struct mt_dkeys {
  mt_obj h;
  uint8_t log2size;
  uint8_t log2width; /* index slot width: 1 << log2width bytes */
  uint16_t pad;
  uint32_t nentries;
  uint32_t usable;
  uint32_t pad2;
  uint8_t index[];
} mt_dkeys;

/* set / frozenset: CPython's hash table (setobject.c) so that iteration
** order matches CPython's. table is a SETTABLE or MT_NULL (an empty
** 8-slot table); hash caches frozenset's hash (-1 = not computed). */
typedef struct mt_set {
  mt_obj h;
  uint32_t used;   /* active entries */
  uint32_t fill;   /* active + deleted */
  int64_t hash;
  uint32_t finger; /* where set.pop() resumes */
  uint32_t pad;
  mt_value table;
} mt_set;

typedef struct mt_sentry {
  mt_value key;    /* MT_NULL: empty, MT_DUMMY: deleted */
  int64_t hash;
} mt_sentry;

typedef struct mt_settable {
  mt_obj h;
  uint32_t mask;
  uint32_t pad;
  mt_sentry e[];
} mt_settable;

/* range and slice: three values (ints for range, anything for slice). */
typedef struct mt_triple {
  mt_obj h;
  mt_value start;
  mt_value stop;
  mt_value step;
} mt_triple;

/* A Python function: its code, the globals it runs in, and what the
** compiler's MAKE_FUNCTION gives it. */
typedef struct mt_function {
  mt_obj h;
  mt_value code;
  mt_value globals;
  mt_value name;
  mt_value qualname;
  mt_value defaults;    /* __defaults__: tuple or MT_NULL */
  mt_value kwdefaults;  /* __kwdefaults__: dict or MT_NULL */
  mt_value closure;     /* tuple of cells or MT_NULL */
  mt_value doc;         /* __doc__: the code's docstring or None */
  mt_value module;      /* __module__ */
  mt_value dict;        /* __dict__: dict, or MT_NULL until first used */
} mt_function;

/* A bound method: func (a function or a native) applied to self. A
** getset or member descriptor (what a class gives for a data attribute
** of its instances, int.real) holds the class defining it in self and the
** attribute's static name in func. */
typedef struct mt_method {
  mt_obj h;
  mt_value self;
  mt_value func;
} mt_method;

typedef struct mt_cell {
  mt_obj h;
  mt_value v; /* MT_NULL while empty */
} mt_cell;

/* A code object: the VM's form of a compiled proto (proto.h), made by
** codeobj.c.
**
**   +---------------+-------------------------------+---------------------+
**   | counts, flags | 10 values: name ... cache     | ninstr 32-bit words |
**   +---------------+-------------------------------+---------------------+
**
**   consts     tuple: the nk constants K[x], then the nested code objects
**              (P[x] is consts[nk + x])
**   names      tuple of interned strs: N[x]
**   varnames   tuple of str: the name of each entry of the var table
**   vars       bytes, 4 per var: register, kind, parent register, flags
**              (proto.h mt_proto_var)
**   linetable  bytes: the proto's line table (proto.h)
**   exctable   bytes, 16 per handler: start, end, target, register as
**              uint32 (proto.h mt_proto_handler)
**   cache      bytes: the VM's inline caches, one 16-byte slot per name
**              (vm.c); all zero when made, and valid when zeroed again */
typedef struct mt_code {
  mt_obj h;
  uint32_t ninstr;
  uint32_t firstlineno;
  uint16_t nregs;           /* registers a frame of this code needs */
  uint16_t argcount;        /* positional parameters, posonly included */
  uint16_t posonlyargcount;
  uint16_t kwonlyargcount;
  uint16_t flags;           /* MT_CO_* */
  uint16_t nk;              /* constants before the nested code objects */
  uint8_t nparams;          /* parameters, *args and **kwargs included */
  uint8_t ndefaults;        /* positional parameters with a default */
  uint8_t nfree;            /* free variables (the last vars) */
  uint8_t nvars;
  mt_value name;
  mt_value qualname;
  mt_value filename;
  mt_value consts;
  mt_value names;
  mt_value varnames;
  mt_value vars;
  mt_value linetable;
  mt_value exctable;
  mt_value cache;
  uint32_t code[];
} mt_code;

#define MT_CODE_NVALUES 10

/* Code flags: the proto's flags (proto.h MT_PROTO_*), same bits. */
enum {
  MT_CO_VARARGS = 1,
  MT_CO_VARKEYWORDS = 2,
  MT_CO_GENERATOR = 4,
  MT_CO_HAS_CELLS = 8,
  MT_CO_MODULE = 16,
  MT_CO_LAMBDA = 32,
  MT_CO_COMPREHENSION = 64,
  MT_CO_DOC = 128, /* consts[0] is the docstring */
  MT_CO_ALL = 255,
};

/* A frame: the registers of one activation and where it resumes. Frames
** chain through back; the interpreter header's FRAME root is the newest. */
typedef struct mt_frame {
  mt_obj h;
  uint32_t pc;       /* next instruction, index into code.code[] */
  uint32_t nregs;
  uint32_t ret_reg;  /* caller register that receives the result */
  uint32_t flags;
  mt_value back;     /* calling frame or MT_NULL */
  mt_value func;     /* function or MT_NULL (module code) */
  mt_value code;
  mt_value globals;
  mt_value exc;      /* exception being handled, MT_NULL if none */
  mt_value regs[];
} mt_frame;

#define MT_FRAME_NVALUES 5

/* A traceback entry. Entries are created as an exception leaves frames,
** each pointing to the previous (older, lower-addressed) one. */
typedef struct mt_tb {
  mt_obj h;
  uint32_t pc;       /* the instruction the exception left code at (its line
                     ** is looked up only when the traceback is read) */
  uint32_t pad;
  mt_value next;
  mt_value code;
} mt_tb;

/* dict_keys / dict_values / dict_items. */
typedef struct mt_view {
  mt_obj h;
  mt_value dict;
} mt_view;

/* Iterators: the type id says what a, b, c, i and j mean (iter.c). */
typedef struct mt_iter {
  mt_obj h;
  mt_value a;
  mt_value b;
  mt_value c;
  int64_t i;
  int64_t j;
} mt_iter;

/* An exception instance; its type id is in the header. dict holds the
** attributes set on it (__dict__: a dict, or MT_NULL until first used);
** name and obj are NameError's and AttributeError's attributes of those
** names (MT_NULL: None), set where the interpreter raises them. */
typedef struct mt_exc {
  mt_obj h;
  mt_value args;
  mt_value traceback;
  mt_value cause;
  mt_value context;
  mt_value dict;
  mt_value name;
  mt_value obj;
} mt_exc;

/* A growable byte buffer (captured output); capacity is size - 16. */
typedef struct mt_bufobj {
  mt_obj h;
  uint32_t len;
  uint32_t pad;
  uint8_t data[];
} mt_bufobj;

/* The Python type of any value (no memory access: heap references carry
** their type id). */
static inline uint32_t mt_obj_type(mt_value v) {
  if (mt_is_float(v)) return MT_T_FLOAT;
  switch (mt_hi(v)) {
  case MT_HI_INT: return MT_T_INT;
  case MT_HI_REF: return mt_ref_type(v);
  case MT_HI_NATIVE: return MT_T_BUILTIN_FN;
  case MT_HI_TYPE: return MT_T_TYPE;
  case MT_HI_NAME: return MT_T_STR;
  default: break;
  }
  switch (v) {
  case MT_FALSE:
  case MT_TRUE: return MT_T_BOOL;
  case MT_ELLIPSIS: return MT_T_ELLIPSIS;
  case MT_NOTIMPL: return MT_T_NOTIMPL;
  default: return MT_T_NONE;
  }
}

static inline bool mt_is_str(mt_value v) { return mt_is_name(v) || mt_is_ref_type(v, MT_T_STR); }

/* Where an object's value words are: count groups of width words, one
** group every stride words, starting at byte at of the object. */
typedef struct mt_span {
  uint32_t at;
  uint32_t count;
  uint32_t stride;
  uint32_t width;
} mt_span;

/* Smallest valid size of an object of layout l (its fixed part). */
MT_INTERNAL uint32_t mt_obj_min_size(mt_layout l);

/* Sizes of the variable-length layouts, as uint64 so callers can compare
** against the arena limit before truncating. */
static inline uint64_t mt_align8(uint64_t n) { return (n + 7) & ~UINT64_C(7); }
static inline uint64_t mt_str_text_size(uint64_t len) { return mt_align8(sizeof(mt_str) + len + 1); }
static inline uint64_t mt_str_size(uint64_t len, uint64_t cplen) {
  uint64_t index = cplen == len ? 0 : mt_align8(4 * (uint64_t)mt_str_index_len(cplen));
  return mt_str_text_size(len) + index;
}
static inline uint32_t *mt_str_index(mt_str *s) {
  return (uint32_t *)((uint8_t *)s + mt_str_text_size(s->len));
}
static inline uint64_t mt_bytes_size(uint64_t len) { return mt_align8(sizeof(mt_bytes) + len + 1); }
static inline uint64_t mt_tuple_size(uint64_t n) { return sizeof(mt_tuple) + 8 * n; }
static inline uint64_t mt_varray_size(uint64_t n) { return sizeof(mt_varray) + 8 * n; }
static inline uint64_t mt_bigint_size(uint64_t n) { return sizeof(mt_bigint) + 8 * n; }
static inline uint64_t mt_settable_size(uint64_t mask) {
  return sizeof(mt_settable) + sizeof(mt_sentry) * (mask + 1);
}
static inline uint64_t mt_frame_size(uint64_t nregs) { return sizeof(mt_frame) + 8 * nregs; }
static inline uint64_t mt_code_size(uint64_t ninstr) { return mt_align8(sizeof(mt_code) + 4 * ninstr); }
static inline uint32_t mt_varray_cap(const mt_varray *a) { return (a->h.size - sizeof(mt_varray)) / 8; }
static inline uint32_t mt_buf_cap(const mt_bufobj *b) {
  return b->h.size - (uint32_t)sizeof(mt_bufobj);
}

/* dict table geometry */
static inline uint64_t mt_dkeys_index_bytes(uint32_t log2size, uint32_t log2width) {
  return mt_align8((uint64_t)1 << (log2size + log2width));
}
static inline uint64_t mt_dkeys_size(uint32_t log2size, uint32_t log2width, uint64_t usable) {
  return sizeof(mt_dkeys) + mt_dkeys_index_bytes(log2size, log2width) + sizeof(mt_dentry) * usable;
}
static inline mt_dentry *mt_dkeys_entries(mt_dkeys *k) {
  return (mt_dentry *)(k->index + mt_dkeys_index_bytes(k->log2size, k->log2width));
}

#define MT_AT(type, field) ((uint32_t)offsetof(type, field))

static inline mt_span mt_span_of(uint32_t at, uint32_t count) { return (mt_span){at, count, 1, 1}; }

/* The value span of the object at o (whose header and the fields the span
** depends on must already be valid). Inline: the collector asks for every
** live object. */
static inline mt_span mt_obj_span(const mt_obj *o) {
  switch (mt_type_layout(o->type)) {
  case MT_L_TUPLE: return mt_span_of(MT_AT(mt_tuple, items), ((const mt_tuple *)o)->len);
  case MT_L_LIST: return mt_span_of(MT_AT(mt_list, items), 1);
  case MT_L_VARRAY: return mt_span_of(MT_AT(mt_varray, v), mt_varray_cap((const mt_varray *)o));
  case MT_L_DICT: return mt_span_of(MT_AT(mt_dict, keys), 1);
  case MT_L_DKEYS: {
    const mt_dkeys *k = (const mt_dkeys *)o;
    uint32_t at = (uint32_t)(sizeof(mt_dkeys) + mt_dkeys_index_bytes(k->log2size, k->log2width));
    return (mt_span){at, k->nentries, 3, 2};
  }
  case MT_L_SET: return mt_span_of(MT_AT(mt_set, table), 1);
  case MT_L_SETTABLE:
    return (mt_span){MT_AT(mt_settable, e), ((const mt_settable *)o)->mask + 1, 2, 1};
  case MT_L_RANGE:
  case MT_L_SLICE: return mt_span_of(MT_AT(mt_triple, start), 3);
  case MT_L_FUNCTION: return mt_span_of(MT_AT(mt_function, code), 10);
  case MT_L_METHOD: return mt_span_of(MT_AT(mt_method, self), 2);
  case MT_L_CELL: return mt_span_of(MT_AT(mt_cell, v), 1);
  case MT_L_CODE: return mt_span_of(MT_AT(mt_code, name), MT_CODE_NVALUES);
  case MT_L_FRAME:
    return mt_span_of(MT_AT(mt_frame, back), MT_FRAME_NVALUES + ((const mt_frame *)o)->nregs);
  case MT_L_TB: return mt_span_of(MT_AT(mt_tb, next), 2);
  case MT_L_VIEW: return mt_span_of(MT_AT(mt_view, dict), 1);
  case MT_L_ITER: return mt_span_of(MT_AT(mt_iter, a), 3);
  case MT_L_EXC: return mt_span_of(MT_AT(mt_exc, args), 7);
  case MT_L_NONE:
  case MT_L_BIGINT:
  case MT_L_STR:
  case MT_L_BYTES:
  case MT_L_BUF:
  case MT_L_FILLER:
  case MT_LAYOUT_COUNT: break;
  }
  return mt_span_of(0, 0);
}

#endif
