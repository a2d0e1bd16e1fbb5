from array import array
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'data')
    with open(p, 'wb') as f:
        print(f.write(array('h', [5, 6])))
    with open(p, 'rb') as f:
        print(f.read())
