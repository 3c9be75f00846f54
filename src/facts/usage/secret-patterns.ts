/** @module What committed secrets look like: provider token formats, private key blocks, credentialed URLs, hard-coded signing secrets. Data plus small matchers; pure. */
import { isPlaceholder, looksReal } from './secret-shape.js'

/** Provider token formats: these are live credentials wherever they sit (even tests and examples). */
export const PROVIDER_TOKENS: { note: string; pattern: RegExp }[] = [
  { note: 'AWS access key id', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { note: 'AWS secret access key', pattern: /aws_?secret_?access_?key\W{0,4}[=:]\W{0,3}[A-Za-z0-9/+]{40}\b/i },
  { note: 'GitHub token', pattern: /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{50,}/ },
  { note: 'Stripe live secret key', pattern: /\b(sk|rk)_live_[0-9a-zA-Z]{20,}/ },
  { note: 'Slack token', pattern: /\bxox[abprs]-[0-9A-Za-z-]{10,}/ },
  { note: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { note: 'SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/ },
  { note: 'OpenAI API key', pattern: /\bsk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|\bsk-proj-[A-Za-z0-9_-]{80,}/ },
  { note: 'Anthropic API key', pattern: /\bsk-ant-(api|admin)\d\d-[A-Za-z0-9_-]{80,}/ },
  { note: 'npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
]

/** AWS publishes an example key id; it is documentation, not a credential. */
const KNOWN_EXAMPLES = /EXAMPLE|AKIAIOSFODNN7/

/** Cheap whole-text and per-line tests (case-sensitive, like the tokens) that let files and lines without a candidate skip the full patterns. */
export const TOKEN_HINT = /AKIA|ASIA|gh[pousr]_|github_pat_|_live_|xox[abprs]-|AIza|SG\.|T3BlbkFJ|sk-proj-|sk-svcacct-|sk-ant-|npm_|ecret_?[aA]ccess|ECRET_?ACCESS/
export const SECRET_HINT = /secret|key|token|sign|jwt|cookieparser/i

/** A provider token on the line, as the kind of token (never the token itself). */
export function providerToken(line: string): string | undefined {
  for (const { note, pattern } of PROVIDER_TOKENS) {
    const m = pattern.exec(line)
    if (!m || KNOWN_EXAMPLES.test(m[0])) continue
    // Firebase and Maps web configs ship their AIza key to every browser by design
    if (note === 'Google API key' && /\bapiKey\b/.test(line)) continue
    return note
  }
  return undefined
}

/** The first line of a PEM private key; the body must follow for it to be a real key, not a doc snippet. */
export const PRIVATE_KEY_BEGIN = /-----BEGIN ([A-Z]+ )*PRIVATE KEY( BLOCK)?-----/
export const PEM_BODY = /^[A-Za-z0-9+/=]{40,}\s*$/

/** scheme://user:password@host for database, cache and broker URLs. */
const CREDENTIAL_URL = /\b(postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql):\/\/([^:/\s'"@]+):([^@\s'"/]+)@([^/\s'":?,;]+)/i
/** Hosts that stay on the developer's machine or inside a compose network. */
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|[\w-]+)$|\.local$|\.internal$/i
const WEAK_LOCAL_PASSWORDS = /^(password|pass|passwd|secret|root|admin|postgres|mysql|mongo|user|test|example|changeme|change-me)$/i

/** True when the line holds a URL with a real-looking password for a host off the local machine. */
export function remoteCredentialUrl(line: string): boolean {
  const m = CREDENTIAL_URL.exec(line)
  if (!m) return false
  const [password, host] = [m[3]!, m[4]!]
  if (LOCAL_HOST.test(host) || isPlaceholder(password) || WEAK_LOCAL_PASSWORDS.test(password)) return false
  return !/^[*x]+$/i.test(password) && !/^:/.test(password)
}

/** Names of settings that hold signing secrets or API keys (the name must end with one of these). */
const SECRET_NAME =
  '(?:secret|secret_?key|secret_?key_?base|jwt_?key|jwt_?secret|signing_?key|private_?key|api_?key|app_?key|access_?key|client_?secret|auth_?token|access_?token|api_?token|bot_?token|encryption_?key|cookie_?secret|session_?key|master_?key|token_?secret)'
/**
 * A quoted literal assigned to, defaulted for, or passed with a secret-named key, in any language or
 * format. The pattern starts at the name (cheap to find); the full key is read backwards from there.
 */
const QUOTED = new RegExp(
  `${SECRET_NAME}['"]?\\]?\\s*(?::[\\w.<>\\[\\]| ]+?)?(?:=>|:=|=|:|\\|\\||\\?\\?|,)\\s*` +
    `(?:\\[\\]byte\\s*\\(\\s*|Buffer\\.from\\s*\\(\\s*|[frb](?=['"]))?(?<q>['"\`])(?<value>[^'"\`\\s]{8,400})\\k<q>`,
  'gi',
)
const KEY_CHAR = /[\w.$-]/

/** The first quoted secret-named assignment on the line, with its full key (a JS member chain like `env.JWT_SECRET` included). */
function quotedSecret(line: string): { key: string; value: string } | undefined {
  QUOTED.lastIndex = 0
  for (let m = QUOTED.exec(line); m; m = QUOTED.exec(line)) {
    let from = m.index
    while (from > 0 && KEY_CHAR.test(line[from - 1]!)) from--
    const nameEnd = m.index + (/^[\w]+/.exec(m[0])?.[0].length ?? 0)
    if (KEY_CHAR.test(line[nameEnd] ?? '') && line[nameEnd] !== '.' && line[nameEnd] !== '-') continue // name inside a longer word
    return { key: line.slice(from, nameEnd), value: m.groups!.value! }
  }
  return undefined
}

/** An unquoted value in key=value / key: value configuration (.properties, YAML, env-style files). */
const UNQUOTED = new RegExp(`^\\s*(?:export\\s+)?(?<key>[\\w.-]*?${SECRET_NAME})\\s*[:=]\\s*(?<value>[^\\s'"#]{8,400})\\s*$`, 'i')
/** Secrets passed straight to a signing call, or a Spring `${name:default}` with a default. */
const KEYLESS: [hint: string, pattern: RegExp][] = [
  ['wt.', /\b(jwt|JWT)\.(sign|verify|encode|decode)\s*\([^,]+,\s*(?<q>['"])(?<value>[^'"\s]{8,400})\k<q>/],
  ['SignedString', /\bSignedString\s*\(\s*\[\]byte\s*\(\s*(?<q>")(?<value>[^"\s]{8,400})"/],
  ['hmacShaKeyFor', /\bhmacShaKeyFor\s*\(\s*(?<q>")(?<value>[^"\s]{8,400})"/],
  ['SymmetricSecurityKey', /\bSymmetricSecurityKey\s*\(\s*Encoding\.\w+\.GetBytes\s*\(\s*(?<q>")(?<value>[^"\s]{8,400})"/],
  ['cookieParser', /\bcookieParser\s*\(\s*(?<q>['"])(?<value>[^'"\s]{8,400})\k<q>/],
  ['.keys', /\.keys\s*=\s*\[\s*(?<q>['"])(?<value>[^'"\s]{8,400})\k<q>/],
  ['${', /\$\{(?<key>[\w.-]*(?:secret|key|token)[\w.-]*):(?<value>[^}\s]{8,400})\}/i],
]

/**
 * The setting name (when there is one) of a real-looking secret hard-coded on this line, or undefined.
 * `unquoted` allows key=value lines (configuration files only; in code that would match expressions).
 * A bare `key`/`Key` setting counts only inside a JWT, auth, cookie or encryption block (ASP.NET's
 * "Jwt": { "Key": ... }, Fiber's encryptcookie.Config{ Key: ... }).
 */
export function hardCodedSecret(line: string, context: string, unquoted: boolean): { key?: string } | undefined {
  const candidates: RegExpExecArray[] = []
  const quoted = /['"`]/.test(line) ? quotedSecret(line) : undefined
  if (quoted && looksReal(quoted.value)) return { key: quoted.key }
  if (unquoted) {
    const bare = UNQUOTED.exec(line)
    if (bare) candidates.push(bare)
  }
  for (const [hint, re] of KEYLESS) {
    const m = line.includes(hint) ? re.exec(line) : null
    if (m) candidates.push(m)
  }
  const jwtKey = /^\s*["']?(Key|SigningKey|Secret)["']?\s*[:=]\s*["'](?<value>[^"'\s]{8,400})["']/.exec(line)
  if (jwtKey && /jwt|token|auth|signing|cookie|session|encrypt|cipher|hmac|secret/i.test(context)) candidates.push(jwtKey)
  for (const m of candidates) {
    const value = m.groups?.value
    if (value && looksReal(value)) return { key: m.groups?.key ?? (m === jwtKey ? m[1] : undefined) }
  }
  return undefined
}
