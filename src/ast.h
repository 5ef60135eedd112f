/*
** ast.h: the abstract syntax tree the parser builds and the compiler reads.
**
** Node kinds and their fields are declared once, in MT_AST_NODES below,
** mirroring CPython 3.11's Parser/Python.asdl (same class names, same field
** names and order), so mt_ast_dump() prints exactly what Python's
** ast.dump(ast.parse(src)) prints and tests can be checked against CPython.
**
** Every node lives in a per-parse bump arena (mt_ast_arena) and is freed
** with it. Positions use the lexer's convention (see lex.h), NOT CPython's
** ast attributes: line is 1-based, col is 1-based and counted in code points,
** and (end_line, end_col) is the position just past the node. (CPython's
** col_offset is a 0-based UTF-8 byte offset; our col is what CPython prints
** as SyntaxError.offset.)
**
** Node layout (the union member is only as large as its kind needs; a node
** is allocated with offsetof(mt_ast_node, v) + that member's size):
**
**   +------+-------+-------+------+-----+---------+---------+-----------+
**   | kind | flags | depth | line | col | end_line| end_col | v.<Kind>  |
**   |  u8  |  u8   |  u16  | u32  | u32 |   u32   |   u32   | fields... |
**   +------+-------+-------+------+-----+---------+---------+-----------+
*/
#ifndef MT_AST_H
#define MT_AST_H

#include "buf.h"
#include "common.h"

/* Deepest tree the parser builds (a leaf has depth 1). Every recursive walk
** of a tree (dump, compiler) may rely on this bound. */
#define MT_AST_MAX_DEPTH 1000

/* Default bound on one arena's total size. */
#define MT_AST_ARENA_DEFAULT_LIMIT ((size_t)1 << 30)

