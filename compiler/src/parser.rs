//! The parser: tokens to [`ast::Module`], behind [`parse_module`] and [`parse_expression`].
//!
//! The grammar is `grammar.lalrpop` (an LR(1) grammar, generated into `OUT_DIR` by
//! `build.rs`); its non-trivial actions are the helpers below. LR parsing is
//! iterative, so deeply nested or very long inputs do not recurse; the only
//! recursion is an f-string field's expression, nested at most a few levels.
//!
//! Where CPython's PEG grammar uses lookahead the grammar parses something more
//! general and a helper checks it, giving CPython 3.11's message: assignment targets
//! (`cannot assign to literal`), keyword arguments, parameter lists, call arguments.
//! [`token_error`] turns lalrpop's "unexpected token" into CPython's wording
//! (`expected ':'`, `expected an indented block after 'if' statement on line 3`,
//! `invalid syntax. Perhaps you forgot a comma?`, ...).

use lalrpop_util::ParseError;

use crate::ast::{
    self, Arg, Arguments, BoolOp, CmpOp, Constant, Expr, ExprContext, Ident, Keyword, Operator, Range, Stmt, UnaryOp,
};
use crate::error::RawSyntaxError;
use crate::lexer::{self, Lexer, LineHead, Mode, Tok};

mod patterns;
pub(crate) use patterns::*;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports, dead_code)]
    grammar,
    "/grammar.rs"
);

/// Parse a whole module (a file, or `exec()`/`compile(..., "exec")` input).
pub fn parse_module(source: &str) -> Result<ast::Module, RawSyntaxError> {
    let start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    match run(source, start, source.len(), Mode::Module)? {
        Top::Module(body) => Ok(ast::Module { body }),
        Top::Expr(e) | Top::FString(e, _) => Err(RawSyntaxError::new("invalid syntax", e.range())),
    }
}

/// Parse `eval()` input: one expression (a tuple if there are commas), as
/// `compile(source, "<string>", "eval")`. Like CPython's `compile`, leading
/// indentation is an error; `eval()` strips leading spaces and tabs first.
pub fn parse_expression(source: &str) -> Result<ast::Expr, RawSyntaxError> {
    let start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    match run(source, start, source.len(), Mode::Expression)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) | Top::FString(..) => Err(RawSyntaxError::new("invalid syntax", Range::new(start, start))),
    }
}

