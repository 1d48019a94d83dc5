//! `JSON Parse` reading: serde_json parses straight into 4D values (objects with interned
//! keys, collections, Reals, `"YYYY-MM-DD"` texts as dates), without building
//! serde_json's own tree first.

use crate::keys::Key;
use crate::value::{Coll, Obj, PropMap, Value};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON text as a 4D value (numbers are Reals, as 4D reads them).
pub fn parse_value(text: &str) -> Result<Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let v = ValueSeed.deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}

struct ValueSeed;

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Real(n as f64))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Real(n as f64))
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Value, E> {
        Ok(Value::Real(n))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        Ok(match super::json::iso_day(s) {
            Some(d) => Value::Date(d),
            None => Value::text(s),
        })
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element_seed(ValueSeed)? {
            items.push(v);
        }
        Ok(Value::Collection(Coll::from_vec(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut props = PropMap::default();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let v = map.next_value_seed(ValueSeed)?;
            // A repeated key keeps its first position and takes the last value.
            props.insert(key, v);
        }
        Ok(Value::Object(Obj::with_props(props)))
    }
}

/// An object key, interned without an intermediate `String` when the text has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Key, E> {
        Ok(Key::intern(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nested_values_in_order() {
        let v = parse_value(r#"{"b":[1,2.5,"x",null,true],"a":{"k":-3},"b2":{}}"#).unwrap();
        assert_eq!(
            crate::builtins::json::stringify(&v, false),
            r#"{"b":[1,2.5,"x",null,true],"a":{"k":-3},"b2":{}}"#
        );
    }

    #[test]
    fn repeated_key_keeps_first_position_and_last_value() {
        let v = parse_value(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(
            crate::builtins::json::stringify(&v, false),
            r#"{"a":3,"b":2}"#
        );
    }

    #[test]
    fn rejects_trailing_text_and_bad_syntax() {
        assert!(parse_value("[1] x").is_err());
        assert!(parse_value("{\"a\":}").is_err());
        let e = parse_value("[1,\n2,]").unwrap_err();
        assert_eq!((e.line(), e.column()), (2, 3));
    }
}
