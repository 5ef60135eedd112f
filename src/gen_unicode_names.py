#!/usr/bin/env python3
"""gen_unicode_names.py NAMES_H REF_H: build-time generator of the Unicode
character name table (uniname.c), read from the running CPython 3.11.

Names come from unicodedata.name; the name aliases (NameAliases.txt, which
\\N{...} accepts but unicodedata.name never returns) from the name function
behind unicodedata._ucnhash_CAPI, which CPython itself uses for \\N escapes
and which spells each alias at its private code point 0xF0000 + i. Hangul
syllables and CJK unified ideographs have algorithmic names and stay out of
the table (uniname.c spells them); only the ranges of the latter are emitted.

NAMES_H (included by uniname.c only), drawn also in uniname.c:

  records    one per name or alias, in code point order (a name before the
             aliases of its code point), cut into blocks of UNINAME_BLOCK:
               [0xFE]             the record is an alias
               [0xFF varint]      code point delta from the previous record
                                  (1 when absent)
               header             (shared << 4) | fresh: the first `shared`
                                  tokens repeat the previous record's, then
                                  `fresh` token codes follow
             A token code is one byte c < UNINAME_WORD1 (word UNINAME_FREQ[c]),
             UNINAME_HEX (the record's code point in hex, %04X), or two bytes
             (c - UNINAME_WORD1) << 8 | next (a word index). A block's first
             record shares nothing; UNINAME_BLOCK_OFF gives where each block
             starts and UNINAME_BLOCK_BASE the code point before it.
  lexicon    every word once, sorted by length then text; word i of length L
             is at UNINAME_LEN_OFF[L] + (i - UNINAME_LEN_FIRST[L]) * L.
             Words are runs of [A-Z0-9] or of ' ' and '-'; a space is implied
             between two runs of [A-Z0-9].
  index      a minimal perfect hash from the upper-cased name to the record:
             h = FNV-1a(name), g = fmix32(h ^ UNINAME_SEED),
             slot = (g % M + d * (1 + (g >> 16) % (M - 1))) % M with
             d = UNINAME_DISP[h % B]; UNINAME_SLOT[slot] is the record
             (0xFFFF: none).

REF_H (included by tests/unit/test_uniname.c only): every name and alias
with its code point, straight from unicodedata, plus the algorithmic names
of the range boundaries, so the unit test checks the packing end to end.
"""
import collections
import ctypes
import re
import sys
import unicodedata

if unicodedata.unidata_version != '14.0.0':
    sys.exit('gen_unicode_names.py: need Python 3.11 (Unicode 14.0.0), got '
             'Unicode %s from %s' % (unicodedata.unidata_version, sys.version))

BLOCK = 32
HEX = '#HEX'
ALIAS_BASE, ALIAS_END = 0xF0000, 0xF0200   # CPython: aliases, then named sequences
CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-'
HANGUL_PREFIX = 'HANGUL SYLLABLE '
M32 = 0xFFFFFFFF


