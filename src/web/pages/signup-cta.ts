import { html, type SafeHtml } from '../html';
import { fieldId } from './form-controls';
import type { PageChrome } from './layout';

export interface CtaView {
  /** The section the story is in: the sign-up starts with it. */
  section: { id: string; title: string };
  consent: { text: string; version: string };
  /** Server defaults; the time-zone script replaces the zone with the device's. */
  timezone: string;
  sendHour: number;
}

/** "World" → "World News"; a title that already says news is kept. */
export function newsLabel(sectionTitle: string): string {
  return /\bnews$/i.test(sectionTitle) ? sectionTitle : `${sectionTitle} News`;
}

/**
 * "Get a daily email with more World News stories": the address and consent only, posted to the
 * same double opt-in as the sign-up page (POST /subscribe), with the story's section and the
 * default delivery time. A mistake answers with the full sign-up form, values kept. The form holds
 * no per-visitor token (cross-site posts are refused by Origin, see form-guards.ts), so the page
 * can be cached and shared as is.
 */
export function signupCta(chrome: PageChrome, view: CtaView): SafeHtml {
  const title = `Get a daily email with more ${newsLabel(view.section.title)} stories`;
  return html`<section class="cta" aria-labelledby="cta-title">
<h2 id="cta-title">${title}</h2>
<p class="hint">One short email each morning at the hour you choose. We send a link to confirm first.</p>
<form method="post" action="${chrome.basePath}/subscribe" novalidate>
<input type="hidden" name="sections" value="${view.section.id}">
<input type="hidden" name="timezone" value="${view.timezone}" data-guess>
<input type="hidden" name="sendHour" value="${view.sendHour}">
<div class="field">
<label for="${fieldId('cta-email')}">Email address</label>
<input type="email" id="${fieldId('cta-email')}" name="email" autocomplete="email" inputmode="email" spellcheck="false" required>
</div>
<div class="trap" aria-hidden="true"><label for="${fieldId('cta-website')}">Leave this empty</label><input type="text" id="${fieldId('cta-website')}" name="website" tabindex="-1" autocomplete="off"></div>
<div class="field">
<label class="consent" for="${fieldId('cta-consent')}"><input type="checkbox" id="${fieldId('cta-consent')}" name="consent" value="${view.consent.version}" required> <span>${view.consent.text}</span></label>
</div>
<div class="actions"><button type="submit">Get the daily email</button></div>
</form>
</section>`;
}
