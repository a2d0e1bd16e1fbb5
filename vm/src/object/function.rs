//! Functions and their relatives: code objects, Python functions, built-in
//! functions, bound methods, cells, `staticmethod`, `classmethod`, `property`.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use kaa_compiler::CodeObject;

use super::core::{PyObjectRef, PyPayload};
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

impl PyPayload for PyFunction {}

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

impl PyPayload for PyBuiltinFunction {}

/// A function bound to an instance: `obj.method`.
pub struct PyBoundMethod {
    pub func: PyObjectRef,
    pub self_: PyObjectRef,
}

impl PyPayload for PyBoundMethod {}

/// A cell holding a variable shared between a function and its closures.
pub struct PyCell {
    pub value: RefCell<Option<PyObjectRef>>,
}

impl PyPayload for PyCell {}

pub struct PyStaticMethod {
    pub func: PyObjectRef,
}
impl PyPayload for PyStaticMethod {}

pub struct PyClassMethod {
    pub func: PyObjectRef,
}
impl PyPayload for PyClassMethod {}

pub struct PyProperty {
    pub fget: Option<PyObjectRef>,
    pub fset: Option<PyObjectRef>,
    pub fdel: Option<PyObjectRef>,
    pub doc: Option<PyObjectRef>,
}
impl PyPayload for PyProperty {}

/// `super(type, obj)`.
pub struct PySuper {
    pub typ: PyObjectRef,
    pub obj: Option<PyObjectRef>,
    /// The type whose MRO is searched (`type(obj)`, or `obj` itself for a class).
    pub obj_type: Option<PyObjectRef>,
}
impl PyPayload for PySuper {}

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
