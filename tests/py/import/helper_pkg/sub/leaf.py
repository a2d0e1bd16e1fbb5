VALUE = 'leaf'
from .. import mod_a
PARENT = mod_a.VALUE
