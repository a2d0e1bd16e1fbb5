NAME = 'helper_pkg'
from . import mod_a
