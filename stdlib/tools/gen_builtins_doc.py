"""Write vm/src/builtins_doc.rs: the `__text_signature__` and `__doc__` of
the functions of CPython 3.11's `builtins` module, as CPython shows them at
run time, so that `help(len)` and `inspect.signature(len)` read the same in
Kaa.

    python3.11 stdlib/tools/gen_builtins_doc.py > vm/src/builtins_doc.rs
"""
import builtins
import sys
import types

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"


def rust_str(s):
    if s is None:
        return "None"
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    return 'Some("%s")' % out


print("//! The `__text_signature__` and `__doc__` of the built-in functions of")
print("//! `builtins`, as CPython 3.11 shows them (`help(len)`,")
print("//! `inspect.signature(len)`). Generated: do not edit; regenerate with")
print("//! `python3.11 stdlib/tools/gen_builtins_doc.py > vm/src/builtins_doc.rs`.")
print()
print("/// (name, `__text_signature__`, `__doc__`), sorted by name.")
print("pub const BUILTINS_DOC: &[(&str, Option<&str>, Option<&str>)] = &[")
for name, value in sorted(vars(builtins).items()):
    if isinstance(value, types.BuiltinFunctionType):
        print("    (%s, %s, %s)," % ('"%s"' % name, rust_str(value.__text_signature__), rust_str(value.__doc__)))
print("];")
print()
print("/// The signature and doc of built-in function `name`, if it has any.")
print("pub fn lookup(name: &str) -> Option<(Option<&'static str>, Option<&'static str>)> {")
print("    let i = BUILTINS_DOC.binary_search_by(|e| e.0.cmp(name)).ok()?;")
print("    let (_, sig, doc) = BUILTINS_DOC[i];")
print("    Some((sig, doc))")
print("}")
