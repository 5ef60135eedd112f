/*
** symtable.h: scope analysis, as CPython 3.11's Python/symtable.c does it.
**
** A first pass over the tree records, per block (the module, each function,
** lambda and comprehension), every name with how it is used (flags). A
** second pass decides each name's scope: local, cell (a local captured by a
** nested block), free (a variable of an enclosing function), global
** explicit (declared global) or global implicit (anything else: at module
** level every name is global). The compiler then maps locals, cells and
** free variables to registers.
**
** Errors are CPython's, with its positions: "name 'x' is used prior to
** global declaration", "no binding for nonlocal 'x' found", "duplicate
** argument 'x' in function definition", "'yield' inside list
** comprehension", "assignment expression cannot rebind comprehension
** iteration variable 'i'", ...
*/
#ifndef MT_SYMTABLE_H
#define MT_SYMTABLE_H

#include "ast.h"
#include "common.h"
#include "syntax_error.h"

/* Use flags of a name in a block. */
#define MT_SYM_FLAGS(X)                                                         \
  X(GLOBAL, 1)      /* declared global (or a walrus target of a module comp.) */ \
  X(LOCAL, 2)       /* bound: assigned, deleted, def, import, for target ... */  \
  X(PARAM, 4)       /* a parameter */                                           \
  X(NONLOCAL, 8)    /* declared nonlocal (or a walrus target in a comp.) */     \
  X(USE, 16)        /* read */                                                  \
  X(IMPORT, 32)     /* bound by import */                                       \
  X(ANNOT, 64)      /* annotated (x: T) */                                      \
  X(COMP_ITER, 128) /* a comprehension iteration variable */                    \
  X(DEL, 256)       /* deleted (del x, or an except-as name): may become unbound */ \
  X(WALRUS, 512)    /* assigned by an assignment expression in this block */

enum {
#define X(name, bit) MT_SYM_##name = bit,
  MT_SYM_FLAGS(X)
#undef X
  MT_SYM_BOUND = MT_SYM_LOCAL | MT_SYM_PARAM | MT_SYM_IMPORT
};

#define MT_SCOPE_KINDS(X) \
  X(UNKNOWN) X(LOCAL) X(CELL) X(FREE) X(GLOBAL_EXPLICIT) X(GLOBAL_IMPLICIT)

typedef enum {
#define X(name) MT_SCOPE_##name,
  MT_SCOPE_KINDS(X)
#undef X
} mt_scope_kind;

/* What kind of block, for comprehensions which one. */
#define MT_BLOCK_KINDS(X) \
  X(MODULE) X(FUNCTION) X(LAMBDA) X(LISTCOMP) X(SETCOMP) X(DICTCOMP) X(GENEXPR)

typedef enum {
#define X(name) MT_BLOCK_##name,
  MT_BLOCK_KINDS(X)
#undef X
} mt_block_kind;

typedef struct mt_sym {
  const mt_ast_id *name;
  uint16_t flags; /* MT_SYM_* */
  uint8_t scope;  /* mt_scope_kind, after analysis */
  uint8_t reg;    /* set by the compiler for LOCAL, CELL and FREE */
  const mt_ast_node *directive; /* first global/nonlocal naming it, for errors */
} mt_sym;

typedef struct mt_block mt_block;

struct mt_block {
  uint8_t kind;           /* mt_block_kind */
  bool generator;         /* contains yield (or is a generator expression) */
  bool has_free;          /* has free variables */
  bool child_free;        /* some nested block has free variables */
  uint8_t comp_iter_target; /* scratch: visiting a comprehension target */
  uint32_t comp_iter_expr;  /* scratch: visiting a comprehension iterable */
  const mt_ast_node *node;  /* Module, FunctionDef, Lambda or the comprehension */
  const mt_ast_id *name;    /* function name, or NULL */
  mt_block *parent;
  mt_block **children;
  uint32_t nchildren, capchildren;
  mt_sym *syms; /* in order of first appearance */
  uint32_t nsyms, capsyms;
  uint32_t *index; /* open addressing: sym index + 1, 0 empty */
  uint32_t indexcap;
  const mt_ast_id **params; /* parameter names in register order */
  uint32_t nparams, capparams;
};

typedef struct mt_symtable {
  mt_ast_arena arena;   /* everything below */
  mt_block *top;        /* the module */
  const mt_ast_id *dot0; /* ".0", the parameter of comprehension blocks */
  const mt_ast_node **keys; /* block of a node: open addressing over nodes */
  mt_block **vals;
  uint32_t mapcap, nblocks;
} mt_symtable;

/* Analyze a Module tree. Returns 0, or -1 with *err filled (the table is
** then freed). On success free with mt_symtable_free. */
MT_INTERNAL int mt_symtable_build(mt_symtable *st, const mt_ast_node *module,
                                  mt_syntax_error *err);
MT_INTERNAL void mt_symtable_free(mt_symtable *st);

/* The block of a Module, FunctionDef, Lambda or comprehension node, or NULL. */
MT_INTERNAL mt_block *mt_symtable_block(const mt_symtable *st, const mt_ast_node *node);

/* A name's entry in a block, or NULL. */
MT_INTERNAL mt_sym *mt_symtable_lookup(const mt_block *b, const mt_ast_id *name);

/* True for the blocks compiled as functions (all but the module). */
static inline bool mt_symtable_is_function(const mt_block *b) {
  return b->kind != MT_BLOCK_MODULE;
}

/* True for comprehension blocks. */
static inline bool mt_symtable_is_comprehension(const mt_block *b) {
  return b->kind >= MT_BLOCK_LISTCOMP;
}

/* Scope name, e.g. "CELL" (for tests and dumps). */
MT_INTERNAL const char *mt_symtable_scope_name(mt_scope_kind s);

/* Equality and hash of identifiers by their text. */
MT_INTERNAL bool mt_symtable_id_eq(const mt_ast_id *a, const mt_ast_id *b);
MT_INTERNAL uint32_t mt_symtable_id_hash(const mt_ast_id *id);

#endif
