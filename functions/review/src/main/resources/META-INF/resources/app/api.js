// The review API as the page uses it. Every call sends the signed-in approver's token; 401 means the session ended
// (expired or signed out elsewhere) and is thrown as SignedOut, so the screen can ask for sign-in and keep its state.

import { current } from './session.js';

export class SignedOut extends Error {}

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : 'request failed (' + status + ')');
    this.status = status;
    this.body = body || {};
  }
}

/** The answer of one call with the approver's token; 401 throws SignedOut. */
async function send(method, path, { body, version, signal, accept } = {}) {
  const session = current();
  if (!session) throw new SignedOut();
  const headers = { Authorization: 'Bearer ' + session.token };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (version !== undefined) headers['If-Match'] = '"' + version + '"';
  if (accept !== undefined) headers.Accept = accept;
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal,
    cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer',
  });
  if (response.status === 401) throw new SignedOut();
  return response;
}

async function call(method, path, options) {
  const response = await send(method, path, options);
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

const id = draftId => encodeURIComponent(draftId);
const digestPath = (practiceId, week, tail) => '/practices/' + encodeURIComponent(practiceId) + '/digest' + tail
  + (week ? '?' + new URLSearchParams({ week }) : '');

export const api = {
  /** Every pending draft of the practice (all pages: the page sorts them urgent first, then oldest). */
  async queue(practiceId) {
    const items = [];
    let cursor = null;
    for (let page = 0; page < 20; page++) {
      const q = new URLSearchParams({ status: 'PENDING_APPROVAL', limit: '100' });
      if (cursor) q.set('cursor', cursor);
      const answer = await call('GET', '/practices/' + encodeURIComponent(practiceId) + '/drafts?' + q);
      items.push(...answer.items);
      cursor = answer.nextCursor;
      if (!cursor) break;
    }
    return items;
  },
  /** The practice's digest of that ISO week, or its newest without one: counts only, small counts already "<3". */
  digest: (practiceId, week) => call('GET', digestPath(practiceId, week, '')),
  /** The digest's chart as the server made it (SVG source text): the caller checks it before showing it. */
  async digestChart(practiceId, week) {
    const response = await send('GET', digestPath(practiceId, week, '/chart.svg'), { accept: 'image/svg+xml' });
    if (!response.ok) throw new ApiError(response.status, null);
    if (!(response.headers.get('Content-Type') || '').startsWith('image/svg+xml')) throw new ApiError(response.status, { error: 'the chart is not SVG' });
    return response.text();
  },
  publishing: practiceId => call('GET', '/practices/' + encodeURIComponent(practiceId) + '/publishing'),
  draft: draftId => call('GET', '/drafts/' + id(draftId)),
  audit: draftId => call('GET', '/drafts/' + id(draftId) + '/audit?limit=200'),
  check: (draftId, text, signal) => call('POST', '/drafts/' + id(draftId) + '/check', { body: { text }, signal }),
  edit: (draftId, text, version) => call('PUT', '/drafts/' + id(draftId), { body: { text, version } }),
  approve: (draftId, version, attestation, hide) => call('POST', '/drafts/' + id(draftId) + '/approve', {
    body: Object.assign({ version }, attestation ? { attestation } : {}, hide ? { hide: true } : {}),
  }),
  reject: (draftId, reason, version) => call('POST', '/drafts/' + id(draftId) + '/reject', { body: { reason, version } }),
  retryPublish: (draftId, version) => call('POST', '/drafts/' + id(draftId) + '/retry-publish', { body: { version } }),
};
