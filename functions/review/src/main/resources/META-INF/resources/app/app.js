// The approvers' page: sign in, the queue (urgent first, then oldest, with the SLA clock), and one draft (comment,
// triage, text with the guard's spans, live check while typing, approve / second approver / reject / hide, publish
// status, audit trail, conflicts), and the weekly digest (counts and a chart). Routes live in the fragment (#/queue,
// #/drafts/<id>, #/digest, #/digest/<ISO week>): ids only, never text; the
// title never changes with content. Opening any address only reads: every change is an explicit POST or PUT.

import { api, ApiError, SignedOut } from './api.js';
import * as session from './session.js';
import { urgentFirstThenOldest, slaClock } from './queue-order.js';
import { VERDICT_TEXT, renderExplanations, renderPreview } from './guard-view.js';
import { checkedChart, countsTable, summary, weekSpan } from './digest-view.js';

const main = document.getElementById('main');
const status = document.getElementById('status');
const who = document.getElementById('who');
const signOutButton = document.getElementById('sign-out');
const CHECK_DELAY_MS = 400;
const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const WEEK_ID = /^\d{4}-W\d{2}$/;

let config = { signIn: 'none' };
let screen = null;          // the current screen's teardown and state
let resumeAfterSignIn = null;

// ------------------------------------------------------------------ small DOM helpers

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function say(message) {
  status.textContent = message;
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

// Each navigation is a new visit. A screen whose data arrives after the reader moved on (a slow queue, then a click on
// a draft) must not draw over the screen they moved to: it checks its visit after every wait.
let visits = 0;
const stillVisiting = visit => visit === visits;

function show(title, ...content) {
  if (screen && screen.leave) screen.leave();
  screen = null;
  document.title = 'SafeReply';      // never content: titles end up in history and tab lists
  main.replaceChildren(el('h1', { id: 'screen-title', text: title }), ...content);
  main.focus();
}

function updateWho() {
  const s = session.current();
  who.textContent = s ? (s.email || s.approverId) + ' · ' + s.practiceId : '';
  signOutButton.hidden = !s;
}

// ------------------------------------------------------------------ sign-in

function signInScreen(message) {
  if (config.signIn === 'cognito') {
    show('Sign in',
      message ? el('p', { class: 'notice warn', text: message }) : null,
      el('p', { text: 'Approvers sign in with their practice account.' }),
      el('button', { id: 'sign-in', type: 'button', onclick: () => session.cognitoSignIn(config), text: 'Sign in' }));
    return;
  }
  if (config.signIn !== 'local') {
    show('Sign-in is not configured', el('p', { class: 'notice error',
      text: 'This deployment has no sign-in settings (Cognito domain and app client). Ask an administrator.' }));
    return;
  }
  const error = el('p', { id: 'sign-in-error', class: 'notice error', hidden: true, role: 'alert' });
  const approver = el('input', { id: 'approver-id', type: 'text', value: 'demo-approver', autocomplete: 'username', required: true });
  const practice = el('input', { id: 'practice-id', type: 'text', value: 'sunrise-dental', required: true });
  const email = el('input', { id: 'email', type: 'email', value: 'approver@sunrise-dental.example', autocomplete: 'email' });
  const form = el('form', { id: 'sign-in-form', novalidate: true, onsubmit: async event => {
    event.preventDefault();
    try {
      await session.localSignIn(approver.value.trim(), practice.value.trim(), email.value.trim());
      updateWho();
      document.getElementById('sign-in-again')?.remove();
      const resume = resumeAfterSignIn;
      resumeAfterSignIn = null;
      if (resume) resume(); else route();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  } },
    el('label', { for: 'approver-id', text: 'Approver id' }), approver,
    el('label', { for: 'practice-id', text: 'Practice id' }), practice,
    el('label', { for: 'email', text: 'E-mail (optional)' }), email,
    el('div', { class: 'actions' }, el('button', { id: 'sign-in', type: 'submit', text: 'Sign in' })));
  const notice = el('p', { class: 'notice warn', text: 'Local run: this form stands in for the practice\'s sign-in page. It is available only when the local run\'s development sign-in is on.' });
  if (screen && screen.keepOnSignIn) {
    // Session ended mid-work: ask for sign-in over the screen, keeping everything typed (one dialog, however many
    // requests found the session ended).
    document.getElementById('sign-in-again')?.remove();
    const dialog = el('section', { id: 'sign-in-again', class: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'sign-in-again-title' },
      el('h2', { id: 'sign-in-again-title', text: 'Your session ended' }),
      el('p', { text: message || 'Sign in again to continue. Nothing you typed is lost.' }), error, form);
    main.prepend(dialog);
    approver.focus();
    return;
  }
  show('Sign in', message ? el('p', { class: 'notice warn', text: message }) : null, notice, error, form);
  approver.focus();
}

/** The session ended: sign in again, then carry on from where the approver was (edits kept). */
function signedOut(resume) {
  updateWho();
  if (config.signIn === 'cognito' && screen && screen.unsavedEdit) {
    const edit = screen.unsavedEdit();
    if (edit) session.parkEdit(edit);
  }
  resumeAfterSignIn = resume;
  signInScreen('Your session ended. Sign in again to continue; nothing you typed is lost.');
}

// ------------------------------------------------------------------ queue

async function queueScreen() {
  const s = session.current();
  const visit = visits;
  show('Approval queue', el('p', { text: 'Loading the queue…' }));
  let items;
  let publishing = null;
  try {
    items = urgentFirstThenOldest(await api.queue(s.practiceId));
    publishing = await api.publishing(s.practiceId).catch(e => (e instanceof SignedOut ? Promise.reject(e) : null));
  } catch (e) {
    if (!stillVisiting(visit)) return;
    return failed(e, queueScreen);
  }
  if (!stillVisiting(visit)) return;
  const paused = publishing && publishing.paused
    ? el('p', { id: 'publishing-paused', class: 'notice warn', role: 'status', text: 'Publishing is paused for this practice'
      + (publishing.platform ? ' on ' + publishing.platform : '') + (publishing.since ? ' since ' + when(publishing.since) : '')
      + ': the platform blocked the practice\'s replies. Approvals fail to publish until a practice admin resumes publishing; then retry them from each draft.' })
    : null;
  const list = el('ul', { id: 'queue', class: 'queue', 'aria-label': 'Drafts waiting for approval, urgent first then oldest' });
  const clocks = [];
  for (const item of items) {
    const clock = el('span', { class: 'sla' });
    clocks.push([clock, item.dueAt]);
    list.append(el('li', {},
      el('a', { href: '#/drafts/' + item.draftId, class: 'queue-item', 'data-draft-id': item.draftId, 'data-urgency': item.urgency },
        el('span', { class: 'row' },
          el('span', { class: 'badge' + (item.urgency === 'urgent' ? ' urgent' : ''), text: item.urgency }),
          el('strong', { text: item.category.replace(/_/g, ' ') }),
          el('span', { text: item.platform }),
          el('span', { text: 'waiting since ' + when(item.createdAt) }),
          clock,
          item.safe ? null : el('span', { class: 'badge verdict-unsafe', text: 'guard: ' + item.violationLabels.join(', ') })))));
  }
  const tick = () => {
    for (const [node, dueAt] of clocks) {
      const c = slaClock(dueAt, Date.now());
      node.textContent = 'SLA: ' + c.text;
      node.classList.toggle('overdue', c.overdue);
    }
  };
  tick();
  const timer = setInterval(tick, 30000);
  show('Approval queue', paused,
    el('p', { text: items.length === 0 ? 'Nothing is waiting for approval.'
      : items.length + (items.length === 1 ? ' draft is' : ' drafts are') + ' waiting. Urgent first, then oldest.' }),
    list,
    el('p', {}, el('a', { href: '#/digest', id: 'digest-link', text: 'Weekly digest: complaint themes and response times' })),
    el('p', { class: 'kbd-hint', text: 'Keys: j / k move through the queue, Enter opens, r reloads.' }),
    el('div', { class: 'actions' }, el('button', { id: 'reload', type: 'button', class: 'quiet', onclick: queueScreen, text: 'Reload' })));
  screen = {
    leave: () => clearInterval(timer),
    key: event => {
      const links = [...list.querySelectorAll('a')];
      const at = links.indexOf(document.activeElement);
      if (event.key === 'j') links[Math.min(links.length - 1, at + 1)]?.focus();
      else if (event.key === 'k') links[Math.max(0, at - 1)]?.focus();
      else if (event.key === 'r') queueScreen();
      else return false;
      return true;
    },
  };
}

// ------------------------------------------------------------------ weekly digest

async function digestScreen(week) {
  const s = session.current();
  const visit = visits;
  show('Weekly digest', el('p', { text: 'Loading the digest…' }));
  let digest;
  try {
    digest = await api.digest(s.practiceId, week);
  } catch (e) {
    if (!stillVisiting(visit)) return;
    if (e instanceof ApiError && e.status === 404) {
      show('Weekly digest', el('p', { id: 'no-digest', class: 'notice', text: week
        ? 'There is no digest for week ' + week + '.'
        : 'There is no weekly digest yet. It comes once a week, on the practice\'s digest day, for the week before.' }),
        el('p', {}, el('a', { href: '#/queue', text: '← Back to the queue' })));
      return;
    }
    return failed(e, () => digestScreen(week));
  }
  if (!stillVisiting(visit)) return;
  const chart = el('figure', { id: 'digest-chart', class: 'panel chart', 'aria-labelledby': 'digest-chart-title' },
    el('figcaption', { id: 'digest-chart-title', text: 'Complaint themes (bars only for counts of 3 or more)' }),
    el('p', { class: 'legend', text: 'Loading the chart…' }));
  show('Weekly digest',
    el('p', {}, el('a', { href: '#/queue', id: 'back', text: '← Back to the queue' })),
    el('section', { class: 'panel', id: 'digest', 'aria-labelledby': 'digest-week' },
      el('h2', { id: 'digest-week', text: 'Week ' + digest.weekId }),
      el('p', { class: 'legend', text: weekSpan(digest) + ' (' + digest.timeZone + '). Counts only: no comment text.' }),
      el('p', { class: 'notice', id: 'digest-suppression', text: 'Counts under 3 show as <3, so no number can point at '
        + 'one person\'s visit. Change is against the week before; n/a when either week had fewer than 3.' }),
      summary(el, digest)),
    chart,
    el('div', { class: 'digest-grid' },
      countsTable(el, 'digest-themes', 'Complaint themes', 'Theme', digest.themes),
      countsTable(el, 'digest-categories', 'Categories', 'Category', digest.categories)));
  screen = {
    key: event => {
      if (event.key === 'q') location.hash = '#/queue';
      else return false;
      return true;
    },
  };
  const shown = screen;
  try {
    // the week the JSON answered, so the chart cannot be of a newer digest stored in between
    const checked = checkedChart(await api.digestChart(s.practiceId, digest.weekId));
    if (screen !== shown) return;
    chart.lastChild.replaceWith(checked.node || el('p', { id: 'chart-refused', class: 'notice warn',
      text: 'The chart was not shown: it held something a chart does not need. The tables below have the same counts.' }));
  } catch (e) {
    if (screen !== shown) return;
    if (e instanceof SignedOut) return signedOut(() => digestScreen(week));
    chart.lastChild.replaceWith(el('p', { class: 'notice warn', text: 'The chart could not be loaded (' + e.message
      + '). The tables below have the same counts.' }));
  }
}

// ------------------------------------------------------------------ draft

async function draftScreen(draftId, parked) {
  const visit = visits;
  show('Draft', el('p', { text: 'Loading the draft…' }));
  let draft;
  let audit;
  try {
    draft = await api.draft(draftId);
    audit = await api.audit(draftId);
  } catch (e) {
    if (!stillVisiting(visit)) return;
    if (e instanceof ApiError && e.status === 404) {
      show('Draft not found', el('p', { id: 'not-found', class: 'notice error',
        text: 'This draft does not exist or belongs to another practice.' }),
        el('p', {}, el('a', { href: '#/queue', text: 'Back to the queue' })));
      return;
    }
    return failed(e, () => draftScreen(draftId, parked));
  }
  if (!stillVisiting(visit)) return;
  renderDraft(draft, audit, parked || session.takeParkedEdit(draftId));
}

function renderDraft(draft, audit, parked) {
  const pending = draft.state === 'PENDING_APPROVAL';
  const s = session.current();
  const state = { draft, base: draft.version, baseText: draft.draft.text, guard: draft.guard, checking: null, timer: null, seq: 0 };

  // --- the comment and triage
  const comment = draft.comment || {};
  const commentPanel = el('section', { class: 'panel', 'aria-labelledby': 'comment-title' },
    el('h2', { id: 'comment-title', text: 'Comment' }),
    comment.removed ? el('p', { text: 'The commenter removed this comment.' })
      : el('blockquote', { id: 'comment-text', text: comment.text || '' }),
    // A Google review's stars weighed in triage: shown as stars, with the number for screen readers and copying.
    comment.rating ? el('p', { id: 'comment-rating', class: 'rating', 'aria-label': 'Rated ' + comment.rating.label,
      text: '\u2605'.repeat(comment.rating.stars) + '\u2606'.repeat(comment.rating.outOf - comment.rating.stars)
        + ' ' + comment.rating.label }) : null,
    el('p', { class: 'legend' }, (comment.platform || '') + ' · posted ' + when(comment.postedAt) + ' ',
      comment.link ? el('a', { href: comment.link, rel: 'noreferrer noopener', target: '_blank', text: 'open on the platform' }) : null),
    // The platform refuses any reply to this comment (X: not a mention): say so before anyone approves.
    comment.replyNotAllowed ? el('p', { class: 'notice warn', id: 'reply-not-allowed', role: 'note', text: comment.replyNotAllowed }) : null);
  const triage = draft.triage;
  const triagePanel = el('section', { class: 'panel', 'aria-labelledby': 'triage-title' },
    el('h2', { id: 'triage-title', text: 'Triage' }),
    el('dl', { class: 'facts', id: 'triage' },
      el('dt', { text: 'Category' }), el('dd', { text: triage.category.replace(/_/g, ' ') }),
      el('dt', { text: 'Urgency' }), el('dd', {}, el('span', { class: 'badge' + (draft.urgency === 'urgent' ? ' urgent' : ''), text: draft.urgency })),
      el('dt', { text: 'Confidence' }), el('dd', { id: 'confidence', text: Math.round(triage.confidence * 100) + '%' }),
      el('dt', { text: 'Signals' }), el('dd', { text: triage.signals.length ? triage.signals.join(', ') : 'none' }),
      el('dt', { text: 'Flags' }), el('dd', { text: (triage.flags || []).length ? triage.flags.join(', ') : 'none' }),
      el('dt', { text: 'Language' }), el('dd', { text: triage.language })));

  // --- the reply, its verdict and spans
  const text = el('textarea', { id: 'reply-text', 'aria-describedby': 'verdict', maxlength: '2000', readOnly: !pending });
  text.value = parked ? parked.text : draft.draft.text;
  const verdict = el('p', { id: 'verdict', class: 'notice', 'aria-live': 'polite' });
  const preview = el('div', { id: 'highlighted', class: 'preview', 'aria-label': 'The reply with the guard\'s findings marked' });
  const explanations = el('ul', { id: 'explanations', class: 'explain' });
  const conflict = el('section', { id: 'conflict', class: 'panel conflict', hidden: true, role: 'alert' });
  const saveButton = el('button', { id: 'save', type: 'button', class: 'quiet', text: 'Save edit' });
  const approveButton = el('button', { id: 'approve', type: 'button', text: 'Approve' });
  const approveHelp = el('p', { id: 'approve-help', class: 'legend' });
  const attestNeither = el('input', { id: 'attest-relationship', type: 'checkbox' });
  const attestNoHealth = el('input', { id: 'attest-health', type: 'checkbox' });
  const attestation = el('fieldset', { id: 'attestation', class: 'panel', hidden: true },
    el('legend', { text: 'Second approver\'s statement' }),
    el('label', { class: 'check', for: 'attest-relationship' }, attestNeither, 'The reply neither confirms nor denies that anyone is or was a patient.'),
    el('label', { class: 'check', for: 'attest-health' }, attestNoHealth, 'The reply holds no health information about anyone.'));
  const hide = el('input', { id: 'hide', type: 'checkbox' });
  const hideBox = draft.hideOffered && pending
    ? el('label', { class: 'check', for: 'hide' }, hide, 'Also hide the comment on the platform (it is spam or discloses health information).') : null;
  const reason = el('textarea', { id: 'reject-reason', maxlength: '500' });
  const rejectButton = el('button', { id: 'reject', type: 'button', class: 'danger', text: 'Reject' });

  const changed = () => text.value !== state.baseText;

  function renderVerdict() {
    const g = state.guard;
    const checking = state.checking !== null;
    verdict.className = 'notice verdict-' + g.verdict;
    verdict.replaceChildren(el('span', { class: 'badge verdict-' + g.verdict, id: 'verdict-label', text: g.verdict }), ' ',
      VERDICT_TEXT[g.verdict] || g.verdict, checking ? ' (checking…)' : '');
    renderPreview(preview, state.guardText, g);
    renderExplanations(explanations, g);
    const iEdited = s && draft.lastEditor === s.approverId;
    const needsSecond = g.verdict === 'review';
    attestation.hidden = !pending || !needsSecond || changed() || iEdited;
    saveButton.hidden = !pending;
    saveButton.disabled = !changed() || g.verdict === 'unsafe' || checking;
    let help = '';
    let canApprove = pending && !checking;
    if (g.verdict === 'unsafe') {
      canApprove = false;
      help = 'Approve is off while the reply is unsafe: edit the marked words.';
    } else if (needsSecond && (changed() || iEdited)) {
      canApprove = false;
      help = changed() ? 'This text needs a second approver: save it, then another approver attests and approves.'
        : 'You wrote this text: another approver of your practice must attest and approve it.';
    } else if (needsSecond && !(attestNeither.checked && attestNoHealth.checked)) {
      canApprove = false;
      help = 'Tick both statements to approve as the second approver.';
    } else if (changed()) {
      help = 'Approve saves your edit first.';
    }
    approveButton.disabled = !canApprove;
    approveButton.textContent = needsSecond && !changed() && !iEdited ? 'Approve as second approver' : 'Approve';
    approveHelp.textContent = help;
    rejectButton.disabled = !pending;
  }

  function scheduleCheck() {
    clearTimeout(state.timer);
    if (state.checking) state.checking.abort();
    state.checking = null;
    const value = text.value;
    if (!value.trim()) {
      state.guard = { verdict: 'unsafe', violations: [], hidden: [], freeText: [] };
      state.guardText = value;
      renderVerdict();
      verdict.lastChild.textContent = ' The reply is empty.';
      return;
    }
    state.checking = new AbortController();
    renderVerdict();
    state.timer = setTimeout(async () => {
      const seq = ++state.seq;
      const controller = state.checking;
      try {
        const g = await api.check(draft.draftId, value, controller.signal);
        if (seq !== state.seq || value !== text.value) return;
        state.guard = g;
        state.guardText = value;
        state.checking = null;
        renderVerdict();
      } catch (e) {
        if (e.name === 'AbortError') return;
        state.checking = null;
        if (e instanceof SignedOut) return signedOut(() => { updateWho(); scheduleCheck(); });
        say('The live check failed: ' + e.message);
        renderVerdict();
      }
    }, CHECK_DELAY_MS);
  }

  async function act(work) {
    for (const b of [saveButton, approveButton, rejectButton]) b.disabled = true;
    try {
      await work();
      renderVerdict();
    } catch (e) {
      if (e instanceof SignedOut) return signedOut(() => { updateWho(); renderVerdict(); });
      if (e instanceof ApiError && e.status === 409) return showConflict(e);
      if (e instanceof ApiError && e.status === 422) {
        state.guard = { verdict: 'unsafe', violations: e.body.violations || [], hidden: [], freeText: [] };
        state.guardText = text.value;
      }
      say(e.message);
      renderVerdict();
    }
  }

  async function save() {
    const saved = await api.edit(draft.draftId, text.value, state.base);
    state.base = saved.version;
    state.baseText = saved.draft.text;
    draft.version = saved.version;
    draft.lastEditor = saved.lastEditor;
    document.getElementById('draft-version').textContent = String(saved.version);
    say('Saved as version ' + saved.version + '.');
    return saved;
  }

  async function showConflict(error) {
    // Someone else changed the draft: show what they changed, keep what this approver typed, and build on theirs.
    let latest;
    try {
      latest = await api.draft(draft.draftId);
    } catch (e) {
      say(error.message);
      return;
    }
    const mine = text.value;
    conflict.replaceChildren(
      el('h2', { text: 'Someone else changed this draft' }),
      el('p', { text: latest.state === 'PENDING_APPROVAL'
        ? 'Version ' + latest.version + (latest.lastEditor ? ' by ' + latest.lastEditor : '') + ' replaced the version you opened. Your text is still in the editor; their text is below. Save again to replace theirs, or take theirs.'
        : 'The draft is now ' + latest.state.toLowerCase().replace(/_/g, ' ') + (latest.decision && latest.decision.by ? ' by ' + latest.decision.by : '') + '. Your text is still in the editor, but it can no longer change.' }),
      el('h3', { text: 'Their text' }),
      el('blockquote', { id: 'their-text', text: latest.draft.text }),
      latest.state === 'PENDING_APPROVAL' ? el('div', { class: 'actions' },
        el('button', { id: 'take-theirs', type: 'button', class: 'quiet', text: 'Take their text', onclick: () => {
          text.value = latest.draft.text;
          conflict.hidden = true;
          scheduleCheck();
        } })) : null);
    conflict.hidden = false;
    state.base = latest.version;
    state.baseText = latest.draft.text;
    draft.lastEditor = latest.lastEditor;
    draft.state = latest.state;
    document.getElementById('draft-version').textContent = String(latest.version);
    text.value = mine;
    say('The draft changed meanwhile: your text is kept.');
    conflict.focus();
    scheduleCheck();
  }

  saveButton.addEventListener('click', () => act(save));
  approveButton.addEventListener('click', () => act(async () => {
    if (changed()) await save();
    const g = state.guard;
    const attest = g.verdict === 'review'
      ? { neitherConfirmsNorDeniesRelationship: attestNeither.checked, noHealthInformation: attestNoHealth.checked } : null;
    const approved = await api.approve(draft.draftId, state.base, attest, hide.checked);
    say('Approved. The reply will be published.');
    await draftScreen(approved.draftId);
  }));
  rejectButton.addEventListener('click', () => act(async () => {
    if (!reason.value.trim()) {
      say('Give a reason to reject.');
      reason.focus();
      renderVerdict();
      return;
    }
    await api.reject(draft.draftId, reason.value.trim(), state.base);
    say('Rejected.');
    await draftScreen(draft.draftId);
  }));
  text.addEventListener('input', scheduleCheck);
  attestNeither.addEventListener('change', renderVerdict);
  attestNoHealth.addEventListener('change', renderVerdict);
  text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !saveButton.disabled) {
      event.preventDefault();
      saveButton.click();
    }
  });

  // --- decided drafts: the decision and publish status
  const outcome = el('section', { class: 'panel', id: 'outcome', 'aria-labelledby': 'outcome-title' },
    el('h2', { id: 'outcome-title', text: 'Status' }),
    el('p', {}, 'State: ', el('strong', { id: 'draft-state', text: draft.state.toLowerCase().replace(/_/g, ' ') }),
      ' · version ', el('span', { id: 'draft-version', text: String(draft.version) }), ' · ',
      el('span', { class: 'sla', id: 'draft-sla' })),
    draft.decision ? el('p', { text: 'Decided by ' + draft.decision.by + ' on ' + when(draft.decision.at)
      + (draft.decision.reason ? '. Reason: ' + draft.decision.reason : '') }) : null,
    publishStatus(draft));

  const auditTable = el('table', { class: 'audit', id: 'audit' },
    el('caption', { class: 'sr-only', text: 'Audit trail, oldest first' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'When' }), el('th', { scope: 'col', text: 'Who' }),
      el('th', { scope: 'col', text: 'What' }), el('th', { scope: 'col', text: 'Version' }))),
    el('tbody', {}, audit.items.map(item => el('tr', {},
      el('td', { text: when(item.at) }), el('td', { text: item.actor }),
      el('td', { text: item.action + (item.count > 1 ? ' ×' + item.count : '') + (item.detail ? ' (' + item.detail + ')' : '') }),
      el('td', { text: String(item.draftVersion) })))));

  const editor = el('section', { class: 'panel', 'aria-labelledby': 'reply-title' },
    el('h2', { id: 'reply-title', text: 'Reply' }),
    conflict,
    el('label', { for: 'reply-text', text: pending ? 'Reply text (checked as you type)' : 'Reply text' }), text,
    verdict,
    el('h3', { text: 'What the guard found' }),
    el('p', { class: 'legend' }, el('mark', { class: 'violation', text: 'breaks a rule' }), ' ',
      el('mark', { class: 'unvetted', text: 'not vetted wording' }), ' ', el('mark', { class: 'hidden-char', text: 'hidden character' })),
    preview, explanations,
    pending ? attestation : null,
    hideBox,
    pending ? el('div', { class: 'actions' }, saveButton, approveButton) : null,
    pending ? approveHelp : null,
    pending ? el('p', { class: 'kbd-hint', text: 'Keys: e edit, Ctrl+Enter saves, a approve, x reject, q back to the queue.' }) : null);

  const rejectPanel = pending ? el('section', { class: 'panel', 'aria-labelledby': 'reject-title' },
    el('h2', { id: 'reject-title', text: 'Reject' }),
    el('label', { for: 'reject-reason', text: 'Reason (kept with the draft, not in the audit trail)' }), reason,
    el('div', { class: 'actions' }, rejectButton)) : null;

  show('Draft',
    el('p', {}, el('a', { href: '#/queue', id: 'back', text: '← Back to the queue' })),
    el('div', { class: 'draft-grid' },
      el('div', {}, commentPanel, triagePanel, outcome),
      el('div', {}, editor, rejectPanel)),
    el('section', { class: 'panel', 'aria-labelledby': 'audit-title' },
      el('h2', { id: 'audit-title', text: 'Audit trail' }), auditTable));

  const slaNode = document.getElementById('draft-sla');
  if (pending && draft.dueAt) {
    const c = slaClock(draft.dueAt, Date.now());
    slaNode.textContent = 'SLA: ' + c.text;
    slaNode.classList.toggle('overdue', c.overdue);
  } else {
    slaNode.remove();
  }
  state.guardText = draft.draft.text;
  if (parked) {
    state.base = parked.baseVersion;
    say('Your unsaved edit is back.');
  }
  screen = {
    keepOnSignIn: true,
    unsavedEdit: () => (changed() ? { draftId: draft.draftId, text: text.value, baseVersion: state.base } : null),
    leave: () => { clearTimeout(state.timer); if (state.checking) state.checking.abort(); },
    key: event => {
      if (event.key === 'e' && pending) text.focus();
      else if (event.key === 'a' && !approveButton.disabled) approveButton.click();
      else if (event.key === 'x' && pending) reason.focus();
      else if (event.key === 'q') location.hash = '#/queue';
      else return false;
      return true;
    },
  };
  if (text.value !== draft.draft.text) scheduleCheck(); else renderVerdict();
}

