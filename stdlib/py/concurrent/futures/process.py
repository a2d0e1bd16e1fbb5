"""ProcessPoolExecutor: not available in Kaa (it has no multiprocessing)."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A process in the pool ended abruptly."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "Kaa has no ProcessPoolExecutor; use ThreadPoolExecutor")
