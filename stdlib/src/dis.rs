//! `dis`: Kaa's bytecode from inside a program.
//!
//! `dis.dis(f)` prints exactly what `kaa --dis` prints for `f`'s code object: both
//! call [`kaa_compiler::dis::disassemble`], which also lists the nested code objects
//! (each under a `Disassembly of <code object ...>:` header). The module follows
//! CPython 3.11's `Lib/dis.py` in which objects it accepts and how it walks them
//! (methods → functions → code objects; classes and modules by their sorted
//! `__dict__`; source strings compiled as an expression, else as a module), but the
//! instructions are Kaa's, not CPython's: see `docs/internals/bytecode.md`.
//!
//! `dis.dis(x, adaptive=True)` lists, per cached instruction, the specialized
//! form its cache beside the bytecode holds now ([`kaa_vm::adaptive`],
//! `docs/internals/specializing.md`), as `kaa --dis --adaptive FILE` does.
//!
//! Provided: `dis`, `code_info`, `show_code`, `pretty_flags`, `opname`, `opmap`,
//! `COMPILER_FLAG_NAMES`. Not provided: `Bytecode`, `get_instructions`, `distb`,
//! `disassemble` (a single code object without its nested ones), raw `bytes`
//! input (Kaa's `code` has no `co_code` attribute).

use std::sync::Arc;

use kaa_compiler::bytecode::Opcode;
use kaa_compiler::{CodeObject, Mode};
use kaa_vm::builtins::{std_stream_write, sys_attr, PyStdStream};
use kaa_vm::object::function::{PyCode, PyFunction};
use kaa_vm::object::generator::PyGenerator;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

/// CPython's `dis.COMPILER_FLAG_NAMES` (Kaa uses the same `co_flags` bits).
const FLAG_NAMES: [(u32, &str); 10] = [
    (0x1, "OPTIMIZED"),
    (0x2, "NEWLOCALS"),
    (0x4, "VARARGS"),
    (0x8, "VARKEYWORDS"),
    (0x10, "NESTED"),
    (0x20, "GENERATOR"),
    (0x40, "NOFREE"),
    (0x80, "COROUTINE"),
    (0x100, "ITERABLE_COROUTINE"),
    (0x200, "ASYNC_GENERATOR"),
];

/// How deep `dis.dis` follows classes nested in classes.
const MAX_CLASS_NESTING: usize = 100;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("dis", dis_dis),
    ("code_info", dis_code_info),
    ("show_code", dis_show_code),
    ("pretty_flags", dis_pretty_flags),
];

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("dis", None)?;
    for &(name, f) in FUNCTIONS {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    // `opname[n]` is the name of opcode `n`, `'<n>'` for unused numbers, as CPython.
    let names: Vec<PyObjectRef> = (0..=255u8)
        .map(|b| match Opcode::from_u8(b) {
            Some(op) => vm.new_str(op.name()),
            None => vm.new_str(format!("<{b}>")),
        })
        .collect();
    let opname = vm.new_list(names);
    vm.dict_set_str(&d, "opname", opname)?;
    let opmap = vm.new_dict();
    for &op in Opcode::ALL {
        let v = vm.new_int(i64::from(op as u8));
        vm.dict_set_str(&opmap, op.name(), v)?;
    }
    vm.dict_set_str(&d, "opmap", opmap)?;
    let flag_names = vm.new_dict();
    for (bit, name) in FLAG_NAMES {
        let k = vm.new_int(i64::from(bit));
        let v = vm.new_str(name);
        vm.dict_set(&flag_names, k, v)?;
    }
    vm.dict_set_str(&d, "COMPILER_FLAG_NAMES", flag_names)?;
    Ok(m)
}

// ----- where the text goes -----

/// The `file=` argument resolved once: a standard stream writes to the VM's sinks
/// directly (so an embedder capturing `print` captures `dis` too), anything else
/// through its `write` method.
enum Out {
    Std(PyObjectRef),
    File(PyObjectRef),
    /// `sys.stdout` is missing: the VM's stdout sink.
    Sink,
    /// `sys.stdout` is None: output is dropped, as `print` does.
    Nowhere,
}

