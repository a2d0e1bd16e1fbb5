//! `import dis; dis.dis(x)` prints the same listing as `kaa --dis`: for each case the
//! expected text is `kaa_compiler::dis::disassemble` of the code object compiled from
//! the same source.

use std::sync::Arc;

use kaa_compiler::dis::disassemble;
use kaa_compiler::{compile, CodeObject, ConstValue, Mode};
use kaa_vm::vm::OutputSink;
use kaa_vm::Vm;

const PROGRAM: &str = "\
def add(a, b):
    return a + b

def outer(n):
    def inner(x):
        return x * n
    return [inner(i) for i in range(n)]

class Point:
    origin = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
    @staticmethod
    def make():
        return Point(0, 0)
    @classmethod
    def named(cls):
        return cls.__name__
";

/// Run `PROGRAM` followed by `tail` as `__main__`; return what it printed.
fn run(tail: &str) -> String {
    let mut vm = Vm::new();
    kaa_stdlib::install(&mut vm);
    *vm.out() = OutputSink::Buffer(Vec::new());
    let source = format!("{PROGRAM}{tail}");
    if let Err(e) = vm.run_main(&source, "<string>", None) {
        let tb = kaa_vm::traceback::format_exception(&mut vm, &e);
        panic!("the program failed:\n{tb}");
    }
    let out = match &mut *vm.out() {
        OutputSink::Buffer(b) => String::from_utf8(std::mem::take(b)).expect("utf-8 output"),
        _ => unreachable!(),
    };
    out
}

/// The code object named `name` among the constants of `code`, at any depth.
fn find(code: &CodeObject, name: &str) -> Option<Arc<CodeObject>> {
    code.co_consts.iter().find_map(|c| match c {
        ConstValue::Code(inner) if &*inner.co_name == name => Some(inner.clone()),
        ConstValue::Code(inner) => find(inner, name),
        _ => None,
    })
}

/// The listing of the code object `name` as `kaa --dis` prints it.
fn listing(name: &str) -> String {
    // `run` appends to PROGRAM; the functions' code does not depend on what follows.
    let module = compile(PROGRAM, "<string>", Mode::Exec).expect("PROGRAM compiles");
    let code = find(&module, name).unwrap_or_else(|| panic!("no code object {name}"));
    disassemble(&code)
}

#[test]
fn a_function_lists_as_kaa_dis_does() {
    assert_eq!(run("import dis\ndis.dis(add)\n"), listing("add"));
    let out = run("import dis\ndis.dis(add)\n");
    assert!(out.contains("LOAD_FAST                0 (a)"), "{out}");
    assert!(out.contains("RETURN_VALUE"), "{out}");
}

#[test]
fn nested_code_objects_follow_their_parent() {
    let out = run("import dis\ndis.dis(outer)\n");
    assert_eq!(out, listing("outer"));
    assert!(
        out.contains("Disassembly of <code object inner, file \"<string>\""),
        "{out}"
    );
    assert!(out.contains("Disassembly of <code object <listcomp>"), "{out}");
}

#[test]
fn methods_and_code_objects_unwrap() {
    let norm = listing("norm");
    assert_eq!(run("import dis\ndis.dis(Point(1, 2).norm)\n"), norm);
    assert_eq!(run("import dis\ndis.dis(Point.norm.__code__)\n"), norm);
}

#[test]
fn a_class_lists_each_method_by_name() {
    // As CPython: sorted by name, each under a header and followed by a blank line;
    // `origin` (an int) is skipped.
    let mut want = String::new();
    for name in ["__init__", "make", "named", "norm"] {
        want.push_str(&format!("Disassembly of {name}:\n{}\n", listing(name)));
    }
    assert_eq!(run("import dis\ndis.dis(Point)\n"), want);
}

#[test]
fn source_strings_compile_as_expression_or_module() {
    let module = compile("x = 1", "<dis>", Mode::Exec).unwrap();
    assert_eq!(run("import dis\ndis.dis('x = 1')\n"), disassemble(&module));
    let expr = compile("a + b", "<dis>", Mode::Eval).unwrap();
    assert_eq!(run("import dis\ndis.dis('a + b')\n"), disassemble(&expr));
}

#[test]
fn file_argument_receives_the_text() {
    let out = run("import dis\n\
         class W:\n    def __init__(self): self.parts = []\n    def write(self, s): self.parts.append(s)\n\
         w = W()\ndis.dis(add, file=w)\nprint(repr(''.join(w.parts)))\n");
    let want = listing("add");
    assert_eq!(out.trim_end(), kaa_compiler::dis::str_repr(&want));
}

#[test]
fn errors_are_cpythons() {
    let out = run("import dis\n\
         for x in (None, len, 5):\n    try:\n        dis.dis(x)\n    except Exception as e:\n        print(type(e).__name__, e)\n");
    assert_eq!(
        out,
        "RuntimeError no last traceback to disassemble\n\
         TypeError don't know how to disassemble builtin_function_or_method objects\n\
         TypeError don't know how to disassemble int objects\n"
    );
}

#[test]
fn code_info_and_opname() {
    let out =
        run("import dis\nprint(dis.code_info(add))\nprint(len(dis.opname), dis.opname[dis.opmap['LOAD_FAST']])\n");
    let want = "Name:              add\n\
                Filename:          <string>\n\
                Argument count:    2\n\
                Positional-only arguments: 0\n\
                Kw-only arguments: 0\n\
                Number of locals:  2\n";
    assert!(out.starts_with(want), "{out}");
    assert!(out.contains("Flags:             OPTIMIZED, NEWLOCALS\n"), "{out}");
    assert!(out.contains("Variable names:\n   0: a\n   1: b\n"), "{out}");
    assert!(out.ends_with("256 LOAD_FAST\n"), "{out}");
}
