//! Code generation for coroutines: `await`, `async for`, and the helpers the
//! rest of the code generator uses for `async with`, async comprehensions and
//! `yield` in async generators.
//!
//! ```text
//! await e                      <e>; GET_AWAITABLE 0; LOAD_CONST None; YIELD_FROM
//!
//! async for x in it: B         <it>; GET_AITER
//! else: O               top:   SETUP_FINALLY end
//!                              GET_ANEXT; LOAD_CONST None; YIELD_FROM
//!                              POP_BLOCK
//!                              STORE x
//!                              B
//!                              JUMP top
//!                       end:   END_ASYNC_FOR      (StopAsyncIteration ends the loop)
//!                              O
//! ```
//!
//! CPython 3.11 awaits with `SEND`/`YIELD_VALUE`; Kaa's `YIELD_FROM` is the
//! same loop in one instruction (it re-executes itself while the awaited
//! iterator yields).

use super::{err, Compiler, FBlock, Result};
use crate::ast::StmtFor;
use crate::bytecode::Opcode;
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    /// Whether the unit being compiled is an `async def` (a coroutine or an
    /// async generator), where `await`, `async for` and `async with` are allowed.
    pub(super) fn in_async_function(&self) -> bool {
        let u = self.ur();
        u.kind == ScopeKind::Function && self.st.scope(u.scope).is_coroutine
    }

    /// Await the value on top of the stack, leaving the result there. `how`
    /// is `GET_AWAITABLE`'s argument (1 after `__aenter__`, 2 after `__aexit__`).
    pub(super) fn emit_await(&mut self, how: u32) {
        self.emit(Opcode::GET_AWAITABLE, how);
        self.load_none();
        self.emit(Opcode::YIELD_FROM, 0);
    }

    /// `yield` the value on top of the stack (wrapped first in an async generator).
    pub(super) fn emit_yield(&mut self) {
        let s = self.st.scope(self.ur().scope);
        if s.is_coroutine && s.is_generator {
            self.emit(Opcode::ASYNC_GEN_WRAP, 0);
        }
        self.emit(Opcode::YIELD_VALUE, 0);
    }

    /// `async for` (see the module docs). The iterator stays on the stack
    /// during the body, as for `for`, so `break` and `return` unwind the same way.
    pub(super) fn compile_async_for(&mut self, s: &'a StmtFor) -> Result<()> {
        if !self.in_async_function() {
            return Err(err("'async for' outside async function", s.range));
        }
        let top = self.new_label();
        let end = self.new_label();
        let after = self.new_label();
        self.compile_expr(&s.iter)?;
        self.set_line(s.range);
        self.emit(Opcode::GET_AITER, 0);
        self.bind(top);
        self.emit_jump(Opcode::SETUP_FINALLY, end);
        self.emit(Opcode::GET_ANEXT, 0);
        self.emit_await(0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.compile_store(&s.target)?;
        self.push_fblock(FBlock::For { cont: top, brk: after }, s.range)?;
        self.compile_body(&s.body)?;
        self.u().fblocks.pop();
        self.set_line(s.range);
        self.emit_jump(Opcode::JUMP, top);
        self.bind(end);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.compile_body(&s.orelse)?;
        self.bind(after);
        Ok(())
    }
}
