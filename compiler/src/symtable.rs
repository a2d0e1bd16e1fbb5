//! Scope analysis: which names are local, global, free or cells, in every scope.
//!
//! This follows CPython's `Python/symtable.c` closely, so `symtable.symtable(src, f,
//! "exec")` in CPython is the reference for every answer it gives:
//!
//! * Pass 1 ([`Builder`]) walks the AST and records, per scope, a set of *flags* for
//!   each name: assigned (`DEF_LOCAL`), a parameter, imported, declared `global` or
//!   `nonlocal`, read (`USE`), annotated. Modules, classes, functions, lambdas and
//!   comprehensions are scopes; a comprehension's outermost iterable is visited in the
//!   enclosing scope and the comprehension receives it as the implicit parameter `.0`.
//! * Pass 2 ([`analyze`]) walks the scope tree top-down with the sets of names bound
//!   and declared global in enclosing *function* scopes (class scopes bind nothing for
//!   nested functions), and bottom-up collects the names nested scopes need, turning a
//!   local into a *cell* when a nested scope reads it and propagating *free* names
//!   through intermediate scopes.
//!
//! Two special cases worth knowing:
//! * a use of `super` (or of `__class__`) in a method makes the method's `__class__`
//!   free; the class scope then gets an implicit cell `__class__`
//!   ([`Scope::needs_class_closure`]) that `type.__new__` fills with the new class.
//! * `x := v` inside a comprehension binds `x` in the nearest enclosing function (or
//!   module) scope: the comprehension declares it `nonlocal` (or `global`).
//!
//! Names are *mangled* (`__x` → `_C__x` inside `class C`) before they are recorded;
//! [`mangle`] is shared with the code generator.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::ast::*;
use crate::RawSyntaxError;

/// Index of a scope in [`SymbolTable::scopes`]; the module (or `eval` expression) is 0.
pub type ScopeId = usize;

