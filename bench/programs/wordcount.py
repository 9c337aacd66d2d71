# Dict- and str-heavy word counting over generated text.

import random

WORDS = ("the quick brown fox jumps over the lazy dog while memory pools fill and "
         "arenas drain as references come and go in a busy heap").split()


def make_text(seed, n_lines):
    rng = random.Random(seed)
    lines = []
    for _ in range(n_lines):
        k = rng.randint(5, 15)
        lines.append(" ".join(rng.choice(WORDS) for _ in range(k)))
    return "\n".join(lines)


def count(text):
    counts = {}
    for line in text.splitlines():
        for word in line.lower().split():
            word = word.strip(".,;:!?")
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    text = make_text(42, 40000)
    counts = count(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    for word, n in top:
        print(f"{word:10} {n}")
    bigrams = {}
    words = text.split()
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        bigrams[key] = bigrams.get(key, 0) + 1
    print(len(bigrams), max(bigrams.values()))


main()
