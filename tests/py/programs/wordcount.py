text = """the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
lengths = {len(w) for w in text.split()}
print(sorted(lengths))
print(max(text.split(), key=len), len(text.splitlines()))
