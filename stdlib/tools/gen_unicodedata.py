#!/usr/bin/env python3
"""Generate stdlib/src/unicodedata/tables.rs from CPython 3.11's unicodedata.

Run with CPython 3.11 (Unicode 14.0.0):
    python3 stdlib/tools/gen_unicodedata.py
The tables are the ground truth of CPython's module, read code point by code
point; name aliases are found among the names perl's unicore/Name.pl lists
(kept only when CPython's `lookup` accepts them), and named sequences come from
perl's unicore/NamedSequences.txt, also checked against `lookup`.
"""
import os
import sys
import unicodedata as ud

assert ud.unidata_version == "14.0.0", ud.unidata_version
NAME_PL = "/usr/share/perl/5.36.0/unicore/Name.pl"
SEQ_TXT = "/usr/share/perl/5.36.0/unicore/NamedSequences.txt"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "unicodedata", "tables.rs")
MAXCP = 0x110000

# Names computed from the code point rather than stored: prefix -> ranges.
HEX_PREFIXES = [
    "CJK UNIFIED IDEOGRAPH-",
    "CJK COMPATIBILITY IDEOGRAPH-",
    "KHITAN SMALL SCRIPT CHARACTER-",
    "NUSHU CHARACTER-",
]


def hex_name_prefix(cp, name):
    for p in HEX_PREFIXES:
        if name == p + "%04X" % cp:
            return p
    return None


def bytes_lit(data):
    out = []
    for b in data:
        if b == 0x22 or b == 0x5C:
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    s = "".join(out)
    # break long literals into lines with string continuation escapes
    lines = [s[i:i + 96] for i in range(0, len(s), 96)]
    fixed = []
    carry = ""
    for ln in lines:
        ln = carry + ln
        carry = ""
        # do not split an escape sequence
        k = len(ln)
        cut = ln.rfind("\\", max(0, k - 4))
        if cut != -1:
            # count consecutive backslashes before cut
            j = cut
            while j > 0 and ln[j - 1] == "\\":
                j -= 1
            if (cut - j) % 2 == 0:
                carry = ln[cut:]
                ln = ln[:cut]
        fixed.append(ln)
    if carry:
        fixed.append(carry)
    return 'b"\\\n' + "\\\n".join(fixed) + '"'


def two_level(values, width):
    """Split `values` into blocks; return (shift, index1, blocks) of least size."""
    best = None
    for shift in range(4, 10):
        size = 1 << shift
        blocks = {}
        index1 = []
        data = []
        for start in range(0, len(values), size):
            blk = tuple(values[start:start + size])
            if blk not in blocks:
                blocks[blk] = len(blocks)
                data.extend(blk)
            index1.append(blocks[blk])
        cost = len(index1) * 2 + len(data) * width
        if best is None or cost < best[0]:
            best = (cost, shift, index1, data)
    return best[1:]


def le(values, width):
    out = bytearray()
    for v in values:
        out += v.to_bytes(width, "little")
    return bytes(out)


