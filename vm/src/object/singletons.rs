//! Payloads without data: `object()`, `None`, `NotImplemented`, `...`.

use super::core::PyPayload;

/// The payload of plain `object()` instances and of instances of classes that
/// derive only from `object` (their state is all in the instance dict).
pub struct PyBaseObject;
impl PyPayload for PyBaseObject {}

pub struct PyNone;
impl PyPayload for PyNone {}

pub struct PyNotImplemented;
impl PyPayload for PyNotImplemented {}

pub struct PyEllipsis;
impl PyPayload for PyEllipsis {}

/// The marker `LOAD_METHOD` pushes for "no self" (never visible to Python code).
pub struct PyNull;
impl PyPayload for PyNull {}