/// What kind of code block a scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(ComprehensionKind),
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: CPython's `FunctionBlock`, whose locals
    /// are fast locals.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    /// The code object's name (`<listcomp>`).
    pub fn code_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        }
    }
    fn description(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// Per-name flags recorded by pass 1 (CPython's `DEF_*` bits).
pub mod flags {
    /// Declared `global`.
    pub const DEF_GLOBAL: u32 = 1;
    /// Assigned (or deleted) in this scope.
    pub const DEF_LOCAL: u32 = 1 << 1;
    /// A parameter.
    pub const DEF_PARAM: u32 = 1 << 2;
    /// Declared `nonlocal`.
    pub const DEF_NONLOCAL: u32 = 1 << 3;
    /// Read in this scope.
    pub const USE: u32 = 1 << 4;
    /// A class-scope name that a nested function also uses as a free variable: the
    /// class passes the outer binding through to the method while its own statements
    /// use the class namespace.
    pub const DEF_FREE_CLASS: u32 = 1 << 5;
    /// Bound by an `import`.
    pub const DEF_IMPORT: u32 = 1 << 6;
    /// Annotated (`x: int`).
    pub const DEF_ANNOT: u32 = 1 << 7;
    /// An iteration variable of a comprehension.
    pub const DEF_COMP_ITER: u32 = 1 << 8;
    /// Any binding.
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

/// Where a name lives, decided by pass 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolScope {
    /// Bound in this scope (a fast local in functions, a namespace entry elsewhere).
    Local,
    /// Declared `global` here.
    GlobalExplicit,
    /// Not bound here nor in an enclosing function: a global or builtin.
    GlobalImplicit,
    /// Bound in an enclosing function scope: read through a cell.
    Free,
    /// Bound here and used by a nested scope: stored in a cell.
    Cell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymbolScope,
}

/// One scope: its symbols in first-seen order, and what the code generator needs.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The function or class name (`lambda`, `listcomp`, ... for anonymous scopes).
    pub name: String,
    pub range: Range,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Parameters in order: positional-only, positional, keyword-only, `*args`,
    /// `**kwargs` (mangled).
    pub params: Vec<String>,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// An `async def`, or a comprehension with `async for` or `await` (CPython's
    /// `ste_coroutine`): its code is a coroutine, or an async generator.
    pub is_coroutine: bool,
    /// Nested inside a function-like scope (CPython's `CO_NESTED`).
    pub nested: bool,
    /// A class whose methods use `__class__` or `super`: it gets a `__class__` cell.
    pub needs_class_closure: bool,
    /// The innermost enclosing class name, for mangling (`None` outside classes).
    pub private: Option<String>,
    names: Vec<String>,
    symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Where each `global`/`nonlocal` declaration was made (for error locations).
    directives: HashMap<String, Range>,
    // Pass-1 state.
    comp_iter_target: bool,
    comp_iter_expr: u32,
    // Pass-2 state.
    has_free: bool,
    child_free: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, range: Range, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            range,
            parent,
            children: Vec::new(),
            params: Vec::new(),
            has_varargs: false,
            has_varkeywords: false,
            is_generator: false,
            is_coroutine: false,
            nested: false,
            needs_class_closure: false,
            private: None,
            names: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
            has_free: false,
            child_free: false,
        }
    }

    /// The symbol for an (already mangled) name.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// Where an (already mangled) name lives; `None` for names the scope never mentions.
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.lookup(name).map(|s| s.scope)
    }

    fn flags_of(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// All names with their symbols, in first-seen order.
    pub fn symbols(&self) -> impl Iterator<Item = (&str, &Symbol)> {
        self.names.iter().map(|n| n.as_str()).zip(self.symbols.iter())
    }

    /// `co_cellvars` in CPython 3.11's order: parameters first (in parameter order),
    /// then the others sorted; a class's only cell is `__class__`.
    pub fn cellvars(&self) -> Vec<String> {
        if self.kind == ScopeKind::Class {
            return if self.needs_class_closure {
                vec!["__class__".to_string()]
            } else {
                Vec::new()
            };
        }
        let mut v: Vec<(usize, String)> = self
            .symbols()
            .filter(|(_, s)| s.scope == SymbolScope::Cell)
            .map(|(n, _)| {
                (
                    self.params.iter().position(|p| p == n).unwrap_or(usize::MAX),
                    n.to_string(),
                )
            })
            .collect();
        v.sort();
        v.into_iter().map(|(_, n)| n).collect()
    }

    /// `co_freevars`, sorted: free names, plus (in a class) names passed through to
    /// methods ([`flags::DEF_FREE_CLASS`]).
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols()
            .filter(|(_, s)| s.scope == SymbolScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.to_string())
            .collect();
        v.sort();
        v
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags = flags,
            None => {
                self.index.insert(name.to_string(), self.names.len());
                self.names.push(name.to_string());
                self.symbols.push(Symbol {
                    flags,
                    scope: SymbolScope::GlobalImplicit,
                });
            }
        }
    }
}

/// Mangle a private name (`__x` in class `C` → `_C__x`), as CPython's `_Py_Mangle`.
/// Dunder names, names with dots and names outside classes are left alone.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// The scopes of a module (or of an `eval` expression).
#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// Deepest AST nesting the compiler accepts: CPython allows about 3000 levels
/// (its recursion limit times `COMPILER_STACK_FRAME_SCALE`) before raising
/// `RecursionError: maximum recursion depth exceeded during compilation`.
pub const MAX_NESTING: usize = 3000;

/// The error for ASTs nested deeper than [`MAX_NESTING`]; the VM maps this message
/// to `RecursionError`.
pub fn recursion_error(range: Range) -> RawSyntaxError {
    RawSyntaxError::new("maximum recursion depth exceeded during compilation", range)
}

