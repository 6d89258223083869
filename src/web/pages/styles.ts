import { createHash } from 'node:crypto';

/**
 * The one stylesheet, served from our origin at `PAGE_CSS_PATH` with a version in its URL and
 * cached for a year, so a page carries only a link to it (inlined, its 6 KB went out with every
 * page). The Content-Security-Policy allows styles from our origin only and no inline style,
 * which is also why no element carries a `style` attribute.
 */
export const PAGE_CSS = `
:root {
  color-scheme: light dark;
  --ink: #1a1d21; --muted: #5b6470; --paper: #f4f2ec; --card: #ffffff; --line: #d9d5cb;
  --accent: #1d4ed8; --accent-ink: #ffffff; --accent-soft: #e8efff;
  --ok: #14532d; --ok-bg: #dcfce7; --err: #b42318; --err-ink: #ffffff; --err-bg: #fdecea; --focus: #f59e0b;
  --kicker: #b42318;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e9e7e2; --muted: #a4abb5; --paper: #111316; --card: #1a1d22; --line: #30353d;
    --accent: #8ab4ff; --accent-ink: #0b1220; --accent-soft: #1c2740;
    --ok: #86efac; --ok-bg: #10291a; --err: #fca5a5; --err-ink: #2a0b0b; --err-bg: #3a1514;
    --kicker: #ff8a7a;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; padding: 0 .75rem; background: var(--paper); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); text-underline-offset: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem .75rem; z-index: 1; }
.masthead { max-width: 40rem; margin: 0 auto; padding: 2rem 1.25rem 1rem; }
@media (min-width: 34rem) { .masthead, footer { padding-left: 1.5rem; padding-right: 1.5rem; } }
.brand {
  font: 700 1.6rem/1.1 Georgia, "Times New Roman", serif; letter-spacing: -.01em;
  color: var(--ink); text-decoration: none;
}
.tagline { margin: .25rem 0 0; color: var(--muted); font-size: .9rem; }
main {
  max-width: 40rem; margin: 0 auto 1.5rem; padding: 1.5rem 1.25rem; background: var(--card);
  border: 1px solid var(--line); border-radius: 14px; box-shadow: 0 1px 2px rgba(0,0,0,.04);
}
h1 { font: 700 1.75rem/1.2 Georgia, "Times New Roman", serif; margin: 0 0 .5rem; letter-spacing: -.01em; }
h2 { font-size: 1.05rem; margin: 0 0 .75rem; }
p { margin: 0 0 1rem; }
@media (min-width: 34rem) { main { padding: 1.75rem 1.5rem; } }
.lead { color: var(--muted); margin-bottom: 1.5rem; }
.notice { border-radius: 10px; padding: .75rem 1rem; margin: 0 0 1.5rem; font-weight: 500; }
.notice-ok { background: var(--ok-bg); color: var(--ok); }
.notice-error { background: var(--err-bg); color: var(--err); }
.notice-error ul { margin: .5rem 0 0; padding-left: 1.25rem; }
.notice-error a { color: inherit; }
.summary { display: grid; gap: .25rem; margin: 0 0 1.75rem; padding: .9rem 1rem;
  background: var(--accent-soft); border-radius: 10px; }
.summary div { display: flex; flex-wrap: wrap; gap: .25rem .5rem; }
.summary dt { color: var(--muted); min-width: 7.5rem; }
.summary dd { margin: 0; font-weight: 600; }
fieldset { border: 0; margin: 0 0 1.75rem; padding: 0; min-width: 0; }
legend { font-weight: 700; margin-bottom: .6rem; padding: 0; }
label { display: block; font-weight: 600; margin-bottom: .35rem; }
.hint { color: var(--muted); font-size: .9rem; font-weight: 400; margin: -.15rem 0 .5rem; }
input[type="email"], input[type="date"], select {
  display: block; width: 100%; min-height: 44px; padding: .55rem .75rem; font: inherit; color: var(--ink);
  background: var(--card); border: 1px solid var(--line); border-radius: 8px;
}
[aria-invalid="true"] { border-color: var(--err); }
.field { margin-bottom: 1.1rem; }
.field-error { color: var(--err); font-size: .9rem; margin: .35rem 0 0; }
.grid { display: grid; gap: 1.1rem 1rem; margin-bottom: 1.1rem; }
.grid > .field, fieldset > .grid:last-child { margin-bottom: 0; }
@media (min-width: 34rem) { .grid { grid-template-columns: 2fr 1fr; } }
.choices { display: grid; gap: .5rem; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); }
.choice {
  display: flex; align-items: center; gap: .6rem; margin: 0; padding: .65rem .8rem; font-weight: 500;
  border: 1px solid var(--line); border-radius: 10px; cursor: pointer; min-height: 44px;
}
.choice:has(input:checked) { border-color: var(--accent); background: var(--accent-soft); }
.choice input { width: 1.1rem; height: 1.1rem; margin: 0; accent-color: var(--accent); flex: none; }
.inline-field { margin: .9rem 0 0; max-width: 16rem; }
/* Show the weekly day and the pause date only when they apply; without :has() both stay visible. */
fieldset:not(:has(input[value="weekly"]:checked)) .weekly-only,
fieldset:not(:has(input[value="paused"]:checked)) .paused-only { display: none; }
.consent { display: flex; gap: .6rem; align-items: flex-start; font-weight: 400; }
.consent input { margin-top: .3rem; accent-color: var(--accent); width: 1.1rem; height: 1.1rem; flex: none; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem; }
.inline { display: inline; margin: 0; }
button, .button {
  display: inline-flex; align-items: center; justify-content: center; min-height: 44px;
  padding: .65rem 1.25rem; font-family: inherit; font-size: 1rem; font-weight: 600; line-height: 1.2;
  border-radius: 8px; cursor: pointer;
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink); text-decoration: none;
}
button.secondary, .button.secondary { background: transparent; color: var(--accent); }
button.danger { background: var(--err); color: var(--err-ink); border-color: var(--err); }
.danger-zone { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1.5rem; }
.danger-zone p { color: var(--muted); }
.trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
footer { max-width: 40rem; margin: 0 auto 2.5rem; padding: 0 1.25rem; color: var(--muted); font-size: .85rem; }
.site-nav { display: flex; flex-wrap: wrap; gap: 0 1.1rem; list-style: none; margin: .3rem 0 0; padding: 0; font-size: .9rem; }
.site-nav a { display: inline-block; padding: .7rem 0; line-height: 1.5; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
/* Story, edition and archive pages: the email's look (templates/digest.mjml). */
.kicker { margin: 0 0 .35rem; color: var(--kicker); font-size: .75rem; font-weight: 700; letter-spacing: .1em; text-transform: uppercase; }
.updated { color: var(--muted); font-size: .9rem; margin-bottom: 1.25rem; }
.points { margin: 0 0 1rem; padding-left: 1.25rem; }
.points li { margin: 0 0 .8rem; }
.by, .meta { color: var(--muted); font-size: .85rem; }
.new { display: inline-block; margin-right: .35rem; padding: 0 .4rem; border-radius: 4px; background: var(--accent-soft); color: var(--ink); font-size: .75rem; letter-spacing: .04em; text-transform: uppercase; }
.basis { font-size: .85rem; font-weight: 700; margin-bottom: 1.5rem; }
.sources { list-style: none; margin: 0; padding: 0; font-size: .9rem; line-height: 1.45; }
.sources li { margin: 0 0 .5rem; }
.sources a { text-decoration: none; }
.sources a:hover, .sources a:focus-visible { text-decoration: underline; }
.cta { margin: 0 0 1.75rem; padding: 1.1rem 1rem .6rem; border: 1px solid var(--line); border-top: 4px solid var(--kicker); border-radius: 10px; }
.cta h2 { font: 700 1.2rem/1.3 Georgia, "Times New Roman", serif; margin-bottom: .35rem; }
.timeline { margin: 0 0 1.5rem; padding: .75rem 1rem; background: var(--accent-soft); border-radius: 10px; font-size: .9rem; }
.timeline h2 { font-size: .95rem; margin-bottom: .4rem; }
.timeline ol { margin: 0; padding-left: 1.1rem; }
.section-title { margin: 1.75rem 0 .75rem; padding-bottom: .4rem; border-bottom: 2px solid var(--ink); font-size: .8rem; letter-spacing: .1em; text-transform: uppercase; }
.story-list { list-style: none; margin: 0; padding: 0; }
.story-list > li { padding: 0 0 1rem; margin: 0 0 1rem; border-bottom: 1px solid var(--line); }
.story-list > li:last-child { border-bottom: 0; }
.story-list h3 { font: 700 1.2rem/1.3 Georgia, "Times New Roman", serif; margin: 0 0 .4rem; }
.story-list h3 a { color: var(--ink); text-decoration: none; }
.story-list h3 a:hover, .story-list h3 a:focus-visible { text-decoration: underline; }
.story-list p { margin: 0 0 .4rem; }
.story-list .basis { margin: 0; }
.archive { list-style: none; margin: 0; padding: 0; }
.archive > li { margin: 0 0 1.1rem; }
.archive > li > a { font-weight: 700; }
.archive .meta { margin: .1rem 0 .25rem; }
.headlines { margin: 0; padding-left: 1.1rem; font-size: .9rem; }
.pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 1.5rem; }
`;

export const PAGE_CSS_PATH = '/assets/page.css';

/** Part of the stylesheet's URL, so a changed stylesheet is never served from a stale cache. */
export const PAGE_CSS_VERSION = createHash('sha256').update(PAGE_CSS, 'utf8').digest('hex').slice(0, 12);
