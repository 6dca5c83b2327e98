// Signs the worker in at the trusted issuer with the authorization code flow and PKCE: the page holds no secret, and
// the access token is kept for this browser tab only (sessionStorage).
const SignIn = (() => {
  const store = window.sessionStorage;
  const base64url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = () => base64url(crypto.getRandomValues(new Uint8Array(32)));
  // the authorization server accepts loopback redirects by IP literal only (OAuth 2.1), never "localhost"
  const redirectUri = () => location.origin + '/';

  async function settings() {
    const signIn = await (await fetch('ui/sign-in')).json();
    const discovery = await (await fetch(signIn.issuer + '/.well-known/openid-configuration')).json();
    return { ...signIn, authorize: discovery.authorization_endpoint, tokenEndpoint: discovery.token_endpoint };
  }

  async function begin(s) {
    const verifier = random(), state = random();
    store.setItem('frontdoor.pkce', JSON.stringify({ verifier, state }));
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const url = new URL(s.authorize);
    url.search = new URLSearchParams({ response_type: 'code', client_id: s.clientId, redirect_uri: redirectUri(),
      scope: s.scope, state, code_challenge: challenge, code_challenge_method: 'S256' });
    location.assign(url);
  }

  async function finish(s, params) {
    const pending = JSON.parse(store.getItem('frontdoor.pkce') || '{}');
    store.removeItem('frontdoor.pkce');
    history.replaceState(null, '', redirectUri());
    if (!pending.state || params.get('state') !== pending.state) throw new Error('the sign-in answer does not match this tab');
    const response = await fetch(s.tokenEndpoint, { method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
        client_id: s.clientId, code_verifier: pending.verifier }) });
    if (!response.ok) throw new Error('the issuer refused the sign-in (' + response.status + ')');
    const token = await response.json();
    store.setItem('frontdoor.token', JSON.stringify({ value: token.access_token, expiresAt: Date.now() + token.expires_in * 1000 }));
  }

  async function token() {
    if (location.hostname === 'localhost') {
      location.replace(location.href.replace('//localhost', '//127.0.0.1'));
      return new Promise(() => {});
    }
    const saved = JSON.parse(store.getItem('frontdoor.token') || 'null');
    if (saved && saved.expiresAt > Date.now() + 10000) return saved.value;
    const s = await settings();
    const params = new URLSearchParams(location.search);
    if (params.has('code')) {
      await finish(s, params);
      return token();
    }
    await begin(s);
    return new Promise(() => {}); // the browser is leaving for the sign-in page
  }

  function signedInAs() {
    const saved = JSON.parse(store.getItem('frontdoor.token') || 'null');
    if (!saved) return '';
    const claims = JSON.parse(atob(saved.value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return (claims.name || claims.sub) + ' (' + (claims.roles || []).join(', ') + ')';
  }

  function signOut() {
    store.removeItem('frontdoor.token');
  }

  return { token, signedInAs, signOut };
})();
