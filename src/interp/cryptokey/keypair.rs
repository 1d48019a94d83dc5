//! The cryptography behind `4D.CryptoKey`, on bytes and with no 4D values: RSA and ECDSA
//! (P-256, P-384, P-521) key pairs from the RustCrypto crates, generated or read from PEM,
//! written back as PEM (PKCS#8 private keys, SubjectPublicKeyInfo public keys), and the
//! four operations: sign/verify (RSA PKCS#1 v1.5 or PSS, ECDSA with fixed-size `r||s`
//! signatures as JWT's ES256/384/512 use), encrypt/decrypt (RSA-OAEP). Failures are
//! plain sentences; `cryptokey.rs` turns them into 4D errors or status objects.

use rand_core::OsRng;
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey};
use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use rsa::traits::PublicKeyParts;
use rsa::{Oaep, Pkcs1v15Sign, Pss, RsaPrivateKey, RsaPublicKey};
use sha2::Digest;

/// The smallest and largest RSA sizes accepted (the `rsa` crate refuses public moduli
/// over 4096 bits; 512 is OpenSSL's floor).
pub const RSA_MIN_BITS: usize = 512;
pub const RSA_MAX_BITS: usize = 4096;

/// A digest algorithm (`options.hash`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hash {
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    /// "SHA256", "sha-384", ... (case and a dash ignored).
    pub fn parse(name: &str) -> Option<Hash> {
        match name.to_ascii_uppercase().replace('-', "").as_str() {
            "SHA256" => Some(Hash::Sha256),
            "SHA384" => Some(Hash::Sha384),
            "SHA512" => Some(Hash::Sha512),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Hash::Sha256 => "SHA256",
            Hash::Sha384 => "SHA384",
            Hash::Sha512 => "SHA512",
        }
    }
    fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha256 => sha2::Sha256::digest(data).to_vec(),
            Hash::Sha384 => sha2::Sha384::digest(data).to_vec(),
            Hash::Sha512 => sha2::Sha512::digest(data).to_vec(),
        }
    }
    fn pkcs1v15(self) -> Pkcs1v15Sign {
        match self {
            Hash::Sha256 => Pkcs1v15Sign::new::<sha2::Sha256>(),
            Hash::Sha384 => Pkcs1v15Sign::new::<sha2::Sha384>(),
            Hash::Sha512 => Pkcs1v15Sign::new::<sha2::Sha512>(),
        }
    }
    /// PSS (MGF1 with the same digest) with a salt of `salt` bytes.
    fn pss(self, salt: usize) -> Pss {
        match self {
            Hash::Sha256 => Pss::new_with_salt::<sha2::Sha256>(salt),
            Hash::Sha384 => Pss::new_with_salt::<sha2::Sha384>(salt),
            Hash::Sha512 => Pss::new_with_salt::<sha2::Sha512>(salt),
        }
    }
    fn oaep(self) -> Oaep {
        match self {
            Hash::Sha256 => Oaep::new::<sha2::Sha256>(),
            Hash::Sha384 => Oaep::new::<sha2::Sha384>(),
            Hash::Sha512 => Oaep::new::<sha2::Sha512>(),
        }
    }
    fn len(self) -> usize {
        match self {
            Hash::Sha256 => 32,
            Hash::Sha384 => 48,
            Hash::Sha512 => 64,
        }
    }
}

/// An ECDSA curve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Curve {
    P256,
    P384,
    P521,
}

impl Curve {
    /// OpenSSL's names and the NIST ones, case ignored: `prime256v1`/`secp256r1`/`P-256`, ...
    pub fn parse(name: &str) -> Option<Curve> {
        match name.to_ascii_lowercase().as_str() {
            "prime256v1" | "secp256r1" | "p-256" | "p256" => Some(Curve::P256),
            "secp384r1" | "p-384" | "p384" => Some(Curve::P384),
            "secp521r1" | "p-521" | "p521" => Some(Curve::P521),
            _ => None,
        }
    }
    /// The normalised name `.curve` shows (OpenSSL's short name).
    pub fn name(self) -> &'static str {
        match self {
            Curve::P256 => "prime256v1",
            Curve::P384 => "secp384r1",
            Curve::P521 => "secp521r1",
        }
    }
}

/// What a key is, for `.type`, `.curve` and `.size`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Rsa { bits: usize },
    Ecdsa(Curve),
}

/// An ECDSA key pair on one curve; the private half is absent for a public PEM.
struct EcPair<S, P> {
    private: Option<S>,
    public: P,
}

