# format_map over dicts and other mappings.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("{a}".format_map({"a": 1}), "{a[0]} {b}".format_map({"a": [9], "b": "x"}), "x".format_map(1))
config = {"host": "localhost", "port": 8080}
print("{host}:{port}".format_map(config))
attempt(lambda: "{}".format_map({}))
attempt(lambda: "{a}".format_map({}))
attempt(lambda: "{0}".format_map([1]))
attempt(lambda: "{a}".format_map(1))
attempt(lambda: "{a}".format_map())
