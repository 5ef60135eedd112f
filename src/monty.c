/*
** monty.c: the public API (include/monty/monty.h): interpreters, runners,
** runs in slices with limits, and the conversion of values and exceptions
** between the arena and the host.
*/
#include "monty/monty.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

#include "buf.h"
#include "codeobj.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "native.h"
#include "out.h"
#include "parse.h"
#include "protoview.h"
#include "repr.h"
#include "set.h"
#include "str.h"
#include "suggest.h"
#include "tuple.h"
#include "vm.h"

const char *monty_version(void) { return MONTY_VERSION; }

/* Ticks per slice when monty_run checks the clock between slices (GC
** stress builds collect at every tick, so they check far more often). */
#ifdef MT_GC_STRESS
#define RUN_SLICE 200u
#else
#define RUN_SLICE 200000u
#endif
/* How deep a value tree may nest when it crosses the boundary. */
#define MAX_VALUE_DEPTH 500

struct monty_runner {
  char *source;
  size_t len;
  uint64_t digest;  /* of the source: identifies the runner in code caches */
  char *script;
  char **inputs;
  size_t ninputs;
  void *unit;       /* compile.h mt_compiled */
  const void *main; /* its module proto */
};

/* What interpreters share to start fast: recycled arenas and the image
** of a fresh interpreter (arena.h's pool), guarded by a mutex because
** interpreters are created and freed on any thread. An interpreter
** counts as a user; the last one out frees a runtime already closed. */
struct monty_runtime {
  pthread_mutex_t lock;
  mt_arena_pool pool;
  uint64_t users;
  bool closed;
};

struct monty_interp {
  monty_runtime *rt;       /* NULL: the interpreter keeps its own arenas */
  mt_arena_pool own_pool;  /* those (when rt is NULL) */
  mt_vm vm;
  bool open;
  monty_limits limits;
  const monty_runner *runner; /* of the run in progress */
  /* The last runner's materialized module code stays in the arena (under
  ** key 0 of the MODULES root, which no module name can be) for the next
  ** run of the same runner: its main proto and digest identify it. */
  const void *cached_main;
  uint64_t cached_digest;
  struct timespec deadline;
  bool timed;
};

/*
** {==================================================================
** Results: every string and array of a result comes from one chain of
** host blocks freed together.
** ===================================================================
*/

typedef struct block {
  struct block *next;
  size_t used, cap;
  max_align_t data[];
} block;

typedef struct result {
  monty_result pub;
  block *blocks;
} result;

