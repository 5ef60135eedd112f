/*
** monty.h: the public C API of ExMonty, the one header an embedder includes.
**
** Everything else in the tree is internal and hidden from the shared-object
** namespace. Only functions marked MONTY_API are exported.
**
** The model (ExMonty's):
**   monty_compile   source text + script name + input names -> a runner
**                   (immutable; can be run any number of times, from any
**                   thread, on any interpreter)
**   monty_interp    one interpreter: an arena holding every Python object
**                   and the whole execution state, under limits
**   monty_runtime   optional, shared by many interpreters on any threads:
**                   recycled arenas and a prepared fresh state, so that
**                   monty_interp_new_in costs no system call
**   monty_run       run a runner on an interpreter with input values: the
**                   value of the program's last expression, the captured
**                   print() output, or a structured exception
**   monty_start + monty_resume
**                   the same in slices: each resume runs until a budget of
**                   ticks (backward jumps, calls, returns) is used up, so a
**                   host can yield between slices (the NIF runs ~1 ms each)
**
** Values cross the boundary as monty_value trees owned by whoever made
** them: inputs by the caller, results by the library (monty_result_free).
** An interpreter is not thread-safe: use it from one thread at a time.
*/
#ifndef MONTY_MONTY_H
#define MONTY_MONTY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MONTY_API __attribute__((visibility("default")))

#define MONTY_VERSION_MAJOR 0
#define MONTY_VERSION_MINOR 1
#define MONTY_VERSION_PATCH 0
#define MONTY_VERSION "0.1.0"
/* The Python language version whose semantics ExMonty follows. */
#define MONTY_PYTHON_VERSION "3.11"

/* The library's version string (may differ from MONTY_VERSION when a
** program is linked against a newer library than it was compiled with). */
MONTY_API const char *monty_version(void);

/* ---- values ---- */

typedef enum monty_kind {
  MONTY_NONE,
  MONTY_BOOL,      /* u.b */
  MONTY_INT,       /* u.i: an int that fits int64 */
  MONTY_BIGINT,    /* u.s: an int as decimal text, "-" first when negative */
  MONTY_FLOAT,     /* u.f */
  MONTY_STR,       /* u.s: UTF-8 text */
  MONTY_BYTES,     /* u.s */
  MONTY_LIST,      /* u.seq */
  MONTY_TUPLE,     /* u.seq */
  MONTY_DICT,      /* u.seq: 2 * len items, key then value, insertion order */
  MONTY_SET,       /* u.seq */
  MONTY_FROZENSET, /* u.seq */
  MONTY_ELLIPSIS,
  MONTY_OTHER,     /* results only: any other object, as u.s = its repr() */
} monty_kind;

typedef struct monty_value {
  monty_kind kind;
  union {
    bool b;
    int64_t i;
    double f;
    struct {
      const char *data; /* NUL-terminated too */
      size_t len;
    } s;
    struct {
      struct monty_value *items;
      size_t len; /* items; for DICT, pairs */
    } seq;
  } u;
} monty_value;

/* ---- limits ---- */

typedef struct monty_limits {
  uint64_t max_memory;      /* bytes of arena; 0: no limit but the 4 GiB arena */
  uint64_t max_allocations; /* objects allocated in a run; 0: no limit */
  double max_duration;      /* seconds per run (TimeoutError); 0: no limit */
  uint32_t max_recursion;   /* Python call depth; 0: 1000, as CPython */
} monty_limits;

/* ---- results ---- */

typedef enum monty_status {
  MONTY_OK,          /* value holds the result */
  MONTY_EXCEPTION,   /* exception holds what escaped the program */
  MONTY_PAUSED,      /* monty_resume: the budget ran out; resume again */
  MONTY_ERROR,       /* error: bad use of the API (missing inputs, ...) */
} monty_status;

typedef struct monty_frame {
  const char *filename;
  uint32_t line;
  const char *function; /* "<module>", "f", "<lambda>", ... */
  const char *source;   /* the source line, stripped; NULL if unknown */
} monty_frame;

typedef struct monty_exception {
  const char *type;      /* "ZeroDivisionError", "SyntaxError", ... */
  const char *message;   /* str() of the exception: "division by zero" */
  monty_frame *frames;   /* the traceback, outermost call first */
  size_t nframes;
  /* __cause__, or else __context__ unless suppressed: what CPython prints
  ** above this exception; NULL if none. */
  const struct monty_exception *chained;
  bool chained_is_cause; /* "direct cause" rather than "during handling" */
  uint32_t line, column; /* SyntaxError: position (1-based); else 0 */
  /* Everything as CPython prints it on stderr (chained exceptions,
  ** "Traceback (most recent call last):", source lines, the last line). */
  const char *text;
  /* NameError, AttributeError: the name CPython 3.11's traceback suggests
  ** instead of the missing one (text ends "... Did you mean: 'value'?";
  ** message does not, like str() of the exception); else NULL. */
  const char *suggestion;
  /* The notes added to it (add_note, __notes__), each line ending in a
  ** newline, as text prints them below the exception's line; else NULL. */
  const char *notes;
} monty_exception;

