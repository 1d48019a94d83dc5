//! The `4D.CryptoKey` class (docs `API/CryptoKeyClass.md`): `4D.CryptoKey.new(settings)`
//! for a new RSA or ECDSA key pair or one read from PEM, the read-only properties `.type`,
//! `.curve` (ECDSA) and `.size` (RSA), and the member functions `.getPrivateKey()`,
//! `.getPublicKey()`, `.sign()`, `.verify()`, `.encrypt()` and `.decrypt()`.
//!
//! This module owns the 4D side: reading `settings` and `options` objects, the Base64 /
//! Base64URL / UTF-8 encodings, the status objects `.verify()` and `.decrypt()` return,
//! and the errors. The cryptography itself is in `cryptokey/keypair.rs`.
//!
//! A key is a shared object (so processes can share it) whose native payload is the
//! [`KeyPair`]; `.type`, `.curve` and `.size` are stored on it as ordinary properties (so
//! `JSON Stringify` and `OB Keys` show them) and refuse writes.
//!
//! Defaults the documentation leaves open, chosen here: `hash` is "SHA256" when omitted;
//! a key read from PEM reports the type of the key it holds ("RSA" or "ECDSA"); ECDSA
//! signatures are the fixed-size `r||s` form JWT's ES256/384/512 use. Unusable settings
//! or options raise an error; a signature that does not match, or a message that cannot
//! be decrypted, gives `success: false` and an `errors` collection instead.

mod keypair;

use super::Ctx;
use super::error::{R, codes, err};
use super::native::Native;
use crate::builtins::{Args, Member, Receiver};
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};
use base64::Engine;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::{DecodePaddingMode, general_purpose};
use keypair::{Curve, Hash, KeyPair, Kind};
use std::sync::Arc;

/// The default RSA size (docs: `.size`, "typically 2048").
const DEFAULT_RSA_BITS: usize = 2048;

/// `4D.CryptoKey.new(settings)`.
pub fn new_key(ctx: &mut Ctx, settings: Option<Value>) -> R {
    let settings = match settings {
        Some(Value::Object(o)) => o,
        other => {
            let got = other.map_or(String::new(), |v| format!(", not {}", v.type_name()));
            return settings_error(format!(
                "4D.CryptoKey.new() needs a settings object with a type (\"RSA\", \"ECDSA\" or \"PEM\"){got}"
            ));
        }
    };
    let kind = setting_text(&settings, "type")?.unwrap_or_default();
    let pair = match kind.to_ascii_uppercase().as_str() {
        "ECDSA" => {
            let name = setting_text(&settings, "curve")?;
            let curve = match name.as_deref() {
                None | Some("") => Curve::P256,
                Some(n) => Curve::parse(n).map_or_else(
                    || {
                        settings_error(format!(
                            "Unsupported ECDSA curve \"{n}\": use \"prime256v1\" (or \"secp256r1\"), \"secp384r1\" or \"secp521r1\""
                        ))
                    },
                    Ok,
                )?,
            };
            KeyPair::generate_ec(curve)
        }
        "RSA" => {
            let bits = rsa_size(&settings)?;
            KeyPair::generate_rsa(bits)
                .or_else(|e| settings_error(format!("Cannot generate an RSA key: {e}")))?
        }
        "PEM" => {
            let pem = setting_text(&settings, "pem")?.unwrap_or_default();
            KeyPair::from_pem(&pem)
                .or_else(|e| settings_error(format!("Cannot load the PEM key: {e}")))?
        }
        "" => {
            return settings_error(
                "The settings of 4D.CryptoKey.new() need a type: \"RSA\", \"ECDSA\" or \"PEM\"",
            );
        }
        _ => {
            return settings_error(format!(
                "Unknown key type \"{kind}\": use \"RSA\", \"ECDSA\" or \"PEM\""
            ));
        }
    };
    Ok(Value::Object(key_object(ctx, pair)))
}

fn settings_error<T>(message: impl Into<String>) -> R<T> {
    err(codes::CRYPTO_SETTINGS, message)
}

fn options_error<T>(message: impl Into<String>) -> R<T> {
    err(codes::CRYPTO_OPTIONS, message)
}