enum Inner {
    Rsa {
        private: Option<Box<RsaPrivateKey>>,
        public: RsaPublicKey,
    },
    P256(EcPair<p256::SecretKey, p256::PublicKey>),
    P384(EcPair<p384::SecretKey, p384::PublicKey>),
    P521(EcPair<p521::SecretKey, p521::PublicKey>),
}

/// A key pair (or a lone public key).
pub struct KeyPair {
    inner: Inner,
}

type Res<T> = Result<T, String>;

const LF: rsa::pkcs8::LineEnding = rsa::pkcs8::LineEnding::LF;

/// The same code for the three curve crates (they share `elliptic-curve`'s API but not
/// one generic type that every call accepts).
macro_rules! each_curve {
    ($inner:expr, $pair:ident, $m:ident => $body:expr, rsa($private:ident, $public:ident) => $rsa:expr) => {
        match $inner {
            Inner::P256($pair) => {
                use p256 as $m;
                $body
            }
            Inner::P384($pair) => {
                use p384 as $m;
                $body
            }
            Inner::P521($pair) => {
                use p521 as $m;
                $body
            }
            Inner::Rsa {
                private: $private,
                public: $public,
            } => $rsa,
        }
    };
}

/// The ECDSA crates take a digest of at least half the curve's field size. A shorter one
/// (SHA-256 on P-521) is used whole as an integer, so leading zeros change nothing.
fn widen(mut prehash: Vec<u8>, field_bytes: usize) -> Vec<u8> {
    let min = field_bytes.div_ceil(2);
    if prehash.len() < min {
        let mut v = vec![0u8; min - prehash.len()];
        v.append(&mut prehash);
        prehash = v;
    }
    prehash
}

impl KeyPair {
    /// A new RSA key of `bits` bits (public exponent 65537).
    pub fn generate_rsa(bits: usize) -> Res<KeyPair> {
        let private = RsaPrivateKey::new(&mut OsRng, bits).map_err(|e| e.to_string())?;
        let public = private.to_public_key();
        Ok(KeyPair {
            inner: Inner::Rsa {
                private: Some(Box::new(private)),
                public,
            },
        })
    }

    /// A new ECDSA key on `curve`.
    pub fn generate_ec(curve: Curve) -> KeyPair {
        macro_rules! ec {
            ($m:ident, $v:ident) => {{
                let s = $m::SecretKey::random(&mut OsRng);
                let public = s.public_key();
                Inner::$v(EcPair {
                    private: Some(s),
                    public,
                })
            }};
        }
        let inner = match curve {
            Curve::P256 => ec!(p256, P256),
            Curve::P384 => ec!(p384, P384),
            Curve::P521 => ec!(p521, P521),
        };
        KeyPair { inner }
    }

    /// Read a key from PEM text: PKCS#8 `PRIVATE KEY`, `PUBLIC KEY`, PKCS#1 `RSA PRIVATE
    /// KEY` / `RSA PUBLIC KEY`, SEC1 `EC PRIVATE KEY`. Other blocks around the key (`EC
    /// PARAMETERS`), CR or CRLF line ends and surrounding blanks are accepted.
    pub fn from_pem(text: &str) -> Res<KeyPair> {
        let (label, block) = key_block(text)?;
        let rsa_private = |k: RsaPrivateKey| {
            let public = k.to_public_key();
            Inner::Rsa {
                private: Some(Box::new(k)),
                public,
            }
        };
        macro_rules! ec_private {
            ($m:ident, $v:ident, $k:expr) => {{
                let k: $m::SecretKey = $k;
                let public = k.public_key();
                Inner::$v(EcPair {
                    private: Some(k),
                    public,
                })
            }};
        }
        macro_rules! ec_public {
            ($v:ident, $k:expr) => {
                Inner::$v(EcPair {
                    private: None,
                    public: $k,
                })
            };
        }
        let inner = match label.as_str() {
            "PRIVATE KEY" => {
                if let Ok(k) = RsaPrivateKey::from_pkcs8_pem(&block) {
                    rsa_private(k)
                } else if let Ok(k) = p256::SecretKey::from_pkcs8_pem(&block) {
                    ec_private!(p256, P256, k)
                } else if let Ok(k) = p384::SecretKey::from_pkcs8_pem(&block) {
                    ec_private!(p384, P384, k)
                } else if let Ok(k) = p521::SecretKey::from_pkcs8_pem(&block) {
                    ec_private!(p521, P521, k)
                } else {
                    return Err(unsupported("private key"));
                }
            }
            "PUBLIC KEY" => {
                if let Ok(public) = RsaPublicKey::from_public_key_pem(&block) {
                    Inner::Rsa {
                        private: None,
                        public,
                    }
                } else if let Ok(k) = p256::PublicKey::from_public_key_pem(&block) {
                    ec_public!(P256, k)
                } else if let Ok(k) = p384::PublicKey::from_public_key_pem(&block) {
                    ec_public!(P384, k)
                } else if let Ok(k) = p521::PublicKey::from_public_key_pem(&block) {
                    ec_public!(P521, k)
                } else {
                    return Err(unsupported("public key"));
                }
            }
            "RSA PRIVATE KEY" => rsa_private(
                RsaPrivateKey::from_pkcs1_pem(&block)
                    .map_err(|e| format!("invalid RSA private key: {e}"))?,
            ),
            "RSA PUBLIC KEY" => Inner::Rsa {
                private: None,
                public: RsaPublicKey::from_pkcs1_pem(&block)
                    .map_err(|e| format!("invalid RSA public key: {e}"))?,
            },
            "EC PRIVATE KEY" => {
                if let Ok(k) = p256::SecretKey::from_sec1_pem(&block) {
                    ec_private!(p256, P256, k)
                } else if let Ok(k) = p384::SecretKey::from_sec1_pem(&block) {
                    ec_private!(p384, P384, k)
                } else if let Ok(k) = p521::SecretKey::from_sec1_pem(&block) {
                    ec_private!(p521, P521, k)
                } else {
                    return Err(unsupported("EC private key"));
                }
            }
            other => return Err(format!("a \"{other}\" PEM block holds no usable key")),
        };
        Ok(KeyPair { inner })
    }

