# __module__, __qualname__, __self__ and repr of built-in functions and
# methods.
import math
import builtins

print(len.__module__, print.__module__, math.sqrt.__module__)
print(len.__self__ is builtins, math.sqrt.__self__ is math)
print(len.__qualname__, math.sqrt.__qualname__, len.__name__)
print(list.append.__qualname__, dict.fromkeys.__qualname__, str.join.__qualname__)
print([].append.__module__, [].append.__self__)
print(list.append)
print(dict.get, str.upper)
print(list.__init__, object.__repr__)
print(repr(len), repr(math.sqrt), repr(builtins.__build_class__))
print(len([1, 2]), math.sqrt(16.0), max(3, 4))
print(len.__reduce__(), math.floor.__reduce__())
r = [].append.__reduce__()
print(r[0] is getattr, r[1])
