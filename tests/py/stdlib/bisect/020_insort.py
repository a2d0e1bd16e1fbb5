# insort_left / insort_right keep a list sorted; the insertion point
# among equal items.
import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(a, x)
print(a)


class Item:
    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return f"{self.key}{self.tag}"


left, right = [], []
for i, k in enumerate([2, 1, 2, 1, 2]):
    bisect.insort_left(left, Item(k, "abcde"[i]))
    bisect.insort_right(right, Item(k, "abcde"[i]))
print(left)
print(right)

b = [1, 3, 5]
print(bisect.insort_left(b, 3), b)
bisect.insort_right(b, 3)
bisect.insort(b, 0)
bisect.insort(b, 10)
print(b)

# A list subclass's own insert() is used; other sequences need insert().
class Loud(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


loud = Loud([1, 3])
bisect.insort(loud, 2)
bisect.insort_left(loud, 0)
print(loud)


class Seq:
    def __init__(self):
        self.data = []

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def insert(self, i, x):
        print("Seq.insert", i, x)
        self.data.insert(i, x)


s = Seq()
for x in [3, 1, 2]:
    bisect.insort(s, x)
print(s.data)
