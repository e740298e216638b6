//! Compile-fail suite: every misuse of the derive and the builder, with the compiler output a
//! user sees (`tests/ui/*.stderr`, read line by line when written).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
