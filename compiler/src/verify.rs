//! The check a code object passes before its first instruction runs: the
//! value stack's depth, on every path through the code, stays within
//! `0..=co_stacksize`, and every instruction finds the items it takes. The
//! VM (`kaa_vm::verify`, `kaa_vm::valstack`) pushes and pops without checks
//! on the strength of it; the standard library's build runs it on every
//! module it embeds ([`verify_tree`]).
//!
//! The walk mirrors what the VM's loop does with the words of `co_code`:
//! an `EXTENDED_ARG` word gives its argument to the next word only, so a jump
//! may not land just after one (the VM would read the next word without it);
//! `COMPARE_OP` followed by a conditional jump is run as one step whose depth
//! is the same as the two's. Edges: the next word, a jump's target, the
//! handler of a `SETUP_*` (the depth at the `SETUP_*` is the block's level:
//! the handler starts with the stack cut to it and the exception pushed) and
//! `FOR_ITER`'s exit.

use crate::bytecode::Opcode;
use crate::code::CodeObject;

/// The largest argument accepted (the compiler's are far smaller).
const MAX_ARG: u32 = 1 << 28;

/// The items instruction `op` with argument `arg` takes from (or reads on)
/// the stack before it pushes anything, or `None` for an argument the VM
/// does not accept in this place.
fn takes(op: Opcode, arg: u32) -> Option<u32> {
    use Opcode::*;
    let a = arg;
    Some(match op {
        NOP | EXTENDED_ARG | LOAD_CONST | LOAD_FAST | DELETE_FAST | LOAD_NAME | DELETE_NAME | LOAD_GLOBAL
        | DELETE_GLOBAL | LOAD_DEREF | DELETE_DEREF | LOAD_CLASSDEREF | LOAD_CLOSURE | LOAD_BUILD_CLASS | JUMP
        | RETURN_CONST | SETUP_FINALLY | POP_BLOCK | LOAD_ASSERTION_ERROR | SETUP_ANNOTATIONS => 0,
        POP_TOP | STORE_FAST | STORE_NAME | STORE_GLOBAL | STORE_DEREF | LOAD_ATTR | DELETE_ATTR | LOAD_METHOD
        | UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT | LIST_TO_TUPLE | UNPACK_SEQUENCE | UNPACK_EX
        | GET_ITER | FOR_ITER | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP
        | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE | RETURN_VALUE | YIELD_VALUE | GET_YIELD_FROM_ITER
        | SETUP_CLEANUP | SETUP_WITH | PUSH_EXC_INFO | POP_EXCEPT | RERAISE | BEFORE_WITH | IMPORT_FROM
        | IMPORT_STAR | PRINT_EXPR | GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE | GET_AWAITABLE | GET_AITER
        | GET_ANEXT | BEFORE_ASYNC_WITH | ASYNC_GEN_WRAP => 1,
        STORE_ATTR
        | BINARY_OP
        | COMPARE_OP
        | IS_OP
        | CONTAINS_OP
        | BINARY_SUBSCR
        | DELETE_SUBSCR
        | YIELD_FROM
        | POP_EXCEPT_AND_RERAISE
        | CHECK_EXC_MATCH
        | IMPORT_NAME
        | MATCH_KEYS
        | COPY_DICT_WITHOUT_KEYS
        | END_ASYNC_FOR
        | CHECK_EG_MATCH
        | PREP_RERAISE_STAR => 2,
        STORE_SUBSCR | WITH_EXCEPT_START | MATCH_CLASS => 3,
        COPY | SWAP if a >= 1 => a,
        COPY | SWAP => return None,
        CALL_METHOD => a.checked_add(2)?,
        CALL => a.checked_add(1)?,
        CALL_KW => a.checked_add(2)?,
        CALL_FUNCTION_EX => 2 + (a & 1),
        MAKE_FUNCTION => 1 + (a & 0xF).count_ones(),
        BUILD_SLICE if a == 2 || a == 3 => a,
        BUILD_SLICE => return None,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => a,
        BUILD_MAP => a.checked_mul(2)?,
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE if a >= 1 => a.checked_add(1)?,
        MAP_ADD if a >= 1 => a.checked_add(2)?,
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE | MAP_ADD => return None,
        FORMAT_VALUE => 1 + ((a >> 2) & 1),
        RAISE_VARARGS if a <= 2 => a,
        RAISE_VARARGS => return None,
    })
}

/// Whether control never goes on to the next word after `op`.
fn ends_path(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        JUMP | RETURN_VALUE | RETURN_CONST | RAISE_VARARGS | RERAISE | POP_EXCEPT_AND_RERAISE
    )
}

/// Whether `op`'s argument is a jump target (or a handler, or a loop exit).
fn has_target(op: Opcode) -> bool {
    op.operand() == crate::bytecode::Operand::Jump
}