function publishStatus(draft) {
  const p = draft.publish;
  if (!p && draft.state !== 'APPROVED' && draft.state !== 'PUBLISHING') return null;
  let line = 'Publishing: waiting for the publish stage.';
  if (p && p.platformReplyId) line = 'Published on ' + when(p.publishedAt) + ' (reply ' + p.platformReplyId + ').';
  else if (p && p.failure) line = 'Publishing failed: ' + p.failure + ' (attempts: ' + p.attempts + ').';
  if (p && p.hiddenAt) line += ' The comment was hidden on ' + when(p.hiddenAt) + '.';
  const section = el('div', { id: 'publish' }, el('p', { text: line }));
  // Google moderates replies after posting: a rejection found later is shown here, where the publish result is.
  if (p && p.moderation === 'REJECTED') {
    section.append(el('p', { id: 'moderation-rejected', class: 'notice warn', role: 'status',
      text: 'Google\'s moderation rejected this reply' + (p.moderationAt ? ' (found ' + when(p.moderationAt) + ')' : '')
        + ': it is not shown publicly. The reviewer has no public answer from the practice.' }));
  }
  if (draft.state === 'PUBLISH_FAILED') {
    section.append(el('button', { id: 'retry-publish', type: 'button', text: 'Retry publishing', onclick: async () => {
      try {
        await api.retryPublish(draft.draftId, draft.version);
        say('Publishing again.');
        route();
      } catch (e) {
        if (e instanceof SignedOut) return signedOut(route);
        say(e.message);
      }
    } }));
  }
  return section;
}

