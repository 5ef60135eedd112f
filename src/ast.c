/*
** ast.c: the syntax tree's arena, its field tables (derived from
** MT_AST_NODES), depth bookkeeping and the ast.dump-compatible printer.
*/
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "floating.h"
#include "strops.h"
#include "unicode.h"

/*
** {==================================================================
** Arena
** ===================================================================
*/

#define ALIGN MT_AST_ALIGN
/* The first block with its header is 1 KiB, which malloc serves from its
** per-thread cache: compiling a snippet costs no large allocation. */
#define FIRST_BLOCK ((1u << 10) - BLOCK_HEADER)
#define MAX_BLOCK (1u << 20)

typedef struct mt_ast_block {
  struct mt_ast_block *next;
  size_t size; /* usable bytes after the header */
} mt_ast_block;

#define BLOCK_HEADER ((sizeof(mt_ast_block) + ALIGN - 1) & ~(size_t)(ALIGN - 1))

void mt_ast_arena_init(mt_ast_arena *a, size_t limit) {
  a->blocks = NULL;
  a->cur = a->end = NULL;
  a->total = 0;
  a->limit = limit ? limit : MT_AST_ARENA_DEFAULT_LIMIT;
}

void mt_ast_arena_free(mt_ast_arena *a) {
  mt_ast_block *b = a->blocks;
  while (b) {
    mt_ast_block *next = b->next;
    free(b);
    b = next;
  }
  mt_ast_arena_init(a, a->limit);
}

/* Start a new block big enough for n bytes. Blocks double up to MAX_BLOCK so
** small parses stay small and big ones make few mallocs. */
static int grow(mt_ast_arena *a, size_t n) {
  size_t size = a->blocks ? a->blocks->size * 2 : FIRST_BLOCK;
  if (size > MAX_BLOCK) size = MAX_BLOCK;
  if (size < n) size = n;
  if (size > a->limit - a->total || BLOCK_HEADER + size > a->limit - a->total) return -1;
  mt_ast_block *b = malloc(BLOCK_HEADER + size);
  if (!b) return -1;
  b->next = a->blocks;
  b->size = size;
  a->blocks = b;
  a->total += BLOCK_HEADER + size;
  a->cur = (char *)b + BLOCK_HEADER;
  a->end = a->cur + size;
  return 0;
}

void *mt_ast_arena_alloc_block(mt_ast_arena *a, size_t n) {
  if (n > a->limit || grow(a, n)) return NULL;
  void *p = a->cur;
  a->cur += n;
  return p;
}

/*
** {==================================================================
** Kind tables
** ===================================================================
*/

/* Field types, as named in MT_AST_NODES. */
typedef enum {
  FT_EXPR, FT_OEXPR, FT_EXPRS, FT_STMTS, FT_PATTERN, FT_OPATTERN, FT_PATTERNS,
  FT_NODE, FT_ONODE, FT_NODES, FT_ID, FT_OID, FT_IDS, FT_CONST, FT_OP, FT_CTX,
  FT_CMPOPS, FT_INT, FT_UKIND, FT_EMPTY, FT_PAD, FT_END
} field_type;

typedef struct field_desc {
  const char *name;
  uint8_t type;   /* field_type */
  uint16_t off;   /* byte offset in mt_ast_node */
} field_desc;

static const char *const kind_names[] = {
#define X(name, cat, fields) #name,
    MT_AST_NODES(X, _)
#undef X
};

const uint8_t mt_ast_categories[MT_AST_KIND_COUNT] = {
#define X(name, cat, fields) MT_AST_CAT_##cat,
    MT_AST_NODES(X, _)
#undef X
};

static const uint16_t kind_sizes[] = {
#define X(name, cat, fields) (uint16_t)(offsetof(mt_ast_node, v) + sizeof(mt_ast_##name)),
    MT_AST_NODES(X, _)
#undef X
};

/* How many node-valued fields each kind has (0 for leaves). */
#define NCHILD(type, name) +NCHILD_##type
#define NCHILD_EXPR 1
#define NCHILD_OEXPR 1
#define NCHILD_EXPRS 1
#define NCHILD_STMTS 1
#define NCHILD_PATTERN 1
#define NCHILD_OPATTERN 1
#define NCHILD_PATTERNS 1
#define NCHILD_NODE 1
#define NCHILD_ONODE 1
#define NCHILD_NODES 1
#define NCHILD_ID 0
#define NCHILD_OID 0
#define NCHILD_IDS 0
#define NCHILD_CONST 0
#define NCHILD_OP 0
#define NCHILD_CTX 0
#define NCHILD_CMPOPS 0
#define NCHILD_INT 0
#define NCHILD_UKIND 0
#define NCHILD_EMPTY 0
#define NCHILD_PAD 0
static const uint8_t kind_children[] = {
#define X(name, cat, fields) (0 fields),
    MT_AST_NODES(X, NCHILD)
#undef X
};

