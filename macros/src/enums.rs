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
    let from_index = known.iter().enumerate().map(|(i, v)| {
        let var = v.ident;
        quote!(#i => __ap::Some(Self::#var),)
    });
    let index = known.iter().enumerate().map(|(i, v)| {
        let var = v.ident;
        quote!(Self::#var => __ap::Ok(#i),)
    });
    let (other_arm, other_const, from_str_err, from_str_body) = match other {
        Some(v) => {
            let var = v.ident;
            (
                quote!(Self::#var(__other) => ::core::result::Result::Err(__other),),
                quote!(__ap::Some(Self::#var)),
                quote!(::core::convert::Infallible),
                quote!(__ap::Ok(#enums::parse_open(__s, Self::#var))),
            )
        }
        None => (
            TokenStream::new(),
            quote!(__ap::None),
            quote!(#krate::ParseEnumError),
            quote!(#enums::parse::<Self>(__s)),
        ),
    };
    let as_str_doc = format!("The wire value of this `{name}`, as serialized.");

    quote! {
        #[doc(hidden)]
        const _: () = {
            use #krate::__private as __ap;

            #[automatically_derived]
            impl #enums::StrEnum for #ident {
                const NAME: &'static str = #name;
                const VARIANTS: &'static [&'static str] = &[#(#wires),*];
                const OTHER: __ap::Option<fn(__ap::String) -> Self> = #other_const;
                fn from_index(__index: usize) -> __ap::Option<Self> {
                    match __index {
                        #(#from_index)*
                        _ => __ap::None,
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
        };
    }
}
