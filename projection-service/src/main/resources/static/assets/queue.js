const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });
const when = iso => iso ? london.format(new Date(iso)) : '';
const RANK = { RED: 3, AMBER: 2, GREEN: 1 };
const entries = new Map();
const COLUMNS = 9;
let stream = null;
let asAtView = null;

function cell(text, cls) { const td = document.createElement('td'); td.textContent = text ?? ''; if (cls) td.className = cls; return td; }
function awaitingDecision(e) { return e.status === 'RECEIVED' || e.status === 'IN_TRIAGE'; }
function secondsLeft(e, now) { return awaitingDecision(e) && e.decisionDueAt ? (new Date(e.decisionDueAt) - now) / 1000 : null; }
function words(seconds) {
  const s = Math.abs(seconds), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  const text = h >= 48 ? Math.floor(h / 24) + ' days' : h > 0 ? h + ' h ' + m + ' min' : m + ' min';
  return seconds < 0 ? 'overdue by ' + text : text;
}
function byUrgency(a, b) {
  const rank = (RANK[b.rag] ?? 0) - (RANK[a.rag] ?? 0);
  if (rank) return rank;
  const dueA = awaitingDecision(a) && a.decisionDueAt ? a.decisionDueAt : null, dueB = awaitingDecision(b) && b.decisionDueAt ? b.decisionDueAt : null;
  if (dueA !== dueB) return dueA === null ? 1 : dueB === null ? -1 : dueA < dueB ? -1 : 1;
  return (a.receivedAt ?? '').localeCompare(b.receivedAt ?? '') || a.contactId.localeCompare(b.contactId);
}

function render() {
  const now = asAtView ? new Date(asAtView) : new Date();
  const body = document.getElementById('queue');
  body.replaceChildren();
  const rows = [...entries.values()].sort(byUrgency);
  if (rows.length === 0) { const tr = document.createElement('tr'); tr.append(cell('No open contacts.', 'empty')); tr.firstChild.colSpan = COLUMNS; body.append(tr); }
  for (const e of rows) {
    const tr = document.createElement('tr');
    tr.onclick = () => showTimeline(e.contactId);
    const rag = document.createElement('td');
    if (e.rag) { const span = document.createElement('span'); span.className = 'rag ' + e.rag; span.textContent = e.rag; rag.append(span); }
    const left = secondsLeft(e, now);
    tr.append(cell(when(e.receivedAt)), cell(e.children.map(c => `${c.name} (${c.age})`).join(', ')),
      cell(e.referrerAgencyName || e.referrerAgency), cell(e.packId), cell(e.status.replaceAll('_', ' ').toLowerCase()), rag,
      cell(when(e.decisionDueAt)), cell(left === null ? '' : words(left), left !== null && left < 0 ? 'overdue' : null),
      cell(e.allocatedTo || '—'));
    body.append(tr);
  }
}

function query() {
  const form = new FormData(document.getElementById('filters'));
  const params = new URLSearchParams();
  for (const [name, value] of form) {
    if (value && name !== 'asAt') params.append(name, value);
  }
  return params;
}

function replace(list) { entries.clear(); list.forEach(e => entries.set(e.contactId, e)); render(); }

// Every call carries the signed-in worker's token; an expired one signs in again, a role without access is told so.
async function authorised(path, options = {}) {
  const headers = { ...(options.headers || {}), Authorization: 'Bearer ' + await SignIn.token() };
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) { SignIn.signOut(); return authorised(path, options); }
  document.getElementById('who').textContent = 'Signed in as ' + SignIn.signedInAs() + '.';
  return response;
}

function message(text) {
  const body = document.getElementById('queue');
  const tr = document.createElement('tr');
  tr.append(cell(text, 'empty'));
  tr.firstChild.colSpan = COLUMNS;
  body.replaceChildren(tr);
}

// Server-Sent Events read through fetch: EventSource cannot send the Authorization header.
async function listen(path, handlers, signal) {
  const response = await authorised(path, { headers: { Accept: 'text/event-stream' }, signal });
  if (!response.ok) throw Object.assign(new Error('stream refused'), { status: response.status });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replaceAll('\r\n', '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length && handlers[name]) handlers[name](JSON.parse(data.join('\n')));
    }
  }
}

async function follow(params) {
  const live = document.getElementById('live');
  const controller = new AbortController();
  stream = controller;
  while (stream === controller) {
    try {
      await listen('api/queue/stream?' + params, {
        snapshot: list => { replace(list); live.textContent = '● live'; },
        changes: changes => {
          changes.removed.forEach(id => entries.delete(id));
          changes.upserts.forEach(e => entries.set(e.contactId, e));
          render();
        },
      }, controller.signal);
    } catch (e) {
      if (controller.signal.aborted) return;
      if (e.status === 403) { message('Your role may not see the queue.'); stream = null; return; }
    }
    if (stream !== controller) return;
    live.textContent = 'reconnecting…';
    await new Promise(resolve => setTimeout(resolve, 3000));
  }
}

async function refresh() {
  if (stream) { stream.abort(); stream = null; }
  const asAt = document.querySelector('[name=asAt]').value;
  const live = document.getElementById('live');
  if (asAt) {
    asAtView = new Date(asAt).toISOString();
    const params = query(); params.set('asAt', asAtView);
    const response = await authorised('api/queue?' + params);
    if (response.status === 403) { message('Your role may not see the queue.'); return; }
    replace(response.ok ? await response.json() : []);
    live.textContent = response.ok ? 'as it stood at ' + when(asAtView) : 'cannot show that moment';
    return;
  }
  asAtView = null;
  follow(query());
}

async function showTimeline(contactId) {
  const section = document.getElementById('timeline');
  const asAt = asAtView ? '?asAt=' + encodeURIComponent(asAtView) : '';
  const response = await authorised('api/contacts/' + encodeURIComponent(contactId) + '/timeline' + asAt);
  section.replaceChildren();
  if (!response.ok) { section.textContent = 'No timeline for this contact.'; return; }
  const timeline = await response.json();
  const title = document.createElement('h2'); title.textContent = 'Timeline';
  const list = document.createElement('ol');
  for (const entry of timeline.entries) {
    const li = document.createElement('li');
    li.textContent = `${when(entry.occurredAt)} — ${entry.summary}` + (entry.actor ? ` (${entry.actor})` : '');
    list.append(li);
  }
  const clocks = document.createElement('ul');
  for (const t of timeline.timescales) {
    const li = document.createElement('li');
    li.className = t.state;
    li.textContent = `${t.kind.replaceAll('_', ' ').toLowerCase()}${t.about ? ' (' + t.about + ')' : ''}: due ${when(t.dueAt) || 'not set'}, `
      + `done ${when(t.actualAt) || 'not yet'} — ${t.state.toLowerCase()}`;
    clocks.append(li);
  }
  const heading = document.createElement('h2'); heading.textContent = 'Timescales';
  section.append(title, list, heading, clocks);
}

document.getElementById('filters').addEventListener('change', refresh);
document.getElementById('sign-out').addEventListener('click', event => {
  event.preventDefault();
  if (stream) { stream.abort(); stream = null; }
  SignIn.signOut();
  document.getElementById('who').textContent = '';
  message('Signed out of this page. Reload to sign in again.');
});
refresh().catch(e => message(e.message));
setInterval(() => { if (!asAtView) render(); }, 30000);
