class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1] if self.items else None
    def __len__(self):
        return len(self.items)
s = Stack()
for i in range(3):
    s.push(i * i)
print(s.pop(), s.peek(), len(s), s.items)
def external(self):
    return "external " + str(len(self))
Stack.ext = external
print(s.ext())
class Chain:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
print(Chain().add("a").add("b").parts)
