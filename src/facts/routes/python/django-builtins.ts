/** @module URL confs that Django and its auth packages ship: `include('django.contrib.auth.urls')` and friends expand to these routes. Data only. */

/**
 * Included module -> the package that provides it (used as the routes' framework name) and its paths.
 * Paths are the main ones each package documents; the method is ANY because Django views answer several.
 */
export const DJANGO_BUILTIN_URLS: Record<string, { framework: string; paths: string[] }> = {
  'django.contrib.auth.urls': {
    framework: 'django.contrib.auth',
    paths: ['login/', 'logout/', 'password_change/', 'password_change/done/', 'password_reset/', 'password_reset/done/', 'reset/<uidb64>/<token>/', 'reset/done/'],
  },
  'allauth.urls': {
    framework: 'allauth',
    paths: ['signup/', 'login/', 'logout/', 'password/change/', 'password/set/', 'password/reset/', 'password/reset/done/', 'email/', 'confirm-email/'],
  },
  'allauth.account.urls': { framework: 'allauth', paths: ['signup/', 'login/', 'logout/', 'password/reset/'] },
  'dj_rest_auth.urls': {
    framework: 'dj-rest-auth',
    paths: ['login/', 'logout/', 'user/', 'password/change/', 'password/reset/', 'password/reset/confirm/'],
  },
  'dj_rest_auth.registration.urls': { framework: 'dj-rest-auth', paths: ['', 'verify-email/', 'resend-email/'] },
  'rest_auth.urls': { framework: 'dj-rest-auth', paths: ['login/', 'logout/', 'user/', 'password/change/', 'password/reset/'] },
  'rest_auth.registration.urls': { framework: 'dj-rest-auth', paths: ['', 'verify-email/'] },
  'djoser.urls': {
    framework: 'djoser',
    paths: ['users/', 'users/me/', 'users/activation/', 'users/set_password/', 'users/reset_password/', 'users/reset_password_confirm/'],
  },
  'djoser.urls.jwt': { framework: 'djoser', paths: ['jwt/create/', 'jwt/refresh/', 'jwt/verify/'] },
  'djoser.urls.authtoken': { framework: 'djoser', paths: ['token/login/', 'token/logout/'] },
  'rest_framework.urls': { framework: 'rest_framework', paths: ['login/', 'logout/'] },
  'knox.urls': { framework: 'knox', paths: ['login/', 'logout/', 'logoutall/'] },
}

/** The framework names above: a route carrying one of them comes from a package's built-in auth views. */
export const DJANGO_AUTH_PACKAGES: ReadonlySet<string> = new Set(Object.values(DJANGO_BUILTIN_URLS).map((b) => b.framework))
