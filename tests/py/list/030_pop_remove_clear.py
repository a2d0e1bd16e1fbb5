a = [10, 20, 30, 20, 40]
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(20)
print(a)
a.clear()
print(a, len(a))
for fn, msg in [(lambda: [].pop(), "pop empty"), (lambda: [1].pop(5), "pop idx"), (lambda: [1].remove(2), "remove")]:
    try:
        fn()
    except (IndexError, ValueError) as e:
        print(msg, type(e).__name__, e)
