before = set(globals())
from helper_star import *
print(sorted(set(globals()) - before - {"before"}))
print(exported, also_exported)
try:
    not_exported
except NameError as e:
    print(type(e).__name__, e)