/// The address of an AST node, the key that maps a node to its scope.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    /// Analyse a module.
    pub fn from_module(module: &Module) -> Result<SymbolTable> {
        let mut b = Builder::new(Range::default());
        for s in &module.body {
            b.visit_stmt(s)?;
        }
        b.finish()
    }

    /// Analyse a single expression (`eval` mode); its scope 0 is a module scope.
    pub fn from_expression(expr: &Expr) -> Result<SymbolTable> {
        let mut b = Builder::new(expr.range());
        b.visit_expr(expr)?;
        b.finish()
    }

    pub fn root(&self) -> ScopeId {
        0
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The scope created by a function, class, lambda or comprehension node.
    pub fn scope_of_node<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }

    /// The scope created by the node whose [`node_key`] is `key`.
    pub fn scope_of_key(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }

    /// Find a scope by name among the children of `parent` (handy in tests).
    pub fn child_named(&self, parent: ScopeId, name: &str) -> Option<ScopeId> {
        self.scopes[parent]
            .children
            .iter()
            .copied()
            .find(|&c| self.scopes[c].name == name)
    }
}

// ---------------------------------------------------------------------------------
// Pass 1: collect flags.

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    private: Option<String>,
    depth: usize,
}

type Result<T> = std::result::Result<T, RawSyntaxError>;