static const char *const op_names[] = {
#define X(name) #name,
    MT_AST_OPS(X)
#undef X
};

static const char *const ctx_names[] = {
#define X(name) #name,
    MT_AST_CTXS(X)
#undef X
};

/* Each kind's fields in ast._fields order: a switch whose cases each hold a
** static table, so offsetof can name the kind's member struct (K). */
#define FD(type, name) FD_##type(type, name)
#define FD_FIELD(type, name) {#name, FT_##type, (uint16_t)(offsetof(mt_ast_node, v) + offsetof(K, name))},
#define FD_EXPR FD_FIELD
#define FD_OEXPR FD_FIELD
#define FD_EXPRS FD_FIELD
#define FD_STMTS FD_FIELD
#define FD_PATTERN FD_FIELD
#define FD_OPATTERN FD_FIELD
#define FD_PATTERNS FD_FIELD
#define FD_NODE FD_FIELD
#define FD_ONODE FD_FIELD
#define FD_NODES FD_FIELD
#define FD_ID FD_FIELD
#define FD_OID FD_FIELD
#define FD_IDS FD_FIELD
#define FD_CONST FD_FIELD
#define FD_OP FD_FIELD
#define FD_CTX FD_FIELD
#define FD_CMPOPS FD_FIELD
#define FD_INT FD_FIELD
#define FD_UKIND FD_FIELD
#define FD_PAD FD_FIELD
#define FD_EMPTY(type, name) {#name, FT_EMPTY, 0},

static const field_desc *kind_fields(mt_ast_kind kind) {
  switch (kind) {
#define X(kname, cat, fields)                                      \
  case MT_AST_##kname: {                                           \
    typedef mt_ast_##kname K;                                      \
    static const field_desc d[] = {fields{NULL, FT_END, 0}};       \
    return d;                                                      \
  }
    MT_AST_NODES(X, FD)
#undef X
    default:
      break;
  }
  static const field_desc none[] = {{NULL, FT_END, 0}};
  return none;
}

const char *mt_ast_kind_name(mt_ast_kind kind) {
  return (unsigned)kind < MT_AST_KIND_COUNT ? kind_names[kind] : "?";
}

const char *mt_ast_op_name(mt_ast_op op) {
  return (unsigned)op < MT_AST_OP_COUNT ? op_names[op] : "?";
}

mt_ast_node *mt_ast_new(mt_ast_arena *a, mt_ast_kind kind) {
  size_t size = kind_sizes[kind];
  mt_ast_node *n = mt_ast_arena_alloc(a, size);
  if (!n) return NULL;
  memset(n, 0, size);
  n->kind = (uint8_t)kind;
  n->depth = 1;
  return n;
}

/*
** {==================================================================
** Lists
** ===================================================================
*/

/* Make room for one more item of `size` bytes in *items (len, *cap),
** doubling in the arena; the old array is simply abandoned. */
static int reserve(mt_ast_arena *a, void **items, uint32_t len, uint32_t *cap, size_t size) {
  if (len < *cap) return 0;
  if (*cap >= UINT32_MAX / 2) return -1;
  uint32_t ncap = *cap ? *cap * 2 : 4;
  void *p = mt_ast_arena_alloc(a, (size_t)ncap * size);
  if (!p) return -1;
  if (len) memcpy(p, *items, (size_t)len * size);
  *items = p;
  *cap = ncap;
  return 0;
}

int mt_ast_seq_push(mt_ast_arena *a, mt_ast_seq *s, mt_ast_node *item) {
  void *items = s->items;
  if (reserve(a, &items, s->len, &s->cap, sizeof *s->items)) return -1;
  s->items = items;
  s->items[s->len++] = item;
  return 0;
}

int mt_ast_ids_push(mt_ast_arena *a, mt_ast_ids *s, const mt_ast_id *item) {
  void *items = (void *)s->items;
  if (reserve(a, &items, s->len, &s->cap, sizeof *s->items)) return -1;
  s->items = items;
  s->items[s->len++] = item;
  return 0;
}

int mt_ast_ops_push(mt_ast_arena *a, mt_ast_ops *s, mt_ast_op op) {
  void *items = s->items;
  if (reserve(a, &items, s->len, &s->cap, sizeof *s->items)) return -1;
  s->items = items;
  s->items[s->len++] = (uint8_t)op;
  return 0;
}

