def f(path):
    try:
        data = load(path)
    except (IOError, ValueError) as e:
        log(e)
        return None
    except:
        raise
    else:
        data = clean(data)
    finally:
        close()
    with open(path) as fh, lock:
        for line in fh:
            if line:
                return line
    return data
