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
    codegen::compile(source, filename, mode).map_err(|e| e.locate(source, filename))
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
