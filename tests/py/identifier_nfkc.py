# Identifiers are NFKC-normalised (PEP 3131): a ligature, a fullwidth
# letter or a mathematical letter names the same variable as its ASCII form.
ﬁle = "ligature"
print(file)
ｘ = "fullwidth"
print(x)
𝐯 = "math bold"
print(v)
# Letterlike symbols, modifier letters, decomposed accents and
# Hangul jamo all fold to one name.
ℌ = "black-letter"
print(H, ℌ)
aᵢ = "modifier letter"
print(ai)
é = "precomposed"
print(é)
가 = "jamo"
print(가)
# Function names, parameters, keyword arguments, globals and f-strings.
def ﬁnd(ｎｅｅｄｌｅ, *, ｓｔａｒｔ=0):
    global ｃｏｕｎｔ
    ｃｏｕｎｔ = count + 1
    return needle + start
count = 0
print(find(1, start=2), ﬁnd(needle=3), count)
print(f"{ﬁle} {file!r:>12}", f"{ﬁle=}")
lam = lambda 𝒙, 𝒚: x * y
print(lam(6, y=7), [𝓲 * 2 for i in range(3)])
def outer():
    𝐭𝐨𝐭𝐚𝐥 = 0
    def inner():
        nonlocal total
        𝐭𝐨𝐭𝐚𝐥 += 1
        return total
    return inner()
print(outer())
𝐓𝐫𝐮𝐞 = "not the constant"
print(𝐓𝐫𝐮𝐞, True)
print(ｕｎｄｅｆｉｎｅｄ＿ｎａｍｅ)
