/*
** ast.c: the syntax tree's arena, its field tables (derived from
** MT_AST_NODES), depth bookkeeping and the ast.dump-compatible printer.
*/
#include "ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"

/*
** {==================================================================
** Arena
** ===================================================================
*/

#define ALIGN 8u
#define FIRST_BLOCK (32u << 10)
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

void *mt_ast_arena_alloc(mt_ast_arena *a, size_t n) {
  if (n > a->limit) return NULL;
  n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
  if ((size_t)(a->end - a->cur) < n && grow(a, n)) return NULL;
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

static const uint8_t kind_categories[] = {
#define X(name, cat, fields) MT_AST_CAT_##cat,
    MT_AST_NODES(X, _)
#undef X
};

static const uint16_t kind_sizes[] = {
#define X(name, cat, fields) (uint16_t)(offsetof(mt_ast_node, v) + sizeof(mt_ast_##name)),
    MT_AST_NODES(X, _)
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

mt_ast_category mt_ast_kind_category(mt_ast_kind kind) {
  return (mt_ast_category)kind_categories[kind];
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
  if (kind_categories[child->kind] != cat) {
    *bad = (mt_ast_node *)child;
    return false;
  }
  if (child->depth > *depth) *depth = child->depth;
  return true;
}

uint32_t mt_ast_finish(mt_ast_node *n, mt_ast_node **bad) {
  uint32_t depth = 0;
  *bad = NULL;
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
** repr() of literals
** ===================================================================
*/

/* Decode one UTF-8 sequence at s[0..n); returns its length, or 0 if invalid.
** Lone surrogates, which a str may hold ('\ud800'), decode like any code
** point (the lexer stores them in the same three-byte form). */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  size_t len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
  if (!len || len > n || s[0] > 0xF4) return 0;
  uint32_t c = s[0] & (0x7F >> len);
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < min[len] || c > 0x10FFFF) return 0;
  *cp = c;
  return len;
}

/* The quote repr() picks: ' unless the text has ' and no ". */
static char pick_quote(const char *s, size_t n) {
  bool single = memchr(s, '\'', n) != NULL, dbl = memchr(s, '"', n) != NULL;
  return single && !dbl ? '"' : '\'';
}

/* Python's repr() of a str given as UTF-8 (invalid bytes print as \x escapes). */
static int str_repr(mt_buf *out, const char *s, size_t n) {
  char q = pick_quote(s, n);
  int rc = mt_buf_putc(out, q);
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n && !rc;) {
    uint32_t c;
    size_t len = utf8_decode(p + i, n - i, &c);
    if (!len) {
      rc = mt_buf_printf(out, "\\x%02x", p[i]);
      i++;
      continue;
    }
    if (c == (uint32_t)q || c == '\\') rc = mt_buf_printf(out, "\\%c", (char)c);
    else if (c == '\t') rc = mt_buf_puts(out, "\\t");
    else if (c == '\n') rc = mt_buf_puts(out, "\\n");
    else if (c == '\r') rc = mt_buf_puts(out, "\\r");
    else if (mt_lex_is_printable(c)) rc = mt_buf_append(out, p + i, len);
    else if (c < 0x100) rc = mt_buf_printf(out, "\\x%02x", (unsigned)c);
    else if (c < 0x10000) rc = mt_buf_printf(out, "\\u%04x", (unsigned)c);
    else rc = mt_buf_printf(out, "\\U%08x", (unsigned)c);
    i += len;
  }
  return rc ? rc : mt_buf_putc(out, q);
}

static int bytes_repr(mt_buf *out, const char *s, size_t n) {
  char q = pick_quote(s, n);
  int rc = mt_buf_putc(out, 'b') || mt_buf_putc(out, q);
  for (size_t i = 0; i < n && !rc; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == (unsigned char)q || c == '\\') rc = mt_buf_printf(out, "\\%c", c);
    else if (c == '\t') rc = mt_buf_puts(out, "\\t");
    else if (c == '\n') rc = mt_buf_puts(out, "\\n");
    else if (c == '\r') rc = mt_buf_puts(out, "\\r");
    else if (c < 0x20 || c >= 0x7F) rc = mt_buf_printf(out, "\\x%02x", c);
    else rc = mt_buf_putc(out, (char)c);
  }
  return rc ? -1 : mt_buf_putc(out, q);
}

/* Beyond this many digits a non-decimal int is printed in its own base
** (with its prefix) rather than converted; CPython's repr() refuses ints
** of more than 4300 decimal digits anyway. */
#define MAX_CONVERT_DIGITS 8192