    pub fn kind(&self) -> Kind {
        match &self.inner {
            Inner::Rsa { public, .. } => Kind::Rsa {
                bits: public.n().bits(),
            },
            Inner::P256(_) => Kind::Ecdsa(Curve::P256),
            Inner::P384(_) => Kind::Ecdsa(Curve::P384),
            Inner::P521(_) => Kind::Ecdsa(Curve::P521),
        }
    }

    pub fn has_private(&self) -> bool {
        match &self.inner {
            Inner::Rsa { private, .. } => private.is_some(),
            Inner::P256(p) => p.private.is_some(),
            Inner::P384(p) => p.private.is_some(),
            Inner::P521(p) => p.private.is_some(),
        }
    }

    /// The private key as PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`), "" when absent.
    pub fn private_pem(&self) -> String {
        let pem = match &self.inner {
            Inner::Rsa { private, .. } => private.as_ref().map(|k| k.to_pkcs8_pem(LF)),
            Inner::P256(p) => p.private.as_ref().map(|k| k.to_pkcs8_pem(LF)),
            Inner::P384(p) => p.private.as_ref().map(|k| k.to_pkcs8_pem(LF)),
            Inner::P521(p) => p.private.as_ref().map(|k| k.to_pkcs8_pem(LF)),
        };
        match pem {
            Some(Ok(s)) => s.to_string(),
            _ => String::new(),
        }
    }

    /// The public key as SubjectPublicKeyInfo PEM (`-----BEGIN PUBLIC KEY-----`).
    pub fn public_pem(&self) -> String {
        let pem = match &self.inner {
            Inner::Rsa { public, .. } => public.to_public_key_pem(LF),
            Inner::P256(p) => p.public.to_public_key_pem(LF),
            Inner::P384(p) => p.public.to_public_key_pem(LF),
            Inner::P521(p) => p.public.to_public_key_pem(LF),
        };
        pem.unwrap_or_default()
    }

