import helper_circ.d
VALUE = 1
