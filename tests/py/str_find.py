# find / rfind / index / rindex / count with ranges.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("hello", 1), s.find("o", 5, 8), s.find("z"))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count("l", 3, -3))
print(s.find(""), s.find("", 100), s.rfind(""), s.count(""), "".count(""), "abc".find("", 3))
print("héllo wörld".find("wö"), "héllo".index("l", None, None), "日本語".rfind("語"))
print(s.find("o", -5), s.find("o", -100, -10), s.find("hello", 2**70))
attempt(lambda: s.index("xyz"))
attempt(lambda: s.rindex("h", 1, 5))
attempt(lambda: s.find())
attempt(lambda: s.find(1))
attempt(lambda: s.find(None))
attempt(lambda: s.find("a", "x"))
attempt(lambda: s.find("a", 1.5))
attempt(lambda: s.find("a", start=0))
attempt(lambda: s.count("a", None, "x"))
attempt(lambda: s.find("a", 1, 2, 3))
