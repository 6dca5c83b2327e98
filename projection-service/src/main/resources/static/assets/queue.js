const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });
const when = iso => iso ? london.format(new Date(iso)) : '';

function cell(text, cls) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  if (cls) td.className = cls;
  return td;
}

function message(text) {
  const body = document.getElementById('queue');
  const tr = document.createElement('tr');
  tr.append(cell(text, 'empty'));
  tr.firstChild.colSpan = 7;
  body.replaceChildren(tr);
}

async function refresh() {
  const response = await fetch('api/queue', { headers: { Authorization: 'Bearer ' + await SignIn.token() } });
  if (response.status === 401) { SignIn.signOut(); return refresh(); }
  if (response.status === 403) { message('Your role may not see the queue.'); return; }
  document.getElementById('who').textContent = 'Signed in as ' + SignIn.signedInAs() + '.';
  const entries = await response.json();
  if (entries.length === 0) { message('No open contacts.'); return; }
  const body = document.getElementById('queue');
  body.replaceChildren();
  for (const e of entries) {
    const tr = document.createElement('tr');
    const rag = document.createElement('td');
    if (e.rag) { const span = document.createElement('span'); span.className = 'rag ' + e.rag; span.textContent = e.rag; rag.append(span); }
    tr.append(cell(when(e.receivedAt)), cell(e.children.map(c => `${c.name} (${c.age})`).join(', ')),
      cell(e.referrerAgency), cell(e.packId), cell(e.status), rag, cell(when(e.decisionDueAt)));
    body.append(tr);
  }
}

refresh().catch(e => message(e.message));
const timer = setInterval(() => refresh().catch(e => message(e.message)), 3000);
document.getElementById('sign-out').addEventListener('click', event => {
  event.preventDefault();
  clearInterval(timer);
  SignIn.signOut();
  document.getElementById('who').textContent = '';
  message('Signed out of this page. Reload to sign in again.');
});
