//! `kaa --dis --adaptive` and `dis.dis(x, adaptive=True)`: the listing of a
//! code object with, per instruction, the specialized form its cache holds
//! now (see `docs/internals/specializing.md`).
//!
//! Kaa does not rewrite its bytecode. It keeps its caches beside it, in side
//! tables of each code object (`PyCode::attr_cache`, one [`AttrHint`] per
//! name of `co_names`, and `PyCode::global_cache`, one [`GlobalHint`] per
//! name), read and filled by the instruction bodies in `eval.rs`. This file
//! only *reads* those tables and names what they hold with CPython 3.11's
//! names where the meaning is the same (`LOAD_ATTR_WITH_HINT`,
//! `LOAD_ATTR_SLOT`, `LOAD_ATTR_MODULE`, `LOAD_METHOD_WITH_DICT`,
//! `LOAD_METHOD_NO_DICT`, `LOAD_METHOD_MODULE`, `STORE_ATTR_WITH_HINT`,
//! `STORE_ATTR_SLOT`, `LOAD_GLOBAL_MODULE`, `LOAD_GLOBAL_BUILTIN`) and with
//! Kaa's own names for forms CPython 3.11 does not have
//! (`LOAD_ATTR_PROPERTY`, `LOAD_ATTR_GETSET`, `LOAD_ATTR_MEMBER`,
//! `LOAD_ATTR_OBJECT_CLASS`, `STORE_ATTR_PROPERTY`, `STORE_ATTR_GETSET`,
//! `STORE_ATTR_MEMBER`). Where the cache is empty, or holds something its
//! guard would now reject, the base name is shown with the reason in
//! brackets: `[cache empty]`, `[stale: ...]`.
//!
//! The caches are per *name*, not per instruction: a `LOAD_ATTR x` and a
//! `STORE_ATTR x` of one code object share one hint, so both show what it
//! holds, each in its own instruction's terms.
//!
//! Instructions whose fast path is a type check in the body rather than a
//! cache (`BINARY_OP`, `COMPARE_OP`, `BINARY_SUBSCR`, `FOR_ITER`,
//! `UNPACK_SEQUENCE`, `CALL`, `CALL_METHOD`) have the way they went last
//! recorded in `PyCode::last_way`, one byte per instruction ([`way`]), by the
//! counting loop only (`kaa --stats`, `kaa --dis --adaptive`); this file
//! judges the way ([`binary_general_way`], [`subscr_way`], ...) and names it
//! (`BINARY_OP_ADD_INT`, `FOR_ITER_RANGE`, ...).

use std::collections::HashMap;

use kaa_compiler::bytecode::Opcode;
use kaa_compiler::dis::{code_header, disassemble_one_with, Form};

use crate::object::dict::PyDict;
use crate::object::function::{AttrHint, GlobalHint, PyCode};
use crate::object::member::PyMemberDescr;
use crate::object::PyObjectRef;
use crate::vm::Vm;

/// Disassemble the code object `code` and, recursively, the code objects
/// among its constants (the bodies of its functions and classes, which are
/// the very objects that ran: their caches are filled), showing each
/// instruction's specialized form. `globals`, when known (the module's
/// dict), lets `LOAD_GLOBAL`'s cached forms be checked against it.
/// Anything but a code object gives an empty string.
pub fn disassemble(vm: &Vm, code: &PyObjectRef, globals: Option<&PyObjectRef>) -> String {
    let mut types = TypeIndex::default();
    let mut out = String::new();
    disassemble_into(vm, code, globals, &mut types, &mut out, 0);
    out
}

/// Nested code objects are a tree as deep as the source's nesting, which the
/// compiler already bounds; this bound is a second guard.
const MAX_NESTING: usize = 200;

fn disassemble_into(
    vm: &Vm,
    code: &PyObjectRef,
    globals: Option<&PyObjectRef>,
    types: &mut TypeIndex,
    out: &mut String,
    depth: usize,
) {
    let Some(pc) = code.downcast_ref::<PyCode>() else {
        return;
    };
    out.push_str(&disassemble_one_with(&pc.code, &mut |index, op, arg| {
        last_way_form(pc, index, op, arg).or_else(|| instruction_form(vm, pc, op, arg, globals, types))
    }));
    if depth >= MAX_NESTING {
        return;
    }
    for c in pc.consts.iter() {
        if let Some(inner) = c.downcast_ref::<PyCode>() {
            out.push('\n');
            out.push_str(&format!("Disassembly of {}:\n", code_header(&inner.code)));
            disassemble_into(vm, c, globals, types, out, depth + 1);
        }
    }
}

