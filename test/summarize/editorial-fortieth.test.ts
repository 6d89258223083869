import { trimSentence } from '../../src/shared/text/furniture';
import { junkKind } from '../../src/shared/text/page-junk';
import { namesPage } from '../../src/shared/text/page-titles';
import { headlineFromText } from '../../src/summarize/headline-text';

// Shapes from the fortieth round of labelled sets and from headlines written for Multi-News
// events, which have no titles (docs/summarization.md, "Fortieth round"). Outlets, people, ships
// and places are fictional.

describe("a page's standing lines", () => {
  it.each([
    'Home › Job fairs › Upcoming',
    'News > Courts > Appeals',
    'The Harbour Office accepts no liability for losses arising from delays.',
    'Contravention of this order is punishable under Section 92 of the Act.',
    'Counsel and litigants are to be seated by 8:45 a.m.',
    'Matters not reached will be adjourned in chambers.',
    'Published by the Office of the Chief Registrar, High Court of Justice, Tarnby.',
    'Magnitude and location may change as additional data are processed.',
    'The Ferry Hour Podcast is supported by a community broadcasting grant.',
    'Vessels are removed from the list when the detention is lifted.',
    'In this Dec. 13, 2019 file photo, Ana Reyes walks to the courthouse in Tarnby.',
    'In this June 21, 2018, photo, Mayor Olu Bakare arrives for a news conference at the town hall.',
  ])('are not news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'Prices rose > 5% in May.',
    'Sport » Football',
    'The project is funded by the European Union.',
    'Contravention of the order led to his arrest.',
    'The two men were removed from the list when they paid.',
    'Published by Penguin, the memoir sold 40,000 copies.',
    'The toll may change as more reports come in, the governor said.',
    'In this case, the judge said the photo was fake.',
    'Counsel for the family said they would appeal.',
  ])('stay news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe('a dateline whose dash was dropped', () => {
  it('is cut from the sentence it opens', () => {
    expect(trimSentence('Tarnby (CNN) Senator Ana Reyes praised the ruling on Thursday.')).toBe(
      'Senator Ana Reyes praised the ruling on Thursday.',
    );
    expect(trimSentence('HOLM CITY, Ore. (KHLM) The mother accused of the fire said she panicked.')).toBe(
      'The mother accused of the fire said she panicked.',
    );
  });

  it('leaves an organisation and its initials alone', () => {
    const who = 'World Health Organization (WHO) Director-General Tedros said it.';
    expect(trimSentence(who)).toBe(who);
  });
});

describe('a page named by its number, its date or its kind', () => {
  it.each([
    'Notice to Skippers No. 112/2028',
    'Order No. ISH/BRH/PO/2028/117',
    'EARTHQUAKE INFORMATION No. 3',
    'Sale No. 25 — Market Report',
    'Evening Bulletin 19:00 — 3/7/2028',
    'Voyage Updates',
    'Match report — Final, second leg',
    'Cause List — High Court 4, Tarnby — Friday 23rd June 2028',
    'Election results — 5 May 2028',
  ])('heads nothing: %s', (title) => {
    expect(namesPage(title)).toBe(true);
  });

  it.each([
    'Sale No. 25 halted as strike spreads',
    'Report: Minister to resign',
    'Flood updates — Council to reopen bridge',
    'No. 10 denies party claims',
    'Ferry back in service after nine days',
    'Ferry strike ends — 5 May 2028',
  ])('may head a story: %s', (title) => {
    expect(namesPage(title)).toBe(false);
  });
});

describe('a headline written from a lead', () => {
  it('keeps a name and its verb, not what an apposition adds', () => {
    expect(
      headlineFromText(
        'Station KHLM reports Tarnby police spokesman Ola Berg says Jon Vik, a 21-year-old student at the University of Holm, was found early Friday in the Holm area.',
      ),
    ).toBe('Station KHLM reports Tarnby police spokesman Ola Berg says Jon Vik was found early…');
  });

  it('does not end where what is said, or the main clause, is still to come', () => {
    expect(
      headlineFromText(
        'Police spokesman Ola Berg told reporters on Friday morning that the family of Jon Vik, who had been missing, said nothing.',
      ),
    ).not.toMatch(/Vik$/);
    expect(
      headlineFromText(
        'Because most babies at those ages are not yet talking, the researchers had to find another way to measure memory.',
      ),
    ).toMatch(/^Because most babies at those ages are not yet talking, the researchers/);
    expect(
      headlineFromText(
        'Holm dock workers qualify under federal law as employees of the port and, therefore, can legally form the first union there, the board announced Wednesday.',
      ),
    ).toMatch(/…$/);
    expect(
      headlineFromText(
        'Ana Reyes, who likes to say, “I’m a rocket, bro,” was moving at a decidedly slow speed Tuesday evening as she drove to Holm.',
      ),
    ).toMatch(/”/);
    expect(
      headlineFromText(
        'Nola, one of just four endangered white rhinos left in the world, died Sunday at the Tarnby Safari Park after a long illness.',
      ),
    ).toMatch(/died/);
  });

  it('does not end on a name its verb is still to follow, but may end on a place', () => {
    expect(
      headlineFromText(
        'Former runner-up for the Miss Holm pageant, Ana Reyes, was awarded the crown after original winner, Lia Berg, was stripped of her crown due to her age.',
      ),
    ).toBe('Former runner-up for the Miss Holm pageant, Ana Reyes, was awarded the crown…');
    expect(
      headlineFromText(
        'Shots rang out during a city council meeting Monday in New Holm, Minn., sending some local politicians diving for cover and prompting another to draw.',
      ),
    ).toBe('Shots rang out during a city council meeting Monday in New Holm, Minn.');
  });

  it("keeps what was said after a colon, a decree's order without its preamble, and a compound subject whole", () => {
    expect(
      headlineFromText(
        'In his homily, Bishop Ivo Berg told the faithful: "We prayed for her for thirty-five years. Now we must learn to protect what God gives back."',
      ),
    ).toMatch(/^Bishop Ivo Berg told the faithful: "We prayed/);
    expect(
      headlineFromText(
        'Now, therefore, the occupier, Shri Ravi Menon, and the factory manager, Shri Ajay Rao, are hereby prohibited from carrying on any manufacturing process in the premises until further orders.',
      ),
    ).toMatch(/^The occupier, Shri Ravi Menon, and the factory manager/);
  });

  it('does not start inside a bracket a label opened', () => {
    expect(
      headlineFromText(
        "Tarnby Church (Swedish: Tarnby kyrka) is a church building in Tarnby, Sweden, and is one of Sweden's largest wooden buildings.",
      ),
    ).toMatch(/^Tarnby Church/);
  });
});
