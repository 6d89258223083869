import { html } from '../html';
import {
  errorSummary,
  type FieldMessages,
  fieldError,
  fieldId,
  hourSelect,
  sectionChoices,
  timeZoneSelect,
} from './form-controls';
import { layout, messagePage, type PageChrome } from './layout';

export interface SignupValues {
  email: string;
  sections: readonly string[];
  timezone: string;
  sendHour: number;
  consent: boolean;
}

export interface SignupView {
  sections: readonly { id: string; title: string }[];
  consent: { text: string; version: string };
  values: SignupValues;
  errors: FieldMessages;
  /** A first, untouched form: the browser may replace the default time zone with its own. */
  guessTimeZone: boolean;
  /** Path of the time-zone script. */
  script: string;
}

const LABELS = {
  email: 'Email address',
  sections: 'Sections',
  timezone: 'Time zone',
  sendHour: 'Delivery time',
  consent: 'Consent',
};

export function signupPage(chrome: PageChrome, view: SignupView): string {
  const { values, errors } = view;
  const emailInvalid = errors.email
    ? html` aria-invalid="true" aria-describedby="${fieldId('email')}-error"`
    : html``;
  const consentInvalid = errors.consent ? html` aria-invalid="true"` : html``;
  const body = html`<h1>Get the world's news before breakfast</h1>
<p class="lead">One short email each morning: the day's biggest stories, each summarized from several outlets, with every source linked.</p>
${errorSummary(errors, LABELS)}
<form method="post" action="${chrome.basePath}/subscribe" novalidate>
<div class="field">
<label for="${fieldId('email')}">${LABELS.email}</label>
<input type="email" id="${fieldId('email')}" name="email" value="${values.email}" autocomplete="email" inputmode="email" spellcheck="false" required${emailInvalid}>
${fieldError(errors, 'email')}
</div>
${sectionChoices(view.sections, values.sections, errors)}
<div class="grid">
${timeZoneSelect(values.timezone, errors, view.guessTimeZone ? 'f-timezone-guess' : null)}
${hourSelect(values.sendHour, errors)}
</div>
<div class="trap" aria-hidden="true"><label for="${fieldId('website')}">Leave this empty</label><input type="text" id="${fieldId('website')}" name="website" tabindex="-1" autocomplete="off"></div>
<div class="field">
<label class="consent" for="${fieldId('consent')}"><input type="checkbox" id="${fieldId('consent')}" name="consent" value="${view.consent.version}"${values.consent ? html` checked` : html``} required${consentInvalid}> <span>${view.consent.text}</span></label>
${fieldError(errors, 'consent')}
</div>
<div class="actions"><button type="submit">Subscribe</button></div>
</form>`;
  return layout(chrome, { title: 'Subscribe', body, script: view.script });
}

/** Identical whether or not the address was already known: no account enumeration. */
export function checkInboxPage(chrome: PageChrome): string {
  return messagePage(
    chrome,
    'Check your inbox',
    html`<p>If the address you entered can receive our email, a confirmation link is on its way. Open it and press “Confirm my subscription” to start your brief.</p>
<p class="lead">Nothing there after a few minutes? Look in your spam folder. If it is not there either, sign up again: we send a new link at most once an hour.</p>`,
  );
}
