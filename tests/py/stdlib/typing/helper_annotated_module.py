# Not a test: a module whose annotations 250_module_hints reads.
from typing import List, Optional
x: int = 1
y: 'List[Node]'
z: Optional['Node']
class Node:
    pass
