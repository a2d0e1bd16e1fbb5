# Post-mortem: an uncaught exception under -m pdb, pdb.post_mortem() in a
# handler, and the exception events seen while stepping.
from helper_pdbrun import run

SOURCE = '''def divide(a, b):
    q = a / b
    return q

def main():
    print(divide(4, 2))
    print(divide(1, 0))

main()
'''
run(SOURCE, "c\np 6 * 7\nu\np len('abc')\nd\nq\n")

PM = '''import pdb, sys

def fail(n):
    items = [1, 2]
    return items[n]

try:
    fail(5)
except IndexError:
    pdb.post_mortem()
print("after")
try:
    pdb.post_mortem()
except ValueError as e:
    print("ValueError", e)
try:
    fail(7)
except IndexError as e:
    sys.last_traceback = e.__traceback__
pdb.pm()
print("end")
'''
run(PM, "p 2 ** 10\nw\nu\nd\nll\nc\nw\nc\n", direct=True)

STEP = '''def boom():
    raise KeyError("k")

def main():
    try:
        boom()
    except KeyError as e:
        print("caught", e)

main()
'''
run(STEP, "b boom\nc\nn\nn\nn\nn\nn\nq\n")
