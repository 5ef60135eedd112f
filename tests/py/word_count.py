# A word-frequency report: split, strip, lower, dict counting, sorting, formatting.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox, quick and brown, runs!  A fox is quick."""
counts = {}
for raw in text.split():
    word = raw.strip(".,;!").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w in counts)
for word, n in ranked[:6]:
    print(f"{word:<{width}} {n:>3} {'#' * n}")
print("%d distinct words, %d total" % (len(counts), sum(counts.values())))
print("longest:", max(counts, key=len), "| first alphabetically:", min(counts))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
