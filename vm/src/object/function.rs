//! Functions and their relatives: code objects, Python functions, built-in
//! functions, bound methods, cells, `staticmethod`, `classmethod`, `property`.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use kaa_compiler::CodeObject;

use super::core::{PyObjectRef, PyPayload, Visit};
use crate::vm::{Args, NativeFn};

/// A code object as the VM runs it: the compiler's `CodeObject` plus its constants
/// and names already turned into objects (strings interned).
pub struct PyCode {
    pub code: Arc<CodeObject>,
    pub consts: Box<[PyObjectRef]>,
    /// `co_names`, interned.
    pub names: Box<[PyObjectRef]>,
    /// `co_varnames`, interned (keyword arguments are matched by identity first).
    pub varnames: Box<[PyObjectRef]>,
    /// Per name of `names`, where `LOAD_GLOBAL` last found it (see
    /// [`GlobalHint`] and `eval.rs`, `load_global_cached`).
    pub global_cache: Box<[std::cell::Cell<GlobalHint>]>,
    /// The number of positional arguments a call binds by moving them into
    /// the first locals, when that is all binding does (no `*args`,
    /// `**kwargs`, keyword-only parameters or cell variables, and no
    /// generator or coroutine): the flat calls of `CALL` (`eval::flat_frame`;
    /// fewer arguments when the defaults give the rest). `u32::MAX`
    /// otherwise.
    pub simple_argc: u32,
    /// Per name of `names`, what `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD`
    /// learnt about the last type they met with that name (`eval.rs`,
    /// `attr_hint`). A hint only: every use checks the type and its tag.
    pub attr_cache: Box<[std::cell::Cell<AttrHint>]>,
    /// Per instruction, the way `BINARY_OP`, `COMPARE_OP`, `BINARY_SUBSCR`,
    /// `FOR_ITER`, `UNPACK_SEQUENCE`, `CALL` and `CALL_METHOD` went last
    /// (`crate::adaptive::way`; 0: not run), written only by the counting
    /// loop (`execute::<true>`) and read by `kaa --dis --adaptive`. Empty
    /// (nothing recorded) for code loaded while counting was off.
    pub last_way: Box<[std::cell::Cell<u8>]>,
    /// Whether the bytecode passed `verify.rs` (checked when it first
    /// runs): `verify::UNCHECKED`, `VERIFIED` or `REFUSED`.
    pub stack_checked: std::cell::Cell<u8>,
}

/// Facts about the attribute `name` of the instances of one type, true while
/// the type keeps the cache tag it had when they were learnt
/// ([`crate::object::typ::PyType::valid_cache_tag`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AttrHint {
    /// The type's address (`PyObjectRef::id`); 0 when empty.
    pub ty: usize,
    /// Its cache tag then.
    pub tag: u64,
    /// [`AttrHint::DICT_FIRST`], [`AttrHint::DICT_STORE`], [`AttrHint::METHOD`].
    pub facts: u8,
    /// Where in the instance dict's entries the name was last found: instances
    /// made by the same `__init__` store their attributes in the same order, so
    /// the next instance's dict usually has the name at the same index. Only a
    /// guess: it is used when the key at that index *is* the name.
    pub index: u32,
    /// With `DICT_FIRST`/`DICT_STORE`/`METHOD`: the name's place in the
    /// type's shared key table plus one (0: not there when learnt), where an
    /// instance with inline values keeps the attribute
    /// (docs/internals/instance-values.md). A place never changes: the
    /// table only grows.
    pub vindex: u16,
    /// With `METHOD` or `DESCR_GET`/`DESCR_SET`: the id of the class
    /// attribute found for the name (a borrowed address, used only through
    /// [`crate::object::typ::PyType::recall`] while the tag holds).
    pub attr: usize,
}

