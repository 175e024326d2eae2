// response_mode=form_post: the browser posts the authorization response to the redirect URI.
import { escapeHtml, htmlPage } from './html.mjs';

export function formPostPage({ target, fields }) {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  return htmlPage({
    title: 'Signing in - LocalEntra',
    body: `<h1>Signing in</h1>
<form method="post" action="${escapeHtml(target)}">
${inputs}
<noscript><p>Script is off: press Continue to finish signing in.</p><button type="submit">Continue</button></noscript>
</form>`,
    script: 'document.forms[0].submit();',
  });
}
