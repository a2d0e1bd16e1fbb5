import sys
sys.setrecursionlimit(20000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(10000))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__)