impl Out {
    fn new(vm: &mut Vm, file: Option<PyObjectRef>) -> Out {
        let file = match file.filter(|f| !vm.is_none(f)) {
            Some(f) => Some(f),
            None => sys_attr(vm, "stdout"),
        };
        match file {
            None => Out::Sink,
            Some(f) if vm.is_none(&f) => Out::Nowhere,
            Some(f) if f.payload_is::<PyStdStream>() => Out::Std(f),
            Some(f) => Out::File(f),
        }
    }

    fn write(&self, vm: &mut Vm, text: &str) -> PyResult<()> {
        match self {
            Out::Std(f) => {
                let kind = f.downcast_ref::<PyStdStream>().expect("checked in Out::new").kind;
                std_stream_write(vm, kind, text)
            }
            Out::File(f) => {
                let s = vm.new_str(text);
                vm.call_method(f, "write", &[s]).map(|_| ())
            }
            Out::Sink => vm.write_stdout(text),
            Out::Nowhere => Ok(()),
        }
    }
}

// ----- dis.dis -----

/// `dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False)`.
/// `depth` and `show_caches` are accepted for compatibility (Kaa always lists
/// nested code, and its caches are not inline). With a true `adaptive`, each
/// instruction shows the specialized form its cache holds now
/// (`kaa_vm::adaptive`, docs/internals/specializing.md).
fn dis_dis(vm: &mut Vm, args: Args) -> PyResult {
    let names = ["x", "file", "depth", "show_caches", "adaptive"];
    let [x, file, _, _, adaptive] = args.bind(vm, "dis", names, 1, 0)?;
    let adaptive = match adaptive {
        Some(a) => vm.is_true(&a)?,
        None => false,
    };
    let out = Out::new(vm, file);
    match x.filter(|x| !vm.is_none(x)) {
        Some(x) => dis_object(vm, &x, &out, 0, adaptive)?,
        None => dis_last_traceback(vm, &out, adaptive)?,
    }
    Ok(vm.none())
}

/// CPython's `dis.dis` body: unwrap methods and functions, then disassemble a code
/// object, every code-bearing entry of a class's or module's `__dict__`, or a
/// source string.
fn dis_object(vm: &mut Vm, x: &PyObjectRef, out: &Out, depth: usize, adaptive: bool) -> PyResult<()> {
    let globals = function_globals(vm, x)?;
    let x = unwrap_code_holder(vm, x)?;
    if let Some(code) = x.downcast_ref::<PyCode>() {
        let text = if adaptive {
            kaa_vm::adaptive::disassemble(vm, &x, globals.as_ref())
        } else {
            kaa_compiler::dis::disassemble(&code.code)
        };
        return out.write(vm, &text);
    }
    if let Some(s) = x.downcast_ref::<PyStr>() {
        let code = try_compile(vm, s.as_str(), "<dis>")?;
        return out.write(vm, &kaa_compiler::dis::disassemble(&code));
    }
    if let Some(dict) = lookup(vm, &x, "__dict__")? {
        return dis_namespace(vm, &dict, out, depth, adaptive);
    }
    Err(cannot_disassemble(vm, &x))
}

/// The globals of a Python function (or of the function behind a method):
/// what `LOAD_GLOBAL`'s cached forms are checked against with `adaptive`.
fn function_globals(vm: &mut Vm, x: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    let f = match x.downcast_ref::<PyFunction>() {
        Some(_) => x.clone(),
        None => match lookup(vm, x, "__func__")? {
            Some(f) => f,
            None => return Ok(None),
        },
    };
    Ok(f.downcast_ref::<PyFunction>().map(|f| f.globals.clone()))
}

/// `x.__func__` (bound methods, `staticmethod`, `classmethod`), then `__code__`
/// (functions) or the code of a generator.
fn unwrap_code_holder(vm: &mut Vm, x: &PyObjectRef) -> PyResult {
    let mut x = x.clone();
    if let Some(f) = lookup(vm, &x, "__func__")? {
        x = f;
    }
    if let Some(c) = lookup(vm, &x, "__code__")? {
        return Ok(c);
    }
    if let Some(g) = x.downcast_ref::<PyGenerator>() {
        // Kaa keeps a generator's code only in its frame, which is gone once the
        // generator has finished (and taken out while it runs).
        let code = g
            .frame
            .try_borrow()
            .ok()
            .and_then(|f| f.as_ref().map(|f| f.code.clone()));
        return code.ok_or_else(|| {
            vm.new_type_error(format!(
                "cannot disassemble a running or finished {} object (Kaa keeps its code only while it is suspended)",
                x.ty().name()
            ))
        });
    }
    Ok(x)
}