/*
** {==================================================================
** Finishing a node: depth and child categories
** ===================================================================
*/

/* The category a node-valued field requires, or -1 for non-node fields. */
static int field_category(field_type t) {
  switch (t) {
    case FT_EXPR: case FT_OEXPR: case FT_EXPRS: return MT_AST_CAT_EXPR;
    case FT_STMTS: return MT_AST_CAT_STMT;
    case FT_PATTERN: case FT_OPATTERN: case FT_PATTERNS: return MT_AST_CAT_PATTERN;
    case FT_NODE: case FT_ONODE: case FT_NODES: return MT_AST_CAT_HELPER;
    default: return -1;
  }
}

static bool is_list(field_type t) {
  return t == FT_EXPRS || t == FT_STMTS || t == FT_PATTERNS || t == FT_NODES;
}

/* Fold one child into *depth; false when the child may not stand here. */
static bool visit_child(const mt_ast_node *child, int cat, uint32_t *depth, mt_ast_node **bad) {
  if (!child) return true;
  if (mt_ast_categories[child->kind] != cat) {
    *bad = (mt_ast_node *)child;
    return false;
  }
  if (child->depth > *depth) *depth = child->depth;
  return true;
}

uint32_t mt_ast_finish(mt_ast_node *n, mt_ast_node **bad) {
  uint32_t depth = 0;
  *bad = NULL;
  if (!kind_children[n->kind]) return n->depth = 1;
  for (const field_desc *f = kind_fields(n->kind); f->type != FT_END; f++) {
    int cat = field_category(f->type);
    if (cat < 0) continue;
    const char *p = (const char *)n + f->off;
    if (is_list(f->type)) {
      const mt_ast_seq *s = (const mt_ast_seq *)(const void *)p;
      for (uint32_t i = 0; i < s->len; i++)
        if (!visit_child(s->items[i], cat, &depth, bad)) return 0;
    } else {
      const mt_ast_node *child = *(mt_ast_node *const *)(const void *)p;
      if (!visit_child(child, cat, &depth, bad)) return 0;
    }
  }
  if (depth + 1 > MT_AST_MAX_DEPTH) return 0;
  n->depth = (uint16_t)(depth + 1);
  return n->depth;
}

/*
** {==================================================================
** repr() of literals (with the object layer's routines, as Python's repr)
** ===================================================================
*/

static int text_repr(mt_buf *out, const char *s, size_t n, bool bytes) {
  mt_strv v = bytes ? mt_str_bytes_view(s, n) : mt_str_view(s, n, mt_uni_count(s, n), NULL);
  return mt_str_repr(&v, false, out) ? -1 : 0;
}

/* An int literal in decimal. Beyond CPython's 4300-digit limit for int to
** str conversion (where ast.dump itself raises ValueError) it is printed
** in its own base, with its prefix. */
static int int_repr(mt_buf *out, const mt_ast_const *c) {
  const char *d = c->u.bytes;
  size_t n = c->len;
  if (c->base == 10) {
    while (n > 1 && d[0] == '0') d++, n--;
    return mt_buf_append(out, d, n);
  }
  mt_big_text text;
  if (mt_big_scan(&text, d, n, c->base, 0, false) != MT_BIG_OK) return -1;
  uint32_t cap = mt_big_scan_cap(&text);
  mt_limb *limbs = malloc((cap ? cap : 1) * sizeof *limbs);
  if (!limbs) return -1;
  mt_big_out r = {limbs, cap, 0, false};
  int rc = mt_big_from_text(&r, &text);
  if (rc == MT_BIG_OK) {
    mt_big value = {r.d, r.n, false};
    rc = mt_big_to_decimal(out, value, MT_BIG_MAX_STR_DIGITS);
    if (rc == MT_BIG_EDIGITS) rc = mt_big_to_base(out, value, c->base, MT_BIG_PREFIX);
  }
  free(limbs);
  return rc == MT_BIG_OK ? 0 : -1;
}

static int const_repr(mt_buf *out, const mt_ast_const *c) {
  switch ((mt_ast_const_kind)c->kind) {
    case MT_AST_CONST_NONE: return mt_buf_puts(out, "None");
    case MT_AST_CONST_TRUE: return mt_buf_puts(out, "True");
    case MT_AST_CONST_FALSE: return mt_buf_puts(out, "False");
    case MT_AST_CONST_ELLIPSIS: return mt_buf_puts(out, "Ellipsis");
    case MT_AST_CONST_INT: return int_repr(out, c);
    case MT_AST_CONST_FLOAT: return mt_float_repr(out, c->u.f) ? -1 : 0;
    case MT_AST_CONST_IMAG: /* repr(2j) == '2j': the 'r' digits without '.0' */
      return mt_float_format(out, c->u.f, 'r', 0, 0) || mt_buf_putc(out, 'j') ? -1 : 0;
    case MT_AST_CONST_STR: return text_repr(out, c->u.bytes, c->len, false);
    case MT_AST_CONST_BYTES: return text_repr(out, c->u.bytes, c->len, true);
  }
  return -1;
}

