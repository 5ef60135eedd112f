/* Criterion tests for the growable byte buffer. */
#include <criterion/criterion.h>
#include <string.h>

#include "buf.h"

Test(buf, append_grows_and_terminates) {
  mt_buf b = MT_BUF_INIT;
  for (int i = 0; i < 1000; i++) cr_assert_eq(mt_buf_putc(&b, (char)('a' + i % 26)), 0);
  cr_assert_eq(b.len, 1000);
  cr_assert_eq(b.data[1000], '\0');
  cr_assert_eq(b.data[27], 'b');
  mt_buf_free(&b);
  cr_assert_null(b.data);
}

Test(buf, printf_formats) {
  mt_buf b = MT_BUF_INIT;
  cr_assert_eq(mt_buf_printf(&b, "%s=%d", "x", 42), 0);
  cr_assert_str_eq(b.data, "x=42");
  mt_buf_clear(&b);
  cr_assert_eq(b.len, 0);
  cr_assert_str_eq(b.data, "");
  mt_buf_free(&b);
}

Test(buf, utf8_encoding) {
  mt_buf b = MT_BUF_INIT;
  mt_buf_put_utf8(&b, 0x41);
  mt_buf_put_utf8(&b, 0xE9);
  mt_buf_put_utf8(&b, 0x20AC);
  mt_buf_put_utf8(&b, 0x1F600);
  cr_assert_eq(b.len, 1 + 2 + 3 + 4);
  cr_assert(memcmp(b.data, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 10) == 0);
  mt_buf_free(&b);
}
