//! Shared fixtures of apimodel's test suite.

pub mod mirror;
pub mod stackone;
