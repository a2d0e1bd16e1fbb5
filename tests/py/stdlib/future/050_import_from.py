from __future__ import annotations
from __future__ import division, generator_stop, print_function
import __future__
print(annotations is __future__.annotations)
print(division, print_function.getOptionalRelease())
print(generator_stop.optional, generator_stop.mandatory)
print(__future__.__name__, type(__future__).__name__)
print(annotations.optional < (3, 8))
