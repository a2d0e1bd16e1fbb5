import functools

def a(x,
      y):  # comment ending with colon:
    '''doc with def inside:
def fake():
    pass
'''
    if x:
        return [
1, 2]
    # trailing comment in body

    return y
# comment at col 0 after a

class B(object,
        metaclass=type):
    x = "string with # hash and ( paren"

    def m(self): return (1 +
                         2)

    @functools.lru_cache
    @staticmethod
    def n():
        s = \
            3
        return s
        # deeper comment

    async_name = 1

def c(): pass; x = 1
def d():
    def inner():
        return 1
    return inner
e = lambda: (1,
             2)
class F: pass
class G:
    class H:
        def k(self):
            pass
        # end comment at body level of H
    # comment at G body level
  # odd indent comment
def last():
    return """
multi
"""