impl Builder {
    fn new(range: Range) -> Builder {
        Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "top".to_string(), range, None)],
            by_node: HashMap::new(),
            stack: vec![0],
            private: None,
            depth: 0,
        }
    }

    fn finish(mut self) -> Result<SymbolTable> {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        analyze_block(&mut self.scopes, 0, None, &mut free, &mut global)?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        })
    }

    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, range: Range, key: usize) {
        let parent = self.cur();
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name.to_string(), range, Some(parent));
        let p = &self.scopes[parent];
        scope.nested = p.nested || p.kind.is_function_like();
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        let id = self.stack.pop().expect("exit without enter");
        self.scopes[id].private = self.private.clone();
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.scopes[self.cur()].flags_of(&mangled)
    }

    fn add_def(&mut self, name: &str, flag: u32, range: Range) -> Result<()> {
        self.add_def_in(self.cur(), name, flag, range)
    }

    fn add_def_in(&mut self, sid: ScopeId, name: &str, flag: u32, range: Range) -> Result<()> {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        let scope = &mut self.scopes[sid];
        let mut val = flag;
        if let Some(sym) = scope.lookup(&mangled) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(RawSyntaxError::new(
                    format!("duplicate argument '{name}' in function definition"),
                    range,
                ));
            }
            val |= sym.flags;
        }
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(RawSyntaxError::new(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // Record the declaration in the module scope too (CPython's `st_global`).
            let module = &mut self.scopes[0];
            let v = module.flags_of(&mangled) | flag;
            module.set_flags(&mangled, v);
        }
        Ok(())
    }

    fn guard(&mut self, range: Range, f: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        if self.depth >= MAX_NESTING {
            return Err(recursion_error(range));
        }
        self.depth += 1;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        r
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result<()> {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<()> {
        self.guard(s.range(), |b| b.visit_stmt_inner(s))
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Result<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name.name, DEF_LOCAL, f.name.range)?;
                self.visit_defaults(&f.args)?;
                self.visit_annotations(&f.args, f.returns.as_deref())?;
                self.visit_exprs(&f.decorator_list)?;
                self.enter(ScopeKind::Function, &f.name.name, f.range, node_key(f));
                self.cur_scope().is_coroutine = f.is_async;
                self.visit_params(&f.args)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name.name, DEF_LOCAL, c.name.range)?;
                self.visit_exprs(&c.bases)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&c.decorator_list)?;
                self.enter(ScopeKind::Class, &c.name.name, c.range, node_key(c));
                let saved = self.private.replace(c.name.name.clone());
                let r = self.visit_body(&c.body);
                self.exit();
                self.private = saved;
                r?;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => self.visit_exprs(&d.targets)?,
            Stmt::Assign(a) => {
                self.visit_exprs(&a.targets)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.lookup(&n.id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && a.simple {
                        let which = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(RawSyntaxError::new(
                            format!("annotated name '{}' can't be {which}", n.id),
                            a.range,
                        ));
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_expr(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                self.visit_body(&i.orelse)?;
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(&n.name, DEF_LOCAL, n.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.declare(&n.name, DEF_GLOBAL, g.range)?;
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.declare(&n.name, DEF_NONLOCAL, g.range)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    /// `global` / `nonlocal` declarations, with CPython's complaints about earlier uses.
    fn declare(&mut self, name: &str, flag: u32, range: Range) -> Result<()> {
        let which = if flag == DEF_GLOBAL { "global" } else { "nonlocal" };
        let cur = self.lookup(name);
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {which}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {which} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {which}")
            } else {
                format!("name '{name}' is assigned to before {which} declaration")
            };
            return Err(RawSyntaxError::new(msg, range));
        }
        self.record_directive(name, range);
        self.add_def(name, flag, range)
    }

    fn record_directive(&mut self, name: &str, range: Range) {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        self.cur_scope().directives.entry(mangled).or_insert(range);
    }

    fn visit_alias(&mut self, alias: &Alias) -> Result<()> {
        if alias.name.name == "*" {
            if self.scopes[self.cur()].kind != ScopeKind::Module {
                return Err(RawSyntaxError::new(
                    "import * only allowed at module level",
                    alias.name.range,
                ));
            }
            return Ok(());
        }
        let store = match &alias.asname {
            Some(a) => a.name.as_str(),
            None => alias.name.name.split('.').next().unwrap_or(""),
        };
        let range = alias.asname.as_ref().map_or(alias.name.range, |a| a.range);
        self.add_def(store, DEF_IMPORT, range)
    }

    fn visit_defaults(&mut self, args: &Arguments) -> Result<()> {
        self.visit_exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<()> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> Result<()> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&a.arg.name, DEF_PARAM, a.arg.range)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg.name, DEF_PARAM, a.arg.range)?;
            self.cur_scope().has_varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg.name, DEF_PARAM, a.arg.range)?;
            self.cur_scope().has_varkeywords = true;
        }
        Ok(())
    }

    /// A pattern: captures are ordinary bindings; values, classes and keys are uses.
    fn visit_pattern(&mut self, p: &Pattern) -> Result<()> {
        self.guard(p.range(), |b| match p {
            Pattern::MatchValue { value, .. } => b.visit_expr(value),
            Pattern::MatchSingleton { .. } => Ok(()),
            Pattern::MatchSequence { patterns, .. } | Pattern::MatchOr { patterns, .. } => {
                patterns.iter().try_for_each(|p| b.visit_pattern(p))
            }
            Pattern::MatchMapping {
                keys, patterns, rest, ..
            } => {
                b.visit_exprs(keys)?;
                patterns.iter().try_for_each(|p| b.visit_pattern(p))?;
                match rest {
                    Some(n) => b.add_def(&n.name, DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                b.visit_expr(cls)?;
                patterns.iter().try_for_each(|p| b.visit_pattern(p))?;
                kwd_patterns.iter().try_for_each(|p| b.visit_pattern(p))
            }
            Pattern::MatchStar { name, .. } => match name {
                Some(n) => b.add_def(&n.name, DEF_LOCAL, n.range),
                None => Ok(()),
            },
            Pattern::MatchAs { pattern, name, .. } => {
                if let Some(p) = pattern {
                    b.visit_pattern(p)?;
                }
                match name {
                    Some(n) => b.add_def(&n.name, DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
        })
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<()> {
        self.guard(e.range(), |b| b.visit_expr_inner(e))
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Result<()> {
        match e {
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::NamedExpr(n) => {
                if self.scopes[self.cur()].comp_iter_expr > 0 {
                    return Err(RawSyntaxError::new(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                if let ScopeKind::Comprehension(_) = self.scopes[self.cur()].kind {
                    self.extend_namedexpr_scope(&n.target)?;
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.visit_defaults(&l.args)?;
                self.enter(ScopeKind::Lambda, "lambda", l.range, node_key(l));
                self.visit_params(&l.args)?;
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::IfExp(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                self.visit_exprs(&d.values)?;
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => self.visit_comprehension(
                ComprehensionKind::List,
                node_key(c),
                c.range,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.visit_comprehension(
                ComprehensionKind::Set,
                node_key(c),
                c.range,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => self.visit_comprehension(
                ComprehensionKind::Dict,
                node_key(c),
                c.range,
                &c.generators,
                &c.key,
                Some(&c.value),
            )?,
            Expr::GeneratorExp(c) => self.visit_comprehension(
                ComprehensionKind::Generator,
                node_key(c),
                c.range,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::Await(a) => {
                self.visit_expr(&a.value)?;
                // An `await` inside a comprehension makes it asynchronous
                // (the outermost iterable is visited in the enclosing scope).
                let scope = self.cur_scope();
                if matches!(scope.kind, ScopeKind::Comprehension(_)) {
                    scope.is_coroutine = true;
                }
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.yield_seen(y.range)?;
            }
            Expr::YieldFrom(y) => {
                self.visit_expr(&y.value)?;
                self.yield_seen(y.range)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.args)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.visit_expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.visit_expr(s)?;
                }
            }
            Expr::JoinedStr(j) => self.visit_exprs(&j.values)?,
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = if n.ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                self.add_def(&n.id, flag, n.range)?;
                // A use of `super` counts as a use of `__class__` (for zero-argument super()).
                if n.ctx == ExprContext::Load && n.id == "super" && self.scopes[self.cur()].kind.is_function_like() {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn yield_seen(&mut self, range: Range) -> Result<()> {
        let scope = self.cur_scope();
        scope.is_generator = true;
        if let ScopeKind::Comprehension(kind) = scope.kind {
            return Err(RawSyntaxError::new(
                format!("'yield' inside {}", kind.description()),
                range,
            ));
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        kind: ComprehensionKind,
        key: usize,
        range: Range,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<()> {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_scope().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur_scope().comp_iter_expr -= 1;
        r?;
        let name = &kind.code_name()[1..kind.code_name().len() - 1];
        self.enter(ScopeKind::Comprehension(kind), name, range, key);
        // The outermost iterator arrives as the implicit parameter `.0`.
        self.add_def(".0", DEF_PARAM, range)?;
        if generators.iter().any(|g| g.is_async) {
            self.cur_scope().is_coroutine = true;
        }
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.visit_comp_target(&g.target)?;
            self.cur_scope().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur_scope().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        if kind == ComprehensionKind::Generator {
            self.cur_scope().is_generator = true;
        }
        let is_async = self.cur_scope().is_coroutine;
        self.exit();
        // An asynchronous list, set or dict comprehension is awaited where it
        // is used, which makes an enclosing comprehension asynchronous too.
        if is_async && kind != ComprehensionKind::Generator {
            let scope = self.cur_scope();
            if matches!(scope.kind, ScopeKind::Comprehension(_)) {
                scope.is_coroutine = true;
            }
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Result<()> {
        self.cur_scope().comp_iter_target = true;
        let r = self.visit_expr(target);
        self.cur_scope().comp_iter_target = false;
        r
    }

    /// `x := v` in a comprehension binds `x` in the enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Result<()> {
        let Expr::Name(n) = target else { return Ok(()) };
        let name = n.id.as_str();
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let kind = self.scopes[sid].kind;
            match kind {
                ScopeKind::Comprehension(_) => {
                    let mangled = mangle(self.private.as_deref(), name);
                    if self.scopes[sid].flags_of(&mangled) & DEF_COMP_ITER != 0 {
                        return Err(RawSyntaxError::new(
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                            n.range,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let mangled = mangle(self.private.as_deref(), name);
                    if self.scopes[sid].flags_of(&mangled) & DEF_GLOBAL != 0 {
                        self.add_def(name, DEF_GLOBAL, n.range)?;
                    } else {
                        self.add_def(name, DEF_NONLOCAL, n.range)?;
                    }
                    self.record_directive(name, n.range);
                    return self.add_def_in(sid, name, DEF_LOCAL, n.range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, n.range)?;
                    self.record_directive(name, n.range);
                    return self.add_def_in(sid, name, DEF_GLOBAL, n.range);
                }
                ScopeKind::Class => {
                    return Err(RawSyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        n.range,
                    ));
                }
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------
// Pass 2: decide each name's scope (CPython's `analyze_block`).

type NameSet = HashSet<String>;

fn analyze_block(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: Option<&NameSet>,
    free: &mut NameSet,
    global: &mut NameSet,
) -> Result<()> {
    let kind = scopes[id].kind;
    let is_class = kind == ScopeKind::Class;
    let mut local = NameSet::new();
    let mut decided: Vec<SymbolScope> = Vec::with_capacity(scopes[id].symbols.len());
    let mut newglobal = NameSet::new();
    let mut newfree = NameSet::new();
    let mut newbound = NameSet::new();

    // Class scopes pass down what they received, not their own names.
    if is_class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    for i in 0..scopes[id].symbols.len() {
        let name = scopes[id].names[i].clone();
        let fl = scopes[id].symbols[i].flags;
        let s = analyze_name(&mut scopes[id], &name, fl, bound, &mut local, free, global)?;
        decided.push(s);
    }
    if !is_class {
        if kind.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let mut allfree = NameSet::new();
    for child in scopes[id].children.clone() {
        let temp_bound = newbound.clone();
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            analyze_block(scopes, child, Some(&temp_bound), &mut temp_free, &mut temp_global)
        })?;
        allfree.extend(temp_free);
        if scopes[child].has_free || scopes[child].child_free {
            scopes[id].child_free = true;
        }
    }
    newfree.extend(allfree);

    if kind.is_function_like() {
        // Locals used by nested scopes become cells.
        for (i, s) in decided.iter_mut().enumerate() {
            if *s == SymbolScope::Local && newfree.remove(&scopes[id].names[i]) {
                *s = SymbolScope::Cell;
            }
        }
    } else if is_class && newfree.remove("__class__") {
        scopes[id].needs_class_closure = true;
    }

    // Record the results.
    let scope = &mut scopes[id];
    for (i, s) in decided.into_iter().enumerate() {
        scope.symbols[i].scope = s;
    }
    let mut propagated: Vec<&String> = newfree.iter().collect();
    propagated.sort(); // deterministic symbol order
    for name in propagated {
        if let Some(&i) = scope.index.get(name.as_str()) {
            // A method's free variable that the class also binds: pass it through.
            if is_class && scope.symbols[i].flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                scope.symbols[i].flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound {
            if !b.contains(name.as_str()) {
                continue; // a global
            }
        }
        scope.set_flags(name, 0);
        let i = scope.index[name.as_str()];
        scope.symbols[i].scope = SymbolScope::Free;
    }
    free.extend(newfree);
    Ok(())
}

fn analyze_name(
    scope: &mut Scope,
    name: &str,
    fl: u32,
    bound: Option<&NameSet>,
    local: &mut NameSet,
    free: &mut NameSet,
    global: &mut NameSet,
) -> Result<SymbolScope> {
    let range = scope.directives.get(name).copied().unwrap_or(scope.range);
    if fl & DEF_GLOBAL != 0 {
        if fl & DEF_NONLOCAL != 0 {
            return Err(RawSyntaxError::new(
                format!("name '{name}' is nonlocal and global"),
                range,
            ));
        }
        global.insert(name.to_string());
        return Ok(SymbolScope::GlobalExplicit);
    }
    if fl & DEF_NONLOCAL != 0 {
        let Some(bound) = bound else {
            return Err(RawSyntaxError::new(
                "nonlocal declaration not allowed at module level",
                range,
            ));
        };
        if !bound.contains(name) {
            return Err(RawSyntaxError::new(
                format!("no binding for nonlocal '{name}' found"),
                range,
            ));
        }
        scope.has_free = true;
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    if fl & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    if bound.is_some_and(|b| b.contains(name)) {
        scope.has_free = true;
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    if global.contains(name) {
        return Ok(SymbolScope::GlobalImplicit);
    }
    if scope.nested {
        scope.has_free = true;
    }
    Ok(SymbolScope::GlobalImplicit)
}
