# UserList: a list held in .data
from collections import UserList

l = UserList([3, 1, 2])
print(l, repr(UserList()), l.data, l[0], l[1:], type(l[1:]).__name__, l + [4], [4] + l, l * 2, 2 * l)
print(len(l), 3 in l, l == [3, 1, 2], l < UserList([4]), l > [3], l <= [3, 1, 2], l >= UserList([9]))
l.append(5)
l.insert(0, 0)
l.extend(UserList([7]))
l.extend((8,))
l.sort()
print(l, l.pop(), l.pop(0), l.index(2), l.count(1))
l.reverse()
print(l)
l.remove(3)
l += [9]
l += UserList([10])
l += (11,)
print(l)
l *= 2
print(l, l.copy(), type(l.copy()).__name__)
l[0] = 'first'
del l[1]
l[1:3] = ['a', 'b', 'c']
print(l)
del l[:4]
print(l)
l.clear()
print(l, UserList((1, 2)), UserList(UserList([1])), UserList('ab'), UserList(initlist=[1]))
for bad in (lambda: UserList(5), lambda: UserList([1]).pop(5), lambda: UserList([1]).index(7),
            lambda: UserList([1]).remove(7), lambda: UserList([1])[5]):
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
s = UserList([3, 1, 2])
s.sort(reverse=True)
print(s, sorted(s), list(reversed(s)), s.index(1, 1), sum(s))

class Stack(UserList):
    def push(self, x):
        self.append(x)

st = Stack()
st.push(1)
st.push(2)
print(st, st[-1], type(st[:1]).__name__, type(st + [3]).__name__)
try:
    hash(st)
except TypeError as e:
    print(type(e).__name__, e)
