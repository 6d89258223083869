import { IANAZone } from 'luxon';

/**
 * `Intl.supportedValuesOf('timeZone')` returns CLDR's canonical ids, which keep names IANA has
 * since renamed ("Asia/Calcutta" for "Asia/Kolkata"). Readers look for today's names, and both
 * spellings resolve to the same rules, so the list shows the current IANA name.
 */
export const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

let cached: readonly string[] | null = null;

/** Every zone a reader may pick, current IANA spelling, sorted, with "UTC" included. */
export function listTimeZones(): readonly string[] {
  if (cached) return cached;
  const names = new Set<string>(['UTC']);
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const current = CURRENT_NAMES[zone];
    names.add(current && IANAZone.isValidZone(current) ? current : zone);
  }
  cached = Object.freeze([...names].sort());
  return cached;
}

/**
 * The spelling to store for a zone typed or picked by a reader, or null when it is not an IANA
 * zone. Listed names keep their case ("europe/paris" becomes "Europe/Paris"); other valid ids
 * ("Etc/GMT+5", "US/Eastern", legacy names) are accepted as given.
 */
export function canonicalTimeZone(input: string): string | null {
  const zone = input.trim();
  if (zone === '' || zone.length > 64) return null;
  const listed = byLowerCase().get(zone.toLowerCase());
  if (listed) return listed;
  return IANAZone.isValidZone(zone) ? zone : null;
}

let lowerCaseIndex: Map<string, string> | null = null;

function byLowerCase(): Map<string, string> {
  if (!lowerCaseIndex) lowerCaseIndex = new Map(listTimeZones().map((zone) => [zone.toLowerCase(), zone]));
  return lowerCaseIndex;
}
