import { describe, expect, it } from 'vitest'
import { entropy, isPlaceholder, looksReal } from '../../../src/facts/usage/secret-shape.js'

describe('secret shape heuristic', () => {
  it.each(['change-me', 'changeme', 'your-secret-here', 'keyboard-cat-example', 'dev-only-key', 'xxxxxxxxxxxx', '${JWT_SECRET}', '{{ secret_key }}', '<your token>', 'JWT_SECRET_KEY', 'app.jwt.secret', './keys/private.pem', 'test-secret-123456'])(
    'treats %s as a placeholder',
    (value) => {
      expect(isPlaceholder(value)).toBe(true)
      expect(looksReal(value)).toBe(false)
    },
  )

  it.each(['secret', 'shhhhh', 'mysecretjwtkey', 'supersecretkey123'])('does not call the weak word %s a real-looking secret', (value) => {
    expect(looksReal(value)).toBe(false)
  })

  it.each([
    ['a human-made mixed password', 'sup3rS3cretK3y!2024'],
    ['a hex key', '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7'],
    ['a base64 key', 'JiPElapurAabOuKb4YD9WJ+KjcSMi7Dz3ia+PuxISu0='],
    ["Django's generated insecure key", 'django-insecure-k7j-vp&hv+pw*u3-3kqgc#h+3bfb&-ej9y2xl*3(29txkxhb^+'],
  ])('calls %s real-looking', (_, value) => {
    expect(looksReal(value)).toBe(true)
  })

  it('measures entropy in bits per character', () => {
    expect(entropy('aaaa')).toBe(0)
    expect(entropy('abcd')).toBe(2)
  })
})
