//! `#[derive(IntoPy, FromPy)]` for Kaa (re-exported as `kaa::IntoPy` and
//! `kaa::FromPy`, beside the traits of the same names).
//!
//! | Rust | Python |
//! |---|---|
//! | struct with named fields | `dict` with interned `str` keys, one per field |
//! | tuple struct | `tuple` |
//! | newtype struct (one unnamed field) | the field's value itself |
//! | unit struct | `None` |
//! | unit variant | `str`: `"Red"` |
//! | newtype, tuple, struct variant | `{"Variant": payload}` (serde's externally tagged form) |
//!
//! `#[kaa(rename = "name")]` on a field or variant changes its Python name.
//! An `Option` field may be missing from the dict (it reads as `None`).
//! Errors carry the path to the bad value: `items[2].qty: expected int, got str`.

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields, Ident, LitStr};

/// `impl kaa::IntoPy` for a struct (to a dict, tuple or value) or an enum
/// (unit variants to `str`, others to `{"Variant": payload}`).
#[proc_macro_derive(IntoPy, attributes(kaa))]
pub fn derive_into_py(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand_into_py(&input).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// `impl kaa::FromPy` for a struct (from a dict, tuple or value) or an enum
/// (from a `str` or a one-key dict).
#[proc_macro_derive(FromPy, attributes(kaa))]
pub fn derive_from_py(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand_from_py(&input).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// The Python name of a field or variant: `#[kaa(rename = "...")]` or its own.
fn py_name(attrs: &[syn::Attribute], ident: &Ident) -> syn::Result<String> {
    let mut name = ident.to_string();
    if let Some(raw) = name.strip_prefix("r#") {
        name = raw.to_string();
    }
    for attr in attrs {
        if !attr.path().is_ident("kaa") {
            continue;
        }
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let s: LitStr = meta.value()?.parse()?;
                name = s.value();
                Ok(())
            } else {
                Err(meta.error("unknown kaa attribute; expected `rename = \"...\"`"))
            }
        })?;
    }
    Ok(name)
}

/// The generics with `bound` added to every type parameter.
fn bounded(input: &DeriveInput, bound: Tokens) -> syn::Generics {
    let mut g = input.generics.clone();
    for p in g.type_params_mut() {
        p.bounds.push(syn::parse2(bound.clone()).expect("a trait bound"));
    }
    g
}

