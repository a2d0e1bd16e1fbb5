d = {"key": "val", 1: "one"}
print(f"{d['key']} {d[1]} {len(d)}")
items = [3, 1, 2]
print(f"{sorted(items)} {sum(items) / len(items):.2f} {max(items)}")
print(f"{'yes' if items else 'no'} {(lambda q: q * 2)(5)}")
print(f"{[i * i for i in range(4)]} {', '.join(map(str, items))}")
print(f"{3 > 2} {None} {True and 'x'} {items[-1]}")
def greet(who):
    return f"hi {who}"
print(f"{greet('bob').upper()}")
print(f"{'a' 'b'}", f"{1}{2}{3}", f"{{}}{4}{{{5}}}")
