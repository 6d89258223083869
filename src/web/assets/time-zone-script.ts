import { createHash } from 'node:crypto';
import { CURRENT_NAMES } from '../../subscriptions/time-zones';

/**
 * Progressive enhancement of the sign-up form: the browser knows the reader's time zone
 * (`Intl.DateTimeFormat().resolvedOptions().timeZone`), so the list starts on it instead of the
 * server's default. Only a select marked `data-guess` is touched (a first, untouched form); without
 * script, or for a zone not in the list, the server's choice stays. Browsers report CLDR names
 * ("Asia/Calcutta"), which map to the current IANA names the list shows. The short sign-up form
 * of a story page has no list: its hidden zone marked `data-guess` takes the device's zone, which
 * the server validates like any other (an unknown one answers with the full form). Served from our origin
 * (CSP `script-src 'self'`), never inline.
 */
export const TIME_ZONE_SCRIPT = `(function () {
  'use strict';
  var renamed = ${JSON.stringify(CURRENT_NAMES)};
  if (!window.Intl || !Intl.DateTimeFormat) return;
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  zone = renamed[zone] || zone;
  var hidden = document.querySelectorAll('input[type="hidden"][data-guess]');
  for (var h = 0; h < hidden.length; h += 1) hidden[h].value = zone;
  var select = document.querySelector('select[data-guess]');
  if (!select) return;
  for (var i = 0; i < select.options.length; i += 1) {
    if (select.options[i].value !== zone) continue;
    select.value = zone;
    var note = document.getElementById(select.getAttribute('data-guess'));
    if (note) note.hidden = false;
    return;
  }
})();
`;

/** Part of the script's URL, so a changed script is never served from a stale cache. */
export const TIME_ZONE_SCRIPT_VERSION = createHash('sha256')
  .update(TIME_ZONE_SCRIPT)
  .digest('hex')
  .slice(0, 12);

export const TIME_ZONE_SCRIPT_PATH = '/assets/time-zone.js';