def main():
    cats, bidis, eaws = [], [], []

    def idx(lst, v):
        if v not in lst:
            lst.append(v)
        return lst.index(v)

    records = {}
    rec_of = []
    numerics = []
    decomps = []
    names = {}
    hex_ranges = []  # [prefix, start, end]
    for cp in range(MAXCP):
        c = chr(cp)
        rec = (
            idx(cats, ud.category(c)),
            idx(bidis, ud.bidirectional(c)),
            ud.combining(c),
            idx(eaws, ud.east_asian_width(c)),
            ud.mirrored(c),
        )
        rec_of.append(records.setdefault(rec, len(records)))
        dec = ud.decimal(c, None)
        dig = ud.digit(c, None)
        num = ud.numeric(c, None)
        if num is not None or dig is not None or dec is not None:
            numerics.append((cp, 255 if dec is None else dec, 255 if dig is None else dig, num))
        d = ud.decomposition(c)
        if d:
            decomps.append((cp, d))
        nm = ud.name(c, None)
        if nm is None or nm.startswith("HANGUL SYLLABLE "):
            continue
        p = hex_name_prefix(cp, nm)
        if p is not None:
            if hex_ranges and hex_ranges[-1][0] == p and hex_ranges[-1][2] == cp - 1:
                hex_ranges[-1][2] = cp
            else:
                hex_ranges.append([p, cp, cp])
            continue
        names[cp] = nm

    # Check the Hangul syllables follow the algorithm the Rust side uses.
    assert ud.name("\uac00") == "HANGUL SYLLABLE GA"
    assert ud.name("\ud7a3") == "HANGUL SYLLABLE HIH"

    # ----- names: words, each name a list of word numbers -----
    from collections import Counter
    freq = Counter()
    for nm in names.values():
        freq.update(nm.split(" "))
    words = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]
    assert len(words) < 128 + 128 * 256
    wnum = {w: i for i, w in enumerate(words)}
    word_bytes = bytearray()
    word_off = []
    for w in words:
        word_off.append(len(word_bytes))
        word_bytes += w.encode("ascii")
    word_off.append(len(word_bytes))

    # named code points as runs; each name length-prefixed, with a checkpoint
    # offset every 16 names
    cps = sorted(names)
    runs = []  # (start, count, first name number)
    for i, cp in enumerate(cps):
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, i])
    name_bytes = bytearray()
    checkpoints = []
    for i, cp in enumerate(cps):
        if i % 16 == 0:
            checkpoints.append(len(name_bytes))
        enc = bytearray()
        for w in names[cp].split(" "):
            n = wnum[w]
            if n < 128:
                enc.append(n)
            else:
                n -= 128
                enc += bytes([0x80 | (n >> 8), n & 0xFF])
        assert len(enc) < 256
        name_bytes.append(len(enc))
        name_bytes += enc

    # ----- aliases and named sequences -----
    aliases = []
    text = open(NAME_PL).read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    seen = set()
    for entry in body.split("\n\n"):
        lines = entry.strip().split("\n")
        if len(lines) != 2:
            continue
        code, nm = lines
        if " " in code.strip() or nm in seen:
            continue
        cp = int(code, 16)
        seen.add(nm)
        if ud.name(chr(cp), None) == nm:
            continue
        try:
            got = ud.lookup(nm)
        except KeyError:
            continue
        if got == chr(cp):
            aliases.append((nm, cp))
    sequences = []
    for line in open(SEQ_TXT):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        nm, seq = line.split(";")
        s = "".join(chr(int(x, 16)) for x in seq.split())
        try:
            if ud.lookup(nm) == s:
                sequences.append((nm, s))
        except KeyError:
            pass

    # ----- composition pairs (for NFC) -----
    compositions = []
    for cp, d in decomps:
        if d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) == 2 and ud.normalize("NFC", chr(cp)) == chr(cp):
            compositions.append((parts[0], parts[1], cp))
    compositions.sort()

    # ----- property records -----
    recs = sorted(records.items(), key=lambda kv: kv[1])
    width = 1 if len(recs) <= 256 else 2
    shift, index1, data = two_level(rec_of, width)

    o = []
    w = o.append
    w("// Generated by stdlib/tools/gen_unicodedata.py from CPython 3.11's unicodedata\n")
    w("// (Unicode 14.0.0). Do not edit.\n\n")
    w("pub const CATEGORIES: &[&str] = &%s;\n" % str(cats).replace("'", '"'))
    w("pub const BIDIRECTIONALS: &[&str] = &%s;\n" % str(bidis).replace("'", '"'))
    w("pub const EAST_ASIAN_WIDTHS: &[&str] = &%s;\n\n" % str(eaws).replace("'", '"'))
    w("/// (category, bidirectional, combining, east_asian_width, mirrored).\n")
    w("pub const RECORDS: &[(u8, u8, u8, u8, u8)] = &[\n")
    for (r, _) in recs:
        w("    (%d, %d, %d, %d, %d),\n" % r)
    w("];\n\n")
    w("pub const SHIFT: u32 = %d;\n" % shift)
    w("/// Block number of each `cp >> SHIFT`, little-endian u16.\n")
    w("pub const INDEX1: &[u8] = %s;\n" % bytes_lit(le(index1, 2)))
    w("/// Record number of each code point in its block, little-endian, %d byte(s).\n" % width)
    w("pub const RECORD_WIDTH: usize = %d;\n" % width)
    w("pub const INDEX2: &[u8] = %s;\n\n" % bytes_lit(le(data, width)))
    w("/// (code point, decimal or 255, digit or 255, numeric).\n")
    w("pub const NUMERIC: &[(u32, u8, u8, f64)] = &[\n")
    for cp, a, b, n in numerics:
        w("    (0x%X, %d, %d, %r),\n" % (cp, a, b, n))
    w("];\n\n")
    w("pub const DECOMPOSITIONS: &[(u32, &str)] = &[\n")
    for cp, d in decomps:
        w('    (0x%X, "%s"),\n' % (cp, d))
    w("];\n\n")
    w("/// Canonical pairs that compose in NFC: (first, second, composite), sorted.\n")
    w("pub const COMPOSITIONS: &[(u32, u32, u32)] = &[\n")
    for a, b, c in compositions:
        w("    (0x%X, 0x%X, 0x%X),\n" % (a, b, c))
    w("];\n\n")
    w("/// Names made of a prefix and the code point in hex: (prefix, first, last).\n")
    w("pub const HEX_NAMED: &[(&str, u32, u32)] = &[\n")
    for p, a, b in hex_ranges:
        w('    ("%s", 0x%X, 0x%X),\n' % (p, a, b))
    w("];\n\n")
    w("/// The words of the names, concatenated; word i is WORDS[WORD_OFFSETS[i]..WORD_OFFSETS[i + 1]].\n")
    w("pub const WORDS: &[u8] = %s;\n" % bytes_lit(bytes(word_bytes)))
    w("pub const WORD_OFFSETS: &[u8] = %s;\n" % bytes_lit(le(word_off, 4)))
    w("/// Runs of named code points: (first, count, number of its name).\n")
    w("pub const NAME_RUNS: &[(u32, u16, u16)] = &[\n")
    for a, b, c in runs:
        w("    (0x%X, %d, %d),\n" % (a, b, c))
    w("];\n")
    w("/// Each name: a length byte, then word numbers (one byte below 128, else\n")
    w("/// two: 0x80 | high, low, numbering from 128).\n")
    w("pub const NAMES: &[u8] = %s;\n" % bytes_lit(bytes(name_bytes)))
    w("/// Offset in NAMES of every 16th name.\n")
    w("pub const NAME_CHECKPOINTS: &[u32] = &%s;\n\n" % checkpoints)
    w("pub const ALIASES: &[(&str, u32)] = &[\n")
    for nm, cp in aliases:
        w('    ("%s", 0x%X),\n' % (nm, cp))
    w("];\n\n")
    w("pub const NAMED_SEQUENCES: &[(&str, &str)] = &[\n")
    for nm, s in sequences:
        w('    ("%s", "%s"),\n' % (nm, "".join("\\u{%X}" % ord(ch) for ch in s)))
    w("];\n")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("".join(o))
    print("records", len(recs), "shift", shift, "index2", len(data), "numeric", len(numerics),
          "decomp", len(decomps), "names", len(names), "words", len(words), len(word_bytes),
          "name bytes", len(name_bytes), "aliases", len(aliases), "seqs", len(sequences),
          "compositions", len(compositions), file=sys.stderr)


main()
