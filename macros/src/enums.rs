//! String enums: the variant table and two matches; the rest is `apimodel::__private::enums`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Container, Variant};

pub fn expand(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let krate = cont.krate();
    let private = quote!(#krate::__private);
    let serde = quote!(#private::serde);
    let enums = quote!(#private::enums);
    let ident = cont.ident;
    let name = ident.to_string();

    let other = variants.iter().find(|v| v.attrs.other.is_set());
    let known: Vec<&Variant<'_>> = variants
        .iter()
        .filter(|v| !v.attrs.other.is_set())
        .collect();
    let wires = known.iter().map(|v| &v.wire);
    let from_index = known.iter().enumerate().map(|(i, v)| {
        let var = v.ident;
        quote!(#i => ::core::option::Option::Some(Self::#var),)
    });
    let index = known.iter().enumerate().map(|(i, v)| {
        let var = v.ident;
        quote!(Self::#var => ::core::result::Result::Ok(#i),)
    });
    let (other_arm, other_const, from_str_err, from_str_body) = match other {
        Some(v) => {
            let var = v.ident;
            (
                quote!(Self::#var(__other) => ::core::result::Result::Err(__other),),
                quote!(::core::option::Option::Some(Self::#var)),
                quote!(::core::convert::Infallible),
                quote!(::core::result::Result::Ok(#enums::parse_open(__s, Self::#var))),
            )
        }
        None => (
            TokenStream::new(),
            quote!(::core::option::Option::None),
            quote!(#krate::ParseEnumError),
            quote!(#enums::parse::<Self>(__s)),
        ),
    };
    let as_str_doc = format!("The wire value of this `{name}`, as serialized.");

    quote! {
        #[doc(hidden)]
        const _: () = {
            #[automatically_derived]
            impl #enums::StrEnum for #ident {
                const NAME: &'static str = #name;
                const VARIANTS: &'static [&'static str] = &[#(#wires),*];
                const OTHER: ::core::option::Option<fn(#private::String) -> Self> = #other_const;
                fn from_index(__index: usize) -> ::core::option::Option<Self> {
                    match __index {
                        #(#from_index)*
                        _ => ::core::option::Option::None,
                    }
                }
                fn index(&self) -> ::core::result::Result<usize, &str> {
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
                    #enums::as_str(self)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #enums::fmt(self, __f)
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #from_str_err;
                fn from_str(__s: &str) -> ::core::result::Result<Self, Self::Err> {
                    #from_str_body
                }
            }

            #[automatically_derived]
            impl #serde::Serialize for #ident {
                fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                    #enums::serialize(self, __serializer)
                }
            }

            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #ident {
                fn deserialize<__D: #serde::Deserializer<'de>>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error> {
                    #enums::deserialize(__deserializer)
                }
            }
        };
    }
}