/// Parse the expression of an f-string field `source[start..end]` in place. Errors
/// are prefixed with `f-string: ` as in CPython.
pub(crate) fn parse_fstring_expr(source: &str, start: usize, end: usize) -> Result<Expr, RawSyntaxError> {
    match run(source, start, end, Mode::FString) {
        Ok(Top::FString(mut e, bare)) => {
            // CPython parses the field as `(text)`: a bare tuple's range takes in the
            // braces around the field, where those parentheses stand.
            let range = Range::new(start.saturating_sub(1), end + 1);
            match &mut e {
                Expr::Tuple(t) if bare => t.range = range,
                Expr::GeneratorExp(g) if bare => g.range = range,
                _ => {}
            }
            Ok(e)
        }
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(RawSyntaxError::new(
            "f-string: invalid syntax",
            Range::new(start, start),
        )),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

/// Bytes of stack to allow per byte of source when a parse error makes lalrpop
/// drop a half-built tree: dropping a `Box<Expr>` chain recurses once per level,
/// and a level can take a single byte (`----...1`). The stack is reserved, not
/// touched, so this costs address space only; it is capped at `MAX_STACK`.
const DROP_STACK_PER_BYTE: usize = 512;
const MAX_STACK: usize = 1 << 30;

fn run(source: &str, start: usize, end: usize, mode: Mode) -> Result<Top, RawSyntaxError> {
    let needed = (end - start)
        .saturating_mul(DROP_STACK_PER_BYTE)
        .saturating_add(256 * 1024)
        .min(MAX_STACK);
    if stacker::remaining_stack().is_some_and(|left| left > needed + 128 * 1024) {
        run_here(source, start, end, mode)
    } else {
        stacker::grow(needed, || run_here(source, start, end, mode))
    }
}

fn run_here(source: &str, start: usize, end: usize, mode: Mode) -> Result<Top, RawSyntaxError> {
    let mut lexer = Lexer::new(source, start, end, mode);
    let result = grammar::TopParser::new().parse(source, &mut lexer);
    // Where the parser stopped, as well as where the error points.
    let mut stopped = 0;
    let error = match result {
        Ok(top) => return Ok(top),
        Err(ParseError::User { error }) if lexer.failed() => return Err(error),
        Err(ParseError::User { error }) => error,
        Err(ParseError::UnrecognizedToken {
            token: (s, tok, e),
            expected,
        }) => {
            stopped = s;
            token_error(source, &lexer, s, Some(&tok), e, &expected)
        }
        Err(ParseError::UnrecognizedEof { expected, .. }) => {
            // CPython points at the last token (the NEWLINE), not past it.
            let at = lexer.last_start;
            token_error(source, &lexer, at, None, at, &expected)
        }
        Err(ParseError::ExtraToken { token: (s, _, e) }) => RawSyntaxError::new("invalid syntax", Range::new(s, e)),
        Err(ParseError::InvalidToken { location }) => {
            RawSyntaxError::new("invalid syntax", Range::new(location, location))
        }
    };
    if error.msg == "unexpected indent" {
        return Err(error);
    }
    // As CPython: an error found by tokenizing the rest of the input wins.
    let line = line_of(source, (error.range.start as usize).max(stopped));
    Err(lexer.check_rest(line).unwrap_or(error))
}

fn line_of(source: &str, offset: usize) -> usize {
    crate::LineIndex::new(source).line(offset)
}

/// What the grammar's start rule produced.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
    /// An f-string field's expression; true for a tuple or generator without parentheses.
    FString(Expr, bool),
}

/// Word an unexpected token (or end of input) like CPython.
fn token_error(
    source: &str,
    lexer: &Lexer,
    s: usize,
    tok: Option<&Tok>,
    e: usize,
    expected: &[String],
) -> RawSyntaxError {
    let has = |name: &str| expected.iter().any(|x| x == name);
    let range = Range::new(s, e);
    if tok == Some(&Tok::Indent) {
        let at = e.saturating_sub(1);
        return RawSyntaxError::indentation("unexpected indent", Range::new(at, at));
    }
    if has("Indent") {
        let (head, at) = lexer.prev_head;
        let msg = match head.describe() {
            Some(what) => format!(
                "expected an indented block after {what} on line {}",
                line_of(source, at)
            ),
            None => "expected an indented block".to_string(),
        };
        // CPython prints a single caret here whatever the token's width.
        return RawSyntaxError::indentation(msg, Range::new(s, s));
    }
    if has("\"except\"") && has("\"finally\"") {
        return RawSyntaxError::new("expected 'except' or 'finally' block", range);
    }
    if let Some(err) = dict_error(source, lexer, s, tok, expected) {
        return err;
    }
    if tok == Some(&Tok::Greater) && source[..s].ends_with('<') {
        // `a <> b`: CPython's tokenizer reads `<>` as one (rejected) operator.
        return RawSyntaxError::new("invalid syntax", Range::new(s - 1, e));
    }
    if has("\":\"") {
        // `&&':'` in CPython's grammar: after `def f()` (maybe `-> x`), `try`, `else`...
        let forced = lexer.open_bracket().is_none() && expected.iter().all(|x| x == "\":\"" || x == "\"->\"");
        let compound = lexer.head().0 != LineHead::Other;
        if forced || (tok == Some(&Tok::Newline) && compound) {
            return RawSyntaxError::new("expected ':'", range);
        }
    }
    if expected.len() == 1 && has("\"(\"") {
        return RawSyntaxError::new("expected '('", range);
    }
    if let Some(tok) = tok {
        if let Some(err) = missing_comma_or_parens(source, lexer, s, tok, e) {
            return err;
        }
        if let Some(err) = misplaced_assignment(source, lexer, s, tok, e) {
            return err;
        }
    }
    RawSyntaxError::new("invalid syntax", range)
}

/// `{1: 2, 3}` and `{1:}`: CPython's `invalid_double_starred_kvpairs`.
fn dict_error(source: &str, lexer: &Lexer, s: usize, tok: Option<&Tok>, expected: &[String]) -> Option<RawSyntaxError> {
    let bracket = match tok {
        Some(Tok::Comma) => lexer.open_bracket(),
        Some(Tok::Rbrace) => lexer.last_closed(),
        _ => None,
    };
    let (b'{', open) = bracket? else { return None };
    let (start, prev, end) = lexer::raw_tokens(source, open + 1, s).pop()?;
    if prev == Tok::Colon {
        return Some(RawSyntaxError::new(
            "expression expected after dictionary key and ':'",
            Range::new(start, end),
        ));
    }
    if expected.len() == 1 && expected[0] == "\":\"" {
        // CPython points at the last character of the key.
        let at = source[..end].char_indices().next_back().map_or(start, |(i, _)| i);
        return Some(RawSyntaxError::new(
            "':' expected after dictionary key",
            Range::new(at, at),
        ));
    }
    None
}

/// Re-parse `source[start..end]` as an expression, ignoring errors: used to word an
/// error about the expression before an unexpected token, as CPython's second pass.
fn reparse(source: &str, start: usize, end: usize) -> Option<Expr> {
    if start >= end || source[start..end].trim().is_empty() {
        return None;
    }
    match run(source, start, end, Mode::FString) {
        Ok(Top::FString(e, _)) => Some(e),
        _ => None,
    }
}

/// Where the expression ending before `s` starts: after the last token that cannot
/// be inside an expression at this bracket depth. Also returns that token.
fn expression_start<'s>(source: &'s str, from: usize, s: usize) -> (usize, Option<Tok<'s>>) {
    let toks = lexer::raw_tokens(source, from, s);
    let mut depth = 0usize;
    for (_, t, end) in toks.iter().rev() {
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Comma | Tok::Semi | Tok::Colon | Tok::Equal => {
                return (*end, Some(t.clone()))
            }
            Tok::If | Tok::Elif | Tok::While | Tok::Assert | Tok::Return | Tok::Yield | Tok::Else | Tok::Del => {
                return (*end, Some(t.clone()))
            }
            _ => {}
        }
    }
    (from, None)
}

