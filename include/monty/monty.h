/*
** monty.h: the public C API of ExMonty, the one header an embedder includes.
**
** Everything else in the tree is internal and hidden from the shared-object
** namespace. Only functions marked MONTY_API are exported.
*/
#ifndef MONTY_MONTY_H
#define MONTY_MONTY_H

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

#ifdef __cplusplus
}
#endif

#endif
