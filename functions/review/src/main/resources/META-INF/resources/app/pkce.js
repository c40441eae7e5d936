// Authorization code + PKCE (RFC 7636) pieces for Cognito's hosted UI. Pure functions over Web Crypto, so the browser
// tests can check them against the RFC's own example.

const BASE64URL = /[+/=]/g;

export function base64url(bytes) {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(BASE64URL, c => (c === '+' ? '-' : c === '/' ? '_' : ''));
}

/** A code verifier: 32 random bytes, base64url (43 characters, within RFC 7636's 43..128). */
export function newVerifier() {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/** The S256 code challenge: base64url(SHA-256(ASCII(verifier))). */
export async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The hosted UI's authorize address for this page. */
export function authorizeUrl(config, redirectUri, state, challenge) {
  const q = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri, scope: config.scope,
    state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  return config.authorizeUrl + '?' + q.toString();
}

/** The form body of the token request that exchanges the code (public client: no secret, the verifier instead). */
export function tokenRequestBody(config, redirectUri, code, verifier) {
  return new URLSearchParams({
    grant_type: 'authorization_code', client_id: config.clientId, code, redirect_uri: redirectUri,
    code_verifier: verifier,
  }).toString();
}

/** The claims of a JWT, unverified: only to show who is signed in and to know the practice (the API verifies). */
export function claimsOf(jwt) {
  const part = jwt.split('.')[1] || '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, c => c.charCodeAt(0))));
}
