import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
import math
print(sys.modules["math"] is math)
sys.path.append("/nonexistent-dir-for-test")
print(sys.path[-1])
