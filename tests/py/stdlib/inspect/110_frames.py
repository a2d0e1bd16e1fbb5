import inspect, os

def info_positions(fi):
    return fi.positions.lineno, fi.positions.end_lineno, len(fi), fi[2]

def inner():
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_back.f_code.co_name)
    st = inspect.stack()
    print([fi.function for fi in st])
    print([(fi.lineno, os.path.basename(fi.filename)) for fi in st])
    print(st[0].code_context, st[0].index, st[0].positions.lineno, info_positions(st[1]))
    print(st[1][3], st[1].code_context)
    info = inspect.getframeinfo(frame.f_back)
    print(info.function, info.lineno, os.path.basename(info.filename), info.code_context)
    outer_frames = inspect.getouterframes(frame, context=3)
    print(outer_frames[1].code_context, outer_frames[1].index)

def outer():
    inner()

outer()

def fail():
    raise ValueError('x')

try:
    fail()
except ValueError:
    tr = inspect.trace()
    print([(fi.function, fi.lineno) for fi in tr])
    print(tr[-1].code_context)
