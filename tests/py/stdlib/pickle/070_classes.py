# Instances of plain classes, __slots__, subclasses of built-in types.
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


class Slots:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1
        self.y = 2


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class Outer:
    class Inner:
        pass


for proto in range(6):
    p = Plain()
    data = pickle.dumps(p, proto)
    back = pickle.loads(data)
    print(proto, data, type(back).__name__, back.a, back.b)
    ml = MyList([1, 2])
    ml.tag = 'T'
    data = pickle.dumps(ml, proto)
    back = pickle.loads(data)
    print(proto, data, type(back).__name__, back, back.tag)
    md = MyDict(a=1)
    back = pickle.loads(pickle.dumps(md, proto))
    print(proto, pickle.dumps(md, proto), type(back).__name__, back)
    back = pickle.loads(pickle.dumps(MyInt(7), proto))
    print(proto, pickle.dumps(MyInt(7), proto), type(back).__name__, back)
    print(proto, pickle.dumps(Outer.Inner, proto),
          pickle.loads(pickle.dumps(Outer.Inner, proto)) is Outer.Inner)
for proto in range(2, 6):
    s = Slots()
    data = pickle.dumps(s, proto)
    back = pickle.loads(data)
    print(proto, data, back.x, back.y)
for proto in (0, 1):
    try:
        pickle.dumps(Slots(), proto)
    except TypeError as e:
        print(proto, type(e).__name__, e)
