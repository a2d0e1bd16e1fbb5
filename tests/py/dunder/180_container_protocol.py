class MyList:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return MyList(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
    def __contains__(self, v):
        return v in self.items
    def __repr__(self):
        return f"MyList{tuple(self.items)}"
    def __eq__(self, o):
        return list(self) == list(o)
    def __add__(self, o):
        return MyList(*(self.items + list(o)))
ml = MyList(1, 2, 3)
ml[0] = 10
print(ml, len(ml), ml[1], ml[-1], ml[1:], list(reversed(ml)), 3 in ml, ml == [10, 2, 3], ml + [4])
print(sorted(ml), sum(ml), list(enumerate(ml)), [x * 2 for x in ml], bool(MyList()))
