def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
print("recovered")
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(100))