/// A text property of a settings or options object; `None` when absent (Undefined/Null).
fn setting_text(o: &Obj, name: &str) -> R<Option<String>> {
    match o.get(Key::intern(name)) {
        Value::Text(t) => Ok(Some(t.to_string())),
        Value::Undefined | Value::Null => Ok(None),
        other => err(
            codes::TYPE_MISMATCH,
            format!(
                "The property `{name}` must be a Text, not {}",
                other.type_name()
            ),
        ),
    }
}

/// `settings.size`: 2048 when absent; whole numbers from 512 to 4096.
fn rsa_size(settings: &Obj) -> R<usize> {
    let v = settings.get(Key::intern("size"));
    let n = match v {
        Value::Undefined | Value::Null => return Ok(DEFAULT_RSA_BITS),
        other => other.as_number().map_or_else(
            || {
                err(
                    codes::TYPE_MISMATCH,
                    format!(
                        "The property `size` must be a Number, not {}",
                        other.type_name()
                    ),
                )
            },
            Ok,
        )?,
    };
    let range = keypair::RSA_MIN_BITS as f64..=keypair::RSA_MAX_BITS as f64;
    if n.fract() != 0.0 || !range.contains(&n) {
        return settings_error(format!(
            "Invalid RSA key size {n}: use a number of bits from {} to {} (2048 by default)",
            keypair::RSA_MIN_BITS,
            keypair::RSA_MAX_BITS
        ));
    }
    Ok(n as usize)
}

/// The shared `4D.CryptoKey` object holding `pair`.
fn key_object(ctx: &mut Ctx, pair: KeyPair) -> Obj {
    let kind = pair.kind();
    let o = ctx.new_shared_object();
    o.set_native(Native::Other("CryptoKey", Arc::new(pair)));
    o.set_class(super::class::builtin_class("CryptoKey"));
    match kind {
        Kind::Rsa { bits } => {
            o.set_raw(Key::intern("type"), Value::text("RSA"));
            o.set_raw(Key::intern("size"), Value::Real(bits as f64));
        }
        Kind::Ecdsa(curve) => {
            o.set_raw(Key::intern("type"), Value::text("ECDSA"));
            o.set_raw(Key::intern("curve"), Value::text(curve.name()));
        }
    }
    o
}

/// Writes to a key: `.type`, `.curve` and `.size` are read-only; other names are
/// ordinary properties of a shared object.
pub fn native_set(key: Key) -> R<bool> {
    match key.as_str() {
        "type" | "curve" | "size" => err(
            codes::READ_ONLY,
            format!("The property `{key}` of a 4D.CryptoKey is read-only"),
        ),
        _ => Ok(false),
    }
}

fn key_of(recv: &Value) -> R<Arc<KeyPair>> {
    match recv {
        Value::Object(o) => o.native().and_then(|n| n.downcast::<KeyPair>()),
        _ => None,
    }
    .map_or_else(
        || err(codes::NOT_AN_OBJECT, "This is not a 4D.CryptoKey"),
        Ok,
    )
}

/// How a text stands for bytes (`encoding`, `encodingEncrypted`, `encodingDecrypted`).
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Base64,
    Base64Url,
}

/// Decoding accepts text with or without `=` padding (and ignores line breaks).
const LENIENT: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const BASE64_IN: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT);
const BASE64URL_IN: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, LENIENT);

impl Encoding {
    /// Base64 is padded; Base64URL is not (as in a JSON Web Token).
    fn encode(self, bytes: &[u8]) -> String {
        match self {
            Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
            Encoding::Base64 => general_purpose::STANDARD.encode(bytes),
            Encoding::Base64Url => general_purpose::URL_SAFE_NO_PAD.encode(bytes),
        }
    }
    fn decode(self, text: &str) -> Result<Vec<u8>, String> {
        let clean: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        match self {
            Encoding::Utf8 => Ok(text.as_bytes().to_vec()),
            Encoding::Base64 => BASE64_IN
                .decode(clean)
                .map_err(|e| format!("the text is not valid Base64 ({e})")),
            Encoding::Base64Url => BASE64URL_IN
                .decode(clean)
                .map_err(|e| format!("the text is not valid Base64URL ({e})")),
        }
    }
}

