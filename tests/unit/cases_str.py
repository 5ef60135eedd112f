# str methods: results and CPython 3.11's messages for bad calls
# (gen_native_cases.py turns these into native_cases_str.h).
CASES = [
    # case conversions and predicates
    "'hello World'.upper()", "'ÄÖÜ straße'.upper()", "'ΣΑΣ'.lower()", "'Straße'.casefold()",
    "'hello wORLD'.capitalize()", "'ǆemal ǅ'.title()", '"they\'re bill\'s".title()', "'AbC ß'.swapcase()",
    "''.upper()", "'x'.upper(1)", "'x'.lower(a=1)", "'x'.title(1, 2)",
    "'abc'.isalpha()", "'ab1'.isalpha()", "'ab1'.isalnum()", "'١٢'.isdecimal()", "'²'.isdigit()",
    "'²'.isdecimal()", "'½'.isnumeric()", "' \\t\\n'.isspace()", "''.isspace()", "'abc'.islower()",
    "'ABC1'.isupper()", "'Hello World'.istitle()", "'hello World'.istitle()", "'_x1'.isidentifier()",
    "'1x'.isidentifier()", "'a\\tb'.isprintable()", "'é'.isascii()", "'abc'.isascii()", "'1'.isdecimal(1)",
    # find family
    "'hello'.find('l')", "'hello'.rfind('l')", "'hello'.find('l', 3)", "'hello'.find('l', -2, -1)",
    "'hello'.find('z')", "'hello'.index('z')", "'hello'.rindex('h', 1)", "'hello'.count('l')",
    "'a'.count('')", "'abc'.count('', 1)", "'abc'.find('', 4)", "'abc'.find('', 3)",
    "'héllo wörld'.find('wö')", "'héllo'.index('l', None, None)", "'a'.find('a', 2**70)",
    "'a'.find()", "'a'.find(1, 2, 3, 4)", "'a'.find(1)", "'a'.find(None)", "'a'.find('a', 'x')",
    "'a'.find('a', 1.5)", "'a'.find('a', start=0)", "'a'.count()", "'a'.count(1)",
    "'a'.count('a', None, 'x')", "'a'.index()", "'a'.rindex('b')",
    # startswith / endswith
    "'hello'.startswith('he')", "'hello'.startswith('el', 1)", "'hello'.endswith('lo')",
    "'hello'.endswith('l', 0, 4)", "'abc'.startswith(('x', 'b'), 1)", "'abc'.endswith(())",
    "'a'.startswith()", "'a'.startswith('a', x=1)", "'a'.startswith('a', 1, 2, 3)",
    "'a'.startswith(1)", "'a'.startswith((1,))", "'a'.startswith(('a', 1))", "'a'.startswith((1, 'a'))",
    "'x'.endswith('x', 'y')", "'a'.endswith(['a'])",
    # split family
    "'a,b,,c'.split(',')", "'  a  b c '.split()", "'a b c'.split(None, 1)", "'a b c'.rsplit(None, 1)",
    "'a,b,c'.rsplit(',', maxsplit=1)", "'a b'.split(maxsplit=-5)", "'ab'.rsplit('b', 0)",
    "''.split()", "''.split(',')", "'日本,語'.split(',')", "'a\\u2003b'.split()",
    "'a'.split('')", "'a'.split(1)", "'a'.rsplit(sep=1)", "'a'.split('a', 'b', 'c')",
    "'a'.split(sepp=1)", "'a'.split(maxsplit='x')", "'a'.split(None, 2**70)", "'a'.split(',', sep=',')",
    "'l1\\nl2\\r\\nl3\\rl4'.splitlines()", "'l1\\nl2\\r\\n'.splitlines(True)", "'x\\x85y\\u2028z'.splitlines()",
    "'a'.splitlines(keepends=1)", "'a'.splitlines(1.5)", "'a'.splitlines(2**40)", "'a'.splitlines(True, 1)",
    # partition
    "'a=b=c'.partition('=')", "'a=b=c'.rpartition('=')", "'abc'.partition('x')", "'abc'.rpartition('x')",
    "'a'.partition('')", "'abc'.partition(None)", "'a'.partition()", "'ab'.rpartition(sep='a')",
    # strip
    "'  x y  '.strip()", "'xxhixx'.strip('x')", "'xxhixx'.lstrip('x')", "'xxhixx'.rstrip('x')",
    "'\\u3000a\\u3000'.strip()", "'a'.strip(None)", "'a'.strip(1)", "'a'.rstrip(1)", "'a'.lstrip(1)",
    "'a'.strip('a', 'b')", "'a'.strip(chars='a')", "'ééaéé'.strip('é')",
    # removeprefix / removesuffix
    "'prefix_x'.removeprefix('prefix_')", "'x'.removeprefix('y')", "'x.py'.removesuffix('.py')",
    "'x'.removesuffix('')", "'a'.removeprefix(1)", "'a'.removesuffix(None)", "'a'.removeprefix()",
    "'ab'.removeprefix(prefix='a')",
    # replace
    "'aaa'.replace('a', 'b')", "'aaa'.replace('a', 'b', 2)", "'abc'.replace('', '-')",
    "'abc'.replace('x', 'y')", "'héllo'.replace('é', 'e')", "'a'.replace('a', 'b', -1)",
    "'a'.replace('a')", "'a'.replace(1, 2)", "'a'.replace('a', 2)", "'a'.replace('a', 'b', 'c')",
    "'a'.replace('a', 'b', count=1)", "'a'.replace('a', 'b', 2**70)",
    # padding
    "'ab'.center(5, '*')", "'abc'.center(6, '*')", "'ab'.ljust(5)", "'ab'.rjust(5, 'é')",
    "'abc'.center(2)", "'a'.center(-5)", "'a'.center(True)", "'a'.center()", "'a'.center(5, 'ab')",
    "'a'.center(5, 1)", "'a'.center(5, '')", "'a'.center(3, fillchar='x')", "'a'.ljust(2**70)",
    "'a'.center(2**62)", "'a'.ljust(3, 'xy')", "'a'.rjust('3')",
    "'42'.zfill(5)", "'-42'.zfill(5)", "'+x'.zfill(4)", "'x'.zfill(-3)", "''.zfill(3)",
    "'a'.zfill('x')", "'ab'.zfill(1.0)", "'a'.zfill()", "'a'.zfill(width=3)",
    "'a\\tbc\\td'.expandtabs()", "'a\\tb'.expandtabs(4)", "'a\\tb'.expandtabs(tabsize=2)",
    "'a\\tb'.expandtabs(-1)", "'x\\ny\\tz'.expandtabs(3)", "'a'.expandtabs(tabsize='x')",
    "'a'.expandtabs(None)", "'a'.expandtabs(1, 2)", "'a'.expandtabs(2**40)",
    # join
    "','.join(['a', 'b', 'c'])", "''.join(('x', 'y'))", "'-'.join([])", "'-'.join(['solo'])",
    "'é'.join('abc')", "'a'.join({'x': 1, 'y': 2})", "'a'.join(1)", "'a'.join([1])",
    "'a'.join(['a', 2])", "'a'.join(b'ab')", "'a'.join()", "'a'.join(iterable=[])",
    "', '.join(range(0))",
    # encode
    "'héllo'.encode()", "'a'.encode('UTF-8')", "'é'.encode('latin_1')", "'é€'.encode('latin-1', 'replace')",
    "'é'.encode('ascii', 'xmlcharrefreplace')", "'é'.encode('ascii', 'backslashreplace')",
    "'aé'.encode('ascii', errors='ignore')", "'é'.encode('ascii')", "'€x€'.encode('ascii')",
    "'ab€€'.encode('latin-1')", "'a'.encode('zz')", "'a'.encode('')", "'a'.encode(1)",
    "'a'.encode(encoding=None)", "'a'.encode(encoding='ascii', errors=1)", "'a'.encode(errors='bogus')",
    "'é'.encode('ascii', 'bogus')", "'a'.encode('utf-8', 'strict', 3)",
    # translate / maketrans
    "'abc'.translate({97: 'x', 98: None})", "'abc'.translate({97: 300, 98: 'XY'})",
    "'abc'.translate({97: 'é'})", "'abc'.translate('xyz')", "'abc'.translate([1])",
    "'abc'.translate({97: -1})", "'abc'.translate({97: 0x110000})", "'abc'.translate({99: 1.5})",
    "'abc'.translate(1)", "'a'.translate({97: 'x'}, 1)", "'a'.translate()",
    "str.maketrans({'a': 1, 98: 'x', 'c': None})", "str.maketrans('ab', 'cd', 'e')",
    "str.maketrans('ab', 'cd')", "str.maketrans()", "str.maketrans(1)", "str.maketrans('ab', 'c')",
    "str.maketrans({1.5: 'a'})", "str.maketrans({'ab': 'a'})", "str.maketrans('a', 1)",
    "str.maketrans(1, 'a')", "str.maketrans('a', 'b', None)", "str.maketrans('a', 'b', 'c', 'd')",
    "'x'.maketrans('a', 'b')",
]
