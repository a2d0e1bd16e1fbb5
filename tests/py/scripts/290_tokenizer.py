"""A tiny expression tokenizer and evaluator (shunting-yard) with enums."""
from enum import Enum
import operator


class Tok(Enum):
    NUM = "number"
    OP = "operator"
    LP = "("
    RP = ")"


OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul),
       "/": (2, operator.truediv), "^": (3, operator.pow)}


def tokenize(s):
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            yield Tok.NUM, float(s[i:j])
            i = j
        elif ch in OPS:
            yield Tok.OP, ch
            i += 1
        elif ch in "()":
            yield Tok(ch), ch
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")


def evaluate(s):
    out, ops = [], []

    def apply():
        op = ops.pop()
        b, a = out.pop(), out.pop()
        out.append(OPS[op][1](a, b))

    for kind, val in tokenize(s):
        if kind is Tok.NUM:
            out.append(val)
        elif kind is Tok.OP:
            while ops and ops[-1] in OPS and (OPS[ops[-1]][0] > OPS[val][0] or (OPS[ops[-1]][0] == OPS[val][0] and val != "^")):
                apply()
            ops.append(val)
        elif kind is Tok.LP:
            ops.append(val)
        else:
            while ops[-1] != "(":
                apply()
            ops.pop()
    while ops:
        apply()
    return out[0]


for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1", "((7))"]:
    print(f"{e:12} = {evaluate(e)}")
print([(k.name, v) for k, v in tokenize("3*(4+5)")])
try:
    evaluate("2 $ 3")
except SyntaxError as e:
    print("SyntaxError:", e)
