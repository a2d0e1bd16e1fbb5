//! `module`: a namespace whose `__dict__` is the globals of its code.

use super::core::{PyObjectRef, PyPayload};

pub struct PyModule {
    /// The module's namespace (a `dict`), shared with the globals of its functions.
    pub dict: PyObjectRef,
}

impl PyPayload for PyModule {
    const GC: bool = true;

    fn traverse(&self, visit: &mut super::core::Visit<'_>) {
        visit.visit(&self.dict);
    }
}