static int digit_value(char c) {
  return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Decimal text of an int literal: base conversion by schoolbook
** multiply-add on base-10^9 limbs. */
static int int_repr(mt_buf *out, const mt_ast_const *c) {
  const char *d = c->u.bytes;
  size_t n = c->len;
  while (n > 1 && d[0] == '0') d++, n--;
  if (c->base == 10) return mt_buf_append(out, d, n);
  if (n > MAX_CONVERT_DIGITS) {
    const char *prefix = c->base == 16 ? "0x" : c->base == 8 ? "0o" : "0b";
    return mt_buf_puts(out, prefix) || mt_buf_append(out, d, n) ? -1 : 0;
  }
  size_t cap = n / 2 + 2; /* base-1e9 limbs needed for n base-16 digits, generously */
  uint32_t *limbs = malloc(cap * sizeof *limbs);
  if (!limbs) return -1;
  size_t used = 1;
  limbs[0] = 0;
  for (size_t i = 0; i < n; i++) {
    uint64_t carry = (uint64_t)digit_value(d[i]);
    for (size_t j = 0; j < used; j++) {
      uint64_t v = (uint64_t)limbs[j] * c->base + carry;
      limbs[j] = (uint32_t)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs[used++] = (uint32_t)carry;
  }
  int rc = mt_buf_printf(out, "%u", (unsigned)limbs[used - 1]);
  for (size_t j = used - 1; j-- > 0 && !rc;) rc = mt_buf_printf(out, "%09u", (unsigned)limbs[j]);
  free(limbs);
  return rc;
}

/* repr(float): the shortest digits that read back as v, laid out as
** Python's 'r' format does (exponent form when decpt <= -4 or > 16). */
int mt_ast_float_repr(mt_buf *out, double v, bool dot0) {
  if (isnan(v)) return mt_buf_puts(out, "nan");
  if (isinf(v)) return mt_buf_puts(out, v < 0 ? "-inf" : "inf");
  char tmp[40];
  int prec;
  for (prec = 1; prec < 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
    if (strtod(tmp, NULL) == v) break;
  }
  snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
  /* tmp = [-]d[.ddd]e[+-]xx: collect the digits and the exponent */
  char digits[24];
  int nd = 0;
  const char *p = tmp;
  bool neg = *p == '-';
  if (neg) p++;
  for (; *p != 'e'; p++)
    if (*p != '.') digits[nd++] = *p;
  while (nd > 1 && digits[nd - 1] == '0') nd--;
  int decpt = atoi(p + 1) + 1;
  if (v == 0) decpt = 1;
  int rc = neg ? mt_buf_putc(out, '-') : 0;
  if (decpt <= -4 || decpt > 16) {
    rc = rc || mt_buf_putc(out, digits[0]);
    if (nd > 1) rc = rc || mt_buf_putc(out, '.') || mt_buf_append(out, digits + 1, (size_t)nd - 1);
    int e = decpt - 1;
    return rc || mt_buf_printf(out, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e) ? -1 : 0;
  }
  if (decpt <= 0) {
    rc = rc || mt_buf_puts(out, "0.");
    for (int i = decpt; i < 0 && !rc; i++) rc = mt_buf_putc(out, '0');
    return rc || mt_buf_append(out, digits, (size_t)nd) ? -1 : 0;
  }
  for (int i = 0; i < decpt && !rc; i++) rc = mt_buf_putc(out, i < nd ? digits[i] : '0');
  if (nd > decpt) return rc || mt_buf_putc(out, '.') || mt_buf_append(out, digits + decpt, (size_t)(nd - decpt)) ? -1 : 0;
  return rc || (dot0 && mt_buf_puts(out, ".0")) ? -1 : 0;
}

static int const_repr(mt_buf *out, const mt_ast_const *c) {
  switch ((mt_ast_const_kind)c->kind) {
    case MT_AST_CONST_NONE: return mt_buf_puts(out, "None");
    case MT_AST_CONST_TRUE: return mt_buf_puts(out, "True");
    case MT_AST_CONST_FALSE: return mt_buf_puts(out, "False");
    case MT_AST_CONST_ELLIPSIS: return mt_buf_puts(out, "Ellipsis");
    case MT_AST_CONST_INT: return int_repr(out, c);
    case MT_AST_CONST_FLOAT: return mt_ast_float_repr(out, c->u.f, true);
    case MT_AST_CONST_IMAG: return mt_ast_float_repr(out, c->u.f, false) || mt_buf_putc(out, 'j');
    case MT_AST_CONST_STR: return str_repr(out, c->u.bytes, c->len);
    case MT_AST_CONST_BYTES: return bytes_repr(out, c->u.bytes, c->len);
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
      return id ? str_repr(out, id->s, id->len) : 0;
    }
    case FT_IDS: {
      const mt_ast_ids *ids = p;
      int rc = mt_buf_putc(out, '[');
      for (uint32_t i = 0; i < ids->len && !rc; i++)
        rc = (i && mt_buf_puts(out, ", ")) || str_repr(out, ids->items[i]->s, ids->items[i]->len);
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
