print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join([]), " ".join(("1",)))
print("|".join(str(i) for i in range(5)), "ab".join(["1", "2", "3"]))
print(", ".join(sorted({"b", "a", "c"})), "\n".join(["l1", "l2"]))
print("é".join("日本"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
