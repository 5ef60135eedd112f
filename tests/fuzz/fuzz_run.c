/*
** fuzz_run.c: source text compiled and run by the VM through the public
** API (monty.h), under small limits and a bounded number of ticks, in
** slices as the NIF runs it. Whatever the program, each slice ends with a
** value, a structured exception or a pause, never a crash; a program
** still running after the last slice is dropped with its interpreter.
*/
#include "fuzz.h"
#include "monty/monty.h"

#define MAX_INPUT (16u << 10)
#define SLICES 16
#define TICKS_PER_SLICE 2048

/* A finished or paused result must be well formed. */
static void check_result(const monty_result *r) {
  fuzz_check(r->status == MONTY_OK || r->status == MONTY_EXCEPTION || r->status == MONTY_PAUSED,
             "run ended with status %d: %s", (int)r->status, r->error ? r->error : "");
  fuzz_check(r->output_len == 0 || r->output, "output length without output");
  if (r->status == MONTY_EXCEPTION) {
    const monty_exception *x = r->exception;
    fuzz_check(x && x->type && x->message && x->text, "exception result without its parts");
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *src = fuzz_copy(data, size, MAX_INPUT);
  if (!src) return 0;
  monty_result *res = NULL;
  monty_runner *runner = monty_compile(src, size, "fuzz.py", NULL, 0, &res);
  if (!runner) {
    fuzz_check(res && res->status == MONTY_EXCEPTION && res->exception, "compile failed without a SyntaxError");
    monty_result_free(res);
    free(src);
    return 0;
  }
  monty_limits limits = {.max_memory = 32u << 20, .max_allocations = 1u << 18, .max_duration = 5.0,
                         .max_recursion = 200};
  monty_interp *in = monty_interp_new(&limits);
  fuzz_check(in, "no interpreter");
  res = monty_start(in, runner, NULL, 0);
  for (int slice = 0; !res && slice < SLICES; slice++) {
    res = monty_resume(in, TICKS_PER_SLICE);
    check_result(res);
    if (res->status == MONTY_PAUSED) {
      monty_result_free(res);
      res = NULL;
    }
  }
  monty_result_free(res);
  monty_interp_free(in);
  monty_runner_free(runner);
  free(src);
  return 0;
}
