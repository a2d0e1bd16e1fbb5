# Deeply indented failing lines keep the markers aligned.
def outer():
    for i in range(2):
        if i:
            while True:
                data = {"k": [1]}
                return data["k"][i + 3] * 2


outer()
