# Data walk: a JSON-like document (nested dicts with str keys, lists, ints,
# floats, strs, bools and None) built by the program, then walked
# recursively: summing the numbers, counting values by type, measuring depth,
# transforming into a new tree, flattening into (path, value) pairs,
# comparing two trees, and encoding to JSON text with a hand-written encoder.
# Recursion, isinstance dispatch, dict and list iteration, str building.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % n


WORDS = ["id", "name", "tags", "score", "active", "children", "meta", "price",
         "count", "label", "items", "owner", "notes", "ratio", "when"]


def build(rng, depth):
    kind = rng.next(10)
    if depth <= 0 or kind < 3:
        leaf = rng.next(6)
        if leaf == 0:
            return rng.next(100000) - 50000
        if leaf == 1:
            return rng.next(1000000) / 1024.0
        if leaf == 2:
            return WORDS[rng.next(len(WORDS))] + "-" + str(rng.next(1000))
        if leaf == 3:
            return rng.next(2) == 1
        if leaf == 4:
            return None
        return "é" * rng.next(3) + "x\"y\\z"[: rng.next(6)]
    if kind < 7:
        d = {}
        for _ in range(1 + rng.next(5)):
            d[WORDS[rng.next(len(WORDS))] + str(rng.next(20))] = build(rng, depth - 1)
        return d
    return [build(rng, depth - 1) for _ in range(rng.next(6))]


def total(node):
    if isinstance(node, dict):
        s = 0
        for v in node.values():
            s += total(v)
        return s
    if isinstance(node, list):
        return sum(total(v) for v in node)
    if isinstance(node, bool) or node is None or isinstance(node, str):
        return 0
    return node


def count_types(node, counts):
    name = type(node).__name__
    counts[name] = counts.get(name, 0) + 1
    if isinstance(node, dict):
        for v in node.values():
            count_types(v, counts)
    elif isinstance(node, list):
        for v in node:
            count_types(v, counts)
    return counts


def depth(node):
    if isinstance(node, dict):
        return 1 + max([depth(v) for v in node.values()], default=0)
    if isinstance(node, list):
        return 1 + max([depth(v) for v in node], default=0)
    return 0


def transform(node):
    if isinstance(node, dict):
        return {k.upper(): transform(v) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [transform(v) for v in reversed(node)]
    if isinstance(node, bool):
        return not node
    if isinstance(node, int):
        return node * 2 + 1
    if isinstance(node, float):
        return node / 2.0
    if isinstance(node, str):
        return node[::-1]
    return node


def flatten(node, path, out):
    if isinstance(node, dict):
        for k, v in node.items():
            flatten(v, path + "." + k, out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            flatten(v, f"{path}[{i}]", out)
    else:
        out.append((path, node))
    return out


def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return False
        return all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def encode_str(s):
    parts = ['"']
    for ch in s:
        if ch == '"':
            parts.append('\\"')
        elif ch == "\\":
            parts.append("\\\\")
        elif ord(ch) > 126:
            parts.append("\\u%04x" % ord(ch))
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def encode(node):
    if node is None:
        return "null"
    if node is True:
        return "true"
    if node is False:
        return "false"
    if isinstance(node, str):
        return encode_str(node)
    if isinstance(node, dict):
        return "{" + ", ".join(encode_str(k) + ": " + encode(v) for k, v in node.items()) + "}"
    if isinstance(node, list):
        return "[" + ", ".join(encode(v) for v in node) + "]"
    return repr(node)


def checksum(text):
    h = 0
    for ch in text[::7]:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main():
    rng = Rng(42)
    docs = []
    for i in range(120):
        docs.append({"doc": i, "body": build(rng, 9), "tail": [build(rng, 4) for _ in range(3)]})
    grand = 0
    all_counts = {}
    max_depth = 0
    n_paths = 0
    text_len = 0
    text_sum = 0
    n_same = 0
    for doc in docs:
        grand += total(doc)
        count_types(doc, all_counts)
        max_depth = max(max_depth, depth(doc))
        t = transform(doc)
        if same(t, transform(doc)):
            n_same += 1
        if same(doc, t):
            n_same += 1000
        pairs = flatten(doc, "$", [])
        n_paths += len(pairs)
        text = encode(doc) + encode(t)
        text_len += len(text)
        text_sum = (text_sum + checksum(text)) % 1000000007
    print("total", grand if isinstance(grand, int) else f"{grand:.4f}")
    print("types", sorted(all_counts.items()))
    print("depth", max_depth, "paths", n_paths, "same", n_same)
    print("json", text_len, text_sum)


main()
