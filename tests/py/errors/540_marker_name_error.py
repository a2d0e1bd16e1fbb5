# NameError inside an expression.
width = 3
area = width * heigth
