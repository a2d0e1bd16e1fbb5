# A binary operation that is the whole line still gets ~ and ^.
x = 5
y = 0
x // y
