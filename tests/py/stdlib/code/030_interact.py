# code.interact / InteractiveConsole.interact with a reading function: the
# prompts, KeyboardInterrupt and EOF handling, banner and exit message.
import code
import sys

lines = iter(["x = 6", "if x:", "  print(x * 7)", "", "boom", "x", "kbd",
              "print('after')"])
prompts = []

def read(prompt):
    prompts.append(prompt)
    try:
        line = next(lines)
    except StopIteration:
        raise EOFError
    if line == "kbd":
        raise KeyboardInterrupt
    return line

class Console(code.InteractiveConsole):
    def write(self, data):
        print("WRITE:", repr(data.splitlines()[-1] if data.strip() else data))

con = Console({})
con.raw_input = read
con.interact(banner="hello", exitmsg="bye")
print(prompts)
lines = iter(["y = 1"])
con.interact(banner="")
lines = iter(["z = 1"])
con.interact(banner="", exitmsg="")
print(sys.ps1, sys.ps2)
print(sorted(k for k in con.locals if not k.startswith("__")))
