# dict methods and the set operators of dict views
# (gen_native_cases.py -> native_cases_dict.h). "!" compares (result, self).
CASES = [
    "{1: 2, 3: 4}.keys()", "{1: 2}.values()", "{'a': [1]}.items()", "{1: 2}.keys(1)", "{}.items()",
    "{1: 2}.get(1)", "{1: 2}.get(3)", "{1: 2}.get(3, 'd')", "{1: 2}.get()", "{1: 2}.get(1, 2, 3)",
    "{1: 2}.get([1])", "{1: 2}.get(key=1)", "{1.0: 'f'}.get(1)", "{(1, 2): 'x'}.get((1, 2))",
    "!{1: 2}.setdefault(3)", "!{1: 2}.setdefault(1, 5)", "!{'a': 1}.setdefault('b', [])", "{1: 2}.setdefault()",
    "{1: 2}.setdefault([])",
    "!{1: 2, 3: 4}.pop(1)", "{1: 2}.pop(3)", "!{1: 2}.pop(3, None)", "{1: 2}.pop()", "{1: 2}.pop(1, 2, 3)",
    "{1: 2}.pop([])", "{'k': 1}.pop('x')", "{1: 2}.pop((1, 2))",
    "!{1: 2, 3: 4}.popitem()", "{}.popitem()", "{1: 2}.popitem(1)",
    "!{1: 2}.clear()", "{1: 2}.clear(1)", "{1: [2]}.copy()", "{1: 2}.copy(1)",
    "!{1: 2}.update({3: 4})", "!{1: 2}.update([(1, 'x'), [5, 6]])", "!{1: 2}.update(a=1, b=2)",
    "!{}.update([(1, 2)], x=3)", "!{1: 2}.update(['ab'])", "!{}.update({'a', 'b'} and [('k', 'v')])",
    "{1: 2}.update(1)", "{1: 2}.update([1])", "{1: 2}.update([(1, 2, 3)])",
    "{1: 2}.update({3: 4}, {5: 6})", "{1: 2}.update([1, 2])", "{1: 2}.update(None)", "{1: 2}.update((1,))",
    "{1: 2}.update([(1, 2)], [(3, 4)])", "{1: 2}.update([([], 1)])", "!{}.update([b'ab', 'cd', range(2)])",
    "dict.fromkeys([1, 2])", "dict.fromkeys('ab', 0)", "dict.fromkeys()", "dict.fromkeys(1)",
    "dict.fromkeys([[]])", "{}.fromkeys([1])", "dict.fromkeys({'x': 1, 'y': 2}, [])", "dict.fromkeys({3, 1, 2})",
    "dict.fromkeys(range(3), 'v')", "dict.fromkeys([1], 2, 3)", "dict.fromkeys(x=1)",
    # view operators
    "{1: 2}.keys() & {1}", "{1: 2}.keys() | [3]", "{1: 2, 5: 6}.keys() - {1}", "{1: 2}.keys() ^ {1, 5}",
    "{1: 2}.items() & {(1, 2)}", "{1: 2}.items() | {(3, 4)}", "{1: 2}.keys() & 5",
    "{1: [1]}.items() & {(1, 1)}", "{1} | {2: 3}.keys()", "[1, 2] & {2: 0, 3: 0}.keys()",
    "{1: 2, 3: 4}.items() ^ {1: 2, 5: 6}.items()", "{1: 2, 3: 4}.keys() & {3: 0, 4: 0, 5: 0}.keys()",
    "{1: 2, 3: 4}.items() - [(1, 2)]", "(3, 1, 2) & {2: 0, 3: 0}.keys()",
    "{i: i for i in range(10)}.keys() & {i * 3 for i in range(8)}",
    "{1: 2}.items() & {(1, 2): 0}.keys()", "{1: 2}.items() ^ [(1, 3), (5, 6)]",
]
zip_pairs = [('x', 1), ('y', 2)]
