# Word counts, splitting and joining text.
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!  Quick, quick."""
words = [w.strip(".,;!").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:>6}: {'*' * c}")
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
print(" ".join(reversed(lines[0].split())))
caps = "".join(ch for ch in text if ch.isupper())
print(caps)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels)
print(text.replace("quick", "slow").count("slow"), text.find("fox"), text.rfind("fox"))
csv = "id,name,score\n1,ann,3.5\n2,ben,4.25\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *data = rows
print(header, [dict(zip(header, r)) for r in data])
print(sum(float(r[2]) for r in data))
