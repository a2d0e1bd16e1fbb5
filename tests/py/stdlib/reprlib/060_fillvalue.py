import reprlib
r = reprlib.Repr()
r.fillvalue = '*'
print(r.repr('x' * 100))
print(r.repr(10 ** 100))
print(r.repr([[[[[[[1]]]]]]]))
print(r.repr({1: {2: {3: {4: {5: {6: {7: 1}}}}}}}))
print(r.repr(list(range(20))), r.repr(set(range(20))))
print(r.repr({i: i for i in range(10)}))
class A:
    def __repr__(self):
        return 'A' * 50
print(r.repr(A()))
r.fillvalue = ''
print(r.repr(list(range(10))), r.repr('y' * 40))
r.maxlevel = 1
print(r.repr([[1], [], (2,), {3: [4]}]))
