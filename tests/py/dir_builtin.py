# dir() of core values lists their methods sorted; check membership and
# order rather than the whole (implementation-sized) list.
names = dir("")
print(names == sorted(names), all(m in names for m in ["join", "split", "upper", "format", "startswith"]))
print([m for m in dir([]) if not m.startswith("_")])
print([m for m in dir({}) if not m.startswith("_")])
print([m for m in dir(()) if not m.startswith("_")])
print([m for m in dir(set()) if not m.startswith("_")])
print([m for m in dir("") if not m.startswith("_")])
print([m for m in dir(b"") if not m.startswith("_")])
