//! The object model: one file per Python type, named with Python's word for it.
//!
//! `core` holds the header, references and refcounting (all of the unsafe code);
//! `typ` is `type`; the rest are payloads of the built-in types and the methods
//! installed on them.

pub mod bool;
pub mod buffer;
pub mod bytearray;
pub mod bytes;
pub mod complex;
pub mod core;
pub mod coroutine;
pub mod dict;
pub mod dict_methods;
pub mod dict_table;
pub mod exception;
pub mod exception_group;
pub mod exception_methods;
pub mod float;
pub mod frameobj;
pub mod function;
pub mod function_methods;
pub mod gc;
pub mod generator;
pub mod instance;
pub mod int;
pub mod int_long;
pub mod iter;
pub mod list;
pub mod member;
pub mod memoryview;
pub mod module;
pub mod range;
pub mod set;
pub mod set_table;
pub mod singletons;
pub mod size;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typ;
pub mod weakref;

pub use self::core::{Instance, InstanceDict, Layout, PyObjectRef, PyPayload, Visit};