/*
** Field types. Each names the C member type, and for node-valued fields the
** category of node it holds (checked when a node is finished):
**   EXPR/OEXPR/EXPRS          expression, optional expression, list of them
**                             (EXPRS items may be NULL: Dict keys for **x,
**                             kw_defaults without a default; dumped None)
**   STMTS                     list of statements
**   PATTERN/OPATTERN/PATTERNS match patterns
**   NODE/ONODE/NODES          helper nodes (arguments, arg, keyword, ...)
**   ID/OID/IDS                identifier, optional identifier, list of them
**   CONST                     a literal value (Constant, MatchSingleton)
**   OP, CTX, CMPOPS           operator, expression context, comparison ops
**   INT                       a small integer (simple, level, is_async, ...)
**   UKIND                     Constant.kind: 'u' when set, omitted when not
**   EMPTY                     a list CPython fills that we never use
**                             (Module.type_ignores): no storage, dumps []
**   PAD                       no field at all (Pass, Break, Continue): one
**                             byte so the member struct is not empty
*/
#define MT_AST_NODES(X, F)                                                              \
  X(Module, MOD, F(STMTS, body) F(EMPTY, type_ignores))                                 \
  X(FunctionDef, STMT,                                                                  \
    F(ID, name) F(NODE, args) F(STMTS, body) F(EXPRS, decorator_list) F(OEXPR, returns)) \
  X(AsyncFunctionDef, STMT,                                                             \
    F(ID, name) F(NODE, args) F(STMTS, body) F(EXPRS, decorator_list) F(OEXPR, returns)) \
  X(ClassDef, STMT,                                                                     \
    F(ID, name) F(EXPRS, bases) F(NODES, keywords) F(STMTS, body) F(EXPRS, decorator_list)) \
  X(Return, STMT, F(OEXPR, value))                                                      \
  X(Delete, STMT, F(EXPRS, targets))                                                    \
  X(Assign, STMT, F(EXPRS, targets) F(EXPR, value))                                     \
  X(AugAssign, STMT, F(EXPR, target) F(OP, op) F(EXPR, value))                          \
  X(AnnAssign, STMT, F(EXPR, target) F(EXPR, annotation) F(OEXPR, value) F(INT, simple)) \
  X(For, STMT, F(EXPR, target) F(EXPR, iter) F(STMTS, body) F(STMTS, orelse))           \
  X(AsyncFor, STMT, F(EXPR, target) F(EXPR, iter) F(STMTS, body) F(STMTS, orelse))      \
  X(While, STMT, F(EXPR, test) F(STMTS, body) F(STMTS, orelse))                         \
  X(If, STMT, F(EXPR, test) F(STMTS, body) F(STMTS, orelse))                            \
  X(With, STMT, F(NODES, items) F(STMTS, body))                                         \
  X(AsyncWith, STMT, F(NODES, items) F(STMTS, body))                                    \
  X(Match, STMT, F(EXPR, subject) F(NODES, cases))                                      \
  X(Raise, STMT, F(OEXPR, exc) F(OEXPR, cause))                                         \
  X(Try, STMT, F(STMTS, body) F(NODES, handlers) F(STMTS, orelse) F(STMTS, finalbody))  \
  X(TryStar, STMT, F(STMTS, body) F(NODES, handlers) F(STMTS, orelse) F(STMTS, finalbody)) \
  X(Assert, STMT, F(EXPR, test) F(OEXPR, msg))                                          \
  X(Import, STMT, F(NODES, names))                                                      \
  X(ImportFrom, STMT, F(OID, module) F(NODES, names) F(INT, level))                     \
  X(Global, STMT, F(IDS, names))                                                        \
  X(Nonlocal, STMT, F(IDS, names))                                                      \
  X(Expr, STMT, F(EXPR, value))                                                         \
  X(Pass, STMT, F(PAD, pad))                                                            \
  X(Break, STMT, F(PAD, pad))                                                           \
  X(Continue, STMT, F(PAD, pad))                                                        \
  X(BoolOp, EXPR, F(OP, op) F(EXPRS, values))                                           \
  X(NamedExpr, EXPR, F(EXPR, target) F(EXPR, value))                                    \
  X(BinOp, EXPR, F(EXPR, left) F(OP, op) F(EXPR, right))                                \
  X(UnaryOp, EXPR, F(OP, op) F(EXPR, operand))                                          \
  X(Lambda, EXPR, F(NODE, args) F(EXPR, body))                                          \
  X(IfExp, EXPR, F(EXPR, test) F(EXPR, body) F(EXPR, orelse))                           \
  X(Dict, EXPR, F(EXPRS, keys) F(EXPRS, values))                                        \
  X(Set, EXPR, F(EXPRS, elts))                                                          \
  X(ListComp, EXPR, F(EXPR, elt) F(NODES, generators))                                  \
  X(SetComp, EXPR, F(EXPR, elt) F(NODES, generators))                                   \
  X(DictComp, EXPR, F(EXPR, key) F(EXPR, value) F(NODES, generators))                   \
  X(GeneratorExp, EXPR, F(EXPR, elt) F(NODES, generators))                              \
  X(Await, EXPR, F(EXPR, value))                                                        \
  X(Yield, EXPR, F(OEXPR, value))                                                       \
  X(YieldFrom, EXPR, F(EXPR, value))                                                    \
  X(Compare, EXPR, F(EXPR, left) F(CMPOPS, ops) F(EXPRS, comparators))                  \
  X(Call, EXPR, F(EXPR, func) F(EXPRS, args) F(NODES, keywords))                        \
  X(FormattedValue, EXPR, F(EXPR, value) F(INT, conversion) F(OEXPR, format_spec))      \
  X(JoinedStr, EXPR, F(EXPRS, values))                                                  \
  X(Constant, EXPR, F(CONST, value) F(UKIND, kind))                                     \
  X(Attribute, EXPR, F(EXPR, value) F(ID, attr) F(CTX, ctx))                            \
  X(Subscript, EXPR, F(EXPR, value) F(EXPR, slice) F(CTX, ctx))                         \
  X(Starred, EXPR, F(EXPR, value) F(CTX, ctx))                                          \
  X(Name, EXPR, F(ID, id) F(CTX, ctx))                                                  \
  X(List, EXPR, F(EXPRS, elts) F(CTX, ctx))                                             \
  X(Tuple, EXPR, F(EXPRS, elts) F(CTX, ctx))                                            \
  X(Slice, EXPR, F(OEXPR, lower) F(OEXPR, upper) F(OEXPR, step))                        \
  X(comprehension, HELPER, F(EXPR, target) F(EXPR, iter) F(EXPRS, ifs) F(INT, is_async)) \
  X(ExceptHandler, HELPER, F(OEXPR, type) F(OID, name) F(STMTS, body))                  \
  X(arguments, HELPER,                                                                  \
    F(NODES, posonlyargs) F(NODES, args) F(ONODE, vararg) F(NODES, kwonlyargs)          \
    F(EXPRS, kw_defaults) F(ONODE, kwarg) F(EXPRS, defaults))                           \
  X(arg, HELPER, F(ID, arg) F(OEXPR, annotation))                                       \
  X(keyword, HELPER, F(OID, arg) F(EXPR, value))                                        \
  X(alias, HELPER, F(ID, name) F(OID, asname))                                          \
  X(withitem, HELPER, F(EXPR, context_expr) F(OEXPR, optional_vars))                    \
  X(match_case, HELPER, F(PATTERN, pattern) F(OEXPR, guard) F(STMTS, body))            \
  X(MatchValue, PATTERN, F(EXPR, value))                                                \
  X(MatchSingleton, PATTERN, F(CONST, value))                                           \
  X(MatchSequence, PATTERN, F(PATTERNS, patterns))                                      \
  X(MatchMapping, PATTERN, F(EXPRS, keys) F(PATTERNS, patterns) F(OID, rest))           \
  X(MatchClass, PATTERN,                                                                \
    F(EXPR, cls) F(PATTERNS, patterns) F(IDS, kwd_attrs) F(PATTERNS, kwd_patterns))     \
  X(MatchStar, PATTERN, F(OID, name))                                                   \
  X(MatchAs, PATTERN, F(OPATTERN, pattern) F(OID, name))                                \
  X(MatchOr, PATTERN, F(PATTERNS, patterns))                                            \
  /* Parser-internal: "(a as b, c)" after 'with'; never in a finished tree. */          \
  X(ParenWithItems, INTERNAL, F(NODES, items))