/// What one instruction's cache holds, as a name and a note; `None` for an
/// instruction that has no cache.
fn instruction_form(
    vm: &Vm,
    pc: &PyCode,
    op: Opcode,
    arg: u32,
    globals: Option<&PyObjectRef>,
    types: &mut TypeIndex,
) -> Option<Form> {
    let i = arg as usize;
    match op {
        Opcode::LOAD_GLOBAL => {
            let hint = pc.global_cache.get(i)?.get();
            Some(global_form(vm, pc, i, hint, globals))
        }
        Opcode::LOAD_ATTR | Opcode::STORE_ATTR | Opcode::LOAD_METHOD => {
            let hint = pc.attr_cache.get(i)?.get();
            Some(attr_form(vm, pc, i, op, hint, types))
        }
        _ => None,
    }
}

fn base(op: Opcode, note: impl Into<String>) -> Form {
    Form {
        name: op.name().to_string(),
        note: Some(note.into()),
    }
}

fn named(name: &str, note: Option<String>) -> Form {
    Form {
        name: name.to_string(),
        note,
    }
}

/// `LOAD_GLOBAL`'s forms: the entry index of the name in the globals
/// (`LOAD_GLOBAL_MODULE`, valid while that entry's key is the name), or in
/// the builtins with the key-set tags of both dicts (`LOAD_GLOBAL_BUILTIN`,
/// valid while both dicts keep them).
fn global_form(vm: &Vm, pc: &PyCode, i: usize, hint: GlobalHint, globals: Option<&PyObjectRef>) -> Form {
    let op = Opcode::LOAD_GLOBAL;
    if hint.index == 0 {
        return base(op, "cache empty");
    }
    let ix = (hint.index - 1) as usize;
    fn table<'a>(vm: &Vm, d: &'a PyObjectRef) -> Option<std::cell::Ref<'a, crate::object::dict_table::DictTable>> {
        d.downcast_ref::<PyDict>()
            .filter(|_| d.class().is(&vm.types.dict))
            .and_then(|d| d.table.try_borrow().ok())
    }
    let name = pc.names.get(i);
    if hint.builtins_tag == 0 {
        let Some(gt) = globals.and_then(|g| table(vm, g)) else {
            return named(
                "LOAD_GLOBAL_MODULE",
                Some(format!("entry {ix}, unchecked: globals unknown")),
            );
        };
        let holds = gt.entry(ix).is_some_and(|e| name.is_some_and(|n| e.key.is(n)));
        return if holds {
            named("LOAD_GLOBAL_MODULE", Some(format!("entry {ix}")))
        } else {
            base(
                op,
                format!("stale: entry {ix} of the globals no longer holds the name (deleted, or the dict was rebuilt)"),
            )
        };
    }
    let builtin = || named("LOAD_GLOBAL_BUILTIN", Some(format!("entry {ix}")));
    let Some(gt) = globals.and_then(|g| table(vm, g)) else {
        return named(
            "LOAD_GLOBAL_BUILTIN",
            Some(format!("entry {ix}, unchecked: globals unknown")),
        );
    };
    if gt.keys_tag.get() != hint.globals_tag {
        return base(op, "stale: the globals' keys changed since (a global added or deleted)");
    }
    match table(vm, &vm.builtins_dict) {
        Some(bt) if bt.keys_tag.get() != hint.builtins_tag => base(op, "stale: the builtins' keys changed since"),
        _ => builtin(),
    }
}

