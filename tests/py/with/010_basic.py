class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("no target")
def f():
    with CM("c") as v:
        return "returned " + v
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