/* Operators of BinOp/AugAssign, BoolOp, UnaryOp and Compare, by ast class name. */
#define MT_AST_OPS(X)                                                                   \
  X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow) X(LShift) X(RShift) X(BitOr)    \
  X(BitXor) X(BitAnd) X(FloorDiv) X(And) X(Or) X(Invert) X(Not) X(UAdd) X(USub) X(Eq)   \
  X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) X(IsNot) X(In) X(NotIn)

#define MT_AST_CTXS(X) X(Load) X(Store) X(Del)

#define MT_AST_CATEGORIES(X) X(MOD) X(STMT) X(EXPR) X(PATTERN) X(HELPER) X(INTERNAL)

/* Literal kinds of a Constant / MatchSingleton. */
#define MT_AST_CONST_KINDS(X)                                                           \
  X(NONE) X(TRUE) X(FALSE) X(ELLIPSIS) X(INT) X(FLOAT) X(IMAG) X(STR) X(BYTES)

typedef enum {
#define X(name, cat, fields) MT_AST_##name,
  MT_AST_NODES(X, _)
#undef X
  MT_AST_KIND_COUNT
} mt_ast_kind;

typedef enum {
#define X(name) MT_AST_OP_##name,
  MT_AST_OPS(X)
#undef X
  MT_AST_OP_COUNT
} mt_ast_op;

typedef enum {
#define X(name) MT_AST_CTX_##name,
  MT_AST_CTXS(X)
#undef X
} mt_ast_ctx;

typedef enum {
#define X(name) MT_AST_CAT_##name,
  MT_AST_CATEGORIES(X)
#undef X
} mt_ast_category;

