import { escapeHtml } from '../../shared/escape-html';
import type { EmailFormat, Frequency } from '../../shared/types';
import { listTimeZones } from '../../subscriptions/time-zones';
import { html, raw, type SafeHtml } from '../html';

/** Field name → message, shown next to the field and in a summary at the top (WCAG 3.3.1). */
export type FieldMessages = Readonly<Record<string, string>>;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FREQUENCY_LABELS: Record<Frequency, string> = {
  daily: 'Every day',
  weekdays: 'Weekdays',
  weekly: 'Once a week',
};

export function fieldId(name: string): string {
  return `f-${name}`;
}

export function errorSummary(errors: FieldMessages, labels: Readonly<Record<string, string>>): SafeHtml {
  const entries = Object.entries(errors);
  if (entries.length === 0) return html``;
  return html`<div class="notice notice-error" role="alert" id="errors">
<strong>Please fix ${entries.length === 1 ? 'this' : 'these'} and send again:</strong>
<ul>${entries.map(([field, message]) => html`<li><a href="#${fieldId(field)}">${labels[field] ?? field}</a>: ${message}</li>`)}</ul>
</div>`;
}

export function fieldError(errors: FieldMessages, name: string): SafeHtml {
  const message = errors[name];
  return message ? html`<p class="field-error" id="${fieldId(name)}-error">${message}</p>` : html``;
}

function invalidAttrs(errors: FieldMessages, name: string): SafeHtml {
  return errors[name] ? html` aria-invalid="true" aria-describedby="${fieldId(name)}-error"` : html``;
}

export function sectionChoices(
  sections: readonly { id: string; title: string }[],
  chosen: readonly string[],
  errors: FieldMessages,
): SafeHtml {
  return html`<fieldset id="${fieldId('sections')}"${invalidAttrs(errors, 'sections')}>
<legend>Sections</legend>
<p class="hint">Choose the parts of the world news you want in your brief.</p>
<div class="choices">${sections.map(
    (section) =>
      html`<label class="choice"><input type="checkbox" name="sections" value="${section.id}"${
        chosen.includes(section.id) ? html` checked` : html``
      }> ${section.title}</label>`,
  )}</div>
${fieldError(errors, 'sections')}
</fieldset>`;
}

/**
 * Every IANA zone, grouped by region in <optgroup>s, plus the current value if it is an alias.
 * The ~440 options are the same for every reader, so their markup is built once and only the
 * `selected` mark is placed per page (building them each time was most of a preferences page's
 * cost, docs/subscriptions.md "Speed"). `guess` names the note the browser's time-zone guess shows.
 */
export function timeZoneSelect(
  selected: string,
  errors: FieldMessages,
  guess: string | null = null,
): SafeHtml {
  const options = listedZones().has(selected)
    ? raw(markSelected(allZoneOptions(), optionTag(selected, false).value))
    : zoneOptions([selected, ...listTimeZones()], selected);
  return html`<div class="field">
<label for="${fieldId('timezone')}">Time zone</label>
<select id="${fieldId('timezone')}" name="timezone" autocomplete="off"${guess ? html` data-guess="${guess}"` : html``}${invalidAttrs(errors, 'timezone')}>
${options}
</select>
${guess ? html`<p class="hint" id="${guess}" hidden>Set from this device’s time zone; change it if it is wrong.</p>` : html``}
${fieldError(errors, 'timezone')}
</div>`;
}

let zoneSet: ReadonlySet<string> | null = null;
let zoneMarkup: string | null = null;

function listedZones(): ReadonlySet<string> {
  zoneSet ??= new Set(listTimeZones());
  return zoneSet;
}

function allZoneOptions(): string {
  zoneMarkup ??= zoneOptions(listTimeZones(), null).value;
  return zoneMarkup;
}

/**
 * Written compactly because it goes out with every form page (~440 options): zone names need no
 * quotes (letters, digits, "/", "_", "+", "-"), and HTML lets </option> and </optgroup> be
 * left out before the next one (WHATWG HTML "optional tags"); this cut the markup by a quarter.
 */