/// Follow every path through `code` (not its nested code objects: see
/// [`verify_tree`]) and report the first problem found.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    let words = &code.co_code;
    let n = words.len();
    let limit = i64::from(code.co_stacksize);
    let fail = |at: usize, what: &str| Err(format!("{}: bad bytecode at {at}: {what}", code.co_qualname));
    if n == 0 {
        return fail(0, "no instructions");
    }
    // Decode once: each word's opcode and its argument as the VM forms it
    // (the `EXTENDED_ARG` words just before it give the high bits).
    let mut ops = Vec::with_capacity(n);
    let mut args = Vec::with_capacity(n);
    let mut prefixed = vec![false; n];
    let mut ext: u32 = 0;
    for (i, unit) in words.iter().enumerate() {
        let Some(op) = Opcode::from_u8(unit.op_byte()) else {
            return fail(i, "unknown opcode");
        };
        let arg = (ext << 24) | unit.arg();
        // Counts this big are no program's, and would overflow the `i32`
        // arithmetic of the stack effects.
        if arg > MAX_ARG && op != Opcode::EXTENDED_ARG {
            return fail(i, "argument too large");
        }
        prefixed[i] = i > 0 && ops[i - 1] == Opcode::EXTENDED_ARG;
        ext = if op == Opcode::EXTENDED_ARG { arg } else { 0 };
        ops.push(op);
        args.push(arg);
    }
    // The depth on entry to each word; -1: not reached yet.
    let mut depth = vec![-1i64; n];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let target = |at: usize, t: u32| -> Result<usize, String> {
        let t = t as usize;
        if t >= n || prefixed[t] {
            return Err(format!(
                "{}: bad bytecode at {at}: bad jump target {t}",
                code.co_qualname
            ));
        }
        Ok(t)
    };
    while let Some((mut p, mut d)) = work.pop() {
        loop {
            if p >= n {
                return fail(p, "runs off the end");
            }
            if depth[p] >= 0 {
                if depth[p] != d {
                    return fail(p, "inconsistent stack depth");
                }
                break;
            }
            depth[p] = d;
            let (op, arg) = (ops[p], args[p]);
            let Some(take) = takes(op, arg) else {
                return fail(p, "bad argument");
            };
            if i64::from(take) > d {
                return fail(p, "stack underflow");
            }
            let after = d + i64::from(op.stack_effect(arg as i32, false));
            if after < 0 || after > limit {
                return fail(p, "stack depth out of range");
            }
            if has_target(op) {
                let t = target(p, arg)?;
                let td = d + i64::from(op.stack_effect(arg as i32, true));
                if td < 0 || td > limit {
                    return fail(p, "stack depth out of range at the jump target");
                }
                work.push((t, td));
            }
            if ends_path(op) {
                break;
            }
            d = after;
            p += 1;
        }
    }
    Ok(())
}

/// [`verify`] `code` and every code object among its constants, at any
/// depth: what the standard library's build runs on each module it embeds,
/// so that the VM can trust them without walking them again.
pub fn verify_tree(code: &CodeObject) -> Result<(), String> {
    verify(code)?;
    for c in &code.co_consts {
        if let crate::code::ConstValue::Code(inner) = c {
            verify_tree(inner)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{verify, verify_tree};
    use crate::bytecode::{CodeUnit, Opcode};
    use crate::code::CodeObject;

    fn code_of(src: &str) -> std::sync::Arc<CodeObject> {
        crate::compile(src, "<test>", crate::Mode::Exec).expect("compiles")
    }

    fn with_words(c: &CodeObject, words: Vec<CodeUnit>, stacksize: u32) -> CodeObject {
        let mut c = c.clone();
        c.co_code = words;
        c.co_stacksize = stacksize;
        c
    }

    #[test]
    fn verify_accepts_compiled_code() {
        let src = "def f(a, *b, **c):\n    try:\n        x, *y = a\n    except (E, F) as e:\n        raise\n    finally:\n        pass\n    with g() as h:\n        for i in range(3):\n            yield [i for i in b if i] + {**c}\n    match a:\n        case [1, *r] | {'k': r}: return f'{r!r:>{x}}'\n";
        let c = code_of(src);
        verify(&c).expect("module");
        verify_tree(&c).expect("module and its functions");
    }

    #[test]
    fn verify_refuses_bad_depths_and_words() {
        let c = code_of("x = 1\n");
        let ret = CodeUnit::new(Opcode::RETURN_VALUE, 0);
        let load = CodeUnit::new(Opcode::LOAD_CONST, 0);
        // A stack size too small for what the code pushes.
        assert!(verify(&with_words(&c, vec![load, load, ret], 1)).is_err());
        assert!(verify(&with_words(
            &c,
            vec![load, load, CodeUnit::new(Opcode::POP_TOP, 0), ret],
            2
        ))
        .is_ok());
        // Popping from an empty stack; two items taken from a stack of one.
        assert!(verify(&with_words(&c, vec![ret], 4)).is_err());
        let add = CodeUnit::new(Opcode::BINARY_OP, 0);
        assert!(verify(&with_words(&c, vec![load, add, ret], 4)).is_err());
        // Running off the end, an unknown opcode, a jump out of the code.
        assert!(verify(&with_words(&c, vec![load], 4)).is_err());
        assert!(verify(&with_words(&c, vec![CodeUnit(0xFF), load, ret], 4)).is_err());
        assert!(verify(&with_words(&c, vec![CodeUnit::new(Opcode::JUMP, 9)], 4)).is_err());
        // A loop that grows the stack: inconsistent depth at the join.
        let looped = vec![load, CodeUnit::new(Opcode::JUMP, 0)];
        assert!(verify(&with_words(&c, looped, 100)).is_err());
        // A jump into the word after an `EXTENDED_ARG`.
        let ext = vec![CodeUnit::new(Opcode::EXTENDED_ARG, 0), CodeUnit::new(Opcode::JUMP, 1)];
        assert!(verify(&with_words(&c, ext, 4)).is_err());
        // A cleanup block set up on an empty stack (its level would be -1).
        let setup = vec![CodeUnit::new(Opcode::SETUP_CLEANUP, 1), load, ret];
        assert!(verify(&with_words(&c, setup, 4)).is_err());
        // Arguments the VM does not take as the effect says.
        let slice = vec![load, load, load, load, CodeUnit::new(Opcode::BUILD_SLICE, 4), ret];
        assert!(verify(&with_words(&c, slice, 8)).is_err());
        let copy0 = vec![load, CodeUnit::new(Opcode::COPY, 0), ret];
        assert!(verify(&with_words(&c, copy0, 8)).is_err());
    }
}
