import { html } from '../html';
import { messagePage, type PageChrome } from './layout';

/** "Delete me": asks first (a GET never changes anything), says what goes and what stays. */
export function deletePromptPage(
  chrome: PageChrome,
  maskedEmail: string,
  action: string,
  backUrl: string,
): string {
  return messagePage(
    chrome,
    'Delete your data',
    html`<p>Delete <strong>${maskedEmail}</strong> and everything we keep about it: your settings, your consent records and the list of briefs we sent you?</p>
<p class="lead">This cannot be undone. We keep only a one-way fingerprint of the address, so it is never mailed again unless you sign up and confirm once more.</p>
<form method="post" action="${action}" class="actions">
<input type="hidden" name="confirm" value="yes">
<button type="submit" class="danger">Delete my data</button>
<a class="button secondary" href="${backUrl}">Keep my subscription</a>
</form>`,
  );
}

export function deletedPage(chrome: PageChrome): string {
  return messagePage(
    chrome,
    'Your data is deleted',
    html`<p role="status">Your address, settings and history are gone, and no brief will be sent to you. Links in old emails no longer work.</p>
<p><a href="${chrome.basePath}/subscribe">Go to the signup page</a></p>`,
  );
}