typedef enum {
#define X(name) MT_AST_CONST_##name,
  MT_AST_CONST_KINDS(X)
#undef X
} mt_ast_const_kind;

typedef struct mt_ast_node mt_ast_node;

/* An interned identifier: equal names of one parse share one mt_ast_id. */
typedef struct mt_ast_id {
  uint32_t len;
  uint32_t hash;
  char s[]; /* NUL-terminated UTF-8 */
} mt_ast_id;

typedef struct mt_ast_seq {
  mt_ast_node **items;
  uint32_t len, cap;
} mt_ast_seq;

typedef struct mt_ast_ids {
  const mt_ast_id **items;
  uint32_t len, cap;
} mt_ast_ids;

typedef struct mt_ast_ops {
  uint8_t *items; /* mt_ast_op */
  uint32_t len, cap;
} mt_ast_ops;

/* A literal. INT keeps the digits (no prefix, no underscores) and the base,
** since ints may be arbitrarily long; STR is UTF-8, BYTES raw bytes. */
typedef struct mt_ast_const {
  uint8_t kind; /* mt_ast_const_kind */
  uint8_t base; /* INT: 2, 8, 10 or 16 */
  uint32_t len; /* INT: digit count; STR/BYTES: byte length */
  union {
    const char *bytes; /* INT digits, STR/BYTES contents (NUL-terminated) */
    double f;          /* FLOAT value, IMAG imaginary part */
  } u;
} mt_ast_const;

/* C member type of each field type. */
#define MT_AST_CTYPE_EXPR mt_ast_node *
#define MT_AST_CTYPE_OEXPR mt_ast_node *
#define MT_AST_CTYPE_EXPRS mt_ast_seq
#define MT_AST_CTYPE_STMTS mt_ast_seq
#define MT_AST_CTYPE_PATTERN mt_ast_node *
#define MT_AST_CTYPE_OPATTERN mt_ast_node *
#define MT_AST_CTYPE_PATTERNS mt_ast_seq
#define MT_AST_CTYPE_NODE mt_ast_node *
#define MT_AST_CTYPE_ONODE mt_ast_node *
#define MT_AST_CTYPE_NODES mt_ast_seq
#define MT_AST_CTYPE_ID const mt_ast_id *
#define MT_AST_CTYPE_OID const mt_ast_id *
#define MT_AST_CTYPE_IDS mt_ast_ids
#define MT_AST_CTYPE_CONST mt_ast_const
#define MT_AST_CTYPE_OP uint8_t
#define MT_AST_CTYPE_CTX uint8_t
#define MT_AST_CTYPE_CMPOPS mt_ast_ops
#define MT_AST_CTYPE_INT int32_t
#define MT_AST_CTYPE_UKIND uint8_t
#define MT_AST_CTYPE_PAD uint8_t
#define MT_AST_MEMBER(type, name) MT_AST_MEMBER_##type(type, name)
#define MT_AST_MEMBER_EMPTY(type, name)
#define MT_AST_MEMBER_EXPR(type, name) MT_AST_CTYPE_##type name;
#define MT_AST_MEMBER_OEXPR MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_EXPRS MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_STMTS MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_PATTERN MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_OPATTERN MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_PATTERNS MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_NODE MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_ONODE MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_NODES MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_ID MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_OID MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_IDS MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_CONST MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_OP MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_CTX MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_CMPOPS MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_INT MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_UKIND MT_AST_MEMBER_EXPR
#define MT_AST_MEMBER_PAD MT_AST_MEMBER_EXPR

/* One struct per kind, e.g. mt_ast_BinOp { left; op; right; }. */
#define X(name, cat, fields) typedef struct mt_ast_##name { fields } mt_ast_##name;
MT_AST_NODES(X, MT_AST_MEMBER)
#undef X

/* Node flags, set by the parser. */
enum {
  MT_AST_F_PAREN = 1,   /* written inside extra parentheses: "(x)" */
  MT_AST_F_DISPLAY = 2, /* a Tuple written as a parenthesized display "(a, b)" */
  MT_AST_F_BARE_GEN = 4, /* a GeneratorExp written without its own parentheses: f(x for x in y) */
  MT_AST_F_STAR_HANDLER = 8 /* an ExceptHandler written except* */
};

