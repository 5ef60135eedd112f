# \N{NAME} escapes in str literals (names from the Unicode database).
print("\N{EURO SIGN}", "\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(len("\N{SNOWMAN}\u2603"), "\N{snowman}" == "\u2603", "\N{BULLET}".encode())
# Aliases, algorithmic names, case, f-strings and format specs; \N is no
# escape in bytes and raw literals.
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{NUL}\N{byte order mark}\N{HANGUL SYLLABLE GA}"))
print(ascii("\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE HIH}\N{CJK UNIFIED IDEOGRAPH-3400}\N{CJK UNIFIED IDEOGRAPH-3134A}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-04E00}\N{cjk compatibility ideograph-f900}\N{SPACE}\N{VARIATION SELECTOR-256}"))
print(ascii("\N{BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE RIGHT AND MIDDLE LEFT TO LOWER CENTRE}"))
print(ascii("\N{tibetan mark tsa -phru}\N{TIBETAN MARK BKA- SHOG YIG MGO}\N{HANGUL JUNGSEONG O-YEO}"))
print(f"x\N{EURO SIGN}{1}\N{SNOWMAN}", f"{1:\N{EM DASH}^5}", f"{'a'}\N{LEFT CURLY BRACKET}")
print(b"\N{EURO SIGN}", rb"\N{EURO SIGN}", r"\N{EURO SIGN}", len(r"\N{X}"))
print("""\N{GREEK CAPITAL LETTER OMEGA}
\N{GREEK SMALL LETTER OMEGA}""".split())
