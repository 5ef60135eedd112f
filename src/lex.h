/*
** lex.h: the Python tokenizer (re2c scanner in grammar/lexer.re plus the
** layout filter in lex.c that turns indentation into INDENT/DEDENT).
**
** Token codes are lemon's TK_* from the generated grammar.h; 0 is the end.
** A token is a span of the source; literals are decoded on demand with the
** mt_lex_decode_* functions so the lexer itself never allocates.
**
** The stream follows CPython 3.11's tokenizer, with these conventions:
**   - keywords have their own codes; match/case come as MATCH/CASE (soft
**     keywords: the grammar falls back to NAME);
**   - an f-string is FSTRING_START (prefix and quote), then FSTRING_MIDDLE
**     (literal text, {{ and }} undecoded) and replacement fields
**       LBRACE expr [EQUAL] [EXCLAMATION NAME] [COLON spec] RBRACE
**     where spec is again FSTRING_MIDDLE and fields, then FSTRING_END
**     (closing quote); EQUAL is the debug '=' (the expression text for it
**     is the source between LBRACE and EQUAL's end plus the blanks after);
**   - NEWLINE starts at a comment that precedes it (CPython's position);
**   - $ ? and ` are ERRORTOKEN, which no grammar rule accepts;
**   - errors carry CPython's exception, message, line and offset. Errors
**     3.11 found while converting a string group (all f-string errors)
**     are placed, and ordered against later tokenizer errors, as 3.11 does.
*/
#ifndef MT_LEX_H
#define MT_LEX_H

#include "buf.h"
#include "common.h"
#include "syntax_error.h"

typedef struct mt_token {
  uint32_t kind;            /* TK_* code, 0 at end of input */
  uint32_t off, len;        /* byte span in the source */
  uint32_t line, col;       /* start, 1-based line, 1-based column (in code points) */
  uint32_t end_line, end_col; /* position just past the token */
} mt_token;

/* The lexer's limits on untrusted input. */
#define MT_LEX_MAX_INDENT 100        /* nested indented blocks (CPython's MAXINDENT) */
#define MT_LEX_MAX_BRACKETS 200      /* open brackets, counting f-string nesting */
#define MT_LEX_MAX_FSTRING_DEPTH 32  /* f-strings nested inside replacement fields */
#define MT_LEX_MAX_TOKEN_BYTES (16u << 20) /* one token (e.g. a string literal) */
#define MT_LEX_MAX_SOURCE_BYTES (256u << 20)

typedef struct mt_lexer mt_lexer;

/* Create a lexer over src[0..len) (which need not be NUL-terminated).
** Returns NULL and fills *err (MemoryError, or SyntaxError for a source
** over MT_LEX_MAX_SOURCE_BYTES) on failure. */
MT_INTERNAL mt_lexer *mt_lex_new(const char *src, size_t len, mt_syntax_error *err);
MT_INTERNAL void mt_lex_free(mt_lexer *lx);

/* Produce the next token. Returns 0 and fills *tok (kind 0 at the end, after
** the final NEWLINE and DEDENTs), or -1 with the error in the lexer's err. */
MT_INTERNAL int mt_lex_next(mt_lexer *lx, mt_token *tok);

/* The error that made mt_lex_next return -1 (kind MT_SE_NONE before). */
MT_INTERNAL const mt_syntax_error *mt_lex_error(const mt_lexer *lx);

/* After a syntax error found by the parser (or while decoding a string
** group), CPython 3.11 reads the rest of the source and reports a tokenizer
** error found there instead (or "'(' was never closed" for a bracket
** opened before err_line). Returns 1 with that error in *err, or 0 when the
** parser's error stands. The lexer is spent afterwards. */
MT_INTERNAL int mt_lex_check_rest(mt_lexer *lx, uint32_t err_line, mt_syntax_error *err);

/* The name of a token code, e.g. "NAME", "LPAR". */
MT_INTERNAL const char *mt_lex_token_name(uint32_t kind);

/* Decode a STRING token (prefix and quotes included in its span) into out:
** escapes resolved unless raw, UTF-8 for str, raw bytes for bytes.
** *is_bytes tells which. Returns 0, or -1 with *err filled
** (e.g. "(unicode error) 'unicodeescape' codec can't decode bytes ...").
** Such errors sit at the token's end: CPython reports them at the token
** after the string group, subject to mt_lex_check_rest, which only the
** parser knows. "bytes can only contain ASCII literal characters" sits at
** the token's start, as in CPython. \N{name} knows every name CPython
** 3.11's literals accept (uniname.h). */
MT_INTERNAL int mt_lex_decode_string(const char *src, const mt_token *tok, mt_buf *out,
                                     bool *is_bytes, mt_syntax_error *err);

/* Decode an FSTRING_MIDDLE token: escapes (unless raw) and {{ }} → { }.
** raw comes from the prefix of the enclosing FSTRING_START. */
MT_INTERNAL int mt_lex_decode_fstring_middle(const char *src, const mt_token *tok, bool raw,
                                             mt_buf *out, mt_syntax_error *err);

/* True when the FSTRING_START token's prefix contains r or R. */
MT_INTERNAL bool mt_lex_fstring_is_raw(const char *src, const mt_token *tok);

#endif
