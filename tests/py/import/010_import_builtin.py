import math
import sys
import math as m
from math import sqrt, pi as PI
from sys import argv
print(math.sqrt(16), m.floor(2.5), sqrt(2) == math.sqrt(2), PI == math.pi)
print(m is math, type(math).__name__, math.__name__, sys.__name__)
print(isinstance(argv, list), argv is sys.argv)
import math, sys
print("re-import fine", math is m)