function zoneOptions(zones: readonly string[], selected: string | null): SafeHtml {
  const groups = new Map<string, string[]>();
  for (const zone of zones) {
    const region = zone.includes('/') ? zone.slice(0, zone.indexOf('/')) : 'Other';
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return html`${[...groups].map(
    ([region, members]) =>
      html`<optgroup label="${region}">${members.map((zone) => html`${optionTag(zone, zone === selected)}${zoneLabel(zone)}`)}`,
  )}`;
}

function optionTag(zone: string, selected: boolean): SafeHtml {
  const value = /^[\w/+-]+$/.test(zone) ? zone : `"${escapeHtml(zone)}"`;
  return raw(`<option value=${value}${selected ? ' selected' : ''}>`);
}

/** "America/Argentina/Buenos_Aires" under the "America" group reads "Argentina/Buenos Aires". */
function zoneLabel(zone: string): string {
  return zone.slice(zone.indexOf('/') + 1).replaceAll('_', ' ');
}

/** Adds ` selected` to the option whose opening tag is `tag` in prebuilt markup. */
function markSelected(options: string, tag: string): string {
  const at = options.indexOf(tag);
  if (at < 0) return options;
  const end = at + tag.length - 1;
  return `${options.slice(0, end)} selected${options.slice(end)}`;
}

export function hourSelect(selected: number, errors: FieldMessages): SafeHtml {
  hourMarkup ??= Array.from(
    { length: 24 },
    (_, hour) => `<option value="${hour}">${String(hour).padStart(2, '0')}:00</option>`,
  ).join('\n');
  // Built once like the zone list: the same 24 options on every page, only the mark moves.
  const options = markSelected(hourMarkup, `<option value="${selected}">`);
  return html`<div class="field">
<label for="${fieldId('sendHour')}">Delivery time</label>
<select id="${fieldId('sendHour')}" name="sendHour"${invalidAttrs(errors, 'sendHour')}>
${raw(options)}
</select>
${fieldError(errors, 'sendHour')}
</div>`;
}

let hourMarkup: string | null = null;

/** One radio button per entry of `labels` (value → label), the selected one checked. */
function radioChoices(name: string, labels: Readonly<Record<string, string>>, selected: string): SafeHtml {
  return html`<div class="choices">${Object.entries(labels).map(
    ([value, label]) =>
      html`<label class="choice"><input type="radio" name="${name}" value="${value}"${
        value === selected ? html` checked` : html``
      }> ${label}</label>`,
  )}</div>`;
}

export function frequencyChoices(selected: Frequency, weeklyDay: number, errors: FieldMessages): SafeHtml {
  return html`<fieldset id="${fieldId('frequency')}"${invalidAttrs(errors, 'frequency')}>
<legend>How often</legend>
${radioChoices('frequency', FREQUENCY_LABELS, selected)}
${fieldError(errors, 'frequency')}
<div class="field inline-field weekly-only">
<label for="${fieldId('weeklyDay')}">Day for the weekly brief</label>
<select id="${fieldId('weeklyDay')}" name="weeklyDay"${invalidAttrs(errors, 'weeklyDay')}>
${WEEKDAYS.map(
  (day, index) =>
    html`<option value="${index + 1}"${index + 1 === weeklyDay ? html` selected` : html``}>${day}</option>`,
)}
</select>
${fieldError(errors, 'weeklyDay')}
</div>
</fieldset>`;
}

const FORMAT_LABELS: Record<EmailFormat, string> = {
  html: 'Designed (HTML)',
  text: 'Plain text only',
};

export function formatChoices(selected: EmailFormat, errors: FieldMessages): SafeHtml {
  return html`<fieldset id="${fieldId('emailFormat')}"${invalidAttrs(errors, 'emailFormat')}>
<legend>Email format</legend>
<p class="hint">Plain text suits screen readers, small screens and mail programs that block pictures and layout.</p>
${radioChoices('emailFormat', FORMAT_LABELS, selected)}
${fieldError(errors, 'emailFormat')}
</fieldset>`;
}
