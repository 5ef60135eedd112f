/*
** monty.c: the public API (include/monty/monty.h).
*/
#include "monty/monty.h"

const char *monty_version(void) { return MONTY_VERSION; }
