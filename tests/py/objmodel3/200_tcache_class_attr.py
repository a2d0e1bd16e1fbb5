# The type attribute cache: a class attribute set, replaced or deleted after
# lookups have used it (and after lookups that found nothing) is seen at once.
class C:
    x = 1

c = C()
for i in range(3):
    print(c.x, C.x)
    C.x = i + 10
print(c.x, C.x)

# A name looked up and not found, then added to the class.
print(hasattr(c, "y"), hasattr(C, "y"))
C.y = "now"
print(c.y, C.y, hasattr(c, "y"))

# Deleted after use: instance and class lookups fail again.
del C.x
try:
    c.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del C.x
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, "x", "default"))

# Re-added after deletion.
C.x = "back"
print(c.x)

# An instance attribute shadows a class attribute added later (non-data),
# but not a data descriptor (a property) added later.
c.z = "inst"
print(c.z)
C.z = "cls"
print(c.z, C.z)
C.z = property(lambda self: "prop")
print(c.z)
del C.z
print(c.z)
