import { describe, expect, it } from 'vitest'
import { isHealthPath, isLoginHandler, isLoginPath, isSignupHandler, isSignupPath } from '../../../src/facts/routes/words.js'

describe('route path words', () => {
  it('recognises sign-up paths however they are spelled, and not look-alikes', () => {
    for (const path of ['/register', '/api/auth/signup', '/users/sign-up', '/sign_up', '/join', '/auth/register-user', '/registration']) {
      expect(isSignupPath(path), path).toBe(true)
    }
    for (const path of ['/users', '/accounts', '/groups/:id/join', '/registered-devices/:id', '/login']) {
      expect(isSignupPath(path), path).toBe(false)
    }
  })

  it('recognises log-in and token paths, but not refresh, logout or reset', () => {
    for (const path of ['/login', '/auth/sign-in', '/users/sign_in', '/session', '/api/token', '/login/access-token', '/jwt/create', '/auth']) {
      expect(isLoginPath(path), path).toBe(true)
    }
    for (const path of ['/token/refresh', '/auth/refresh-token', '/logout', '/password/reset', '/tokens/verify', '/users']) {
      expect(isLoginPath(path), path).toBe(false)
    }
  })

  it('recognises sign-up and log-in routes named in the learner’s own language', () => {
    for (const path of ['/auth/registro', '/usuarios/cadastro', '/api/inscription', '/konto/registrieren', '/auth/daftar', '/crear-cuenta']) {
      expect(isSignupPath(path), path).toBe(true)
    }
    for (const path of ['/auth/iniciar-sesion', '/api/entrar', '/connexion', '/se-connecter', '/auth/anmelden', '/auth/masuk']) {
      expect(isLoginPath(path), path).toBe(true)
    }
    expect(isSignupPath('/productos')).toBe(false)
    expect(isLoginPath('/sesion/cerrar')).toBe(false) // "close session" is logging out
    expect(isLoginPath('/cerrar-sesion')).toBe(false)
    expect(isLoginPath('/auth/abmelden')).toBe(false)
  })

  it('recognises health paths under prefixes, but not a resource status with parameters', () => {
    for (const path of ['/health', '/api/v1/healthz', '/healthcheck', '/health-check', '/readyz', '/livez', '/status', '/ping', '/up']) {
      expect(isHealthPath(path), path).toBe(true)
    }
    for (const path of ['/orders/:id/status', '/users/{id}/ping', '/api/up', '/healthcare/providers', '/']) {
      expect(isHealthPath(path), path).toBe(false)
    }
  })

  it('recognises handlers named for signing up or logging in, and not CRUD or token upkeep', () => {
    for (const name of ['register', 'signUp', 'sign_up', 'registerUser', 'handleRegistration', 'createAccount', 'RegisterView', 'registrarUsuario']) {
      expect(isSignupHandler(name), name).toBe(true)
    }
    for (const name of ['createUser', 'addMember', 'verifyRegistration', 'resendRegistrationEmail', 'login', 'store']) {
      expect(isSignupHandler(name), name).toBe(false)
    }
    for (const name of ['login', 'logIn', 'signIn', 'authenticate', 'createSession', 'issueToken', 'iniciarSesion']) {
      expect(isLoginHandler(name), name).toBe(true)
    }
    for (const name of ['refreshToken', 'logout', 'verifyToken', 'getSession', 'token', 'register']) {
      expect(isLoginHandler(name), name).toBe(false)
    }
  })
})
