# Classes: object creation, method calls, attribute access/update,
# inheritance with super(), properties, class attributes, __eq__/__hash__,
# __repr__, __add__ operator overloading, isinstance, staticmethod/classmethod.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}:{self.area()}"

    @staticmethod
    def unit():
        return 1

    @classmethod
    def kind(cls):
        return cls.__name__


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        self._w = value

    def area(self):
        return self._w * self._h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def area(self):
        return super().area() + self.unit() - 1


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return (self.r * self.r * 355) // 113


class Counter:
    def __init__(self):
        self.value = 0
        self.history = []

    def inc(self, by=1):
        self.value += by
        if self.value % 1000 == 0:
            self.history.append(self.value)
        return self


def shapes(n):
    total = 0
    kinds = {}
    for i in range(n):
        m = i % 3
        if m == 0:
            s = Rect(i % 17, i % 13)
            s.width = s.width + 1
        elif m == 1:
            s = Square(i % 11)
        else:
            s = Circle(i % 19)
        total += s.area()
        if isinstance(s, Rect):
            total += 1
        k = s.kind()
        kinds[k] = kinds.get(k, 0) + 1
        if i % 5000 == 0:
            total += len(s.describe())
    return total, sorted(kinds.items()), Shape.count


def vectors(n):
    acc = Vec(0, 0)
    seen = set()
    for i in range(n):
        v = Vec(i % 7, i % 5)
        acc = acc + v * 2
        seen.add(v)
        if acc.dot(v) % 97 == 0:
            acc = Vec(acc.x % 1000, acc.y % 1000)
    return repr(acc), len(seen), Vec(1, 2) == Vec(1, 2)


def counters(n):
    c = Counter()
    for i in range(n):
        c.inc().inc(2)
    return c.value, len(c.history)


def main():
    print("shapes", shapes(200000))
    print("vectors", vectors(200000))
    print("counter", counters(300000))


main()
