# code.InteractiveConsole.push collects lines until a command is complete.
import code

class Console(code.InteractiveConsole):
    def write(self, data):
        print("WRITE:", data.rstrip().splitlines()[-1])

c = Console({}, "<mine>")
print(c.filename, c.buffer)
for line in ["def f(a):", "    return a * 3", "", "print(f(14))",
             "for i in range(3):", "    print(i)", "",
             "x = [1,", "2]", "print(x)", "undefined_name", "a b"]:
    more = c.push(line)
    print(repr(line), more, c.buffer)
c.push("if 1:")
c.resetbuffer()
print(c.buffer)
