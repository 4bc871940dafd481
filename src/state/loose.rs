//! A plain tree of JSON values for reading saved records field by field.
//!
//! In the browser the text is parsed by the browser's own `JSON.parse`, so no
//! JSON parser ships in the WebAssembly (serde_json's reader would add about
//! seven kilobytes to the gzipped download). Native builds, where the codec
//! is tested, parse with serde_json into the same tree.

#[derive(Clone, Debug, PartialEq)]
pub enum Loose {
    Null,
    Flag(bool),
    Number(f64),
    Text(String),
    List(Vec<Loose>),
    Object(Vec<(String, Loose)>),
}

impl Loose {
    /// The value under `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Loose> {
        match self {
            Self::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<f64> {
        match self {
            Self::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Self::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_flag(&self) -> Option<bool> {
        match self {
            Self::Flag(b) => Some(*b),
            _ => None,
        }
    }

    /// A whole, non-negative number, as schema versions are.
    pub fn as_whole(&self) -> Option<u64> {
        let n = self.as_number()?;
        (n >= 0.0 && n.fract() == 0.0 && n <= u64::MAX as f64).then_some(n as u64)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Self::Object(_))
    }
}

/// Deeper nesting than any record needs is cut off in the browser, so a
/// hostile value cannot exhaust the stack.
#[cfg(target_arch = "wasm32")]
const MAX_DEPTH: usize = 32;

/// Parse JSON text into a tree, or `None` when it is not JSON.
pub fn parse(text: &str) -> Option<Loose> {
    #[cfg(target_arch = "wasm32")]
    {
        let value = js_sys::JSON::parse(text).ok()?;
        Some(from_js(&value, 0))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::from_str(text).ok()
    }
}

#[cfg(target_arch = "wasm32")]
fn from_js(value: &wasm_bindgen::JsValue, depth: usize) -> Loose {
    use js_sys::{Array, Object};
    use wasm_bindgen::JsCast;

    if depth > MAX_DEPTH {
        Loose::Null
    } else if let Some(flag) = value.as_bool() {
        Loose::Flag(flag)
    } else if let Some(number) = value.as_f64() {
        Loose::Number(number)
    } else if let Some(text) = value.as_string() {
        Loose::Text(text)
    } else if Array::is_array(value) {
        let items = value.unchecked_ref::<Array>().iter();
        Loose::List(items.map(|item| from_js(&item, depth + 1)).collect())
    } else if let Some(object) = value.dyn_ref::<Object>() {
        // JSON.parse already kept the last of any repeated key.
        let entries = Object::entries(object);
        let fields = entries.iter().map(|entry| {
            let entry: Array = entry.unchecked_into();
            let key = entry.get(0).as_string().unwrap_or_default();
            (key, from_js(&entry.get(1), depth + 1))
        });
        Loose::Object(fields.collect())
    } else {
        Loose::Null
    }
}

/// serde_json gives up on nesting deeper than 128 levels by itself, which
/// keeps the native reader safe from the same hostile values.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::Loose;
    use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

    struct LooseVisitor;

    impl<'de> Visitor<'de> for LooseVisitor {
        type Value = Loose;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("any JSON value")
        }

        fn visit_unit<E>(self) -> Result<Loose, E> {
            Ok(Loose::Null)
        }

        fn visit_bool<E>(self, v: bool) -> Result<Loose, E> {
            Ok(Loose::Flag(v))
        }

        fn visit_i64<E>(self, v: i64) -> Result<Loose, E> {
            Ok(Loose::Number(v as f64))
        }

        fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
            Ok(Loose::Number(v as f64))
        }

        fn visit_f64<E>(self, v: f64) -> Result<Loose, E> {
            Ok(Loose::Number(v))
        }

        fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
            Ok(Loose::Text(v.to_owned()))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            Ok(Loose::List(items))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
            let mut fields: Vec<(String, Loose)> = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                // As JSON.parse does, a repeated key keeps its last value.
                let value = map.next_value()?;
                match fields.iter_mut().find(|(k, _)| *k == key) {
                    Some(field) => field.1 = value,
                    None => fields.push((key, value)),
                }
            }
            Ok(Loose::Object(fields))
        }
    }

    impl<'de> Deserialize<'de> for Loose {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(LooseVisitor)
        }
    }
}