/// `if x = 1:` and `a.b := 1`: CPython's `invalid_named_expression`.
fn misplaced_assignment(source: &str, lexer: &Lexer, s: usize, tok: &Tok, e: usize) -> Option<RawSyntaxError> {
    if !matches!(tok, Tok::Equal | Tok::ColonEqual) {
        return None;
    }
    let from = match lexer.open_bracket() {
        Some((_, open)) => open,
        None => lexer.head().1,
    };
    let (start, before) = expression_start(source, from, s);
    let target = reparse(source, start, s)?;
    if *tok == Tok::ColonEqual {
        if matches!(target, Expr::Name(_)) {
            return None;
        }
        return Some(RawSyntaxError::new(
            format!("cannot use assignment expressions with {}", expr_name(&target)),
            target.range(),
        ));
    }
    // `=` where only an expression may stand: a condition or a bracketed item.
    let in_brackets = lexer.open_bracket().is_some();
    let allowed = match before {
        Some(Tok::If | Tok::Elif | Tok::While) => true,
        Some(Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Comma) => in_brackets,
        _ => false,
    };
    if !allowed {
        return None;
    }
    let mut limit = source.len().min(e + 200);
    while !source.is_char_boundary(limit) {
        limit -= 1;
    }
    let next_end = lexer::raw_tokens(source, e, limit).first().map_or(e, |t| t.2);
    match &target {
        Expr::Name(n) if n.range.start as usize == start || !is_parenthesized_at(source, &target) => {
            Some(RawSyntaxError::new(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Range {
                    start: n.range.start,
                    end: next_end as u32,
                },
            ))
        }
        t if is_bitwise_or(source, t)
            && !matches!(t, Expr::List(_) | Expr::Tuple(_) | Expr::GeneratorExp(_))
            && !matches!(t, Expr::Constant(k) if matches!(k.value, Constant::None | Constant::Bool(_))) =>
        {
            Some(RawSyntaxError::new(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(t)
                ),
                t.range(),
            ))
        }
        _ => None,
    }
}

fn starts_atom(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_) | Tok::Number(_) | Tok::String(_) | Tok::None | Tok::True | Tok::False | Tok::Ellipsis
    )
}

fn ends_atom(tok: &Tok) -> bool {
    starts_atom(tok) || matches!(tok, Tok::Rpar | Tok::Rsqb | Tok::Rbrace)
}

/// Two expressions side by side: inside brackets CPython suggests a comma
/// (`invalid_expression`), and after `print`/`exec` it suggests parentheses.
fn missing_comma_or_parens(source: &str, lexer: &Lexer, s: usize, tok: &Tok, e: usize) -> Option<RawSyntaxError> {
    if !starts_atom(tok) {
        return None;
    }
    let open = match lexer.open_bracket() {
        Some((_, open)) => Some(open),
        // An f-string field is parsed as if in parentheses.
        None if lexer.mode() == Mode::FString => Some(lexer.region_start.saturating_sub(1)),
        None => None,
    };
    let Some(open) = open else {
        // `print "hello"`: the first token of the line is `print` and the error is the second.
        let (_, line_start) = lexer.head();
        let toks = lexer::raw_tokens(source, line_start, s);
        if let [(a, Tok::Name(name @ ("print" | "exec")), _)] = toks.as_slice() {
            let line_end = source[s..].find(['\n', '\r']).map_or(source.len(), |i| s + i);
            let rest = lexer::raw_tokens(source, s, line_end);
            let end = rest.last().map_or(e, |t| t.2);
            return Some(RawSyntaxError::new(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                Range::new(*a, end),
            ));
        }
        return None;
    };
    // Not in a parameter list: `def f(a, b c)` is plain invalid syntax.
    let before = lexer::raw_tokens(source, lexer.head().1, open);
    if matches!(before.as_slice(), [.., (_, Tok::Def, _), (_, Tok::Name(_), _)]) {
        return None;
    }
    // Tokens of the innermost bracket, nested groups included.
    let toks = lexer::raw_tokens(source, open + 1, s);
    let last = toks.last()?;
    if !ends_atom(&last.1) {
        return None;
    }
    // Walk back over the disjunction before the error token.
    let mut depth = 0usize;
    let mut start = None;
    for (i, (_, t, _)) in toks.iter().enumerate().rev() {
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            _ if depth > 0 => {}
            Tok::Comma | Tok::Colon | Tok::Equal | Tok::ColonEqual | Tok::Lambda | Tok::Yield => {
                start = Some(i + 1);
                break;
            }
            Tok::Star | Tok::DoubleStar if is_prefix_star(&toks, i) => {
                start = Some(i + 1);
                break;
            }
            Tok::If | Tok::Else | Tok::For | Tok::Async => return None,
            _ if is_disjunction_token(t) => {}
            _ => return None,
        }
    }
    let start = start.unwrap_or(0);
    let first = toks.get(start)?;
    if let (Tok::Name(_), Some((_, Tok::String(_), _))) = (&first.1, toks.get(start + 1)) {
        return None;
    }
    if matches!(first.1, Tok::Name("match" | "case" | "_")) {
        return None;
    }
    Some(RawSyntaxError::new(
        "invalid syntax. Perhaps you forgot a comma?",
        Range::new(first.0, e),
    ))
}

/// A `*` or `**` that starts an item (after `(`, `,` ...) rather than multiplying.
fn is_prefix_star(toks: &[lexer::Spanned], i: usize) -> bool {
    matches!(toks[i].1, Tok::Star | Tok::DoubleStar)
        && (i == 0
            || matches!(
                toks[i - 1].1,
                Tok::Comma | Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Colon
            ))
}

fn is_disjunction_token(t: &Tok) -> bool {
    starts_atom(t)
        || matches!(
            t,
            Tok::Dot
                | Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Percent
                | Tok::At
                | Tok::DoubleStar
                | Tok::Vbar
                | Tok::Circumflex
                | Tok::Amper
                | Tok::LeftShift
                | Tok::RightShift
                | Tok::Tilde
                | Tok::Less
                | Tok::Greater
                | Tok::EqEqual
                | Tok::NotEqual
                | Tok::LessEqual
                | Tok::GreaterEqual
                | Tok::Not
                | Tok::In
                | Tok::Is
                | Tok::And
                | Tok::Or
                | Tok::Await
        )
}