struct mt_ast_node {
  uint8_t kind;   /* mt_ast_kind */
  uint8_t flags;  /* MT_AST_F_* */
  uint16_t depth; /* height of the subtree, 1 for a leaf */
  uint32_t line, col, end_line, end_col;
  union {
#define X(name, cat, fields) mt_ast_##name name;
    MT_AST_NODES(X, _)
#undef X
  } v;
};

MT_STATIC_ASSERT(MT_AST_KIND_COUNT <= 256, "node kinds fit the u8 kind field");
MT_STATIC_ASSERT(MT_AST_MAX_DEPTH < UINT16_MAX, "depth fits the u16 depth field");

/* The per-parse allocator: a chain of malloc'd blocks, freed at once. */
typedef struct mt_ast_arena {
  struct mt_ast_block *blocks; /* newest first */
  char *cur, *end;             /* free space of the newest block */
  size_t total;                /* bytes malloc'd so far */
  size_t limit;                /* bound on total */
} mt_ast_arena;

MT_INTERNAL void mt_ast_arena_init(mt_ast_arena *a, size_t limit);
MT_INTERNAL void mt_ast_arena_free(mt_ast_arena *a);
/* The slow path of mt_ast_arena_alloc: a new block. */
MT_INTERNAL void *mt_ast_arena_alloc_block(mt_ast_arena *a, size_t n);

#define MT_AST_ALIGN 8u

/* n bytes aligned for any node, or NULL when memory or the limit is exhausted. */
static inline void *mt_ast_arena_alloc(mt_ast_arena *a, size_t n) {
  n = (n + MT_AST_ALIGN - 1) & ~(size_t)(MT_AST_ALIGN - 1);
  if (MT_UNLIKELY((size_t)(a->end - a->cur) < n)) return mt_ast_arena_alloc_block(a, n);
  void *p = a->cur;
  a->cur += n;
  return p;
}

/* Allocate a node of `kind` with all fields zero, or NULL. */
MT_INTERNAL mt_ast_node *mt_ast_new(mt_ast_arena *a, mt_ast_kind kind);

/* Category of each kind (indexed by mt_ast_kind). */
MT_INTERNAL const uint8_t mt_ast_categories[MT_AST_KIND_COUNT];

/* Class name and category of a kind, e.g. "BinOp", MT_AST_CAT_EXPR. */
MT_INTERNAL const char *mt_ast_kind_name(mt_ast_kind kind);
static inline mt_ast_category mt_ast_kind_category(mt_ast_kind kind) {
  return (mt_ast_category)mt_ast_categories[kind];
}
MT_INTERNAL const char *mt_ast_op_name(mt_ast_op op);

/* Set n->depth from its children and check every child's category. Returns
** the depth, or 0 when a child is a parser-internal node (*bad is set to
** it) or the depth would exceed MT_AST_MAX_DEPTH (*bad is NULL). */
MT_INTERNAL uint32_t mt_ast_finish(mt_ast_node *n, mt_ast_node **bad);

/* Append to a list, growing it in the arena. Return 0, or -1 when out of memory. */
MT_INTERNAL int mt_ast_seq_push(mt_ast_arena *a, mt_ast_seq *s, mt_ast_node *item);
MT_INTERNAL int mt_ast_ids_push(mt_ast_arena *a, mt_ast_ids *s, const mt_ast_id *item);
MT_INTERNAL int mt_ast_ops_push(mt_ast_arena *a, mt_ast_ops *s, mt_ast_op op);

/* Write the tree in the format of Python's ast.dump(node) (no attributes).
** Returns 0, or -1 when out of memory or the tree is deeper than
** MT_AST_MAX_DEPTH + 8 levels (never the case for a tree the parser built). */
MT_INTERNAL int mt_ast_dump(const mt_ast_node *node, mt_buf *out);

#endif