def cpython_aliases():
    """(alias, code point) for every name alias, in CPython's order."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    getname_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                                 ctypes.c_int)

    class NameCAPI(ctypes.Structure):
        _fields_ = [('getname', getname_t), ('getcode', ctypes.c_void_p)]

    api = NameCAPI.from_address(get_pointer(unicodedata._ucnhash_CAPI,
                                            b'unicodedata._ucnhash_CAPI'))
    buf = ctypes.create_string_buffer(300)
    out = []
    for pua in range(ALIAS_BASE, ALIAS_END):
        if not api.getname(pua, buf, len(buf), 1):
            break
        alias = buf.value.decode('ascii')
        target = unicodedata.lookup(alias)
        assert len(target) == 1 and ord(target) < ALIAS_BASE, alias
        # what a str literal does with it (with_named_seq == 0)
        assert eval('"\\N{%s}"' % alias) == target, alias
        out.append((alias, ord(target)))
    assert 400 < len(out) < ALIAS_END - ALIAS_BASE
    assert not api.getname(ALIAS_BASE + len(out), buf, len(buf), 1)
    return out


def collect():
    """(cp, is_alias, name) records in table order, the CJK ranges, and
    every algorithmic name (for the reference)."""
    records, cjk, algorithmic = [], [], []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith(CJK_PREFIX) or name.startswith(HANGUL_PREFIX):
            if name.startswith(HANGUL_PREFIX) or cp % 257 == 0:
                algorithmic.append((cp, name))
            if name.startswith(CJK_PREFIX):
                assert name == CJK_PREFIX + '%04X' % cp
                if cjk and cjk[-1][1] == cp - 1:
                    cjk[-1][1] = cp
                else:
                    cjk.append([cp, cp])
            continue
        records.append((cp, False, name))
    for alias, cp in cpython_aliases():
        records.append((cp, True, alias))
    records.sort(key=lambda r: (r[0], r[1]))    # stable: aliases keep their order
    for first, last in cjk:
        algorithmic += [(first, CJK_PREFIX + '%04X' % first), (last, CJK_PREFIX + '%04X' % last)]
    return records, cjk, sorted(set(algorithmic))


def tokens(cp, name):
    out = []
    for run in re.findall(r'[A-Z0-9]+|[ -]+', name):
        if run != ' ':
            out.append(HEX if run == '%04X' % cp else run)
    assert ''.join(re.findall(r'[A-Z0-9 -]', name)) == name, name
    return out


def spell(cp, toks):
    """The name a token list stands for (the decoder in uniname.c)."""
    out, prev_word = [], False
    for t in toks:
        word = t == HEX or t[0] not in ' -'
        if word and prev_word:
            out.append(' ')
        out.append('%04X' % cp if t == HEX else t)
        prev_word = word
    return ''.join(out)


def fnv1a(s):
    h = 0x811C9DC5
    for b in s.encode('ascii'):
        h = ((h ^ b) * 0x01000193) & M32
    return h


def fmix32(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    return h ^ (h >> 16)


def is_prime(n):
    return n > 1 and all(n % k for k in range(2, int(n ** 0.5) + 1))


def perfect_hash(names):
    """(seed, M, disp) placing every name in its own slot of M."""
    m = len(names)
    while not is_prime(m):
        m += 1
    nbuckets = len(names) // 4 + 1
    for seed in range(1, 50):
        keys = []
        for i, n in enumerate(names):
            h = fnv1a(n)
            g = fmix32(h ^ seed)
            keys.append((h % nbuckets, g % m, 1 + (g >> 16) % (m - 1), i))
        buckets = collections.defaultdict(list)
        for k in keys:
            buckets[k[0]].append(k)
        disp, slots = [0] * nbuckets, [0xFFFF] * m
        ok = True
        for b, members in sorted(buckets.items(), key=lambda kv: -len(kv[1])):
            for d in range(1 << 16):
                taken = [(start + d * step) % m for _, start, step, _ in members]
                if len(set(taken)) == len(taken) and all(slots[t] == 0xFFFF for t in taken):
                    break
            else:
                ok = False
                break
            disp[b] = d
            for t, member in zip(taken, members):
                slots[t] = member[3]
        if ok:
            return seed, m, disp, slots
    sys.exit('gen_unicode_names.py: no perfect hash found')


def varint(n):
    out = []
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return out


def build(records):
    toks = [tokens(cp, name) for cp, _, name in records]
    for (cp, _, name), t in zip(records, toks):
        assert spell(cp, t) == name, name
    # shared prefixes, none at a block start
    shared, prev = [], []
    for i, t in enumerate(toks):
        k = 0
        if i % BLOCK:
            while k < min(len(t), len(prev), 14) and t[k] == prev[k]:
                k += 1
        assert len(t) - k <= 15
        shared.append(k)
        prev = t
    words = sorted({w for t in toks for w in t if w != HEX}, key=lambda w: (len(w), w))
    windex = {w: i for i, w in enumerate(words)}
    freq = collections.Counter(w for t, k in zip(toks, shared) for w in t[k:] if w != HEX)
    word1 = 255 - (len(words) + 255) // 256
    hex_code = 255
    frequent = [w for w, _ in freq.most_common(word1)]
    code1 = {w: c for c, w in enumerate(frequent)}

    def code(w):
        if w == HEX:
            return [hex_code]
        if w in code1:
            return [code1[w]]
        i = windex[w]
        return [word1 + (i >> 8), i & 0xFF]

    stream, block_off, block_base = [], [], []
    prev_cp = M32
    for i, ((cp, alias, _), t, k) in enumerate(zip(records, toks, shared)):
        if i % BLOCK == 0:
            block_off.append(len(stream))
            block_base.append(prev_cp)
        if alias:
            stream.append(0xFE)
        delta = (cp - prev_cp) & M32
        if delta != 1:
            stream += [0xFF] + varint(delta)
        stream.append(k << 4 | (len(t) - k))
        for w in t[k:]:
            stream += code(w)
        prev_cp = cp
    assert word1 + (len(words) >> 8) < hex_code
    len_first, len_off = [], []
    maxw = len(words[-1])
    off = 0
    for length in range(maxw + 2):
        first = next((i for i, w in enumerate(words) if len(w) >= length), len(words))
        len_first.append(first)
        len_off.append(sum(len(w) for w in words[:first]))
    lexicon = ''.join(words)
    return dict(stream=stream, block_off=block_off, block_base=block_base, words=words,
                lexicon=lexicon, len_first=len_first, len_off=len_off, frequent=frequent,
                windex=windex, word1=word1, hex_code=hex_code, maxw=maxw)


def decode_all(t, nrecords):
    """Decode the stream as uniname.c does, to check the packing here."""
    s, out = t['stream'], []
    for b, start in enumerate(t['block_off']):
        pos, cp, prev = start, t['block_base'][b], []
        for _ in range(min(BLOCK, nrecords - b * BLOCK)):
            alias, delta = False, 1
            if s[pos] == 0xFE:
                alias, pos = True, pos + 1
            if s[pos] == 0xFF:
                pos += 1
                delta, shift = 0, 0
                while True:
                    delta |= (s[pos] & 0x7F) << shift
                    shift += 7
                    pos += 1
                    if not s[pos - 1] & 0x80:
                        break
            cp = (cp + delta) & M32
            k, fresh = s[pos] >> 4, s[pos] & 15
            pos += 1
            toks = prev[:k]
            for _ in range(fresh):
                c = s[pos]
                pos += 1
                if c == t['hex_code']:
                    toks.append(HEX)
                elif c < t['word1']:
                    toks.append(t['frequent'][c])
                else:
                    toks.append(t['words'][((c - t['word1']) << 8) | s[pos]])
                    pos += 1
            out.append((cp, alias, spell(cp, toks)))
            prev = toks
    return out


def c_array(ctype, name, values, per_line=20):
    out = ['static const %s %s[%d] = {' % (ctype, name, len(values))]
    for i in range(0, len(values), per_line):
        out.append('  ' + ', '.join(str(v) for v in values[i:i + per_line]) + ',')
    out.append('};')
    return out


def gen_names(records, cjk, t, seed, m, disp, slots):
    names = [r[2] for r in records]
    longest = max(len(n) for n in names)
    sizes = [('records', len(t['stream']), 1), ('lexicon', len(t['lexicon']), 1),
             ('frequent words', len(t['frequent']), 2), ('block offsets', len(t['block_off']), 4),
             ('block bases', len(t['block_base']), 4), ('hash displacements', len(disp), 2),
             ('hash slots', len(slots), 2), ('CJK ranges', 2 * len(cjk), 4),
             ('length index', 2 * len(t['len_first']), 4)]
    total = sum(n * w for _, n, w in sizes)
    out = ['/* Generated by src/gen_unicode_names.py from CPython %d.%d, Unicode %s.'
           % (sys.version_info[0], sys.version_info[1], unicodedata.unidata_version),
           '** Do not edit; included by uniname.c only. Layout: see the generator.',
           '** %d names and %d aliases (%d words); sizes: %s;' % (
               sum(not r[1] for r in records), sum(r[1] for r in records), len(t['words']),
               ', '.join('%s %d B' % (n, c * w) for n, c, w in sizes)),
           '** total %d bytes. */' % total,
           '',
           '#define UNINAME_COUNT %d' % len(records),
           '#define UNINAME_BLOCK %d' % BLOCK,
           '#define UNINAME_MAX_LEN %d   /* the longest name or alias */' % longest,
           '#define UNINAME_MAX_TOKENS 15',
           '#define UNINAME_MAX_WORD %d' % t['maxw'],
           '#define UNINAME_WORD1 %d' % t['word1'],
           '#define UNINAME_HEX %d' % t['hex_code'],
           '#define UNINAME_ALIAS 0xFE',
           '#define UNINAME_GAP 0xFF',
           '#define UNINAME_SEED %du' % seed,
           '#define UNINAME_M %du' % m,
           '#define UNINAME_NBUCKETS %du' % len(disp),
           '#define UNINAME_TABLE_BYTES %d' % total,
           '']
    out += c_array('uint8_t', 'UNINAME_RECORDS', t['stream'], 24)
    out += c_array('uint8_t', 'UNINAME_LEXICON', [ord(c) for c in t['lexicon']], 24)
    out += c_array('uint32_t', 'UNINAME_LEN_FIRST', t['len_first'])
    out += c_array('uint32_t', 'UNINAME_LEN_OFF', t['len_off'])
    out += c_array('uint16_t', 'UNINAME_FREQ', [t['windex'][w] for w in t['frequent']])
    out += c_array('uint32_t', 'UNINAME_BLOCK_OFF', t['block_off'], 12)
    out += c_array('uint32_t', 'UNINAME_BLOCK_BASE', ['%#x' % b for b in t['block_base']], 12)
    out += c_array('uint16_t', 'UNINAME_DISP', disp)
    out += c_array('uint16_t', 'UNINAME_SLOT', slots)
    out.append('static const uint32_t UNINAME_CJK[%d][2] = {' % len(cjk))
    out += ['  {%#x, %#x},' % (a, b) for a, b in cjk]
    out.append('};')
    return out


def c_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def gen_ref(records, algorithmic):
    out = ['/* Generated by src/gen_unicode_names.py: every name and alias with its',
           '** code point, straight from CPython %d.%d unicodedata. */' % sys.version_info[:2],
           'static const uniname_ref UNINAME_REF[] = {']
    out += ['  {%#x, %d, %s},' % (cp, alias, c_string(n)) for cp, alias, n in records]
    out += ['};', 'static const uniname_ref UNINAME_REF_ALGORITHMIC[] = {']
    out += ['  {%#x, 0, %s},' % (cp, c_string(n)) for cp, n in algorithmic]
    out.append('};')
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    records, cjk, algorithmic = collect()
    t = build(records)
    assert decode_all(t, len(records)) == records
    seed, m, disp, slots = perfect_hash([r[2] for r in records])
    for i, (cp, alias, name) in enumerate(records):
        h = fnv1a(name)
        g = fmix32(h ^ seed)
        slot = (g % m + disp[h % len(disp)] * (1 + (g >> 16) % (m - 1))) % m
        assert slots[slot] == i, name
    assert len(records) < 0xFFFF
    for path, lines in ((sys.argv[1], gen_names(records, cjk, t, seed, m, disp, slots)),
                        (sys.argv[2], gen_ref(records, algorithmic))):
        with open(path, 'w', encoding='ascii') as fh:
            fh.write('\n'.join(lines) + '\n')


main()