fn expand_into_py(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let g = bounded(input, quote!(::kaa::IntoPy));
    let (impl_g, ty_g, where_g) = g.split_for_impl();
    let body = match &input.data {
        Data::Struct(s) => {
            let fields = &s.fields;
            let bind = destructure(fields);
            let value = fields_into_py(fields)?;
            quote! {
                let #name #bind = self;
                #value
            }
        }
        Data::Enum(e) => {
            let mut arms = Vec::new();
            for v in &e.variants {
                let vname = &v.ident;
                let pyname = py_name(&v.attrs, vname)?;
                let bind = destructure(&v.fields);
                let arm = if matches!(v.fields, Fields::Unit) {
                    quote! { #name::#vname => ::kaa::__private::variant_name(cx, #pyname), }
                } else {
                    let value = fields_into_py(&v.fields)?;
                    quote! {
                        #name::#vname #bind => {
                            let payload = { #value }?;
                            ::kaa::__private::tagged(cx, #pyname, payload)
                        }
                    }
                };
                arms.push(arm);
            }
            if arms.is_empty() {
                quote! { match self {} }
            } else {
                quote! { match self { #(#arms)* } }
            }
        }
        Data::Union(u) => {
            return Err(syn::Error::new_spanned(
                u.union_token,
                "IntoPy cannot be derived for a union",
            ));
        }
    };
    Ok(quote! {
        impl #impl_g ::kaa::IntoPy for #name #ty_g #where_g {
            fn into_py(self, cx: &mut ::kaa::Context) -> ::core::result::Result<::kaa::Value, ::kaa::Exception> {
                #body
            }
        }
    })
}

/// The names bound to the fields: `f_0, f_1, ...` or the field names.
fn bindings(fields: &Fields) -> Vec<Ident> {
    fields
        .iter()
        .enumerate()
        .map(|(i, f)| match &f.ident {
            Some(id) => Ident::new(
                &format!("f_{}", id.to_string().trim_start_matches("r#")),
                Span::call_site(),
            ),
            None => Ident::new(&format!("f_{i}"), Span::call_site()),
        })
        .collect()
}

/// A pattern binding every field: `{ a: f_a, b: f_b }` or `(f_0, f_1)`.
fn destructure(fields: &Fields) -> Tokens {
    let b = bindings(fields);
    match fields {
        Fields::Named(n) => {
            let ids = n.named.iter().map(|f| f.ident.as_ref());
            quote! { { #(#ids: #b),* } }
        }
        Fields::Unnamed(_) => quote! { ( #(#b),* ) },
        Fields::Unit => quote! {},
    }
}

/// An expression (`Result<Value, Exception>`) converting the bound fields.
fn fields_into_py(fields: &Fields) -> syn::Result<Tokens> {
    let b = bindings(fields);
    Ok(match fields {
        Fields::Named(n) => {
            let mut names = Vec::new();
            for f in &n.named {
                names.push(py_name(&f.attrs, f.ident.as_ref().expect("named"))?);
            }
            quote! { cx.dict() #(.set(#names, #b))* .build() }
        }
        Fields::Unnamed(_) if b.len() == 1 => {
            let f = &b[0];
            quote! { ::kaa::IntoPy::into_py(#f, cx) }
        }
        Fields::Unnamed(_) => quote! { ::kaa::__private::tuple(cx, vec![#(::kaa::AnyPy::new(#b)),*]) },
        Fields::Unit => quote! { ::core::result::Result::Ok(cx.none()) },
    })
}

fn expand_from_py(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let g = bounded(input, quote!(::kaa::FromPy));
    let (impl_g, ty_g, where_g) = g.split_for_impl();
    let body = match &input.data {
        Data::Struct(s) => {
            let build = fields_from_py(&s.fields, quote!(#name), quote!(v))?;
            quote! { #build }
        }
        Data::Enum(e) => {
            let mut names = Vec::new();
            let mut arms = Vec::new();
            for var in &e.variants {
                let vname = &var.ident;
                let pyname = py_name(&var.attrs, vname)?;
                names.push(pyname.clone());
                let arm = if matches!(var.fields, Fields::Unit) {
                    quote! {
                        #pyname => {
                            ::kaa::__private::unit_payload(cx, &payload, #pyname)?;
                            ::core::result::Result::Ok(#name::#vname)
                        }
                    }
                } else {
                    let build = fields_from_py(&var.fields, quote!(#name::#vname), quote!(p))?;
                    quote! {
                        #pyname => {
                            let p = ::kaa::__private::payload(cx, payload, #pyname)?;
                            let p = &p;
                            (|| -> ::core::result::Result<Self, ::kaa::Exception> { #build })().map_err(|e| e.__at(#pyname))
                        }
                    }
                };
                arms.push(arm);
            }
            quote! {
                const VARIANTS: &[&str] = &[#(#names),*];
                let (variant, payload) = ::kaa::__private::variant(cx, v)?;
                match variant.as_str() {
                    #(#arms)*
                    other => ::core::result::Result::Err(::kaa::__private::unknown_variant(other, VARIANTS)),
                }
            }
        }
        Data::Union(u) => {
            return Err(syn::Error::new_spanned(
                u.union_token,
                "FromPy cannot be derived for a union",
            ));
        }
    };
    Ok(quote! {
        impl #impl_g ::kaa::FromPy for #name #ty_g #where_g {
            fn from_py(v: &::kaa::Value, cx: &mut ::kaa::Context) -> ::core::result::Result<Self, ::kaa::Exception> {
                #body
            }
        }
    })
}

/// Statements returning `Result<Self, Exception>`: `ctor` built from the
/// value `src` (a `&Value`).
fn fields_from_py(fields: &Fields, ctor: Tokens, src: Tokens) -> syn::Result<Tokens> {
    Ok(match fields {
        Fields::Named(n) => {
            let mut inits = Vec::new();
            for f in &n.named {
                let id = f.ident.as_ref().expect("named");
                let pyname = py_name(&f.attrs, id)?;
                inits.push(quote! { #id: ::kaa::__private::field(cx, &d, #pyname)? });
            }
            quote! {
                let d = ::kaa::__private::dict(#src)?;
                ::core::result::Result::Ok(#ctor { #(#inits),* })
            }
        }
        Fields::Unnamed(u) if u.unnamed.len() == 1 => {
            quote! { ::core::result::Result::Ok(#ctor(::kaa::FromPy::from_py(#src, cx)?)) }
        }
        Fields::Unnamed(u) => {
            let n = u.unnamed.len();
            let items = (0..n).map(|i| quote! { ::kaa::__private::item(cx, &items, #i)? });
            quote! {
                let items = ::kaa::__private::tuple_items(#src, #n)?;
                ::core::result::Result::Ok(#ctor(#(#items),*))
            }
        }
        Fields::Unit => quote! {
            ::kaa::__private::unit(cx, #src)?;
            ::core::result::Result::Ok(#ctor)
        },
    })
}
