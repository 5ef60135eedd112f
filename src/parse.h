/*
** parse.h: the parser's entry point: source text in, syntax tree out.
*/
#ifndef MT_PARSE_H
#define MT_PARSE_H

#include "ast.h"
#include "syntax_error.h"

/* Parse src[0..len) as a module (Python's "exec" mode). Returns the Module
** node, allocated in `arena` (which the caller frees), or NULL with *err
** filled: the first error in source order, with CPython 3.11's exception
** name, message and position wherever this parser knows them. */
MT_INTERNAL mt_ast_node *mt_parse(mt_ast_arena *arena, const char *src, size_t len,
                                  mt_syntax_error *err);

#endif
