/*
** uniname.c: Unicode character names over the table gen_unicode_names.py
** generates, plus the algorithmic names CPython 3.11 spells in code.
**
** The table holds one record per name or alias, in code point order, each
** a list of words that may repeat a prefix of the previous record's list:
**
**   block b (UNINAME_BLOCK records, starts at UNINAME_BLOCK_OFF[b],
**            code points counted from UNINAME_BLOCK_BASE[b]):
**   +--------+---------------+-----------------+------------------------+
**   | [0xFE] | [0xFF varint] | shared:4 fresh:4| fresh token codes ...  |
**   +--------+---------------+-----------------+------------------------+
**    alias    code point delta  tokens kept      c < WORD1: frequent word
**             (1 when absent)   from the         c == HEX: the record's
**                               previous record  code point as %04X
**                                                else 2 bytes: word index
**
** Name to code point: a minimal perfect hash of the upper-cased name gives
** the one record that can match; it is decoded from its block's start and
** spelled out for comparison. So a lookup costs one hash over at most
** MT_UNINAME_MAX_LEN bytes and at most UNINAME_BLOCK record decodes.
*/
#include "uniname.h"

#include <stdio.h>
#include <string.h>

#include "unicode_names.h"

MT_STATIC_ASSERT(UNINAME_MAX_LEN == MT_UNINAME_MAX_LEN, "name length out of sync with the generator");

#define TOK_HEX 0xFFFFu
#define NO_RECORD 0xFFFFu

/* The record being decoded: its code point, kind and word list. */
typedef struct cursor {
  const uint8_t *p;  /* next record */
  uint32_t cp;
  bool alias;
  unsigned ntok;
  uint16_t tok[UNINAME_MAX_TOKENS];  /* word indices, or TOK_HEX */
} cursor;

static void cursor_at_block(cursor *c, uint32_t block) {
  c->p = UNINAME_RECORDS + UNINAME_BLOCK_OFF[block];
  c->cp = UNINAME_BLOCK_BASE[block];
  c->ntok = 0;
}

/* Decode the record at c->p into c and move past it. */
static void next_record(cursor *c) {
  const uint8_t *p = c->p;
  uint32_t delta = 1;
  c->alias = *p == UNINAME_ALIAS;
  p += c->alias;
  if (*p == UNINAME_GAP) {
    p++;
    delta = 0;
    for (unsigned shift = 0;; shift += 7) {
      uint8_t b = *p++;
      delta |= (uint32_t)(b & 0x7F) << shift;
      if (!(b & 0x80)) break;
    }
  }
  c->cp += delta;  /* wraps from the first block's base, 0xFFFFFFFF */
  unsigned n = *p >> 4, fresh = *p & 15;
  p++;
  mt_assert(n <= c->ntok && n + fresh <= UNINAME_MAX_TOKENS);
  for (; fresh; fresh--) {
    uint8_t code = *p++;
    if (code == UNINAME_HEX)
      c->tok[n++] = TOK_HEX;
    else if (code < UNINAME_WORD1)
      c->tok[n++] = UNINAME_FREQ[code];
    else
      c->tok[n++] = (uint16_t)(((code - UNINAME_WORD1) << 8) | *p++);
  }
  c->ntok = n;
  c->p = p;
}

/* Length of word w: the lexicon is sorted by length. */
static uint32_t word_len(uint32_t w) {
  uint32_t len = 1;
  while (UNINAME_LEN_FIRST[len + 1] <= w) len++;
  return len;
}

