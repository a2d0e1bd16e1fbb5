import concurrent.futures as cf, time
ex = cf.ThreadPoolExecutor(2)
ex.submit(lambda: (time.sleep(0.1), print("work finished")))
print("main exits")
