# adversarial: iter(callable, sentinel) wrapping the previous one's __next__, 20,000 deep
# cli: RecursionError
# embedded: RecursionError
f = iter([1, 2]).__next__
for _ in range(20000):
    f = iter(f, object()).__next__
f()
