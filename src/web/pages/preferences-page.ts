import type { EmailFormat, Frequency } from '../../shared/types';
import { html, type SafeHtml } from '../html';
import {
  errorSummary,
  type FieldMessages,
  fieldError,
  fieldId,
  formatChoices,
  frequencyChoices,
  hourSelect,
  sectionChoices,
  timeZoneSelect,
} from './form-controls';
import { layout, type PageChrome } from './layout';
import { resubscribeForm } from './reader-pages';

export interface PreferenceValues {
  sections: readonly string[];
  timezone: string;
  sendHour: number;
  frequency: Frequency;
  weeklyDay: number;
  delivery: 'active' | 'paused';
  /** YYYY-MM-DD, '' when not paused. */
  pausedUntil: string;
  emailFormat: EmailFormat;
}

export interface PreferencesView {
  maskedEmail: string;
  /** 'receiving' (active or paused) or 'unsubscribed'; other statuses never reach this page. */
  standing: 'receiving' | 'unsubscribed';
  sections: readonly { id: string; title: string }[];
  values: PreferenceValues;
  errors: FieldMessages;
  saved: boolean;
  /** Human text such as "Tuesday 1 December, 07:00 (Europe/London)", or null. */
  nextSend: string | null;
  /** Human text of the end of the current pause, or null when not paused. */
  pausedUntilText: string | null;
  /** Allowed range of the pause date input (YYYY-MM-DD). */
  pauseRange: { min: string; max: string };
  action: string;
  unsubscribeUrl: string;
  resubscribeAction: string;
  /** The JSON export of everything kept about the reader. */
  dataUrl: string;
  /** The "delete me" page. */
  deleteUrl: string;
  consent: { text: string };
}

const LABELS = {
  sections: 'Sections',
  timezone: 'Time zone',
  sendHour: 'Delivery time',
  frequency: 'How often',
  weeklyDay: 'Day for the weekly brief',
  delivery: 'Delivery',
  pausedUntil: 'Pause until',
  emailFormat: 'Email format',
};

export function preferencesPage(chrome: PageChrome, view: PreferencesView): string {
  const { values, errors } = view;
  const body = html`<h1>Your brief</h1>
<p class="lead">Settings for <strong>${view.maskedEmail}</strong>. Changes apply from the next delivery.</p>
${view.saved ? html`<p class="notice notice-ok" role="status">Saved. Your new settings are in place.</p>` : html``}
${errorSummary(errors, LABELS)}
${standingBlock(view)}
<form method="post" action="${view.action}" novalidate>
${sectionChoices(view.sections, values.sections, errors)}
<fieldset>
<legend>When</legend>
<div class="grid">
${timeZoneSelect(values.timezone, errors)}
${hourSelect(values.sendHour, errors)}
</div>
</fieldset>
${frequencyChoices(values.frequency, values.weeklyDay, errors)}
${formatChoices(values.emailFormat, errors)}
${view.standing === 'unsubscribed' ? html`` : deliveryChoices(view)}
<div class="actions"><button type="submit">Save settings</button></div>
</form>
${view.standing === 'unsubscribed' ? html`` : leaveBlock(view)}
<section class="danger-zone" aria-labelledby="data-heading">
<h2 id="data-heading">Your data</h2>
<p>We keep your address, these settings, when you agreed to receive the brief, and which briefs we sent you.</p>
<div class="actions">
<a class="button secondary" href="${view.dataUrl}" download="morning-brief-data.json">Download my data</a>
<a class="button secondary" href="${view.deleteUrl}">Delete me…</a>
</div>
</section>`;
  return layout(chrome, { title: 'Your settings', body });
}

function leaveBlock(view: PreferencesView): SafeHtml {
  return html`<section class="danger-zone" aria-labelledby="leave-heading">
<h2 id="leave-heading">Stop the brief</h2>
<p>Unsubscribing takes effect immediately. You can come back any time.</p>
<a class="button secondary" href="${view.unsubscribeUrl}">Unsubscribe…</a>
</section>`;
}

function standingBlock(view: PreferencesView): SafeHtml {
  if (view.standing === 'unsubscribed') {
    return html`<div class="notice notice-error" role="status"><p>You are unsubscribed: no brief is being sent. Your settings are kept for when you come back.</p>
${resubscribeForm(view.resubscribeAction, view.consent)}</div>`;
  }
  return html`<dl class="summary">
<div><dt>Next brief</dt><dd>${view.nextSend ?? 'Not scheduled'}</dd></div>
${view.pausedUntilText ? html`<div><dt>Paused until</dt><dd>${view.pausedUntilText}</dd></div>` : html``}
</dl>`;
}

function deliveryChoices(view: PreferencesView): SafeHtml {
  const { values, errors } = view;
  const paused = values.delivery === 'paused';
  const dateInvalid = errors.pausedUntil
    ? html` aria-invalid="true" aria-describedby="${fieldId('pausedUntil')}-error"`
    : html``;
  return html`<fieldset id="${fieldId('delivery')}">
<legend>Delivery</legend>
<div class="choices">
<label class="choice"><input type="radio" name="delivery" value="active"${paused ? html`` : html` checked`}> Send my brief</label>
<label class="choice"><input type="radio" name="delivery" value="paused"${paused ? html` checked` : html``}> Pause for a while</label>
</div>
${fieldError(errors, 'delivery')}
<div class="field inline-field paused-only">
<label for="${fieldId('pausedUntil')}">Pause until</label>
<p class="hint">The brief restarts on this date. Up to 90 days.</p>
<input type="date" id="${fieldId('pausedUntil')}" name="pausedUntil" value="${values.pausedUntil}" min="${view.pauseRange.min}" max="${view.pauseRange.max}"${dateInvalid}>
${fieldError(errors, 'pausedUntil')}
</div>
</fieldset>`;
}