// ---------------------------------------------------------------- small constructors

/// Wrap an error for a grammar action.
pub(crate) fn user<'s>(error: RawSyntaxError) -> ParseError<usize, Tok<'s>, RawSyntaxError> {
    ParseError::User { error }
}

fn err<T>(msg: impl Into<String>, range: Range) -> Result<T, RawSyntaxError> {
    Err(RawSyntaxError::new(msg, range))
}

pub(crate) fn list<T>(first: T, rest: Vec<T>, trailing: bool) -> (Vec<T>, bool) {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    (v, trailing)
}

pub(crate) fn comma<T>(mut v: Vec<T>, last: Option<T>) -> (Vec<T>, bool) {
    match last {
        Some(t) => {
            v.push(t);
            (v, false)
        }
        None => {
            let trailing = !v.is_empty();
            (v, trailing)
        }
    }
}

pub(crate) fn binop(left: Expr, op: Operator, right: Expr, l: usize, r: usize) -> Expr {
    Expr::BinOp(ast::ExprBinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
        range: Range::new(l, r),
    })
}

pub(crate) fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    Expr::UnaryOp(ast::ExprUnaryOp {
        op,
        operand: Box::new(operand),
        range: Range::new(l, r),
    })
}

pub(crate) fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    Expr::BoolOp(ast::ExprBoolOp {
        op,
        values: list(first, rest, false).0,
        range: Range::new(l, r),
    })
}

pub(crate) fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::Compare(ast::ExprCompare {
        left: Box::new(left),
        ops,
        comparators,
        range: Range::new(l, r),
    })
}

pub(crate) fn constant(value: Constant, l: usize, r: usize) -> Expr {
    Expr::Constant(ast::ExprConstant {
        value,
        range: Range::new(l, r),
    })
}

pub(crate) fn tuple(elts: Vec<Expr>, l: usize, r: usize) -> Expr {
    Expr::Tuple(ast::ExprTuple {
        elts,
        ctx: ExprContext::Load,
        range: Range::new(l, r),
    })
}

pub(crate) fn starred(value: Expr, l: usize, r: usize) -> Expr {
    Expr::Starred(ast::ExprStarred {
        value: Box::new(value),
        ctx: ExprContext::Load,
        range: Range::new(l, r),
    })
}

/// `a` alone, or the tuple `a, b` / `a,`.
pub(crate) fn tuple_or_single((mut items, trailing): (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
    if items.len() == 1 && !trailing {
        items.pop().unwrap_or_else(|| tuple(Vec::new(), l, r))
    } else {
        tuple(items, l, r)
    }
}

/// The inside of `( ... )`: a parenthesized expression keeps its own range; a tuple
/// gets the range with the parentheses.
pub(crate) fn parenthesized((items, trailing): (Vec<Expr>, bool), l: usize, r: usize) -> Result<Expr, RawSyntaxError> {
    if items.len() == 1 && !trailing {
        if let Expr::Starred(s) = &items[0] {
            return err("cannot use starred expression here", s.range);
        }
    }
    Ok(tuple_or_single((items, trailing), l, r))
}

pub(crate) fn genexp(elt: Expr, generators: Vec<ast::Comprehension>, l: usize, r: usize) -> Expr {
    Expr::GeneratorExp(ast::ExprGeneratorExp {
        elt: Box::new(elt),
        generators,
        range: Range::new(l, r),
    })
}

pub(crate) fn dict(items: Vec<(Option<Expr>, Expr)>, l: usize, r: usize) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    Expr::Dict(ast::ExprDict {
        keys,
        values,
        range: Range::new(l, r),
    })
}

/// `a[x]`, `a[x, y]`, `a[x,]`, `a[*x]` (a one-element tuple).
pub(crate) fn subscript_list((items, trailing): (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
    if items.len() == 1 && !trailing && !matches!(items[0], Expr::Starred(_)) {
        tuple_or_single((items, false), l, r)
    } else {
        tuple(items, l, r)
    }
}

pub(crate) fn dotted_name(first: &str, rest: Vec<&str>, l: usize, r: usize) -> Ident {
    let mut name = first.to_string();
    for part in rest {
        name.push('.');
        name.push_str(part);
    }
    Ident {
        name,
        range: Range::new(l, r),
    }
}

// ---------------------------------------------------------------- targets

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    Assign,
    For,
    Del,
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be
/// assigned (or deleted), walking tuples, lists and starred items in order.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match e {
            Expr::Tuple(t) => stack.extend(t.elts.iter().rev()),
            Expr::List(t) => stack.extend(t.elts.iter().rev()),
            Expr::Starred(s) if kind != TargetKind::Del => stack.push(&s.value),
            Expr::Compare(c) if kind == TargetKind::For => {
                if c.ops.first() == Some(&CmpOp::In) {
                    stack.push(&c.left);
                }
            }
            Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => {}
            _ => return Some(e),
        }
    }
    None
}

/// Set the context of a target and of the tuples, lists and starred items in it.
fn set_context(e: &mut Expr, ctx: ExprContext) {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match e {
            Expr::Name(n) => n.ctx = ctx,
            Expr::Attribute(a) => a.ctx = ctx,
            Expr::Subscript(s) => s.ctx = ctx,
            Expr::Starred(s) => {
                s.ctx = ctx;
                stack.push(&mut s.value);
            }
            Expr::Tuple(t) => {
                t.ctx = ctx;
                stack.extend(t.elts.iter_mut());
            }
            Expr::List(t) => {
                t.ctx = ctx;
                stack.extend(t.elts.iter_mut());
            }
            _ => {}
        }
    }
}

