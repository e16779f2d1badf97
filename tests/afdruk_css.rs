//! The app's in-page print view uses the same CSS as the downloadable print file. The app
//! cannot inject a <style> element (its Content-Security-Policy forbids inline styles), so the
//! CSS is also a file in style/; this test keeps the two identical.

#[test]
fn style_afdruk_css_is_the_print_modules_css() {
    let bestand = include_str!("../style/afdruk.css");
    assert!(bestand == vangnet::print::AFDRUK_CSS, "style/afdruk.css differs from print::AFDRUK_CSS; copy the constant into the file");
}
