//! Grammar actions for the `match` statement (PEP 634): patterns are parsed by
//! `grammar.lalrpop` a little more generally than CPython's PEG grammar allows, and
//! these helpers check the rest, with CPython 3.11's messages and positions.

use super::{err, span};
use crate::ast::{self, Constant, Expr, Ident, MatchCase, Operator, Pattern, Range, Stmt};
use crate::error::RawSyntaxError;

type Result<T> = std::result::Result<T, RawSyntaxError>;

/// An item of a mapping pattern: `key: pattern` or `**rest`.
pub enum MappingItem {
    Key(Expr, Pattern),
    Rest(Ident),
}

/// An argument of a class pattern.
pub enum ClassArg {
    Positional(Pattern),
    Keyword(Ident, Pattern),
}

pub(crate) fn match_stmt(source: &str, l: usize, subject: Expr, cases: Vec<MatchCase>) -> Stmt {
    let end = cases.last().map_or(l as u32, |c| span(source, l, &[&c.body]).end);
    Stmt::Match(ast::StmtMatch {
        subject: Box::new(subject),
        cases,
        range: Range { start: l as u32, end },
    })
}

/// `subject_expr`: a starred item needs a comma (`match *a, b:`).
pub(crate) fn match_subject((items, trailing): (Vec<Expr>, bool), l: usize, r: usize) -> Result<Expr> {
    if items.len() == 1 && !trailing {
        if let Expr::Starred(_) = &items[0] {
            return err("invalid syntax", Range::new(r, r + 1));
        }
    }
    Ok(super::tuple_or_single((items, trailing), l, r))
}

pub(crate) fn match_case(l: usize, pattern: Pattern, guard: Option<Expr>, body: Vec<Stmt>) -> MatchCase {
    let end = body.last().map_or(l as u32, |s| s.range().end);
    MatchCase {
        pattern,
        guard: guard.map(Box::new),
        body,
        range: Range { start: l as u32, end },
    }
}

/// `patterns`: an open sequence (`case a, *b:`) or one pattern.
pub(crate) fn open_sequence_pattern(
    (mut items, trailing): (Vec<Pattern>, bool),
    l: usize,
    r: usize,
) -> Result<Pattern> {
    if items.len() == 1 && !trailing {
        if let Pattern::MatchStar { range, .. } = &items[0] {
            // `case *a:` — CPython stops at the token after the star pattern.
            let at = range.end as usize;
            return err("invalid syntax", Range::new(at, at + 1));
        }
        return Ok(items.pop().expect("one item"));
    }
    Ok(Pattern::MatchSequence {
        patterns: items,
        range: Range::new(l, r),
    })
}

pub(crate) fn star_pattern(name: Ident, l: usize, r: usize) -> Pattern {
    let name = if name.name == "_" { None } else { Some(name) };
    Pattern::MatchStar {
        name,
        range: Range::new(l, r),
    }
}

pub(crate) fn capture_pattern(name: Ident, l: usize, r: usize) -> Pattern {
    let name = if name.name == "_" { None } else { Some(name) };
    Pattern::MatchAs {
        pattern: None,
        name,
        range: Range::new(l, r),
    }
}

/// `pattern as name`: the target is parsed as an expression so that CPython's
/// `invalid_as_pattern` messages can be given.
pub(crate) fn as_pattern(
    source: &str,
    pattern: Pattern,
    tl: usize,
    target: Expr,
    l: usize,
    r: usize,
) -> Result<Pattern> {
    match target {
        Expr::Name(n) if n.range.start as usize != tl => err("invalid pattern target", n.range),
        Expr::Name(n) if n.id == "_" => err("cannot use '_' as a target", n.range),
        Expr::Name(n) => Ok(Pattern::MatchAs {
            pattern: Some(Box::new(pattern)),
            name: Some(Ident {
                name: n.id,
                range: n.range,
            }),
            range: Range::new(l, r),
        }),
        other => {
            // `as b.c` or `as b | c`: a name followed by something else is plain
            // invalid syntax at the token after the name.
            let mut first = &other;
            loop {
                first = match first {
                    Expr::Attribute(a) => &a.value,
                    Expr::BinOp(b) => &b.left,
                    Expr::Call(c) => &c.func,
                    Expr::Subscript(s) => &s.value,
                    _ => break,
                };
            }
            if let Expr::Name(n) = first {
                if n.range.start as usize == tl {
                    let rest = &source[n.range.end as usize..];
                    let at = n.range.end as usize + (rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len());
                    return err("invalid syntax", Range::new(at, at + 1));
                }
            }
            err("invalid pattern target", other.range())
        }
    }
}

