# A comment at the top

x = 1  # trailing comment


# comment between statements
y = 2
    # an indented comment line is fine here
print(x + y)  # prints 3
s = "# not a comment"
print(s)
print('#', "also # not")