/* Spell the record in c into out: a space between two words of letters
** and digits, none next to a '-' or ' ' run. */
static size_t spell(const cursor *c, char out[MT_UNINAME_MAX_LEN + 1]) {
  size_t n = 0;
  bool prev_word = false;
  for (unsigned i = 0; i < c->ntok; i++) {
    char hex[9];
    const char *text = hex;
    size_t len;
    if (c->tok[i] == TOK_HEX) {
      len = (size_t)snprintf(hex, sizeof hex, "%04X", (unsigned)c->cp);
    } else {
      len = word_len(c->tok[i]);
      text = (const char *)UNINAME_LEXICON + UNINAME_LEN_OFF[len] +
             (c->tok[i] - UNINAME_LEN_FIRST[len]) * len;
    }
    bool word = text[0] != ' ' && text[0] != '-';
    if (word && prev_word) out[n++] = ' ';
    mt_assert(n + len <= MT_UNINAME_MAX_LEN);
    memcpy(out + n, text, len);
    n += len;
    prev_word = word;
  }
  out[n] = '\0';
  return n;
}

/* ---------------------------------------------------------------------
** Algorithmic names (CPython's _getcode and _getucname)
*/

#define HANGUL_PREFIX "HANGUL SYLLABLE "
#define CJK_PREFIX "CJK UNIFIED IDEOGRAPH-"
#define S_BASE 0xAC00u
#define L_COUNT 19u
#define V_COUNT 21u
#define T_COUNT 28u
#define S_COUNT (L_COUNT * V_COUNT * T_COUNT)

/* The jamo short names (Unicode 14, chapter 3.12), by syllable column. */
static const char *const JAMO_L[L_COUNT] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                            "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const JAMO_V[V_COUNT] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO",
                                            "YE", "O",  "WA", "WAE", "OE", "YO", "U",
                                            "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const JAMO_T[T_COUNT] = {"",  "G",  "GG", "GS", "N",  "NJ", "NH",
                                            "D", "L",  "LG", "LM", "LB", "LS", "LT",
                                            "LP", "LH", "M", "B",  "BS", "S",  "SS",
                                            "NG", "J", "C",  "K",  "T",  "P",  "H"};

/* CPython's find_syllable: the longest jamo of the column that s[0..len)
** starts with (case-sensitive, first of equal lengths); -1 when none. */
static int jamo(const char *const *column, unsigned count, const char *s, size_t len,
                size_t *used) {
  int best = -1;
  size_t best_len = 0;
  for (unsigned i = 0; i < count; i++) {
    size_t n = strlen(column[i]);
    if ((best >= 0 && n <= best_len) || n > len || memcmp(s, column[i], n) != 0) continue;
    best = (int)i;
    best_len = n;
  }
  *used = best_len;
  return best;
}

/* The syllable named by the text after "HANGUL SYLLABLE ". */
static int hangul_lookup(const char *s, size_t len, uint32_t *cp) {
  size_t nl, nv, nt;
  int l = jamo(JAMO_L, L_COUNT, s, len, &nl);
  int v = jamo(JAMO_V, V_COUNT, s + nl, len - nl, &nv);
  int t = jamo(JAMO_T, T_COUNT, s + nl + nv, len - nl - nv, &nt);
  if (l < 0 || v < 0 || t < 0 || nl + nv + nt != len) return -1;
  *cp = S_BASE + ((uint32_t)l * V_COUNT + (uint32_t)v) * T_COUNT + (uint32_t)t;
  return 0;
}

static bool is_unified_ideograph(uint32_t cp) {
  for (size_t i = 0; i < MT_ARRAY_LEN(UNINAME_CJK); i++)
    if (cp >= UNINAME_CJK[i][0] && cp <= UNINAME_CJK[i][1]) return true;
  return false;
}

/* The ideograph named by the 4 or 5 upper-case hex digits after the prefix. */
static int cjk_lookup(const char *s, size_t len, uint32_t *cp) {
  uint32_t v = 0;
  if (len != 4 && len != 5) return -1;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (c >= '0' && c <= '9')
      v = v * 16 + (uint32_t)(c - '0');
    else if (c >= 'A' && c <= 'F')
      v = v * 16 + (uint32_t)(c - 'A' + 10);
    else
      return -1;
  }
  if (!is_unified_ideograph(v)) return -1;
  *cp = v;
  return 0;
}

