//! The check a code object passes before its first instruction runs: the
//! value stack's depth, on every path through the code, stays within
//! `0..=co_stacksize`, and every instruction finds the items it takes.
//! `valstack.rs` pushes and pops without checks on the strength of it.
//!
//! The compiler computes `co_stacksize` from the same stack effects
//! (`kaa_compiler::bytecode`), so its code always passes; what this guards
//! against is a code object whose bytecode did not come from this compiler
//! as it is (`marshal.loads` of hand-made bytes, a tampered `.pyc`, a
//! `Program` read back from bytes) or a compiler bug. Such code is refused
//! with `SystemError` when it would start running (`eval::execute`), once
//! per code object ([`PyCode::stack_checked`]). The walk itself is
//! `kaa_compiler::verify` (it needs nothing but the bytecode). The standard
//! library's embedded modules were walked when Kaa was built (its build
//! script fails otherwise) and are loaded already marked as verified
//! (`Vm::load_code_verified`), so start-up does not walk them again.

pub use kaa_compiler::verify::{verify, verify_tree};

use crate::object::function::PyCode;

/// `PyCode::stack_checked`: not yet verified.
pub const UNCHECKED: u8 = 0;
/// Verified: it may run.
pub const VERIFIED: u8 = 1;
/// Failed verification: every attempt to run it raises `SystemError`.
pub const REFUSED: u8 = 2;

/// Verify `code` if it has not been, remembering the outcome; `Err` holds
/// the reason it may not run.
#[cold]
#[inline(never)]
pub fn check(code: &PyCode) -> Result<(), String> {
    if code.stack_checked.get() == UNCHECKED {
        let ok = verify(&code.code).is_ok();
        code.stack_checked.set(if ok { VERIFIED } else { REFUSED });
    }
    match code.stack_checked.get() {
        VERIFIED => Ok(()),
        _ => Err(verify(&code.code).err().unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use kaa_compiler::code::CodeObject;

    fn code_of(src: &str) -> std::sync::Arc<CodeObject> {
        kaa_compiler::compile(src, "<test>", kaa_compiler::Mode::Exec).expect("compiles")
    }

    /// Code whose `co_stacksize` is too small (as hand-made `marshal` bytes
    /// could say) raises `SystemError` when it would run, every time, and
    /// the same code with the right size runs.
    #[test]
    fn verify_refused_code_raises_system_error() {
        let mut vm = crate::vm::Vm::new();
        let good = code_of("a = 1\nr = (a, a, a, a)\n");
        let mut bad = (*good).clone();
        bad.co_stacksize = 2;
        let bad = std::sync::Arc::new(bad);
        for _ in 0..2 {
            let code = vm.load_code(&bad);
            let globals = vm.new_dict();
            let e = vm.run_code(&code, &globals, None).expect_err("refused");
            assert!(e.is_instance_of(&vm.exc.system_error));
        }
        let code = vm.load_code(&good);
        let globals = vm.new_dict();
        vm.run_code(&code, &globals, None).expect("runs");
    }
}
