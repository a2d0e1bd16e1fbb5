# kaa -m pdb: list, step into a call, args, next, return, retval, continue.
from helper_pdbrun import run

SOURCE = '''import sys

def add(a, b):
    c = a + b
    return c

def main():
    x = 1
    y = add(x, 2)
    for i in range(2):
        y += i
    print("y =", y)
    return y

main()
'''

run(SOURCE, "l\nn\nn\nn\ns\nn\nn\ns\na\np a, b\nn\nn\nretval\nrv\nn\nretval\nr\nc\n")
run(SOURCE, "s\ns\ns\ns\ns\ns\ns\ns\ns\nq\n")
run(SOURCE, "b add\nc\nr\nc\nq\n")
