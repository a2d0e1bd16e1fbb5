# Tokenizer: a hand-written scanner for a small expression language
# (identifiers, keywords, ints, floats with exponents, hex ints, strings with
# escapes, one- to three-character operators, comments, indentation-free
# newlines), run over source text that the program generates. Character
# classification with `str` methods and `in` tests on strings, slicing,
# building token objects, dict counting; no `re`.

KEYWORDS = {"let", "fn", "if", "else", "while", "return", "and", "or", "not",
            "true", "false", "nil"}
OPERATORS3 = {"**=", "//=", "..."}
OPERATORS2 = {"==", "!=", "<=", ">=", "->", "**", "//", "+=", "-=", "*=",
              "/=", "&&", "||", "<<", ">>", ".."}
OPERATORS1 = set("+-*/%<>=!&|^~.,;:()[]{}")
IDENT_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
IDENT_REST = IDENT_START + "0123456789"
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "0": "\0"}


class Token:
    __slots__ = ("kind", "text", "value", "line", "col")

    def __init__(self, kind, text, value, line, col):
        self.kind = kind
        self.text = text
        self.value = value
        self.line = line
        self.col = col


class LexError(Exception):
    pass


class Lexer:
    def __init__(self, src):
        self.src = src
        self.pos = 0
        self.line = 1
        self.line_start = 0

    def error(self, msg):
        raise LexError(f"{msg} at {self.line}:{self.pos - self.line_start + 1}")

    def tokens(self):
        src = self.src
        n = len(src)
        out = []
        while self.pos < n:
            ch = src[self.pos]
            start = self.pos
            col = start - self.line_start + 1
            if ch == "\n":
                out.append(Token("NEWLINE", "\n", None, self.line, col))
                self.pos += 1
                self.line += 1
                self.line_start = self.pos
            elif ch == " " or ch == "\t" or ch == "\r":
                self.pos += 1
            elif ch == "#":
                end = src.find("\n", start)
                self.pos = n if end < 0 else end
            elif ch in IDENT_START:
                pos = start + 1
                while pos < n and src[pos] in IDENT_REST:
                    pos += 1
                text = src[start:pos]
                kind = "KEYWORD" if text in KEYWORDS else "NAME"
                out.append(Token(kind, text, text, self.line, col))
                self.pos = pos
            elif ch.isdigit() or (ch == "." and start + 1 < n and src[start + 1].isdigit()):
                out.append(self.number(start, col))
            elif ch == '"':
                out.append(self.string(start, col))
            else:
                three = src[start:start + 3]
                two = src[start:start + 2]
                if three in OPERATORS3:
                    text = three
                elif two in OPERATORS2:
                    text = two
                elif ch in OPERATORS1:
                    text = ch
                else:
                    self.error(f"unexpected character {ch!r}")
                out.append(Token("OP", text, text, self.line, col))
                self.pos = start + len(text)
        out.append(Token("EOF", "", None, self.line, self.pos - self.line_start + 1))
        return out

    def number(self, start, col):
        src = self.src
        n = len(src)
        pos = start
        if src.startswith("0x", pos) or src.startswith("0X", pos):
            pos += 2
            while pos < n and src[pos] in "0123456789abcdefABCDEF_":
                pos += 1
            text = src[start:pos]
            self.pos = pos
            return Token("INT", text, int(text[2:].replace("_", ""), 16), self.line, col)
        is_float = False
        while pos < n and (src[pos].isdigit() or src[pos] == "_"):
            pos += 1
        if pos < n and src[pos] == "." and not src.startswith("..", pos):
            is_float = True
            pos += 1
            while pos < n and src[pos].isdigit():
                pos += 1
        if pos < n and src[pos] in "eE":
            look = pos + 1
            if look < n and src[look] in "+-":
                look += 1
            if look < n and src[look].isdigit():
                is_float = True
                pos = look
                while pos < n and src[pos].isdigit():
                    pos += 1
        text = src[start:pos]
        self.pos = pos
        clean = text.replace("_", "")
        if is_float:
            return Token("FLOAT", text, float(clean), self.line, col)
        return Token("INT", text, int(clean), self.line, col)

    def string(self, start, col):
        src = self.src
        n = len(src)
        pos = start + 1
        parts = []
        chunk = pos
        while True:
            if pos >= n or src[pos] == "\n":
                self.error("unterminated string")
            ch = src[pos]
            if ch == '"':
                parts.append(src[chunk:pos])
                pos += 1
                break
            if ch == "\\":
                parts.append(src[chunk:pos])
                esc = src[pos + 1:pos + 2]
                if esc not in ESCAPES:
                    self.error(f"bad escape \\{esc}")
                parts.append(ESCAPES[esc])
                pos += 2
                chunk = pos
            else:
                pos += 1
        self.pos = pos
        return Token("STRING", src[start:pos], "".join(parts), self.line, col)


def generate_source(n_funcs):
    """Deterministic source text in the toy language."""
    seed = 7
    lines = []
    names = ["alpha", "beta", "gamma_2", "delta", "x", "y_", "count", "total", "idx"]
    ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&&", "||", "==", "!=", "<=", ">="]
    for f in range(n_funcs):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        lines.append(f"fn func_{f}(a, b, c) -> int {{  # function {f}")
        for s in range(8):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            name = names[seed % len(names)]
            op = ops[(seed >> 8) % len(ops)]
            kind = (seed >> 16) % 6
            if kind == 0:
                lines.append(f"    let {name} = {seed % 1000} {op} a[{s}] * 3.5e-2;")
            elif kind == 1:
                lines.append(f'    let msg = "value\\t{seed % 97}\\n" .. "\\"q\\"";')
            elif kind == 2:
                lines.append(f"    if {name} {op} 0x{seed % 4096:x} and not b {{ return {name}; }}")
            elif kind == 3:
                lines.append(f"    while {name} >= {seed % 50}.25 {{ {name} -= 1_000; c **= 2; }}")
            elif kind == 4:
                lines.append(f"    {name} += func_{seed % (f + 1)}({name}, [1, 2.5, .5], nil);")
            else:
                lines.append(f"    # comment {seed} with symbols ( ) {{ }} \"not a string\"")
        lines.append("    return a + b ... c;")
        lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    src = generate_source(900)
    counts = {}
    total_tokens = 0
    int_sum = 0
    float_sum = 0.0
    string_chars = 0
    name_hash = 0
    for rep in range(4):
        tokens = Lexer(src).tokens()
        total_tokens += len(tokens)
        for tok in tokens:
            counts[tok.kind] = counts.get(tok.kind, 0) + 1
            if tok.kind == "INT":
                int_sum += tok.value
            elif tok.kind == "FLOAT":
                float_sum += tok.value
            elif tok.kind == "STRING":
                string_chars += len(tok.value)
            elif tok.kind == "NAME":
                for ch in tok.text:
                    name_hash = (name_hash * 33 + ord(ch)) % 1000000007
    last = tokens[-2]
    print("source", len(src), "chars", src.count("\n"), "lines")
    print("tokens", total_tokens, sorted(counts.items()))
    print("ints", int_sum, "floats", f"{float_sum:.6f}", "string chars", string_chars)
    print("names", name_hash, "last", last.kind, repr(last.text), last.line, last.col)
    for bad in ('let s = "open', "let x = 3 $ 4", 'let e = "\\q"'):
        try:
            Lexer(bad).tokens()
        except LexError as e:
            print("error:", e)


main()