/// `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD`'s forms, from the hint of
/// their name: a module attribute's entry index, or facts about one type,
/// valid while that type keeps the cache tag they were learnt under.
fn attr_form(vm: &Vm, pc: &PyCode, i: usize, op: Opcode, hint: AttrHint, types: &mut TypeIndex) -> Form {
    if hint == AttrHint::default() {
        return base(op, "cache empty");
    }
    if hint.facts & AttrHint::MODULE != 0 {
        let note = Some(format!("entry {}", hint.index));
        return match op {
            Opcode::LOAD_ATTR => named("LOAD_ATTR_MODULE", note),
            Opcode::LOAD_METHOD => named("LOAD_METHOD_MODULE", note),
            _ => base(
                op,
                "the name's cache holds a module attribute (a load's), no store form",
            ),
        };
    }
    let Some(cls) = types.find(vm, hint.ty) else {
        return base(op, "stale: the type it was learnt for is gone");
    };
    let t = cls.ty_payload();
    let tname = t.name().to_string();
    if !t.has_cache_tag(hint.tag) {
        return base(
            op,
            format!("stale: {tname} or a base changed since (its cache tag was retired)"),
        );
    }
    let facts = hint.facts;
    let has = |f: u8| facts & f == f;
    let descr_kind = |t: &crate::object::typ::PyType| -> &'static str {
        let Some(name) = pc.names.get(i) else {
            return "DESCRIPTOR";
        };
        match t.lookup(name) {
            Some(d) if d.class().is(&vm.types.property) => "PROPERTY",
            Some(d) if d.class().is(&vm.types.getset) => "GETSET",
            Some(d) if d.payload_is::<PyMemberDescr>() => "MEMBER",
            _ => "DESCRIPTOR",
        }
    };
    let on = |what: String| Some(format!("{tname}, {what}"));
    // Where the instance attribute is: its place among an instance's inline
    // values when the name has one in the type's key table (the usual case;
    // docs/internals/instance-values.md), else the dict entry last seen.
    let entry = || match hint.vindex {
        0 => format!("entry {}", hint.index),
        v => format!("entry {}", v - 1),
    };
    match op {
        Opcode::LOAD_ATTR => {
            if has(AttrHint::DESCR_GET | AttrHint::SLOT) {
                named("LOAD_ATTR_SLOT", on(format!("slot {}", hint.index)))
            } else if has(AttrHint::CLASS) {
                named("LOAD_ATTR_OBJECT_CLASS", Some(tname))
            } else if has(AttrHint::DESCR_GET) {
                named(&format!("LOAD_ATTR_{}", descr_kind(t)), Some(tname))
            } else if has(AttrHint::DICT_FIRST) {
                named("LOAD_ATTR_WITH_HINT", on(entry()))
            } else {
                base(op, no_form(&tname, facts))
            }
        }
        Opcode::STORE_ATTR => {
            if has(AttrHint::DESCR_SET | AttrHint::SLOT) {
                named("STORE_ATTR_SLOT", on(format!("slot {}", hint.index)))
            } else if has(AttrHint::DESCR_SET) {
                named(&format!("STORE_ATTR_{}", descr_kind(t)), Some(tname))
            } else if has(AttrHint::DICT_STORE) {
                named("STORE_ATTR_WITH_HINT", on(entry()))
            } else {
                base(op, no_form(&tname, facts))
            }
        }
        _ => {
            if has(AttrHint::METHOD) {
                let name = if t.flags.has_dict {
                    "LOAD_METHOD_WITH_DICT"
                } else {
                    "LOAD_METHOD_NO_DICT"
                };
                named(name, Some(tname))
            } else {
                base(op, no_form(&tname, facts))
            }
        }
    }
}

/// The note of a hint that is valid for its type but gives this instruction
/// no fast form.
fn no_form(tname: &str, facts: u8) -> String {
    if facts == 0 {
        format!("no fast form for {tname}: general lookup (a hook, a Python descriptor or a class attribute)")
    } else {
        format!("no fast form for {tname} here (the name's cache holds another instruction's)")
    }
}

/// The type objects alive, by address, found once per listing (hints hold
/// a type's address, not a reference to it).
#[derive(Default)]
struct TypeIndex {
    by_id: Option<HashMap<usize, PyObjectRef>>,
}

impl TypeIndex {
    fn find(&mut self, vm: &Vm, id: usize) -> Option<PyObjectRef> {
        if id == 0 {
            return None;
        }
        let map = self.by_id.get_or_insert_with(|| {
            let mut m = HashMap::new();
            for t in [&vm.types.object, &vm.types.type_] {
                m.insert(t.id(), t.clone());
            }
            for o in vm.heap.objects(None) {
                if o.as_type().is_some() {
                    m.insert(o.id(), o);
                }
            }
            m
        });
        map.get(&id).cloned()
    }
}

// ----- `kaa --stats`: why a cached instruction took its general path -----