/* ---------------------------------------------------------------------
** Lookups
*/

static uint32_t fnv1a(const char *s, size_t len) {
  uint32_t h = 0x811C9DC5u;
  for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 0x01000193u;
  return h;
}

static uint32_t fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  return h ^ (h >> 16);
}

/* The only record the upper-cased name up[0..len) can be, or NO_RECORD. */
static uint32_t candidate(const char *up, size_t len) {
  uint32_t h = fnv1a(up, len), g = fmix32(h ^ UNINAME_SEED);
  uint64_t step = 1 + (g >> 16) % (UNINAME_M - 1);
  uint64_t slot = (g % UNINAME_M + UNINAME_DISP[h % UNINAME_NBUCKETS] * step) % UNINAME_M;
  return UNINAME_SLOT[slot];
}

static bool has_prefix(const char *s, size_t len, const char *prefix) {
  size_t n = strlen(prefix);
  return len >= n && memcmp(s, prefix, n) == 0;
}

int mt_uniname_lookup(const char *name, size_t len, uint32_t *cp) {
  char up[MT_UNINAME_MAX_LEN + 1], spelled[MT_UNINAME_MAX_LEN + 1];
  if (len > MT_UNINAME_MAX_LEN) return -1;
  for (size_t i = 0; i < len; i++) {
    char c = name[i];
    up[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
  }
  /* CPython 3.11 matches these prefixes case-sensitively */
  if (has_prefix(name, len, HANGUL_PREFIX))
    return hangul_lookup(name + strlen(HANGUL_PREFIX), len - strlen(HANGUL_PREFIX), cp);
  if (has_prefix(name, len, CJK_PREFIX))
    return cjk_lookup(name + strlen(CJK_PREFIX), len - strlen(CJK_PREFIX), cp);
  uint32_t r = candidate(up, len);
  if (r == NO_RECORD) return -1;
  cursor c;
  cursor_at_block(&c, r / UNINAME_BLOCK);
  for (uint32_t i = 0; i <= r % UNINAME_BLOCK; i++) next_record(&c);
  if (spell(&c, spelled) != len || memcmp(spelled, up, len) != 0) return -1;
  *cp = c.cp;
  return 0;
}

/* The block holding the first record at or after cp (its name, which
** precedes its aliases): the last block whose base, the code point of the
** record before it, is below cp. Block 0's base wraps and is never read. */
static uint32_t block_of(uint32_t cp) {
  uint32_t lo = 0, hi = (uint32_t)MT_ARRAY_LEN(UNINAME_BLOCK_OFF);
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (UNINAME_BLOCK_BASE[mid] < cp)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

size_t mt_uniname_name(uint32_t cp, char out[MT_UNINAME_MAX_LEN + 1]) {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    uint32_t s = cp - S_BASE;
    return (size_t)snprintf(out, MT_UNINAME_MAX_LEN + 1, HANGUL_PREFIX "%s%s%s",
                            JAMO_L[s / (V_COUNT * T_COUNT)], JAMO_V[s / T_COUNT % V_COUNT],
                            JAMO_T[s % T_COUNT]);
  }
  if (is_unified_ideograph(cp))
    return (size_t)snprintf(out, MT_UNINAME_MAX_LEN + 1, CJK_PREFIX "%04X", (unsigned)cp);
  uint32_t block = block_of(cp);
  uint32_t count = UNINAME_COUNT - block * UNINAME_BLOCK;
  cursor c;
  cursor_at_block(&c, block);
  for (uint32_t i = 0; i < count && i < UNINAME_BLOCK; i++) {
    next_record(&c);
    if (c.cp > cp) break;
    if (c.cp == cp && !c.alias) return spell(&c, out);
  }
  out[0] = '\0';
  return 0;
}

size_t mt_uniname_table_bytes(void) { return UNINAME_TABLE_BYTES; }
