//! The abstract syntax tree produced by [`crate::parse_module`].
//!
//! Nodes mirror CPython's `ast` module (<https://docs.python.org/3.11/library/ast.html>)
//! and are named Group+Variant in the style of ruff (`StmtIf`, `ExprCall`), so a
//! learner can put `ast.dump(ast.parse(src))` beside a Kaa AST and match them up.
//! Every node carries its [`Range`] in byte offsets of the source; [`crate::LineIndex`]
//! turns an offset into a line and column.

/// A half-open byte range `start..end` in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Range {
    pub start: u32,
    pub end: u32,
}

impl Range {
    pub fn new(start: usize, end: usize) -> Self {
        Range {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest range covering both.
    pub fn cover(self, other: Range) -> Range {
        Range {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A whole module: `ast.Module`.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// An identifier with its location (`ast.arg`'s name, `ast.alias`'s names, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub range: Range,
}

/// A statement: `ast.stmt`.
#[derive(Debug, Clone, PartialEq)]
pub enum Stmt {
    FunctionDef(StmtFunctionDef),
    ClassDef(StmtClassDef),
    Return(StmtReturn),
    Delete(StmtDelete),
    Assign(StmtAssign),
    AugAssign(StmtAugAssign),
    AnnAssign(StmtAnnAssign),
    For(StmtFor),
    While(StmtWhile),
    If(StmtIf),
    With(StmtWith),
    Raise(StmtRaise),
    Try(StmtTry),
    Assert(StmtAssert),
    Import(StmtImport),
    ImportFrom(StmtImportFrom),
    Global(StmtGlobal),
    Nonlocal(StmtNonlocal),
    Expr(StmtExpr),
    Match(StmtMatch),
    Pass(Range),
    Break(Range),
    Continue(Range),
}

impl Stmt {
    pub fn range(&self) -> Range {
        match self {
            Stmt::FunctionDef(s) => s.range,
            Stmt::ClassDef(s) => s.range,
            Stmt::Return(s) => s.range,
            Stmt::Delete(s) => s.range,
            Stmt::Assign(s) => s.range,
            Stmt::AugAssign(s) => s.range,
            Stmt::AnnAssign(s) => s.range,
            Stmt::For(s) => s.range,
            Stmt::While(s) => s.range,
            Stmt::If(s) => s.range,
            Stmt::With(s) => s.range,
            Stmt::Raise(s) => s.range,
            Stmt::Try(s) => s.range,
            Stmt::Assert(s) => s.range,
            Stmt::Import(s) => s.range,
            Stmt::ImportFrom(s) => s.range,
            Stmt::Global(s) => s.range,
            Stmt::Nonlocal(s) => s.range,
            Stmt::Expr(s) => s.range,
            Stmt::Match(s) => s.range,
            Stmt::Pass(r) | Stmt::Break(r) | Stmt::Continue(r) => *r,
        }
    }
}

/// `def name(args) -> returns: body`, with decorators: `ast.FunctionDef`.
/// `is_async` is parsed so a clear error can be given; Kaa does not run coroutines yet.
#[derive(Debug, Clone, PartialEq)]
pub struct StmtFunctionDef {
    pub name: Ident,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
    pub is_async: bool,
    pub range: Range,
}

/// `class name(bases, keywords): body`: `ast.ClassDef`.
#[derive(Debug, Clone, PartialEq)]
pub struct StmtClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtReturn {
    pub value: Option<Box<Expr>>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtDelete {
    pub targets: Vec<Expr>,
    pub range: Range,
}

/// `t1 = t2 = value`: `ast.Assign` (targets in source order).
#[derive(Debug, Clone, PartialEq)]
pub struct StmtAssign {
    pub targets: Vec<Expr>,
    pub value: Box<Expr>,
    pub range: Range,
}

/// `target op= value`: `ast.AugAssign`.
#[derive(Debug, Clone, PartialEq)]
pub struct StmtAugAssign {
    pub target: Box<Expr>,
    pub op: Operator,
    pub value: Box<Expr>,
    pub range: Range,
}

/// `target: annotation = value`: `ast.AnnAssign`. `simple` is true for a bare name target.
#[derive(Debug, Clone, PartialEq)]
pub struct StmtAnnAssign {
    pub target: Box<Expr>,
    pub annotation: Box<Expr>,
    pub value: Option<Box<Expr>>,
    pub simple: bool,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtFor {
    pub target: Box<Expr>,
    pub iter: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub is_async: bool,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtWhile {
    pub test: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub range: Range,
}

/// `if`/`elif`/`else`: as in CPython, `elif` is an `If` alone in `orelse`.
#[derive(Debug, Clone, PartialEq)]
pub struct StmtIf {
    pub test: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtWith {
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
    pub is_async: bool,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtRaise {
    pub exc: Option<Box<Expr>>,
    pub cause: Option<Box<Expr>>,
    pub range: Range,
}

/// `except type as name: body`: `ast.ExceptHandler`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Box<Expr>>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtTry {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
    /// `except*` handlers (`ast.TryStar`, PEP 654).
    pub is_star: bool,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtAssert {
    pub test: Box<Expr>,
    pub msg: Option<Box<Expr>>,
    pub range: Range,
}

/// `import a.b.c as d`: `ast.alias`. For `from m import *` the name is `*`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtImport {
    pub names: Vec<Alias>,
    pub range: Range,
}

/// `from ..module import names`: `level` counts the leading dots.
#[derive(Debug, Clone, PartialEq)]
pub struct StmtImportFrom {
    pub module: Option<Ident>,
    pub names: Vec<Alias>,
    pub level: u32,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtGlobal {
    pub names: Vec<Ident>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StmtNonlocal {
    pub names: Vec<Ident>,
    pub range: Range,
}

/// An expression statement: `ast.Expr`.
#[derive(Debug, Clone, PartialEq)]
pub struct StmtExpr {
    pub value: Box<Expr>,
    pub range: Range,
}

/// `match subject: cases`: `ast.Match` (PEP 634).
#[derive(Debug, Clone, PartialEq)]
pub struct StmtMatch {
    pub subject: Box<Expr>,
    pub cases: Vec<MatchCase>,
    pub range: Range,
}

/// `case pattern if guard: body`: `ast.match_case` (it has no position in CPython;
/// `range` covers `case` to the end of the body).
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
    pub range: Range,
}

/// A pattern: `ast.pattern`.
#[derive(Debug, Clone, PartialEq)]
pub enum Pattern {
    /// A literal or dotted name compared with `==`: `ast.MatchValue`.
    MatchValue { value: Box<Expr>, range: Range },
    /// `None`, `True` or `False`, compared with `is`: `ast.MatchSingleton`.
    MatchSingleton { value: Constant, range: Range },
    /// `[p, *rest]` or `(p, q)`: `ast.MatchSequence`.
    MatchSequence { patterns: Vec<Pattern>, range: Range },
    /// `{key: p, **rest}`: `ast.MatchMapping`.
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
        range: Range,
    },
    /// `cls(p, attr=q)`: `ast.MatchClass`.
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
        range: Range,
    },
    /// `*name` or `*_` in a sequence pattern: `ast.MatchStar`.
    MatchStar { name: Option<Ident>, range: Range },
    /// `p as name`, a capture `name` (no pattern) or the wildcard `_` (neither): `ast.MatchAs`.
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
        range: Range,
    },
    /// `p | q`: `ast.MatchOr`.
    MatchOr { patterns: Vec<Pattern>, range: Range },
}

impl Pattern {
    pub fn range(&self) -> Range {
        match self {
            Pattern::MatchValue { range, .. }
            | Pattern::MatchSingleton { range, .. }
            | Pattern::MatchSequence { range, .. }
            | Pattern::MatchMapping { range, .. }
            | Pattern::MatchClass { range, .. }
            | Pattern::MatchStar { range, .. }
            | Pattern::MatchAs { range, .. }
            | Pattern::MatchOr { range, .. } => *range,
        }
    }
}

/// An expression: `ast.expr`.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    BoolOp(ExprBoolOp),
    NamedExpr(ExprNamedExpr),
    BinOp(ExprBinOp),
    UnaryOp(ExprUnaryOp),
    Lambda(ExprLambda),
    IfExp(ExprIfExp),
    Dict(ExprDict),
    Set(ExprSet),
    ListComp(ExprListComp),
    SetComp(ExprSetComp),
    DictComp(ExprDictComp),
    GeneratorExp(ExprGeneratorExp),
    Await(ExprAwait),
    Yield(ExprYield),
    YieldFrom(ExprYieldFrom),
    Compare(ExprCompare),
    Call(ExprCall),
    FormattedValue(ExprFormattedValue),
    JoinedStr(ExprJoinedStr),
    Constant(ExprConstant),
    Attribute(ExprAttribute),
    Subscript(ExprSubscript),
    Starred(ExprStarred),
    Name(ExprName),
    List(ExprList),
    Tuple(ExprTuple),
    Slice(ExprSlice),
}

impl Expr {
    pub fn range(&self) -> Range {
        match self {
            Expr::BoolOp(e) => e.range,
            Expr::NamedExpr(e) => e.range,
            Expr::BinOp(e) => e.range,
            Expr::UnaryOp(e) => e.range,
            Expr::Lambda(e) => e.range,
            Expr::IfExp(e) => e.range,
            Expr::Dict(e) => e.range,
            Expr::Set(e) => e.range,
            Expr::ListComp(e) => e.range,
            Expr::SetComp(e) => e.range,
            Expr::DictComp(e) => e.range,
            Expr::GeneratorExp(e) => e.range,
            Expr::Await(e) => e.range,
            Expr::Yield(e) => e.range,
            Expr::YieldFrom(e) => e.range,
            Expr::Compare(e) => e.range,
            Expr::Call(e) => e.range,
            Expr::FormattedValue(e) => e.range,
            Expr::JoinedStr(e) => e.range,
            Expr::Constant(e) => e.range,
            Expr::Attribute(e) => e.range,
            Expr::Subscript(e) => e.range,
            Expr::Starred(e) => e.range,
            Expr::Name(e) => e.range,
            Expr::List(e) => e.range,
            Expr::Tuple(e) => e.range,
            Expr::Slice(e) => e.range,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// `a and b and c`: one node with all operands, as CPython.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprBoolOp {
    pub op: BoolOp,
    pub values: Vec<Expr>,
    pub range: Range,
}

/// `target := value`; the target is always a `Name`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprNamedExpr {
    pub target: Box<Expr>,
    pub value: Box<Expr>,
    pub range: Range,
}

/// Binary operators: `ast.operator`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprBinOp {
    pub left: Box<Expr>,
    pub op: Operator,
    pub right: Box<Expr>,
    pub range: Range,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprUnaryOp {
    pub op: UnaryOp,
    pub operand: Box<Expr>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprLambda {
    pub args: Box<Arguments>,
    pub body: Box<Expr>,
    pub range: Range,
}

/// `body if test else orelse`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprIfExp {
    pub test: Box<Expr>,
    pub body: Box<Expr>,
    pub orelse: Box<Expr>,
    pub range: Range,
}

/// `{k: v, **m}`: a `None` key marks a `**m` unpacking whose mapping is the value.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprDict {
    pub keys: Vec<Option<Expr>>,
    pub values: Vec<Expr>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprSet {
    pub elts: Vec<Expr>,
    pub range: Range,
}

/// One `for target in iter if cond...` clause: `ast.comprehension`.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprListComp {
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprSetComp {
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprDictComp {
    pub key: Box<Expr>,
    pub value: Box<Expr>,
    pub generators: Vec<Comprehension>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprGeneratorExp {
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprAwait {
    pub value: Box<Expr>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprYield {
    pub value: Option<Box<Expr>>,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprYieldFrom {
    pub value: Box<Expr>,
    pub range: Range,
}

/// Comparison operators: `ast.cmpop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `left op1 c1 op2 c2 ...` (a chained comparison is one node).
#[derive(Debug, Clone, PartialEq)]
pub struct ExprCompare {
    pub left: Box<Expr>,
    pub ops: Vec<CmpOp>,
    pub comparators: Vec<Expr>,
    pub range: Range,
}

/// `name=value`, or `**value` when `arg` is `None`: `ast.keyword`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
    pub range: Range,
}

/// `func(args, keywords)`; `*x` among `args` is an `Expr::Starred`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprCall {
    pub func: Box<Expr>,
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub range: Range,
}

/// The conversion of an f-string field: `!s`, `!r`, `!a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    Str,
    Repr,
    Ascii,
}

/// One `{value!conversion:format_spec}` field of an f-string. `format_spec` is itself a
/// `JoinedStr` (it may contain nested fields).
#[derive(Debug, Clone, PartialEq)]
pub struct ExprFormattedValue {
    pub value: Box<Expr>,
    pub conversion: Option<Conversion>,
    pub format_spec: Option<Box<Expr>>,
    pub range: Range,
}

/// An f-string: constant `str` parts and `FormattedValue`s, in order. Adjacent literals
/// (`"a" f"{x}" "b"`) are merged into one `JoinedStr` by the parser, as CPython does.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprJoinedStr {
    pub values: Vec<Expr>,
    pub range: Range,
}

/// A literal value.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// An int literal that fits in an `i64`.
    Int(i64),
    /// A larger int literal: its digits (no prefix, no sign, no underscores) in `radix`
    /// (2, 8, 10 or 16). The VM turns it into an arbitrary-precision int.
    BigInt {
        digits: String,
        radix: u32,
    },
    Float(f64),
    /// An imaginary literal (`2j`: real part `0.0`), or a folded complex constant.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprConstant {
    pub value: Constant,
    pub range: Range,
}

/// Where an expression stands: read, assigned or deleted (`ast.expr_context`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprAttribute {
    pub value: Box<Expr>,
    pub attr: Ident,
    pub ctx: ExprContext,
    pub range: Range,
}

/// `value[slice]`; `a[1:2, 3]` has a `Tuple` slice holding a `Slice`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprSubscript {
    pub value: Box<Expr>,
    pub slice: Box<Expr>,
    pub ctx: ExprContext,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprStarred {
    pub value: Box<Expr>,
    pub ctx: ExprContext,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprName {
    pub id: String,
    pub ctx: ExprContext,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprList {
    pub elts: Vec<Expr>,
    pub ctx: ExprContext,
    pub range: Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprTuple {
    pub elts: Vec<Expr>,
    pub ctx: ExprContext,
    pub range: Range,
}

/// `lower:upper:step` inside a subscript.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprSlice {
    pub lower: Option<Box<Expr>>,
    pub upper: Option<Box<Expr>>,
    pub step: Option<Box<Expr>>,
    pub range: Range,
}

/// One parameter: `ast.arg`.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub arg: Ident,
    pub annotation: Option<Box<Expr>>,
    pub range: Range,
}

/// A parameter list: `ast.arguments`. `defaults` belong to the last
/// `posonlyargs + args`; `kw_defaults[i]` to `kwonlyargs[i]`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}
