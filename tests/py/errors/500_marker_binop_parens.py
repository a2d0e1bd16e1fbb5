# Parenthesised operands: the ~ cover the parentheses too.
a = 1
b = 0
c = (a + 1) % (b * 2)
