import { articleSentences } from '../../src/shared/text/article-text';
import { isFeatureTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

/** Rules written from the twenty-second round of labelled sets (docs/summarization.md, "Twenty-second round"). */

describe("a show's notes", () => {
  it('drop the "This week:" before the news and an appeal to join on a members\' platform', () => {
    const notes = [
      'This week: conservators near Velmar have uncovered a 14th-century fresco with a painted date.',
      'Join on Patreon for ad-free episodes.',
    ].join('\n\n');
    expect(articleSentences(notes).flat()).toEqual([
      'Conservators near Velmar have uncovered a 14th-century fresco with a painted date.',
    ]);
  });
});

describe('a story with only a few lines to show', () => {
  it('shows no line in the first person outside quotes, even as a fallback', () => {
    const appeal = doc(
      'appeal',
      'KinAid',
      '2027-10-02T09:00:00Z',
      'Help the families of Nueva Velmar rebuild',
      [
        'Twenty-three of our homes are gone.',
        'The hill above our community came down.',
        'Civil Protection said 14 people died in the landslide in Nueva Velmar.',
      ],
    );
    const points = summarizeStory([appeal], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points).toEqual(['Civil Protection said 14 people died in the landslide in Nueva Velmar.']);
  });
});

describe('a title that names its page', () => {
  it.each([
    'Minutes: Sport and Property Committee, extraordinary meeting, 1 October 2027',
    'Portal:Current events/2027 September 28',
    'No. 41 — Blizzard — Northern and western aimags',
    'NAV WARNING 117/27 — Canouan',
    '🔴 RED ALERT — Civil Protection SMS (full text + translation)',
    'Dockside',
  ])('heads no story: %s', (title) => {
    const page = doc('page', 'Velmar Notes', '2027-10-01T09:00:00Z', title, [
      'The Velmar council closed the Zunda sports hall on Friday after part of its ceiling fell onto the court.',
      'Three people were hurt in the collapse on Wednesday evening, the fire service said.',
    ]);
    expect(summarizeStory([page], { maxPoints: 3 }).headline).toMatch(
      /^The Velmar council closed the Zunda sports hall/,
    );
  });

  it('reads an explainer in capitals as a feature', () => {
    expect(isFeatureTitle("EXPLAINER: Velmar's river dredging deal")).toBe(true);
    expect(isFeatureTitle("Velmar's river dredging deal — what it does and what comes next")).toBe(true);
    expect(isFeatureTitle('Velmar Senate approves river dredging deal')).toBe(false);
  });
});

describe("a bulletin's fields", () => {
  it("leave out a field with no report in it, and keep one with a clause and a transcript's voices", () => {
    const bulletin = [
      'WARNING LEVEL: RED',
      'AREAS: Khövsgöl, Zavkhan, Arkhangai, Bulgan; northern soums of Govi-Altai and Uvs.',
      'SITUATION: A deep low from the Sayan mountains has brought blizzard conditions to northern Khövsgöl.',
      'FORECAST: Snow 25–40 cm, locally more in the mountains. North-west winds 20–28 m/s, visibility below 100 m.',
      'ADVICE TO HERDERS: Bring livestock into shelters before dark.',
      'Map: warning areas shaded red (Khövsgöl, Zavkhan) and orange (northern Uvs).',
    ].join('\n\n');
    expect(articleSentences(bulletin).flat()).toEqual([
      'A deep low from the Sayan mountains has brought blizzard conditions to northern Khövsgöl.',
    ]);
    const transcript = [
      'MOEKETSI: Our main news tonight.',
      'MAKHETHA: Soldiers brought down about four hundred people from the passes.',
      'MOEKETSI: Thank you, Ntate.',
      'MAKHETHA: Snow all week, more on the passes.',
    ].join('\n\n');
    expect(articleSentences(transcript).flat()).toContain('Snow all week, more on the passes.');
  });
});

describe("an encyclopedia's licence line and a channel's admin label", () => {
  it('drop the licence and keep the news after the label', () => {
    const page = [
      'Admin: the environment ministry has recorded 140 mm of rain in Velmar since Sunday night.',
      'Text is available under a Creative Commons licence; additional terms may apply.',
    ].join('\n\n');
    expect(articleSentences(page).flat()).toEqual([
      'The environment ministry has recorded 140 mm of rain in Velmar since Sunday night.',
    ]);
  });
});

describe('a report that opens on a scene', () => {
  it("leads with the statement giving its title's toll, up to the fourth", () => {
    const report = doc(
      'cr',
      'Velmar Report',
      '2027-10-02T18:00:00Z',
      'Velmar landslide toll rises to 14; families to be moved',
      [
        "Ernesto Marin spent Saturday morning folding his granddaughter's clothes into a plastic crate on the gym floor of the sports complex.",
        '“The house is under the hill, and the hill is still moving,” Marin said.',
        'Civil Protection on Saturday raised the death toll from the Nueva Velmar landslide to 14, with one person still missing.',
        'The government said the 41 families still living on the slope would be relocated.',
      ],
    );
    expect(summarizeStory([report], { maxPoints: 3 }).points[0]?.text).toMatch(
      /^Civil Protection on Saturday raised the death toll/,
    );
  });
});

describe("a tribute's and a scene's opening", () => {
  it('steps aside for the news, and a nickname in quotes is a name, not a quotation', () => {
    expect(isFeatureTitle('Cuthbert ‘Bertie’ Samuel, 1960–2027')).toBe(true);
    const tribute = doc(
      'tr',
      'Velmar Remembers',
      '2027-10-09T12:00:00Z',
      'Cuthbert ‘Bertie’ Samuel, 1960–2027',
      [
        'Every morning at six, before he handed over the keys, Bertie Samuel would buy one ripe mango from the first vendor to open.',
        'Cuthbert “Bertie” Samuel, the night watchman at the Velmar Public Market, died in the fire that destroyed the market on Thursday.',
        'He is survived by his wife of 41 years, Gloria, four children and nine grandchildren.',
      ],
    );
    expect(summarizeStory([tribute], { maxPoints: 3 }).points[0]?.text).toMatch(
      /^Cuthbert “Bertie” Samuel, the night watchman/,
    );
    const scene = doc(
      'sc',
      'Velmar Reporter',
      '2027-10-09T12:00:00Z',
      'Skiff guide finds dredger on Velmar reef at first light',
      [
        'When tour guide Ernest Flowers ran his skiff out of Velmar City at first light on Friday, he saw the lights of a dredger on top of the reef.',
        'The dredger Marlijn, owned by Halvard Dredging, ran aground on the reef off the Velmar Cayes at about 2:15 a.m. on Friday, the port authority said.',
        'The authority set a 500-metre exclusion zone around the dredger.',
      ],
    );
    expect(summarizeStory([scene], { maxPoints: 3 }).points[0]?.text).toMatch(/^The dredger Marlijn/);
  });
});
