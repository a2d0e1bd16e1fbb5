# A binary operation over two lines.
first = 10
second = None
total = (first +
         second)