typedef struct monty_result {
  monty_status status;
  monty_value value;            /* MONTY_OK */
  const char *output;           /* print() output captured by this call */
  size_t output_len;
  const monty_exception *exception; /* MONTY_EXCEPTION */
  const char *error;            /* MONTY_ERROR */
} monty_result;

MONTY_API void monty_result_free(monty_result *r);

/* ---- runtimes ---- */

/* A runtime is what the interpreters of one embedder share so that a new
** interpreter costs no system call and no setup: a cache of released
** arena mappings and a prepared image of a fresh interpreter, which
** monty_interp_new_in copies (about 0.1 us, where monty_interp_new maps
** and builds a new arena: several us).
**
** A runtime is thread-safe: interpreters of one runtime may be created
** and freed on any threads at once (a mutex guards the cache; each
** interpreter is still used from one thread at a time). It holds no
** Python state: interpreters never see each other's objects, and every
** arena is zeroed before it is reused. Interpreters of one runtime opened
** in a row share their str/bytes hash seed, in windows of 64 interpreters
** (a fresh seed per window); a seed is never shared across runtimes.
**
** monty_runtime_free may be called while interpreters of the runtime are
** still alive: the runtime then takes no new ones (monty_interp_new_in
** gives NULL while any of them lives) and the last of them frees it, as
** SQLite's sqlite3_close_v2 does. Freeing a runtime twice, or using it
** after its last interpreter is gone, is undefined, as with free(). */
typedef struct monty_runtime monty_runtime;

/* A new runtime, NULL when out of memory. */
MONTY_API monty_runtime *monty_runtime_new(void);
/* Release rt (NULL: nothing), or mark it to be freed by its last
** interpreter. */
MONTY_API void monty_runtime_free(monty_runtime *rt);

/* ---- interpreters ---- */

typedef struct monty_interp monty_interp;

/* A new interpreter of its own (limits may be NULL for the defaults): it
** maps and builds its arena itself. NULL when the memory cannot be
** reserved. */
MONTY_API monty_interp *monty_interp_new(const monty_limits *limits);
/* A new interpreter from runtime rt (rt NULL: as monty_interp_new). NULL
** when the memory cannot be reserved or rt has been freed. */
MONTY_API monty_interp *monty_interp_new_in(monty_runtime *rt, const monty_limits *limits);
/* Free an interpreter (NULL: nothing); its arena goes back to its
** runtime's cache. */
MONTY_API void monty_interp_free(monty_interp *in);

/* ---- compiling ---- */

typedef struct monty_runner monty_runner;

/* Compile source[0..len) as script `script_name` (as tracebacks show it,
** "main.py" when NULL) whose free variables input_names[0..ninputs) are
** given by the host at each run. Returns the runner, or NULL with *error
** (when error is not NULL) set to a MONTY_EXCEPTION result (SyntaxError)
** or MONTY_ERROR result (empty or duplicate input names). */
MONTY_API monty_runner *monty_compile(const char *source, size_t len, const char *script_name,
                                      const char *const *input_names, size_t ninputs,
                                      monty_result **error);
MONTY_API void monty_runner_free(monty_runner *r);

/* ---- running ---- */

/* Run r on in with inputs[i] for input name i (ninputs must match).
** Each run starts from fresh globals. Never NULL (out of memory gives a
** MONTY_ERROR result). */
MONTY_API monty_result *monty_run(monty_interp *in, const monty_runner *r, const monty_value *inputs,
                                  size_t ninputs);

/* The same in slices. monty_start sets up the run (NULL on success, else
** the failing result); each monty_resume runs up to budget ticks and
** returns MONTY_PAUSED (with the output printed meanwhile) until the run
** ends. The runner must outlive the run. */
MONTY_API monty_result *monty_start(monty_interp *in, const monty_runner *r, const monty_value *inputs,
                                    size_t ninputs);
MONTY_API monty_result *monty_resume(monty_interp *in, uint64_t budget);

/* ---- debugging aids (the CLI's --ast and --dis) ---- */

/* The syntax tree of source as Python's ast.dump() prints it, or the
** bytecode listing; NULL with *error set as in monty_compile. Free the
** text with monty_text_free. */
MONTY_API char *monty_dump_ast(const char *source, size_t len, monty_result **error);
MONTY_API char *monty_disassemble(const monty_runner *r);
MONTY_API void monty_text_free(char *text);

#ifdef __cplusplus
}
#endif

#endif
