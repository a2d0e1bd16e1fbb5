# current_thread(), main_thread(), get_ident(), and the dummy Thread object of
# a thread started with _thread directly.
import _thread
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(type(main).__name__, repr(main).startswith("<_MainThread(MainThread, started "))
info = []


def f():
    me = threading.current_thread()
    info.append((me.name, me is t, me.ident == threading.get_ident(),
                 me.native_id == threading.get_native_id(),
                 threading.main_thread() is main, me.daemon))


t = threading.Thread(target=f, name="named")
t.start()
t.join()
print(info)
print(threading.get_ident() != t.ident)

# A thread not started by threading gets a _DummyThread: daemonic, alive,
# named Dummy-N with the same counter as Thread-N.
done = _thread.allocate_lock()
done.acquire()
dummy = []


def raw():
    me = threading.current_thread()
    dummy.append((type(me).__name__, me.name, me.daemon, me.is_alive(),
                  me is threading.current_thread(), me in threading.enumerate()))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(dummy)
print(threading.Thread().name)
