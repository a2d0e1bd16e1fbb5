"""asyncio: an event loop, tasks and streams for coroutines (Kaa).

Written in Python from the documented API.  The loop is a selector loop
(base_events.BaseEventLoop); there is no SSL, no datagram or Unix-socket
transports, and subprocesses are driven with helper threads.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .runners import *
from .queues import *
from .streams import *
from .subprocess import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *

from . import base_events as _base_events
from . import events as _events

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           runners.__all__ +
           queues.__all__ +
           streams.__all__ +
           subprocess.__all__ +
           tasks.__all__ +
           taskgroups.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy'))


class _UnixSelectorEventLoop(_base_events.BaseEventLoop):
    """The event loop over selectors.DefaultSelector."""


SelectorEventLoop = _UnixSelectorEventLoop


class DefaultEventLoopPolicy(_events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop


EventLoop = SelectorEventLoop
