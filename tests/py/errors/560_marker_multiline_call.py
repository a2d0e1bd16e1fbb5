# A call spread over several lines: the marker runs to the end of the first line.
def build(a, b, c):
    return a + b + c


result = build(1,
               2,
               None)
