import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == " ",
                            "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for op in s.get_opcodes():
    print(op)
s = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
s.set_seqs("", "")
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
s.set_seq1([1, 2, 3])
s.set_seq2([1, 3])
print(s.get_matching_blocks())
x = list(range(300))
y = x[:100] + [7] * 5 + x[100:]
sm = difflib.SequenceMatcher(None, x, y)
print(list(sm.get_grouped_opcodes(2)))
print(len(sm.bpopular), sorted(sm.bpopular)[:3])
sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
print(len(sm.bpopular), round(sm.ratio(), 4))
