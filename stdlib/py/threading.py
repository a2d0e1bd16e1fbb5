"""Thread objects and synchronization primitives (CPython 3.11's `threading`).

Kaa's own implementation on top of the native `_thread` module, which gives
OS threads, `allocate_lock`, `RLock`, `get_ident`, `get_native_id`, `_count`,
`TIMEOUT_MAX` and the default `_excepthook`. Everything else is here, in plain
Python: Kaa has no `collections`, `itertools`, `functools`, `traceback` or
`warnings`, so lists stand in for deques and counters are plain integers.
See docs/threading.md for what users can rely on.

Notes
-----
* Joining. CPython's `_thread._set_sentinel()` gives each thread a lock that
  the C runtime releases when the thread state is gone; `join()` waits on it.
  Kaa's `_thread` has no sentinel, so `Thread.start()` allocates the lock
  (`_tstate_lock`), acquires it in the starting thread, and the new thread
  releases it as the very last thing `_bootstrap_inner` does, after it has
  left `_active`. `join()` then blocks in a native `acquire()`, which releases
  the interpreter lock while waiting. A lock may be released by a thread other
  than its owner, which is what makes this work.
* `_shutdown()` is called by the interpreter when the main program ends. It
  releases the main thread's own lock (so threads joining the main thread wake
  up), then waits on the lock of every non-daemon thread, as CPython does.
* Names. "Thread-N" numbers come from one module counter shared with
  "Dummy-N" names, exactly as CPython 3.11 (the main thread takes no number).
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock


# ----- tracing and profiling hooks -------------------------------------------
# Threads started later get them through sys.settrace/sys.setprofile.

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


def stack_size(size=0):
    """Return the thread stack size used when creating new threads.

    Kaa's `_thread` does not let the stack size be chosen: 0 ("the platform
    default") is the only value accepted."""
    if size != 0:
        raise ValueError("setting the thread stack size is not supported")
    return 0


# ----- reentrant lock --------------------------------------------------------

def RLock(*args, **kwargs):
    """A reentrant lock: the native `_thread.RLock` (the pure-Python
    `_PyRLock` below when the native one is missing)."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """A reentrant lock written in Python, with the native RLock's interface.

    The owner's ident and a recursion count guard a plain lock."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        return "<%s %s.%s object owner=%r count=%d>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count)

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Internal methods used by Condition.wait: they drop and restore the
    # whole recursion level at once.

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()


_PyRLock = _RLock
_CRLock = getattr(_thread, "RLock", None)


# ----- condition variables ---------------------------------------------------

class Condition:
    """Class that implements a condition variable.

    A waiting thread parks on a fresh lock of its own (`waiter`, acquired once
    so that a second acquire blocks); notify() releases the waiters' locks in
    the order they started waiting."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Export the lock's acquire() and release() methods
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that has _release_save/_acquire_restore/_is_owned (an RLock)
        # lets wait() drop every recursion level at once; a plain lock uses
        # the defaults below.
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()           # No state to save

    def _acquire_restore(self, x):
        self._lock.acquire()           # Ignore saved state

    def _is_owned(self):
        # Used only when the lock has no _is_owned() of its own: a plain lock
        # that we cannot acquire is assumed to be held by us.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs (True unless it timed out)."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:    # restore state no matter what (e.g., KeyboardInterrupt)
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true; return its last value."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n of the threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # An earlier notify() released it but was interrupted before
                # removing it from the list (CPython gh-92530).
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        self.notify_all()


# ----- semaphores and events -------------------------------------------------

class Semaphore:
    """A counter of release() calls minus acquire() calls, plus an initial value.

    acquire() blocks while the counter is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero; False on timeout."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may not go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Like Semaphore.release(), but ValueError past the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """A flag that threads can wait for; initially false."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        return self.is_set()

    def set(self):
        """Set the flag and wake up every thread waiting for it."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true; return the flag (False on timeout)."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ----- barriers --------------------------------------------------------------
# As CPython's: two main states, 'filling' and 'draining', make the barrier
# cyclic (no thread gets in until the previous cycle has drained); while
# 'resetting', leaving threads get BrokenBarrierError; 'broken' is final until
# reset().

class Barrier:
    """Make a fixed number of threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait until `parties` threads have called wait(); return this
        thread's arrival index, 0 to parties-1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()  # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # The last one in runs the action and releases the others.
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                # Wake up any threads waiting for the barrier to drain.
                self._exit()

    def _enter(self):
        # Wait while the barrier drains or resets; fail if it is broken.
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        # Run the action, then let everybody go (enter the draining state).
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            # The action failed: break the barrier and re-raise.
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            # Timed out: break the barrier.
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        # The last thread out ends the draining (or resetting) state.
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting in it get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    # Reset the barrier, waking up threads.
                    self._state = -1
                elif self._state == -2:
                    # It was broken: the reset completes when the last thread leaves.
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise
        BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting at the barrier."""
        # Unsynchronized, as in CPython: the answer is stale at once anyway.
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is in the broken state."""
        return self._state == -2


