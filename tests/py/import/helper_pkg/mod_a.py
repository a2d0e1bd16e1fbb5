VALUE = 'a'
def rel():
    from .sub import leaf
    return leaf.VALUE
