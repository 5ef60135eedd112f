# Closures created in loops, comprehensions and generators capture the
# loop variable's cell: late binding unless bound via default or helper.
def in_for():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
def in_while():
    fs, i = [], 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]
def via_helper():
    def make(v):
        return lambda: v
    return [make(i)() for i in range(3)]
def in_generator():
    for i in range(3):
        yield lambda: i
def gen_consumed_lazily():
    return [f() for f in in_generator()]
def gen_consumed_eagerly():
    return [f() for f in list(in_generator())]
print(in_for(), in_while(), via_helper(), gen_consumed_lazily(), gen_consumed_eagerly())
def dict_of_closures():
    return {name: (lambda n=name: n.upper()) for name in ["x", "y"]}
print({k: f() for k, f in dict_of_closures().items()})
def nested_comp_closure():
    return [[(lambda: (a, b))() for b in range(2)] for a in range(2)]
print(nested_comp_closure())
