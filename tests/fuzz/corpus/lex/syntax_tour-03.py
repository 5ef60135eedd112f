from contextlib import contextmanager, suppress
