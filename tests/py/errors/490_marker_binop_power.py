# Two-character operators get two ^.
base = 2
exp = "3"
value = base ** exp
