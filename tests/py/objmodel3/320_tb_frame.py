def f():
    1 / 0


try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        fr = tb.tb_frame
        print(fr.f_code.co_name, tb.tb_lineno, fr.f_code.co_filename == __file__, type(fr.f_globals).__name__, type(fr).__name__)
        tb = tb.tb_next
