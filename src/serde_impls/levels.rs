//! [`Level1`] and [`Level2`] as `{kind, name}`: the kind a program matches on, the name as a
//! reader sees it. Reading checks that the two agree (`{"kind": "output", "name": "效益指标"}`
//! is refused) and accepts a plain string (`"产出指标"`), read as a table would be.

use core::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::level::{Level1, Level2};

/// 一级 or 二级指标: kind and name (canonical for known kinds, as written for `other`).
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
struct LevelRepr {
    /// The category: a key such as `output` or `quantity`, or `other`.
    kind: String,
    /// The name.
    name: String,
}

/// What both levels have for JSON.
trait Level: Sized + Clone + PartialEq {
    const WHAT: &'static str;
    const KINDS: &'static [&'static str];
    fn kind(&self) -> &'static str;
    fn name(&self) -> &str;
    fn parse(name: &str) -> Result<Self, crate::ParseError>;
}

impl Level for Level1 {
    const WHAT: &'static str = "一级指标 (level 1)";
    const KINDS: &'static [&'static str] = Level1::KINDS;
    fn kind(&self) -> &'static str {
        Level1::kind(self)
    }
    fn name(&self) -> &str {
        Level1::name(self)
    }
    fn parse(name: &str) -> Result<Self, crate::ParseError> {
        Level1::parse(name)
    }
}

impl Level for Level2 {
    const WHAT: &'static str = "二级指标 (level 2)";
    const KINDS: &'static [&'static str] = Level2::KINDS;
    fn kind(&self) -> &'static str {
        Level2::kind(self)
    }
    fn name(&self) -> &str {
        Level2::name(self)
    }
    fn parse(name: &str) -> Result<Self, crate::ParseError> {
        Level2::parse(name)
    }
}

fn serialize<L: Level, S: Serializer>(level: &L, s: S) -> Result<S::Ok, S::Error> {
    LevelRepr { kind: level.kind().to_string(), name: level.name().to_string() }.serialize(s)
}

/// The level a name reads as, which must be of `kind` when one is given.
fn read<L: Level, E: de::Error>(kind: Option<&str>, name: &str) -> Result<L, E> {
    let level = L::parse(name).map_err(|e| E::custom(format!("{}: `{name}`: {e}", L::WHAT)))?;
    match kind {
        None => Ok(level),
        Some(k) if !L::KINDS.contains(&k) => {
            Err(E::custom(format!("{}: unknown kind `{k}`, expected one of {}", L::WHAT, L::KINDS.join(", "))))
        }
        Some(k) if k == level.kind() => Ok(level),
        Some(k) => Err(E::custom(format!("{}: the name `{name}` is of kind `{}`, not `{k}`", L::WHAT, level.kind()))),
    }
}

struct LevelVisitor<L>(core::marker::PhantomData<L>);

impl<'de, L: Level> Visitor<'de> for LevelVisitor<L> {
    type Value = L;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} as {{\"kind\", \"name\"}} or as its name", L::WHAT)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<L, E> {
        read(None, v)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<L, A::Error> {
        let r = LevelRepr::deserialize(de::value::MapAccessDeserializer::new(map))?;
        read(Some(&r.kind), &r.name)
    }
}

impl Serialize for Level1 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize(self, s)
    }
}

impl<'de> Deserialize<'de> for Level1 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LevelVisitor(core::marker::PhantomData))
    }
}

impl Serialize for Level2 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize(self, s)
    }
}

impl<'de> Deserialize<'de> for Level2 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LevelVisitor(core::marker::PhantomData))
    }
}

#[cfg(feature = "schemars")]
fn schema(kinds: &[&str], what: &str) -> schemars::Schema {
    schemars::json_schema!({
        "description": format!("{what}: an object with its kind and name (canonical for known kinds, as written for `other`); read also from the name alone."),
        "anyOf": [
            {
                "type": "object",
                "properties": {
                    "kind": { "type": "string", "enum": kinds, "description": "The category; `other` for a name outside the taxonomy." },
                    "name": { "type": "string", "minLength": 1, "description": "The name: canonical for a known kind, as written for `other`." }
                },
                "required": ["kind", "name"]
            },
            { "type": "string", "minLength": 1 }
        ]
    })
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Level1 {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level1".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schema(Level1::KINDS, "一级指标 (level 1)")
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Level2 {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level2".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schema(Level2::KINDS, "二级指标 (level 2)")
    }
}
