# code.InteractiveInterpreter.runsource: True when more input is needed;
# errors are written with write() (here to stdout).
import code
import sys

class Interp(code.InteractiveInterpreter):
    def write(self, data):
        print("WRITE:", data.rstrip().splitlines()[-1])

it = Interp({"__name__": "__main__"})
print(it.runsource("x = 20"))
print(it.runsource("x * 2"))
print(it.runsource("if x:"))
print(it.runsource("if x:\n  print('yes')"))
print(it.runsource("if x:\n  print('yes')\n"))
print(it.runsource("1/0"))
print(sys.last_type.__name__, sys.last_value)
print(it.runsource("1 +"))
print(sys.last_type.__name__)
print(it.runsource("(1,"))
print(it.locals["x"])
i2 = code.InteractiveInterpreter()
print(sorted(i2.locals), i2.locals["__name__"])
try:
    it.runsource("raise SystemExit(4)")
except SystemExit as e:
    print("SystemExit", e.code)
