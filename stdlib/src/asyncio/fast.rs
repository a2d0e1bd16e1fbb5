//! Facts about a type that the native fast paths check once and then
//! remember under the type's cache tag (`PyType::valid_cache_tag`): a tag
//! names one state of the attribute tables along the type's MRO and is never
//! reused, so while the type still has it nothing the check looked at has
//! changed (a method patched on the class or a base gives it a new tag, and
//! the next call checks again).
//!
//! The checks are those the fast paths made on every call before: "the
//! queue's class keeps `Queue`'s methods" (`queue.rs`), "the loop's class
//! keeps `BaseEventLoop.call_soon`" (`call_soon_native`), "the loop hashes
//! by identity" (the current-task registry).

use std::cell::Cell;

use kaa_vm::object::function::PyFunction;
use kaa_vm::object::typ::PyType;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{PyResult, Vm};

/// The tags of the last two types a check passed for.
#[derive(Default)]
pub(super) struct TagMemo {
    tags: [Cell<u64>; 2],
}

impl TagMemo {
    /// Whether the check passed for `ty` in its current state.
    #[inline]
    pub(super) fn known(&self, ty: &PyType) -> bool {
        self.tags.iter().any(|t| ty.has_cache_tag(t.get()))
    }

    /// Remember that the check passed for `ty` (a type that cannot take a tag
    /// is checked every time).
    pub(super) fn remember(&self, ty: &PyType) {
        let tag = ty.valid_cache_tag();
        if tag != 0 {
            self.tags[1].set(self.tags[0].get());
            self.tags[0].set(tag);
        }
    }
}

/// Whether reading `names` on an instance of `ty` is a plain instance-dict
/// read: no `__getattribute__` written in Python, and no class attribute of
/// those names (which could be a descriptor).
pub(super) fn plain_instance_attrs(vm: &Vm, ty: &PyType, names: &[PyObjectRef]) -> bool {
    if ty
        .lookup(&vm.names.__getattribute__)
        .is_some_and(|ga| ga.payload_is::<PyFunction>())
    {
        return false;
    }
    names.iter().all(|n| ty.lookup(n).is_none())
}

/// `obj.<name>` for an object whose type passed [`plain_instance_attrs`]
/// for `name`: the instance dict's entry, or the full protocol (which finds
/// `__getattr__` or raises CPython's AttributeError) when it has none.
#[inline]
pub(super) fn read_attr(vm: &mut Vm, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult {
    if let Some(v) = vm.instance_get(obj, name)? {
        return Ok(v);
    }
    vm.get_attr(obj, name)
}
