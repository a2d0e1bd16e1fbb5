//! `try` ... `except*` (PEP 654).
//!
//! ```text
//!     SETUP_FINALLY H; <body>; POP_BLOCK; <else>; JUMP end
//! H:  PUSH_EXC_INFO                      prev orig
//!     SETUP_CLEANUP C
//!     COPY 1; BUILD_LIST 0; SWAP 2       prev orig list rest
//!   each clause:
//!     <type>; CHECK_EG_MATCH             prev orig list rest match
//!     COPY 1; POP_JUMP_IF_NONE N
//!     PUSH_EXC_INFO                      prev orig list rest prev2 match
//!     <store name> | POP_TOP
//!     SETUP_FINALLY E; <handler>; POP_BLOCK
//!     POP_EXCEPT; [name = None; del name]; JUMP next
//! E:  [name = None; del name]            prev orig list rest prev2 raised
//!     SWAP 2; POP_EXCEPT; LIST_APPEND 2; JUMP next
//! N:  POP_TOP
//! next:
//!     LIST_APPEND 1                      prev orig list   (what no clause matched)
//!     PREP_RERAISE_STAR                  prev result
//!     COPY 1; POP_JUMP_IF_NOT_NONE R
//!     POP_TOP; POP_BLOCK; POP_EXCEPT; JUMP end
//! R:  POP_BLOCK; POP_EXCEPT_AND_RERAISE
//! C:  POP_EXCEPT_AND_RERAISE
//! end:
//! ```

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn compile_try_star(&mut self, t: &'a StmtTry) -> Result<()> {
        for h in &t.handlers {
            check_no_jump_out(&h.body, false)?;
        }
        let handler = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
        let end = self.new_label();
        self.try_body_and_handler_entry(t, handler, cleanup, end)?;
        self.emit(Opcode::COPY, 1);
        self.emit(Opcode::BUILD_LIST, 0);
        self.emit(Opcode::SWAP, 2);
        for h in &t.handlers {
            self.set_line(h.range);
            let Some(ty) = &h.type_ else {
                return Err(err("expected one or more exception types", h.range));
            };
            let no_match = self.new_label();
            let raised = self.new_label();
            let next = self.new_label();
            self.compile_expr(ty)?;
            self.set_line(h.range);
            self.emit(Opcode::CHECK_EG_MATCH, 0);
            self.emit(Opcode::COPY, 1);
            self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            self.emit(Opcode::PUSH_EXC_INFO, 0);
            let name = h.name.as_ref().map(|n| n.name.as_str());
            match name {
                Some(n) => self.name_op(n, ExprContext::Store)?,
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.emit_jump(Opcode::SETUP_FINALLY, raised);
            self.compile_body(&h.body)?;
            self.no_line();
            self.emit(Opcode::POP_BLOCK, 0);
            self.emit(Opcode::POP_EXCEPT, 0);
            self.unbind_handler_name(name)?;
            self.emit_jump(Opcode::JUMP, next);
            // The handler raised: keep what it raised for the end.
            self.bind(raised);
            self.unbind_handler_name(name)?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::POP_EXCEPT, 0);
            self.emit(Opcode::LIST_APPEND, 2);
            self.emit_jump(Opcode::JUMP, next);
            self.bind(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.bind(next);
        }
        self.emit(Opcode::LIST_APPEND, 1);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit_jump(Opcode::JUMP, end);
        self.bind(reraise);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT_AND_RERAISE, 0);
        self.bind(cleanup);
        self.emit(Opcode::POP_EXCEPT_AND_RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` at the end of an `except* ... as name` clause.
    fn unbind_handler_name(&mut self, name: Option<&'a str>) -> Result<()> {
        if let Some(n) = name {
            self.load_none();
            self.name_op(n, ExprContext::Store)?;
            self.name_op(n, ExprContext::Del)?;
        }
        Ok(())
    }
}

/// An `except*` clause may not be left by `break`, `continue` or `return`
/// (nested functions and classes, and loops inside the clause, are fine).
fn check_no_jump_out(body: &[Stmt], in_loop: bool) -> Result<()> {
    const MSG: &str = "'break', 'continue' and 'return' cannot appear in an except* block";
    for s in body {
        match s {
            Stmt::Return(r) => {
                let range = r.value.as_ref().map_or(r.range, |v| v.range());
                return Err(err(MSG, range));
            }
            Stmt::Break(r) | Stmt::Continue(r) if !in_loop => return Err(err(MSG, *r)),
            Stmt::For(f) => {
                check_no_jump_out(&f.body, true)?;
                check_no_jump_out(&f.orelse, in_loop)?;
            }
            Stmt::While(w) => {
                check_no_jump_out(&w.body, true)?;
                check_no_jump_out(&w.orelse, in_loop)?;
            }
            Stmt::If(i) => {
                check_no_jump_out(&i.body, in_loop)?;
                check_no_jump_out(&i.orelse, in_loop)?;
            }
            Stmt::With(w) => check_no_jump_out(&w.body, in_loop)?,
            Stmt::Try(t) => {
                check_no_jump_out(&t.body, in_loop)?;
                for h in &t.handlers {
                    check_no_jump_out(&h.body, in_loop)?;
                }
                check_no_jump_out(&t.orelse, in_loop)?;
                check_no_jump_out(&t.finalbody, in_loop)?;
            }
            _ => {}
        }
    }
    Ok(())
}
