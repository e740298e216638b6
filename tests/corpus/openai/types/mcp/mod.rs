mod impls;
mod mcp_;

pub use mcp_::*;
