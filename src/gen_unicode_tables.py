#!/usr/bin/env python3
"""gen_unicode_tables.py DB_H REF_H: build-time generator of the Unicode tables.

Every property is read back from the running CPython 3.11 itself (its str
methods and unicodedata), so the tables reproduce the str semantics exactly,
not a reinterpretation of the UCD text files.

DB_H  (included by unicode.c only): a two-level lookup keyed by code point
      giving a record index; records hold the property flags, the digit value
      and four case mappings; multi-character mappings live in one sequence
      table.
REF_H (included by tests/unit/test_unicode.c only): the same facts as a flat
      run-length list built directly from the str methods, without the record
      and block packing, so the unit test checks the packing and the C lookup
      against an independent path for every code point.
"""
import sys
import unicodedata

import _sre

if unicodedata.unidata_version != '14.0.0':
    sys.exit('gen_unicode_tables.py: need Python 3.11 (Unicode 14.0.0), got '
             'Unicode %s from %s' % (unicodedata.unidata_version, sys.version))

NCP = 0x110000
SIGMA = '\u03a3'

# Flag names in bit order; unicode.h declares the same list (MT_UNI_PROPS) and
# the generated header static-asserts that both agree.
FLAGS = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'PRINTABLE',
         'CASED', 'CASE_IGNORABLE', 'LOWER', 'UPPER', 'TITLE',
         'XID_START', 'XID_CONTINUE', 'LINEBREAK']
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}

EXT_SHIFT = 24          # a mapping field >= 1 << 24 is (len << 24) | seq index


def flags_of(cp):
    """The property bits of one code point, each observed through CPython."""
    c = chr(cp)
    f = 0
    f |= BIT['ALPHA'] if c.isalpha() else 0
    f |= BIT['DECIMAL'] if c.isdecimal() else 0
    f |= BIT['DIGIT'] if c.isdigit() else 0
    f |= BIT['NUMERIC'] if c.isnumeric() else 0
    f |= BIT['SPACE'] if c.isspace() else 0
    f |= BIT['PRINTABLE'] if c.isprintable() else 0
    # title() lowercases a letter after a cased character and titlecases it
    # otherwise: that exposes _PyUnicode_IsCased.
    cased = (c + 'a').title()[-1] == 'a'
    f |= BIT['CASED'] if cased else 0
    # The final-sigma rule skips case-ignorable characters: a sigma after c
    # alone is final iff c is cased and not ignorable; after 'A' + c it is
    # final iff c is ignorable or cased.
    if cased:
        ignorable = (c + SIGMA).lower()[-1] != '\u03c2'
    else:
        ignorable = ('A' + c + SIGMA).lower()[-1] == '\u03c2'
    f |= BIT['CASE_IGNORABLE'] if ignorable else 0
    f |= BIT['LOWER'] if c.islower() else 0
    f |= BIT['UPPER'] if c.isupper() else 0
    f |= BIT['TITLE'] if unicodedata.category(c) == 'Lt' else 0
    f |= BIT['XID_START'] if c.isidentifier() and c != '_' else 0
    f |= BIT['XID_CONTINUE'] if ('a' + c).isidentifier() else 0
    f |= BIT['LINEBREAK'] if len(('a' + c + 'b').splitlines()) == 2 else 0
    # Cross-checks of the derivations above against other observable paths.
    assert c.istitle() == bool(f & (BIT['TITLE'] | BIT['UPPER'])), hex(cp)
    assert c.isalnum() == bool(f & (BIT['ALPHA'] | BIT['DECIMAL'] | BIT['DIGIT'] | BIT['NUMERIC']))
    return f


def facts(cp):
    """(flags, decimal, digit, mappings) of one code point."""
    c = chr(cp)
    dec = unicodedata.decimal(c, -1)
    dig = unicodedata.digit(c, -1)
    mapped = (c.upper(), c.lower(), c.title(), c.casefold())
    if mapped == (c, c, c, c):
        maps = ((cp,),) * 4
    else:
        maps = tuple(tuple(map(ord, m)) for m in mapped)
        assert all(1 <= len(m) <= 3 for m in maps)
    f = flags_of(cp)
    assert (dec >= 0) == bool(f & BIT['DECIMAL']) and (dig >= 0) == bool(f & BIT['DIGIT'])
    assert dec < 0 or dec == dig
    # CPython's simple mapping (Py_UNICODE_TOLOWER) is the first code point of
    # the full one; unicode.c relies on that.
    assert _sre.unicode_tolower(cp) == maps[1][0], hex(cp)
    return f, dec, dig, maps