impl AttrHint {
    /// Reading: the instances have a dict, the type has no `__getattribute__`
    /// of its own and no data descriptor of that name (nor a class attribute
    /// whose type could gain `__set__`), so the instance dict is looked in first.
    pub const DICT_FIRST: u8 = 1;
    /// Writing: the instances have a dict, the type has no `__setattr__` of
    /// its own and no descriptor of that name that takes the assignment.
    pub const DICT_STORE: u8 = 2;
    /// `LOAD_METHOD`: no `__getattribute__` of its own, and the class
    /// attribute is a Python function or a built-in method.
    pub const METHOD: u8 = 4;
    /// Reading: no `__getattribute__` of its own, and the class attribute is
    /// a data descriptor of a built-in kind (`getset_descriptor` such as
    /// `__class__` or `complex.real`, a `__slots__` member, or a `property`
    /// with a getter), which takes precedence over the instance dict: its
    /// getter is called directly.
    pub const DESCR_GET: u8 = 8;
    /// Writing: no `__setattr__` of its own, and the class attribute is such
    /// a data descriptor: its setter is called directly.
    pub const DESCR_SET: u8 = 16;
    /// An attribute of an exact module (`math.sqrt`): `index` is where the
    /// name was found in the module's dict, used when that entry's key *is*
    /// the name (the module type has no data descriptor of that name).
    pub const MODULE: u8 = 32;
    /// With `DESCR_GET`/`DESCR_SET`: the data descriptor is a `__slots__`
    /// member of a class the type derives from, and `index` is its place in
    /// the instance's slot array, read and written there directly.
    pub const SLOT: u8 = 64;
    /// With `DESCR_GET`: the data descriptor is `object.__class__` itself,
    /// so the value is the object's class.
    pub const CLASS: u8 = 128;
}

impl PyCode {
    /// [`PyCode::simple_argc`] for `code`.
    pub fn simple_argc_of(code: &kaa_compiler::code::CodeObject) -> u32 {
        use kaa_compiler::code::flags;
        // Generators (0x20), coroutines (0x80, 0x100) and async generators (0x200)
        // are made, not run, by a call.
        const NOT_RUN: u32 = 0x20 | 0x80 | 0x100 | 0x200;
        let simple = code.co_flags & (flags::VARARGS | flags::VARKEYWORDS | NOT_RUN) == 0
            && code.co_kwonlyargcount == 0
            && code.co_cellvars.is_empty();
        if simple {
            code.co_argcount
        } else {
            u32::MAX
        }
    }
}

/// Where `LOAD_GLOBAL` last found a name ([`PyCode::global_cache`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GlobalHint {
    /// The entry index + 1 in the dict it was found in; 0: not known.
    pub index: u32,
    /// Found in the builtins: the key-set tags
    /// ([`crate::object::dict_table::KeysTag`]) the globals and the builtins
    /// had then. While both dicts still carry them, the globals still lack
    /// the name and the builtins' entry is where it was. 0 (both) for a
    /// name found in the globals, whose entry is used only if its key *is*
    /// the interned name.
    pub globals_tag: u64,
    pub builtins_tag: u64,
}

impl PyPayload for PyCode {}

/// A function defined in Python.
pub struct PyFunction {
    /// A `PyCode` object.
    pub code: PyObjectRef,
    pub globals: PyObjectRef,
    pub name: RefCell<PyObjectRef>,
    pub qualname: RefCell<PyObjectRef>,
    /// Positional defaults (a tuple) or None.
    pub defaults: RefCell<Option<PyObjectRef>>,
    /// Keyword-only defaults (a dict) or None.
    pub kwdefaults: RefCell<Option<PyObjectRef>>,
    /// A tuple of cells for `co_freevars`.
    pub closure: Option<PyObjectRef>,
    pub annotations: RefCell<Option<PyObjectRef>>,
    pub module: RefCell<PyObjectRef>,
    pub doc: RefCell<PyObjectRef>,
}

impl PyPayload for PyFunction {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.code);
        visit.visit(&self.globals);
        visit.visit_cell(&self.name, |o, visit| visit.visit(o));
        visit.visit_cell(&self.qualname, |o, visit| visit.visit(o));
        visit.visit_cell(&self.defaults, |o, visit| visit.visit_opt(o));
        visit.visit_cell(&self.kwdefaults, |o, visit| visit.visit_opt(o));
        visit.visit_opt(&self.closure);
        visit.visit_cell(&self.annotations, |o, visit| visit.visit_opt(o));
        visit.visit_cell(&self.module, |o, visit| visit.visit(o));
        visit.visit_cell(&self.doc, |o, visit| visit.visit(o));
    }

    fn clear(&self) {
        for c in [&self.defaults, &self.kwdefaults, &self.annotations] {
            let old = c.try_borrow_mut().map(|mut v| v.take());
            drop(old);
        }
    }
}

