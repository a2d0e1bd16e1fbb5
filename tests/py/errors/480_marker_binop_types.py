# TypeError from + with a str and an int.
name = "item"
count = 3
label = name + count
