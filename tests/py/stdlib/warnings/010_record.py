import os
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    warnings.warn("fourth", category=SyntaxWarning)
for m in w:
    print(type(m.message).__name__, m.message, m.category.__name__, os.path.basename(m.filename), m.lineno, m.line, m.file, m.source)
print(len(w), isinstance(w[0].message, UserWarning), str(w[0]).replace(w[0].filename, "F"))
print(warnings.catch_warnings(record=True), warnings.catch_warnings())
print(warnings.__all__)
print(warnings.filters[:5])
print(warnings.defaultaction, warnings.onceregistry)
