import concurrent.futures as cf
import time

def delayed(x):
    time.sleep(0.01 * x)
    return x

with cf.ThreadPoolExecutor(4) as ex:
    fs = {ex.submit(delayed, x): x for x in (3, 1, 2)}
    order = [f.result() for f in cf.as_completed(fs)]
    print(sorted(order), len(order))
    done = cf.Future()
    done.set_result("already")
    print([f.result() for f in cf.as_completed([done])])
    pending = cf.Future()
    try:
        for f in cf.as_completed([pending, done], timeout=0.02):
            print("got", f.result())
    except TimeoutError as e:
        print(type(e).__name__, e)
