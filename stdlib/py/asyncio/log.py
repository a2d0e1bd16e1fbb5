"""The 'asyncio' logger."""

import logging

logger = logging.getLogger(__package__)