/// Count why `LOAD_ATTR`, `STORE_ATTR` or `LOAD_METHOD` (`family`, a
/// [`crate::stats::spec`] index) took its general path for `obj`, judged from
/// the hint of its name before the general path rewrites it. For the
/// counting copy of the interpreter loop only (`execute::<true>`).
#[cold]
pub fn count_attr_miss(vm: &mut Vm, family: usize, hint: AttrHint, obj: &PyObjectRef) {
    let reason = attr_miss_reason(vm, hint, obj);
    vm.spec_misses.note(family, reason);
}

/// Count why `LOAD_GLOBAL` looked `name` up instead of using its cache.
#[cold]
pub fn count_global_miss(vm: &mut Vm, hint: GlobalHint, globals: &PyObjectRef) {
    let reason = global_miss_reason(vm, hint, globals);
    vm.spec_misses.note(crate::stats::spec::LOAD_GLOBAL, reason);
}

/// The [`crate::stats::miss`] reason of an attribute hint that did not serve
/// `obj`.
pub fn attr_miss_reason(vm: &Vm, hint: AttrHint, obj: &PyObjectRef) -> usize {
    use crate::stats::miss;
    if hint == AttrHint::default() {
        return miss::EMPTY;
    }
    if hint.facts & AttrHint::MODULE != 0 {
        return if obj.class().is(&vm.types.module) {
            miss::ENTRY_MOVED
        } else {
            miss::OTHER_TYPE
        };
    }
    let cls = obj.class();
    if hint.ty != cls.id() {
        return miss::OTHER_TYPE;
    }
    if !cls.ty_payload().has_cache_tag(hint.tag) {
        return miss::CLASS_CHANGED;
    }
    miss::NO_FAST_FORM
}

/// The [`crate::stats::miss`] reason of a global hint that did not serve.
pub fn global_miss_reason(vm: &Vm, hint: GlobalHint, globals: &PyObjectRef) -> usize {
    use crate::stats::miss;
    if hint.index == 0 {
        return miss::EMPTY;
    }
    if !globals.class().is(&vm.types.dict) {
        return miss::NO_FAST_FORM;
    }
    if hint.builtins_tag == 0 {
        miss::ENTRY_MOVED
    } else {
        miss::KEYS_CHANGED
    }
}

// ----- The last way of the type-checked instructions -----

/// The bytes of `PyCode::last_way`: how an instruction whose fast path is a
/// type check in its body went the last time it ran. 0 is "not run" (or run
/// while the loop did not count). The byte's meaning depends on the
/// instruction; for `BINARY_SUBSCR`, `FOR_ITER` and `UNPACK_SEQUENCE` it is
/// the [`crate::stats::SPEC_TYPED`] way plus one.
pub mod way {
    /// `BINARY_OP`.
    pub mod binary {
        /// Two exact ints that fit a machine word, the result too.
        pub const INT: u8 = 1;
        /// Two exact floats.
        pub const FLOAT: u8 = 2;
        /// The protocol, for two exact strs.
        pub const STR: u8 = 3;
        /// The protocol, for anything else.
        pub const GENERAL: u8 = 4;
        /// An exact float and an exact int that fits a machine word.
        pub const FLOAT_INT: u8 = 5;
        /// An exact int that fits a machine word and an exact float.
        pub const INT_FLOAT: u8 = 6;
    }
    /// `COMPARE_OP`.
    pub mod compare {
        /// Two small ints, the conditional jump after it taken here.
        pub const INT_JUMP: u8 = 1;
        /// Two floats, the jump taken here.
        pub const FLOAT_JUMP: u8 = 2;
        /// Two small ints, a `bool` made (no jump follows, or tracing).
        pub const INT: u8 = 3;
        /// Two floats, a `bool` made.
        pub const FLOAT: u8 = 4;
        /// The protocol, for two exact strs.
        pub const STR: u8 = 5;
        /// The protocol, for anything else.
        pub const GENERAL: u8 = 6;
    }
    /// `CALL` and `CALL_METHOD`.
    pub mod call {
        /// A Python function with exactly its positional arguments.
        pub const PY_EXACT_ARGS: u8 = 1;
        /// A built-in function called straight (`Binding::Function`).
        pub const BUILTIN_FAST: u8 = 2;
        /// An unbound built-in method, its `self` on the stack (`str.join`
        /// after `LOAD_METHOD`).
        pub const METHOD_DESCRIPTOR_FAST: u8 = 3;
        /// `len`, called straight.
        pub const LEN: u8 = 4;
        /// `isinstance`, called straight.
        pub const ISINSTANCE: u8 = 5;
        /// `list.append` after `LOAD_METHOD`, called straight.
        pub const LIST_APPEND: u8 = 6;
        /// The general path: a class.
        pub const CLASS: u8 = 7;
        /// The general path: a bound method object.
        pub const BOUND_METHOD: u8 = 8;
        /// The general path: a Python function without the exact arguments
        /// (defaults, `*args`, keyword-only parameters, cells, a generator).
        pub const PY_FUNCTION: u8 = 9;
        /// The general path: any other callable.
        pub const GENERAL: u8 = 10;
        /// A Python function, its last parameters from its defaults.
        pub const PY_WITH_DEFAULTS: u8 = 11;
        /// A class made by `object.__new__`, its Python `__init__` run as a
        /// flat call.
        pub const TYPE_INIT: u8 = 12;
    }
}

