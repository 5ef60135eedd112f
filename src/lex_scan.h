/*
** lex_scan.h: the lexer's state, shared by the re2c scanner
** (grammar/lexer.re) and the layout filter (lex.c). Nothing outside the
** lexer includes this file; the parser sees only lex.h.
**
** The scanner works on an owned copy of the source:
**
**   buf: [BOM?][source bytes ...........][\n if missing][\0]
**         ^cur starts after a BOM         ^len          ^limit
**
** The copy always ends with a newline (as CPython appends one) and a NUL
** sentinel, so re2c needs no bounds checks. A NUL byte inside the source
** moves the sentinel to the start of its line: CPython reads source line by
** line and fails on the line holding the NUL. While an f-string is open the
** byte at its closing quote is swapped for a NUL too, so the scanner cannot
** run past the f-string's end (its extent is fixed first, as in 3.11).
** All positions are byte offsets into buf, which equal offsets into the
** caller's source.
*/
#ifndef MT_LEX_SCAN_H
#define MT_LEX_SCAN_H

#include "lex.h"

/* Raw tokens the scanner returns besides the TK_* codes. */
enum {
  MT_RAW_NL = 1000,     /* a newline: \n, \r\n or \r */
  MT_RAW_SENTINEL,      /* the NUL at lx->limit or at an f-string's end */
  MT_RAW_COMMENT,       /* '#' to the end of the line */
  MT_RAW_CONTINUATION,  /* backslash-newline */
  MT_RAW_BACKSLASH,     /* a backslash not followed by a newline */
  MT_RAW_NAME_UTF8,     /* a name with non-ASCII bytes: to be verified */
  MT_RAW_NUMBER_CHECK,  /* a number glued to a name character */
  MT_RAW_FSTRING,       /* a whole f-string, prefix to closing quote */
  MT_RAW_UNTERMINATED,  /* a string opener without its closing quote */
  MT_RAW_INVALID,       /* a byte no token starts with */
};

/* What stopped a run of f-string literal text (mt_lex_scan_fmiddle). */
enum {
  MT_FSTOP_LBRACE = 1,  /* a '{' that opens a replacement field */
  MT_FSTOP_RBRACE,      /* a '}' that is not half of '}}' */
  MT_FSTOP_END,         /* the f-string's closing quote */
};

/* An open bracket, or an f-string replacement field (open == 'F'). */
typedef struct mt_lex_nest {
  uint8_t open;         /* '(', '[', '{' or 'F' */
  uint8_t in_spec;      /* field: scanning its format spec */
  uint8_t has_expr;     /* field: its expression has a token */
  uint8_t spec_level;   /* field: how many format specs enclose it */
  uint8_t mark;         /* field: '=' or '!' whose sequel is unchecked */
  uint32_t mark_off;    /* and its offset */
  uint32_t line;        /* where it opened, for error messages: */
  uint32_t col;         /* line, column */
  uint32_t off;         /* and offset */
} mt_lex_nest;

/* An open f-string. */
typedef struct mt_lex_fstring {
  uint32_t start;       /* offset of the prefix */
  uint32_t body;        /* offset just past the opening quote(s) */
  uint32_t body_end;    /* offset of the closing quote(s) */
  uint32_t end;         /* offset just past the closing quote(s) */
  uint32_t nest_base;   /* lx->depth when the f-string opened */
  uint32_t line;        /* line of start */
  uint32_t line_start;  /* offset of that line's first byte */
  char saved;           /* the byte at body_end, replaced by the sentinel */
  uint8_t raw;
} mt_lex_fstring;

struct mt_lexer {
  char *buf;            /* the padded copy described above */
  uint32_t len;         /* source length in bytes */
  uint32_t limit;       /* offset of the sentinel */
  bool nul_line;        /* the sentinel stands for a NUL byte's line */
  /* scanner position */
  uint32_t cur;         /* next byte to scan */
  uint32_t tok_start;   /* start of the raw token just scanned */
  uint32_t line;        /* line of cur, 1-based */
  uint32_t line_start;  /* offset of the first byte of that line */
  uint32_t cache_off;   /* a column cache on the current line: */
  uint32_t cache_col;   /* the byte at cache_off is code point cache_col */
  uint32_t joined;      /* start of the first line joined to the current one
                        ** by backslashes or multi-line strings */
  /* layout filter (CPython's tok_state: indstack, altindstack, pendin, atbol) */
  bool at_bol;          /* at the beginning of a physical line */
  bool blank_line;      /* the current line has only whitespace/comment */
  uint32_t comment;     /* offset of a comment before the next newline, or 0 */
  bool done;            /* the end marker was produced */
  bool opaque;          /* f-strings are plain strings (see check_rest) */
  int32_t pending;      /* INDENTs (> 0) or DEDENTs (< 0) still to emit */
  uint32_t indent;      /* top of the indentation stacks */
  uint32_t depth;       /* open brackets and fields */
  uint32_t fdepth;      /* open f-strings */
  mt_syntax_error err;
  bool err_signal;      /* err is one CPython's tokenizer only signals */
  /* The stacks (about 6 KB) come last: mt_lex_new zeroes every member
  ** before indstack and sets the stacks' bottom entries; an entry above
  ** is written when pushed, before it is read. A new scalar member goes
  ** above indstack (lex.c asserts that only the stacks lie between
  ** indstack and text). */
  uint32_t indstack[MT_LEX_MAX_INDENT];
  uint32_t altstack[MT_LEX_MAX_INDENT];  /* columns with tab size 1 */
  mt_lex_nest nest[MT_LEX_MAX_BRACKETS];
  mt_lex_fstring fstr[MT_LEX_MAX_FSTRING_DEPTH];
  char text[];          /* the padded copy buf points to, in the same block */
};

/* Scan one raw token from lx->cur in the normal mode; whitespace is
** skipped. Sets lx->tok_start and lx->cur and returns a TK_* or MT_RAW_*. */
MT_INTERNAL uint32_t mt_lex_scan(mt_lexer *lx);

/* Scan f-string literal text from lx->cur: stops before an opening '{', a
** single '}' or the closing quote and returns the MT_FSTOP_* reason with
** lx->cur at that byte. Doubled braces are literal text when top_level;
** raw f-strings give \N{ no special meaning. */
MT_INTERNAL uint32_t mt_lex_scan_fmiddle(mt_lexer *lx, bool top_level, bool raw);

#endif
