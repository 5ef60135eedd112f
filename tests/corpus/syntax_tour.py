"""A tour of the statement and expression forms the grammar accepts, written
as a program that runs under Python 3.11."""

import asyncio
import os.path as osp, sys
from contextlib import contextmanager, suppress
from dataclasses import (
    dataclass,
    field,
)
from typing import *  # noqa: F401,F403

assert sys.version_info >= (3, 11), "needs Python 3.11"
x = y = z = 0
a, b = b, a = 1, 2
[c, *d], e = (3, 4, 5), 6
x += 1; y -= 2; z *= 3
x //= 2; y **= 2; z %= 4
x <<= 3; x >>= 1; x |= 1; x &= 7; x ^= 2
w: int
v: int = 5
(u): str = "paren"
del v, u
pass


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    tags: tuple = field(default_factory=tuple)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_pair(cls, pair, /, *, scale=1):
        return cls(*(scale * v for v in pair))


class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        ns.setdefault("kind", kwargs.get("kind", "plain"))
        return super().__new__(mcs, name, bases, ns)


class Shape(object, metaclass=Meta, kind="shape"):
    sides: ClassVar[int] = 0


def describe(value):
    match value:
        case None | True | False:
            return f"singleton {value}"
        case int(n) if n < 0:
            return "negative int"
        case 0 | 1 | -1 | 2.5 | 1 + 2j | -3 - 4j:
            return f"literal {value!r}"
        case "hi" | b"bytes":
            return "greeting"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case [] | ():
            return "empty sequence"
        case [first, *rest] if not rest:
            return f"one item {first}"
        case [_, _, *_] as seq:
            return f"sequence of {len(seq)}"
        case {"type": "circle", "r": r, **others}:
            return f"circle r={r} extra={sorted(others)}"
        case {osp.sep: path}:
            return f"path {path}"
        case str() | bytes():
            return "text"
        case (a, b):
            return "pair"
        case _:
            return "something else"


def params(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> dict:
    return dict(a=a, b=b, c=c, args=args, d=d, e=e, kwargs=kwargs)


def gen(n):
    total = 0
    for i in range(n):
        received = yield i
        if received is not None:
            total += received
    else:
        return total


def delegate():
    result = yield from gen(3)
    yield result


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name
    finally:
        log.append(f"</{name}>")


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


async def agen(n):
    for i in range(n):
        yield await fetch(i)


async def amain():
    results = [await fetch(i) for i in range(3)]
    async for v in agen(3):
        results.append(v)
    squares = [v * v async for v in agen(4) if v]
    lock = asyncio.Lock()
    async with lock:
        results.append(sum(squares))
    return results


def exceptions():
    out = []
    try:
        raise ValueError("bad")
    except (TypeError, ValueError) as err:
        out.append(type(err).__name__)
    except Exception:
        out.append("other")
    else:
        out.append("no error")
    finally:
        out.append("finally")
    try:
        raise ExceptionGroup("group", [KeyError("k"), OSError("o")])
    except* KeyError as eg:
        out.append(len(eg.exceptions))
    except* OSError:
        out.append("os")
    with suppress(ZeroDivisionError):
        1 / 0
    while True:
        try:
            continue
        finally:
            break
    return out


def scopes():
    counter = 0

    def bump():
        nonlocal counter
        counter += 1
        return counter

    global GLOBAL_FLAG
    GLOBAL_FLAG = bump() + bump()
    return counter


def expressions():
    data = list(range(10))
    s = data[1:8:2], data[:3], data[7:], data[::-3], data[:]
    t = (lambda q, *r, k=1, **kw: (q, r, k, kw))(1, 2, k=3, z=4)
    u = [n for n in data if n % 2 if n > 2 for _ in range(1)]
    conditional = "yes" if data and not None else "no"
    chained = 0 < data[1] <= 1 < 2 is not None not in [3]
    bits = ~5 & 0xFF | 0o17 ^ 0b101 << 2 >> 1
    nums = 1_000_000 + 0x_ff + 1e-3 + 2.5e+2 + 3j.imag + .5 + 5.
    text = ("implicit " "concatenation " f"with {len(data):>4d} " rf"raw\d" 'quotes "inner"')
    nested = f"{'nested ' + f'{data[0]!r:^5}'}|{conditional=}|{3.14159:.{2}f}"
    walrus = [y for x in data if (y := x * 2) > 10]
    star = [*data[:2], *"ab"], {*data[:2]}, {**{"a": 1}, "b": 2}
    matrix = [[i * j for j in range(3)] for i in range(3)]
    gen_sum = sum(x for x in data)
    ellipsis = ...
    return s, t, u, conditional, chained, bits, nums, text, nested, walrus, star, matrix, gen_sum, ellipsis


if __name__ == "__main__":
    p = Point.from_pair((1, 2), scale=2) + Point(1, 1)
    print(p, Point.origin(), Shape.kind, Shape.sides)
    for value in [None, -5, 0, 1 + 2j, "hi", Point(0, 0), Point(2, 2), Point(1, 3), [], [1],
                  [1, 2, 3], {"type": "circle", "r": 2, "c": 3}, {"/": "root"}, "text", (1, 2), 3.5]:
        print(describe(value))
    print(params(1, d=4, f=6), params(1, 2, 3, 4, 5, d=6))
    g = gen(4)
    print(next(g), g.send(10), g.send(20), list(delegate()))
    log = []
    with tag("a", log) as first, tag("b", log):
        log.append(first)
    with (tag("c", log) as third,
          tag("d", log)):
        log.append(third)
    print(log)
    print(asyncio.run(amain()))
    print(exceptions(), scopes(), GLOBAL_FLAG)
    for item in expressions():
        print(item)
    if x > 100:
        print("big")
    elif x > 3:
        print("medium", x, y, z)
    else:
        print("small")
    i = 0
    while i < 3:
        i += 1
    else:
        print("loop done", i, a, b, c, d, e, w if False else v if False else "v")
