"""A discrete-event scheduler: heapq of (time, seq, event) and dataclasses."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Event:
    time: float
    seq: int
    name: str = field(compare=False)
    repeat: float = field(default=0, compare=False)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0.0

    def at(self, time, name, repeat=0):
        heapq.heappush(self.queue, Event(time, next(self.counter), name, repeat))

    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            print(f"t={self.now:5.1f} {ev.name}")
            if ev.repeat:
                self.at(ev.time + ev.repeat, ev.name, ev.repeat)


s = Scheduler()
s.at(0, "boot")
s.at(2.5, "tick", repeat=2.5)
s.at(4, "backup")
s.at(4, "report")
s.at(9.9, "shutdown")
s.run(10)
print(len(s.queue), s.queue[0])
