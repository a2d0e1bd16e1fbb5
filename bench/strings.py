# String operations: concatenation, join, split, replace, f-strings,
# slicing, methods (upper/lower/find/startswith/strip), iteration over chars.


def build_text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    parts = []
    for i in range(n):
        parts.append(words[(i * 7 + 3) % len(words)])
    return " ".join(parts)


def concat_test(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 1000:
            s = s[500:]
    return s


def fstring_test(n):
    total = 0
    for i in range(n):
        line = f"item {i:05d}: value={i * 3.5:.2f} hex={i:x} name={'x' * (i % 5)!r}"
        total += len(line)
    return total


def split_replace_test(text, rounds):
    total = 0
    for r in range(rounds):
        t = text.replace("a", "A").replace("eta", "ETA")
        words = t.split(" ")
        total += len(words)
        for w in words[:200]:
            if w.startswith("ETA") or w.endswith("A"):
                total += 1
            total += w.find("t")
        up = t.upper()
        total += up.count("ALPHA")
        total += len(t.lower().strip())
    return total


def slicing_test(text, n):
    total = 0
    ln = len(text)
    for i in range(n):
        a = (i * 31) % (ln - 20)
        piece = text[a:a + 20]
        total += len(piece[::-1]) + len(piece[2:-2]) + ord(piece[0])
        if piece[::2] == piece[1::2]:
            total += 1
    return total


def char_count(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items())


def main():
    text = build_text(26000)
    print("len", len(text))
    c = concat_test(650000)
    print("concat", len(c), c[:12], c[-12:])
    print("fstring", fstring_test(260000))
    print("split", split_replace_test(text, 130))
    print("slice", slicing_test(text, 400000))
    cc = char_count(text)
    print("chars", len(cc), cc[0], cc[-1])


main()
