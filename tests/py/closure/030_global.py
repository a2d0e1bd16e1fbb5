total = 0
def add(n):
    global total
    total += n
def create():
    global new_name
    new_name = "created"
add(5)
add(7)
create()
print(total, new_name)
def read_only():
    return total * 2
print(read_only())
def nested():
    def inner():
        global total
        total = -1
    inner()
nested()
print(total)