static void *ralloc(result *r, size_t n) {
  n = (n + 15) & ~(size_t)15;
  block *b = r->blocks;
  if (!b || b->cap - b->used < n) {
    size_t cap = n > 4096 ? n : 4096;
    b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    b->next = r->blocks;
    b->used = 0;
    b->cap = cap;
    r->blocks = b;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  return p;
}

static char *rstrdup(result *r, const char *s, size_t n) {
  char *p = ralloc(r, n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

static result *result_new(monty_status status) {
  result *r = mt_zalloc(1, sizeof *r);
  if (r) r->pub.status = status;
  return r;
}

/* The result for running out of host memory: static, never freed. */
static monty_result oom_result = {MONTY_ERROR, {MONTY_NONE, {0}}, "", 0, NULL, "out of memory"};

static monty_result *error_result(const char *fmt, ...) {
  result *r = result_new(MONTY_ERROR);
  if (!r) return &oom_result;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  r->pub.error = rstrdup(r, msg, strlen(msg));
  r->pub.output = "";
  if (!r->pub.error) {
    monty_result_free(&r->pub);
    return &oom_result;
  }
  return &r->pub;
}

void monty_result_free(monty_result *pub) {
  if (!pub || pub == &oom_result) return;
  result *r = (result *)pub;
  while (r->blocks) {
    block *b = r->blocks;
    r->blocks = b->next;
    free(b);
  }
  free(r);
}

/* }================================================================== */

/*
** {==================================================================
** Source lines and SyntaxError text
** ===================================================================
*/

/* Physical line `line` (1-based) of src, or false if there is none. */
static bool source_line(const char *src, size_t len, uint32_t line, const char **start, size_t *n) {
  size_t i = 0;
  for (uint32_t l = 1; l < line; l++) {
    while (i < len && src[i] != '\n' && src[i] != '\r') i++;
    if (i >= len) return false;
    i += src[i] == '\r' && i + 1 < len && src[i + 1] == '\n' ? 2 : 1;
  }
  if (i >= len && line > 1) return false;
  size_t j = i;
  while (j < len && src[j] != '\n' && src[j] != '\r') j++;
  *start = src + i;
  *n = j - i;
  return true;
}

/* The line with its indentation and trailing blanks removed, as
** tracebacks show it. */
static bool stripped_line(const char *src, size_t len, uint32_t line, const char **start, size_t *n) {
  if (!src || !source_line(src, len, line, start, n)) return false;
  while (*n && (**start == ' ' || **start == '\t' || **start == '\f')) {
    (*start)++;
    (*n)--;
  }
  while (*n && ((*start)[*n - 1] == ' ' || (*start)[*n - 1] == '\t')) (*n)--;
  return true;
}

/* The 1-based byte column of the 1-based character column col of text
** (columns past the end keep counting one byte each). */
static long byte_column(const char *text, size_t len, long col) {
  long chars = 1;
  size_t i = 0;
  while (chars < col && i < len) {
    i++;
    while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80) i++;
    chars++;
  }
  return (long)i + 1 + (col - chars);
}

/* CPython's print_error_text: the line without its indentation, then a
** caret under offset..end_offset (one caret for IndentationError and
** TabError, whose end CPython does not show). Like CPython 3.11 it places
** and sizes the carets by UTF-8 bytes, not characters. */
static int error_text(mt_buf *b, const mt_syntax_error *e, const char *text, size_t len) {
  long offset = e->col > 0 ? byte_column(text, len, e->col) : e->col;
  long end = e->end_line == e->line && e->end_col > 0 ? byte_column(text, len, e->end_col) : e->end_col;
  if (e->kind != MT_SE_SYNTAX) end = -1;
  else if (e->end_line > e->line) end = (long)len + 1;
  if (end > (long)len + 1) end = (long)len + 1;
  long carets = end > 0 && end > offset ? end - offset : 1;
  offset--;
  while (len && (*text == ' ' || *text == '\t' || *text == '\f')) {
    text++;
    len--;
    offset--;
  }
  if (offset > (long)len) offset = (long)len;
  if (mt_buf_printf(b, "    %.*s\n", (int)len, text)) return -1;
  if (offset < 0) return 0;
  if (mt_buf_printf(b, "    %*s", (int)offset, "")) return -1;
  for (long i = 0; i < carets; i++)
    if (mt_buf_putc(b, '^')) return -1;
  return mt_buf_putc(b, '\n');
}

static monty_result *syntax_result(const mt_syntax_error *e, const char *script, const char *src, size_t len) {
  result *r = result_new(MONTY_EXCEPTION);
  monty_exception *x = r ? ralloc(r, sizeof *x) : NULL;
  mt_buf b = MT_BUF_INIT;
  int err = !x;
  if (!err && e->kind != MT_SE_MEMORY) {
    const char *text;
    size_t n;
    err |= mt_buf_printf(&b, "  File \"%s\", line %u\n", script, (unsigned)e->line);
    if (!err && source_line(src, len, e->line, &text, &n)) err |= error_text(&b, e, text, n);
  }
  const char *name = mt_syntax_error_name(e->kind);
  if (!err) err |= e->kind == MT_SE_MEMORY ? mt_buf_printf(&b, "%s\n", name) : mt_buf_printf(&b, "%s: %s\n", name, e->msg);
  if (!err) {
    *x = (monty_exception){0};
    x->type = name;
    x->message = rstrdup(r, e->msg, strlen(e->msg));
    x->line = e->line;
    x->column = e->col;
    x->text = rstrdup(r, b.data, b.len);
    err = !x->message || !x->text;
  }
  mt_buf_free(&b);
  if (err) {
    monty_result_free(r ? &r->pub : NULL);
    return &oom_result;
  }
  r->pub.exception = x;
  r->pub.output = "";
  return &r->pub;
}

/* }================================================================== */

/*
** {==================================================================
** Runners
** ===================================================================
*/

/* Copy s[0..n) and a NUL to *at, advancing it; returns the copy. */
static char *put_text(char **at, const char *s, size_t n) {
  char *p = *at;
  memcpy(p, s, n);
  p[n] = 0;
  *at = p + n + 1;
  return p;
}

MT_STATIC_ASSERT(sizeof(monty_runner) % _Alignof(char *) == 0, "the input pointers follow the runner aligned");

/* A runner and its copies of the source, the script name and the input
** names, in one block:
**
**   [monty_runner][inputs: ninputs pointers][source\0][script\0][name\0]...
**
** NULL when out of memory (or the sizes overflow). */
static monty_runner *runner_new(const char *source, size_t len, const char *script,
                                const char *const *input_names, size_t ninputs) {
  size_t slen = strlen(script), size = sizeof(monty_runner);
  bool ok = ninputs <= (SIZE_MAX - size) / sizeof(char *);
  if (ok) size += ninputs * sizeof(char *);
  ok = ok && len < SIZE_MAX - size - slen - 2;
  if (ok) size += len + 1 + slen + 1;
  for (size_t i = 0; ok && i < ninputs; i++) {
    size_t n = strlen(input_names[i]);
    ok = n < SIZE_MAX - size;
    if (ok) size += n + 1;
  }
  monty_runner *r = ok ? malloc(size) : NULL;
  if (!r) return NULL;
  memset(r, 0, sizeof *r);
  r->inputs = (char **)(r + 1);
  char *at = (char *)(r->inputs + ninputs);
  r->source = put_text(&at, source, len);
  r->script = put_text(&at, script, slen);
  for (size_t i = 0; i < ninputs; i++) r->inputs[i] = put_text(&at, input_names[i], strlen(input_names[i]));
  r->len = len;
  r->ninputs = ninputs;
  return r;
}

/* ExMonty's checks of input names. NULL when they are fine. */
static monty_result *check_inputs(const char *const *names, size_t n) {
  mt_buf dups = MT_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    if (!names[i] || !names[i][0]) {
      mt_buf_free(&dups);
      return error_result("inputs must not contain empty strings");
    }
    for (size_t j = 0; j < i; j++)
      if (strcmp(names[i], names[j]) == 0) {
        if (mt_buf_printf(&dups, "%s%s", dups.len ? ", " : "", names[i])) {
          mt_buf_free(&dups);
          return &oom_result;
        }
        break;
      }
  }
  monty_result *r = dups.len ? error_result("duplicate inputs: %s", dups.data) : NULL;
  mt_buf_free(&dups);
  return r;
}

void monty_runner_free(monty_runner *r) {
  if (!r) return;
  if (r->unit) mt_pview_free(r->unit);
  free(r);
}

monty_runner *monty_compile(const char *source, size_t len, const char *script_name,
                            const char *const *input_names, size_t ninputs, monty_result **error) {
  monty_result *bad = check_inputs(input_names, ninputs);
  if (bad) {
    if (error) *error = bad;
    else monty_result_free(bad);
    return NULL;
  }
  if (!script_name) script_name = "main.py";
  monty_runner *r = runner_new(source, len, script_name, input_names, ninputs);
  if (!r) {
    if (error) *error = &oom_result;
    return NULL;
  }
  r->digest = XXH3_64bits(source, len) ^ (uint64_t)len;
  mt_syntax_error err;
  r->unit = mt_pview_compile(r->source, len, r->script, &err, &r->main);
  if (!r->unit) {
    if (error) *error = syntax_result(&err, r->script, r->source, len);
    monty_runner_free(r);
    return NULL;
  }
  return r;
}

/* }================================================================== */

/*
** {==================================================================
** Values from the host into the arena
** ===================================================================
*/

static mt_value to_arena(mt_vm *vm, const monty_value *v, int depth);

static mt_value seq_to_arena(mt_vm *vm, const monty_value *v, int depth) {
  size_t n = v->u.seq.len;
  if (n > UINT32_MAX / 16) return mt_raise_type(vm, MT_T_MEMORY_ERROR);
  mt_value c;
  switch (v->kind) {
  case MONTY_LIST: c = mt_list_new(vm, (uint32_t)n); break;
  case MONTY_TUPLE: c = mt_tuple_new(vm, (uint32_t)n); break;
  case MONTY_DICT: c = mt_dict_new_sized(vm, (uint32_t)n); break;
  default: c = mt_set_new(vm, v->kind == MONTY_FROZENSET); break;
  }
  if (c == MT_EXC) return MT_EXC;
  for (size_t i = 0; i < n; i++) {
    const monty_value *items = v->u.seq.items;
    mt_value x = to_arena(vm, &items[v->kind == MONTY_DICT ? 2 * i : i], depth + 1);
    if (x == MT_EXC) return MT_EXC;
    int rc = 0;
    switch (v->kind) {
    case MONTY_LIST: rc = mt_list_append(vm, c, x); break;
    case MONTY_TUPLE: mt_tuple_items(vm, c)[i] = x; break;
    case MONTY_DICT: {
      mt_value y = to_arena(vm, &items[2 * i + 1], depth + 1);
      rc = y == MT_EXC ? -1 : mt_dict_set(vm, c, x, y);
      break;
    }
    default: rc = mt_set_add(vm, c, x); break;
    }
    if (rc) return MT_EXC;
  }
  return c;
}

static mt_value to_arena(mt_vm *vm, const monty_value *v, int depth) {
  if (depth > MAX_VALUE_DEPTH) return mt_raise(vm, MT_T_VALUE_ERROR, "input value nested too deeply");
  switch (v->kind) {
  case MONTY_NONE: return MT_NONE;
  case MONTY_BOOL: return mt_bool(v->u.b);
  case MONTY_INT: return mt_int_from_i64(vm, v->u.i);
  case MONTY_BIGINT: {
    mt_value t = mt_str_obj_new(vm, v->u.s.data, v->u.s.len);
    return t == MT_EXC ? MT_EXC : mt_int_parse(vm, t, 10);
  }
  case MONTY_FLOAT: return mt_float(v->u.f);
  case MONTY_STR: return mt_str_obj_new(vm, v->u.s.data, v->u.s.len);
  case MONTY_BYTES: {
    uint32_t off = mt_heap_alloc(vm, MT_T_BYTES, mt_bytes_size(v->u.s.len));
    if (!off) return MT_EXC;
    mt_bytes *b = mt_ptr(vm, off);
    b->len = (uint32_t)v->u.s.len;
    b->hash = -1;
    if (v->u.s.len) memcpy(b->data, v->u.s.data, v->u.s.len);
    return mt_ref(MT_T_BYTES, off);
  }
  case MONTY_LIST:
  case MONTY_TUPLE:
  case MONTY_DICT:
  case MONTY_SET:
  case MONTY_FROZENSET: return seq_to_arena(vm, v, depth);
  case MONTY_ELLIPSIS: return MT_ELLIPSIS;
  case MONTY_OTHER: break;
  }
  return mt_raise(vm, MT_T_TYPE_ERROR, "unsupported input value kind %d", (int)v->kind);
}

/* }================================================================== */

/*
** {==================================================================
** Values from the arena to the host
** ===================================================================
*/

typedef struct export {
  mt_vm *vm;
  result *r;
  uint32_t path[MAX_VALUE_DEPTH + 1]; /* containers being exported (cycles) */
  int depth;
} export;

/* v as a MONTY_OTHER: its repr. */
static int export_repr(export *x, mt_value v, monty_value *out) {
  mt_value s = mt_repr(x->vm, v);
  if (s == MT_EXC) {
    mt_exc_clear(x->vm);
    s = mt_str_obj_cstr(x->vm, "<unrepresentable object>");
    if (s == MT_EXC) return -1;
  }
  mt_strview t = mt_str_obj_view(x->vm, s);
  out->kind = MONTY_OTHER;
  out->u.s.data = rstrdup(x->r, t.p, t.len);
  out->u.s.len = t.len;
  return out->u.s.data ? 0 : -1;
}

static int export_value(export *x, mt_value v, monty_value *out);

static int export_items(export *x, const mt_value *items, uint32_t n, monty_value *out, monty_kind kind) {
  monty_value *dst = ralloc(x->r, sizeof *dst * (n ? n : 1));
  if (!dst) return -1;
  out->kind = kind;
  out->u.seq.items = dst;
  out->u.seq.len = kind == MONTY_DICT ? n / 2 : n;
  for (uint32_t i = 0; i < n; i++)
    if (export_value(x, items[i], &dst[i])) return -1;
  return 0;
}

/* Containers: entered on the path, so a self-containing one exports as
** its repr ([...]) where it recurs. */
static int export_container(export *x, mt_value v, monty_value *out) {
  mt_vm *vm = x->vm;
  uint32_t off = mt_ref_off(v);
  for (int i = 0; i < x->depth; i++)
    if (x->path[i] == off) return export_repr(x, v, out);
  if (x->depth >= MAX_VALUE_DEPTH) return export_repr(x, v, out);
  x->path[x->depth++] = off;
  int rc;
  uint32_t t = mt_ref_type(v);
  if (t == MT_T_LIST) {
    rc = export_items(x, mt_list_items(vm, v), mt_list_len(vm, v), out, MONTY_LIST);
  } else if (t == MT_T_TUPLE) {
    rc = export_items(x, mt_tuple_items(vm, v), mt_tuple_len(vm, v), out, MONTY_TUPLE);
  } else {
    bool dict = t == MT_T_DICT;
    uint32_t n = dict ? 2 * mt_dict_len(vm, v) : mt_set_len(vm, v), k = 0, pos = 0;
    mt_value *tmp = malloc(sizeof *tmp * (n ? n : 1)), key, val;
    int64_t hash;
    rc = tmp ? 0 : -1;
    if (dict)
      while (tmp && mt_dict_next(vm, v, &pos, &key, &val)) {
        tmp[k++] = key;
        tmp[k++] = val;
      }
    else
      while (tmp && mt_set_next(vm, v, &pos, &key, &hash)) tmp[k++] = key;
    if (!rc) rc = export_items(x, tmp, k, out, dict ? MONTY_DICT : t == MT_T_SET ? MONTY_SET : MONTY_FROZENSET);
    free(tmp);
  }
  x->depth--;
  return rc;
}

static int export_text(export *x, const char *p, size_t n, monty_value *out, monty_kind kind) {
  out->kind = kind;
  out->u.s.data = rstrdup(x->r, p, n);
  out->u.s.len = n;
  return out->u.s.data ? 0 : -1;
}

static int export_value(export *x, mt_value v, monty_value *out) {
  mt_vm *vm = x->vm;
  *out = (monty_value){MONTY_NONE, {0}};
  if (mt_is_float(v)) {
    out->kind = MONTY_FLOAT;
    out->u.f = mt_as_float(v);
    return 0;
  }
  if (mt_is_bool(v)) {
    out->kind = MONTY_BOOL;
    out->u.b = v == MT_TRUE;
    return 0;
  }
  if (v == MT_NONE) return 0;
  if (v == MT_ELLIPSIS) {
    out->kind = MONTY_ELLIPSIS;
    return 0;
  }
  if (mt_is_str(v)) {
    mt_strview t = mt_str_obj_view(vm, v);
    return export_text(x, t.p, t.len, out, MONTY_STR);
  }
  if (mt_is_small(v) || mt_is_ref_type(v, MT_T_INT)) {
    int64_t i;
    if (mt_int_to_i64(vm, v, &i)) {
      out->kind = MONTY_INT;
      out->u.i = i;
      return 0;
    }
    mt_limb tmp;
    mt_buf b = MT_BUF_INIT;
    int rc = mt_big_to_decimal(&b, mt_int_view(vm, v, &tmp), 0) ? -1 : export_text(x, b.data, b.len, out, MONTY_BIGINT);
    mt_buf_free(&b);
    return rc;
  }
  if (mt_is_ref_type(v, MT_T_BYTES)) {
    mt_bytes *b = MT_OBJ(vm, mt_bytes, v);
    return export_text(x, (const char *)b->data, b->len, out, MONTY_BYTES);
  }
  if (mt_is_ref_type(v, MT_T_LIST) || mt_is_ref_type(v, MT_T_TUPLE) || mt_is_ref_type(v, MT_T_DICT) ||
      mt_is_ref_type(v, MT_T_SET) || mt_is_ref_type(v, MT_T_FROZENSET))
    return export_container(x, v, out);
  return export_repr(x, v, out);
}

/* }================================================================== */

/*
** {==================================================================
** Exceptions to the host: structure and CPython's printed form
** ===================================================================
*/

/* str(e) into the result, "" when it cannot be computed. */
static const char *exc_message(mt_vm *vm, result *r, mt_value e) {
  if (mt_is_type(e)) return "";
  mt_value s = mt_repr_str(vm, e);
  if (s == MT_EXC) {
    mt_exc_clear(vm);
    return "";
  }
  mt_strview t = mt_str_obj_view(vm, s);
  return rstrdup(r, t.p, t.len);
}

/* The lines CPython prints below exception e's last line: each note of
** its __notes__ (add_note) in str() form, or repr(__notes__) when that is
** not a list or tuple. NULL (nothing pending) when there are none. */
static const char *exc_notes(mt_vm *vm, result *r, mt_value e) {
  mt_value d = MT_OBJ(vm, mt_exc, e)->dict;
  mt_value notes = d == MT_NULL ? MT_NULL : mt_dict_get(vm, d, mt_name(MT_N___notes__));
  if (notes == MT_NULL || notes == MT_EXC) {
    mt_exc_clear(vm);
    return NULL;
  }
  mt_buf b = MT_BUF_INIT;
  bool seq = mt_is_ref_type(notes, MT_T_LIST) || mt_is_ref_type(notes, MT_T_TUPLE);
  uint32_t n = !seq ? 1 : mt_is_ref_type(notes, MT_T_LIST) ? mt_list_len(vm, notes) : mt_tuple_len(vm, notes);
  for (uint32_t i = 0; i < n; i++) {
    mt_value note = notes;
    if (seq) note = (mt_is_ref_type(notes, MT_T_LIST) ? mt_list_items(vm, notes) : mt_tuple_items(vm, notes))[i];
    mt_value s = seq ? mt_repr_str(vm, note) : mt_repr(vm, note);
    if (s == MT_EXC) {
      mt_exc_clear(vm);
      continue;
    }
    mt_strview t = mt_str_obj_view(vm, s);
    if (mt_buf_printf(&b, "%.*s\n", (int)t.len, t.p)) break;
  }
  const char *text = b.len ? rstrdup(r, b.data, b.len) : NULL;
  mt_buf_free(&b);
  return text;
}

static int put_repeats(mt_buf *b, size_t count) {
  if (count <= 3) return 0;
  count -= 3;
  return mt_buf_printf(b, "  [Previous line repeated %zu more time%s]\n", count, count > 1 ? "s" : "");
}

/* The frames as CPython prints them: a line repeated more than three
** times in a row is summarized (traceback.py's _RECURSIVE_CUTOFF). */
static int put_frames(mt_buf *b, const monty_exception *x) {
  if (x->nframes && mt_buf_puts(b, "Traceback (most recent call last):\n")) return -1;
  size_t count = 0;
  for (size_t i = 0; i < x->nframes; i++) {
    const monty_frame *f = &x->frames[i], *prev = i ? &x->frames[i - 1] : NULL;
    bool same = prev && f->line == prev->line && strcmp(f->function, prev->function) == 0 &&
                strcmp(f->filename, prev->filename) == 0;
    if (!same) {
      if (put_repeats(b, count)) return -1;
      count = 0;
    }
    if (++count > 3) continue;
    if (mt_buf_printf(b, "  File \"%s\", line %u, in %s\n", f->filename, (unsigned)f->line, f->function)) return -1;
    if (f->source && mt_buf_printf(b, "    %s\n", f->source)) return -1;
  }
  return put_repeats(b, count);
}

static int put_exception(mt_buf *b, const monty_exception *x) {
  if (x->chained) {
    if (put_exception(b, x->chained)) return -1;
    if (mt_buf_puts(b, x->chained_is_cause
                           ? "\nThe above exception was the direct cause of the following exception:\n\n"
                           : "\nDuring handling of the above exception, another exception occurred:\n\n"))
      return -1;
  }
  if (put_frames(b, x)) return -1;
  if (mt_buf_puts(b, x->type) || (x->message[0] && mt_buf_printf(b, ": %s", x->message)) ||
      (x->suggestion && mt_buf_printf(b, ". Did you mean: '%s'?", x->suggestion)) || mt_buf_puts(b, "\n"))
    return -1;
  return x->notes ? mt_buf_puts(b, x->notes) : 0;
}

typedef struct chain_seen {
  mt_value items[64];
  int n;
} chain_seen;

/* The structured form of exception e (and what it chains to). */
static monty_exception *export_exception(mt_vm *vm, result *r, const monty_runner *run, mt_value e,
                                         chain_seen *seen) {
  monty_exception *x = ralloc(r, sizeof *x);
  if (!x) return NULL;
  *x = (monty_exception){0};
  x->type = mt_type_name(mt_exc_type(vm, e));
  x->message = exc_message(vm, r, e);
  if (!x->message) return NULL;
  if (!mt_is_ref(e)) return x;
  mt_value suggestion = mt_suggest(vm, e);
  if (suggestion != MT_NULL) {
    mt_strview s = mt_str_obj_view(vm, suggestion);
    if (!(x->suggestion = rstrdup(r, s.p, s.len))) return NULL;
  }
  x->notes = exc_notes(vm, r, e);
  seen->items[seen->n++] = e;
  size_t n = 0;
  for (mt_value t = MT_OBJ(vm, mt_exc, e)->traceback; t != MT_NULL; t = MT_OBJ(vm, mt_tb, t)->next) n++;
  x->frames = ralloc(r, sizeof *x->frames * (n ? n : 1));
  if (!x->frames) return NULL;
  for (mt_value t = MT_OBJ(vm, mt_exc, e)->traceback; t != MT_NULL; t = MT_OBJ(vm, mt_tb, t)->next) {
    mt_tb *tb = MT_OBJ(vm, mt_tb, t);
    mt_code *c = MT_OBJ(vm, mt_code, tb->code);
    monty_frame *f = &x->frames[x->nframes++];
    mt_strview name = mt_str_obj_view(vm, c->name), file = mt_str_obj_view(vm, c->filename);
    f->line = mt_exc_tb_line(vm, tb);
    f->function = rstrdup(r, name.p, name.len);
    f->filename = rstrdup(r, file.p, file.len);
    const char *text;
    size_t len;
    f->source = NULL;
    /* Like CPython, no source lines for pseudo-files such as "<string>". */
    if (run && run->script[0] != '<' && strcmp(f->filename ? f->filename : "", run->script) == 0 &&
        stripped_line(run->source, run->len, f->line, &text, &len) && len)
      f->source = rstrdup(r, text, len);
    if (!f->function || !f->filename) return NULL;
  }
  mt_exc *ex = MT_OBJ(vm, mt_exc, e);
  mt_value cause = ex->cause, context = ex->context;
  bool suppress = (ex->h.flags & MT_OF_SUPPRESS_CONTEXT) != 0;
  mt_value next = MT_NULL;
  if (cause != MT_NULL && cause != MT_NONE) {
    next = cause;
    x->chained_is_cause = true;
  } else if (!suppress && context != MT_NULL && context != MT_NONE) {
    next = context;
  }
  for (int i = 0; i < seen->n && next != MT_NULL; i++)
    if (seen->items[i] == next) next = MT_NULL;
  if (next != MT_NULL && seen->n < (int)MT_ARRAY_LEN(seen->items)) {
    x->chained = export_exception(vm, r, run, next, seen);
    if (!x->chained) return NULL;
  }
  return x;
}

/* }================================================================== */

/*
** {==================================================================
** Interpreters and runs
** ===================================================================
*/

/*
** Runtimes. Every call that takes or gives back an arena (opening and
** closing a heap) runs between pool_enter and pool_leave: under the
** runtime's lock, or with no lock for an interpreter of its own.
*/

monty_runtime *monty_runtime_new(void) {
  monty_runtime *rt = calloc(1, sizeof *rt);
  if (!rt) return NULL;
  if (pthread_mutex_init(&rt->lock, NULL)) {
    free(rt);
    return NULL;
  }
  mt_arena_pool_init(&rt->pool, 0);
  return rt;
}

static void runtime_destroy(monty_runtime *rt) {
  mt_arena_pool_drain(&rt->pool);
  pthread_mutex_destroy(&rt->lock);
  free(rt);
}

void monty_runtime_free(monty_runtime *rt) {
  if (!rt) return;
  pthread_mutex_lock(&rt->lock);
  bool last = rt->users == 0;
  rt->closed = true;
  pthread_mutex_unlock(&rt->lock);
  if (last) runtime_destroy(rt);
}

static mt_arena_pool *pool_enter(monty_interp *in) {
  if (!in->rt) return &in->own_pool;
  pthread_mutex_lock(&in->rt->lock);
  return &in->rt->pool;
}

static void pool_leave(monty_interp *in) {
  if (in->rt) pthread_mutex_unlock(&in->rt->lock);
}

/* Open a heap for in under its limits. A runtime's interpreters copy
** the runtime's image of a fresh interpreter (seed 0, see heap.c); an
** interpreter of its own builds the state directly in its one arena
** under a seed of its own, which is cheaper than building an image to
** copy once. */
static int open_heap(monty_interp *in) {
  mt_limits l = {in->limits.max_memory, in->limits.max_allocations, in->limits.max_recursion};
  mt_arena_pool *pool = pool_enter(in);
  int rc = mt_heap_open(&in->vm, pool, &l, in->rt ? 0 : mt_arena_pool_seed(pool));
  pool_leave(in);
  if (rc) return -1;
  mt_vm_init(&in->vm);
  in->open = true;
  return 0;
}

/* The arena is zeroed first, without the lock (tens of us for a big
** heap), so that other threads wait only while it is filed away. */
static void close_heap(monty_interp *in) {
  if (!in->open) return;
  mt_heap_scrub(&in->vm);
  pool_enter(in);
  mt_heap_close(&in->vm);
  pool_leave(in);
  in->open = false;
}

/* Leave the runtime; the last interpreter of a closed one frees it. */
static void release_runtime(monty_runtime *rt) {
  if (!rt) return;
  pthread_mutex_lock(&rt->lock);
  bool last = --rt->users == 0 && rt->closed;
  pthread_mutex_unlock(&rt->lock);
  if (last) runtime_destroy(rt);
}

monty_interp *monty_interp_new_in(monty_runtime *rt, const monty_limits *limits) {
  monty_interp *in = mt_zalloc(1, sizeof *in);
  if (!in) return NULL;
  if (limits) in->limits = *limits;
  if (rt) {
    pthread_mutex_lock(&rt->lock);
    bool usable = !rt->closed;
    rt->users += usable;
    pthread_mutex_unlock(&rt->lock);
    if (!usable) {
      free(in);
      return NULL;
    }
    in->rt = rt;
  } else {
    mt_arena_pool_init(&in->own_pool, 0);
  }
  if (open_heap(in)) {
    monty_interp_free(in);
    return NULL;
  }
  return in;
}

monty_interp *monty_interp_new(const monty_limits *limits) { return monty_interp_new_in(NULL, limits); }

void monty_interp_free(monty_interp *in) {
  if (!in) return;
  close_heap(in);
  if (in->rt) release_runtime(in->rt);
  else mt_arena_pool_drain(&in->own_pool);
  free(in);
}

/* The state for a new run: the same heap with fresh globals (the last
** run's objects are garbage, collected here if they are many), or a new
** heap when the interpreter has none. */
static int fresh_heap(monty_interp *in) {
  mt_vm *vm = &in->vm;
  if (in->open) {
    mt_vm_reset(vm);
    mt_exc_clear(vm);
    mt_out_clear(vm);
    *mt_root(vm, MT_ROOT_RESULT) = MT_NONE;
    mt_value g = mt_dict_new(vm);
    if (g != MT_EXC) {
      *mt_root(vm, MT_ROOT_GLOBALS) = g;
      mt_hdr(vm)->allocs = 0;
      mt_gc_safepoint(vm);
      return 0;
    }
    mt_exc_clear(vm);
    close_heap(in);
  }
  in->cached_main = NULL;
  return open_heap(in);
}

/* The captured output into the result (and out of the arena). */
static int take_output(monty_interp *in, result *r) {
  uint32_t n;
  const uint8_t *p = mt_out_data(&in->vm, &n);
  r->pub.output = rstrdup(r, n ? (const char *)p : "", n);
  r->pub.output_len = n;
  mt_out_clear(&in->vm);
  return r->pub.output ? 0 : -1;
}

/* The result of a run that ended (or failed to start) with the pending
** exception. */
static monty_result *exception_result(monty_interp *in) {
  mt_vm *vm = &in->vm;
  result *r = result_new(MONTY_EXCEPTION);
  if (!r) return &oom_result;
  chain_seen seen = {.n = 0};
  mt_value e = mt_exc_pending(vm);
  monty_exception *x = export_exception(vm, r, in->runner, e, &seen);
  mt_buf text = MT_BUF_INIT;
  if (!x || take_output(in, r) || put_exception(&text, x) || !(x->text = rstrdup(r, text.data, text.len))) {
    mt_buf_free(&text);
    monty_result_free(&r->pub);
    return &oom_result;
  }
  mt_buf_free(&text);
  mt_exc_clear(vm);
  r->pub.exception = x;
  return &r->pub;
}

static monty_result *value_result(monty_interp *in, monty_status status) {
  result *r = result_new(status);
  if (!r) return &oom_result;
  export x = {.vm = &in->vm, .r = r, .depth = 0};
  if (take_output(in, r) ||
      (status == MONTY_OK && export_value(&x, *mt_root(&in->vm, MT_ROOT_RESULT), &r->pub.value))) {
    monty_result_free(&r->pub);
    return &oom_result;
  }
  return &r->pub;
}

/* Bind the inputs as globals (interned names, so lookups hit). */
static int bind_inputs(monty_interp *in, const monty_runner *run, const monty_value *inputs) {
  mt_vm *vm = &in->vm;
  for (size_t i = 0; i < run->ninputs; i++) {
    mt_value name = mt_str_obj_new(vm, run->inputs[i], strlen(run->inputs[i]));
    name = name == MT_EXC ? MT_EXC : mt_str_obj_intern(vm, name);
    mt_value v = name == MT_EXC ? MT_EXC : to_arena(vm, &inputs[i], 0);
    if (v == MT_EXC || mt_dict_set(vm, *mt_root(vm, MT_ROOT_GLOBALS), name, v)) return -1;
  }
  return 0;
}

static void set_deadline(monty_interp *in) {
  in->timed = in->limits.max_duration > 0;
  if (!in->timed) return;
  clock_gettime(CLOCK_MONOTONIC, &in->deadline);
  double secs = in->limits.max_duration;
  time_t whole = (time_t)secs;
  long nanos = (long)((secs - (double)whole) * 1e9);
  in->deadline.tv_sec += whole;
  in->deadline.tv_nsec += nanos;
  if (in->deadline.tv_nsec >= 1000000000L) {
    in->deadline.tv_sec++;
    in->deadline.tv_nsec -= 1000000000L;
  }
}

static bool past_deadline(const monty_interp *in) {
  if (!in->timed) return false;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec > in->deadline.tv_sec || (now.tv_sec == in->deadline.tv_sec && now.tv_nsec >= in->deadline.tv_nsec);
}

/* End the run with TimeoutError, with a traceback through every frame
** still running and no handler run: a time limit cannot be caught. */
static void abort_timeout(monty_interp *in) {
  mt_vm *vm = &in->vm;
  mt_raise(vm, MT_T_TIMEOUT_ERROR, "time limit exceeded");
  mt_value e = mt_exc_normalize(vm);
  /* Traceback entries innermost first; each goes in front of the last. */
  for (mt_value fv = *mt_root(vm, MT_ROOT_FRAME); fv != MT_NULL && e != MT_EXC && mt_is_ref(e);
       fv = MT_OBJ(vm, mt_frame, fv)->back) {
    mt_frame *f = MT_OBJ(vm, mt_frame, fv);
    if (f->code == MT_NULL) continue;
    if (mt_exc_add_traceback(vm, e, f->code, f->pc ? f->pc - 1 : 0)) break;
  }
  mt_vm_reset(vm);
}

/* The runner's module code in this interpreter: the cached one when the
** last run was of the same runner, else freshly materialized (and
** cached). */
static mt_value module_code(monty_interp *in, const monty_runner *run) {
  mt_vm *vm = &in->vm;
  mt_value *cache = mt_root(vm, MT_ROOT_MODULES);
  if (in->cached_main == run->main && in->cached_digest == run->digest && *cache != MT_NULL) {
    mt_value code = mt_dict_get(vm, *cache, mt_small(0));
    if (mt_is_ref_type(code, MT_T_CODE)) {
      mt_codeobj_reset_caches(vm, code);
      return code;
    }
  }
  mt_value file = mt_str_obj_new(vm, run->script, strlen(run->script));
  mt_value code = file == MT_EXC ? MT_EXC : mt_codeobj_new(vm, run->main, file);
  if (code == MT_EXC) return MT_EXC;
  if (*cache == MT_NULL) {
    mt_value d = mt_dict_new(vm);
    if (d == MT_EXC) return MT_EXC;
    *mt_root(vm, MT_ROOT_MODULES) = d;
  }
  if (mt_dict_set(vm, *mt_root(vm, MT_ROOT_MODULES), mt_small(0), code)) return MT_EXC;
  in->cached_main = run->main;
  in->cached_digest = run->digest;
  return code;
}

monty_result *monty_start(monty_interp *in, const monty_runner *run, const monty_value *inputs, size_t ninputs) {
  if (ninputs != run->ninputs)
    return error_result("expected %zu inputs, got %zu", run->ninputs, ninputs);
  if (fresh_heap(in)) return error_result("cannot create the interpreter's memory");
  in->runner = run;
  mt_vm *vm = &in->vm;
  mt_value code = module_code(in, run);
  if (code == MT_EXC || bind_inputs(in, run, inputs) || mt_vm_start(vm, code)) return exception_result(in);
  set_deadline(in);
  return NULL;
}

monty_result *monty_resume(monty_interp *in, uint64_t budget) {
  if (!in->open || !mt_vm_running(&in->vm)) return error_result("no run in progress");
  if (past_deadline(in)) {
    abort_timeout(in);
    return exception_result(in);
  }
  switch (mt_vm_run(&in->vm, budget ? budget : UINT64_MAX)) {
  case MT_VM_DONE: return value_result(in, MONTY_OK);
  case MT_VM_ERROR: return exception_result(in);
  case MT_VM_PAUSED: break;
  }
  return value_result(in, MONTY_PAUSED);
}

monty_result *monty_run(monty_interp *in, const monty_runner *run, const monty_value *inputs, size_t ninputs) {
  monty_result *r = monty_start(in, run, inputs, ninputs);
  if (r) return r;
  for (;;) {
    mt_vm_status s = mt_vm_run(&in->vm, in->timed ? RUN_SLICE : UINT64_MAX);
    if (s == MT_VM_DONE) return value_result(in, MONTY_OK);
    if (s == MT_VM_ERROR) return exception_result(in);
    if (past_deadline(in)) {
      abort_timeout(in);
      return exception_result(in);
    }
  }
}

/* }================================================================== */

/*
** {==================================================================
** Debugging aids
** ===================================================================
*/

char *monty_dump_ast(const char *source, size_t len, monty_result **error) {
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 0);
  mt_syntax_error err;
  mt_ast_node *module = mt_parse(&arena, source, len, &err);
  char *text = NULL;
  if (!module) {
    if (error) *error = syntax_result(&err, "<unknown>", source, len);
  } else {
    mt_buf out = MT_BUF_INIT;
    if (mt_ast_dump(module, &out) == 0 && mt_buf_putc(&out, '\n') == 0) text = out.data;
    else mt_buf_free(&out);
    if (!text && error) *error = &oom_result;
  }
  mt_ast_arena_free(&arena);
  return text;
}

char *monty_disassemble(const monty_runner *r) {
  mt_buf out = MT_BUF_INIT;
  if (mt_pview_dump(r->main, &out) == 0 && out.data) return out.data;
  mt_buf_free(&out);
  return NULL;
}

void monty_text_free(char *text) { free(text); }

/* }================================================================== */