/*
** {==================================================================
** Dump
** ===================================================================
*/

#define MAX_DUMP_LEVEL (MT_AST_MAX_DEPTH + 8)

static int dump_node(mt_buf *out, const mt_ast_node *n, int level);

static int dump_list(mt_buf *out, const mt_ast_seq *s, int level) {
  int rc = mt_buf_putc(out, '[');
  for (uint32_t i = 0; i < s->len && !rc; i++) {
    if (i) rc = mt_buf_puts(out, ", ");
    if (!rc) rc = s->items[i] ? dump_node(out, s->items[i], level) : mt_buf_puts(out, "None");
  }
  return rc || mt_buf_putc(out, ']') ? -1 : 0;
}

/* Print one field's value; *omit is set for optional fields that are absent
** (ast.dump leaves out fields whose value is None and whose default is None). */
static int dump_field(mt_buf *out, const mt_ast_node *n, const field_desc *f, int level, bool *omit) {
  const void *p = (const char *)n + f->off;
  const mt_ast_node *child = NULL;
  *omit = false;
  switch ((field_type)f->type) {
    case FT_EXPR: case FT_PATTERN: case FT_NODE:
    case FT_OEXPR: case FT_OPATTERN: case FT_ONODE:
      child = *(mt_ast_node *const *)p;
      *omit = !child;
      return child ? dump_node(out, child, level) : 0;
    case FT_EXPRS: case FT_STMTS: case FT_PATTERNS: case FT_NODES:
      return dump_list(out, p, level);
    case FT_ID: case FT_OID: {
      const mt_ast_id *id = *(const mt_ast_id *const *)p;
      *omit = !id;
      return id ? text_repr(out, id->s, id->len, false) : 0;
    }
    case FT_IDS: {
      const mt_ast_ids *ids = p;
      int rc = mt_buf_putc(out, '[');
      for (uint32_t i = 0; i < ids->len && !rc; i++)
        rc = (i && mt_buf_puts(out, ", ")) || text_repr(out, ids->items[i]->s, ids->items[i]->len, false);
      return rc || mt_buf_putc(out, ']') ? -1 : 0;
    }
    case FT_CONST: return const_repr(out, p);
    case FT_OP: return mt_buf_printf(out, "%s()", mt_ast_op_name(*(const uint8_t *)p));
    case FT_CTX: return mt_buf_printf(out, "%s()", ctx_names[*(const uint8_t *)p]);
    case FT_CMPOPS: {
      const mt_ast_ops *ops = p;
      int rc = mt_buf_putc(out, '[');
      for (uint32_t i = 0; i < ops->len && !rc; i++)
        rc = mt_buf_printf(out, "%s%s()", i ? ", " : "", mt_ast_op_name(ops->items[i]));
      return rc || mt_buf_putc(out, ']') ? -1 : 0;
    }
    case FT_INT: return mt_buf_printf(out, "%d", (int)*(const int32_t *)p);
    case FT_UKIND:
      *omit = !*(const uint8_t *)p;
      return *omit ? 0 : mt_buf_puts(out, "'u'");
    case FT_EMPTY: return mt_buf_puts(out, "[]");
    case FT_PAD: case FT_END: break;
  }
  *omit = true;
  return 0;
}

static int dump_node(mt_buf *out, const mt_ast_node *n, int level) {
  if (level > MAX_DUMP_LEVEL) return -1;
  int rc = mt_buf_puts(out, kind_names[n->kind]) || mt_buf_putc(out, '(');
  bool first = true;
  for (const field_desc *f = kind_fields(n->kind); f->type != FT_END && !rc; f++) {
    size_t mark = out->len;
    if (!first) rc = mt_buf_puts(out, ", ");
    rc = rc || mt_buf_printf(out, "%s=", f->name);
    bool omit = false;
    rc = rc || dump_field(out, n, f, level + 1, &omit);
    if (omit) {
      out->len = mark; /* roll back "name=" */
      out->data[mark] = '\0';
    } else {
      first = false;
    }
  }
  return rc || mt_buf_putc(out, ')') ? -1 : 0;
}

int mt_ast_dump(const mt_ast_node *node, mt_buf *out) {
  return dump_node(out, node, 0);
}
