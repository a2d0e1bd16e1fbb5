print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(bytes((1, 2)), bytes(), "abc".encode(), bytes([0, 255]))
for bad in [[256], [-1]]:
    try:
        bytes(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([1.5])
except TypeError as e:
    print(type(e).__name__, e)