pub(crate) fn or_pattern(first: Pattern, rest: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    if rest.is_empty() {
        return first;
    }
    let mut patterns = vec![first];
    patterns.extend(rest);
    Pattern::MatchOr {
        patterns,
        range: Range::new(l, r),
    }
}

/// A literal: `None`, `True` and `False` are compared by identity.
pub(crate) fn literal_pattern(value: Expr, l: usize, r: usize) -> Pattern {
    let range = Range::new(l, r);
    if let Expr::Constant(c) = &value {
        if matches!(c.value, Constant::None | Constant::Bool(_)) {
            return Pattern::MatchSingleton {
                value: c.value.clone(),
                range,
            };
        }
    }
    Pattern::MatchValue {
        value: Box::new(value),
        range,
    }
}

fn is_imaginary(c: &Constant) -> bool {
    matches!(c, Constant::Complex { .. })
}

/// `real + imagj` or `real - imagj` (`complex_number`).
pub(crate) fn complex_literal(real: Expr, op: Operator, imag: Constant, il: usize, l: usize, r: usize) -> Result<Expr> {
    let real_value = match &real {
        Expr::Constant(c) => &c.value,
        Expr::UnaryOp(u) => match &*u.operand {
            Expr::Constant(c) => &c.value,
            _ => return err("invalid syntax", real.range()),
        },
        _ => return err("invalid syntax", real.range()),
    };
    if is_imaginary(real_value) {
        return err("real number required in complex literal", real.range());
    }
    if !is_imaginary(&imag) {
        return err("imaginary number required in complex literal", Range::new(il, r));
    }
    Ok(super::binop(real, op, super::constant(imag, il, r), l, r))
}

/// `[a, *b]` or `(a, *b)`: `first` is the item before the comma of a parenthesized one.
pub(crate) fn sequence_pattern(first: Option<Pattern>, rest: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    let mut patterns: Vec<Pattern> = first.into_iter().collect();
    patterns.extend(rest);
    Pattern::MatchSequence {
        patterns,
        range: Range::new(l, r),
    }
}

pub(crate) fn mapping_pattern(items: Vec<MappingItem>, l: usize, r: usize) -> Result<Pattern> {
    let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
    for item in items {
        match item {
            MappingItem::Key(k, p) => {
                if rest.is_some() {
                    // `{**rest, k: v}`: CPython stops at the key after the rest.
                    return err("invalid syntax", k.range());
                }
                keys.push(k);
                patterns.push(p);
            }
            MappingItem::Rest(name) => {
                if name.name == "_" || rest.is_some() {
                    return err("invalid syntax", name.range);
                }
                rest = Some(name);
            }
        }
    }
    Ok(Pattern::MatchMapping {
        keys,
        patterns,
        rest,
        range: Range::new(l, r),
    })
}

pub(crate) fn class_pattern(cls: Expr, args: Vec<ClassArg>, l: usize, r: usize) -> Result<Pattern> {
    let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
    let mut misplaced: Option<Range> = None;
    for arg in args {
        match arg {
            ClassArg::Positional(p) if !kwd_attrs.is_empty() => {
                misplaced = Some(misplaced.map_or(p.range(), |m| m.cover(p.range())));
            }
            ClassArg::Positional(p) => patterns.push(p),
            ClassArg::Keyword(name, p) => {
                // Only the first run of misplaced positional patterns is reported.
                if let Some(m) = misplaced {
                    return err("positional patterns follow keyword patterns", m);
                }
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    if let Some(m) = misplaced {
        return err("positional patterns follow keyword patterns", m);
    }
    Ok(Pattern::MatchClass {
        cls: Box::new(cls),
        patterns,
        kwd_attrs,
        kwd_patterns,
        range: Range::new(l, r),
    })
}