/// A class, module or instance: each entry of its `__dict__` that holds code, in
/// name order, under `Disassembly of NAME:` and followed by a blank line.
fn dis_namespace(vm: &mut Vm, dict: &PyObjectRef, out: &Out, depth: usize, adaptive: bool) -> PyResult<()> {
    // A class that holds itself (`C.me = C`) recurses forever, in CPython until the
    // recursion limit; here the Rust stack would go first, so stop at a fixed depth.
    if depth >= MAX_CLASS_NESTING {
        let cls = vm.exc.recursion_error.clone();
        return Err(vm.new_exception_msg(&cls, "maximum recursion depth exceeded"));
    }
    let items = vm.call_method(dict, "items", &[])?;
    let mut entries: Vec<(String, PyObjectRef)> = Vec::new();
    for pair in vm.collect(&items)? {
        let kv = vm.collect(&pair)?;
        let [k, v] = <[PyObjectRef; 2]>::try_from(kv).map_err(|_| vm.new_type_error("__dict__ items must be pairs"))?;
        let key = match k.downcast_ref::<PyStr>() {
            Some(s) => s.as_str().to_string(),
            None => vm.str_string(&k)?,
        };
        entries.push((key, v));
    }
    // CPython sorts the `(name, value)` pairs; names are unique, so by name.
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let have_code = [
        vm.types.method.clone(),
        vm.types.function.clone(),
        vm.types.code.clone(),
        vm.types.classmethod.clone(),
        vm.types.staticmethod.clone(),
        vm.types.type_.clone(),
    ];
    for (name, value) in entries {
        if !have_code.iter().any(|t| value.is_instance_of(t)) {
            continue;
        }
        out.write(vm, &format!("Disassembly of {name}:\n"))?;
        if let Err(e) = dis_object(vm, &value, out, depth + 1, adaptive) {
            let type_error = vm.exc.type_error.clone();
            if !e.is_instance_of(&type_error) {
                return Err(e);
            }
            let msg = vm.str_string(&e)?;
            out.write(vm, &format!("Sorry: {msg}\n"))?;
        }
        out.write(vm, "\n")?;
    }
    Ok(())
}

/// `dis.dis()` with no argument disassembles `sys.last_traceback`'s innermost
/// frame, when the REPL has stored one.
fn dis_last_traceback(vm: &mut Vm, out: &Out, adaptive: bool) -> PyResult<()> {
    let Some(mut tb) = sys_attr(vm, "last_traceback").filter(|t| !vm.is_none(t)) else {
        return Err(vm.new_runtime_error("no last traceback to disassemble"));
    };
    while let Some(n) = lookup(vm, &tb, "tb_next")?.filter(|n| !vm.is_none(n)) {
        tb = n;
    }
    let frame_name = vm.intern("tb_frame");
    let frame = vm.get_attr(&tb, &frame_name)?;
    let code_name = vm.intern("f_code");
    let code = vm.get_attr(&frame, &code_name)?;
    dis_object(vm, &code, out, 0, adaptive)
}

/// `getattr(x, name)` as `hasattr` sees it: `None` when it raises `AttributeError`
/// (a `__dict__` descriptor raises rather than being absent).
fn lookup(vm: &mut Vm, x: &PyObjectRef, name: &str) -> PyResult<Option<PyObjectRef>> {
    let name = vm.intern(name);
    match vm.get_attr_opt(x, &name) {
        Err(e) if e.is_instance_of(&vm.exc.attribute_error.clone()) => Ok(None),
        r => r,
    }
}

fn cannot_disassemble(vm: &mut Vm, x: &PyObjectRef) -> PyObjectRef {
    vm.new_type_error(format!("don't know how to disassemble {} objects", x.ty().name()))
}

/// CPython's `_try_compile`: an expression if the text is one, else a module.
fn try_compile(vm: &mut Vm, source: &str, filename: &str) -> PyResult<Arc<CodeObject>> {
    if let Ok(code) = kaa_compiler::compile(source, filename, Mode::Eval) {
        return Ok(code);
    }
    kaa_compiler::compile(source, filename, Mode::Exec).map_err(|e| vm.syntax_error_to_exception(&e))
}