function failed(error, retry) {
  if (error instanceof SignedOut) return signedOut(retry);
  show('Something went wrong', el('p', { class: 'notice error', role: 'alert', text: error.message }),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: retry, text: 'Try again' })));
}

// ------------------------------------------------------------------ routing

function route() {
  visits++;
  say('');
  updateWho();
  if (!session.current()) {
    screen = null;
    return signInScreen();
  }
  const hash = location.hash || '#/queue';
  const match = /^#\/drafts\/([^/]+)$/.exec(hash);
  if (match && DRAFT_ID.test(match[1])) return draftScreen(match[1]);
  const digest = /^#\/digest(?:\/([^/]+))?$/.exec(hash);
  if (digest && (!digest[1] || WEEK_ID.test(digest[1]))) return digestScreen(digest[1]);
  if (hash !== '#/queue') history.replaceState(null, '', location.pathname + '#/queue');
  return queueScreen();
}

document.addEventListener('keydown', event => {
  const t = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) {
    if (event.key === 'Escape') t.blur();
    return;
  }
  if (screen && screen.key && screen.key(event)) event.preventDefault();
});

signOutButton.addEventListener('click', () => {
  session.signOut();
  screen = null;
  updateWho();
  if (config.signIn === 'cognito') {
    location.assign(session.cognitoSignOutUrl(config));
    return;
  }
  history.replaceState(null, '', location.pathname + '#/queue');
  signInScreen('You are signed out.');
});

window.addEventListener('hashchange', route);

async function start() {
  try {
    const response = await fetch('/app/config.json', { cache: 'no-store' });
    config = await response.json();
    if (config.signIn === 'cognito') await session.completeCognitoSignIn(config);
  } catch (e) {
    say(e.message);
  }
  route();
}

start();