class BrokenBarrierError(RuntimeError):
    pass


# ----- the registry of threads -----------------------------------------------

_counter = 0
_counter_lock = _allocate_lock()


def _newname(name_template):
    # Under a lock: two threads creating threads at once must not get the
    # same number (CPython uses the atomic itertools.count).
    global _counter
    with _counter_lock:
        _counter += 1
        n = _counter
    return name_template % n


# A reentrant lock, so that e.g. enumerate() may be called from code that
# already holds it (CPython bpo-44422).
_active_limbo_lock = RLock()
_active = {}    # maps thread ident to Thread object
_limbo = {}     # threads started but not yet running: Thread -> Thread

# The _tstate_lock of every non-daemon thread that may still be running;
# _shutdown() waits on each of them. A set (as CPython's), so that a
# thread's _stop() forgets its own lock at once.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()
# The size of _shutdown_locks after the last sweep.
_shutdown_locks_swept = 0


def _maintain_shutdown_locks():
    """Forget the locks of threads that have ended (their lock is released).

    Called with _shutdown_locks_lock held, so that the set does not grow
    forever when threads are never joined (CPython bpo-37788). Sweeping at
    every start made starting N threads cost N*N/2 locked() calls; the sweep
    runs only once the set has doubled since the last one, so that it costs
    a constant per start on average and the set stays within twice its
    size after the last sweep."""
    global _shutdown_locks_swept
    if len(_shutdown_locks) < 2 * _shutdown_locks_swept:
        return
    _shutdown_locks.difference_update([lock for lock in _shutdown_locks if not lock.locked()])
    _shutdown_locks_swept = len(_shutdown_locks)


