// The referral form's concerns page, enhanced: search the indicators, and the threshold's advice updated as boxes are
// ticked (each tick saved to the draft by the same request). Without this script the page works with its buttons.
const form = document.getElementById('concerns-form');
if (form) {
  const advice = document.getElementById('threshold-advice');
  const items = Array.from(form.querySelectorAll('.fd-indicator'));
  const groups = Array.from(form.querySelectorAll('.fd-indicator-group'));

  let pending = null;
  async function refreshAdvice() {
    const request = new AbortController();
    if (pending) pending.abort();
    pending = request;
    const body = new URLSearchParams(new FormData(form));
    body.delete('action');
    try {
      const answer = await fetch(form.dataset.adviceUrl, { method: 'POST', body, signal: request.signal,
        headers: { Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' } });
      if (answer.ok) {
        advice.innerHTML = await answer.text();
        advice.dataset.updated = String(Date.now());
      }
    } catch (aborted) {
      // a newer tick is on its way
    }
  }
  form.addEventListener('change', (event) => {
    if (event.target.name === 'indicatorIds') refreshAdvice();
  });
  document.getElementById('check').hidden = true;

  const search = document.getElementById('indicator-search');
  const count = document.getElementById('search-count');
  document.getElementById('search-group').hidden = false;
  search.addEventListener('input', () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const text = item.textContent.toLowerCase();
      const match = words.every((word) => text.includes(word));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) {
      const any = group.querySelector('.fd-indicator:not([hidden])');
      group.hidden = !any;
      if (words.length) group.open = Boolean(any);
    }
    count.textContent = words.length ? `${shown} concerns match` : '';
  });
}
