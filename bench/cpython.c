/*
** cpython.c: the CPython side of monty-bench. The reference interpreter is
** the fastest CPython 3.11 on the machine (Debian's /usr/bin/python3.11 is
** a PGO+LTO build, about 1.2x faster than a plain source build that may
** come first on PATH). A program runs in a child process under a small
** wrapper (WRAPPER) that compiles it, then times only exec() with
** time.perf_counter and writes the seconds to fd 3, so interpreter
** start-up is never counted.
*/
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

extern char **environ;

/* argv: -c WRAPPER FILE SCALE CLOCK. SCALE becomes a global, an int when
** it is integral (monty gets the same value as an input); CLOCK is "wall"
** (perf_counter) or "cpu" (process_time). */
static const char wrapper[] =
    "import os, sys, time\n"
    "path, scale = sys.argv[1], float(sys.argv[2])\n"
    "clock = time.process_time if sys.argv[3] == 'cpu' else time.perf_counter\n"
    "g = {'__name__': '__main__', 'SCALE': int(scale) if scale.is_integer() else scale}\n"
    "with open(path) as f:\n"
    "    code = compile(f.read(), path, 'exec')\n"
    "t = clock()\n"
    "exec(code, g)\n"
    "t = clock() - t\n"
    "sys.stdout.flush()\n"
    "os.write(3, repr(t).encode())\n";

/* Prints the version, the executable, and the best of five timings of a
** short loop (the speed the candidates are ranked by). */
static const char probe[] =
    "import sys, time\n"
    "def loop():\n"
    "    t = time.perf_counter()\n"
    "    x = 0\n"
    "    for i in range(200000):\n"
    "        x += i * 2\n"
    "    return time.perf_counter() - t\n"
    "print(sys.version.split()[0])\n"
    "print(sys.executable)\n"
    "print(min(loop() for _ in range(5)))\n";

/* A child's three outputs: stdout, stderr, fd 3 (memfds). */
typedef struct child_fds {
  int fd[3];
} child_fds;

static void close_fds(child_fds *c) {
  for (int i = 0; i < 3; i++)
    if (c->fd[i] >= 0) close(c->fd[i]);
}

static bool open_fds(child_fds *c) {
  static const char *const names[3] = {"stdout", "stderr", "timing"};
  for (int i = 0; i < 3; i++) c->fd[i] = -1;
  for (int i = 0; i < 3; i++)
    if ((c->fd[i] = memfd_create(names[i], MFD_CLOEXEC)) < 0) {
      close_fds(c);
      return false;
    }
  return true;
}

/* Run argv with stdin from /dev/null and stdout, stderr and fd 3 into
** memfds; read them into out, err and extra (any may be NULL). Returns
** the exit status, or -1 when the child could not start or was killed. */
static int spawn_capture(char *const argv[], text *out, text *err, text *extra) {
  child_fds c;
  if (!open_fds(&c)) return -1;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, c.fd[0], 1);
  posix_spawn_file_actions_adddup2(&fa, c.fd[1], 2);
  posix_spawn_file_actions_adddup2(&fa, c.fd[2], 3);
  pid_t pid;
  int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  int status = -1;
  if (rc == 0) {
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  text *dst[3] = {out, err, extra};
  for (int i = 0; i < 3; i++)
    if (dst[i] && !text_read_fd(dst[i], c.fd[i])) status = -1;
  close_fds(&c);
  return status;
}

bool cpython_run(const cpython *py, const char *path, double scale, bool cpu, text *out, text *err,
                 double *seconds) {
  char scale_text[64];
  snprintf(scale_text, sizeof scale_text, "%.17g", scale);
  char *argv[] = {(char *)py->path, "-I", "-c", (char *)wrapper, (char *)path, scale_text,
                  cpu ? "cpu" : "wall", NULL};
  text timing = {0};
  int status = spawn_capture(argv, out, err, &timing);
  char *end = NULL;
  *seconds = timing.len ? strtod(timing.data, &end) : 0;
  bool ok = status == 0 && end && *end == 0;
  text_free(&timing);
  return ok;
}

/* Run the probe under path: version, resolved executable and loop time. */
static bool probe_speed(cpython *py, const char *path, double *loop_seconds) {
  char *argv[] = {(char *)path, "-I", "-c", (char *)probe, NULL};
  text out = {0};
  bool ok = spawn_capture(argv, &out, NULL, NULL) == 0 && out.data;
  char version[32], exe[4096];
  ok = ok && sscanf(out.data, "%31s %4095s %lf", version, exe, loop_seconds) == 3;
  text_free(&out);
  if (!ok || strncmp(version, "3.11.", 5) != 0) return false;
  if (!realpath(exe, py->path)) return false;
  snprintf(py->version, sizeof py->version, "%s", version);
  return true;
}

bool cpython_probe(cpython *py, const char *path) {
  double t;
  return probe_speed(py, path, &t);
}

/* Candidates: the usual absolute paths first (so they win ties), then
** python3.11 and python3 in every PATH directory. */
static size_t candidates(char (*out)[4096], size_t max) {
  static const char *const fixed[] = {"/usr/bin/python3.11", "/usr/local/bin/python3.11"};
  static const char *const names[] = {"python3.11", "python3"};
  size_t n = 0;
  for (size_t i = 0; i < sizeof fixed / sizeof *fixed && n < max; i++)
    snprintf(out[n++], 4096, "%s", fixed[i]);
  const char *path = getenv("PATH");
  while (path && *path && n < max) {
    size_t len = strcspn(path, ":");
    for (size_t i = 0; i < sizeof names / sizeof *names && n < max; i++)
      snprintf(out[n++], 4096, "%.*s/%s", (int)len, len ? path : ".", names[i]);
    path += len + (path[len] == ':');
  }
  return n;
}

/* The distinct CPython 3.11 interpreters among the candidates, each with
** its best loop time over ROUNDS interleaved probes (so a burst of load on
** the machine hits every candidate alike). */
typedef struct found {
  cpython py;
  double best;
} found;

enum { MAX_CANDIDATES = 64, ROUNDS = 3 };

static size_t find_distinct(found *f, bool verbose) {
  static char cand[MAX_CANDIDATES][4096];
  size_t n = candidates(cand, MAX_CANDIDATES), nf = 0;
  for (size_t i = 0; i < n; i++) {
    found c;
    if (access(cand[i], X_OK) != 0 || !probe_speed(&c.py, cand[i], &c.best)) continue;
    bool dup = false;
    for (size_t k = 0; k < nf && !dup; k++) dup = strcmp(f[k].py.path, c.py.path) == 0;
    if (!dup) f[nf++] = c;
  }
  for (size_t round = 1; round < ROUNDS; round++)
    for (size_t k = 0; k < nf; k++) {
      cpython again;
      double t;
      if (probe_speed(&again, f[k].py.path, &t) && t < f[k].best) f[k].best = t;
    }
  for (size_t k = 0; verbose && k < nf; k++)
    fprintf(stderr, "monty-bench: CPython %s at %s: loop %.2f ms\n", f[k].py.version, f[k].py.path,
            f[k].best * 1e3);
  return nf;
}

bool cpython_find_fastest(cpython *py, bool verbose) {
  static found f[MAX_CANDIDATES];
  size_t nf = find_distinct(f, verbose);
  size_t best = 0;
  /* A later candidate must be clearly faster (5%) to displace an earlier
  ** one: the usual paths come first, and noise should not flip the choice. */
  for (size_t k = 1; k < nf; k++)
    if (f[k].best < f[best].best * 0.95) best = k;
  if (nf) *py = f[best].py;
  return nf > 0;
}
