//! Arbitrary bytes as postcard into every model shape: no panic, and the same outcome as the
//! serde_derive mirror (same postcard and JSON bytes when accepted, same error when rejected).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| apimodel_fuzz::postcard(data));
