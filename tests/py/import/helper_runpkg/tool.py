RESULT = (__name__, __package__)
if __name__ != 'helper_runpkg.tool':
    print('tool as', __name__)
