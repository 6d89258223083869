import { junkKind } from '../../src/shared/text/page-junk';
import { summarizeStory } from '../../src/summarize';
import { leansOutside } from '../../src/summarize/leans-outside';
import { doc } from './fixture-doc';

// Shapes from the forty-seventh to forty-ninth rounds of labelled sets (docs/summarization.md,
// "Forty-eighth and forty-ninth rounds"). Outlets, people and places are fictional.

describe("a firm's, a booking page's or a court list's standing terms", () => {
  it.each([
    'Harbourline Savings is supervised by the Examplia Financial Services Authority.',
    'Tidewater Recruitment Partners is licensed by the Labour Market Regulatory Authority.',
    'Data provided without warranty.',
    'Official results are published by the organiser.',
    'Cancellation policy: full refund up to 48 hours before departure.',
    'Cancellations made less than 24 hours before the booking are charged in full.',
    'Reservations open 30 days in advance at 10:00.',
    'Refunds for cancelled events are made in line with the TicketLine Terms and Conditions, section 7.',
    'Members of the public attending court must bring photo identification and pass through security screening.',
    'Mobile phones must be switched off in all courtrooms.',
    'Recording of proceedings is prohibited.',
    'Published by order of the Chief Registrar.',
    'By order of the Board',
  ])('is not news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'The 38-metre trawler is registered in Vanuatu.',
    'Boilers are regulated by a government inspectorate rather than by the building-safety programmes.',
    'The march is registered with local authorities until May 30, police said.',
    'Bookings for the new ferry open on Monday.',
    'The company issued a notice of suspension on 7 June in accordance with the terms of the contract.',
    'Members of the public can report open burning to the fire service by calling 995.',
    'Filming is prohibited at the crash site, police said.',
    'By order of the port captaincy, all crossings between San Jorge and Moyogalpa are suspended until further notice.',
  ])('stays news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

const points = (docs: Parameters<typeof summarizeStory>[0], maxPoints = 5) =>
  summarizeStory(docs, { maxPoints }).points.map((point) => point.text);

describe('points that lean on the sentence before', () => {
  const wire = doc('w', 'Lowland Wire', '2029-03-01T10:00:00Z', 'Ice stops shipping on the Varna canal', [
    'Authorities halted all shipping on the Varna canal on Thursday as drift ice spread across the water, leaving 30 barges stuck at their moorings.',
    'The ban covers the 60-kilometre stretch between Devnya and the sea, the port authority said.',
    'Ice covered most of the canal near Beloslav on Thursday morning.',
  ]);
  const feature = doc(
    'f',
    'Evening Ledger',
    '2029-03-03T16:00:00Z',
    'Frozen in: 52 barges wait as canal ban is extended to Tuesday',
    [
      'On 3 March 1954, the Varna canal froze so hard at Beloslav that barges were frozen in for a month and people walked across the ice.',
      'Seventy-five years later the canal is frozen in again, and barges wait at Beloslav.',
      'Fifty-two barges were waiting on the Varna canal on Saturday, up from 41 on Friday, as the port authority extended a ban on navigation until at least Tuesday.',
      'Crews on the barges are running short of fresh food, their association said.',
    ],
  );

  it('leads with the statement the title tells when the openings above it are a date in history and its sequel', () => {
    expect(points([wire, feature])[0]).toMatch(/^Fifty-two barges were waiting/);
  });

  it.each([
    'Seventy-five years later the canal is frozen in again, and barges wait at Beloslav.',
    'A hundred and fifty-four years to the day later, his great-great-granddaughter has sold the brewery.',
    'A hundred kilometres to the north, the fire in the national park had grown to 4,700 hectares by Friday.',
  ])('leans on a time or a place the sentence before gave: %s', (text) => {
    expect(leansOutside(text, text)).toBe(true);
  });

  it.each([
    'Hours later, the government declared a state of natural disaster for the two towns.',
    'Twenty kilometres north of the capital, a bridge collapsed under a loaded lorry on Monday.',
  ])('stands alone: %s', (text) => {
    expect(leansOutside(text, text)).toBe(false);
  });

  it('leaves out a sentence that hands over to a table or opens on the one before', () => {
    const release = doc(
      'r',
      'Harbourline Games — Investor Relations',
      '2029-03-02T07:00:00Z',
      'Notice of revision to earnings forecast',
      [
        'Harbourline Games has decided to move the release of Tidefall II to 2030.',
        'In light of this change, the company has revised its consolidated earnings forecast for the fiscal year ending March 31, 2029, as follows.',
        'The company cut its operating profit forecast for the year by 38% to ¥41.5 billion.',
      ],
    );
    const report = doc(
      'k',
      'Kansai Markets Journal',
      '2029-03-02T09:00:00Z',
      'Harbourline delays Tidefall II to 2030',
      [
        'Harbourline Games on Thursday pushed the release of Tidefall II into 2030 and cut its full-year operating profit forecast by 38%.',
        'Shares in the company fell 12% in after-hours trading.',
      ],
    );
    const text = points([release, report]).join(' ');
    expect(text).not.toMatch(/as follows/);
    expect(text).not.toMatch(/In light of this change/);
  });

  it('does not show an organisation\'s words with only "In its words" for a speaker', () => {
    const alert = doc(
      'a',
      'Examplia Textile Exporters’ Association',
      '2029-03-04T08:00:00Z',
      'Member alert: Navoi Denim',
      [
        'The association welcomed the $126 million denim plant that Kumush Tola Tekstil and Ekincioğlu will build in Navoi.',
        'In its words: "Navoi Denim shows that our sector can move from yarn to fabric and beyond."',
      ],
    );
    const report = doc(
      't',
      'Tashkent Business Review',
      '2029-03-03T09:00:00Z',
      'Kumush Tola and Ekincioğlu to build $126m denim plant',
      [
        'Kumush Tola Tekstil has agreed with Turkish group Ekincioğlu to build a $126 million denim plant in the Navoi free economic zone, the companies said on Friday.',
        'Kumush Tola will hold 51% of the venture, Navoi Denim.',
      ],
    );
    expect(points([alert, report]).join(' ')).not.toMatch(/In its words/);
  });
});

describe('what is not known yet does not lead', () => {
  it('gives the first point to what happened, not to the cause under investigation', () => {
    const digest = doc('d', 'Regional Emergency Office', '2029-03-05T08:00:00Z', 'Daily incident digest', [
      'The cause of the fire at the raw-cotton warehouse of the Kumush Tola spinning mill in Gijduvon is being established by the fire-technical expertise service.',
      'Fire destroyed the raw-cotton warehouse of the Kumush Tola mill late on Friday, and 640 workers were evacuated.',
    ]);
    expect(points([digest])[0]).toMatch(/^Fire destroyed/);
  });
});
