//! Reactive reads for views.
//!
//! Leptos compiles its rendering code once per closure type, and every
//! `move || …` written in a view is a type of its own. Routing reads through
//! [`bind`], with the reading done by a plain function pointer, gives every
//! binding of the same source, key and result one shared type, so the page's
//! download grows with the kinds of bindings, not with their number.

use leptos::prelude::*;

/// A closure that reads `source` through `read`, tracking it when rendered.
pub fn bind<S, K, T>(
    source: S,
    key: K,
    read: fn(&S::Value, K) -> T,
) -> impl Fn() -> T + Copy + Send + Sync + 'static
where
    S: With + Copy + Send + Sync + 'static,
    S::Value: Sized,
    K: Copy + Send + Sync + 'static,
    T: 'static,
{
    move || source.with(|value| read(value, key))
}

/// [`bind`] without a key.
pub fn read<S, T>(
    source: S,
    read: fn(&S::Value) -> T,
) -> impl Fn() -> T + Copy + Send + Sync + 'static
where
    S: With + Copy + Send + Sync + 'static,
    S::Value: Sized,
    T: 'static,
{
    bind(source, read, |value, read| read(value))
}
