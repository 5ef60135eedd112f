/*
** drive.h: next() for any iterator, including those that run Python code
** (map, filter, and enumerate/zip wrapping them), through native frames
** the VM drives (drive.c).
*/
#ifndef MT_DRIVE_H
#define MT_DRIVE_H

#include "heap.h"

/* next(it): the item or MT_STOP when the object layer can compute it now;
** otherwise MT_NULL after opening the native frames that will, whose
** final result (an item or MT_STOP) goes to the frame below them. MT_EXC
** with TypeError when it is not an iterator. */
MT_INTERNAL mt_value mt_drive_next(mt_vm *vm, mt_value it);

#endif