# ----- uncaught exceptions in threads ----------------------------------------

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook(): (exc_type, exc_value,
    exc_traceback, thread), also readable by those names."""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("threading.ExceptHookArgs() takes a 4-sequence "
                            f"({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % tuple(self))


# The native default: prints "Exception in thread NAME:" and the traceback to
# sys.stderr, and silently ignores SystemExit.
excepthook = _thread._excepthook
__excepthook__ = excepthook

# CPython's native hook accepts only its own argument type; use that type when
# it exists (this module is tested under CPython too). Kaa's takes any object
# with the four attributes.
if hasattr(_thread, "_ExceptHookArgs"):
    ExceptHookArgs = _thread._ExceptHookArgs


def _make_invoke_excepthook():
    """Return the function a thread calls on an uncaught exception.

    The module-level `excepthook` is looked up when the exception happens, so
    that a hook installed after the thread started is used. If the hook itself
    fails, its exception goes to sys.excepthook, as in CPython."""
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")

    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        args = None
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:",
                        file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            # Break the reference cycle exception -> traceback -> frame -> args.
            args = None

    return invoke_excepthook


# ----- Thread ----------------------------------------------------------------

class Thread:
    """A thread of control: pass a callable as `target`, or override run()
    in a subclass (whose __init__ must call Thread.__init__ first)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass

        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Copy of sys.stderr used by self._invoke_excepthook()
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # easy way to get ._is_stopped set when appropriate
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: run() is called in a new thread of control.

        May be called at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")

        # The join lock is taken here, before the thread exists, so that a
        # join() right after start() cannot miss it (see the Notes above).
        lock = _allocate_lock()
        lock.acquire()
        self._tstate_lock = lock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)

        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            lock.release()
            self._tstate_lock = None
            raise
        # Wait until the new thread has set its ident and entered _active.
        self._started.wait()

    def run(self):
        """The thread's activity: calls target(*args, **kwargs).

        Override it in a subclass to do something else."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a reference cycle if the target's arguments refer to
            # the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # The function _thread.start_new_thread runs in the new thread.
        # Whatever happens, the join lock is released last: join() returns
        # only when nothing of the thread's Python code is left to run.
        lock = self._tstate_lock
        try:
            self._bootstrap_inner()
        finally:
            lock.release()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # Only the main thread uses this: its lock is released by _shutdown().
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()

            if _trace_hook is not None and hasattr(_sys, "settrace"):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, "setprofile"):
                _sys.setprofile(_profile_hook)

            try:
                self.run()
            except:
                # SystemExit included: the default hook ignores it silently.
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        # After _stop(), is_alive() is False and join() returns at once. It is
        # called by whoever first finds the join lock released (join(),
        # is_alive()); several threads may do so at once, harmlessly.
        # _tstate_lock is cleared last so that "assert self._is_stopped" in
        # _wait_for_tstate_lock() holds whenever it sees None.
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)
                _maintain_shutdown_locks()

    def _delete(self):
        """Remove the current thread from the dict of running threads."""
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        """Wait until the thread ends, or until `timeout` seconds have passed
        (then is_alive() tells which happened)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            # A negative timeout has always acted as 0.
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # Getting the join lock means the thread has ended: give it back (other
        # joiners may be waiting on it too) and mark the thread stopped.
        lock = self._tstate_lock
        if lock is None:
            # Already known to have ended.
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                # acquire() succeeded but an exception (KeyboardInterrupt)
                # arrived before release() (CPython bpo-45274).
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (see get_ident()), None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The OS's id of the thread (see get_native_id()), None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether the program may exit while this thread still runs.

        Inherited from the creating thread; must be set before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Deprecated camelCase aliases (CPython also emits a DeprecationWarning;
    # Kaa has no warnings module).

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() comes first:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """The Thread object of a thread not started by this module (as seen by
    current_thread() in it). Always alive and daemonic; cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ----- module functions ------------------------------------------------------

def current_thread():
    """The Thread object of the calling thread (a _DummyThread if the thread
    was not started through this module)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    return current_thread()


def active_count():
    """The number of Thread objects currently alive (len(enumerate()))."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    return active_count()


def _enumerate():
    # Same as enumerate(), without the lock (for internal use).
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """All Thread objects currently alive: started and not yet ended, the main
    thread and dummy threads included."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register func(*arg, **kwargs) to be called, last registered first, when
    _shutdown() starts: before non-daemon threads are joined."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")

    def call():
        func(*arg, **kwargs)
    _threading_atexits.append(call)


_main_thread = _MainThread()


def _shutdown():
    """Wait for every non-daemon thread to end.

    The interpreter calls this when the main program is done (after an
    uncaught exception too), before atexit handlers run."""
    if _main_thread._is_stopped:
        # Already called.
        return

    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True

    for atexit_call in reversed(_threading_atexits):
        atexit_call()

    # The main thread is done: wake anyone joining it.
    if _main_thread.ident == get_ident():
        tlock = _main_thread._tstate_lock
        assert tlock is not None
        assert tlock.locked()
        tlock.release()
        _main_thread._stop()

    # Wait on the join lock of every non-daemon thread; loop, since threads
    # may start more threads meanwhile.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            # Released when the thread ends; give it back at once.
            lock.acquire()
            lock.release()


def main_thread():
    """The main thread: the one the interpreter started in."""
    return _main_thread


