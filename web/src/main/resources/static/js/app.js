import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// The live queue: when the server says the queue changed, fetch the table again and swap it in.
const results = document.getElementById('queue-results');
if (results && results.dataset.tableUrl && window.EventSource) {
  const stream = new EventSource('/queue/stream');
  stream.addEventListener('changed', async () => {
    const answer = await fetch(results.dataset.tableUrl, { headers: { Accept: 'text/html' } });
    if (answer.ok) {
      const fresh = new DOMParser().parseFromString(await answer.text(), 'text/html').getElementById('queue-results');
      if (fresh) {
        results.innerHTML = fresh.innerHTML;
        document.getElementById('queue-live').textContent = 'Queue updated at ' + new Date().toLocaleTimeString('en-GB');
      }
    }
  });
}
