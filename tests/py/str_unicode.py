# Methods on non-ASCII text: indices count code points.
s = "naïve café 日本語 😀 ok"
print(len(s), s.find("café"), s.index("日"), s.rfind("o"), s.count("é"), s[6:10])
print(s.upper(), s.title(), s.split(), s.partition("日本語"))
print(s.center(30, "·"), s.replace("é", "e"), s.encode("utf-8")[:12], s.startswith("naï"))
long = "é" * 200 + "needle" + "ü" * 100
print(long.find("needle"), long.rfind("ü"), long.count("é"), long[198:208], len(long.upper()))
print("ΣΑΣ".lower(), "ﬀ".upper(), "ß".upper(), "İ".lower(), len("İ".lower()))
