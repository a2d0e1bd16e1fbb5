import sys
print('running', __name__, __package__, __spec__.name if __spec__ else None)
