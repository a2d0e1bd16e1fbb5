import unittest

class One(unittest.TestCase):
    def test_one(self):
        pass
