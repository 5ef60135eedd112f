/*
** Criterion tests for uniname.c. unicode_names_ref.h lists every name and
** alias of CPython 3.11's unicodedata with its code point (built straight
** from unicodedata, not from the packed table); the edge cases were checked
** against python3.11's "\N{...}" and unicodedata.name when written.
*/
#include <criterion/criterion.h>
#include <string.h>

#include "uniname.h"

typedef struct uniname_ref {
  uint32_t cp;
  int alias;
  const char *name;
} uniname_ref;

#include "unicode_names_ref.h"

static int lookup(const char *name, uint32_t *cp) { return mt_uniname_lookup(name, strlen(name), cp); }

static void lower(const char *s, char *out) {
  size_t i = 0;
  for (; s[i]; i++) out[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
  out[i] = '\0';
}

Test(uniname, every_name_and_alias_both_ways) {
  char low[MT_UNINAME_MAX_LEN + 1], got[MT_UNINAME_MAX_LEN + 1];
  for (size_t i = 0; i < MT_ARRAY_LEN(UNINAME_REF); i++) {
    const uniname_ref *r = &UNINAME_REF[i];
    uint32_t cp = 0;
    cr_assert_eq(lookup(r->name, &cp), 0, "lookup %s", r->name);
    cr_assert_eq(cp, r->cp, "lookup %s", r->name);
    lower(r->name, low);
    cp = 0;
    cr_assert(lookup(low, &cp) == 0 && cp == r->cp, "lookup %s", low);
    if (!r->alias) {
      cr_assert_eq(mt_uniname_name(r->cp, got), strlen(r->name), "name of U+%04X", r->cp);
      cr_assert_str_eq(got, r->name);
    }
  }
}

/* Hangul syllables (all of them) and CJK unified ideographs (every range's
** ends and a sample): upper case only, as in 3.11. */
Test(uniname, algorithmic_names) {
  char low[MT_UNINAME_MAX_LEN + 1], got[MT_UNINAME_MAX_LEN + 1];
  for (size_t i = 0; i < MT_ARRAY_LEN(UNINAME_REF_ALGORITHMIC); i++) {
    const uniname_ref *r = &UNINAME_REF_ALGORITHMIC[i];
    uint32_t cp = 0;
    cr_assert(lookup(r->name, &cp) == 0 && cp == r->cp, "lookup %s", r->name);
    cr_assert_eq(mt_uniname_name(r->cp, got), strlen(r->name), "name of U+%04X", r->cp);
    cr_assert_str_eq(got, r->name);
    lower(r->name, low);
    cr_assert_eq(lookup(low, &cp), -1, "%s", low);
  }
}

Test(uniname, edges) {
  static const struct {
    const char *name;
    uint32_t cp;
  } known[] = {
      {"SPACE", 0x20},                          /* first named code point */
      {"VARIATION SELECTOR-256", 0xE01EF},      /* last */
      {"variation selector-256", 0xE01EF},
      {"NULL", 0x0},                            /* first alias (no name) */
      {"nul", 0x0},
      {"LATIN CAPITAL LETTER GHA", 0x1A2},      /* alias of a named one */
      {"BYTE ORDER MARK", 0xFEFF},
      {"BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE RIGHT AND MIDDLE LEFT TO LOWER CENTRE",
       0x1FBA9},                                /* the longest name, 88 */
      {"tibetan mark tsa -phru", 0xF39},        /* " -" inside a name */
      {"TIBETAN MARK BKA- SHOG YIG MGO", 0xF0A},
      {"CJK COMPATIBILITY IDEOGRAPH-F900", 0xF900},
      {"cjk compatibility ideograph-f900", 0xF900},
      {"HANGUL SYLLABLE GA", 0xAC00},
      {"HANGUL SYLLABLE A", 0xC544},            /* empty leading jamo */
      {"HANGUL SYLLABLE GGAEGG", 0xAE6A},
      {"HANGUL SYLLABLE HIH", 0xD7A3},
      {"HANGUL JUNGSEONG O-YEO", 0xD7B0},
      {"CJK UNIFIED IDEOGRAPH-3400", 0x3400},
      {"CJK UNIFIED IDEOGRAPH-4DBF", 0x4DBF},
      {"HEXAGRAM FOR THE CREATIVE HEAVEN", 0x4DC0},
      {"CJK UNIFIED IDEOGRAPH-04E00", 0x4E00},  /* five digits */
      {"CJK UNIFIED IDEOGRAPH-9FFF", 0x9FFF},
      {"YI SYLLABLE IT", 0xA000},
      {"CJK UNIFIED IDEOGRAPH-2B81D", 0x2B81D},
      {"CJK UNIFIED IDEOGRAPH-3134A", 0x3134A},
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(known); i++) {
    uint32_t cp = 0;
    cr_assert(lookup(known[i].name, &cp) == 0 && cp == known[i].cp, "%s", known[i].name);
  }
  static const char *const unknown[] = {
      "", " ", "LATIN  SMALL LETTER A", " LATIN SMALL LETTER A", "LATIN SMALL LETTER A ",
      "LATIN SMALL LETTER", "hangul syllable GA", "Hangul SYLLABLE GA", "HANGUL SYLLABLE ga",
      "HANGUL SYLLABLE ", "HANGUL SYLLABLE HIHH", "HANGUL SYLLABLE G", "HANGUL SYLLABLE",
      "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-A000",
      "CJK UNIFIED IDEOGRAPH-4DC0", "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-2B739",
      "CJK UNIFIED IDEOGRAPH-3134B", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-123",
      "CJK UNIFIED IDEOGRAPH-004E00", "TANGUT IDEOGRAPH-17000",
      "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", /* named sequences: rejected */
      "KEYCAP NUMBER SIGN", "SNOWMAN\xC3\xA9", "\\N{SNOWMAN}",
  };
  for (size_t i = 0; i < MT_ARRAY_LEN(unknown); i++) {
    uint32_t cp = 0x12345;
    cr_assert_eq(lookup(unknown[i], &cp), -1, "%s", unknown[i]);
    cr_assert_eq(cp, 0x12345);
  }
}

/* Names longer than the longest are rejected before any hashing; the
** lookup never reads past len. */
Test(uniname, bounded) {
  static char big[1 << 20];
  memset(big, 'A', sizeof big);
  uint32_t cp;
  cr_assert_eq(mt_uniname_lookup(big, sizeof big, &cp), -1);
  cr_assert_eq(mt_uniname_lookup(big, MT_UNINAME_MAX_LEN + 1, &cp), -1);
  const char *longest =
      "BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE RIGHT AND MIDDLE LEFT TO LOWER CENTRE";
  cr_assert_eq(strlen(longest), MT_UNINAME_MAX_LEN);
  char padded[MT_UNINAME_MAX_LEN + 2];
  memcpy(padded, longest, MT_UNINAME_MAX_LEN);
  padded[MT_UNINAME_MAX_LEN] = 'X';
  cr_assert_eq(mt_uniname_lookup(padded, MT_UNINAME_MAX_LEN + 1, &cp), -1);
  cr_assert_eq(mt_uniname_lookup(padded, MT_UNINAME_MAX_LEN, &cp), 0);
  cr_assert_eq(mt_uniname_lookup("SPACEX", 5, &cp), 0);
  cr_assert_eq(cp, 0x20);
}

Test(uniname, code_points_without_a_name) {
  static const uint32_t none[] = {0x0,     0x1F,    0x7F,    0x9F,   0x378,    0xD800,
                                  0xE000,  0xD7A4,  0x2A6E0, 0x17000, 0xF0000, 0x10FFFF,
                                  0x110000, 0xFFFFFFFF};
  char got[MT_UNINAME_MAX_LEN + 1];
  for (size_t i = 0; i < MT_ARRAY_LEN(none); i++) {
    cr_assert_eq(mt_uniname_name(none[i], got), 0, "U+%04X", none[i]);
    cr_assert_str_eq(got, "");
  }
  cr_assert_eq(mt_uniname_name(0xAC00, got), 18);
  cr_assert_str_eq(got, "HANGUL SYLLABLE GA");
}

Test(uniname, table_is_compact) {
  cr_assert_gt(mt_uniname_table_bytes(), 100000);
  cr_assert_lt(mt_uniname_table_bytes(), 512 * 1024);
}
