import os
import os.path as osp
import a.b.c
from . import sibling
from ..pkg.mod import name as alias, other
from m import *
