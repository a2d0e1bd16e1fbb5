"""A pure-Python package as `pip install --target` lays it out."""
from .core import greet
__version__ = '1.2.3'
