a, b = 1, 2
s = f"""line {a}
line {b}
sum {a +
     b}"""
print(s)
t = (f"part {a} "
     f"part {b} "
     "plain {c}")
print(t)
print(f"{a}\n{b}\t|", f"\x41{a}\u00e9")
