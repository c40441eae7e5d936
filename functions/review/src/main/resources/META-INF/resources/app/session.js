// Who is signed in. The token (local token or Cognito ID token) lives in this tab's sessionStorage with the approver's
// ids and its expiry: never in localStorage, never in the address. Draft text never goes into storage, except an
// unsaved edit parked for the hosted UI's round trip (see parkEdit), which is removed as soon as it is restored.

import { authorizeUrl, challengeOf, claimsOf, newVerifier, tokenRequestBody } from './pkce.js';

const KEY = 'safereply.session';
const PKCE = 'safereply.pkce';
const PARKED = 'safereply.parked-edit';

export function current() {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY));
    if (s && s.token && s.expiresAt && Date.parse(s.expiresAt) > Date.now()) return s;
  } catch (e) { /* a broken entry is no session */ }
  return null;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

function store(session) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export async function localSignIn(approverId, practiceId, email) {
  const response = await fetch('/app/local-sign-in', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ approverId, practiceId, email: email || null }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || 'sign-in failed (' + response.status + ')');
  return store({ token: body.token, expiresAt: body.expiresAt, approverId, practiceId, email: email || null });
}

/** Always .../app/index.html (the app client's one callback URL), whether the page was opened as /app/ or not. */
function redirectUri() {
  return new URL('index.html', location.origin + location.pathname).href;
}

/** Off to the hosted UI; remembers where to come back to (a draft id at most) and the PKCE verifier. */
export async function cognitoSignIn(config) {
  const verifier = newVerifier();
  const state = newVerifier();
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state, back: location.hash || '#/queue' }));
  location.assign(authorizeUrl(config, redirectUri(), state, await challengeOf(verifier)));
}

/** Back from the hosted UI with ?code=…&state=…: exchange the code, then drop the code from the address. */
export async function completeCognitoSignIn(config) {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code) return null;
  const pending = JSON.parse(sessionStorage.getItem(PKCE) || 'null');
  sessionStorage.removeItem(PKCE);
  history.replaceState(null, '', location.pathname + (pending ? pending.back : '#/queue'));
  if (!pending || pending.state !== params.get('state')) throw new Error('sign-in answer did not match; sign in again');
  const response = await fetch(config.tokenUrl, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(config, redirectUri(), code, pending.verifier),
  });
  if (!response.ok) throw new Error('sign-in failed (' + response.status + ')');
  const tokens = await response.json();
  const claims = claimsOf(tokens.id_token);
  return store({
    token: tokens.id_token, expiresAt: new Date(claims.exp * 1000).toISOString(), approverId: claims.sub,
    practiceId: claims['custom:practiceId'], email: claims.email || null,
  });
}

export function cognitoSignOutUrl(config) {
  return config.logoutUrl + '?' + new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri() });
}

/** An unsaved edit kept across the hosted UI's round trip (this tab only), so expiry loses nothing. */
export function parkEdit(edit) {
  sessionStorage.setItem(PARKED, JSON.stringify(edit));
}

export function takeParkedEdit(draftId) {
  const edit = JSON.parse(sessionStorage.getItem(PARKED) || 'null');
  if (edit && edit.draftId === draftId) {
    sessionStorage.removeItem(PARKED);
    return edit;
  }
  return null;
}
