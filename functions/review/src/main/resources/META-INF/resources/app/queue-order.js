// The queue as approvers work it: urgent drafts first, then the oldest. The API lists oldest first (its index order);
// the page reads every page of the queue and orders it here.

export function urgentFirstThenOldest(items) {
  return [...items].sort((a, b) => {
    const ua = a.urgency === 'urgent' ? 0 : 1;
    const ub = b.urgency === 'urgent' ? 0 : 1;
    return ua - ub || Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.draftId < b.draftId ? -1 : 1);
  });
}

/** "12 min left", "3 min overdue", "1 h 05 min left": the SLA clock of one draft at `now` (ms). */
export function slaClock(dueAt, now) {
  const ms = Date.parse(dueAt) - now;
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const text = minutes >= 60 ? Math.floor(minutes / 60) + ' h ' + String(minutes % 60).padStart(2, '0') + ' min'
    : minutes + ' min';
  return { overdue: ms < 0, text: ms < 0 ? text + ' overdue' : text + ' left' };
}
