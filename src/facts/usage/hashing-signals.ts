/** @module How real password hashing shows in code, per ecosystem, and how a fast digest of a password shows. Data only. */
import type { Language } from '../../types.js'
import type { LineSignal, Signal } from './signals.js'

const JS: Language[] = ['javascript']
const PY: Language[] = ['python']

/** Django's auth app in INSTALLED_APPS (its hasher is switched on only when something creates users with it). */
export const DJANGO_AUTH_INSTALLED: LineSignal = { label: 'django.contrib.auth installed', languages: PY, pattern: /['"]django\.contrib\.auth['"]/ }

/** Password hashing with a slow, salted algorithm (or a framework hasher that is switched on). */
export const HASHING_SIGNALS: readonly Signal[] = [
  { label: 'bcrypt hash call', languages: JS, modules: ['bcrypt', 'bcryptjs', '@node-rs/bcrypt', 'bcrypt-nodejs'], pattern: /\b(hash|hashSync|genSalt|genSaltSync)\s*\(/ },
  { label: 'argon2 hash call', languages: JS, modules: ['argon2', '@node-rs/argon2'], pattern: /\bhash(Sync|Raw)?\s*\(/ },
  { label: 'node:crypto scrypt/pbkdf2 key derivation', languages: JS, modules: ['crypto', 'node:crypto'], pattern: /\b(scrypt|scryptSync|pbkdf2|pbkdf2Sync)\b/ },
  // WebCrypto is a global (Workers, Deno, browsers, Node 20): no import, so the algorithm name must sit in the same file
  { label: 'WebCrypto PBKDF2 key derivation', languages: JS, pattern: /\bsubtle\.derive(Bits|Key)\s*\(/, requires: /['"`]PBKDF2['"`]/ },
  { label: 'Bun.password.hash', languages: JS, pattern: /\bBun\.password\.hash(Sync)?\s*\(/ },
  {
    label: 'pure-JS slow hash (hash-wasm, @noble/hashes, scrypt-js, bcrypt-ts, oslo)',
    languages: JS,
    modules: ['hash-wasm', '@noble/hashes/pbkdf2', '@noble/hashes/scrypt', '@noble/hashes/argon2', 'scrypt-js', 'bcrypt-ts', 'oslo/password'],
    pattern: /\b(argon2id|argon2i|argon2d|bcrypt|pbkdf2|pbkdf2Async|scrypt|scryptAsync|hash|hashSync)\s*\(|\bnew\s+(Argon2id|Scrypt|Bcrypt)\s*\(/,
  },
  { label: 'passlib CryptContext', languages: PY, modules: ['passlib'], pattern: /\bCryptContext\s*\(|\.(hash|encrypt)\s*\(/ },
  { label: 'bcrypt.hashpw call', languages: PY, modules: ['bcrypt'], pattern: /\b(hashpw|gensalt)\s*\(/ },
  { label: 'argon2-cffi PasswordHasher', languages: PY, modules: ['argon2'], pattern: /\bPasswordHasher\s*\(|\.hash\s*\(/ },
  { label: 'werkzeug generate_password_hash', languages: PY, modules: ['werkzeug'], pattern: /\bgenerate_password_hash\s*\(/ },
  // Flask-Bcrypt's object is usually made in extensions.py and called elsewhere, so the import may sit in another file
  { label: 'Flask-Bcrypt generate_password_hash', languages: PY, modules: ['flask_bcrypt'], scope: 'project', pattern: /\bgenerate_password_hash\s*\(/ },
  { label: 'hashlib pbkdf2_hmac/scrypt', languages: PY, modules: ['hashlib'], pattern: /\b(pbkdf2_hmac|scrypt)\s*\(/ },
  { label: 'cryptography PBKDF2HMAC/Scrypt', languages: PY, modules: ['cryptography'], pattern: /\b(PBKDF2HMAC|Scrypt|Argon2id)\s*\(/ },
  { label: "Django's password hasher", languages: PY, modules: ['django'], scope: 'project', pattern: /\b(make_password|set_password|create_user|create_superuser)\s*\(/ },
  {
    // Django hashes through its auth app whenever users are made with its API (UserCreationForm, a User model)
    label: 'Django auth app with a User model',
    all: [
      DJANGO_AUTH_INSTALLED,
      { label: "Django's User model or UserCreationForm used", languages: PY, modules: ['django.contrib.auth'], pattern: /\b(AbstractUser|AbstractBaseUser|UserCreationForm|get_user_model|User)\b/ },
    ],
  },
  { label: 'bcrypt.GenerateFromPassword', languages: ['go'], modules: ['golang.org/x/crypto/bcrypt'], pattern: /\bbcrypt\.GenerateFromPassword\s*\(/ },
  { label: 'argon2 key derivation', languages: ['go'], modules: ['golang.org/x/crypto/argon2', 'github.com/alexedwards/argon2id'], pattern: /\bargon2(id)?\.(IDKey|Key|CreateHash)\s*\(/ },
  { label: 'scrypt/pbkdf2 key derivation', languages: ['go'], modules: ['golang.org/x/crypto/scrypt', 'golang.org/x/crypto/pbkdf2', 'crypto/pbkdf2'], pattern: /\b(scrypt|pbkdf2)\.Key\s*\(/ },
  { label: 'Spring Security PasswordEncoder', languages: ['java'], pattern: /\b(BCrypt|Argon2|Pbkdf2|SCrypt)PasswordEncoder\s*[(.]|\bcreateDelegatingPasswordEncoder\s*\(/ },
  { label: 'jBCrypt hashpw', languages: ['java'], pattern: /\bBCrypt\.hashpw\s*\(/ },
  { label: 'JCA PBKDF2 SecretKeyFactory', languages: ['java'], pattern: /SecretKeyFactory\.getInstance\s*\(\s*"PBKDF2With/ },
  { label: 'Laravel Hash::make / bcrypt()', languages: ['php'], pattern: /\bHash::make\s*\(|(?<![\w>$:])bcrypt\s*\(|\bpassword_hash\s*\(|->hashPassword\s*\(/ },
  { label: 'PHP hash_pbkdf2', languages: ['php'], pattern: /\bhash_pbkdf2\s*\(/ },
  { label: "Laravel 'password' => 'hashed' cast", languages: ['php'], pattern: /['"]password['"]\s*=>\s*['"]hashed['"]/ },
  { label: 'has_secure_password', languages: ['ruby'], pattern: /^\s*has_secure_password\b/ },
  { label: 'Devise database_authenticatable', languages: ['ruby'], pattern: /^\s*devise\s+:/ },
  { label: 'BCrypt::Password.create', languages: ['ruby'], pattern: /\bBCrypt::Password\.create\b/ },
  { label: 'OpenSSL PBKDF2/scrypt', languages: ['ruby'], pattern: /\bOpenSSL::(PKCS5|KDF)\.(pbkdf2_hmac|scrypt)\b/ },
  { label: 'ASP.NET Core Identity', languages: ['csharp'], pattern: /\.(AddIdentity|AddDefaultIdentity|AddIdentityCore|AddIdentityApiEndpoints)\s*</ },
  { label: 'ASP.NET PasswordHasher', languages: ['csharp'], pattern: /\bI?PasswordHasher\s*</ },
  { label: 'BCrypt.Net HashPassword', languages: ['csharp'], pattern: /\bBCrypt\.(HashPassword|EnhancedHashPassword)\s*\(/ },
  { label: 'PBKDF2 key derivation', languages: ['csharp'], pattern: /\bRfc2898DeriveBytes\b|\bKeyDerivation\.Pbkdf2\s*\(/ },
]

/** Fast digests that are not password hashes; they count as weak only near a password-ish word. */
export const WEAK_DIGESTS: Partial<Record<Language, RegExp>> = {
  javascript: /createHash\s*\(\s*['"](md5|sha1|sha256|sha512)['"]|\bsubtle\.digest\s*\(\s*['"](SHA-1|SHA-256|SHA-384|SHA-512)['"]/i,
  python: /\bhashlib\.(md5|sha1|sha256|sha512)\s*\(/i,
  go: /\b(md5|sha1|sha256|sha512)\.(Sum\w*|New)\s*\(/i,
  java: /MessageDigest\.getInstance\s*\(\s*"(MD5|SHA-?1|SHA-?256|SHA-?512)"/i,
  php: /(?<![\w>$:])(md5|sha1)\s*\(|\bhash\s*\(\s*['"](md5|sha1|sha256|sha512)['"]/i,
  ruby: /\bDigest::(MD5|SHA1|SHA256|SHA512)\.(hex)?digest\b/i,
  csharp: /\b(MD5|SHA1|SHA256|SHA512)\.(Create|HashData)\s*\(/i,
}

/** A literal every weak-digest line contains, checked before the pattern (most files have none). */
export const WEAK_DIGEST_HINTS: Partial<Record<Language, RegExp>> = {
  javascript: /createHash|subtle\.digest/,
  python: /hashlib/,
  go: /crypto\/(md5|sha)/,
  java: /MessageDigest/,
  php: /md5|sha1|hash\(/i,
  ruby: /Digest::/,
  csharp: /MD5|SHA/,
}

/** A word that says the digested value is a password. */
export const PASSWORD_WORD = /pass(word|wd)?|pwd|contrase|senha|parol/i
