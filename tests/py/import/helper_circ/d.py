import helper_circ.c
def late():
    return helper_circ.c.VALUE
try:
    helper_circ.c.VALUE
except AttributeError as e:
    EARLY = str(e)
