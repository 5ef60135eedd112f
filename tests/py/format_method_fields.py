# str.format field syntax: auto and manual numbering, keywords,
# indexing and attributes, conversions, nested specs, literal braces.
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Ada", age=36), "{0} {k}".format(1, k=2))
print("{0[1]} {0[0]} {1[key]} {1[0]}".format(["a", "b"], {"key": "v", 0: "zero"}))
print("{0.real} {0.imag} {1.__name__}".format(5, int))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}".format("x"))
print("{:{}{}}".format("mid", "^", 9), "{:.{prec}f}".format(3.14159, prec=2), "{0:{1}}".format(7, 4))
print("{{}} {{{}}} }}{{".format("in"), "{:%}".format(0.5), "{:,}".format(10 ** 9))
d = {"user": "bo", "n": 3}
print("{user} has {n} items".format(**d), "{0[user]}".format(d))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
bad = ["{", "}", "{0", "{} {1}", "{1} {}", "{0[}".replace("[", "["), "{x}", "{0}", "{0.nope}", "{!z}", "{:d}"]
args = {"{": (), "}": (), "{0": (1,), "{} {1}": (1, 2), "{1} {}": (1, 2), "{0[}": ([1],),
        "{x}": (), "{0}": (), "{0.nope}": (1,), "{!z}": (1,), "{:d}": ("s",)}
for fmt in bad:
    try:
        print(repr(fmt.format(*args[fmt])))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
