# bytes split/strip/join/replace/case/predicates together.
raw = b"  GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n"
lines = raw.strip().split(b"\r\n")
method, path, version = lines[0].split()
headers = dict(l.split(b": ", 1) for l in lines[1:] if l)
print(method, path, version, headers)
print(method.lower(), path.lstrip(b"/").rsplit(b".", 1), version.replace(b"HTTP/", b"").split(b"."))
print(b"|".join(sorted(headers)), b"-".join([b"a", b"b"]).upper(), headers[b"Host"].endswith(b".com"))
print([b.isalpha() for b in (method, path, b"123", b"")], b"hello world".title(), b"AbC".swapcase(), b"x".join([]))
