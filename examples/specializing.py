"""What `p.y` becomes after eight runs, and why it falls back when the class
changes: the caches beside Kaa's bytecode, shown by `dis.dis(adaptive=True)`.

Run it with `kaa examples/specializing.py`, or see every code object of the
file with `kaa --dis --adaptive examples/specializing.py`. CPython 3.11 runs it
too and prints its own specialized instructions (`LOAD_ATTR_INSTANCE_VALUE`
where Kaa shows `LOAD_ATTR_WITH_HINT`). See docs/internals/specializing.md.
"""

import dis


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def get_y(p):
    return p.y


def show(title):
    print(f"-- {title}")
    dis.dis(get_y, adaptive=True)


show("before any run")
for i in range(8):
    get_y(Point(i, -i))
show("after eight runs")

Point.z = 0  # any change to the class (or a base) retires its cache tag
show("after `Point.z = 0`: the guard now fails")

get_y(Point(1, 2))  # the next run takes the general path, re-learns, notes entry 1
show("after one more run: learnt again, with the entry")
get_y(Point(3, 4))  # the guess (entry 1) hits
show("after another run")


class Other:
    def __init__(self):
        self.y = "other"


get_y(Other())  # another class at the same instruction: learnt for Other
show("after a run with another class")
