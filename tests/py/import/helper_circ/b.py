from helper_circ.a import f
def g():
    return 'g'
