import { html, type SafeHtml } from '../html';
import { messagePage, type PageChrome } from './layout';

/** The short pages of the confirm and unsubscribe flows. Every action is a POST form (GET never mutates). */

export function confirmPromptPage(chrome: PageChrome, maskedEmail: string, action: string): string {
  return messagePage(
    chrome,
    'Confirm your subscription',
    html`<p>Start sending the morning brief to <strong>${maskedEmail}</strong>?</p>
<form method="post" action="${action}" class="actions"><button type="submit">Confirm my subscription</button></form>`,
  );
}

export function confirmedPage(chrome: PageChrome, manageUrl: string): string {
  return messagePage(
    chrome,
    'You’re subscribed',
    html`<p>Your first brief arrives at the next delivery time you chose.</p>
<p><a class="button secondary" href="${manageUrl}">Change sections, time or frequency</a></p>`,
  );
}

export function unsubscribePromptPage(
  chrome: PageChrome,
  maskedEmail: string,
  action: string,
  manageUrl: string,
): string {
  return messagePage(
    chrome,
    'Unsubscribe',
    html`<p>Stop sending the morning brief to <strong>${maskedEmail}</strong>?</p>
<p class="lead">Too many emails? You can switch to weekdays or once a week, or pause for up to 90 days.</p>
<form method="post" action="${action}" class="actions">
<input type="hidden" name="confirm" value="yes">
<button type="submit" class="danger">Unsubscribe</button>
<a class="button secondary" href="${manageUrl}">Change settings instead</a>
</form>`,
  );
}

export function unsubscribedPage(
  chrome: PageChrome,
  maskedEmail: string,
  resubscribeAction: string,
  consent: { text: string },
): string {
  return messagePage(
    chrome,
    'You’re unsubscribed',
    html`<p role="status"><strong>${maskedEmail}</strong> will not receive the morning brief any more. It took effect immediately.</p>
<p class="lead">Changed your mind, or clicked by mistake?</p>
${resubscribeForm(resubscribeAction, consent)}`,
  );
}

/** Resubscribing is a new opt-in, so the button stands next to the consent it gives. */
export function resubscribeForm(action: string, consent: { text: string }): SafeHtml {
  return html`<form method="post" action="${action}" class="resubscribe">
<p class="hint">By resubscribing: “${consent.text}”</p>
<div class="actions"><button type="submit" class="secondary">Resubscribe</button></div>
</form>`;
}

export function resubscribedPage(chrome: PageChrome, manageUrl: string): string {
  return messagePage(
    chrome,
    'Welcome back',
    html`<p role="status">Your morning brief is back on, with the settings you had before.</p>
<p><a class="button secondary" href="${manageUrl}">Review your settings</a></p>`,
  );
}

/** A status the reader cannot change from this link (bounced, complained, or never confirmed). */
export function notReceivingPage(chrome: PageChrome): string {
  return messagePage(
    chrome,
    'This address is not receiving the brief',
    html`<p>The brief can't be restarted for this address from this link. Sign up again and we will send a confirmation link.</p>
<p><a href="${chrome.basePath}/subscribe">Go to the signup page</a></p>`,
  );
}

export type LinkProblem = 'invalid' | 'expired' | 'revoked';

const LINK_PROBLEMS: Record<LinkProblem, { title: string; text: string }> = {
  invalid: {
    title: 'This link doesn’t work',
    text: 'The link may be incomplete: some email programs break long links across lines. Try opening it from the email again, or use the link in your most recent brief.',
  },
  expired: {
    title: 'This link has expired',
    text: 'Confirmation links work for a few days only, and this one is too old. Sign up again and we will send you a fresh one.',
  },
  revoked: {
    title: 'This link is no longer valid',
    text: 'A newer link replaced it. Use the link in your most recent brief.',
  },
};

export function linkProblemPage(chrome: PageChrome, problem: LinkProblem): string {
  const { title, text } = LINK_PROBLEMS[problem];
  return messagePage(
    chrome,
    title,
    html`<p>${text}</p><p><a href="${chrome.basePath}/subscribe">Go to the signup page</a></p>`,
  );
}

export function errorPage(chrome: PageChrome, statusCode: number, message: string): string {
  const title =
    statusCode === 429
      ? 'Too many requests'
      : statusCode >= 500
        ? 'Something went wrong'
        : 'Request not accepted';
  return messagePage(
    chrome,
    title,
    html`<p>${message}</p><p><a href="${chrome.basePath}/subscribe">Go to the signup page</a></p>`,
  );
}
