//! String enums: the variant table and two matches; the rest is `apimodel::__private::enums`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Container, Variant};

pub fn expand(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let krate = cont.krate();
    let serde = quote!(__ap::serde);
    let enums = quote!(__ap::enums);
    let ident = cont.ident;
    let name = ident.to_string();

    let other = variants.iter().find(|v| v.attrs.other.is_set());
    let known: Vec<&Variant<'_>> = variants
        .iter()
        .filter(|v| !v.attrs.other.is_set())
        .collect();
    let wires = known.iter().map(|v| &v.wire);
    // `from_index` is only called with indices of `VARIANTS`; its last arm is a wildcard so
    // the match needs no panic.
    let last = known.len().saturating_sub(1);
    let from_index = known.iter().enumerate().map(|(i, v)| {
        let var = v.ident;
        if i == last {
            quote!(_ => Self::#var,)
        } else {
            quote!(#i => Self::#var,)
        }
    });
    let from_index_fallback = match (known.is_empty(), other) {
        (false, _) => TokenStream::new(),
        (true, Some(v)) => {
            let var = v.ident;
            quote!(_ => Self::#var(__ap::String::new()),)
        }
        // An enum without variants has no value to return, and no index reaches here.
        (true, None) => quote!(_ => ::core::unreachable!(),),
    };
    let index = known.iter().enumerate().map(|(i, v)| {
        let var = v.ident;
        quote!(Self::#var => __ap::Ok(#i),)
    });
    let (other_arm, other_const, from_str_err, from_str_body) = match other {
        Some(v) => {
            let var = v.ident;
            (
                quote!(Self::#var(__other) => __ap::Err(__other),),
                quote!(__ap::Some(Self::#var)),
                quote!(::core::convert::Infallible),
                quote! {
                    __ap::Ok(match #enums::parse_open(<Self as #enums::StrEnum>::VARIANTS, __s) {
                        __ap::Ok(__i) => <Self as #enums::StrEnum>::from_index(__i),
                        __ap::Err(__other) => Self::#var(__other),
                    })
                },
            )
        }
        None => (
            TokenStream::new(),
            quote!(__ap::None),
            quote!(#krate::ParseEnumError),
            quote! {
                __ap::Result::map(
                    #enums::parse(#name, <Self as #enums::StrEnum>::VARIANTS, __s),
                    <Self as #enums::StrEnum>::from_index,
                )
            },
        ),
    };
    let as_str_doc = format!("The wire value of this `{name}`, as serialized.");

    // Goes into the derive's `const _` block, where the runtime is `__ap`.
    quote! {
            #[automatically_derived]
            impl #enums::StrEnum for #ident {
                const NAME: &'static str = #name;
                const VARIANTS: &'static [&'static str] = &[#(#wires),*];
                const OTHER: __ap::Option<fn(__ap::String) -> Self> = #other_const;
                fn from_index(__index: usize) -> Self {
                    match __index {
                        #(#from_index)*
                        #from_index_fallback
                    }
                }
                fn index(&self) -> __ap::Result<usize, &str> {
                    match self {
                        #(#index)*
                        #other_arm
                    }
                }
            }

            #[automatically_derived]
            impl #ident {
                #[doc = #as_str_doc]
                #[inline]
                pub fn as_str(&self) -> &str {
                    #enums::wire(<Self as #enums::StrEnum>::VARIANTS, <Self as #enums::StrEnum>::index(self))
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __f.pad(self.as_str())
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #from_str_err;
                fn from_str(__s: &str) -> __ap::Result<Self, Self::Err> {
                    #from_str_body
                }
            }

            #[automatically_derived]
            impl #serde::Serialize for #ident {
                fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                    #enums::serialize(self, __serializer)
                }
            }

            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #ident {
                fn deserialize<__D: #serde::Deserializer<'de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                    #enums::deserialize(__deserializer)
                }
            }
    }
}
