//! `kaa-compiler`: Python source text to Kaa bytecode.
//!
//! The pipeline is `lexer` (logos tokens plus an indentation layer) → `parser`
//! (a lalrpop grammar producing [`ast::Module`]) → `symtable` (scopes) → `codegen`
//! (code objects, see [`code::CodeObject`]). This crate knows nothing of the VM's
//! objects: constants are the compiler-side [`code::ConstValue`], which the VM turns
//! into objects when it loads code.

pub mod ast;
pub mod bytecode;
pub mod code;
pub mod codegen;
pub mod dis;
pub mod error;
pub mod lexer;
mod line_index;
mod literal;
pub mod marshal;
pub mod optimize;
mod parser;
pub mod source_encoding;
pub mod symtable;
pub mod unparse;
pub mod verify;

use std::sync::Arc;

pub use code::{CodeObject, ConstValue};
pub use error::{RawSyntaxError, SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;

/// What kind of source `compile` receives, as the `mode` argument of Python's `compile()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements.
    Exec,
    /// A single expression; the code returns its value.
    Eval,
    /// One interactive statement: expression statements print their value's repr
    /// (`PRINT_EXPR`).
    Single,
}

/// Parse a whole module. Errors carry byte ranges; see [`RawSyntaxError::locate`].
pub fn parse_module(source: &str) -> Result<ast::Module, RawSyntaxError> {
    parser::parse_module(source)
}

/// Parse a single expression (for `eval`).
pub fn parse_expression(source: &str) -> Result<ast::Expr, RawSyntaxError> {
    parser::parse_expression(source)
}

/// Compile source text into a module-level code object.
///
/// ```
/// use kaa_compiler::{compile, Mode};
/// let code = compile("x = 1 + 2\n", "<example>", Mode::Exec).unwrap();
/// assert_eq!(&*code.co_name, "<module>");
/// ```
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, SyntaxError> {
    // The passes over the tree are guarded (`stacker::maybe_grow` and the
    // depth limit of "maximum recursion depth exceeded during compilation"),
    // but dropping a deep tree recurses once per level with no guard: the
    // whole compilation runs where the stack has room for one frame per byte
    // of source (reserved, not touched), so a small embedder thread survives
    // `-(-(-...))` 100,000 deep.
    let needed = source
        .len()
        .saturating_mul(COMPILE_STACK_PER_BYTE)
        .saturating_add(256 * 1024)
        .min(COMPILE_MAX_STACK);
    let run = || codegen::compile(source, filename, mode).map_err(|e| e.locate(source, filename));
    if stacker::remaining_stack().is_some_and(|left| left > needed + 64 * 1024) {
        run()
    } else {
        stacker::grow(needed, run)
    }
}

/// [`compile`] at optimisation level `optimize` (`-O` is 1, `-OO` is 2:
/// see [`optimize`]).
pub fn compile_optimized(
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
) -> Result<Arc<CodeObject>, SyntaxError> {
    optimize::with_level(optimize, || compile(source, filename, mode))
}

/// Bytes of stack per byte of source for [`compile`]: one level of `Expr`
/// drop glue (`Box<Expr>` → `Expr` → `Box<Expr>`) can come from one byte.
const COMPILE_STACK_PER_BYTE: usize = 512;
/// Cap of the stack [`compile`] reserves (address space only).
const COMPILE_MAX_STACK: usize = 1 << 30;
