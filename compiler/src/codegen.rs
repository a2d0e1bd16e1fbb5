//! Code generation: AST → [`CodeObject`]s.
//!
//! The pipeline for one source text is: parse → [`fold`] (CPython's AST optimizer:
//! constant folding) → [`SymbolTable`] (scopes) → [`Compiler`] (one [`Unit`] per code
//! object being built: module, class body, function, lambda, comprehension) →
//! assembly (labels resolved, `EXTENDED_ARG` inserted, `co_stacksize` computed by a
//! flow analysis over the opcodes' documented stack effects).
//!
//! The instruction sequences follow CPython 3.11's compiler (`Python/compile.c`)
//! wherever Kaa's instruction set allows; `kaa --dis` next to `python3 -m dis` shows
//! the correspondence. The exception-handling sequences are Kaa's own, built on the
//! block stack described in the Notes of [`crate::bytecode`]:
//!
//! ```text
//! try: B                        SETUP_FINALLY H
//! except E as n: X                B
//! else: O                         POP_BLOCK
//!                                 O
//!                                 JUMP end
//!                          H:     PUSH_EXC_INFO            ... prev exc
//!                                 SETUP_CLEANUP C          (level excludes exc)
//!                                 <E>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
//!                                 COPY 1; STORE n
//!                                 SETUP_CLEANUP Cn
//!                                 X
//!                                 POP_BLOCK; POP_BLOCK; POP_TOP; POP_EXCEPT
//!                                 n = None; del n; JUMP end
//!                          Cn:    n = None; del n; RERAISE  (lands in C)
//!                          next:  ... more handlers ...
//!                                 POP_BLOCK; POP_EXCEPT_AND_RERAISE   (no match)
//!                          C:     POP_EXCEPT_AND_RERAISE
//!                          end:
//! ```
//!
//! `try/finally`, `with` and the unwinding done by `return`/`break`/`continue` are
//! described at [`Compiler::compile_try_finally`], [`Compiler::compile_with`] and
//! [`Compiler::unwind_fblock`].

use std::collections::HashMap;
use std::sync::Arc;

use crate::ast::*;
use crate::bytecode::{BinaryOp, CodeUnit, CompareOp, Opcode};
use crate::code::{flags as co_flags, CodeObject, ConstValue, LineTable, Position};
use crate::symtable::{
    self, mangle, recursion_error, ComprehensionKind, ScopeId, ScopeKind, SymbolScope, SymbolTable, MAX_NESTING,
};
use crate::{LineIndex, Mode, RawSyntaxError};

#[path = "codegen_async.rs"]
mod codegen_async;
mod try_star;

type Result<T> = std::result::Result<T, RawSyntaxError>;

mod pattern;

/// Displays and calls with more items than this are built incrementally, to bound the
/// stack (CPython's `STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

/// Compile source text (the entry point used by [`crate::compile`]).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>> {
    match mode {
        Mode::Eval => {
            let expr = crate::parse_expression(source)?;
            compile_expression_ast(expr, source, filename)
        }
        Mode::Exec | Mode::Single => {
            let module = crate::parse_module(source)?;
            if mode == Mode::Single {
                check_single_statement(source, &module.body)?;
            }
            compile_module_ast(module, source, filename, mode)
        }
    }
}

/// `single` mode (the interactive prompt, `compile(..., 'single')`) takes
/// one statement: simple statements on one line (`a = 1; b`), or one
/// compound statement. As CPython: after a compound statement, "invalid
/// syntax" at the next one; after a line of simple statements, "multiple
/// statements found" at that line's end.
fn check_single_statement(source: &str, body: &[Stmt]) -> Result<()> {
    let Some(first) = body.first() else {
        return Ok(());
    };
    let compound = matches!(
        first,
        Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::If(_)
            | Stmt::With(_)
            | Stmt::Try(_)
    );
    let mut prev_end = first.range().end as usize;
    for stmt in &body[1..] {
        let start = stmt.range().start as usize;
        if compound {
            return Err(RawSyntaxError::new(
                "invalid syntax",
                crate::ast::Range::new(start, start + 1),
            ));
        }
        let gap = source.get(prev_end..start).unwrap_or("");
        if let Some(nl) = gap.find('\n') {
            let at = prev_end + nl;
            return Err(RawSyntaxError::new(
                "multiple statements found while compiling a single statement",
                crate::ast::Range::new(at, at),
            ));
        }
        prev_end = stmt.range().end as usize;
    }
    Ok(())
}

/// Compile an already parsed module (`source` is used only for line numbers).
pub fn compile_module_ast(mut module: Module, source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>> {
    let future_annotations = check_future_imports(&module.body)?;
    fold::fold_module(&mut module)?;
    let st = SymbolTable::from_module(&module)?;
    let mut c = Compiler::new(&st, source, filename, mode);
    c.future_annotations = future_annotations;
    let code = c.compile_module(&module)?;
    Ok(Arc::new(code))
}

/// Compile an already parsed expression in `eval` mode.
pub fn compile_expression_ast(mut expr: Expr, source: &str, filename: &str) -> Result<Arc<CodeObject>> {
    fold::fold_expr(&mut expr, 0)?;
    let st = SymbolTable::from_expression(&expr)?;
    let mut c = Compiler::new(&st, source, filename, Mode::Eval);
    let code = c.compile_eval(&expr)?;
    Ok(Arc::new(code))
}

// ---------------------------------------------------------------------------------
// Instructions before assembly.

/// A jump target, resolved to an instruction index at assembly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Label(u32);

#[derive(Debug, Clone, Copy)]
struct Instr {
    op: Opcode,
    arg: u32,
    target: Option<Label>,
    line: Loc,
}

/// The source location an instruction comes from: its line (the line table),
/// and the byte range of the node that produced it (`co_positions()`, the
/// `^^^^` markers of tracebacks); `start == NO_RANGE` when there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Loc {
    line: u32,
    start: u32,
    end: u32,
}

const NO_RANGE: u32 = u32::MAX;

impl Loc {
    fn line_only(line: u32) -> Loc {
        Loc {
            line,
            start: NO_RANGE,
            end: NO_RANGE,
        }
    }
}

/// A hashable stand-in for [`ConstValue`] with the same equality, for deduplication.
#[derive(Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(String, u32),
    Float(u64),
    Complex(u64, u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

fn const_key(v: &ConstValue) -> ConstKey {
    match v {
        ConstValue::None => ConstKey::None,
        ConstValue::Bool(b) => ConstKey::Bool(*b),
        ConstValue::Int(i) => ConstKey::Int(*i),
        ConstValue::BigInt { digits, radix } => ConstKey::BigInt(digits.clone(), *radix),
        ConstValue::Float(f) => ConstKey::Float(f.to_bits()),
        ConstValue::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        ConstValue::Str(s) => ConstKey::Str(s.clone()),
        ConstValue::Bytes(b) => ConstKey::Bytes(b.clone()),
        ConstValue::Ellipsis => ConstKey::Ellipsis,
        ConstValue::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect()),
        ConstValue::FrozenSet(items) => ConstKey::FrozenSet(items.iter().map(const_key).collect()),
        ConstValue::Code(c) => ConstKey::Code(Arc::as_ptr(c) as usize),
    }
}

fn const_from_ast(c: &Constant) -> ConstValue {
    match c {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Int(i) => ConstValue::Int(*i),
        Constant::BigInt { digits, radix } => ConstValue::BigInt {
            digits: digits.clone(),
            radix: *radix,
        },
        Constant::Float(f) => ConstValue::Float(*f),
        Constant::Complex { real, imag } => ConstValue::Complex {
            real: *real,
            imag: *imag,
        },
        Constant::Str(s) => ConstValue::Str(Arc::from(s.as_str())),
        Constant::Bytes(b) => ConstValue::Bytes(Arc::from(b.as_slice())),
        Constant::Ellipsis => ConstValue::Ellipsis,
    }
}

/// What `return`, `break` and `continue` must undo when they leave a block
/// (CPython's `fblockinfo`).
#[derive(Debug, Clone, Copy)]
enum FBlock<'a> {
    While {
        cont: Label,
        brk: Label,
    },
    /// The iterator is on the stack.
    For {
        cont: Label,
        brk: Label,
    },
    /// The body of `try`/`except`: a `SETUP_FINALLY` block is active.
    TryExcept,
    /// The body of `try`/`finally`: leaving runs the finally body.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The finally body on the exception path: `prev exc` on the stack, a
    /// `SETUP_CLEANUP` block active.
    FinallyEnd,
    /// An except handler's body: `prev exc` on the stack, a `SETUP_CLEANUP` block
    /// active, and for `as name` a second one.
    ExceptHandler {
        name: Option<&'a str>,
    },
    /// The body of `with` (`async with` when `is_async`): `exit` on the
    /// stack, a `SETUP_WITH` block active.
    With {
        is_async: bool,
    },
    /// A value on the stack to discard (a return value held while a finally body runs).
    PopValue,
}

impl FBlock<'_> {
    fn is_loop(&self) -> bool {
        matches!(self, FBlock::While { .. } | FBlock::For { .. })
    }
}

/// One code object under construction.
struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    instrs: Vec<Instr>,
    labels: Vec<u32>,
    consts: Vec<ConstValue>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<Arc<str>>,
    name_index: HashMap<Arc<str>, u32>,
    varnames: Vec<Arc<str>>,
    var_index: HashMap<Arc<str>, u32>,
    cellvars: Vec<Arc<str>>,
    freevars: Vec<Arc<str>>,
    name: Arc<str>,
    qualname: Arc<str>,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    private: Option<String>,
    fblocks: Vec<FBlock<'a>>,
    line: Loc,
}

const UNBOUND: u32 = u32::MAX;

struct Compiler<'a> {
    st: &'a SymbolTable,
    lines: LineIndex,
    filename: Arc<str>,
    mode: Mode,
    units: Vec<Unit<'a>>,
    depth: usize,
    future_annotations: bool,
}

/// How many blocks may be open at once in one code object (CPython's `CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;

fn err(msg: impl Into<String>, range: Range) -> RawSyntaxError {
    RawSyntaxError::new(msg, range)
}

fn internal(msg: impl std::fmt::Display) -> RawSyntaxError {
    RawSyntaxError::new(format!("internal compiler error: {msg}"), Range::default())
}

fn is_starred(e: &Expr) -> bool {
    matches!(e, Expr::Starred(_))
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(StmtExpr { value, .. })) => match &**value {
            Expr::Constant(ExprConstant {
                value: Constant::Str(s),
                ..
            }) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Does a body contain an annotated assignment (outside nested functions and classes)?
/// Such module and class bodies start with `SETUP_ANNOTATIONS` (CPython's `find_ann`).
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || find_ann(&i.orelse),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| find_ann(&h.body))
        }
        _ => false,
    })
}

/// The `__future__` features Python 3.11 knows (all but `annotations` are
/// always on, so they change nothing here).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn is_future_import(s: &Stmt) -> Option<&StmtImportFrom> {
    match s {
        Stmt::ImportFrom(i) if i.level == 0 && i.module.as_ref().is_some_and(|m| m.name == "__future__") => Some(i),
        _ => None,
    }
}

/// Check the module's `from __future__` imports as CPython's compiler does
/// (known features, only at the top after the docstring) and say whether
/// `annotations` is among them.
fn check_future_imports(body: &[Stmt]) -> Result<bool> {
    let start = usize::from(docstring(body).is_some());
    let mut annotations = false;
    let mut leading = body.len();
    for (n, s) in body.iter().enumerate().skip(start) {
        let Some(i) = is_future_import(s) else {
            leading = n;
            break;
        };
        // CPython marks these two with a single caret.
        let at = Range::new(i.range.start as usize, i.range.start as usize + 1);
        for a in &i.names {
            match a.name.name.as_str() {
                "annotations" => annotations = true,
                "braces" => return Err(err("not a chance", at)),
                f if FUTURE_FEATURES.contains(&f) => {}
                f => return Err(err(format!("future feature {f} is not defined"), at)),
            }
        }
    }
    late_future_import(&body[leading..])?;
    Ok(annotations)
}

