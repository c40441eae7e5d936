// The guard's verdict made readable: the text with its spans marked (rule violations in one style, sentences that are
// not vetted in another, invisible or look-alike characters in a third) and each rule in plain language.
// Built with DOM nodes and textContent only: draft text is never parsed as HTML.

const RULES = {
  confirms_relationship: 'It confirms that someone is or was a patient. Replies must neither confirm nor deny that.',
  denies_relationship: 'It denies that someone is a patient. Denying reveals as much as confirming.',
  discloses_identifier: 'It contains an identifier (a name, date, number or address) tied to a person.',
  discloses_clinical: 'It mentions a diagnosis, treatment, visit or other clinical detail.',
  discloses_financial: 'It mentions a bill, payment, insurance or balance.',
  echoes_phi: 'It repeats health information the commenter shared. Even their own words must not be echoed.',
  third_party_phi: 'It discusses someone else\'s health information.',
  medical_advice: 'It gives medical advice. Replies may only point to a call or a visit.',
  defensive_tone: 'It argues with or blames the commenter. Replies stay neutral and move the talk offline.',
  solicits_phi: 'It asks for health or identifying details in public.',
  practice_initiated_contact: 'It promises that the practice will reach out. The person should contact the practice.',
  emergency_not_redirected: 'The comment describes an emergency and the reply does not point to 911 or the ER.',
  crisis_not_redirected: 'The comment suggests a crisis and the reply does not point to the 988 crisis line.',
  wrong_emergency_resource: 'It points to the wrong emergency resource.',
};

export function explain(label) {
  return RULES[label] || 'It breaks the safety rule "' + label + '".';
}

export const VERDICT_TEXT = {
  safe: 'Safe: every sentence is vetted wording and no rule is broken.',
  review: 'Needs a second approver: some sentences are not vetted wording (no rule is broken). Another approver must attest before it can be approved.',
  unsafe: 'Unsafe: it breaks a safety rule. It cannot be approved until it is edited.',
};

/** Non-overlapping marked segments of `text`: violations win over hidden characters, which win over unvetted spans. */
export function segments(text, guard) {
  const kinds = new Array(text.length).fill(null);
  const paint = (start, end, kind) => {
    for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) kinds[i] = kinds[i] || kind;
  };
  for (const v of guard.violations || []) if (v.start >= 0) paint(v.start, v.end, 'violation');
  for (const h of guard.hidden || []) paint(h.start, h.end, 'hidden-char');
  for (const f of guard.freeText || []) paint(f.start, f.end, 'unvetted');
  const out = [];
  for (let i = 0; i < text.length;) {
    let j = i + 1;
    while (j < text.length && kinds[j] === kinds[i]) j++;
    out.push({ text: text.slice(i, j), kind: kinds[i] });
    i = j;
  }
  return out;
}

export function renderPreview(container, text, guard) {
  container.replaceChildren();
  for (const seg of segments(text, guard)) {
    if (!seg.kind) {
      container.append(document.createTextNode(seg.text));
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = seg.kind;
    mark.textContent = seg.text;
    const what = seg.kind === 'violation' ? 'breaks a rule' : seg.kind === 'unvetted' ? 'not vetted' : 'hidden character';
    mark.title = what;
    const sr = document.createElement('span');
    sr.className = 'sr-only';
    sr.textContent = ' (' + what + ')';
    container.append(mark, sr);
  }
}

export function renderExplanations(list, guard) {
  list.replaceChildren();
  for (const v of guard.violations || []) {
    const li = document.createElement('li');
    li.className = 'explain-violation';
    const strong = document.createElement('strong');
    strong.textContent = v.rule + ' ' + v.label.replace(/_/g, ' ') + ': ';
    li.append(strong, document.createTextNode(explain(v.label)));
    if (v.span) {
      const q = document.createElement('q');
      q.textContent = v.span;
      li.append(document.createTextNode(' Found in '), q, document.createTextNode('.'));
    }
    if (v.reason) li.append(document.createTextNode(' Detail: ' + v.reason));
    list.append(li);
  }
  if ((guard.hidden || []).length) {
    const li = document.createElement('li');
    li.textContent = 'It holds invisible or look-alike characters, marked in the text. Retype those words.';
    list.append(li);
  }
  if ((guard.freeText || []).length) {
    const li = document.createElement('li');
    li.className = 'explain-unvetted';
    li.textContent = (guard.freeText.length === 1 ? 'One sentence is' : guard.freeText.length + ' sentences are')
      + ' not vetted wording (marked with a dashed line): a second approver must attest that the reply neither'
      + ' confirms nor denies a patient relationship and holds no health information.';
    list.append(li);
  }
}
