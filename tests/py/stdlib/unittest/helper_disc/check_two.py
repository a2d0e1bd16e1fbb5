import unittest

class Two(unittest.TestCase):
    def test_two(self):
        self.assertEqual(2, 3)