/// The options object of a member call (absent, Null or an object).
struct Options(Option<Obj>);

impl Options {
    fn from_arg(args: &Args, i: usize) -> R<Options> {
        args.object_opt(i).map(Options)
    }
    fn text(&self, name: &str) -> R<Option<String>> {
        match &self.0 {
            Some(o) => setting_text(o, name),
            None => Ok(None),
        }
    }
    /// `hash`: SHA256 (the default), SHA384 or SHA512.
    fn hash(&self) -> R<Hash> {
        match self.text("hash")? {
            None => Ok(Hash::Sha256),
            Some(h) => Hash::parse(&h).map_or_else(
                || {
                    options_error(format!(
                        "Unsupported hash \"{h}\": use \"SHA256\", \"SHA384\" or \"SHA512\""
                    ))
                },
                Ok,
            ),
        }
    }
    /// An encoding option; `utf8` allows "UTF-8" besides Base64 and Base64URL.
    fn encoding(&self, name: &str, default: Encoding, utf8: bool) -> R<Encoding> {
        let Some(value) = self.text(name)? else {
            return Ok(default);
        };
        match value.to_ascii_lowercase().replace(['-', '_'], "").as_str() {
            "base64" => Ok(Encoding::Base64),
            "base64url" => Ok(Encoding::Base64Url),
            "utf8" if utf8 => Ok(Encoding::Utf8),
            _ => options_error(format!(
                "Unsupported {name} \"{value}\": use {}\"Base64\" or \"Base64URL\"",
                if utf8 { "\"UTF-8\", " } else { "" }
            )),
        }
    }
    /// `pss` (RSA only): a Boolean.
    fn pss(&self) -> R<bool> {
        match self.0.as_ref().map(|o| o.get(Key::intern("pss"))) {
            None | Some(Value::Undefined | Value::Null) => Ok(false),
            Some(Value::Bool(b)) => Ok(b),
            Some(other) => err(
                codes::TYPE_MISMATCH,
                format!(
                    "The option `pss` must be a Boolean, not {}",
                    other.type_name()
                ),
            ),
        }
    }
    /// The signature's encoding: `encoding`, or `encodingEncrypted` (listed for
    /// `.sign()` too), Base64 by default.
    fn signature_encoding(&self) -> R<Encoding> {
        let name = if self.text("encoding")?.is_none() && self.text("encodingEncrypted")?.is_some()
        {
            "encodingEncrypted"
        } else {
            "encoding"
        };
        self.encoding(name, Encoding::Base64, false)
    }
}

/// The bytes of a message: a Text's UTF-8, or a Blob's bytes.
fn message_bytes(v: &Value) -> R<Vec<u8>> {
    match v {
        Value::Text(t) => Ok(t.as_str().as_bytes().to_vec()),
        Value::Undefined | Value::Null => Ok(Vec::new()),
        other => match crate::builtins::blob::bytes_of(other) {
            Some(b) => Ok(b.to_vec()),
            None => err(
                codes::TYPE_MISMATCH,
                format!(
                    "The message must be a Text or a Blob, not {}",
                    other.type_name()
                ),
            ),
        },
    }
}

