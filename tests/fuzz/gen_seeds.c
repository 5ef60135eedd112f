/*
** gen_seeds.c: seed inputs for the fuzz targets that read binary formats,
** written at build time (their layouts follow the code, so they are never
** committed).
**
**   gen_seeds OUTDIR STAMP [PROGRAM.py ...]
**
** OUTDIR/proto_verify/: each program (and a few built-in snippets)
** compiled, every proto of it encoded on its own (proto_codec.h).
** OUTDIR/heap_load/, OUTDIR/snapshot_load/: interpreters holding objects
** of every kind, as arena images and snapshots (gen_images.c).
** STAMP is written last, for meson.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compile.h"
#include "gen_seeds.h"
#include "proto_codec.h"

void gen_die(const char *what, const char *detail) {
  fprintf(stderr, "gen_seeds: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
  exit(1);
}

static void make_dir(const char *path) {
  if (mkdir(path, 0777) && errno != EEXIST) gen_die("cannot create", path);
}

void gen_write_file(const char *dir, const char *name, const void *p, size_t n) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(p, 1, n, f) != n || fclose(f)) gen_die("cannot write", path);
}

/*
** {==================================================================
** Protos
** ===================================================================
*/

static const char *const snippets[] = {
    "x * 2\n",
    "def f(a, b=1, /, *c, d, e=2, **g):\n    return a + b, c, d, e, g\n",
    "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n"
    "    return inner\n",
    "try:\n    x = 1 / y\nexcept (ZeroDivisionError, TypeError) as e:\n    raise ValueError('bad') from e\n"
    "finally:\n    print('done')\n",
    "def g(n):\n    for i in range(n):\n        if i % 2:\n            yield i\n    yield from range(3)\n",
    "r = [x * y for x in a if x for y in b]\nd = {k: v for k, v in items}\ns = {*a, *b}\n",
    "with open(p) as f, lock:\n    a, *b, c = f.read().split(',', maxsplit=2)\n",
    "f(*args, key=1, **kw)\nobj.method(1, 2, x=3)\nprint(f'{v!r:>{w}} {w=}')\n",
    "while n > 0:\n    n -= 1\n    if n == 5:\n        break\nelse:\n    n = None\n",
    "import math\nfrom json import dumps as d\nassert math.pi > 3, 'pi'\ndel d\n",
    "lambda a, *, b=2: (a if b else -a)\nx = (y := 10) ** 2 // 3 % 4 << 1 | 8 & ~0 ^ 5\n",
    "t = (1, 2.5, 3j, 'str', b'bytes', None, True, ..., 10**30, (1, (2,)))\n",
};

static void write_proto_tree(const char *dir, const char *stem, const mt_proto *p, uint32_t *n) {
  mt_buf b = MT_BUF_INIT;
  if (fuzz_proto_encode(p, &b)) gen_die("out of memory", NULL);
  /* the codec must give back what it was given */
  mt_ast_arena arena;
  mt_ast_arena_init(&arena, 0);
  const mt_proto *q = fuzz_proto_decode((const uint8_t *)b.data, b.len, &arena);
  mt_buf d1 = MT_BUF_INIT, d2 = MT_BUF_INIT;
  char msg[200] = "";
  if (!q || mt_proto_dump(p, &d1) || mt_proto_dump(q, &d2) || d1.len != d2.len ||
      memcmp(d1.data, d2.data, d1.len))
    gen_die("proto codec round trip differs for", stem);
  if (mt_proto_verify(q, msg, sizeof msg)) gen_die("decoded proto rejected", msg);
  mt_buf_free(&d1);
  mt_buf_free(&d2);
  mt_ast_arena_free(&arena);
  char name[256];
  snprintf(name, sizeof name, "%s-%u.bin", stem, (*n)++);
  gen_write_file(dir, name, b.data, b.len);
  mt_buf_free(&b);
  for (uint32_t i = 0; i < p->nprotos; i++) write_proto_tree(dir, stem, p->protos[i], n);
}

static void write_compiled(const char *dir, const char *stem, const char *src, size_t len) {
  mt_syntax_error err = {0};
  mt_compiled *unit = mt_compile_source(src, len, "seed.py", &err);
  if (!unit) return; /* programs with constructs the compiler refuses */
  uint32_t n = 0;
  write_proto_tree(dir, stem, unit->main, &n);
  mt_compile_free(unit);
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) gen_die("cannot read", path);
  mt_buf b = MT_BUF_INIT;
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (mt_buf_append(&b, chunk, n)) gen_die("out of memory", NULL);
  fclose(f);
  *len = b.len;
  return b.data;
}

static void write_protos(const char *dir, int nprograms, char **programs) {
  for (size_t i = 0; i < MT_ARRAY_LEN(snippets); i++) {
    char stem[32];
    snprintf(stem, sizeof stem, "snippet%zu", i);
    write_compiled(dir, stem, snippets[i], strlen(snippets[i]));
  }
  for (int i = 0; i < nprograms; i++) {
    size_t len;
    char *src = read_all(programs[i], &len);
    const char *base = strrchr(programs[i], '/');
    char stem[128];
    snprintf(stem, sizeof stem, "p%d-%s", i, base ? base + 1 : programs[i]);
    char *dot = strrchr(stem, '.');
    if (dot) *dot = 0;
    write_compiled(dir, stem, src ? src : "", len);
    free(src);
  }
}

int main(int argc, char **argv) {
  if (argc < 3) gen_die("usage: gen_seeds OUTDIR STAMP [PROGRAM.py ...]", NULL);
  char protos[4096], heaps[4096], snaps[4096];
  snprintf(protos, sizeof protos, "%s/proto_verify", argv[1]);
  snprintf(heaps, sizeof heaps, "%s/heap_load", argv[1]);
  snprintf(snaps, sizeof snaps, "%s/snapshot_load", argv[1]);
  make_dir(argv[1]);
  make_dir(protos);
  make_dir(heaps);
  make_dir(snaps);
  write_protos(protos, argc - 3, argv + 3);
  gen_images(heaps, snaps);
  gen_write_file(".", argv[2], "", 0);
  return 0;
}
