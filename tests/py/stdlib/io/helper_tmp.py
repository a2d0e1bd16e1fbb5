"""A temporary directory beside the tests, removed with everything in it."""
import os


class TempDir:
    def __init__(self, name):
        self.path = name

    def __enter__(self):
        if os.path.isdir(self.path):
            self.cleanup()
        os.mkdir(self.path)
        return self

    def file(self, name):
        return self.path + "/" + name

    def cleanup(self):
        for name in os.listdir(self.path):
            full = self.path + "/" + name
            if os.path.isdir(full):
                os.rmdir(full)
            else:
                os.remove(full)
        os.rmdir(self.path)

    def __exit__(self, *exc):
        self.cleanup()
