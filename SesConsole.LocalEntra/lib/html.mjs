// The small self-contained HTML pages LocalEntra shows: no external assets, inline style only.
import { randomBytes } from 'node:crypto';

export function escapeHtml(value) {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
  :root { color-scheme: light; font-family: "Segoe UI", system-ui, sans-serif; }
  body { margin: 0; background: #f3f2f1; color: #1b1b1b; }
  main { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem 2.25rem;
         box-shadow: 0 2px 6px rgba(0,0,0,.2); }
  h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 .25rem; }
  p { margin: .5rem 0 1rem; }
  .muted { color: #605e5c; font-size: .85rem; }
  .notice { background: #fff4ce; padding: .5rem .75rem; }
  ul { list-style: none; margin: 0; padding: 0; }
  li + li { margin-top: .5rem; }
  button { width: 100%; text-align: left; background: #fff; border: 1px solid #c8c6c4; padding: .75rem 1rem;
           font: inherit; cursor: pointer; }
  button:hover, button:focus { background: #f3f2f1; border-color: #0067b8; outline: none; }
  .name { display: block; font-weight: 600; }
  .detail { display: block; color: #605e5c; font-size: .85rem; }
  code { font-size: .8rem; word-break: break-all; }
`;

export function htmlPage({ title, body, script }) {
  const nonce = randomBytes(16).toString('base64');
  const scriptTag = script ? `<script nonce="${nonce}">${script}</script>` : '';
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
${scriptTag}
</body>
</html>
`;
  return { html, nonce };
}

export function messagePage(title, sentence) {
  return htmlPage({
    title: `${title} - LocalEntra`,
    body: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(sentence)}</p>\n<p class="muted">LocalEntra: a local sign-in for Development and Testing only.</p>`,
  }).html;
}
