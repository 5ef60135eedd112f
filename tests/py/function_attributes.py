# Functions are objects: attributes can be set, read and augmented;
# __name__, __defaults__ and __kwdefaults__ reflect the definition.
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
counter.calls += 10
counter.label = "hits"
print(counter.calls, counter.label, counter.__name__)
def f(a, b=2, *, c=3):
    return a + b + c
print(f.__defaults__, f.__kwdefaults__, f.__name__)
g = lambda x=1: x
print(g.__name__, g.__defaults__)
def no_defaults():
    pass
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
try:
    no_defaults.missing
except AttributeError as e:
    print(e)
handlers = {}
for name in ["start", "stop"]:
    def h(n=name):
        return n.upper()
    h.tag = name
    handlers[name] = h
print([(k, v.tag, v()) for k, v in handlers.items()])
