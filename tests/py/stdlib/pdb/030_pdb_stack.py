# where/up/down, display, until, list variants, longlist, whatis, pp,
# statements at the prompt, ;; and aliases.
from helper_pdbrun import run

SOURCE = '''class Box:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Box(%r)" % self.items

def inner(box, extra=1, *rest, key=None, **kw):
    total = 0
    for x in box.items:
        total += x
    return total + extra

def outer(n):
    box = Box(list(range(n)))
    return inner(box, 2, 3, key="k", z=9)

print(outer(4))
'''

run(SOURCE, "\n".join([
    "b inner", "c", "w", "a", "u", "p n", "u", "p outer.__name__", "d", "d", "d",
    "display total", "display", "n", "n", "n", "display", "undisplay total",
    "undisplay nope", "until", "until 3", "unt 10", "unt x",
    "l 1, 4", "l", "l", "l .", "ll", "whatis box", "whatis inner", "whatis Box",
    "whatis box.items", "pp {i: list(range(i)) for i in range(4)}",
    "!newvar = 100", "p newvar", "p newvar ;; p extra", "alias pt p newvar + %1",
    "pt 5", "alias", "unalias pt", "pt 5", "lst = [1, 2]", "lst",
    "p undefined_name", "1/0", "nosuch_command", "c", "",
]))
