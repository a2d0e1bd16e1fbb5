# The copyreg extension registry (EXT1, EXT2, EXT4) from protocol 2.
import copyreg
import pickle


class A:
    pass


class B:
    pass


class C:
    pass


copyreg.add_extension(__name__, 'A', 5)
copyreg.add_extension(__name__, 'B', 300)
copyreg.add_extension(__name__, 'C', 70000)
try:
    for proto in range(6):
        data = pickle.dumps([A, B, C], proto)
        back = pickle.loads(data)
        print(proto, data, back == [A, B, C])
finally:
    copyreg.remove_extension(__name__, 'A', 5)
    copyreg.remove_extension(__name__, 'B', 300)
    copyreg.remove_extension(__name__, 'C', 70000)
try:
    pickle.loads(b'\x80\x02\x82\x05.')
except ValueError as e:
    print(type(e).__name__, e)