/// Check a `for`/`with`/comprehension target and mark it `Store`.
fn store_target(mut e: Expr, kind: TargetKind) -> Result<Expr, RawSyntaxError> {
    if let Some(bad) = invalid_target(&e, kind) {
        return err(format!("cannot assign to {}", expr_name(bad)), bad.range());
    }
    set_context(&mut e, ExprContext::Store);
    Ok(e)
}

fn is_parenthesized_at(source: &str, e: &Expr) -> bool {
    source[..e.range().start as usize].trim_end().ends_with('(')
}

/// Would CPython's `bitwise_or` rule parse this (an operand of `|`)?
fn is_bitwise_or(source: &str, e: &Expr) -> bool {
    match e {
        Expr::BoolOp(_)
        | Expr::Compare(_)
        | Expr::IfExp(_)
        | Expr::Lambda(_)
        | Expr::Starred(_)
        | Expr::NamedExpr(_) => is_parenthesized_at(source, e),
        Expr::UnaryOp(u) if u.op == UnaryOp::Not => is_parenthesized_at(source, e),
        Expr::Yield(_) | Expr::YieldFrom(_) => is_parenthesized_at(source, e),
        _ => true,
    }
}

/// `targets = value` or an expression statement.
pub(crate) fn assign_or_expr(
    source: &str,
    first: Expr,
    rest: Vec<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, RawSyntaxError> {
    let range = Range::new(l, r);
    if rest.is_empty() {
        return Ok(Stmt::Expr(ast::StmtExpr {
            value: Box::new(first),
            range,
        }));
    }
    let mut targets = list(first, rest, false).0;
    let value = targets.pop().unwrap_or_else(|| tuple(Vec::new(), l, r));
    let bad = targets
        .iter()
        .any(|t| matches!(t, Expr::Yield(_) | Expr::YieldFrom(_)) || invalid_target(t, TargetKind::Assign).is_some());
    if bad {
        return Err(assignment_error(source, &targets, &value, l));
    }
    for t in &mut targets {
        set_context(t, ExprContext::Store);
    }
    Ok(Stmt::Assign(ast::StmtAssign {
        targets,
        value: Box::new(value),
        range,
    }))
}

/// The error for an assignment with an invalid target, chosen as CPython's second
/// parser pass would (`invalid_named_expression` first, then `invalid_assignment`).
fn assignment_error(source: &str, targets: &[Expr], value: &Expr, l: usize) -> RawSyntaxError {
    // `t = v` where the operand of `|` after `=` is not followed by another `=`.
    let first = &targets[0];
    let value_starts_ok = match value {
        Expr::Tuple(t) => t.elts.first().is_some_and(|e| is_bitwise_or(source, e)),
        v => is_bitwise_or(source, v),
    };
    if targets.len() == 1 && value_starts_ok {
        let bytes = source.as_bytes();
        let unparenthesized_tuple = matches!(first, Expr::Tuple(t)
            if !(bytes[t.range.start as usize] == b'(' && bytes[t.range.end as usize - 1] == b')'));
        let (candidate, in_tuple) = match first {
            Expr::Tuple(t) if unparenthesized_tuple => (t.elts.last(), true),
            e => (Some(e), false),
        };
        if let Some(c) = candidate {
            let value_end = match value {
                Expr::Tuple(t) if !t.elts.is_empty() => t.elts[0].range().end,
                v => v.range().end,
            };
            let excluded = matches!(c, Expr::List(_) | Expr::Tuple(_) | Expr::GeneratorExp(_))
                || matches!(c, Expr::Constant(k) if matches!(k.value, Constant::None | Constant::Bool(_)));
            let parenthesized = c.range().start as usize > l && is_parenthesized_at(source, c);
            if in_tuple && matches!(c, Expr::Name(_)) && !parenthesized {
                return RawSyntaxError::new(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Range {
                        start: c.range().start,
                        end: value_end,
                    },
                );
            }
            if !excluded && (parenthesized || is_bitwise_or(source, c)) {
                return RawSyntaxError::new(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(c)
                    ),
                    c.range(),
                );
            }
        }
    }
    for t in targets {
        if matches!(t, Expr::Yield(_) | Expr::YieldFrom(_)) && !is_parenthesized_at(source, t) {
            return RawSyntaxError::new("assignment to yield expression not possible", t.range());
        }
        if let Some(bad) = invalid_target(t, TargetKind::Assign) {
            return RawSyntaxError::new(format!("cannot assign to {}", expr_name(bad)), bad.range());
        }
    }
    RawSyntaxError::new("invalid syntax", first.range())
}

pub(crate) fn aug_assign(
    mut target: Expr,
    op: Operator,
    value: Expr,
    l: usize,
    r: usize,
) -> Result<Stmt, RawSyntaxError> {
    if !matches!(target, Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)) {
        return err(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            ),
            target.range(),
        );
    }
    set_context(&mut target, ExprContext::Store);
    Ok(Stmt::AugAssign(ast::StmtAugAssign {
        target: Box::new(target),
        op,
        value: Box::new(value),
        range: Range::new(l, r),
    }))
}