// ----- code_info, show_code -----

/// CPython's `_get_code_object`: a `code` object for a method, function,
/// generator, code object or source string.
fn get_code_object(vm: &mut Vm, x: &PyObjectRef) -> PyResult {
    let x = unwrap_code_holder(vm, x)?;
    if let Some(s) = x.downcast_ref::<PyStr>() {
        let code = try_compile(vm, s.as_str(), "<disassembly>")?;
        return Ok(vm.load_code(&code));
    }
    if x.payload_is::<PyCode>() {
        return Ok(x);
    }
    Err(cannot_disassemble(vm, &x))
}

/// CPython's `_format_code_info`, line for line.
fn format_code_info(vm: &mut Vm, code_obj: &PyObjectRef) -> PyResult<String> {
    let pc = code_obj.downcast_ref::<PyCode>().expect("a code object");
    let co = pc.code.clone();
    let consts = pc.consts.to_vec();
    let mut lines = vec![
        format!("Name:              {}", co.co_name),
        format!("Filename:          {}", co.co_filename),
        format!("Argument count:    {}", co.co_argcount),
        format!("Positional-only arguments: {}", co.co_posonlyargcount),
        format!("Kw-only arguments: {}", co.co_kwonlyargcount),
        format!("Number of locals:  {}", co.co_varnames.len()),
        format!("Stack size:        {}", co.co_stacksize),
        format!("Flags:             {}", pretty_flags(co.co_flags)),
    ];
    if !consts.is_empty() {
        lines.push("Constants:".into());
        for (i, c) in consts.iter().enumerate() {
            let r = vm.repr(c)?;
            let r = r.downcast_ref::<PyStr>().map_or("", |s| s.as_str()).to_string();
            lines.push(format!("{i:4}: {r}"));
        }
    }
    let tables = [
        ("Names:", &co.co_names),
        ("Variable names:", &co.co_varnames),
        ("Free variables:", &co.co_freevars),
        ("Cell variables:", &co.co_cellvars),
    ];
    for (title, names) in tables {
        if !names.is_empty() {
            lines.push(title.into());
            lines.extend(names.iter().enumerate().map(|(i, n)| format!("{i:4}: {n}")));
        }
    }
    Ok(lines.join("\n"))
}

/// CPython's `pretty_flags`: known bits by name, others in hex.
fn pretty_flags(flags: u32) -> String {
    let mut names = Vec::new();
    for i in 0..32 {
        let bit = 1u32 << i;
        if flags & bit != 0 {
            match FLAG_NAMES.iter().find(|(b, _)| *b == bit) {
                Some((_, n)) => names.push((*n).to_string()),
                None => names.push(format!("{bit:#x}")),
            }
        }
    }
    if flags == 0 {
        // CPython's loop runs off its end and appends `hex(0)`.
        names.push("0x0".into());
    }
    names.join(", ")
}

fn dis_code_info(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.bind(vm, "code_info", ["x"], 1, 1)?;
    let code = get_code_object(vm, &x.expect("required"))?;
    let text = format_code_info(vm, &code)?;
    Ok(vm.new_str(text))
}

fn dis_show_code(vm: &mut Vm, args: Args) -> PyResult {
    let [co, file] = args.bind(vm, "show_code", ["co", "file"], 1, 1)?;
    let out = Out::new(vm, file);
    let code = get_code_object(vm, &co.expect("required"))?;
    let text = format_code_info(vm, &code)?;
    out.write(vm, &format!("{text}\n"))?;
    Ok(vm.none())
}

fn dis_pretty_flags(vm: &mut Vm, args: Args) -> PyResult {
    let [flags] = args.exact::<1>(vm, "pretty_flags")?;
    let n = vm.to_index(flags)?;
    Ok(vm.new_str(pretty_flags(n as u32)))
}

#[cfg(test)]
mod tests {
    use super::pretty_flags;

    #[test]
    fn flags_read_like_cpython() {
        assert_eq!(pretty_flags(0x3), "OPTIMIZED, NEWLOCALS");
        assert_eq!(pretty_flags(0x23), "OPTIMIZED, NEWLOCALS, GENERATOR");
        assert_eq!(pretty_flags(0x1000), "0x1000");
        assert_eq!(pretty_flags(0), "0x0");
    }
}