impl PyFunction {
    /// The runnable code.
    #[inline]
    pub fn pycode(&self) -> &PyCode {
        // SAFETY: `code` is always a PyCode object (set at construction only).
        unsafe { self.code.payload_unchecked::<PyCode>() }
    }
}

/// How a built-in function stored in a type behaves when looked up on an instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// A plain function: never binds (module-level built-ins, `__new__`).
    Function,
    /// A method: binds the instance as the first argument (`list.append`).
    Method,
    /// A class method: binds the class (`dict.fromkeys`).
    ClassMethod,
}

/// A function implemented in Rust.
pub struct PyBuiltinFunction {
    pub name: &'static str,
    /// The owning type's name for methods (for `__qualname__` and messages).
    pub owner: Option<Box<str>>,
    pub func: NativeFn,
    pub binding: Binding,
    /// The bound first argument, for built-in methods taken from an instance.
    pub self_: Option<PyObjectRef>,
    /// Whether the function needs its caller's namespace (`locals()`, `vars()`,
    /// `dir()`, `eval()`, `exec()`, `globals()`): the eval loop then fills
    /// `Vm::caller` before calling it.
    pub needs_frame: bool,
    /// Extra data for host closures (the embedding API), else None.
    pub data: Option<Arc<dyn Fn(&mut crate::vm::Vm, Args) -> crate::vm::PyResult>>,
}

impl PyPayload for PyBuiltinFunction {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_opt(&self.self_);
    }
}

/// A function bound to an instance: `obj.method`.
pub struct PyBoundMethod {
    pub func: PyObjectRef,
    pub self_: PyObjectRef,
}

impl PyPayload for PyBoundMethod {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.func);
        visit.visit(&self.self_);
    }
}

/// A cell holding a variable shared between a function and its closures.
pub struct PyCell {
    pub value: RefCell<Option<PyObjectRef>>,
}

impl PyPayload for PyCell {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.value, |o, visit| visit.visit_opt(o));
    }

    fn clear(&self) {
        let old = self.value.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}

pub struct PyStaticMethod {
    pub func: PyObjectRef,
}
impl PyPayload for PyStaticMethod {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.func);
    }
}

pub struct PyClassMethod {
    pub func: PyObjectRef,
}
impl PyPayload for PyClassMethod {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.func);
    }
}

pub struct PyProperty {
    pub fget: Option<PyObjectRef>,
    pub fset: Option<PyObjectRef>,
    pub fdel: Option<PyObjectRef>,
    pub doc: Option<PyObjectRef>,
    /// The attribute name, given by `__set_name__` when a class body made
    /// it: "property 'x' of 'A' object has no setter".
    pub name: std::cell::RefCell<Option<Box<str>>>,
    /// A namedtuple field (CPython's `_collections._tuplegetter`), whose
    /// errors say "can't set attribute".
    pub tuple_field: bool,
}
impl PyPayload for PyProperty {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_opt(&self.fget);
        visit.visit_opt(&self.fset);
        visit.visit_opt(&self.fdel);
        visit.visit_opt(&self.doc);
    }
}

/// `super(type, obj)`.
pub struct PySuper {
    pub typ: PyObjectRef,
    pub obj: Option<PyObjectRef>,
    /// The type whose MRO is searched (`type(obj)`, or `obj` itself for a class).
    pub obj_type: Option<PyObjectRef>,
}
impl PyPayload for PySuper {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.typ);
        visit.visit_opt(&self.obj);
        visit.visit_opt(&self.obj_type);
    }
}

/// Marker for "currently running" used by generators.
pub type RunningFlag = Cell<bool>;

/// Getter of a built-in attribute (`type.__name__`, `function.__defaults__`).
pub type Getter = fn(&mut crate::vm::Vm, &PyObjectRef) -> crate::vm::PyResult;
/// Setter (value `None` deletes).
pub type Setter = fn(&mut crate::vm::Vm, &PyObjectRef, Option<PyObjectRef>) -> crate::vm::PyResult<()>;

/// A data descriptor implemented in Rust (CPython's `getset_descriptor`).
pub struct PyGetSet {
    pub name: &'static str,
    pub getter: Getter,
    pub setter: Option<Setter>,
}
impl PyPayload for PyGetSet {}