pub(crate) fn ann_assign(
    mut target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, RawSyntaxError> {
    let simple = match &target {
        Expr::Name(n) => n.range.start as usize == l,
        Expr::Attribute(_) | Expr::Subscript(_) => false,
        Expr::Tuple(t) => {
            // `a, b: int` points at `a`; `(a, b): int` at the tuple.
            let at = match t.elts.first() {
                Some(e) if e.range().start == t.range.start => e.range(),
                _ => t.range,
            };
            return err("only single target (not tuple) can be annotated", at);
        }
        Expr::List(t) => return err("only single target (not list) can be annotated", t.range),
        e => return err("illegal target for annotation", e.range()),
    };
    set_context(&mut target, ExprContext::Store);
    Ok(Stmt::AnnAssign(ast::StmtAnnAssign {
        target: Box::new(target),
        annotation: Box::new(annotation),
        value: value.map(Box::new),
        simple,
        range: Range::new(l, r),
    }))
}

pub(crate) fn delete(mut targets: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, RawSyntaxError> {
    for t in &targets {
        if let Some(bad) = invalid_target(t, TargetKind::Del) {
            return err(format!("cannot delete {}", expr_name(bad)), bad.range());
        }
    }
    for t in &mut targets {
        set_context(t, ExprContext::Del);
    }
    Ok(Stmt::Delete(ast::StmtDelete {
        targets,
        range: Range::new(l, r),
    }))
}

pub(crate) fn named_expr(mut target: Expr, value: Expr, l: usize, r: usize) -> Result<Expr, RawSyntaxError> {
    if !matches!(target, Expr::Name(_)) {
        return err(
            format!("cannot use assignment expressions with {}", expr_name(&target)),
            target.range(),
        );
    }
    set_context(&mut target, ExprContext::Store);
    Ok(Expr::NamedExpr(ast::ExprNamedExpr {
        target: Box::new(target),
        value: Box::new(value),
        range: Range::new(l, r),
    }))
}

pub(crate) fn comprehension(
    is_async: bool,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
    l: usize,
    r: usize,
) -> Result<ast::Comprehension, RawSyntaxError> {
    let target = store_target(target, TargetKind::For)?;
    Ok(ast::Comprehension {
        target,
        iter,
        ifs,
        is_async,
        range: Range::new(l, r),
    })
}

// ---------------------------------------------------------------- calls and parameters

/// One item of a call's argument list, checked by [`call`].
pub enum ArgItem {
    Positional(Expr),
    /// `x for x in y` without its own parentheses.
    Genexp(Expr),
    /// `name=value` (the name is parsed as an expression and checked).
    Keyword(Expr, Expr, Range),
    DoubleStar(Expr, Range),
}

/// Split call arguments into positional and keyword ones with CPython's checks.
/// `paren` is the range of the parentheses; `class` for a class's bases.
fn split_args(
    items: Vec<ArgItem>,
    trailing: bool,
    paren: Range,
    class: bool,
) -> Result<(Vec<Expr>, Vec<Keyword>), RawSyntaxError> {
    let alone = items.len() == 1 && !trailing;
    // CPython reports argument-order errors at the last token read, the `)`.
    let close = Range {
        start: paren.end.saturating_sub(1),
        end: paren.end,
    };
    let mut args = Vec::new();
    let mut keywords = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Positional(e) => {
                if let Expr::Starred(s) = &e {
                    if seen_double_star {
                        return err(
                            "iterable argument unpacking follows keyword argument unpacking",
                            Range {
                                start: s.range.start,
                                end: s.range.start + 1,
                            },
                        );
                    }
                } else if seen_double_star {
                    return err("positional argument follows keyword argument unpacking", close);
                } else if seen_keyword {
                    return err("positional argument follows keyword argument", close);
                }
                args.push(e);
            }
            ArgItem::Genexp(mut g) => {
                if class {
                    let at = match &g {
                        Expr::GeneratorExp(x) => x.generators.first().map_or(x.range, |c| c.range),
                        _ => g.range(),
                    };
                    return err(
                        "invalid syntax",
                        Range {
                            start: at.start,
                            end: at.start + 3,
                        },
                    );
                }
                if !alone {
                    return err("Generator expression must be parenthesized", g.range());
                }
                if let Expr::GeneratorExp(x) = &mut g {
                    x.range = paren;
                }
                args.push(g);
            }
            ArgItem::Keyword(name, value, range) => {
                let arg = match name {
                    Expr::Name(n) if n.range.start == range.start => Ident {
                        name: n.id,
                        range: n.range,
                    },
                    Expr::Constant(c)
                        if c.range.start == range.start && matches!(c.value, Constant::None | Constant::Bool(_)) =>
                    {
                        let what = expr_name(&Expr::Constant(c.clone()));
                        return err(format!("cannot assign to {what}"), c.range);
                    }
                    e => {
                        return err(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            Range {
                                start: e.range().start,
                                end: value.range().start,
                            },
                        )
                    }
                };
                seen_keyword = true;
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    range,
                });
            }
            ArgItem::DoubleStar(value, range) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    range,
                });
            }
        }
    }
    Ok((args, keywords))
}

pub(crate) fn call(
    func: Expr,
    (items, trailing): (Vec<ArgItem>, bool),
    l: usize,
    pl: usize,
    r: usize,
) -> Result<Expr, RawSyntaxError> {
    let (args, keywords) = split_args(items, trailing, Range::new(pl, r), false)?;
    Ok(Expr::Call(ast::ExprCall {
        func: Box::new(func),
        args,
        keywords,
        range: Range::new(l, r),
    }))
}

