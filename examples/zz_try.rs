fn main() {
    for s in std::env::args().skip(1) {
        let t = jixiao::Threshold::parse(&s);
        let a = jixiao::Actual::parse(&s);
        match &t {
            Ok(t) => println!("{s}\tT {t}\t{:?}", t),
            Err(e) => println!("{s}\tT ERR {e}"),
        }
        match &a {
            Ok(a) => println!("\tA {a}"),
            Err(e) => println!("\tA ERR {e}"),
        }
    }
}
