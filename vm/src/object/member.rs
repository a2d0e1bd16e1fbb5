//! `member_descriptor`: the class attribute that reads and writes one entry of
//! `__slots__` (see `docs/internals/slots.md`).

use super::core::{PyObjectRef, PyPayload, Visit};
use crate::vm::{PyResult, Vm};

pub struct PyMemberDescr {
    /// The slot's (mangled) name, interned.
    pub name: PyObjectRef,
    /// Index into the instance's slot array.
    pub index: usize,
    /// The class that declared the slot (instances must be of it).
    pub owner: PyObjectRef,
}

impl PyPayload for PyMemberDescr {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.name);
        visit.visit(&self.owner);
    }
}

impl PyMemberDescr {
    fn check<'a>(&self, vm: &mut Vm, obj: &'a PyObjectRef) -> PyResult<&'a super::core::SlotCell> {
        let slot = if obj.is_instance_of(&self.owner) {
            obj.slots().and_then(|s| s.get(self.index))
        } else {
            None
        };
        slot.ok_or_else(|| {
            vm.new_type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                super::typ::attr_name(&self.name),
                self.owner.ty_payload().name(),
                obj.ty().name()
            ))
        })
    }

    /// `obj.name`.
    pub fn get(&self, vm: &mut Vm, obj: &PyObjectRef) -> PyResult {
        let slot = self.check(vm, obj)?;
        let v = slot.take();
        let r = v.clone();
        slot.set(v);
        r.ok_or_else(|| vm.attribute_error(obj, &self.name))
    }

    /// `obj.name = value` (`None`: `del obj.name`).
    pub fn set(&self, vm: &mut Vm, obj: &PyObjectRef, value: Option<PyObjectRef>) -> PyResult<()> {
        let slot = self.check(vm, obj)?;
        let deleting = value.is_none();
        let old = slot.replace(value);
        if deleting && old.is_none() {
            // CPython's message here is the bare name.
            let n = self.name.clone();
            return Err(vm.new_exception(&vm.exc.attribute_error.clone(), vec![n]));
        }
        drop(old);
        Ok(())
    }
}

fn member_repr(vm: &mut Vm, args: crate::vm::Args) -> PyResult {
    let [m] = args.exact::<1>(vm, "__repr__")?;
    let s = match m.downcast_ref::<PyMemberDescr>() {
        Some(d) => format!(
            "<member '{}' of '{}' objects>",
            super::typ::attr_name(&d.name),
            d.owner.ty_payload().name()
        ),
        None => "<member>".to_string(),
    };
    Ok(vm.new_str(s))
}

fn member_name(vm: &mut Vm, m: &PyObjectRef) -> PyResult {
    match m.downcast_ref::<PyMemberDescr>() {
        Some(d) => Ok(d.name.clone()),
        None => Err(vm.new_type_error("expected a member descriptor")),
    }
}

fn member_doc(vm: &mut Vm, _m: &PyObjectRef) -> PyResult {
    Ok(vm.none())
}

fn member_objclass(vm: &mut Vm, m: &PyObjectRef) -> PyResult {
    match m.downcast_ref::<PyMemberDescr>() {
        Some(d) => Ok(d.owner.clone()),
        None => Err(vm.new_type_error("expected a member descriptor")),
    }
}

fn descr<'a>(vm: &mut Vm, m: &'a PyObjectRef) -> PyResult<&'a PyMemberDescr> {
    m.downcast_ref::<PyMemberDescr>()
        .ok_or_else(|| vm.new_type_error("expected a member descriptor"))
}

fn member_get(vm: &mut Vm, args: crate::vm::Args) -> PyResult {
    let a = args.range(vm, "__get__", 2, 3)?;
    let d = descr(vm, &a[0])?;
    if vm.is_none(&a[1]) {
        return Ok(a[0].clone());
    }
    d.get(vm, &a[1])
}

fn member_set(vm: &mut Vm, args: crate::vm::Args) -> PyResult {
    let [m, o, v] = args.exact::<3>(vm, "__set__")?;
    descr(vm, m)?.set(vm, o, Some(v.clone()))?;
    Ok(vm.none())
}

fn member_delete(vm: &mut Vm, args: crate::vm::Args) -> PyResult {
    let [m, o] = args.exact::<2>(vm, "__delete__")?;
    descr(vm, m)?.set(vm, o, None)?;
    Ok(vm.none())
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    vm.add_method(&t, "__get__", member_get);
    vm.add_method(&t, "__set__", member_set);
    vm.add_method(&t, "__delete__", member_delete);
    vm.add_method(&t, "__repr__", member_repr);
    vm.add_getset(&t, "__name__", member_name, None);
    vm.add_getset(&t, "__objclass__", member_objclass, None);
    vm.add_getset(&t, "__doc__", member_doc, None);
}
