/** @module How session or token handling shows in code, per ecosystem. Data only. */
import type { Language } from '../../types.js'
import type { Signal } from './signals.js'

const JS: Language[] = ['javascript']
const PY: Language[] = ['python']
const GO: Language[] = ['go']

/** Session middleware, JWT libraries, Passport, OAuth libraries and framework session auth. */
export const TOKEN_SIGNALS: readonly Signal[] = [
  { label: 'jsonwebtoken sign/verify', languages: JS, modules: ['jsonwebtoken'], pattern: /\b(sign|verify)\s*\(/ },
  { label: 'jose JWT', languages: JS, modules: ['jose'], pattern: /\b(SignJWT|jwtVerify|jwtDecrypt|EncryptJWT)\b/ },
  { label: 'NestJS JwtModule/JwtService', languages: JS, modules: ['@nestjs/jwt'], pattern: /\bJwtModule\.register(Async)?\s*\(|\bJwtService\b/ },
  { label: 'NestJS Passport guard/strategy', languages: JS, modules: ['@nestjs/passport'], pattern: /\b(AuthGuard|PassportStrategy)\s*\(/ },
  { label: 'Passport', languages: JS, modules: ['passport'], scope: 'project', pattern: /\bpassport\.(use|authenticate|initialize|session|serializeUser)\s*\(/ },
  {
    label: 'session middleware',
    languages: JS,
    modules: ['express-session', 'cookie-session', 'koa-session', '@fastify/session', '@fastify/secure-session', 'fastify-session', 'iron-session', 'hono-sessions'],
  },
  {
    label: 'JWT/auth middleware',
    languages: JS,
    modules: ['express-jwt', 'koa-jwt', '@fastify/jwt', 'fastify-jwt', 'hono/jwt', '@hono/oauth-providers', 'passport-jwt', 'passport-local', 'better-auth', 'lucia', '@auth/express', 'express-openid-connect', 'jwks-rsa'],
  },
  // managed auth providers: the app verifies their tokens or signs users in through them
  { label: 'Firebase Auth token check', languages: JS, modules: ['firebase-admin'], scope: 'project', pattern: /\bverifyIdToken\s*\(/ },
  { label: 'Supabase Auth', languages: JS, modules: ['@supabase/supabase-js'], scope: 'project', pattern: /\.auth\.(signUp|signInWithPassword|getUser|signInWithOAuth)\s*\(/ },
  { label: 'PyJWT / python-jose encode/decode', languages: PY, modules: ['jwt', 'jose'], pattern: /\bjwt\.(encode|decode)\s*\(/ },
  {
    label: 'FastAPI security scheme',
    languages: PY,
    modules: ['fastapi'],
    pattern: /\b(OAuth2PasswordBearer|OAuth2AuthorizationCodeBearer|HTTPBearer|APIKeyHeader|APIKeyCookie|HTTPBasic)\s*\(/,
  },
  { label: 'Authlib', languages: PY, modules: ['authlib'] },
  { label: 'Flask-Login', languages: PY, modules: ['flask_login'], pattern: /\bLoginManager\s*\(|\blogin_user\s*\(|@login_required\b/ },
  { label: 'Flask-JWT-Extended', languages: PY, modules: ['flask_jwt_extended'], pattern: /\b(JWTManager|create_access_token|create_refresh_token|jwt_required)\s*\(/ },
  { label: 'Flask session login', languages: PY, modules: ['flask'], pattern: /\bsession\[['"][\w-]+['"]\]\s*=(?!=)/ },
  {
    label: 'Django session + authentication middleware',
    all: [
      { label: 'SessionMiddleware enabled', languages: PY, pattern: /['"]django\.contrib\.sessions\.middleware\.SessionMiddleware['"]/ },
      { label: 'AuthenticationMiddleware enabled', languages: PY, pattern: /['"]django\.contrib\.auth\.middleware\.AuthenticationMiddleware['"]/ },
    ],
  },
  { label: 'Django login()', languages: PY, modules: ['django.contrib.auth'], pattern: /\b(login|authenticate)\s*\(/ },
  {
    label: 'DRF token/JWT authentication',
    languages: PY,
    pattern: /\b(TokenAuthentication|JWTAuthentication|JWTStatelessUserAuthentication|knox\.auth)\b|['"](rest_framework\.authtoken|rest_framework_simplejwt|knox|dj_rest_auth|allauth)['"]/,
  },
  { label: 'golang-jwt', languages: GO, modules: ['github.com/golang-jwt/jwt', 'github.com/dgrijalva/jwt-go', 'github.com/form3tech-oss/jwt-go'], pattern: /\bjwt\.(NewWithClaims|New|Parse|ParseWithClaims)\s*\(/ },
  {
    label: 'Go JWT middleware',
    languages: GO,
    modules: ['github.com/lestrrat-go/jwx', 'github.com/appleboy/gin-jwt', 'github.com/labstack/echo-jwt', 'github.com/gofiber/contrib/jwt', 'github.com/gofiber/jwt', 'github.com/go-chi/jwtauth'],
    pattern: /\b(jwt|jwtauth|echojwt|jwtware|jwk|jws)\.\w+\s*\(/,
  },
  {
    label: 'Go session store',
    languages: GO,
    modules: ['github.com/gorilla/sessions', 'github.com/gin-contrib/sessions', 'github.com/alexedwards/scs', 'github.com/gofiber/fiber/v2/middleware/session'],
    pattern: /\b(sessions|scs|session)\.\w+\s*\(/,
  },
  { label: 'Spring Security configuration', languages: ['java'], pattern: /\bSecurityFilterChain\s+\w+\s*\(|@EnableWebSecurity\b|\bextends\s+WebSecurityConfigurerAdapter\b|\.(formLogin|httpBasic|oauth2Login|oauth2ResourceServer|sessionManagement)\s*\(/ },
  { label: 'JWT library', languages: ['java'], pattern: /\bJwts\.(builder|parser|parserBuilder)\s*\(|\bJWT\.(create|require)\s*\(|\bNimbusJwt(En|De)coder\b/ },
  // Laravel's skeleton puts `auth:sanctum` on a demo /user route, so guard middleware alone is no evidence:
  // something must issue tokens or log users in
  { label: 'Sanctum/Passport tokens', languages: ['php'], pattern: /->createToken\s*\(|\bPassport::\w+\s*\(/ },
  {
    label: 'Laravel session login',
    languages: ['php'],
    pattern: /\bAuth::(attempt|login|loginUsingId)\s*\(|\bauth\(\)->(attempt|login)\s*\(|->session\(\)->regenerate\s*\(|\bAuth::guard\([^)]*\)->(attempt|login)\s*\(/,
  },
  { label: 'PHP JWT', languages: ['php'], pattern: /\bJWTAuth::\w+|\bJWT::(encode|decode)\s*\(|\bauth\(['"]api['"]\)->(attempt|login)\s*\(/ },
  { label: 'Devise', languages: ['ruby'], pattern: /^\s*devise_for\b|^\s*devise\s+:|before_action\s+:authenticate_\w+!/ },
  { label: 'Rails session login', languages: ['ruby'], pattern: /\bsession\[:?\w+\]\s*=(?!=)/ },
  { label: 'Ruby JWT', languages: ['ruby'], pattern: /\bJWT\.(encode|decode)\b|\bauthenticate_(or_request_)?with_http_token\b/ },
  { label: 'ASP.NET JwtBearer', languages: ['csharp'], pattern: /\.AddJwtBearer\s*\(/ },
  { label: 'ASP.NET cookie/Identity sign-in', languages: ['csharp'], pattern: /\.AddCookie\s*\(|\bSignInAsync\s*\(|\bSignInManager\s*</ },
  { label: 'JWT token handler', languages: ['csharp'], pattern: /\bnew\s+(JwtSecurityTokenHandler|JsonWebTokenHandler)\s*\(/ },
  { label: 'ASP.NET session', languages: ['csharp'], pattern: /\.(AddSession|UseSession)\s*\(/ },
  {
    // Identity registers its cookie scheme; the API endpoints variant adds bearer tokens too
    label: 'ASP.NET Identity sign-in schemes',
    languages: ['csharp'],
    pattern: /\.(AddIdentity|AddDefaultIdentity|AddIdentityApiEndpoints)\s*<|\.MapIdentityApi\s*<|\.AddBearerToken\s*\(/,
  },
]
