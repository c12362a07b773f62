//! Parsing a value whose unit is known (or absent) does not touch the heap, and a [`Threshold`]
//! stays small. A counting global allocator proves it on every real value of
//! `data/real-values.tsv`.
//!
//! A qualitative target of up to 46 bytes (15 Chinese characters) is kept inline and allocates
//! nothing; a longer one, and a unit written otherwise (`/株`), own a `Box<str>` and allocate
//! exactly that; everything else must allocate nothing.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use jixiao::{Actual, Threshold, Unit};

/// Counts allocations made by the current thread (tests run on several threads).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counter is a
// thread-local `Cell` with a const initialiser, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's arguments.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made while running `f`, and its result.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (ALLOCATIONS.with(Cell::get) - before, out)
}

const REAL_VALUES: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/real-values.tsv"));

/// The (target, actual) columns of every row.
fn rows() -> Vec<(&'static str, &'static str)> {
    let mut lines = REAL_VALUES.lines();
    let header: Vec<&str> = lines.next().expect("a header").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (t, a) = (col("target"), col("actual"));
    lines
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            (cells.get(t).copied().unwrap_or(""), cells.get(a).copied().unwrap_or(""))
        })
        .collect()
}

fn owns_text(unit: &Unit) -> bool {
    matches!(unit, Unit::Other(_))
}

#[test]
fn threshold_is_small() {
    let size = std::mem::size_of::<Threshold>();
    assert!(size <= 64, "size_of::<Threshold>() is {size}");
}

#[test]
fn thresholds_with_known_units_do_not_allocate() {
    let mut checked = 0;
    for (target, _) in rows() {
        let (n, parsed) = allocations(|| Threshold::parse(target));
        // a short qualitative text is kept inline, a long one is one allocation; a unit kept as
        // written two (its text, and the thin box that keeps every quantity small)
        let allowed = match &parsed {
            Ok(Threshold::Qualitative(q) | Threshold::Unread(q)) if q.as_str().len() > 46 => 1,
            Ok(t) if t.unit().is_some_and(owns_text) => 2,
            _ => 0,
        };
        if allowed > 0 {
            assert!(n <= allowed, "{target:?} allocated {n} times for its one text");
        } else {
            assert_eq!(n, 0, "{target:?} ({parsed:?}) allocated {n} times");
            checked += 1;
        }
        drop(parsed);
    }
    // most real values have a known unit or none: the proof covers them
    assert!(checked >= 120, "only {checked} values were checked");
}

#[test]
fn actuals_with_known_units_do_not_allocate() {
    let mut checked = 0;
    for (_, actual) in rows() {
        if actual.is_empty() {
            continue;
        }
        let (n, parsed) = allocations(|| Actual::parse(actual));
        let allowed = match &parsed {
            Ok(Actual::Text(_)) => 1,
            Ok(a) if a.quantity().is_some_and(|q| owns_text(q.unit())) => 2,
            _ => 0,
        };
        if allowed > 0 {
            assert!(n <= allowed, "{actual:?} allocated {n} times for its one text");
        } else {
            assert_eq!(n, 0, "{actual:?} ({parsed:?}) allocated {n} times");
            checked += 1;
        }
    }
    assert!(checked >= 50, "only {checked} actuals were checked");
}

#[test]
fn the_counter_counts() {
    let (n, v) = allocations(|| vec![1u8; 16]);
    assert_eq!((n, v.len()), (1, 16));
}
