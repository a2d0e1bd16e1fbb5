def ok():
    return 1


class Fine:
    def method(self):
        return [x for x in range(3)]


print(ok())
while True
    pass
