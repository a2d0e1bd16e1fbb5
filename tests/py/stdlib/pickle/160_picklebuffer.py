# PickleBuffer and out-of-band buffers (protocol 5)
import pickle
pb = pickle.PickleBuffer(bytearray(b'abc'))
print(bytes(pb.raw()))
bufs = []
data = pickle.dumps([pb], 5, buffer_callback=bufs.append)
print(data, len(bufs))
print(pickle.dumps([pickle.PickleBuffer(b'xyz')], 5))
back = pickle.loads(data, buffers=[bytearray(b'abc')])
print(back)
pb.release()
try: pb.raw()
except ValueError as e: print(e)
