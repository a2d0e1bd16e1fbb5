# Breakpoints: line, function, file:line, conditions, tbreak, the table,
# disable/enable, ignore, condition, clear, and their error messages.
from helper_pdbrun import run

SOURCE = '''def square(n):
    r = n * n
    return r

# a comment

total = 0
for k in range(5):
    total += square(k)
print("total", total)
'''

run(SOURCE, "\n".join([
    "b 2, n == 3", "tbreak 9", "b square", "b target.py:10", "b",
    "b 5", "b 6", "b 99", "b nosuch", "b nofile.py:3", "b target.py:x",
    "disable 3", "c", "p k, total", "c", "p n", "b", "enable 3", "ignore 3 1",
    "condition 1", "condition 1 n ==", "disable 9", "disable x", "clear 2",
    "c", "p n", "cl target.py:10", "cl", "y", "c", "",
]))
