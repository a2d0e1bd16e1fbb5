def c():
    return 'single-module distribution'
