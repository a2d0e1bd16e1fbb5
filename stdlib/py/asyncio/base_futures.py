"""Future reprs shared by Future and Task."""

import reprlib


def _future_repr_info(future):
    from .futures import _format_callbacks
    info = [future._state.lower()]
    if future._state == 'FINISHED':
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info
