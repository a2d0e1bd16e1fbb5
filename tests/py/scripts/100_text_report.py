"""Formatting a report: textwrap, string.Template and str methods."""
import textwrap
from string import Template

ABSTRACT = ("Kaa is a small, fast, embeddable Python written in Rust. A compiler lowers "
            "Python source to bytecode; a virtual machine runs it with reference-counted "
            "objects, a small-integer cache and interned strings.")

print(textwrap.fill(ABSTRACT, width=40))
print()
print(textwrap.indent(textwrap.fill(ABSTRACT, 50), "> "))
print(textwrap.shorten(ABSTRACT, width=60, placeholder=" [...]"))
print(textwrap.dedent("""\
    def f():
        return 1
"""))
row = Template("$name scored $score points ($pct%)")
for name, score in [("ann", 41), ("bob", 37), ("cy", 45)]:
    print(row.substitute(name=name.title(), score=score, pct=round(score / 45 * 100)))
print(Template("$who owes ${amount}").safe_substitute(who="dan"))
