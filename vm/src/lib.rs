//! `kaa-vm`: Kaa's object model and interpreter loop.
//!
//! | file | what it holds |
//! |---|---|
//! | `object/core.rs` | object header, `PyObjectRef`, refcounting, layouts (with `object/gc.rs`, all the unsafe code) |
//! | `object/gc.rs` | the heap: GC heads, generations, the collector, finalizer queue, weakref registry |
//! | `object/typ.rs` | `type`: attribute tables, MRO |
//! | `object/*.rs` | one file per built-in type: payload and methods |
//! | `vm.rs` | `Vm`: built-in types, interned names, constructors, error builders |
//! | `protocol.rs` | the abstract object protocol (`a + b`, `hash`, `repr`, attributes, ...) |
//! | `call.rs` | calling and argument binding |
//! | `eval.rs` | the interpreter loop |
//! | `gc.rs` | running finalizers and collections at safe points; exit teardown |
//! | `stats.rs` | `kaa --stats` counters |
//! | `adaptive.rs` | `kaa --dis --adaptive`: what the caches beside the bytecode hold |
//! | `frame.rs` | frames |
//! | `valstack.rs` | a frame's value stack: pushes and pops without checks (unsafe; its Notes) |
//! | `verify.rs` | the stack-depth check a code object passes before it runs |
//! | `generator.rs` | running generators |
//! | `coroutine.rs` | coroutines, async generators, the async opcodes' helpers |
//! | `builtins_type.rs` | `type` and `object` behaviour, class creation |
//! | `builtins.rs` | the `builtins` module |
//! | `format.rs` | `format()` mini-language, `%`-formatting, float repr |
//! | `import.rs` | `import` |
//! | `limits.rs` | fuel, deadline, memory cap, interrupt handle, sandbox grants |
//! | `traceback.rs` | printing exceptions as CPython does |
//! | `run.rs` | compiling and running source |
//! | `pattern.rs` | the `match` statement's instructions (`MATCH_CLASS`, `MATCH_KEYS`, ...) |

pub mod adaptive;
pub mod builtins;
pub mod builtins_doc;
pub mod builtins_type;
pub mod call;
pub mod coroutine;
pub mod eval;
pub mod format;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod gil;
pub mod import;
pub mod import_cache;
pub mod import_lock;
pub mod limits;
pub mod object;
pub mod pattern;
pub mod protocol;
pub mod recursion;
pub mod run;
pub mod source;
pub mod stats;
pub mod trace;
pub mod traceback;
pub mod valstack;
pub mod verify;
pub mod vm;
pub mod wait;
pub mod watchdog;

pub use object::PyObjectRef;
pub use vm::{Args, PyResult, Vm};

/// Install the methods of every built-in type and the `builtins` module.
pub(crate) fn init_builtin_types(vm: &mut Vm) {
    builtins_type::init(vm);
    object::int::init(vm);
    object::float::init(vm);
    object::complex::init(vm);
    object::str::init(vm);
    object::bytes::init(vm);
    object::bytearray::init(vm);
    object::memoryview::init(vm);
    object::tuple::init(vm);
    object::list::init(vm);
    object::dict_methods::init(vm);
    object::set::init(vm);
    object::range::init(vm);
    object::slice::init(vm);
    object::iter::init(vm);
    object::exception_methods::init(vm);
    object::exception_group::init(vm);
    object::function_methods::init(vm);
    object::frameobj::init(vm);
    generator::init(vm);
    coroutine::init(vm);
    object::weakref::init(vm);
    object::member::init(vm);
    builtins::init(vm);
    limits::init(vm);
    let b = vm.builtins.clone();
    import::adopt_functions(vm, &b);
}
