//! Arbitrary bytes as JSON into every model shape: no panic, and the same outcome as the
//! serde_derive mirror (same JSON bytes when accepted, same message when rejected).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| apimodel_fuzz::json(data));
