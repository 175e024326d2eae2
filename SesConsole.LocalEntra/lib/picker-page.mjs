// The authorize step's "who do you want to be" page: one button per local user.
import { escapeHtml, htmlPage } from './html.mjs';

/**
 * The form re-submits the original authorize request with `login_hint` set to the chosen user's key,
 * so the page keeps no state of its own.
 */
export function pickerPage({ action, query, users, clientId, tenantId, unknownHint }) {
  const hidden = [...query.entries()]
    .filter(([name]) => name !== 'login_hint')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const buttons = users.map((user) => {
    const roles = user.roles.length > 0 ? `roles: ${user.roles.join(', ')}` : 'no roles';
    return `<li><button type="submit" name="login_hint" value="${escapeHtml(user.key)}">`
      + `<span class="name">${escapeHtml(user.name)}</span>`
      + `<span class="detail">${escapeHtml(user.preferredUsername)}</span>`
      + `<span class="detail">${escapeHtml(roles)}</span></button></li>`;
  }).join('\n');
  const notice = unknownHint === undefined
    ? ''
    : `<p class="notice">No local user matches the login hint "${escapeHtml(unknownHint)}"; pick one below.</p>`;
  return htmlPage({
    title: 'Pick an account - LocalEntra',
    body: `<h1>Pick an account</h1>
<p class="muted">Signing in to client <code>${escapeHtml(clientId)}</code> in tenant <code>${escapeHtml(tenantId)}</code>.</p>
${notice}
<form method="get" action="${escapeHtml(action)}">
${hidden}
<ul>
${buttons}
</ul>
</form>
<p class="muted">LocalEntra: a local sign-in for Development and Testing only. No password is asked.</p>`,
  }).html;
}
