"""Table printing with string.Formatter, format specs and str methods."""
import string

rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3), ("kiwi", 0.8, 42)]
fmt = string.Formatter()
header = fmt.format("{0:<10}|{1:>8}|{2:>6}|{3:>9}", "fruit", "price", "qty", "total")
print(header)
print("-" * len(header))
for name, price, qty in rows:
    print(fmt.format("{0:<10}|{1:>8.2f}|{2:>6d}|{3:>9,.2f}", name.title(), price, qty, price * qty))
print(list(fmt.parse("Hello {name!r:>10} and {0}")))
print(string.capwords("the quick  brown fox"), string.ascii_lowercase[:5], string.digits)
print("{:^20}".format("centered"), "{:*>8}".format(42), f"{12345678:_}")