/// A new code object's `last_way`: one byte per instruction while counting
/// is on (`kaa --stats`, `kaa --dis --adaptive`), nothing otherwise.
pub fn new_last_way(vm: &Vm, instructions: usize) -> Box<[std::cell::Cell<u8>]> {
    if vm.stats_enabled {
        (0..instructions).map(|_| std::cell::Cell::new(0)).collect()
    } else {
        Box::default()
    }
}

/// Record `way` for the instruction at `at` (the counting loop only).
#[inline]
pub fn note_way(code: &PyCode, at: usize, way: u8) {
    if let Some(c) = code.last_way.get(at) {
        c.set(way);
    }
}

fn both_str(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> bool {
    a.class().is(&vm.types.str) && b.class().is(&vm.types.str)
}

/// The way of a flat call of a Python function given `argc` arguments.
pub fn flat_call_way(func: &PyObjectRef, argc: usize) -> u8 {
    use crate::object::function::PyFunction;
    match func.downcast_ref::<PyFunction>() {
        Some(f) if f.pycode().simple_argc as usize != argc => way::call::PY_WITH_DEFAULTS,
        _ => way::call::PY_EXACT_ARGS,
    }
}

/// The way of a `BINARY_OP` that took the protocol.
pub fn binary_general_way(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> u8 {
    if both_str(vm, a, b) {
        way::binary::STR
    } else {
        way::binary::GENERAL
    }
}

/// The way of a `COMPARE_OP` that took the protocol.
pub fn compare_general_way(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> u8 {
    if both_str(vm, a, b) {
        way::compare::STR
    } else {
        way::compare::GENERAL
    }
}

/// The way of a call answered by the built-in fast path.
pub fn call_builtin_way(func: &PyObjectRef) -> u8 {
    use crate::object::function::{Binding, PyBuiltinFunction};
    let Some(b) = func.downcast_ref::<PyBuiltinFunction>() else {
        return way::call::BUILTIN_FAST;
    };
    if b.binding == Binding::Method {
        let list = b.owner.as_deref() == Some("list");
        return if list && b.name == "append" {
            way::call::LIST_APPEND
        } else {
            way::call::METHOD_DESCRIPTOR_FAST
        };
    }
    // Only the builtins module's functions of these names have no owner.
    match b.name {
        "len" if b.owner.is_none() => way::call::LEN,
        "isinstance" if b.owner.is_none() => way::call::ISINSTANCE,
        _ => way::call::BUILTIN_FAST,
    }
}

/// The way of a call that took the general path.
pub fn call_general_way(vm: &Vm, func: &PyObjectRef) -> u8 {
    use crate::object::function::{PyBoundMethod, PyFunction};
    if func.as_type().is_some() {
        way::call::CLASS
    } else if func.payload_is::<PyBoundMethod>() {
        way::call::BOUND_METHOD
    } else if func.payload_is::<PyFunction>() && func.class().is(&vm.types.function) {
        way::call::PY_FUNCTION
    } else {
        way::call::GENERAL
    }
}

/// The [`crate::stats::SPEC_TYPED`] way of `BINARY_SUBSCR` (the type checks
/// at the top of `Vm::get_item`).
pub fn subscr_way(vm: &Vm, container: &PyObjectRef, key: &PyObjectRef) -> usize {
    use crate::object::int::{IntValue, PyInt};
    let small = key
        .downcast_ref::<PyInt>()
        .is_some_and(|k| matches!(k.value, IntValue::Small(_)) && key.class().is(&vm.types.int));
    let cls = container.class();
    if small && cls.is(&vm.types.list) {
        0
    } else if small && cls.is(&vm.types.tuple) {
        1
    } else if cls.is(&vm.types.dict) {
        2
    } else if small && cls.is(&vm.types.str) {
        3
    } else {
        4
    }
}

/// The [`crate::stats::SPEC_TYPED`] way of `FOR_ITER` over `it`: a built-in
/// iterator stepped in place (a range's, a list's, a tuple's, another), or
/// `__next__`.
pub fn for_iter_way(vm: &Vm, it: &PyObjectRef) -> usize {
    use crate::object::iter::{IterState, PyIterator};
    let Some(iter) = it.downcast_ref::<PyIterator>().filter(|_| !it.ty().flags.heaptype) else {
        // A generator that `FOR_ITER` resumes in place (`eval::flat_resume`).
        return match it.downcast_ref::<crate::object::generator::PyGenerator>() {
            Some(g)
                if g.kind == crate::object::generator::GenKind::Generator
                    && !g.running.get()
                    && g.exc_state.borrow().is_none()
                    && g.frame.borrow().is_some() =>
            {
                4
            }
            _ => 5,
        };
    };
    let Ok(st) = iter.state.try_borrow() else {
        return 3;
    };
    match &*st {
        IterState::Range { .. } => 0,
        IterState::Seq { seq, .. } if seq.class().is(&vm.types.list) => 1,
        IterState::Seq { seq, .. } if seq.class().is(&vm.types.tuple) => 2,
        _ => 3,
    }
}

/// The [`crate::stats::SPEC_TYPED`] way of `UNPACK_SEQUENCE` of `seq` into
/// `n` targets (`exact`: the fast path took it).
pub fn unpack_way(vm: &Vm, seq: &PyObjectRef, n: usize, exact: bool) -> usize {
    match exact {
        true if seq.class().is(&vm.types.tuple) => usize::from(n != 2),
        true => 2,
        false => 3,
    }
}

/// The name and note `--dis --adaptive` shows for an instruction with a last
/// way; `None` for the others.
fn last_way_form(pc: &PyCode, index: usize, op: Opcode, arg: u32) -> Option<Form> {
    if !matches!(
        op,
        Opcode::BINARY_OP
            | Opcode::COMPARE_OP
            | Opcode::BINARY_SUBSCR
            | Opcode::FOR_ITER
            | Opcode::UNPACK_SEQUENCE
            | Opcode::CALL
            | Opcode::CALL_METHOD
    ) {
        return None;
    }
    if pc.last_way.is_empty() {
        return Some(base(
            op,
            "way not recorded: counting was off when this code was made (kaa --stats, kaa --dis --adaptive)",
        ));
    }
    let w = pc.last_way.get(index)?.get();
    if w == 0 {
        return Some(base(op, "not run"));
    }
    Some(match op {
        Opcode::BINARY_OP => binary_form(w, arg),
        Opcode::COMPARE_OP => compare_form(w),
        Opcode::CALL | Opcode::CALL_METHOD => call_form(op, w),
        _ => typed_form(op, w),
    })
}

fn kaa_name(name: &str) -> Form {
    named(name, Some("Kaa's name: CPython 3.11 has no such form".to_string()))
}

fn binary_form(w: u8, arg: u32) -> Form {
    use kaa_compiler::bytecode::BinaryOp;
    let op = Opcode::BINARY_OP;
    let Some((bop, _)) = BinaryOp::decode(arg) else {
        return base(op, "bad argument");
    };
    let what = match bop {
        BinaryOp::Add => "ADD",
        BinaryOp::And => "AND",
        BinaryOp::FloorDivide => "FLOOR_DIVIDE",
        BinaryOp::Lshift => "LSHIFT",
        BinaryOp::MatrixMultiply => "MATRIX_MULTIPLY",
        BinaryOp::Multiply => "MULTIPLY",
        BinaryOp::Remainder => "REMAINDER",
        BinaryOp::Or => "OR",
        BinaryOp::Power => "POWER",
        BinaryOp::Rshift => "RSHIFT",
        BinaryOp::Subtract => "SUBTRACT",
        BinaryOp::TrueDivide => "TRUE_DIVIDE",
        BinaryOp::Xor => "XOR",
    };
    let cpython = matches!(bop, BinaryOp::Add | BinaryOp::Subtract | BinaryOp::Multiply);
    let typed = |ty: &str| {
        let name = format!("BINARY_OP_{what}_{ty}");
        if cpython {
            named(&name, None)
        } else {
            kaa_name(&name)
        }
    };
    match w {
        way::binary::INT => typed("INT"),
        way::binary::FLOAT => typed("FLOAT"),
        way::binary::FLOAT_INT => kaa_name(&format!("BINARY_OP_{what}_FLOAT_INT")),
        way::binary::INT_FLOAT => kaa_name(&format!("BINARY_OP_{what}_INT_FLOAT")),
        way::binary::STR if bop == BinaryOp::Add => base(
            op,
            "general: str + str (CPython 3.11: BINARY_OP_ADD_UNICODE; Kaa has no fast path for it)",
        ),
        way::binary::STR => base(op, "general: two strs"),
        _ => base(op, "general: the protocol"),
    }
}

fn compare_form(w: u8) -> Form {
    let op = Opcode::COMPARE_OP;
    match w {
        way::compare::INT_JUMP => named("COMPARE_OP_INT_JUMP", None),
        way::compare::FLOAT_JUMP => named("COMPARE_OP_FLOAT_JUMP", None),
        way::compare::INT => kaa_name("COMPARE_OP_INT"),
        way::compare::FLOAT => kaa_name("COMPARE_OP_FLOAT"),
        way::compare::STR => base(
            op,
            "general: two strs (CPython 3.11: COMPARE_OP_STR_JUMP for == and !=; Kaa has no fast path for it)",
        ),
        _ => base(op, "general: the protocol"),
    }
}

fn call_form(op: Opcode, w: u8) -> Form {
    let cp = |kaa: &str, cpython: &str| named(kaa, Some(format!("CPython 3.11: {cpython}")));
    match w {
        way::call::PY_EXACT_ARGS => named("CALL_PY_EXACT_ARGS", None),
        way::call::BUILTIN_FAST => cp("CALL_BUILTIN_FAST", "PRECALL_NO_KW_BUILTIN_FAST"),
        way::call::METHOD_DESCRIPTOR_FAST => cp("CALL_METHOD_DESCRIPTOR_FAST", "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST"),
        way::call::LEN => cp("CALL_BUILTIN_FAST", "PRECALL_NO_KW_LEN"),
        way::call::ISINSTANCE => cp("CALL_BUILTIN_FAST", "PRECALL_NO_KW_ISINSTANCE"),
        way::call::LIST_APPEND => cp("CALL_METHOD_DESCRIPTOR_FAST", "PRECALL_NO_KW_LIST_APPEND"),
        way::call::PY_WITH_DEFAULTS => named("CALL_PY_WITH_DEFAULTS", None),
        way::call::TYPE_INIT => cp("CALL_ALLOC_AND_ENTER_INIT", "none; CPython 3.12's name"),
        way::call::CLASS => base(op, "general: a class"),
        way::call::BOUND_METHOD => base(op, "general: a bound method"),
        way::call::PY_FUNCTION => base(
            op,
            "general: a Python function, not with exactly its positional arguments",
        ),
        _ => base(op, "general: another callable"),
    }
}

fn typed_form(op: Opcode, w: u8) -> Form {
    let way = usize::from(w - 1);
    match (op, way) {
        (Opcode::BINARY_SUBSCR, 0) => named("BINARY_SUBSCR_LIST_INT", None),
        (Opcode::BINARY_SUBSCR, 1) => named("BINARY_SUBSCR_TUPLE_INT", None),
        (Opcode::BINARY_SUBSCR, 2) => named("BINARY_SUBSCR_DICT", None),
        (Opcode::BINARY_SUBSCR, 3) => kaa_name("BINARY_SUBSCR_STR_INT"),
        (Opcode::FOR_ITER, 0) => kaa_name("FOR_ITER_RANGE"),
        (Opcode::FOR_ITER, 1) => kaa_name("FOR_ITER_LIST"),
        (Opcode::FOR_ITER, 2) => kaa_name("FOR_ITER_TUPLE"),
        (Opcode::FOR_ITER, 3) => base(op, "a built-in iterator, stepped in place"),
        (Opcode::FOR_ITER, 4) => named(
            "FOR_ITER_GEN",
            Some("CPython 3.11: none; CPython 3.12's name".to_string()),
        ),
        (Opcode::UNPACK_SEQUENCE, 0) => named("UNPACK_SEQUENCE_TWO_TUPLE", None),
        (Opcode::UNPACK_SEQUENCE, 1) => named("UNPACK_SEQUENCE_TUPLE", None),
        (Opcode::UNPACK_SEQUENCE, 2) => named("UNPACK_SEQUENCE_LIST", None),
        (Opcode::FOR_ITER, _) => base(op, "general: __next__"),
        _ => base(op, "general: the protocol"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::function::PyFunction;
    use crate::stats::miss;
    use kaa_compiler::Mode;

    fn run(vm: &mut Vm, g: &PyObjectRef, src: &str) {
        let code = vm
            .compile(src, "<test>", Mode::Exec)
            .unwrap_or_else(|_| panic!("compiles: {src}"));
        assert!(vm.run_code(&code, g, None).is_ok(), "runs: {src}");
    }

    fn global(vm: &mut Vm, g: &PyObjectRef, name: &str) -> PyObjectRef {
        let key = vm.intern(name);
        vm.dict_get_item_opt(g, &key)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("{name}"))
    }

    #[test]
    fn forms_and_miss_reasons_follow_the_hints() {
        let mut vm = Vm::new();
        let g = vm.main_globals().unwrap_or_else(|_| panic!("globals"));
        run(
            &mut vm,
            &g,
            "class P:\n    def __init__(self): self.y = 1\nclass Q:\n    def __init__(self): self.y = 2\n\
             def get(o): return o.y + len('a')\np, q = P(), Q()\nfor _ in range(8): get(P())",
        );
        let f = global(&mut vm, &g, "get");
        let code = f
            .downcast_ref::<PyFunction>()
            .map(|f| f.code.clone())
            .expect("a function");
        let text = disassemble(&vm, &code, Some(&g));
        assert!(text.contains("LOAD_ATTR_WITH_HINT      0 (y) [P, entry 0]"), "{text}");
        assert!(text.contains("LOAD_GLOBAL_BUILTIN"), "{text}");
        let pc = code.downcast_ref::<PyCode>().expect("code");
        let hint = pc.attr_cache[0].get();
        let (p, q) = (global(&mut vm, &g, "p"), global(&mut vm, &g, "q"));
        assert_eq!(attr_miss_reason(&vm, hint, &p), miss::NO_FAST_FORM);
        assert_eq!(attr_miss_reason(&vm, hint, &q), miss::OTHER_TYPE);
        assert_eq!(attr_miss_reason(&vm, AttrHint::default(), &p), miss::EMPTY);
        let ghint = pc.global_cache[1].get();
        assert_eq!(global_miss_reason(&vm, ghint, &g), miss::KEYS_CHANGED);
        assert_eq!(global_miss_reason(&vm, GlobalHint::default(), &g), miss::EMPTY);
        run(&mut vm, &g, "P.z = 0");
        assert_eq!(attr_miss_reason(&vm, hint, &p), miss::CLASS_CHANGED);
        let text = disassemble(&vm, &code, Some(&g));
        assert!(
            text.contains("LOAD_ATTR                0 (y) [stale: P or a base changed"),
            "{text}"
        );
        // Not a code object: nothing.
        assert_eq!(disassemble(&vm, &p, None), "");
    }

    fn listing_of_f(counting: bool) -> String {
        let mut vm = Vm::new();
        vm.enable_stats(counting);
        let g = vm.main_globals().unwrap_or_else(|_| panic!("globals"));
        run(
            &mut vm,
            &g,
            "def f(a, b, t, s):\n    x, y = t\n    for i in s:\n        a = a + b\n    return a < b\n\
             f(1, 2, (1, 2), range(2))\nf(1.5, 2.5, [1, 2], [1])",
        );
        let f = global(&mut vm, &g, "f");
        let code = f
            .downcast_ref::<PyFunction>()
            .map(|f| f.code.clone())
            .expect("a function");
        disassemble(&vm, &code, Some(&g))
    }

    #[test]
    fn the_last_way_is_recorded_while_counting() {
        let text = listing_of_f(true);
        for form in [
            "UNPACK_SEQUENCE_LIST",
            "FOR_ITER_LIST",
            "BINARY_OP_ADD_FLOAT",
            "COMPARE_OP_FLOAT ",
        ] {
            assert!(text.contains(form), "{form}: {text}");
        }
        assert!(!text.contains("_INT"), "{text}");
        let text = listing_of_f(false);
        assert!(
            text.contains("BINARY_OP                0 (+) [way not recorded: counting was off"),
            "{text}"
        );
    }
}
