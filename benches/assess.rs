//! The model's own cost: `assess` and `what_if` over the whole answer grid,
//! timed with a plain `Instant` loop. Run with `cargo bench --bench assess`.

use std::hint::black_box;
use std::time::Instant;

use rostering_advisor::model::{
    assess, what_if, Answers, Choice, Frequency, Mobility, Source, HEAD_COUNT_EDGES, MAX_COUNT,
};

/// Every choice answer, at head counts on both sides of every band edge.
fn grid() -> Vec<Answers> {
    let mut totals = vec![0, 2 * MAX_COUNT];
    for edge in HEAD_COUNT_EDGES {
        totals.extend([edge - 1, edge]);
    }
    let mut all = Vec::new();
    for &total in &totals {
        for &mobility in Mobility::ALL {
            for &frequency in Frequency::ALL {
                for &source in Source::ALL {
                    for sso in [false, true] {
                        for nwea in [false, true] {
                            let base = Answers {
                                mobility,
                                frequency,
                                source,
                                sso,
                                nwea,
                                ..Answers::default()
                            };
                            all.push(base.with_head_count(total));
                        }
                    }
                }
            }
        }
    }
    all
}

fn time_per_call(label: &str, answers: &[Answers], rounds: usize, f: impl Fn(&Answers)) {
    // One untimed pass, so the first round does not pay for cold caches.
    answers.iter().for_each(&f);
    let start = Instant::now();
    for _ in 0..rounds {
        answers.iter().for_each(&f);
    }
    let calls = (rounds * answers.len()) as f64;
    let nanos = start.elapsed().as_nanos() as f64 / calls;
    println!("{label:<10} {nanos:>9.0} ns per call  ({calls} calls)");
}

fn main() {
    let answers = grid();
    println!("answer grid: {} answer sets", answers.len());
    time_per_call("assess", &answers, 200, |a| {
        black_box(assess(black_box(a)));
    });
    time_per_call("what_if", &answers, 20, |a| {
        black_box(what_if(black_box(a)));
    });
}