    /// Sign `message` (hashed with `hash`); `pss` applies to RSA keys only.
    pub fn sign(&self, message: &[u8], hash: Hash, pss: bool) -> Res<Vec<u8>> {
        let digest = hash.digest(message);
        each_curve!(&self.inner, p, m => {
            use m::ecdsa::signature::hazmat::PrehashSigner;
            let secret = p.private.as_ref().ok_or_else(no_private)?;
            let signer = m::ecdsa::SigningKey::from_bytes(&secret.to_bytes())
                .map_err(|e| e.to_string())?;
            let field = secret.to_bytes().len();
            let sig: m::ecdsa::Signature = signer
                .sign_prehash(&widen(digest, field))
                .map_err(|e| e.to_string())?;
            Ok(sig.to_bytes().to_vec())
        }, rsa(private, public) => {
            let key = private.as_ref().ok_or_else(no_private)?;
            let bits = public.n().bits();
            let too_small = || {
                format!("an RSA key of {bits} bits is too small for {} signatures", hash.name())
            };
            let r = if pss {
                // The salt is as long as the digest (JWT's PS256/384/512), or shorter when
                // the key leaves no room for that (SHA-512 on a 1024-bit key).
                let room = pss_room(bits, hash).ok_or_else(too_small)?;
                key.sign_with_rng(&mut OsRng, hash.pss(room.min(hash.len())), &digest)
            } else {
                // PKCS#1 v1.5: the DigestInfo (a 19-byte prefix and the digest) plus 11 bytes.
                if public.size() < hash.len() + 19 + 11 {
                    return Err(too_small());
                }
                key.sign(hash.pkcs1v15(), &digest)
            };
            r.map_err(|e| format!("the message cannot be signed with this key: {e}"))
        })
    }

    /// Check `signature` against `message`. ECDSA signatures are `r||s`; RSA-PSS accepts
    /// the salt `sign` makes or the longest one the key holds (OpenSSL's default when
    /// signing).
    pub fn verify(&self, message: &[u8], signature: &[u8], hash: Hash, pss: bool) -> Res<()> {
        let digest = hash.digest(message);
        let mismatch = || "the signature does not match the message".to_string();
        each_curve!(&self.inner, p, m => {
            use m::ecdsa::signature::hazmat::PrehashVerifier;
            let sig = m::ecdsa::Signature::from_slice(signature)
                .map_err(|_| "the signature is not a valid ECDSA signature".to_string())?;
            let verifier = m::ecdsa::VerifyingKey::from_sec1_bytes(&p.public.to_sec1_bytes())
                .map_err(|e| e.to_string())?;
            let field = m::FieldBytes::default().len();
            verifier
                .verify_prehash(&widen(digest, field), &sig)
                .map_err(|_| mismatch())
        }, rsa(_private, public) => {
            let ok = if pss {
                let room = pss_room(public.n().bits(), hash).unwrap_or(0);
                [room.min(hash.len()), room]
                    .iter()
                    .any(|&salt| public.verify(hash.pss(salt), &digest, signature).is_ok())
            } else {
                public.verify(hash.pkcs1v15(), &digest, signature).is_ok()
            };
            if ok { Ok(()) } else { Err(mismatch()) }
        })
    }

    /// RSA-OAEP encryption with the public key (`hash` for both OAEP and MGF1).
    pub fn encrypt(&self, data: &[u8], hash: Hash) -> Res<Vec<u8>> {
        match &self.inner {
            Inner::Rsa { public, .. } => public
                .encrypt(&mut OsRng, hash.oaep(), data)
                .map_err(|e| format!("the message cannot be encrypted with this key: {e}")),
            _ => Err(not_rsa()),
        }
    }

    /// RSA-OAEP decryption with the private key.
    pub fn decrypt(&self, data: &[u8], hash: Hash) -> Res<Vec<u8>> {
        match &self.inner {
            Inner::Rsa { private, .. } => private
                .as_ref()
                .ok_or_else(no_private)?
                .decrypt(hash.oaep(), data)
                .map_err(|_| {
                    "the message was not encrypted with this key and algorithm".to_string()
                }),
            _ => Err(not_rsa()),
        }
    }
}

/// The longest PSS salt an RSA key of `bits` bits holds with `hash` (RFC 8017 § 9.1.1:
/// the encoded message has `bits - 1` bits and needs the digest, the salt and 2 bytes).
fn pss_room(bits: usize, hash: Hash) -> Option<usize> {
    (bits - 1).div_ceil(8).checked_sub(hash.len() + 2)
}

fn unsupported(what: &str) -> String {
    format!("the {what} is neither RSA nor ECDSA on prime256v1, secp384r1 or secp521r1")
}

fn no_private() -> String {
    "the key has no private key".to_string()
}

fn not_rsa() -> String {
    "an ECDSA key can only sign and verify; encryption needs an RSA key".to_string()
}

