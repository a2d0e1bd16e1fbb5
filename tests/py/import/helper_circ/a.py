from helper_circ.b import g
def f():
    return 'f'