# ----- thread-local data -----------------------------------------------------
#
# Each `local` object has a _LocalImpl holding one dict per thread, keyed by
# id() of the thread's Thread object. Weak references clean up in both
# directions, as CPython's _threading_local does: when a Thread object dies its
# dict is dropped from every local, and when a local dies the thread forgets
# it. Attribute access is routed to the calling thread's dict by
# __getattribute__/__setattr__/__delattr__ (Kaa cannot assign an instance's
# __dict__, the trick CPython's pure-Python version uses).

from _weakref import ref as _ref


class _LocalImpl:
    """The per-thread dicts of one `local` object."""

    __slots__ = ('key', 'dicts', 'localargs', '__weakref__')

    def __init__(self):
        # The key under which threads keep a weak reference to this object.
        self.key = '_threading_local._localimpl.' + str(id(self))
        # id(thread) -> (weak reference to the thread, its dict)
        self.dicts = {}

    def get_dict(self):
        """The calling thread's dict, or None if it has none yet."""
        thread = current_thread()
        entry = self.dicts.get(id(thread))
        # Check that the id still names the same thread: a dead thread's
        # entry is removed by a weakref callback, which may run a little late.
        if entry is not None and entry[0]() is thread:
            return entry[1]
        return None

    def create_dict(self):
        """Create a new dict for the calling thread and return it."""
        localdict = {}
        key = self.key
        thread = current_thread()
        idt = id(thread)

        def local_deleted(_, key=key):
            # The local is gone: the thread no longer needs to know it.
            thread = wrthread()
            if thread is not None:
                thread.__dict__.pop(key, None)

        def thread_deleted(_, idt=idt):
            # The thread is gone: drop its dict (unless the id has already
            # been taken by a new thread's entry).
            local = wrlocal()
            if local is not None:
                entry = local.dicts.get(idt)
                if entry is not None and entry[0] is wrthread:
                    del local.dicts[idt]

        wrlocal = _ref(self, local_deleted)
        wrthread = _ref(thread, thread_deleted)
        # The thread holds the weak reference to the local so that it lives
        # (and its callback can fire) as long as the thread object does.
        thread.__dict__[key] = wrlocal
        self.dicts[idt] = wrthread, localdict
        return localdict


def _local_dict(self):
    # The calling thread's attributes of the local `self`. A thread's first
    # access creates its dict and runs the subclass's __init__ with the
    # arguments the local was created with, as CPython does.
    impl = object.__getattribute__(self, '_local__impl')
    d = impl.get_dict()
    if d is None:
        d = impl.create_dict()
        args, kw = impl.localargs
        type(self).__init__(self, *args, **kw)
    return d


# class -> frozenset of the attribute names that are data descriptors
# (properties, slots) for instances of that class. Computed once per class:
# a property added to a local subclass after its first use is not seen.
_local_data_descriptors = {}


def _data_descriptors(cls):
    names = _local_data_descriptors.get(cls)
    if names is None:
        seen = set()
        found = ['__class__']
        for klass in cls.__mro__:
            for name, attr in klass.__dict__.items():
                if name in seen:
                    continue
                seen.add(name)
                # property is tested by name: Kaa's native property type does
                # not expose __set__/__delete__ as attributes.
                t = type(attr)
                if isinstance(attr, property) or (
                        hasattr(t, '__get__') and (hasattr(t, '__set__') or
                                                   hasattr(t, '__delete__'))):
                    found.append(name)
        names = frozenset(found)
        _local_data_descriptors[cls] = names
    return names


class local:
    """Thread-local data: each thread sees its own attributes.

    A subclass may define __init__(self, ...): it runs once in every thread
    that uses the object, with the arguments given when it was created."""

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl()
        impl.localargs = (args, kw)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's __init__ is run by the normal class call.
        impl.create_dict()
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        # An instance attribute wins, unless the class has a data
        # descriptor (a property) of that name: the usual lookup order.
        if name in d and name not in _data_descriptors(type(self)):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % type(self).__name__)
        d = _local_dict(self)
        if name in _data_descriptors(type(self)):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % type(self).__name__)
        d = _local_dict(self)
        if name in _data_descriptors(type(self)):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError("%r object has no attribute %r"
                                 % (type(self).__name__, name))