/// The first key block of `text` as (label, PEM text with LF line ends).
fn key_block(text: &str) -> Res<(String, String)> {
    const KEY_LABELS: &[&str] = &[
        "PRIVATE KEY",
        "PUBLIC KEY",
        "RSA PRIVATE KEY",
        "RSA PUBLIC KEY",
        "EC PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY",
    ];
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut first_label = None;
    let mut rest = text.as_str();
    while let Some(at) = rest.find("-----BEGIN ") {
        let after = &rest[at + 11..];
        let Some(end) = after.find("-----") else {
            break;
        };
        let label = after[..end].to_string();
        let footer = format!("-----END {label}-----");
        let Some(stop) = rest[at..].find(&footer) else {
            return Err(format!("the PEM block \"{label}\" has no END line"));
        };
        let block = &rest[at..at + stop + footer.len()];
        if label == "ENCRYPTED PRIVATE KEY" {
            return Err("encrypted (password-protected) private keys are not supported".into());
        }
        if KEY_LABELS.contains(&label.as_str()) {
            // Lines inside the block lose stray indentation and trailing blanks.
            let lines: Vec<&str> = block
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            return Ok((label, lines.join("\n") + "\n"));
        }
        first_label.get_or_insert(label);
        rest = &rest[at + stop + footer.len()..];
    }
    Err(match first_label {
        Some(l) => format!("the PEM block \"{l}\" holds no key"),
        None => "the text is not in PEM format (no \"-----BEGIN ...-----\" line)".to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curve_and_hash_names() {
        assert_eq!(Curve::parse("secp256r1"), Some(Curve::P256));
        assert_eq!(Curve::parse("PRIME256V1"), Some(Curve::P256));
        assert_eq!(Curve::parse("P-521").map(Curve::name), Some("secp521r1"));
        assert_eq!(Curve::parse("secp256k1"), None);
        assert_eq!(Hash::parse("sha-384"), Some(Hash::Sha384));
        assert_eq!(Hash::parse("MD5"), None);
    }

    #[test]
    fn ecdsa_signatures_are_fixed_size_and_checked() {
        for (curve, len) in [(Curve::P256, 64), (Curve::P384, 96), (Curve::P521, 132)] {
            let k = KeyPair::generate_ec(curve);
            for hash in [Hash::Sha256, Hash::Sha384, Hash::Sha512] {
                let sig = k.sign(b"payload", hash, false).unwrap();
                assert_eq!(sig.len(), len, "{curve:?} {hash:?}");
                assert!(k.verify(b"payload", &sig, hash, false).is_ok());
                assert!(k.verify(b"payload!", &sig, hash, false).is_err());
            }
            let public = KeyPair::from_pem(&k.public_pem()).unwrap();
            assert!(!public.has_private());
            assert_eq!(public.kind(), Kind::Ecdsa(curve));
            let sig = k.sign(b"x", Hash::Sha256, false).unwrap();
            assert!(public.verify(b"x", &sig, Hash::Sha256, false).is_ok());
            assert!(public.sign(b"x", Hash::Sha256, false).is_err());
        }
    }

    #[test]
    fn rsa_round_trips() {
        let k = KeyPair::generate_rsa(1024).unwrap();
        assert_eq!(k.kind(), Kind::Rsa { bits: 1024 });
        // SHA-512 PSS on 1024 bits: the salt shrinks to fit (62 bytes, not 64).
        for pss in [false, true] {
            let sig = k.sign(b"m", Hash::Sha512, pss).unwrap();
            assert_eq!(sig.len(), 128);
            assert!(k.verify(b"m", &sig, Hash::Sha512, pss).is_ok());
            assert!(k.verify(b"n", &sig, Hash::Sha512, pss).is_err());
        }
        let c = k.encrypt(b"secret", Hash::Sha256).unwrap();
        assert_eq!(k.decrypt(&c, Hash::Sha256).unwrap(), b"secret");
        assert!(k.decrypt(&c, Hash::Sha384).is_err());
        let back = KeyPair::from_pem(&k.private_pem()).unwrap();
        assert_eq!(back.public_pem(), k.public_pem());
        assert!(
            KeyPair::generate_ec(Curve::P256)
                .encrypt(b"x", Hash::Sha256)
                .is_err()
        );
    }

    #[test]
    fn pem_blocks_are_found_among_others_and_line_ends_do_not_matter() {
        let k = KeyPair::generate_ec(Curve::P384);
        let pem = k.private_pem().replace('\n', "\r");
        let text = format!(
            "-----BEGIN EC PARAMETERS-----\rBgUrgQQAIg==\r-----END EC PARAMETERS-----\r{pem}"
        );
        let back = KeyPair::from_pem(&text).unwrap();
        assert_eq!(back.private_pem(), k.private_pem());
        assert!(KeyPair::from_pem("hello").is_err());
        assert!(
            KeyPair::from_pem("-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----")
                .is_err()
        );
        assert!(
            KeyPair::from_pem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")
                .is_err()
        );
    }
}