def c_array(ctype, name, values, per_line=16):
    out = ['static const %s %s[%d] = {' % (ctype, name, len(values))]
    for i in range(0, len(values), per_line):
        out.append('  ' + ', '.join(str(v) for v in values[i:i + per_line]) + ',')
    out.append('};')
    return out


def smallest_uint(maxval):
    for bits in (8, 16, 32):
        if maxval < 1 << bits:
            return 'uint%d_t' % bits, bits // 8
    raise ValueError(maxval)


def dedup_blocks(values, shift):
    """Cut values into blocks of 1 << shift, keep each distinct block once:
    (block number per block position, distinct blocks flattened)."""
    bsize = 1 << shift
    blocks, refs, flat = {}, [], []
    for i in range(0, len(values), bsize):
        blk = tuple(values[i:i + bsize])
        if blk not in blocks:
            blocks[blk] = len(blocks)
            flat.extend(blk)
        refs.append(blocks[blk])
    return refs, flat


def array_bytes(values):
    return len(values) * smallest_uint(max(values))[1]


def split_stages(index):
    """Smallest three-level split of a per-code-point index array:
    (size, top shift, leaf shift, top, middle, leaves)."""
    best = None
    for leaf_shift in range(4, 9):
        mid_refs, leaves = dedup_blocks(index, leaf_shift)
        for mid_shift in range(2, 9):
            top, mids = dedup_blocks(mid_refs, mid_shift)
            size = array_bytes(top) + array_bytes(mids) + array_bytes(leaves)
            if best is None or size < best[0]:
                best = (size, mid_shift, leaf_shift, top, mids, leaves)
    return best


