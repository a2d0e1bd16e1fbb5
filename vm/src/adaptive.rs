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
//! `UNPACK_SEQUENCE`, `CALL`) keep no record of the way they went, and are
//! shown under their base names.

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
    out.push_str(&disassemble_one_with(&pc.code, &mut |_, op, arg| {
        instruction_form(vm, pc, op, arg, globals, types)
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
    match op {
        Opcode::LOAD_ATTR => {
            if has(AttrHint::DESCR_GET | AttrHint::SLOT) {
                named("LOAD_ATTR_SLOT", on(format!("slot {}", hint.index)))
            } else if has(AttrHint::CLASS) {
                named("LOAD_ATTR_OBJECT_CLASS", Some(tname))
            } else if has(AttrHint::DESCR_GET) {
                named(&format!("LOAD_ATTR_{}", descr_kind(t)), Some(tname))
            } else if has(AttrHint::DICT_FIRST) {
                named("LOAD_ATTR_WITH_HINT", on(format!("entry {}", hint.index)))
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
                named("STORE_ATTR_WITH_HINT", on(format!("entry {}", hint.index)))
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
}
