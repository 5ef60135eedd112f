# Word frequencies from a text: normalise, count with a dict, rank by
# count then alphabetically, and print an aligned table.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w, _ in ranked)
for word, n in ranked[:8]:
    print(f"{word:<{width}} {n:>3} {'#' * n}")
print(len(counts), sum(counts.values()), [w for w, n in ranked if n == 1])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print(top, {c: letters[c] for c in top})