def gen_db(all_facts):
    seqs, seq_index = [], {}
    records, rec_index, index = [], {}, []
    for cp, (f, dec, dig, maps) in enumerate(all_facts):
        fields = []
        for m in maps:
            if len(m) == 1:
                fields.append(m[0] - cp)
            else:
                if m not in seq_index:
                    seq_index[m] = len(seqs)
                    seqs.extend(m)
                fields.append((len(m) << EXT_SHIFT) | seq_index[m])
        rec = (f, dig if dig >= 0 else 0) + tuple(fields)
        if rec not in rec_index:
            rec_index[rec] = len(records)
            records.append(rec)
        index.append(rec_index[rec])
    assert len(seqs) < 1 << 16 and all(abs(r[2 + k]) < 1 << 21 or r[2 + k] >> EXT_SHIFT
                                       for r in records for k in range(4))
    size, mid_shift, leaf_shift, top, mids, leaves = split_stages(index)
    rec_size = 20
    total = size + len(records) * rec_size + len(seqs) * 4
    sizes = ', '.join('%s %d x %d B' % (name, len(v), smallest_uint(max(v))[1])
                      for name, v in (('top', top), ('mid', mids), ('leaf', leaves)))
    out = ['/* Generated by src/gen_unicode_tables.py from CPython %s, Unicode %s.'
           % ('%d.%d' % sys.version_info[:2], unicodedata.unidata_version),
           '** Do not edit; included by unicode.c only.',
           '**',
           '**   m = UNI_MID[(UNI_TOP[cp >> (UNI_MID_SHIFT + UNI_LEAF_SHIFT)] << UNI_MID_SHIFT)',
           '**               + ((cp >> UNI_LEAF_SHIFT) & UNI_MID_MASK)]',
           '**   r = UNI_LEAF[(m << UNI_LEAF_SHIFT) + (cp & UNI_LEAF_MASK)]',
           '**   UNI_RECORDS[r] = {upper, lower, title, fold, flags, digit}',
           '** A mapping field below 1 << %d is a delta added to cp; otherwise it is' % EXT_SHIFT,
           '** (length << %d) | start of the sequence in UNI_SEQS.' % EXT_SHIFT,
           '**',
           '** Sizes: %s,' % sizes,
           '** records %d x %d B, seqs %d x 4 B: total %d bytes. */'
           % (len(records), rec_size, len(seqs), total),
           '']
    for name in FLAGS:
        out.append('MT_STATIC_ASSERT(MT_UNI_%s == %#x, "flag %s out of sync with the generator");'
                   % (name, BIT[name], name))
    out.append('MT_STATIC_ASSERT(MT_UNI_NPROPS == %d, "property list out of sync with the generator");'
               % len(FLAGS))
    out += ['',
            '#define UNI_MID_SHIFT %d' % mid_shift,
            '#define UNI_MID_MASK %#x' % ((1 << mid_shift) - 1),
            '#define UNI_LEAF_SHIFT %d' % leaf_shift,
            '#define UNI_LEAF_MASK %#x' % ((1 << leaf_shift) - 1),
            '#define UNI_EXT_SHIFT %d' % EXT_SHIFT,
            '#define UNI_TABLE_BYTES %d' % total,
            '',
            'typedef struct uni_record {',
            '  int32_t map[4];   /* indexed by mt_uni_case */',
            '  uint16_t flags;',
            '  uint8_t digit;',
            '} uni_record;',
            'MT_STATIC_ASSERT(sizeof(uni_record) == %d, "record size used in the size report");' % rec_size,
            '']
    for name, v in (('UNI_TOP', top), ('UNI_MID', mids), ('UNI_LEAF', leaves)):
        out += c_array(smallest_uint(max(v))[0], name, v, 24)
    out.append('static const uni_record UNI_RECORDS[%d] = {' % len(records))
    for f, dig, *fields in records:
        out.append('  {{%d, %d, %d, %d}, %#x, %d},' % (*fields, f, dig))
    out.append('};')
    out += c_array('uint32_t', 'UNI_SEQS', ['%#x' % s for s in seqs], 10)
    return out


def utf8_literal(seq):
    return '"' + ''.join('\\x%02x' % b for b in ''.join(map(chr, seq)).encode()) + '"'


def gen_ref(all_facts):
    """Run-length list: consecutive code points with equal flags, digit values
    and equal single-character case deltas share one entry."""
    def key(cp):
        f, dec, dig, maps = all_facts[cp]
        if len(maps[0]) + len(maps[1]) + len(maps[2]) + len(maps[3]) > 4:
            return None
        return (f, dec, dig, maps[0][0] - cp, maps[1][0] - cp, maps[2][0] - cp, maps[3][0] - cp)
    keys = [key(cp) for cp in range(NCP)] + [None]

    out = ['/* Generated by src/gen_unicode_tables.py: reference facts for every',
           '** code point, straight from CPython %d.%d str methods. */' % sys.version_info[:2],
           '#define UNI_REF_VERSION "%s"' % unicodedata.unidata_version,
           'static const uni_ref UNI_REF[] = {']
    cp = 0
    while cp < NCP:
        k = keys[cp]
        last = cp
        while k is not None and keys[last + 1] == k:
            last += 1
        f, dec, dig, maps = all_facts[cp]
        if k is None:
            deltas = ', '.join(str(m[0] - cp if len(m) == 1 else 0) for m in maps)
            full = ', '.join(utf8_literal(m) if len(m) > 1 else 'NULL' for m in maps)
        else:
            deltas = ', '.join(str(d) for d in k[3:])
            full = 'NULL, NULL, NULL, NULL'
        out.append('  {%#x, %#x, %#x, %d, %d, {%s}, {%s}},' % (cp, last, f, dec, dig, deltas, full))
        cp = last + 1
    out.append('};')
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    all_facts = [facts(cp) for cp in range(NCP)]
    for path, lines in ((sys.argv[1], gen_db(all_facts)), (sys.argv[2], gen_ref(all_facts))):
        with open(path, 'w', encoding='ascii') as fh:
            fh.write('\n'.join(lines) + '\n')


if __name__ == "__main__":
    main()
