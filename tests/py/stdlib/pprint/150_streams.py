import pprint
import sys
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
out = Collect()
pprint.pprint({'a': list(range(30))}, stream=out, width=40)
print(repr(''.join(out.parts)))
p = pprint.PrettyPrinter(stream=out, width=20)
p.pprint(list(range(10)))
print(repr(''.join(out.parts)[-40:]))
print(p.pformat((1, 2)))
saved = sys.stdout
sys.stdout = Collect()
printer = pprint.PrettyPrinter()
sys.stdout, captured = saved, sys.stdout
printer.pprint('to the captured stream')
print(captured.parts)
sys.stdout = None
pprint.pprint('nowhere')
sys.stdout = saved
print('done')
