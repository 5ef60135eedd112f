# slice attributes and slice.indices() with CPython's messages, for
# lengths and bounds of any size.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = slice(1, "x", [2])
show(lambda: (s.start, s.stop, s.step, slice(4).start, slice(4).stop, slice(4).step))
for sl in [slice(None), slice(None, None, -1), slice(2, -2), slice(-100, 100, 3), slice(100, -100, -3),
           slice(5, 1), slice(-1, None, -2), slice(True, 3)]:
    show(lambda: (sl.indices(0), sl.indices(1), sl.indices(7)))
show(lambda: slice(10 ** 30, -10 ** 30, -10 ** 25).indices(10 ** 40))
show(lambda: slice(None, None, 10 ** 20).indices(10 ** 21))
show(lambda: slice(None).indices(True))
show(lambda: slice(1).indices())
show(lambda: slice(1).indices(1, 2))
show(lambda: slice(1).indices(length=2))
show(lambda: slice(1).indices("a"))
show(lambda: slice(1).indices(2.0))
show(lambda: slice(1).indices(-1))
show(lambda: slice("a").indices(3))
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: slice(1, 2, 1.5).indices(5))
show(lambda: [1, 2, 3][slice(None, None, 10 ** 30)])
show(lambda: slice(1, 2) == slice(1, 2))
sl = slice(1, 2)
show(lambda: setattr(sl, "start", 0))