/// `{success: true}` plus `extra`, or `{success: false, errors: [{errCode, message,
/// componentSignature}]}`.
fn status(outcome: Result<Vec<(&str, Value)>, String>) -> Value {
    let o = Obj::new();
    match outcome {
        Ok(extra) => {
            o.set_raw(Key::intern("success"), Value::Bool(true));
            for (k, v) in extra {
                o.set_raw(Key::intern(k), v);
            }
        }
        Err(message) => {
            o.set_raw(Key::intern("success"), Value::Bool(false));
            let e = Obj::new();
            e.set_raw(
                Key::intern("errCode"),
                Value::Real(codes::CRYPTO_FAILED as f64),
            );
            e.set_raw(Key::intern("message"), Value::text(capitalise(&message)));
            e.set_raw(Key::intern("componentSignature"), Value::text("4DRT"));
            let errors = Coll::from_vec(vec![Value::Object(e)]);
            o.set_raw(Key::intern("errors"), Value::Collection(errors));
        }
    }
    Value::Object(o)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `.getPrivateKey() : Text` — PKCS#8 PEM, "" for a key loaded from a public PEM.
fn get_private_key(_ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    Ok(Value::text(key_of(recv)?.private_pem()))
}

/// `.getPublicKey() : Text` — SubjectPublicKeyInfo PEM.
fn get_public_key(_ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    Ok(Value::text(key_of(recv)?.public_pem()))
}

/// `.sign(message; options) : Text`.
fn sign(_ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let key = key_of(recv)?;
    let message = message_bytes(args.get(0))?;
    let opts = Options::from_arg(args, 1)?;
    let (hash, pss, encoding) = (opts.hash()?, opts.pss()?, opts.signature_encoding()?);
    if !key.has_private() {
        return options_error("This 4D.CryptoKey has no private key: it cannot sign");
    }
    match key.sign(&message, hash, pss) {
        Ok(sig) => Ok(Value::text(encoding.encode(&sig))),
        Err(e) => options_error(capitalise(&e)),
    }
}

/// `.verify(message; signature; options) : Object`.
fn verify(_ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let key = key_of(recv)?;
    let message = message_bytes(args.get(0))?;
    let signature = args.text(1)?;
    let opts = Options::from_arg(args, 2)?;
    let (hash, pss, encoding) = (
        opts.hash()?,
        opts.pss()?,
        opts.encoding("encoding", Encoding::Base64, false)?,
    );
    let outcome = encoding
        .decode(signature.as_str())
        .map_err(|e| format!("the signature cannot be decoded: {e}"))
        .and_then(|sig| key.verify(&message, &sig, hash, pss))
        .map(|()| Vec::new());
    Ok(status(outcome))
}

/// `.encrypt(message; options) : Text` (RSA-OAEP with the public key).
fn encrypt(_ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let key = key_of(recv)?;
    let message = args.text(0)?;
    let opts = Options::from_arg(args, 1)?;
    let hash = opts.hash()?;
    let input = opts.encoding("encodingDecrypted", Encoding::Utf8, true)?;
    let output = opts.encoding("encodingEncrypted", Encoding::Base64, false)?;
    let data = input
        .decode(message.as_str())
        .or_else(|e| options_error(format!("The message cannot be decoded: {e}")))?;
    match key.encrypt(&data, hash) {
        Ok(bytes) => Ok(Value::text(output.encode(&bytes))),
        Err(e) => options_error(capitalise(&e)),
    }
}

/// `.decrypt(message; options) : Object` (RSA-OAEP with the private key).
fn decrypt(_ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let key = key_of(recv)?;
    let message = args.text(0)?;
    let opts = Options::from_arg(args, 1)?;
    let hash = opts.hash()?;
    let input = opts.encoding("encodingEncrypted", Encoding::Base64, false)?;
    let output = opts.encoding("encodingDecrypted", Encoding::Utf8, true)?;
    if matches!(key.kind(), Kind::Ecdsa(_)) {
        return options_error("An ECDSA key can only sign and verify; decryption needs an RSA key");
    }
    if !key.has_private() {
        return options_error("This 4D.CryptoKey has no private key: it cannot decrypt");
    }
    let outcome = input
        .decode(message.as_str())
        .map_err(|e| format!("the message cannot be decoded: {e}"))
        .and_then(|data| key.decrypt(&data, hash))
        .map(|plain| vec![("result", Value::text(output.encode(&plain)))]);
    Ok(status(outcome))
}

const fn member(
    name: &'static str,
    params: &'static str,
    result: &'static str,
    imp: fn(&mut Ctx, &Value, &mut Args) -> R,
) -> Member {
    Member::new(Receiver::Class("CryptoKey"), name, params, result, imp)
}

pub const MEMBERS: &[Member] = &[
    member("getPrivateKey", "", "Text", get_private_key),
    member("getPublicKey", "", "Text", get_public_key),
    member("sign", "message : Text; options : Object", "Text", sign),
    member(
        "verify",
        "message : Text; signature : Text; options : Object",
        "Object",
        verify,
    ),
    member(
        "encrypt",
        "message : Text; options : Object",
        "Text",
        encrypt,
    ),
    member(
        "decrypt",
        "message : Text; options : Object",
        "Object",
        decrypt,
    ),
];
