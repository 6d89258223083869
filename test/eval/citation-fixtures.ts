import type { ContentDoc } from '../../src/shared/types';

export { FLOODS } from '../summarize/fixtures';

/** Two outlets' leads on one tram derailment that disagree on the number injured. */
export const TRAM_TEXTS: [string, string] = [
  "A tram derailed in central Valdor on Monday morning, injuring 12 people, the city's transport authority said.\n\nService on the line was suspended while engineers inspected the track.",
  'A tram came off the rails in central Valdor on Monday morning, injuring 14 people, city officials said.',
];

export type { ContentDoc };
