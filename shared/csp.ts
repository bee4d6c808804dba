/**
 * The Content Security Policy for every response the renderer receives, in Electron and in
 * the e2e test host alike, so the tests run under the policy users get.
 * No inline script, no eval, no remote origin: 'self' is the app's own scheme and nothing else.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self'",
].join('; ');