/// One item of a parameter list, checked by [`arguments`].
pub enum ParamItem {
    Param(Arg, Option<Expr>),
    /// `*` or `*args`, with the range of the `*`.
    Star(Option<Arg>, Range),
    DoubleStar(Arg, Range),
    Slash(Range),
    /// A construct that is always an error (`*args=1`).
    Error(&'static str, Range),
}

/// Build `ast.arguments` from a flat parameter list with CPython's checks.
/// `lambda_colon` is where a lambda's `:` is (CPython points a lambda's bare-`*`
/// error at the token after the `*`).
fn arguments(items: Vec<ParamItem>, lambda_colon: Option<usize>) -> Result<Arguments, RawSyntaxError> {
    let mut a = Arguments::default();
    let mut slash = false;
    let mut star: Option<Range> = None;
    let mut bare_star: Option<Range> = None;
    let mut kwarg = false;
    let mut kwarg_at: Option<u32> = None;
    let mut seen_default = false;
    for item in items {
        if kwarg {
            let at = match &item {
                ParamItem::Param(arg, _) => arg.arg.range,
                ParamItem::Star(_, r) | ParamItem::DoubleStar(_, r) | ParamItem::Slash(r) | ParamItem::Error(_, r) => {
                    *r
                }
            };
            let at = match &item {
                ParamItem::Star(_, r) => Range {
                    start: r.start,
                    end: r.start + 1,
                },
                ParamItem::DoubleStar(_, r) => Range {
                    start: r.start,
                    end: r.start + 2,
                },
                _ => at,
            };
            return err("arguments cannot follow var-keyword argument", at);
        }
        match item {
            ParamItem::Slash(r) => {
                if slash {
                    return err("/ may appear only once", r);
                }
                if star.is_some() {
                    return err("/ must be ahead of *", r);
                }
                if a.args.is_empty() {
                    return err("at least one argument must precede /", r);
                }
                slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Param(arg, default) => {
                if star.is_some() {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return err("non-default argument follows default argument", arg.arg.range);
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Star(arg, r) => {
                let at = Range {
                    start: r.start,
                    end: r.start + 1,
                };
                if star.is_some() {
                    return err("* argument may appear only once", at);
                }
                star = Some(r);
                if arg.is_none() {
                    bare_star = Some(at);
                }
                a.vararg = arg;
            }
            ParamItem::DoubleStar(arg, r) => {
                kwarg = true;
                kwarg_at = Some(r.start);
                a.kwarg = Some(arg);
            }
            ParamItem::Error(msg, r) => return err(msg, r),
        }
    }
    if let Some(at) = bare_star {
        if a.kwonlyargs.is_empty() {
            let at = match (lambda_colon, kwarg_at) {
                (Some(_), Some(k)) => Range { start: k, end: k + 2 },
                (Some(colon), None) => Range::new(colon, colon + 1),
                (None, _) => at,
            };
            return err("named arguments must follow bare *", at);
        }
    }
    Ok(a)
}

pub(crate) fn lambda(
    params: Vec<ParamItem>,
    colon: usize,
    body: Expr,
    l: usize,
    r: usize,
) -> Result<Expr, RawSyntaxError> {
    let args = arguments(params, Some(colon))?;
    Ok(Expr::Lambda(ast::ExprLambda {
        args: Box::new(args),
        body: Box::new(body),
        range: Range::new(l, r),
    }))
}

// ---------------------------------------------------------------- statements

/// End of a block: the end of its last statement, or of a `;` after it (CPython ends
/// a compound statement at the last token of its body that is not NEWLINE/DEDENT).
fn block_end(source: &str, body: &[Stmt]) -> Option<u32> {
    let last = body.last()?;
    let end = last.range().end as usize;
    let compound = matches!(
        last,
        Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::If(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::Match(_)
    );
    if !compound {
        let rest = source[end..].trim_start_matches([' ', '\t', '\x0c']);
        if rest.starts_with(';') {
            return Some((source.len() - rest.len() + 1) as u32);
        }
    }
    Some(end as u32)
}

fn span(source: &str, l: usize, blocks: &[&[Stmt]]) -> Range {
    let end = blocks
        .iter()
        .rev()
        .find_map(|b| block_end(source, b))
        .unwrap_or(l as u32);
    Range { start: l as u32, end }
}

pub(crate) fn if_stmt(
    source: &str,
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    mut orelse: Vec<Stmt>,
) -> Stmt {
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let range = span(source, el, &[&ebody, &orelse]);
        orelse = vec![Stmt::If(ast::StmtIf {
            test: Box::new(etest),
            body: ebody,
            orelse,
            range,
        })];
    }
    let range = span(source, l, &[&body, &orelse]);
    Stmt::If(ast::StmtIf {
        test: Box::new(test),
        body,
        orelse,
        range,
    })
}

pub(crate) fn while_stmt(source: &str, l: usize, test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    let range = span(source, l, &[&body, &orelse]);
    Stmt::While(ast::StmtWhile {
        test: Box::new(test),
        body,
        orelse,
        range,
    })
}

pub(crate) fn for_stmt(
    source: &str,
    l: usize,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Vec<Stmt>,
) -> Result<Stmt, RawSyntaxError> {
    let target = store_target(target, TargetKind::For)?;
    let range = span(source, l, &[&body, &orelse]);
    Ok(Stmt::For(ast::StmtFor {
        target: Box::new(target),
        iter: Box::new(iter),
        body,
        orelse,
        is_async,
        range,
    }))
}

pub(crate) fn try_stmt(
    source: &str,
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ast::ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Stmt {
    let mut range = span(source, l, &[&body, &orelse, &finalbody]);
    if orelse.is_empty() && finalbody.is_empty() {
        if let Some(h) = handlers.last() {
            range.end = h.range.end;
        }
    }
    Stmt::Try(ast::StmtTry {
        body,
        handlers,
        orelse,
        finalbody,
        is_star: false,
        range,
    })
}

/// A `try` with handlers, each `(end of its except keyword, is except*, handler)`:
/// `except` and `except*` may not be mixed.
pub(crate) fn try_stmt_any(
    source: &str,
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<(usize, bool, ast::ExceptHandler)>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Result<Stmt, RawSyntaxError> {
    let star = handlers.first().is_some_and(|h| h.1);
    if let Some((end, _, h)) = handlers.iter().find(|h| h.1 != star) {
        return Err(RawSyntaxError::new(
            "cannot have both 'except' and 'except*' on the same 'try'",
            Range::new(h.range.start as usize, *end),
        ));
    }
    let handlers = handlers.into_iter().map(|h| h.2).collect();
    let mut stmt = try_stmt(source, l, body, handlers, orelse, finalbody);
    if let Stmt::Try(t) = &mut stmt {
        t.is_star = star;
    }
    Ok(stmt)
}

pub(crate) fn except_handler(
    source: &str,
    l: usize,
    type_: Option<Expr>,
    name: Option<Ident>,
    body: Vec<Stmt>,
) -> ast::ExceptHandler {
    let range = span(source, l, &[&body]);
    ast::ExceptHandler {
        type_: type_.map(Box::new),
        name,
        body,
        range,
    }
}

pub(crate) fn with_stmt(source: &str, l: usize, is_async: bool, items: Vec<ast::WithItem>, body: Vec<Stmt>) -> Stmt {
    let range = span(source, l, &[&body]);
    Stmt::With(ast::StmtWith {
        items,
        body,
        is_async,
        range,
    })
}

pub(crate) fn with_item(context_expr: Expr, target: Expr) -> Result<ast::WithItem, RawSyntaxError> {
    let target = store_target(target, TargetKind::Assign)?;
    Ok(ast::WithItem {
        context_expr,
        optional_vars: Some(Box::new(target)),
    })
}

/// An item between the parentheses of `with (a as b, c):`.
pub enum WithParenItem {
    Item(Expr, Option<Expr>),
    Starred(Expr),
}

/// `with (a as b, c):` gives items; `with (a, *b):` is one tuple, as in CPython.
pub(crate) fn with_paren_items(
    items: Vec<WithParenItem>,
    l: usize,
    r: usize,
) -> Result<Vec<ast::WithItem>, RawSyntaxError> {
    if items.iter().any(|i| matches!(i, WithParenItem::Starred(_))) {
        let mut elts = Vec::new();
        for item in items {
            match item {
                WithParenItem::Starred(e) | WithParenItem::Item(e, None) => elts.push(e),
                WithParenItem::Item(_, Some(t)) => return err("invalid syntax", t.range()),
            }
        }
        return Ok(vec![ast::WithItem {
            context_expr: tuple(elts, l, r),
            optional_vars: None,
        }]);
    }
    items
        .into_iter()
        .map(|item| match item {
            WithParenItem::Item(e, None) => Ok(ast::WithItem {
                context_expr: e,
                optional_vars: None,
            }),
            WithParenItem::Item(e, Some(t)) => with_item(e, t),
            WithParenItem::Starred(e) => err("invalid syntax", e.range()),
        })
        .collect()
}

pub(crate) fn func_def(
    source: &str,
    l: usize,
    is_async: bool,
    name: Ident,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> Result<Stmt, RawSyntaxError> {
    let args = arguments(params, None)?;
    let range = span(source, l, &[&body]);
    Ok(Stmt::FunctionDef(ast::StmtFunctionDef {
        name,
        args: Box::new(args),
        body,
        decorator_list: Vec::new(),
        returns: returns.map(Box::new),
        is_async,
        range,
    }))
}

pub(crate) fn class_def(
    source: &str,
    l: usize,
    name: Ident,
    args: Option<(usize, (Vec<ArgItem>, bool), usize)>,
    body: Vec<Stmt>,
) -> Result<Stmt, RawSyntaxError> {
    let (bases, keywords) = match args {
        Some((pl, (items, trailing), pr)) => split_args(items, trailing, Range::new(pl, pr), true)?,
        None => (Vec::new(), Vec::new()),
    };
    let range = span(source, l, &[&body]);
    Ok(Stmt::ClassDef(ast::StmtClassDef {
        name,
        bases,
        keywords,
        body,
        decorator_list: Vec::new(),
        range,
    }))
}

/// Attach decorators; the statement's range still starts at `def`/`class`, as in CPython 3.8+.
pub(crate) fn decorate(decorators: Vec<Expr>, mut stmt: Stmt) -> Stmt {
    match &mut stmt {
        Stmt::FunctionDef(f) => f.decorator_list = decorators,
        Stmt::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    stmt
}

pub(crate) fn import_from(
    (level, module): (u32, Option<Ident>),
    (names, bad_comma): (Vec<ast::Alias>, Option<usize>),
    l: usize,
    r: usize,
) -> Result<Stmt, RawSyntaxError> {
    if let Some(at) = bad_comma {
        let msg = if names.is_empty() {
            "invalid syntax"
        } else {
            "trailing comma not allowed without surrounding parentheses"
        };
        return err(msg, Range::new(at, at));
    }
    Ok(Stmt::ImportFrom(ast::StmtImportFrom {
        module,
        names,
        level,
        range: Range::new(l, r),
    }))
}
