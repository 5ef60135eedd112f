# split/rsplit with maxsplit across whitespace and separators.
s = "  a  b   c d  "
for n in range(-1, 5):
    print(n, s.split(None, n), s.rsplit(None, n), "a,b,c,d".split(",", n), "a,b,c,d".rsplit(",", n))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.split("/", 2), path.rpartition("/")[2], path.split("/")[-2])
print("key=value=more".split("=", 1), "k:v".split(":", maxsplit=0), "a\tb\nc".split(maxsplit=1))
