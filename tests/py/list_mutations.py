# A sequence of list mutations and the list after each.
l = []
ops = [("append", (1,)), ("extend", ([2, 3],)), ("insert", (0, 0)), ("insert", (-1, 2.5)), ("remove", (2,)),
       ("pop", ()), ("pop", (0,)), ("reverse", ()), ("extend", ("xy",)), ("sort", ()), ("clear", ())]
for name, args in ops:
    try:
        r = getattr(l, name)(*args)
        print(name, args, "->", r, l)
    except TypeError as e:
        print(name, args, "!!", type(e).__name__, e, l)
l.extend(range(5)); c = l.copy(); c[0] = 99
print(l, c, l.index(3), c.count(99))
