# LOAD_GLOBAL's cache of module globals and builtins: rebinding, deleting and
# re-adding globals after many loads, a builtin shadowed by a global later,
# and globals() grown until the dict is rebuilt.

counter = 0

def get():
    return counter

def use_len(s):
    return len(s)

for i in range(20):
    counter = i
    get(); use_len("ab")
print(get())
counter = "rebound"
print(get())
del counter
try:
    get()
except NameError as e:
    print(type(e).__name__, e)
counter = 3
print(get())

print([use_len("abc") for _ in range(10)][-1])
def len(s):
    return "global len"
print(use_len("abc"))
del len
print(use_len("abcd"))

# Many new globals: the dict grows and its entries move.
for i in range(200):
    globals()["g%d" % i] = i
print(get(), use_len("x"), g199)
for i in range(200):
    del globals()["g%d" % i]
print(get(), use_len("xy"))

# globals() replaced through exec with a copy.
ns = dict(globals())
ns["counter"] = "in the copy"
exec("print(get(), counter)", ns)
print(get())
