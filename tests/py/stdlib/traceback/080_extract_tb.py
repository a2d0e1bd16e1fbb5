# extract_tb, walk_tb, format_tb, print_tb and their limits.
import io
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def level3():
    raise IndexError("deep")


def level2():
    level3()


def level1():
    level2()


try:
    level1()
except IndexError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=0)])
print(traceback.extract_tb(None), traceback.format_tb(None))
lines = traceback.format_tb(tb)
print(len(lines))
print("".join(lines).replace(HERE, ""), end="")
buf = io.StringIO()
traceback.print_tb(tb, limit=1, file=buf)
print(buf.getvalue().replace(HERE, ""), end="")
print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_next.tb_lineno)
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
traceback.clear_frames(tb)
print(traceback.extract_tb(tb)[-1].name)
