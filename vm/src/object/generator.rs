//! Generators: a suspended frame plus its state.

use std::cell::{Cell, RefCell};

use super::core::{PyObjectRef, PyPayload};
use crate::frame::Frame;

pub struct PyGenerator {
    /// `None` once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// Whether the frame has started (a non-None `send` before start is an error).
    pub started: Cell<bool>,
    pub name: PyObjectRef,
    pub qualname: PyObjectRef,
}

impl PyPayload for PyGenerator {}
