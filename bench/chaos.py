# Chaos game: iterated function systems (a Barnsley-style fern, a Sierpinski
# triangle and a spiral) drawn by picking one of several affine transforms at
# random for every point, with the random numbers from a small linear
# congruential generator written here. Points are objects; the transforms are
# objects with an `apply` method; the picture is binned into a grid of
# counters. Float multiply-add, attribute access and method calls.


class Rng:
    """A 48-bit linear congruential generator (the constants of drand48)."""

    def __init__(self, seed):
        self.state = (seed ^ 0x5DEECE66D) & 0xFFFFFFFFFFFF

    def next_float(self):
        self.state = (self.state * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF
        return self.state / 281474976710656.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


class Bounds:
    def __init__(self):
        self.min_x = self.min_y = 1e300
        self.max_x = self.max_y = -1e300

    def add(self, p):
        if p.x < self.min_x:
            self.min_x = p.x
        if p.x > self.max_x:
            self.max_x = p.x
        if p.y < self.min_y:
            self.min_y = p.y
        if p.y > self.max_y:
            self.max_y = p.y


class ChaosGame:
    def __init__(self, transforms, seed):
        self.transforms = transforms
        total = 0.0
        self.thresholds = []
        for t in transforms:
            total += t.weight
            self.thresholds.append(total)
        self.total = total
        self.rng = Rng(seed)

    def pick(self):
        r = self.rng.next_float() * self.total
        thresholds = self.thresholds
        for i in range(len(thresholds)):
            if r < thresholds[i]:
                return self.transforms[i]
        return self.transforms[-1]

    def run(self, n, size):
        p = Point(0.0, 0.0)
        for _ in range(20):
            p = self.pick().apply(p)
        points = []
        bounds = Bounds()
        for _ in range(n):
            p = self.pick().apply(p)
            bounds.add(p)
            points.append(p)
        grid = [[0] * size for _ in range(size)]
        sx = (size - 1) / (bounds.max_x - bounds.min_x)
        sy = (size - 1) / (bounds.max_y - bounds.min_y)
        for p in points:
            gx = int((p.x - bounds.min_x) * sx)
            gy = int((p.y - bounds.min_y) * sy)
            grid[gy][gx] += 1
        return grid, bounds


def summarize(name, grid, bounds):
    filled = 0
    checksum = 0
    for y, row in enumerate(grid):
        for x, count in enumerate(row):
            if count:
                filled += 1
                checksum = (checksum * 131 + (x + 1) * (y + 7) * count) % 1000003
    print(f"{name}: x [{bounds.min_x:.6f}, {bounds.max_x:.6f}] "
          f"y [{bounds.min_y:.6f}, {bounds.max_y:.6f}] "
          f"filled {filled} checksum {checksum}")


def main():
    fern = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    triangle = [
        Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
        Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
        Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.433, 1.0),
    ]
    spiral = [
        Affine(0.787879, -0.424242, 0.242424, 0.859848, 1.758647, 1.408065, 0.9),
        Affine(-0.121212, 0.257576, 0.151515, 0.053030, -6.721654, 1.377236, 0.05),
        Affine(0.181818, -0.136364, 0.090909, 0.181818, 6.086107, 1.568035, 0.05),
    ]
    for name, transforms, seed in (("fern", fern, 1), ("triangle", triangle, 2),
                                   ("spiral", spiral, 3)):
        grid, bounds = ChaosGame(transforms, seed).run(200000, 64)
        summarize(name, grid, bounds)


main()
