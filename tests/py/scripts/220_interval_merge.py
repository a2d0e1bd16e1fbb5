"""Merging intervals and scheduling meetings: sorting, bisect, heapq."""
import bisect
import heapq

intervals = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 12), (0, 1)]


def merge(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


print(merge(intervals))


def rooms_needed(meetings):
    ends = []
    for s, e in sorted(meetings):
        if ends and ends[0] <= s:
            heapq.heapreplace(ends, e)
        else:
            heapq.heappush(ends, e)
    return len(ends)


print("rooms:", rooms_needed(intervals))
starts = sorted(s for s, _ in intervals)
for t in (0, 5, 9, 16, 30):
    print(t, "meetings started by then:", bisect.bisect_right(starts, t))
calendar = []
for s, e in intervals:
    bisect.insort(calendar, (s, e))
print(calendar)
print(bisect.bisect_left(calendar, (9,), key=None), bisect.bisect(calendar, 10, key=lambda iv: iv[0]))
