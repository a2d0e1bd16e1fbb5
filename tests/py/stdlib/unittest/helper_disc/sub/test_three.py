import unittest

class Three(unittest.TestCase):
    def test_three(self):
        pass

    def test_four(self):
        pass
