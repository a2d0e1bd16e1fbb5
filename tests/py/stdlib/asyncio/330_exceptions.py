import asyncio

e = asyncio.IncompleteReadError(b"ab", 5)
print(e, e.partial, e.expected, isinstance(e, EOFError))
e = asyncio.IncompleteReadError(b"", None)
print(e)
e = asyncio.LimitOverrunError("too long", 7)
print(e, e.consumed, isinstance(e, Exception))
print(asyncio.CancelledError.__mro__[1].__name__)
print(asyncio.InvalidStateError.__mro__[1].__name__)
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(issubclass(asyncio.SendfileNotAvailableError, RuntimeError))
for name in ("run", "sleep", "gather", "wait_for", "TaskGroup", "timeout",
             "Queue", "Lock", "Event", "to_thread", "open_connection",
             "start_server", "Runner", "get_event_loop", "new_event_loop"):
    print(name, hasattr(asyncio, name))
