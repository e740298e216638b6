//! Shared fixtures of apimodel's test suite.
