//! Prints the model's assessment for answers given as share-link queries, as
//! one JSON object keyed by query: what the page must show for those answers.
//! The end-to-end suite compares the rendered table with it, so the page is
//! checked against the model rather than against values copied into tests.
//!
//!     cargo run --example assessment -- "students=140&staff=10" "source=clever"

use rostering_advisor::model::{answer_text, assess, Factor, Method};
use rostering_advisor::state::query;
use serde_json::{json, Map, Value};

fn main() {
    let all: Map<String, Value> = std::env::args()
        .skip(1)
        .map(|query| {
            let expected = expected(&query);
            (query, expected)
        })
        .collect();
    println!("{}", Value::Object(all));
}

fn expected(query: &str) -> Value {
    let answers = query::decode(query)
        .map(|s| s.plan.answers_of(&s.plan.suites[0]))
        .unwrap_or_default();
    let a = assess(&answers);

    let mut factors = Map::new();
    for factor in Factor::ALL {
        let mut methods = Map::new();
        for method in Method::ALL {
            let cell = a.method(method).cell(factor);
            methods.insert(
                method.id().into(),
                json!({ "fit": cell.fit.id(), "label": cell.fit.label(), "reason": cell.reason }),
            );
        }
        factors.insert(
            factor.id().into(),
            json!({ "answer": answer_text(&answers, factor), "methods": methods }),
        );
    }
    let scores: Map<String, Value> = Method::ALL
        .iter()
        .map(|&m| (m.id().to_owned(), json!(a.method(m).score)))
        .collect();
    json!({
        "recommended": a.recommended.name(),
        "recommendedId": a.recommended.id(),
        "clarity": a.clarity.id(),
        "factors": factors,
        "scores": scores,
    })
}
