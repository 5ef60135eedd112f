# count: non-overlapping matches, ranges, empty needles.
s = "aaaa"
print(s.count("aa"), s.count("a"), s.count("aaa"), s.count(""), s.count("", 2), s.count("", 5), s.count("a", -2))
print("abababa".count("aba"), "mississippi".count("ss"), "mississippi".count("i", 2, -2), "".count("a"))
print("日本日本日".count("日本"), "é" * 10 .count("éé") if False else ("é" * 10).count("éé"))
print("abc".count("b", 1, 1), "abc".count("b", 1, 2), "abc".count("abcd"))
