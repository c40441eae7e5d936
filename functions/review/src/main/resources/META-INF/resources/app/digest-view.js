// The weekly digest on the page: the counts as the API gives them (already suppressed on the server by the same code
// that writes the SNS digest, so "<3" and "n/a" are shown as they come, never worked out here) and the server-made SVG
// chart. The chart is fetched with the approver's token (an <img src> could not send it), parsed as SVG, and put in
// the page only when every element and attribute in it is one a bar chart needs: no script, no foreignObject, no
// event handler, no link or reference to anything outside, no inline style (the page's CSP forbids it anyway).

const SVG_NS = 'http://www.w3.org/2000/svg';
const ELEMENTS = new Set(['svg', 'g', 'text', 'tspan', 'rect', 'line', 'title', 'desc']);
const ATTRIBUTES = new Set(['xmlns', 'width', 'height', 'viewBox', 'role', 'aria-label', 'aria-hidden', 'font-family',
  'font-size', 'font-weight', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'fill', 'stroke', 'stroke-width',
  'text-anchor', 'opacity']);
/** Attribute values a bar chart never needs: references out (url(…), schemes) and markup. */
const SUSPECT_VALUE = /url\s*\(|javascript:|data:|[<>\\]/i;

/**
 * What is wrong with the SVG text, or [] when it may be shown. Allow-list, so anything not named above is refused,
 * including what the brief names: script, foreignObject, on* handlers, href / xlink:href.
 */
export function chartProblems(svgText) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length || root.namespaceURI !== SVG_NS || root.localName !== 'svg') {
    return ['not an SVG document'];
  }
  const problems = [];
  for (const node of [root, ...root.querySelectorAll('*')]) {
    if (node.namespaceURI !== SVG_NS || !ELEMENTS.has(node.localName)) problems.push('element ' + node.localName);
    for (const attribute of node.attributes) {
      const name = attribute.name;
      if (/^on/i.test(attribute.localName) || /href$/i.test(attribute.localName)) problems.push('attribute ' + name);
      else if (!ATTRIBUTES.has(name)) problems.push('attribute ' + name);
      else if (SUSPECT_VALUE.test(attribute.value)) problems.push('value of ' + name);
    }
  }
  for (const child of doc.childNodes) {
    if (child.nodeType === Node.PROCESSING_INSTRUCTION_NODE) problems.push('processing instruction ' + child.target);
  }
  return problems;
}

/** The chart as a node of this document, or null (with the reasons) when it must not be shown. */
export function checkedChart(svgText) {
  const problems = chartProblems(svgText);
  if (problems.length) return { node: null, problems };
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true);
  svg.setAttribute('aria-hidden', 'true');   // the tables below say the same to screen readers
  return { node: svg, problems: [] };
}

const label = key => key.replace(/_/g, ' ');

/** A table of counts by label: "count" and "change from the week before", exactly the API's strings. */
export function countsTable(el, id, caption, header, rows) {
  return el('table', { class: 'counts', id },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: header }),
      el('th', { scope: 'col', class: 'num', text: 'Count' }), el('th', { scope: 'col', class: 'num', text: 'Change' }))),
    el('tbody', {}, Object.entries(rows).map(([key, shown]) => el('tr', { 'data-key': key },
      el('th', { scope: 'row', text: label(key) }),
      el('td', { class: 'num', text: shown.count }),
      el('td', { class: 'num', text: shown.change })))));
}

/** Drafts, past SLA, emergencies and crises flagged, and the times, as a definition list. */
export function summary(el, digest) {
  const row = (name, id, shown) => [el('dt', { text: name }),
    el('dd', { id }, el('strong', { text: shown.count }), ' (change: ' + shown.change + ')')];
  return el('dl', { class: 'facts summary', id: 'digest-summary' },
    row('Drafts', 'digest-drafts', digest.drafts),
    row('Past SLA', 'digest-past-sla', digest.pastSla),
    row('Emergencies flagged', 'digest-emergencies', digest.emergencies),
    row('Crises flagged', 'digest-crises', digest.crises),
    // as the SNS digest words them: "<3" here means fewer than 3 drafts made the time
    el('dt', { text: 'Time to approval (minutes)' }),
    el('dd', { id: 'digest-to-approval', text: 'median ' + digest.medianMinutesToApproval + ', p90 ' + digest.p90MinutesToApproval }),
    el('dt', { text: 'Time to publish (minutes)' }),
    el('dd', { id: 'digest-to-publish', text: 'median ' + digest.medianMinutesToPublish + ', p90 ' + digest.p90MinutesToPublish }));
}

/** "23 Nov 2026 – 29 Nov 2026" in the practice's time zone (the week's end is the next Monday 00:00, exclusive). */
export function weekSpan(digest) {
  const day = iso => new Date(iso).toLocaleDateString([], { timeZone: digest.timeZone, dateStyle: 'medium' });
  return day(digest.from) + ' – ' + day(new Date(Date.parse(digest.to) - 1).toISOString());
}