/// A `from __future__` import anywhere after the leading block is an error.
fn late_future_import(body: &[Stmt]) -> Result<()> {
    for s in body {
        if let Some(i) = is_future_import(s) {
            return Err(err(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        match s {
            Stmt::FunctionDef(f) => late_future_import(&f.body)?,
            Stmt::ClassDef(c) => late_future_import(&c.body)?,
            Stmt::For(f) => {
                late_future_import(&f.body)?;
                late_future_import(&f.orelse)?;
            }
            Stmt::While(w) => {
                late_future_import(&w.body)?;
                late_future_import(&w.orelse)?;
            }
            Stmt::If(i) => {
                late_future_import(&i.body)?;
                late_future_import(&i.orelse)?;
            }
            Stmt::With(w) => late_future_import(&w.body)?,
            Stmt::Try(t) => {
                late_future_import(&t.body)?;
                for h in &t.handlers {
                    late_future_import(&h.body)?;
                }
                late_future_import(&t.orelse)?;
                late_future_import(&t.finalbody)?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn binary_op(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}

fn is_terminal(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::JUMP
            | Opcode::RETURN_VALUE
            | Opcode::RETURN_CONST
            | Opcode::RAISE_VARARGS
            | Opcode::RERAISE
            | Opcode::POP_EXCEPT_AND_RERAISE
    )
}

/// Which sequence type `starunpack` builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Set,
    Tuple,
}

enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Lambda(&'a Expr),
}

impl<'a> Compiler<'a> {
    fn new(st: &'a SymbolTable, source: &'a str, filename: &str, mode: Mode) -> Self {
        Compiler {
            st,
            lines: LineIndex::new(source),
            filename: Arc::from(filename),
            mode,
            units: Vec::new(),
            depth: 0,
            future_annotations: false,
        }
    }

    // -----------------------------------------------------------------------------
    // Units, emission, constants and names.

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no current unit")
    }

    fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("no current unit")
    }

    fn line_of(&self, range: Range) -> u32 {
        self.lines.line(range.start as usize) as u32
    }

    fn set_line(&mut self, range: Range) {
        let line = self.line_of(range);
        self.u().line = Loc {
            line,
            start: range.start,
            end: range.end,
        };
    }

    /// Instructions that belong to no line (the end of a `try` body or an
    /// `except` clause): line 0, which tracing skips, as CPython's `None`.
    fn no_line(&mut self) {
        self.u().line = Loc::line_only(0);
    }

    /// The location of an attribute access (`LOAD_ATTR`, `LOAD_METHOD`,
    /// `STORE_ATTR`): its line is the attribute name's; its range the whole
    /// `obj.name` when on one line, else just the name (as CPython 3.11).
    fn set_attr_line(&mut self, whole: Range, attr: Range) {
        let line = self.line_of(attr);
        let range = if self.line_of(whole) == line { whole } else { attr };
        self.u().line = Loc {
            line,
            start: range.start,
            end: range.end,
        };
    }

    /// The line table of assembled code, one location per word. An
    /// instruction that cannot raise takes the position of the one before it
    /// on the same line (no traceback ever points at it), which makes the
    /// runs of the packed table longer: a fifth of its size.
    fn line_table(&self, locs: &[Loc], code: &[CodeUnit]) -> LineTable {
        let mut positions: Vec<Position> = locs
            .iter()
            .map(|l| {
                if l.start == NO_RANGE || l.end < l.start {
                    return Position {
                        line: l.line,
                        end_line: l.line,
                        col: None,
                        end_col: None,
                    };
                }
                let (start, end) = (l.start as usize, l.end as usize);
                let line = self.lines.line(start);
                let end_line = self.lines.line(end);
                Position {
                    line: line as u32,
                    end_line: end_line as u32,
                    col: Some((start - self.lines.line_start(line)) as u32),
                    end_col: Some((end - self.lines.line_start(end_line)) as u32),
                }
            })
            .collect();
        for i in 1..positions.len() {
            let quiet = code
                .get(i)
                .and_then(|u| Opcode::from_u8(u.op_byte()))
                .is_some_and(cannot_raise);
            if quiet && positions[i].line == positions[i - 1].line {
                positions[i] = positions[i - 1];
            }
        }
        LineTable::from_positions(&positions)
    }

    fn qualname_for(&self, name: &str, kind: ScopeKind) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scope(parent.scope).scope_of(&mangled) == Some(SymbolScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{name}", parent.qualname)
        } else {
            format!("{}.{name}", parent.qualname)
        }
    }

    fn enter_unit(&mut self, scope: ScopeId, name: &str, firstlineno: u32) {
        let s = self.st.scope(scope);
        let qualname = self.qualname_for(name, s.kind);
        let varnames: Vec<Arc<str>> = s.params.iter().map(|p| Arc::from(p.as_str())).collect();
        let var_index = varnames
            .iter()
            .enumerate()
            .map(|(i, v)| (v.clone(), i as u32))
            .collect();
        self.units.push(Unit {
            scope,
            kind: s.kind,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            var_index,
            cellvars: s.cellvars().iter().map(|c| Arc::from(c.as_str())).collect(),
            freevars: s.freevars().iter().map(|c| Arc::from(c.as_str())).collect(),
            name: Arc::from(name),
            qualname: Arc::from(qualname.as_str()),
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            private: s.private.clone(),
            fblocks: Vec::new(),
            line: Loc::line_only(firstlineno),
        });
    }

    fn exit_unit(&mut self) -> Result<CodeObject> {
        let unit = self.units.pop().expect("exit_unit without enter_unit");
        let scope = self.st.scope(unit.scope);
        let mut flags = 0;
        if unit.kind.is_function_like() {
            flags |= co_flags::OPTIMIZED | co_flags::NEWLOCALS;
            if scope.has_varargs {
                flags |= co_flags::VARARGS;
            }
            if scope.has_varkeywords {
                flags |= co_flags::VARKEYWORDS;
            }
            if scope.nested {
                flags |= co_flags::NESTED;
            }
            match (scope.is_coroutine, scope.is_generator) {
                (true, true) => flags |= co_flags::ASYNC_GENERATOR,
                (true, false) => flags |= co_flags::COROUTINE,
                (false, true) => flags |= co_flags::GENERATOR,
                (false, false) => {}
            }
        } else if unit.kind == ScopeKind::Class {
            flags |= co_flags::NEWLOCALS;
        }
        let stacksize = stack_depth(&unit.instrs, &unit.labels, &unit.qualname)?;
        let (co_code, locs) = assemble(&unit.instrs, &unit.labels);
        let linetable = self.line_table(&locs, &co_code);
        let nparams = scope.params.len();
        let cell2arg = unit
            .cellvars
            .iter()
            .map(|c| {
                scope
                    .params
                    .iter()
                    .position(|p| **p == **c)
                    .filter(|&i| i < nparams)
                    .map(|i| i as u32)
            })
            .collect();
        Ok(CodeObject {
            co_code,
            co_consts: unit.consts,
            co_names: unit.names,
            co_varnames: unit.varnames,
            co_cellvars: unit.cellvars,
            co_freevars: unit.freevars,
            cell2arg,
            co_argcount: unit.argcount,
            co_posonlyargcount: unit.posonlyargcount,
            co_kwonlyargcount: unit.kwonlyargcount,
            co_stacksize: stacksize,
            co_flags: flags,
            co_name: unit.name,
            co_qualname: unit.qualname,
            co_filename: self.filename.clone(),
            co_firstlineno: unit.firstlineno,
            linetable,
        })
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let line = u.line;
        u.instrs.push(Instr {
            op,
            arg,
            target: None,
            line,
        });
    }

    fn emit_jump(&mut self, op: Opcode, target: Label) {
        let u = self.u();
        let line = u.line;
        u.instrs.push(Instr {
            op,
            arg: 0,
            target: Some(target),
            line,
        });
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(UNBOUND);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, label: Label) {
        let u = self.u();
        u.labels[label.0 as usize] = u.instrs.len() as u32;
    }

    /// Is the current end of the code reachable by falling through or by a jump?
    fn end_reachable(&self) -> bool {
        let u = self.ur();
        let here = u.instrs.len() as u32;
        match u.instrs.last() {
            None => true,
            Some(last) => !is_terminal(last.op) || u.labels.contains(&here),
        }
    }

    fn add_const(&mut self, v: ConstValue) -> u32 {
        let u = self.u();
        let key = const_key(&v);
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(v);
        u.const_index.insert(key, i);
        i
    }

    fn load_const(&mut self, v: ConstValue) {
        let i = self.add_const(v);
        self.emit(Opcode::LOAD_CONST, i);
    }

    fn load_none(&mut self) {
        self.load_const(ConstValue::None);
    }

    fn str_const(s: &str) -> ConstValue {
        ConstValue::Str(Arc::from(s))
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let name: Arc<str> = Arc::from(name);
        let i = u.names.len() as u32;
        u.names.push(name.clone());
        u.name_index.insert(name, i);
        i
    }

    fn var_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.var_index.get(name) {
            return i;
        }
        let name: Arc<str> = Arc::from(name);
        let i = u.varnames.len() as u32;
        u.varnames.push(name.clone());
        u.var_index.insert(name, i);
        i
    }

    fn deref_index(&self, name: &str) -> Result<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == name) {
            return Ok(i as u32);
        }
        if let Some(i) = u.freevars.iter().position(|c| &**c == name) {
            return Ok((u.cellvars.len() + i) as u32);
        }
        Err(internal(format!("no cell for '{name}' in {}", u.qualname)))
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name).into_owned()
    }

    /// Emit the instruction that loads, stores or deletes a variable, chosen by the
    /// scope the symbol table gave it (CPython's `compiler_nameop`).
    fn name_op(&mut self, name: &str, ctx: ExprContext) -> Result<()> {
        let mangled = self.mangled(name);
        let (kind, scope) = {
            let u = self.ur();
            (u.kind, self.st.scope(u.scope).scope_of(&mangled))
        };
        let function_like = kind.is_function_like();
        match scope {
            Some(SymbolScope::Free) | Some(SymbolScope::Cell) => {
                let i = self.deref_index(&mangled)?;
                let op = match ctx {
                    ExprContext::Load if kind == ScopeKind::Class => Opcode::LOAD_CLASSDEREF,
                    ExprContext::Load => Opcode::LOAD_DEREF,
                    ExprContext::Store => Opcode::STORE_DEREF,
                    ExprContext::Del => Opcode::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            Some(SymbolScope::Local) if function_like => {
                let i = self.var_index(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_FAST,
                    ExprContext::Store => Opcode::STORE_FAST,
                    ExprContext::Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i);
            }
            Some(SymbolScope::GlobalExplicit) | Some(SymbolScope::GlobalImplicit)
                if function_like || scope == Some(SymbolScope::GlobalExplicit) =>
            {
                let i = self.name_index(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_GLOBAL,
                    ExprContext::Store => Opcode::STORE_GLOBAL,
                    ExprContext::Del => Opcode::DELETE_GLOBAL,
                };
                self.emit(op, i);
            }
            _ => {
                let i = self.name_index(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_NAME,
                    ExprContext::Store => Opcode::STORE_NAME,
                    ExprContext::Del => Opcode::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    fn scope_of_key(&self, key: usize, range: Range) -> Result<ScopeId> {
        self.st
            .scope_of_key(key)
            .ok_or_else(|| err("internal compiler error: scope not found", range))
    }

    fn guard<R>(&mut self, range: Range, f: impl FnOnce(&mut Self) -> Result<R>) -> Result<R> {
        if self.depth >= MAX_NESTING {
            return Err(recursion_error(range));
        }
        self.depth += 1;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        r
    }

    // -----------------------------------------------------------------------------
    // Top level.

    fn compile_module(&mut self, m: &'a Module) -> Result<CodeObject> {
        self.enter_unit(self.st.root(), "<module>", 1);
        if let Some(first) = m.body.first() {
            self.set_line(first.range());
        }
        if find_ann(&m.body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let mut body = &m.body[..];
        if self.mode == Mode::Exec {
            if let Some(doc) = docstring(body) {
                if crate::optimize::docstrings() {
                    self.load_const(Self::str_const(doc));
                    self.name_op("__doc__", ExprContext::Store)?;
                }
                body = &body[1..];
            }
        }
        self.compile_body(body)?;
        self.emit_return_none();
        self.exit_unit()
    }

    fn compile_eval(&mut self, e: &'a Expr) -> Result<CodeObject> {
        self.enter_unit(self.st.root(), "<module>", 1);
        self.set_line(e.range());
        self.compile_expr(e)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        self.exit_unit()
    }

    fn emit_return_none(&mut self) {
        let i = self.add_const(ConstValue::None);
        self.emit(Opcode::RETURN_CONST, i);
    }

    fn compile_body(&mut self, body: &'a [Stmt]) -> Result<()> {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------
    // Statements.

    fn compile_stmt(&mut self, s: &'a Stmt) -> Result<()> {
        self.guard(s.range(), |c| {
            c.set_line(s.range());
            c.compile_stmt_inner(s)
        })
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> Result<()> {
        match s {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => self.compile_assign(a),
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => self.compile_ann_assign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => {
                if w.is_async && !self.in_async_function() {
                    return Err(err("'async with' outside async function", w.range));
                }
                self.compile_with(w, 0)
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(r.range);
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.compile_try_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            Stmt::Assert(_) if !crate::optimize::asserts() => Ok(()),
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                // The raise points at the failed test, as CPython's.
                self.set_line(a.test.range());
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.compile_expr(m)?;
                    self.emit(Opcode::CALL, 1);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            // A `NOP` with the line, so that tracing sees it (as CPython's).
            Stmt::Pass(r) => {
                self.set_line(*r);
                self.emit(Opcode::NOP, 0);
                Ok(())
            }
            Stmt::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.compile_expr(&e.value)?;
                    self.emit(Opcode::PRINT_EXPR, 0);
                } else if !matches!(&*e.value, Expr::Constant(_)) {
                    self.compile_expr(&e.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
                Ok(())
            }
            Stmt::Break(r) => self.compile_break(*r),
            Stmt::Continue(r) => self.compile_continue(*r),
            Stmt::Match(m) => self.compile_match(m),
        }
    }

    fn compile_if(&mut self, s: &'a StmtIf) -> Result<()> {
        let end = self.new_label();
        let next = if s.orelse.is_empty() { end } else { self.new_label() };
        self.jump_if(&s.test, false, next)?;
        self.compile_body(&s.body)?;
        if !s.orelse.is_empty() {
            self.emit_jump(Opcode::JUMP, end);
            self.bind(next);
            self.compile_body(&s.orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The test is compiled twice, as CPython does: once before the loop and once at
    /// the bottom, so an iteration costs one conditional jump and no `JUMP`.
    fn compile_while(&mut self, s: &'a StmtWhile) -> Result<()> {
        let body = self.new_label();
        let cont = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.jump_if(&s.test, false, orelse)?;
        self.bind(body);
        self.push_fblock(FBlock::While { cont, brk: end }, s.range)?;
        self.compile_body(&s.body)?;
        self.u().fblocks.pop();
        self.bind(cont);
        self.set_line(s.range);
        self.jump_if(&s.test, true, body)?;
        self.bind(orelse);
        self.compile_body(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, s: &'a StmtFor) -> Result<()> {
        if s.is_async {
            return self.compile_async_for(s);
        }
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        // `for x in [1, 2, 3]` iterates over a constant tuple, as in CPython.
        match &*s.iter {
            Expr::List(l) if !l.elts.is_empty() && l.elts.iter().all(|e| self.const_of(e).is_some()) => {
                let items: Vec<ConstValue> = l.elts.iter().filter_map(|e| self.const_of(e)).collect();
                self.load_const(ConstValue::Tuple(items.into()));
            }
            other => self.compile_expr(other)?,
        }
        self.set_line(s.range);
        self.emit(Opcode::GET_ITER, 0);
        self.bind(top);
        self.emit_jump(Opcode::FOR_ITER, orelse);
        self.compile_store(&s.target)?;
        self.push_fblock(FBlock::For { cont: top, brk: end }, s.range)?;
        self.compile_body(&s.body)?;
        self.u().fblocks.pop();
        self.set_line(s.range);
        self.emit_jump(Opcode::JUMP, top);
        self.bind(orelse);
        self.compile_body(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_break(&mut self, range: Range) -> Result<()> {
        match self.unwind_fblock_stack(false, true)? {
            Some(FBlock::For { brk, .. }) => {
                self.set_line(range);
                self.emit(Opcode::POP_TOP, 0);
                self.emit_jump(Opcode::JUMP, brk);
            }
            Some(FBlock::While { brk, .. }) => {
                self.set_line(range);
                self.emit_jump(Opcode::JUMP, brk);
            }
            _ => return Err(err("'break' outside loop", range)),
        }
        Ok(())
    }

    fn compile_continue(&mut self, range: Range) -> Result<()> {
        match self.unwind_fblock_stack(false, true)? {
            Some(FBlock::For { cont, .. }) | Some(FBlock::While { cont, .. }) => {
                self.set_line(range);
                self.emit_jump(Opcode::JUMP, cont);
            }
            _ => return Err(err("'continue' not properly in loop", range)),
        }
        Ok(())
    }

    fn compile_return(&mut self, r: &'a StmtReturn) -> Result<()> {
        if !self.ur().kind.is_function_like() {
            return Err(err("'return' outside function", r.range));
        }
        if r.value.is_some() && self.in_async_function() && self.st.scope(self.ur().scope).is_generator {
            return Err(err("'return' with value in async generator", r.range));
        }
        let constant = match &r.value {
            None => Some(ConstValue::None),
            Some(v) => self.const_of(v),
        };
        match constant {
            Some(c) => {
                self.unwind_fblock_stack(false, false)?;
                self.set_line(r.range);
                let i = self.add_const(c);
                self.emit(Opcode::RETURN_CONST, i);
            }
            None => {
                self.compile_expr(r.value.as_ref().expect("non-constant return has a value"))?;
                self.unwind_fblock_stack(true, false)?;
                self.set_line(r.range);
                self.emit(Opcode::RETURN_VALUE, 0);
            }
        }
        Ok(())
    }

    /// Enter a block that `break`/`continue`/`return` must unwind. As CPython
    /// (`CO_MAXBLOCKS`), at most 20 may be open in one function: the 21st is
    /// "too many statically nested blocks", reported at its statement.
    fn push_fblock(&mut self, fb: FBlock<'a>, range: Range) -> Result<()> {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(err("too many statically nested blocks", range));
        }
        self.u().fblocks.push(fb);
        Ok(())
    }

    /// Emit the code that leaves every active block, innermost first, up to (not
    /// including) the innermost loop when `stop_at_loop`; returns that loop.
    /// `preserve_tos`: a return value is on top of the stack and must survive.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> Result<Option<FBlock<'a>>> {
        let Some(&top) = self.ur().fblocks.last() else {
            return Ok(None);
        };
        if stop_at_loop && top.is_loop() {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.u().fblocks.push(top);
        r
    }

    /// Leave one block (for `return`, `break`, `continue`):
    ///
    /// | block | code (`[..]` only when a return value is on top) |
    /// |---|---|
    /// | `for` | `[SWAP 2] POP_TOP` (the iterator; `break` pops it itself) |
    /// | `try` body | `POP_BLOCK` |
    /// | `try` body with `finally` | `POP_BLOCK`, then the finally body inline |
    /// | finally body (exception path) | `POP_BLOCK [SWAP 2] POP_TOP [SWAP 2] POP_EXCEPT` |
    /// | except body | (`as n`: `POP_BLOCK`) `POP_BLOCK [SWAP 2] POP_TOP [SWAP 2] POP_EXCEPT` (`as n`: `n = None; del n`) |
    /// | `with` body | `POP_BLOCK [SWAP 2] LOAD_CONST None ×3; CALL 3; POP_TOP` |
    fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> Result<()> {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::TryExcept => self.emit(Opcode::POP_BLOCK, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Opcode::POP_BLOCK, 0);
                let line = self.ur().line;
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                let r = self.compile_body(body);
                if preserve_tos {
                    self.u().fblocks.pop();
                }
                r?;
                self.u().line = line;
            }
            FBlock::FinallyEnd => {
                self.emit(Opcode::POP_BLOCK, 0);
                self.pop_exception_state(preserve_tos);
            }
            FBlock::ExceptHandler { name } => {
                if name.is_some() {
                    self.emit(Opcode::POP_BLOCK, 0);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.pop_exception_state(preserve_tos);
                if let Some(n) = name {
                    self.load_none();
                    self.name_op(n, ExprContext::Store)?;
                    self.name_op(n, ExprContext::Del)?;
                }
            }
            FBlock::With { is_async } => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones(is_async);
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// `... prev exc [v]` → `... [v]`, restoring `prev` as the handled exception.
    fn pop_exception_state(&mut self, preserve_tos: bool) {
        if preserve_tos {
            self.emit(Opcode::SWAP, 2);
        }
        self.emit(Opcode::POP_TOP, 0);
        if preserve_tos {
            self.emit(Opcode::SWAP, 2);
        }
        self.emit(Opcode::POP_EXCEPT, 0);
    }

    /// `exit` on top → call `exit(None, None, None)` and discard the result.
    fn call_exit_with_nones(&mut self, is_async: bool) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Opcode::CALL, 3);
        if is_async {
            self.emit_await(2);
        }
        self.emit(Opcode::POP_TOP, 0);
    }

    /// What `try`/`except` and `try`/`except*` share: the body under
    /// `SETUP_FINALLY handler`, the `else` body, a jump to `end`, and the
    /// handler's entry (the exception on the stack, `PUSH_EXC_INFO`,
    /// `SETUP_CLEANUP cleanup`).
    fn try_body_and_handler_entry(&mut self, t: &'a StmtTry, handler: Label, cleanup: Label, end: Label) -> Result<()> {
        self.emit_jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        self.compile_body(&t.body)?;
        self.u().fblocks.pop();
        self.no_line();
        self.emit(Opcode::POP_BLOCK, 0);
        self.compile_body(&t.orelse)?;
        self.emit_jump(Opcode::JUMP, end);

        // The exception is on the stack.
        self.bind(handler);
        if let Some(h) = t.handlers.first() {
            self.set_line(h.range);
        }
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a StmtTry) -> Result<()> {
        if t.is_star {
            return self.compile_try_star(t);
        }
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.try_body_and_handler_entry(t, handler, cleanup, end)?;
        let n = t.handlers.len();
        let mut last_is_bare = false;
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_line(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(err("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.compile_expr(ty)?;
                    self.emit(Opcode::CHECK_EXC_MATCH, 0);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
                None => last_is_bare = true,
            }
            match &h.name {
                Some(name) => {
                    let name = name.name.as_str();
                    let cleanup_body = self.new_label();
                    self.emit(Opcode::COPY, 1);
                    self.name_op(name, ExprContext::Store)?;
                    self.emit_jump(Opcode::SETUP_CLEANUP, cleanup_body);
                    self.push_fblock(FBlock::ExceptHandler { name: Some(name) }, h.range)?;
                    self.compile_body(&h.body)?;
                    self.u().fblocks.pop();
                    self.no_line();
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_TOP, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.load_none();
                    self.name_op(name, ExprContext::Store)?;
                    self.name_op(name, ExprContext::Del)?;
                    self.emit_jump(Opcode::JUMP, end);
                    // An exception in the body: unbind the name, then re-raise into
                    // the handler-wide cleanup block.
                    self.bind(cleanup_body);
                    self.load_none();
                    self.name_op(name, ExprContext::Store)?;
                    self.name_op(name, ExprContext::Del)?;
                    self.emit(Opcode::RERAISE, 0);
                }
                None => {
                    self.push_fblock(FBlock::ExceptHandler { name: None }, h.range)?;
                    self.compile_body(&h.body)?;
                    self.u().fblocks.pop();
                    self.no_line();
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_TOP, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.emit_jump(Opcode::JUMP, end);
                }
            }
            self.bind(next);
        }
        if !last_is_bare {
            // No handler matched: restore the previous exception and re-raise.
            self.emit(Opcode::POP_BLOCK, 0);
            self.emit(Opcode::POP_EXCEPT_AND_RERAISE, 0);
        }
        // An exception while handling: `prev exc2` on the stack.
        self.bind(cleanup);
        self.emit(Opcode::POP_EXCEPT_AND_RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    /// ```text
    /// try: B                        SETUP_FINALLY H
    /// finally: F                      B               (with handlers: the try/except)
    ///                                 POP_BLOCK
    ///                                 F
    ///                                 JUMP end
    ///                          H:     PUSH_EXC_INFO   ... prev exc
    ///                                 SETUP_CLEANUP C
    ///                                 F
    ///                                 POP_BLOCK
    ///                                 POP_EXCEPT_AND_RERAISE
    ///                          C:     POP_EXCEPT_AND_RERAISE
    ///                          end:
    /// ```
    fn compile_try_finally(&mut self, t: &'a StmtTry) -> Result<()> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.emit_jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody }, t.range)?;
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
            self.compile_body(&t.orelse)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.u().fblocks.pop();
        self.no_line();
        self.emit(Opcode::POP_BLOCK, 0);
        self.compile_body(&t.finalbody)?;
        self.emit_jump(Opcode::JUMP, end);

        self.bind(handler);
        if let Some(f) = t.finalbody.first() {
            self.set_line(f.range());
        }
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.push_fblock(FBlock::FinallyEnd, t.range)?;
        self.compile_body(&t.finalbody)?;
        self.u().fblocks.pop();
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT_AND_RERAISE, 0);
        self.bind(cleanup);
        self.emit(Opcode::POP_EXCEPT_AND_RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    /// ```text
    /// with M as T: B                <M>
    ///                               BEFORE_WITH            ... exit result
    ///                               SETUP_WITH H           (level excludes result)
    ///                               <store T> | POP_TOP    ... exit
    ///                               B
    ///                               POP_BLOCK
    ///                               LOAD_CONST None ×3; CALL 3; POP_TOP
    ///                               JUMP end
    ///                        H:     PUSH_EXC_INFO          ... exit prev exc
    ///                               SETUP_CLEANUP C
    ///                               WITH_EXCEPT_START      ... exit prev exc res
    ///                               POP_JUMP_IF_TRUE S
    ///                               POP_BLOCK
    ///                               POP_EXCEPT_AND_RERAISE
    ///                        S:     POP_BLOCK; POP_TOP; POP_EXCEPT; POP_TOP   (suppressed)
    ///                               JUMP end
    ///                        C:     POP_EXCEPT_AND_RERAISE
    ///                        end:
    /// ```
    /// Several items nest: `with a, b: B` is `with a: with b: B`.
    fn compile_with(&mut self, w: &'a StmtWith, index: usize) -> Result<()> {
        let Some(item) = w.items.get(index) else {
            return Err(err("'with' statement without items", w.range));
        };
        let handler = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_line(w.range);
        if w.is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.emit_await(1);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.emit_jump(Opcode::SETUP_WITH, handler);
        match &item.optional_vars {
            Some(t) => self.compile_store(t)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.push_fblock(FBlock::With { is_async: w.is_async }, w.range)?;
        if index + 1 < w.items.len() {
            self.compile_with(w, index + 1)?;
        } else {
            self.compile_body(&w.body)?;
        }
        self.u().fblocks.pop();
        self.set_line(w.range);
        self.emit(Opcode::POP_BLOCK, 0);
        self.call_exit_with_nones(w.is_async);
        self.emit_jump(Opcode::JUMP, end);

        self.bind(handler);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if w.is_async {
            self.emit_await(2);
        }
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT_AND_RERAISE, 0);
        self.bind(suppress);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP, end);
        self.bind(cleanup);
        self.emit(Opcode::POP_EXCEPT_AND_RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    fn compile_import(&mut self, s: &'a StmtImport) -> Result<()> {
        for alias in &s.names {
            let name = alias.name.name.as_str();
            self.load_const(ConstValue::Int(0));
            self.load_none();
            let i = self.name_index(name);
            self.emit(Opcode::IMPORT_NAME, i);
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the submodule: walk the attributes.
                    let mut parts = name.split('.').skip(1).peekable();
                    if parts.peek().is_some() {
                        while let Some(part) = parts.next() {
                            let i = self.name_index(part);
                            self.emit(Opcode::IMPORT_FROM, i);
                            if parts.peek().is_some() {
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                        }
                        self.name_op(&asname.name, ExprContext::Store)?;
                        self.emit(Opcode::POP_TOP, 0);
                    } else {
                        self.name_op(&asname.name, ExprContext::Store)?;
                    }
                }
                None => {
                    let first = name.split('.').next().unwrap_or(name);
                    self.name_op(first, ExprContext::Store)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, s: &'a StmtImportFrom) -> Result<()> {
        self.load_const(ConstValue::Int(i64::from(s.level)));
        let names: Vec<ConstValue> = s.names.iter().map(|a| Self::str_const(&a.name.name)).collect();
        self.load_const(ConstValue::Tuple(names.into()));
        let module = s.module.as_ref().map_or("", |m| m.name.as_str());
        let i = self.name_index(module);
        self.emit(Opcode::IMPORT_NAME, i);
        if s.names.first().is_some_and(|a| a.name.name == "*") {
            self.emit(Opcode::IMPORT_STAR, 0);
            return Ok(());
        }
        for alias in &s.names {
            let i = self.name_index(&alias.name.name);
            self.emit(Opcode::IMPORT_FROM, i);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(&store.name, ExprContext::Store)?;
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    // -----------------------------------------------------------------------------
    // Assignments.

    fn compile_assign(&mut self, a: &'a StmtAssign) -> Result<()> {
        // `a, b = x, y` (2 or 3 targets, no stars): evaluate, SWAP, store; no tuple.
        if a.targets.len() == 1 {
            let target_elts = match &a.targets[0] {
                Expr::Tuple(t) => Some(&t.elts),
                Expr::List(l) => Some(&l.elts),
                _ => None,
            };
            let value_elts = match &*a.value {
                Expr::Tuple(t) if self.const_of(&a.value).is_none() => Some(&t.elts),
                Expr::List(l) => Some(&l.elts),
                _ => None,
            };
            if let (Some(te), Some(ve)) = (target_elts, value_elts) {
                let n = te.len();
                if (2..=3).contains(&n) && ve.len() == n && !te.iter().any(is_starred) && !ve.iter().any(is_starred) {
                    for v in ve {
                        self.compile_expr(v)?;
                    }
                    self.set_line(a.range);
                    self.emit(Opcode::SWAP, n as u32);
                    for t in te {
                        self.compile_store(t)?;
                    }
                    return Ok(());
                }
            }
        }
        self.compile_expr(&a.value)?;
        self.set_line(a.range);
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Opcode::COPY, 1);
            }
            self.compile_store(t)?;
        }
        Ok(())
    }

    /// Store the value on top of the stack into a target.
    fn compile_store(&mut self, t: &'a Expr) -> Result<()> {
        match t {
            Expr::Name(n) => self.name_op(&n.id, ExprContext::Store),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_attr_line(a.range, a.attr.range);
                let i = self.name_index(&self.mangled(&a.attr.name));
                self.emit(Opcode::STORE_ATTR, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_line(s.range);
                self.emit(Opcode::STORE_SUBSCR, 0);
                Ok(())
            }
            Expr::Tuple(ExprTuple { elts, range, .. }) | Expr::List(ExprList { elts, range, .. }) => {
                self.compile_unpack(elts, *range)
            }
            Expr::Starred(s) => Err(err("starred assignment target must be in a list or tuple", s.range)),
            other => Err(err("cannot assign to expression", other.range())),
        }
    }

    fn compile_unpack(&mut self, elts: &'a [Expr], range: Range) -> Result<()> {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if is_starred(e) {
                if star.is_some() {
                    return Err(err("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        // A failed unpack points at the target (CPython's position).
        self.set_line(range);
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(err("too many expressions in star-unpacking assignment", range));
                }
                self.emit(Opcode::UNPACK_EX, (i as u32) | ((after as u32) << 8));
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                other => self.compile_store(other)?,
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, t: &'a Expr) -> Result<()> {
        match t {
            Expr::Name(n) => self.name_op(&n.id, ExprContext::Del),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_attr_line(a.range, a.attr.range);
                let i = self.name_index(&self.mangled(&a.attr.name));
                self.emit(Opcode::DELETE_ATTR, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_line(s.range);
                self.emit(Opcode::DELETE_SUBSCR, 0);
                Ok(())
            }
            Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. }) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            Expr::Starred(s) => Err(err("cannot delete starred", s.range)),
            other => Err(err("cannot delete expression", other.range())),
        }
    }

    fn compile_aug_assign(&mut self, a: &'a StmtAugAssign) -> Result<()> {
        let op = binary_op(a.op) as u32 + BinaryOp::INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.set_line(n.range);
                self.name_op(&n.id, ExprContext::Load)?;
                self.compile_expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.name_op(&n.id, ExprContext::Store)?;
            }
            Expr::Attribute(t) => {
                let name = self.name_index(&self.mangled(&t.attr.name));
                self.compile_expr(&t.value)?;
                self.set_attr_line(t.range, t.attr.range);
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::LOAD_ATTR, name);
                self.compile_expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 2);
                self.set_attr_line(t.range, t.attr.range);
                self.emit(Opcode::STORE_ATTR, name);
            }
            Expr::Subscript(t) => {
                self.compile_expr(&t.value)?;
                self.compile_subscript_key(&t.slice)?;
                self.set_line(t.range);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.compile_expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            other => {
                return Err(err("illegal expression for augmented assignment", other.range()));
            }
        }
        Ok(())
    }

    fn compile_ann_assign(&mut self, a: &'a StmtAnnAssign) -> Result<()> {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.set_line(a.range);
            self.compile_store(&a.target)?;
        }
        let module_or_class = matches!(self.ur().kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) if a.simple && module_or_class => {
                self.compile_annotation(&a.annotation)?;
                self.set_line(a.range);
                let i = self.name_index("__annotations__");
                self.emit(Opcode::LOAD_NAME, i);
                let mangled = self.mangled(&n.id);
                self.load_const(Self::str_const(&mangled));
                self.emit(Opcode::STORE_SUBSCR, 0);
                return Ok(());
            }
            // Without a value, the target's object (and subscript) are still evaluated.
            Expr::Attribute(t) if a.value.is_none() => {
                self.compile_expr(&t.value)?;
                self.emit(Opcode::POP_TOP, 0);
            }
            Expr::Subscript(t) if a.value.is_none() => {
                self.compile_expr(&t.value)?;
                self.emit(Opcode::POP_TOP, 0);
                self.check_ann_subscript(&t.slice)?;
            }
            _ => {}
        }
        // Complex targets: the annotation is evaluated (and discarded) in modules and classes.
        if !a.simple && module_or_class && !self.future_annotations {
            self.compile_expr(&a.annotation)?;
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    fn check_ann_subscript(&mut self, e: &'a Expr) -> Result<()> {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.compile_expr(part)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.check_ann_subscript(e)?;
                }
            }
            other => {
                self.compile_expr(other)?;
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// An annotation's value: the expression, or under `from __future__ import
    /// annotations` its text (`unparse.rs`).
    fn compile_annotation(&mut self, ann: &'a Expr) -> Result<()> {
        if self.future_annotations {
            let text = crate::unparse::annotation(ann);
            self.load_const(Self::str_const(&text));
            Ok(())
        } else {
            self.compile_expr(ann)
        }
    }

    // -----------------------------------------------------------------------------
    // Functions and classes.

    /// Push the defaults tuple and keyword-only defaults dict; returns the
    /// `MAKE_FUNCTION` flags for them.
    fn compile_defaults(&mut self, args: &'a Arguments) -> Result<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            let consts: Option<Vec<ConstValue>> = args.defaults.iter().map(|d| self.const_of(d)).collect();
            match consts {
                Some(c) => self.load_const(ConstValue::Tuple(c.into())),
                None => {
                    for d in &args.defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
                }
            }
            flags |= 1;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = self.mangled(&arg.arg.name);
                self.load_const(Self::str_const(&name));
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Opcode::BUILD_MAP, n);
            flags |= 2;
        }
        Ok(flags)
    }

    /// Push the annotations dict if any parameter or the return is annotated.
    fn compile_annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> Result<u32> {
        let mut n = 0;
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = self.mangled(&a.arg.name);
                self.load_const(Self::str_const(&name));
                self.compile_annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Self::str_const("return"));
            self.compile_annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Opcode::BUILD_MAP, n);
            Ok(4)
        } else {
            Ok(0)
        }
    }

    fn compile_function_def(&mut self, f: &'a StmtFunctionDef) -> Result<()> {
        for d in &f.decorator_list {
            self.compile_expr(d)?;
        }
        let firstlineno = self.line_of(f.decorator_list.first().map_or(f.range, |d| d.range()));
        self.set_line(f.range);
        let mut flags = self.compile_defaults(&f.args)?;
        flags |= self.compile_annotations(&f.args, f.returns.as_deref())?;
        let scope = self.scope_of_key(symtable::node_key(f), f.range)?;
        let code =
            self.compile_function_body(scope, &f.name.name, &f.args, FunctionBody::Stmts(&f.body), firstlineno)?;
        self.set_line(f.range);
        self.make_closure(code, flags)?;
        for _ in &f.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.name_op(&f.name.name, ExprContext::Store)
    }

    fn compile_function_body(
        &mut self,
        scope: ScopeId,
        name: &str,
        args: &'a Arguments,
        body: FunctionBody<'a>,
        firstlineno: u32,
    ) -> Result<CodeObject> {
        self.enter_unit(scope, name, firstlineno);
        {
            let u = self.u();
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        match body {
            FunctionBody::Stmts(stmts) => {
                let doc = docstring(stmts);
                let kept = doc.filter(|_| crate::optimize::docstrings());
                self.add_const(kept.map_or(ConstValue::None, Self::str_const));
                let rest = if doc.is_some() { &stmts[1..] } else { stmts };
                self.compile_body(rest)?;
                if self.end_reachable() {
                    self.emit_return_none();
                }
            }
            FunctionBody::Lambda(e) => {
                self.add_const(ConstValue::None);
                self.set_line(e.range());
                self.compile_expr(e)?;
                if self.st.scope(scope).is_generator {
                    self.emit(Opcode::POP_TOP, 0);
                    self.emit_return_none();
                } else {
                    self.emit(Opcode::RETURN_VALUE, 0);
                }
            }
        }
        self.exit_unit()
    }

    /// Push a new function for `code`: closure cells first when it has free
    /// variables, then `MAKE_FUNCTION`.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> Result<()> {
        if !code.co_freevars.is_empty() {
            for name in &code.co_freevars {
                let i = self.deref_index(name)?;
                self.emit(Opcode::LOAD_CLOSURE, i);
            }
            self.emit(Opcode::BUILD_TUPLE, code.co_freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(ConstValue::Code(Arc::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    fn compile_class_def(&mut self, c: &'a StmtClassDef) -> Result<()> {
        for d in &c.decorator_list {
            self.compile_expr(d)?;
        }
        let firstlineno = self.line_of(c.decorator_list.first().map_or(c.range, |d| d.range()));
        self.set_line(c.range);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);

        let scope = self.scope_of_key(symtable::node_key(c), c.range)?;
        self.enter_unit(scope, &c.name.name, firstlineno);
        self.set_line(c.range);
        self.name_op("__name__", ExprContext::Load)?;
        self.name_op("__module__", ExprContext::Store)?;
        let qualname = self.ur().qualname.clone();
        self.load_const(ConstValue::Str(qualname));
        self.name_op("__qualname__", ExprContext::Store)?;
        if find_ann(&c.body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let mut body = &c.body[..];
        if let Some(doc) = docstring(body) {
            if crate::optimize::docstrings() {
                if let Some(first) = body.first() {
                    self.set_line(first.range());
                }
                self.load_const(Self::str_const(doc));
                self.name_op("__doc__", ExprContext::Store)?;
            }
            body = &body[1..];
        }
        self.compile_body(body)?;
        if self.st.scope(scope).needs_class_closure {
            let i = self.deref_index("__class__")?;
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.name_op("__classcell__", ExprContext::Store)?;
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::RETURN_VALUE, 0);
        } else {
            self.emit_return_none();
        }
        let code = self.exit_unit()?;

        self.set_line(c.range);
        self.make_closure(code, 0)?;
        self.load_const(Self::str_const(&c.name.name));
        self.call_helper(2, &c.bases, &c.keywords)?;
        for _ in &c.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.name_op(&c.name.name, ExprContext::Store)
    }

    // -----------------------------------------------------------------------------
    // Expressions.

    fn compile_expr(&mut self, e: &'a Expr) -> Result<()> {
        self.guard(e.range(), |c| {
            let saved = c.ur().line;
            c.set_line(e.range());
            let r = c.compile_expr_inner(e);
            c.u().line = saved;
            r
        })
    }

    /// The constant an expression denotes, if it is a literal or a tuple of them.
    fn const_of(&self, e: &Expr) -> Option<ConstValue> {
        match e {
            Expr::Constant(c) => Some(const_from_ast(&c.value)),
            Expr::Tuple(t) if t.ctx == ExprContext::Load => stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
                let items: Option<Vec<ConstValue>> = t.elts.iter().map(|e| self.const_of(e)).collect();
                items.map(|v| ConstValue::Tuple(v.into()))
            }),
            _ => None,
        }
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> Result<()> {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
                    BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::NamedExpr(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Opcode::BINARY_OP, binary_op(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                let op = match u.op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => {
                let flags = self.compile_defaults(&l.args)?;
                let scope = self.scope_of_key(symtable::node_key(l), l.range)?;
                let line = self.line_of(l.range);
                let code =
                    self.compile_function_body(scope, "<lambda>", &l.args, FunctionBody::Lambda(&l.body), line)?;
                self.make_closure(code, flags)?;
            }
            Expr::IfExp(i) => {
                let end = self.new_label();
                let orelse = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.emit_jump(Opcode::JUMP, end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.starunpack(0, &s.elts, Seq::Set)?,
            Expr::ListComp(c) => self.compile_comprehension(
                symtable::node_key(c),
                c.range,
                ComprehensionKind::List,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.compile_comprehension(
                symtable::node_key(c),
                c.range,
                ComprehensionKind::Set,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => self.compile_comprehension(
                symtable::node_key(c),
                c.range,
                ComprehensionKind::Dict,
                &c.generators,
                &c.key,
                Some(&c.value),
            )?,
            Expr::GeneratorExp(c) => self.compile_comprehension(
                symtable::node_key(c),
                c.range,
                ComprehensionKind::Generator,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::Await(a) => {
                if !self.ur().kind.is_function_like() {
                    return Err(err("'await' outside function", a.range));
                }
                if !self.in_async_function() && !matches!(self.ur().kind, ScopeKind::Comprehension(_)) {
                    return Err(err("'await' outside async function", a.range));
                }
                self.compile_expr(&a.value)?;
                self.emit_await(0);
            }
            Expr::Yield(y) => {
                if !self.ur().kind.is_function_like() {
                    return Err(err("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_none(),
                }
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                if !self.ur().kind.is_function_like() {
                    return Err(err("'yield' outside function", y.range));
                }
                if self.in_async_function() {
                    return Err(err("'yield from' inside async function", y.range));
                }
                self.compile_expr(&y.value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_none();
                self.emit(Opcode::YIELD_FROM, 0);
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FormattedValue(f) => self.compile_formatted_value(f)?,
            Expr::JoinedStr(j) => {
                if j.values.is_empty() {
                    self.load_const(Self::str_const(""));
                } else {
                    for v in &j.values {
                        self.compile_expr(v)?;
                    }
                    if j.values.len() > 1 {
                        self.emit(Opcode::BUILD_STRING, j.values.len() as u32);
                    }
                }
            }
            Expr::Constant(c) => self.load_const(const_from_ast(&c.value)),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_attr_line(a.range, a.attr.range);
                let i = self.name_index(&self.mangled(&a.attr.name));
                match a.ctx {
                    ExprContext::Load => self.emit(Opcode::LOAD_ATTR, i),
                    _ => return Err(err("attribute target in load position", a.range)),
                }
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            Expr::Starred(s) => return Err(err("can't use starred expression here", s.range)),
            Expr::Name(n) => self.name_op(&n.id, ExprContext::Load)?,
            Expr::List(l) => self.starunpack(0, &l.elts, Seq::List)?,
            Expr::Tuple(t) => match self.const_of(e) {
                Some(c) => self.load_const(c),
                None => self.starunpack(0, &t.elts, Seq::Tuple)?,
            },
            Expr::Slice(s) => self.compile_slice(s)?,
        }
        Ok(())
    }

    fn compile_slice(&mut self, s: &'a ExprSlice) -> Result<()> {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.compile_expr(p)?,
                None => self.load_none(),
            }
        }
        match &s.step {
            Some(p) => {
                self.compile_expr(p)?;
                self.emit(Opcode::BUILD_SLICE, 3);
            }
            None => self.emit(Opcode::BUILD_SLICE, 2),
        }
        Ok(())
    }

    fn compile_subscript_key(&mut self, key: &'a Expr) -> Result<()> {
        self.compile_expr(key)
    }

    fn compile_formatted_value(&mut self, f: &'a ExprFormattedValue) -> Result<()> {
        self.compile_expr(&f.value)?;
        let mut flags = match f.conversion {
            None => 0,
            Some(Conversion::Str) => 1,
            Some(Conversion::Repr) => 2,
            Some(Conversion::Ascii) => 3,
        };
        if let Some(spec) = &f.format_spec {
            self.compile_expr(spec)?;
            flags |= 4;
        }
        self.emit(Opcode::FORMAT_VALUE, flags);
        Ok(())
    }

    fn emit_compare(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Opcode::COMPARE_OP, CompareOp::Eq as u32),
            CmpOp::NotEq => (Opcode::COMPARE_OP, CompareOp::Ne as u32),
            CmpOp::Lt => (Opcode::COMPARE_OP, CompareOp::Lt as u32),
            CmpOp::LtE => (Opcode::COMPARE_OP, CompareOp::Le as u32),
            CmpOp::Gt => (Opcode::COMPARE_OP, CompareOp::Gt as u32),
            CmpOp::GtE => (Opcode::COMPARE_OP, CompareOp::Ge as u32),
            CmpOp::Is => (Opcode::IS_OP, 0),
            CmpOp::IsNot => (Opcode::IS_OP, 1),
            CmpOp::In => (Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit(opcode, arg);
    }

    /// A comparator; a constant list on the right of `in` becomes a constant
    /// tuple, a constant set a constant frozenset.
    fn compile_comparator(&mut self, op: CmpOp, e: &'a Expr) -> Result<()> {
        if let (CmpOp::In | CmpOp::NotIn, Expr::Set(s)) = (op, e) {
            let items: Option<Vec<ConstValue>> = s.elts.iter().map(|x| self.const_of(x)).collect();
            if let Some(items) = items {
                self.load_const(ConstValue::FrozenSet(items.into()));
                return Ok(());
            }
        }
        if let (CmpOp::In | CmpOp::NotIn, Expr::List(l)) = (op, e) {
            if !l.elts.is_empty() {
                let items: Option<Vec<ConstValue>> = l.elts.iter().map(|x| self.const_of(x)).collect();
                if let Some(items) = items {
                    self.load_const(ConstValue::Tuple(items.into()));
                    return Ok(());
                }
            }
        }
        self.compile_expr(e)
    }

    /// `a < b < c`: `b` is evaluated once, kept with COPY/SWAP, and the chain stops
    /// at the first false result.
    fn compile_compare(&mut self, c: &'a ExprCompare) -> Result<()> {
        if c.ops.is_empty() || c.ops.len() != c.comparators.len() {
            return Err(err("malformed comparison", c.range));
        }
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_comparator(c.ops[0], &c.comparators[0])?;
            self.emit_compare(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_comparator(c.ops[i], &c.comparators[i])?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.emit_compare(c.ops[i]);
            self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.compile_comparator(c.ops[n - 1], &c.comparators[n - 1])?;
        self.emit_compare(c.ops[n - 1]);
        self.emit_jump(Opcode::JUMP, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` when `e` is true (`cond`) or false (`!cond`), without
    /// materialising intermediate booleans for `not`, `and`, `or`, chained
    /// comparisons and `is None` (CPython's `compiler_jump_if`).
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> Result<()> {
        self.guard(e.range(), |c| {
            let saved = c.ur().line;
            c.set_line(e.range());
            let r = c.jump_if_inner(e, cond, target);
            c.u().line = saved;
            r
        })
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> Result<()> {
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => return self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) if !b.values.is_empty() => {
                let cond2 = b.op == BoolOp::Or;
                let next2 = if cond2 != cond { self.new_label() } else { target };
                let n = b.values.len();
                for v in &b.values[..n - 1] {
                    self.jump_if(v, cond2, next2)?;
                }
                self.jump_if(&b.values[n - 1], cond, target)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            Expr::IfExp(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, false, next2)?;
                self.jump_if(&i.body, cond, target)?;
                self.emit_jump(Opcode::JUMP, end);
                self.bind(next2);
                self.jump_if(&i.orelse, cond, target)?;
                self.bind(end);
                return Ok(());
            }
            Expr::Constant(k) => {
                if fold::truthy(&k.value) == cond {
                    self.emit_jump(Opcode::JUMP, target);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() == 1 && c.comparators.len() == 1 => {
                if let (
                    CmpOp::Is | CmpOp::IsNot,
                    Expr::Constant(ExprConstant {
                        value: Constant::None, ..
                    }),
                ) = (c.ops[0], &c.comparators[0])
                {
                    self.compile_expr(&c.left)?;
                    let jump_when_none = (c.ops[0] == CmpOp::Is) == cond;
                    let op = if jump_when_none {
                        Opcode::POP_JUMP_IF_NONE
                    } else {
                        Opcode::POP_JUMP_IF_NOT_NONE
                    };
                    self.emit_jump(op, target);
                    return Ok(());
                }
            }
            Expr::Compare(c) if c.ops.len() > 1 && c.ops.len() == c.comparators.len() => {
                let n = c.ops.len();
                let cleanup = self.new_label();
                let end = self.new_label();
                self.compile_expr(&c.left)?;
                for i in 0..n - 1 {
                    self.compile_comparator(c.ops[i], &c.comparators[i])?;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.emit_compare(c.ops[i]);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.compile_comparator(c.ops[n - 1], &c.comparators[n - 1])?;
                self.emit_compare(c.ops[n - 1]);
                let op = if cond {
                    Opcode::POP_JUMP_IF_TRUE
                } else {
                    Opcode::POP_JUMP_IF_FALSE
                };
                self.emit_jump(op, target);
                self.emit_jump(Opcode::JUMP, end);
                self.bind(cleanup);
                self.emit(Opcode::POP_TOP, 0);
                if !cond {
                    self.emit_jump(Opcode::JUMP, target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        let op = if cond {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        self.emit_jump(op, target);
        Ok(())
    }

    /// Build a list, set or tuple from elements that may include `*iterable`, with
    /// `pushed` items already on the stack (CPython's `starunpack_helper`).
    fn starunpack(&mut self, pushed: usize, elts: &'a [Expr], seq: Seq) -> Result<()> {
        let (build, add, extend) = match seq {
            Seq::List | Seq::Tuple => (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
            Seq::Set => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
        };
        let tuple = seq == Seq::Tuple;
        let n = elts.len();
        let seen_star = elts.iter().any(is_starred);
        let big = n + pushed > STACK_USE_GUIDELINE;
        if !seen_star && n > 2 {
            let consts: Option<Vec<ConstValue>> = elts.iter().map(|e| self.const_of(e)).collect();
            if let Some(items) = consts {
                let folded = if seq == Seq::Set {
                    ConstValue::FrozenSet(items.into())
                } else {
                    ConstValue::Tuple(items.into())
                };
                if tuple && pushed == 0 {
                    self.load_const(folded);
                } else {
                    self.emit(build, pushed as u32);
                    self.load_const(folded);
                    self.emit(extend, 1);
                    if tuple {
                        self.emit(Opcode::LIST_TO_TUPLE, 0);
                    }
                }
                return Ok(());
            }
        }
        if !seen_star && !big {
            for e in elts {
                self.compile_expr(e)?;
            }
            let op = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.emit(op, (n + pushed) as u32);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed as u32);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build, (i + pushed) as u32);
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.compile_expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ExprDict) -> Result<()> {
        let n = d.values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            match &d.keys[i] {
                None => {
                    if elements > 0 {
                        self.compile_subdict(d, i - elements, i)?;
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        elements = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.compile_expr(&d.values[i])?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                Some(_) => {
                    if elements * 2 > STACK_USE_GUIDELINE {
                        self.compile_subdict(d, i - elements, i + 1)?;
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        elements = 0;
                    } else {
                        elements += 1;
                    }
                }
            }
        }
        if elements > 0 {
            self.compile_subdict(d, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn compile_subdict(&mut self, d: &'a ExprDict, begin: usize, end: usize) -> Result<()> {
        for i in begin..end {
            if let Some(k) = &d.keys[i] {
                self.compile_expr(k)?;
            }
            self.compile_expr(&d.values[i])?;
        }
        self.emit(Opcode::BUILD_MAP, (end - begin) as u32);
        Ok(())
    }

    fn compile_call(&mut self, c: &'a ExprCall) -> Result<()> {
        if let Expr::Attribute(attr) = &*c.func {
            if attr.ctx == ExprContext::Load && c.keywords.is_empty() && !c.args.iter().any(is_starred) {
                self.compile_expr(&attr.value)?;
                self.set_attr_line(attr.range, attr.attr.range);
                let i = self.name_index(&self.mangled(&attr.attr.name));
                self.emit(Opcode::LOAD_METHOD, i);
                for a in &c.args {
                    self.compile_expr(a)?;
                }
                // The call's range starts at the method name when that is on a
                // later line than the object (CPython 3.11).
                let line = self.line_of(attr.attr.range);
                let start = if self.line_of(c.range) == line {
                    c.range.start
                } else {
                    attr.attr.range.start
                };
                self.u().line = Loc {
                    line,
                    start,
                    end: c.range.end,
                };
                self.emit(Opcode::CALL_METHOD, c.args.len() as u32);
                return Ok(());
            }
        }
        self.compile_expr(&c.func)?;
        self.call_helper(0, &c.args, &c.keywords)
    }

    /// Push the arguments and call: `CALL n`, `CALL_KW n` with a keyword-name tuple,
    /// or `CALL_FUNCTION_EX` when there is `*` or `**` unpacking. `pushed` extra
    /// positional arguments are already on the stack (a class's function and name).
    fn call_helper(&mut self, pushed: usize, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<()> {
        let mut seen = std::collections::HashSet::new();
        for k in keywords {
            if let Some(name) = &k.arg {
                if !seen.insert(name.name.as_str()) {
                    return Err(err(format!("keyword argument repeated: {}", name.name), k.range));
                }
            }
        }
        let line = self.ur().line;
        let has_star = args.iter().any(is_starred);
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.compile_expr(a)?;
            }
            if keywords.is_empty() {
                self.u().line = line;
                self.emit(Opcode::CALL, (pushed + args.len()) as u32);
            } else {
                for k in keywords {
                    self.compile_expr(&k.value)?;
                }
                let names: Vec<ConstValue> = keywords
                    .iter()
                    .filter_map(|k| k.arg.as_ref())
                    .map(|n| Self::str_const(&n.name))
                    .collect();
                self.load_const(ConstValue::Tuple(names.into()));
                self.u().line = line;
                self.emit(Opcode::CALL_KW, (pushed + args.len() + keywords.len()) as u32);
            }
            return Ok(());
        }
        self.starunpack(pushed, args, Seq::Tuple)?;
        let mut flags = 0;
        if !keywords.is_empty() {
            self.compile_kwargs(keywords)?;
            flags = 1;
        }
        self.u().line = line;
        self.emit(Opcode::CALL_FUNCTION_EX, flags);
        Ok(())
    }

    /// Build the keyword-argument dict for `CALL_FUNCTION_EX`.
    fn compile_kwargs(&mut self, keywords: &'a [Keyword]) -> Result<()> {
        let mut nseen = 0usize;
        let mut have_dict = false;
        for (i, k) in keywords.iter().enumerate() {
            if k.arg.is_none() {
                if nseen > 0 {
                    self.compile_subkwargs(&keywords[i - nseen..i])?;
                    if have_dict {
                        self.emit(Opcode::DICT_MERGE, 1);
                    }
                    have_dict = true;
                    nseen = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.compile_expr(&k.value)?;
                self.emit(Opcode::DICT_MERGE, 1);
            } else {
                nseen += 1;
            }
        }
        if nseen > 0 {
            self.compile_subkwargs(&keywords[keywords.len() - nseen..])?;
            if have_dict {
                self.emit(Opcode::DICT_MERGE, 1);
            }
        }
        Ok(())
    }

    fn compile_subkwargs(&mut self, keywords: &'a [Keyword]) -> Result<()> {
        for k in keywords {
            let name = k.arg.as_ref().map_or("", |n| n.name.as_str());
            self.load_const(Self::str_const(name));
            self.compile_expr(&k.value)?;
        }
        self.emit(Opcode::BUILD_MAP, keywords.len() as u32);
        Ok(())
    }

    /// A comprehension is a nested function taking the outermost iterator as `.0`:
    ///
    /// ```text
    /// [e for x in it if c]     <make function <listcomp>>; <it>; GET_ITER; CALL 1
    ///
    /// <listcomp>:              BUILD_LIST 0
    ///                          LOAD_FAST .0
    ///                   top:   FOR_ITER end
    ///                          STORE_FAST x
    ///                          <c>; POP_JUMP_IF_FALSE top
    ///                          <e>; LIST_APPEND 2
    ///                          JUMP top
    ///                   end:   RETURN_VALUE
    /// ```
    fn compile_comprehension(
        &mut self,
        key: usize,
        range: Range,
        kind: ComprehensionKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<()> {
        let Some(outermost) = generators.first() else {
            return Err(err("comprehension without a 'for' clause", range));
        };
        let scope = self.scope_of_key(key, range)?;
        // An asynchronous list, set or dict comprehension is awaited where it
        // is used: only in an async function (or another comprehension).
        let is_async = self.st.scope(scope).is_coroutine;
        if is_async
            && kind != ComprehensionKind::Generator
            && !self.in_async_function()
            && !matches!(self.ur().kind, ScopeKind::Comprehension(_))
        {
            return Err(err(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            ));
        }
        let line = self.line_of(range);
        self.enter_unit(scope, kind.code_name(), line);
        self.u().argcount = 1;
        match kind {
            ComprehensionKind::List => self.emit(Opcode::BUILD_LIST, 0),
            ComprehensionKind::Set => self.emit(Opcode::BUILD_SET, 0),
            ComprehensionKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            ComprehensionKind::Generator => {}
        }
        self.comprehension_generator(generators, 0, 0, kind, elt, value)?;
        if kind == ComprehensionKind::Generator {
            self.emit_return_none();
        } else {
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.exit_unit()?;
        self.make_closure(code, 0)?;
        self.compile_expr(&outermost.iter)?;
        if outermost.is_async {
            self.emit(Opcode::GET_AITER, 0);
        } else {
            self.emit(Opcode::GET_ITER, 0);
        }
        self.emit(Opcode::CALL, 1);
        if is_async && kind != ComprehensionKind::Generator {
            self.emit_await(0);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        kind: ComprehensionKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<()> {
        let g = &generators[index];
        let top = self.new_label();
        let end = self.new_label();
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.compile_expr(&g.iter)?;
            self.emit(
                if g.is_async {
                    Opcode::GET_AITER
                } else {
                    Opcode::GET_ITER
                },
                0,
            );
        }
        self.bind(top);
        if g.is_async {
            self.emit_jump(Opcode::SETUP_FINALLY, end);
            self.emit(Opcode::GET_ANEXT, 0);
            self.emit_await(0);
            self.emit(Opcode::POP_BLOCK, 0);
        } else {
            self.emit_jump(Opcode::FOR_ITER, end);
        }
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        let depth = depth + 1;
        if index + 1 < generators.len() {
            self.guard(generators[index + 1].range, |c| {
                c.comprehension_generator(generators, index + 1, depth, kind, elt, value)
            })?;
        } else {
            match kind {
                ComprehensionKind::Generator => {
                    self.compile_expr(elt)?;
                    self.emit_yield();
                    self.emit(Opcode::POP_TOP, 0);
                }
                ComprehensionKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, depth + 1);
                }
                ComprehensionKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Opcode::SET_ADD, depth + 1);
                }
                ComprehensionKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Opcode::MAP_ADD, depth + 1);
                }
            }
        }
        self.emit_jump(Opcode::JUMP, top);
        self.bind(end);
        if g.is_async {
            self.emit(Opcode::END_ASYNC_FOR, 0);
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------
// Assembly.

/// The deepest the stack gets, following every path (jumps and exception handlers,
/// whose entry depth is the block's level plus the exception). Also checks that the
/// code never pops an empty stack, that every join point is reached with one depth,
/// and that no path runs off the end.
fn stack_depth(instrs: &[Instr], labels: &[u32], name: &str) -> Result<u32> {
    let n = instrs.len();
    let mut depth = vec![i32::MIN; n];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max = 0i32;
    let bad = |what: &str, i: usize| internal(format!("{what} at instruction {i} of {name}"));
    while let Some((start, d0)) = work.pop() {
        let (mut i, mut d) = (start, d0);
        loop {
            if i >= n {
                return Err(bad("code runs off the end", i));
            }
            if depth[i] != i32::MIN {
                if depth[i] != d {
                    return Err(bad(&format!("inconsistent stack depth ({} vs {d})", depth[i]), i));
                }
                break;
            }
            depth[i] = d;
            let ins = instrs[i];
            if let Some(t) = ins.target {
                let td = d + ins.op.stack_effect(ins.arg as i32, true);
                if td < 0 {
                    return Err(bad("stack underflow", i));
                }
                max = max.max(td);
                let ti = labels[t.0 as usize];
                if ti == UNBOUND {
                    return Err(bad("unbound label", i));
                }
                work.push((ti as usize, td));
            }
            let nd = d + ins.op.stack_effect(ins.arg as i32, false);
            if nd < 0 {
                return Err(bad("stack underflow", i));
            }
            max = max.max(nd);
            if is_terminal(ins.op) {
                break;
            }
            d = nd;
            i += 1;
        }
    }
    Ok(max as u32)
}

/// Resolve labels to instruction indices (counting `EXTENDED_ARG` prefixes) and encode.
/// Instructions that never raise an exception (their positions only matter
/// to `co_positions()`).
fn cannot_raise(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        NOP | EXTENDED_ARG
            | POP_TOP
            | COPY
            | SWAP
            | LOAD_CONST
            | STORE_FAST
            | LOAD_CLOSURE
            | JUMP
            | SETUP_FINALLY
            | SETUP_CLEANUP
            | SETUP_WITH
            | POP_BLOCK
            | PUSH_EXC_INFO
            | POP_EXCEPT
            | RETURN_VALUE
            | RETURN_CONST
            | BUILD_TUPLE
            | BUILD_LIST
            | LOAD_ASSERTION_ERROR
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
    )
}

fn assemble(instrs: &[Instr], labels: &[u32]) -> (Vec<crate::bytecode::CodeUnit>, Vec<Loc>) {
    let n = instrs.len();
    let mut args: Vec<u32> = instrs.iter().map(|i| i.arg).collect();
    let size = |arg: u32| if arg > CodeUnit::MAX_ARG { 2u32 } else { 1 };
    let mut offsets: Vec<u32> = (0..=n as u32).collect();
    loop {
        for (i, ins) in instrs.iter().enumerate() {
            if let Some(t) = ins.target {
                let ti = labels[t.0 as usize];
                args[i] = if ti == UNBOUND { 0 } else { offsets[ti as usize] };
            }
        }
        let mut new_offsets = Vec::with_capacity(n + 1);
        let mut acc = 0u32;
        for &a in &args {
            new_offsets.push(acc);
            acc += size(a);
        }
        new_offsets.push(acc);
        if new_offsets == offsets {
            break;
        }
        offsets = new_offsets;
    }
    let mut code = Vec::with_capacity(offsets[n] as usize);
    let mut lines = Vec::with_capacity(offsets[n] as usize);
    for (ins, &arg) in instrs.iter().zip(&args) {
        if arg > CodeUnit::MAX_ARG {
            lines.push(ins.line);
            code.push(CodeUnit::new(Opcode::EXTENDED_ARG, arg >> 24));
        }
        lines.push(ins.line);
        code.push(CodeUnit::new(ins.op, arg & CodeUnit::MAX_ARG));
    }
    (code, lines)
}

/// Check a finished code object the way [`stack_depth`] checks instructions: decode
/// it, follow every path, and report the first problem (stack underflow, depth above
/// `co_stacksize`, inconsistent depths at a join, falling off the end). Used by tests
/// and available to the VM's debug builds.
pub fn verify_stack(code: &CodeObject) -> std::result::Result<(), String> {
    let decoded = code.instructions();
    let mut at: HashMap<usize, usize> = HashMap::new(); // word index -> position in decoded
    for (pos, (i, _, _)) in decoded.iter().enumerate() {
        at.insert(*i, pos);
    }
    // A jump may target the EXTENDED_ARG prefix of an instruction.
    let resolve = |target: usize| -> Option<usize> {
        let mut t = target;
        while t < code.co_code.len() {
            if let Some(&p) = at.get(&t) {
                return Some(p);
            }
            t += 1;
        }
        None
    };
    let n = decoded.len();
    let mut depth = vec![i32::MIN; n];
    let mut work = vec![(0usize, 0i32)];
    let limit = code.co_stacksize as i32;
    while let Some((start, d0)) = work.pop() {
        let (mut p, mut d) = (start, d0);
        loop {
            let Some(&(idx, op, arg)) = decoded.get(p) else {
                return Err(format!("{}: runs off the end", code.co_qualname));
            };
            if depth[p] != i32::MIN {
                if depth[p] != d {
                    return Err(format!("{}: inconsistent depth at {idx}", code.co_qualname));
                }
                break;
            }
            depth[p] = d;
            if op.operand() == crate::bytecode::Operand::Jump {
                let td = d + op.stack_effect(arg as i32, true);
                if td < 0 || td > limit {
                    return Err(format!("{}: depth {td} out of range at jump {idx}", code.co_qualname));
                }
                let tp = resolve(arg as usize).ok_or_else(|| format!("{}: bad jump at {idx}", code.co_qualname))?;
                work.push((tp, td));
            }
            let nd = d + op.stack_effect(arg as i32, false);
            if nd < 0 || nd > limit {
                return Err(format!(
                    "{}: depth {nd} out of range at {idx} {}",
                    code.co_qualname,
                    op.name()
                ));
            }
            if is_terminal(op) {
                break;
            }
            d = nd;
            p += 1;
        }
    }
    for c in &code.co_consts {
        if let ConstValue::Code(inner) = c {
            verify_stack(inner)?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// Constant folding (CPython's `Python/ast_opt.c`).

/// Folds operators on literals in place: `-1`, `2**10`, `"a" + "b"`, `not True`,
/// `__debug__`. Int results are kept only while they fit in 128 bits, as CPython
/// limits folded ints; operations that would raise (division by zero, negative
/// shifts) are left for run time.
pub mod fold {
    use super::Result;
    use crate::ast::*;
    use crate::symtable::{recursion_error, MAX_NESTING};

    /// Longest str/bytes a fold may produce (CPython's `MAX_STR_SIZE`).
    const MAX_STR_SIZE: usize = 4096;

    pub fn fold_module(m: &mut Module) -> Result<()> {
        for s in &mut m.body {
            fold_stmt(s, 0)?;
        }
        Ok(())
    }

    /// Python truthiness of a literal.
    pub fn truthy(c: &Constant) -> bool {
        match c {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(i) => *i != 0,
            Constant::BigInt { digits, .. } => digits.chars().any(|d| d != '0'),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Ellipsis => true,
        }
    }

    fn guarded(depth: usize, range: Range, f: impl FnOnce() -> Result<()>) -> Result<()> {
        if depth >= MAX_NESTING {
            return Err(recursion_error(range));
        }
        stacker::maybe_grow(64 * 1024, 1024 * 1024, f)
    }

    fn fold_body(body: &mut [Stmt], depth: usize) -> Result<()> {
        body.iter_mut().try_for_each(|s| fold_stmt(s, depth))
    }

    fn fold_exprs(exprs: &mut [Expr], depth: usize) -> Result<()> {
        exprs.iter_mut().try_for_each(|e| fold_expr(e, depth))
    }

    fn fold_opt(e: &mut Option<Box<Expr>>, depth: usize) -> Result<()> {
        match e {
            Some(e) => fold_expr(e, depth),
            None => Ok(()),
        }
    }

    fn fold_args(a: &mut Arguments, depth: usize) -> Result<()> {
        fold_exprs(&mut a.defaults, depth)?;
        for d in a.kw_defaults.iter_mut().flatten() {
            fold_expr(d, depth)?;
        }
        // Annotations are not folded: under `from __future__ import
        // annotations` their text is the unfolded expression's.
        Ok(())
    }

    fn fold_stmt(s: &mut Stmt, depth: usize) -> Result<()> {
        let range = s.range();
        guarded(depth, range, || {
            let d = depth + 1;
            match s {
                Stmt::FunctionDef(f) => {
                    fold_args(&mut f.args, d)?;
                    fold_exprs(&mut f.decorator_list, d)?;
                    fold_body(&mut f.body, d)
                }
                Stmt::ClassDef(c) => {
                    fold_exprs(&mut c.bases, d)?;
                    for k in &mut c.keywords {
                        fold_expr(&mut k.value, d)?;
                    }
                    fold_exprs(&mut c.decorator_list, d)?;
                    fold_body(&mut c.body, d)
                }
                Stmt::Return(r) => fold_opt(&mut r.value, d),
                Stmt::Delete(x) => fold_exprs(&mut x.targets, d),
                Stmt::Assign(a) => {
                    fold_exprs(&mut a.targets, d)?;
                    fold_expr(&mut a.value, d)
                }
                Stmt::AugAssign(a) => {
                    fold_expr(&mut a.target, d)?;
                    fold_expr(&mut a.value, d)
                }
                Stmt::AnnAssign(a) => {
                    fold_expr(&mut a.target, d)?;
                    fold_opt(&mut a.value, d)
                }
                Stmt::For(f) => {
                    fold_expr(&mut f.target, d)?;
                    fold_expr(&mut f.iter, d)?;
                    fold_body(&mut f.body, d)?;
                    fold_body(&mut f.orelse, d)
                }
                Stmt::While(w) => {
                    fold_expr(&mut w.test, d)?;
                    fold_body(&mut w.body, d)?;
                    fold_body(&mut w.orelse, d)
                }
                Stmt::If(i) => {
                    fold_expr(&mut i.test, d)?;
                    fold_body(&mut i.body, d)?;
                    fold_body(&mut i.orelse, d)
                }
                Stmt::With(w) => {
                    for item in &mut w.items {
                        fold_expr(&mut item.context_expr, d)?;
                        fold_opt(&mut item.optional_vars, d)?;
                    }
                    fold_body(&mut w.body, d)
                }
                Stmt::Raise(r) => {
                    fold_opt(&mut r.exc, d)?;
                    fold_opt(&mut r.cause, d)
                }
                Stmt::Try(t) => {
                    fold_body(&mut t.body, d)?;
                    for h in &mut t.handlers {
                        fold_opt(&mut h.type_, d)?;
                        fold_body(&mut h.body, d)?;
                    }
                    fold_body(&mut t.orelse, d)?;
                    fold_body(&mut t.finalbody, d)
                }
                Stmt::Assert(a) => {
                    fold_expr(&mut a.test, d)?;
                    fold_opt(&mut a.msg, d)
                }
                Stmt::Expr(e) => fold_expr(&mut e.value, d),
                Stmt::Match(m) => {
                    fold_expr(&mut m.subject, d)?;
                    for case in &mut m.cases {
                        fold_pattern(&mut case.pattern, d)?;
                        fold_opt(&mut case.guard, d)?;
                        fold_body(&mut case.body, d)?;
                    }
                    Ok(())
                }
                Stmt::Import(_)
                | Stmt::ImportFrom(_)
                | Stmt::Global(_)
                | Stmt::Nonlocal(_)
                | Stmt::Pass(_)
                | Stmt::Break(_)
                | Stmt::Continue(_) => Ok(()),
            }
        })
    }

    /// Fold the expressions of a pattern (`-1` and `1+2j` become constants).
    fn fold_pattern(p: &mut Pattern, depth: usize) -> Result<()> {
        let range = p.range();
        guarded(depth, range, || {
            let d = depth + 1;
            match p {
                Pattern::MatchValue { value, .. } => fold_expr(value, d),
                Pattern::MatchSingleton { .. } | Pattern::MatchStar { .. } => Ok(()),
                Pattern::MatchSequence { patterns, .. } | Pattern::MatchOr { patterns, .. } => {
                    patterns.iter_mut().try_for_each(|p| fold_pattern(p, d))
                }
                Pattern::MatchMapping { keys, patterns, .. } => {
                    fold_exprs(keys, d)?;
                    patterns.iter_mut().try_for_each(|p| fold_pattern(p, d))
                }
                Pattern::MatchClass {
                    cls,
                    patterns,
                    kwd_patterns,
                    ..
                } => {
                    fold_expr(cls, d)?;
                    patterns.iter_mut().try_for_each(|p| fold_pattern(p, d))?;
                    kwd_patterns.iter_mut().try_for_each(|p| fold_pattern(p, d))
                }
                Pattern::MatchAs { pattern, .. } => match pattern {
                    Some(p) => fold_pattern(p, d),
                    None => Ok(()),
                },
            }
        })
    }

    /// Fold an expression tree in place.
    pub fn fold_expr(e: &mut Expr, depth: usize) -> Result<()> {
        let range = e.range();
        guarded(depth, range, || {
            let d = depth + 1;
            match e {
                Expr::BoolOp(b) => fold_exprs(&mut b.values, d)?,
                Expr::NamedExpr(n) => fold_expr(&mut n.value, d)?,
                Expr::BinOp(b) => {
                    fold_expr(&mut b.left, d)?;
                    fold_expr(&mut b.right, d)?;
                }
                Expr::UnaryOp(u) => fold_expr(&mut u.operand, d)?,
                Expr::Lambda(l) => {
                    fold_args(&mut l.args, d)?;
                    fold_expr(&mut l.body, d)?;
                }
                Expr::IfExp(i) => {
                    fold_expr(&mut i.test, d)?;
                    fold_expr(&mut i.body, d)?;
                    fold_expr(&mut i.orelse, d)?;
                }
                Expr::Dict(x) => {
                    for k in x.keys.iter_mut().flatten() {
                        fold_expr(k, d)?;
                    }
                    fold_exprs(&mut x.values, d)?;
                }
                Expr::Set(s) => fold_exprs(&mut s.elts, d)?,
                Expr::ListComp(c) => {
                    fold_expr(&mut c.elt, d)?;
                    fold_generators(&mut c.generators, d)?;
                }
                Expr::SetComp(c) => {
                    fold_expr(&mut c.elt, d)?;
                    fold_generators(&mut c.generators, d)?;
                }
                Expr::DictComp(c) => {
                    fold_expr(&mut c.key, d)?;
                    fold_expr(&mut c.value, d)?;
                    fold_generators(&mut c.generators, d)?;
                }
                Expr::GeneratorExp(c) => {
                    fold_expr(&mut c.elt, d)?;
                    fold_generators(&mut c.generators, d)?;
                }
                Expr::Await(a) => fold_expr(&mut a.value, d)?,
                Expr::Yield(y) => fold_opt(&mut y.value, d)?,
                Expr::YieldFrom(y) => fold_expr(&mut y.value, d)?,
                Expr::Compare(c) => {
                    fold_expr(&mut c.left, d)?;
                    fold_exprs(&mut c.comparators, d)?;
                }
                Expr::Call(c) => {
                    fold_expr(&mut c.func, d)?;
                    fold_exprs(&mut c.args, d)?;
                    for k in &mut c.keywords {
                        fold_expr(&mut k.value, d)?;
                    }
                }
                Expr::FormattedValue(f) => {
                    fold_expr(&mut f.value, d)?;
                    fold_opt(&mut f.format_spec, d)?;
                }
                Expr::JoinedStr(j) => fold_exprs(&mut j.values, d)?,
                Expr::Constant(_) => {}
                Expr::Attribute(a) => fold_expr(&mut a.value, d)?,
                Expr::Subscript(s) => {
                    fold_expr(&mut s.value, d)?;
                    fold_expr(&mut s.slice, d)?;
                }
                Expr::Starred(s) => fold_expr(&mut s.value, d)?,
                Expr::Name(_) => {}
                Expr::List(l) => fold_exprs(&mut l.elts, d)?,
                Expr::Tuple(t) => fold_exprs(&mut t.elts, d)?,
                Expr::Slice(s) => {
                    fold_opt(&mut s.lower, d)?;
                    fold_opt(&mut s.upper, d)?;
                    fold_opt(&mut s.step, d)?;
                }
            }
            Ok(())
        })?;
        let folded = match e {
            Expr::UnaryOp(u) => match &*u.operand {
                Expr::Constant(c) => fold_unary(u.op, &c.value),
                _ => None,
            },
            Expr::BinOp(b) => match (&*b.left, &*b.right) {
                (Expr::Constant(l), Expr::Constant(r)) => fold_binary(b.op, &l.value, &r.value),
                _ => None,
            },
            Expr::Name(n) if n.id == "__debug__" && n.ctx == ExprContext::Load => {
                Some(Constant::Bool(crate::optimize::asserts()))
            }
            _ => None,
        };
        if let Some(value) = folded {
            *e = Expr::Constant(ExprConstant { value, range });
        }
        Ok(())
    }

    fn fold_generators(gens: &mut [Comprehension], depth: usize) -> Result<()> {
        for g in gens {
            fold_expr(&mut g.target, depth)?;
            fold_expr(&mut g.iter, depth)?;
            fold_exprs(&mut g.ifs, depth)?;
        }
        Ok(())
    }

    /// An int literal (not a bool) as an `i128`, if it fits.
    fn int_of(c: &Constant) -> Option<i128> {
        match c {
            Constant::Int(i) => Some(i128::from(*i)),
            Constant::BigInt { digits, radix } => {
                let mut v: i128 = 0;
                for ch in digits.chars() {
                    let d = ch.to_digit(*radix)?;
                    v = v.checked_mul(i128::from(*radix))?.checked_add(i128::from(d))?;
                }
                Some(v)
            }
            _ => None,
        }
    }

    /// An `i128` result as a literal: an `Int` when it fits in 64 bits, else a
    /// positive `BigInt` (the AST has no negative big literal, so those stay unfolded).
    fn int_constant(v: i128) -> Option<Constant> {
        if let Ok(i) = i64::try_from(v) {
            return Some(Constant::Int(i));
        }
        (v > 0).then(|| Constant::BigInt {
            digits: v.to_string(),
            radix: 10,
        })
    }

    /// Exactly representable ints convert to float as Python converts them.
    fn float_of(c: &Constant) -> Option<f64> {
        const EXACT: i128 = 1 << 53;
        match c {
            Constant::Float(f) => Some(*f),
            _ => int_of(c).filter(|i| (-EXACT..=EXACT).contains(i)).map(|i| i as f64),
        }
    }

    fn complex_of(c: &Constant) -> Option<(f64, f64)> {
        match c {
            Constant::Complex { real, imag } => Some((*real, *imag)),
            _ => Some((float_of(c)?, 0.0)),
        }
    }

    fn fold_unary(op: UnaryOp, c: &Constant) -> Option<Constant> {
        if op == UnaryOp::Not {
            return Some(Constant::Bool(!truthy(c)));
        }
        let as_int = match c {
            Constant::Bool(b) => Some(i128::from(*b)),
            other => int_of(other),
        };
        if let Some(i) = as_int {
            return match op {
                UnaryOp::USub => int_constant(-i),
                UnaryOp::UAdd => int_constant(i),
                UnaryOp::Invert => int_constant(!i),
                UnaryOp::Not => None,
            };
        }
        match (op, c) {
            (UnaryOp::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
            (UnaryOp::UAdd, Constant::Float(f)) => Some(Constant::Float(*f)),
            (UnaryOp::USub, Constant::Complex { real, imag }) => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            (UnaryOp::UAdd, Constant::Complex { .. }) => Some(c.clone()),
            _ => None,
        }
    }

    fn floor_div(a: i128, b: i128) -> Option<i128> {
        let q = a.checked_div(b)?;
        Some(if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q })
    }

    fn int_binary(op: Operator, a: i128, b: i128) -> Option<i128> {
        match op {
            Operator::Add => a.checked_add(b),
            Operator::Sub => a.checked_sub(b),
            Operator::Mult => a.checked_mul(b),
            Operator::FloorDiv if b != 0 => floor_div(a, b),
            Operator::Mod if b != 0 => {
                let r = a.checked_rem(b)?;
                Some(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
            }
            Operator::Pow if (0..=128).contains(&b) => a.checked_pow(b as u32),
            Operator::LShift if b >= 0 => {
                if a == 0 {
                    Some(0)
                } else if b >= 127 {
                    None
                } else {
                    let r = a.checked_shl(b as u32)?;
                    (r >> b == a).then_some(r)
                }
            }
            Operator::RShift if b >= 0 => Some(if b >= 127 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }),
            Operator::BitAnd => Some(a & b),
            Operator::BitOr => Some(a | b),
            Operator::BitXor => Some(a ^ b),
            _ => None,
        }
    }

    fn fold_binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
        if let (Some(a), Some(b)) = (int_of(l), int_of(r)) {
            if op == Operator::Div {
                if b == 0 {
                    return None;
                }
                let (x, y) = (float_of(l)?, float_of(r)?);
                return Some(Constant::Float(x / y));
            }
            return int_constant(int_binary(op, a, b)?);
        }
        match (l, r) {
            (Constant::Str(a), Constant::Str(b)) if op == Operator::Add => {
                (a.len() + b.len() <= MAX_STR_SIZE).then(|| Constant::Str(format!("{a}{b}")))
            }
            (Constant::Bytes(a), Constant::Bytes(b)) if op == Operator::Add => {
                (a.len() + b.len() <= MAX_STR_SIZE).then(|| Constant::Bytes([a.as_slice(), b].concat()))
            }
            (Constant::Str(s), n @ (Constant::Int(_) | Constant::BigInt { .. }))
            | (n @ (Constant::Int(_) | Constant::BigInt { .. }), Constant::Str(s))
                if op == Operator::Mult =>
            {
                let n = int_of(n)?.max(0);
                let len = (s.len() as i128).checked_mul(n)?;
                (len <= MAX_STR_SIZE as i128).then(|| Constant::Str(s.repeat(n as usize)))
            }
            (Constant::Bytes(s), n @ (Constant::Int(_) | Constant::BigInt { .. }))
            | (n @ (Constant::Int(_) | Constant::BigInt { .. }), Constant::Bytes(s))
                if op == Operator::Mult =>
            {
                let n = int_of(n)?.max(0);
                let len = (s.len() as i128).checked_mul(n)?;
                (len <= MAX_STR_SIZE as i128).then(|| Constant::Bytes(s.repeat(n as usize)))
            }
            (Constant::Float(_), Constant::Float(_) | Constant::Int(_) | Constant::BigInt { .. })
            | (Constant::Int(_) | Constant::BigInt { .. }, Constant::Float(_)) => {
                let (a, b) = (float_of(l)?, float_of(r)?);
                match op {
                    Operator::Add => Some(Constant::Float(a + b)),
                    Operator::Sub => Some(Constant::Float(a - b)),
                    Operator::Mult => Some(Constant::Float(a * b)),
                    Operator::Div if b != 0.0 => Some(Constant::Float(a / b)),
                    _ => None,
                }
            }
            // `1+2j`: the real operand becomes `(x, 0.0)` first, as at run time.
            (Constant::Complex { .. }, _) | (_, Constant::Complex { .. }) => {
                let (a, b) = (complex_of(l)?, complex_of(r)?);
                let (real, imag) = match op {
                    Operator::Add => (a.0 + b.0, a.1 + b.1),
                    Operator::Sub => (a.0 - b.0, a.1 - b.1),
                    Operator::Mult => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
                    _ => return None,
                };
                Some(Constant::Complex { real, imag })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ins(op: Opcode, arg: u32, target: Option<Label>) -> Instr {
        Instr {
            op,
            arg,
            target,
            line: Loc::line_only(1),
        }
    }

    #[test]
    fn extended_arg_is_emitted_and_jumps_account_for_it() {
        // JUMP over a LOAD_CONST whose argument needs EXTENDED_ARG.
        let instrs = vec![
            ins(Opcode::JUMP, 0, Some(Label(0))),
            ins(Opcode::LOAD_CONST, (1 << 24) + 5, None),
            ins(Opcode::POP_TOP, 0, None),
            ins(Opcode::RETURN_CONST, 0, None),
        ];
        let labels = vec![3];
        let (code, lines) = assemble(&instrs, &labels);
        assert_eq!(code.len(), 5);
        assert_eq!(code[0].arg(), 4, "the target moved past the EXTENDED_ARG prefix");
        assert_eq!(code[1].op_byte(), Opcode::EXTENDED_ARG as u8);
        assert_eq!(code[1].arg(), 1);
        assert_eq!(code[2].op_byte(), Opcode::LOAD_CONST as u8);
        assert_eq!(code[2].arg(), 5);
        assert_eq!(lines[4].line, 1);
    }

    #[test]
    fn stack_depth_follows_branches_and_handlers() {
        // SETUP_FINALLY's handler starts one deeper (the exception).
        let instrs = vec![
            ins(Opcode::LOAD_CONST, 0, None),
            ins(Opcode::SETUP_FINALLY, 0, Some(Label(0))),
            ins(Opcode::POP_BLOCK, 0, None),
            ins(Opcode::RETURN_VALUE, 0, None),
            ins(Opcode::POP_TOP, 0, None),
            ins(Opcode::RETURN_VALUE, 0, None),
        ];
        assert_eq!(stack_depth(&instrs, &[4], "t").unwrap(), 2);
        // Popping an empty stack is reported.
        let bad = vec![ins(Opcode::POP_TOP, 0, None), ins(Opcode::RETURN_CONST, 0, None)];
        assert!(stack_depth(&bad, &[], "t").is_err());
        // So is falling off the end.
        let bad = vec![ins(Opcode::NOP, 0, None)];
        assert!(stack_depth(&bad, &[], "t").is_err());
        // And joining with different depths.
        let bad = vec![
            ins(Opcode::LOAD_CONST, 0, None),
            ins(Opcode::POP_JUMP_IF_FALSE, 0, Some(Label(0))),
            ins(Opcode::LOAD_CONST, 0, None),
            ins(Opcode::RETURN_CONST, 0, None),
        ];
        assert!(stack_depth(&bad, &[2], "t").is_ok());
        let bad = vec![
            ins(Opcode::LOAD_CONST, 0, None),
            ins(Opcode::LOAD_CONST, 0, None),
            ins(Opcode::POP_JUMP_IF_FALSE, 0, Some(Label(0))),
            ins(Opcode::LOAD_CONST, 0, None),
            ins(Opcode::RETURN_VALUE, 0, None),
        ];
        assert!(stack_depth(&bad, &[4], "t").is_err());
    }

    fn folded(op: Operator, l: Constant, r: Constant) -> Option<Constant> {
        let mut e = Expr::BinOp(ExprBinOp {
            left: Box::new(Expr::Constant(ExprConstant {
                value: l,
                range: Range::default(),
            })),
            op,
            right: Box::new(Expr::Constant(ExprConstant {
                value: r,
                range: Range::default(),
            })),
            range: Range::default(),
        });
        fold::fold_expr(&mut e, 0).unwrap();
        match e {
            Expr::Constant(c) => Some(c.value),
            _ => None,
        }
    }

    #[test]
    fn folding_follows_python_semantics() {
        use Constant::*;
        assert_eq!(folded(Operator::FloorDiv, Int(-7), Int(2)), Some(Int(-4)));
        assert_eq!(folded(Operator::Mod, Int(-7), Int(2)), Some(Int(1)));
        assert_eq!(folded(Operator::Mod, Int(7), Int(-2)), Some(Int(-1)));
        assert_eq!(
            folded(Operator::Pow, Int(2), Int(64)),
            Some(BigInt {
                digits: "18446744073709551616".into(),
                radix: 10
            })
        );
        assert_eq!(folded(Operator::Pow, Int(2), Int(-1)), Option::None);
        assert_eq!(folded(Operator::Pow, Int(10), Int(40)), Option::None, "beyond 128 bits");
        assert_eq!(folded(Operator::RShift, Int(-5), Int(200)), Some(Int(-1)));
        assert_eq!(folded(Operator::LShift, Int(1), Int(-1)), Option::None);
        assert_eq!(folded(Operator::Div, Int(1), Int(0)), Option::None);
        assert_eq!(folded(Operator::Div, Int(1), Int(4)), Some(Float(0.25)));
        assert_eq!(
            folded(
                Operator::Sub,
                Int(0),
                BigInt {
                    digits: "9223372036854775808".into(),
                    radix: 10
                }
            ),
            Some(Int(i64::MIN))
        );
        assert_eq!(
            folded(
                Operator::Sub,
                Int(-1),
                BigInt {
                    digits: "9223372036854775808".into(),
                    radix: 10
                }
            ),
            Option::None
        );
        assert_eq!(
            folded(Operator::Add, Bool(true), Int(1)),
            Option::None,
            "bools are left alone"
        );
        assert_eq!(
            folded(Operator::Mult, Str("ab".into()), Int(3)),
            Some(Str("ababab".into()))
        );
        assert_eq!(folded(Operator::Mult, Str("ab".into()), Int(5000)), Option::None);
        assert_eq!(folded(Operator::Add, Float(0.5), Int(1)), Some(Float(1.5)));
        assert_eq!(
            folded(
                Operator::BitAnd,
                BigInt {
                    digits: "ff".into(),
                    radix: 16
                },
                Int(15)
            ),
            Some(Int(15))
        );
    }
}
