def f(cmd):
    match cmd:
        case {"op": "add", "args": [int(a), int(b)]}:
            return a + b
        case {"op": "neg", "args": [int(a)]}:
            return -a
        case {"op": "sum", "args": [*nums]} if all(isinstance(n, int) for n in nums):
            return sum(nums)
        case {"op": op, "args": [_, *_] as args}:
            return f"unknown op {op} with {len(args)} args"
        case {"op": op}:
            return f"{op} without args"
        case [("x" | "y") as axis, [float(v) | int(v)]]:
            return (axis, v)
        case _:
            return "bad command"

for c in [{"op": "add", "args": [1, 2]}, {"op": "neg", "args": [5]}, {"op": "sum", "args": [1, 2, 3]},
          {"op": "sum", "args": [1, "2"]}, {"op": "mul", "args": [1, 2]}, {"op": "nop", "args": []},
          ["x", [1.5]], ["y", [2]], ["z", [1]], 42]:
    print(f(c))
