import { junkKind } from '../../src/shared/text/page-junk';
import { noteKind } from '../../src/shared/text/page-notes';
import { summarizeStory } from '../../src/summarize';
import { headlineFromText } from '../../src/summarize/headline-text';
import { tellsBackground } from '../../src/summarize/scene-openings';
import { doc } from './fixture-doc';

// Shapes from the thirty-sixth and thirty-seventh rounds of labelled sets (docs/summarization.md,
// "Thirty-seventh and thirty-eighth rounds"). Outlets, people, ships and companies are fictional.

describe("a page's notes on itself", () => {
  it.each([
    ['Charts in real time require a Premium plan.', 'prompt'],
    ['Upgrade to Pro to see live positions.', 'prompt'],
    ['Harbour Talk is not responsible for the content of external sites.', 'notice'],
    ['Actual results may differ materially from those expressed in such statements.', 'notice'],
    ['This announcement contains forward-looking statements about the mill.', 'notice'],
    ['Item 4 in Courtroom 2 was previously listed for 11:30 and was brought forward to 09:45.', 'notice'],
    ['Listings for Friday 9 June will be published from 4 p.m. on Thursday.', 'notice'],
    ['The next update will be posted at 18:00.', 'notice'],
    ['Good morning from Lisbon, and welcome to the Monday edition of the Tejo Briefing.', 'transcript'],
    ['Position received 4 min ago (satellite AIS)', 'timestamp'],
    ['Collected 2 May 2027 by Ana Duarte and Rui Sá (field number AD-118).', 'credit'],
    ['The Registry is open to the public from 9:00 a.m. to 4:00 p.m., Monday to Friday.', 'notice'],
    ['Video may take a moment to load on mobile data.', 'player'],
    [
      'Dr Ines Mota is with the port health unit, and Carlos Reis is president of the taxi drivers’ association.',
      'transcript',
    ],
    ['Joining us now is the harbour master, Captain Paulo Lima.', 'transcript'],
  ])('are notes of the page: %s', (line, kind) => {
    expect(noteKind(line)).toBe(kind);
  });

  it.each([
    'The ministry said the new tariff requires a premium subscription.',
    'The company is not responsible for the spill, the minister said.',
    'The hearing was moved to Friday.',
    'The final result will be declared on Thursday.',
    'Collected by volunteers, the samples were sent to the laboratory.',
    'Samples collected on Monday by the agency showed high levels of lead.',
    'The beach will be open from 8 a.m. to 6 p.m. after the clean-up.',
    'Shelters are open from 6 p.m. to 8 a.m. daily, the council said.',
    'Members voted to approve the plan.',
  ])('leaves news alone: %s', (line) => {
    expect(noteKind(line)).toBeNull();
  });
});

describe('openings set long before their news', () => {
  it.each([
    'Four years ago this month, the river burst its banks and flooded the old town.',
    'Nine of every ten kilowatt-hours the island uses come from diesel burned at one plant.',
    'The market has stood near the waterfront since the middle of the 19th century.',
    'In the 18th century, the dockyard was the navy’s main base in the islands.',
    'When engineers cut the railway through the gorge in the late 19th century, they blasted ledges into the slope.',
    'The 2028 Lakeside bus crash was a head-on collision between a passenger bus and a truck.',
    'Nobody went looking for the spring’s source for well over a century.',
  ])('are background: %s', (line) => {
    expect(tellsBackground(line)).toBe(true);
  });

  it.each([
    'The market, which dates from the 19th century, burned down on Friday.',
    'Archaeologists have recovered six wax tablets from the 15th century, buried in a cesspit.',
    'A church built in the 15th century collapsed on Friday.',
    'Nine of every ten homes were damaged in the storm.',
    'It was the worst flood for a century, officials said.',
    'Two people died on Friday.',
  ])('tell news: %s', (line) => {
    expect(tellsBackground(line)).toBe(false);
  });

  it('an encyclopedia opening does not lead over the report', () => {
    const wiki = doc('w', 'Openleaf Encyclopedia', '2028-04-26T10:00:00Z', '2028 Lakeside bus crash', [
      'The 2028 Lakeside bus crash was a head-on collision between a passenger bus and a truck near Lakeside on 24 April 2028.',
      'The bus was travelling from the capital to the coast with 57 passengers.',
    ]);
    const report = doc('r', 'Valley Post', '2028-04-26T12:00:00Z', 'Lakeside crash toll rises to 14', [
      'Fourteen people have now died after a bus and a truck collided near Lakeside on Monday evening, police said on Wednesday.',
      'The truck driver is to be charged with culpable homicide, police said.',
    ]);
    expect(summarizeStory([wiki, report], { maxPoints: 3 }).points[0]?.text).toMatch(/^Fourteen people/);
  });
});

describe('a story with no opening fit to lead', () => {
  it("opens on the point told earliest in its article, not on a column's closing line", () => {
    const column = doc('c', 'Evening Star', '2028-04-28T18:00:00Z', 'Kitchen Table Watch', [
      'My aunt has cooked with Palmgold for as long as I can remember, and on Thursday she called me to ask whether she should throw her bottle away.',
      'The short answer, since Thursday evening, is yes.',
      'Lagoon Mills has widened its recall to every bottle of Palmgold red palm oil produced since 1 February, about 190,000 bottles.',
      'A spokesperson for Lagoon Mills said the contamination had been traced to a single shipment of crude oil.',
      'Supermarkets are refunding customers for Palmgold palm oil even without a receipt.',
    ]);
    const feature = doc('f', 'Market Weekly', '2028-04-28T09:00:00Z', 'The oil in every kitchen', [
      'For decades, Palmgold has been the oil in most kitchens of the city.',
      'For years, nobody asked where its crude oil came from.',
      'For most of the past decade, the brand has outsold every other red oil in the market.',
      'Supermarkets are refunding customers for Palmgold palm oil even without a receipt, staff said.',
    ]);
    const lead = summarizeStory([column, feature], { maxPoints: 3 }).points[0]?.text ?? '';
    expect(lead).toMatch(/^Lagoon Mills has widened its recall/);
  });
});

describe('a file name with a page title after it', () => {
  it('does not head the story', () => {
    const title = '2028-04-29_evening_news_en.srt — Valley TV Evening News (English subtitles)';
    const page = doc('s', 'Valley TV', '2028-04-29T20:00:00Z', title, [
      'Two people died and 41 were injured when a dust storm swept across the city on Friday.',
      'Electricity has been restored to almost all the 60,000 homes that lost power.',
    ]);
    expect(summarizeStory([page], { maxPoints: 3 }).headline).not.toBe(title);
  });
});

describe('a pronoun after a fronted time', () => {
  it('does not stand alone: "By noon he had sold…" leads nothing', () => {
    const page = doc('d', 'Polder Daily', '2028-05-20T18:00:00Z', 'Card outage hits shops', [
      'By noon he had sold half of what he normally sells on a Saturday.',
      'Card payments failed in shops across the country for six hours on Saturday after a fault at payment processor Paybridge.',
      'Paybridge said the fault had been fixed by 16:55.',
    ]);
    const points = summarizeStory([page], { maxPoints: 3 }).points.map((point) => point.text);
    expect(points[0]).toMatch(/^Card payments failed/);
    expect(points.some((point) => point.startsWith('By noon he'))).toBe(false);
  });
});

describe("a page's cautions, price notes and routine", () => {
  it.each([
    'The Tidewater Hour is for information only and is not financial or legal advice.',
    'This podcast is for general information purposes only.',
    'Nothing on this page constitutes investment advice.',
    'Coastline Weather is a private service and does not replace official warnings.',
    'The agency accepts no liability for decisions taken on the basis of this circular.',
    'Prices include port taxes and fuel surcharge.',
    'All fares shown exclude airport fees and service charges.',
    'Hearings are public unless the court orders otherwise.',
    'Registro Diario publishes the next day’s listings every weekday at 16:00.',
  ])('are the page’s own: %s', (line) => {
    expect(noteKind(line)).toBe('notice');
  });

  it.each([
    'The shipping company said it accepts no liability for the collision.',
    'The ferry company accepts no liability for damage to the quay.',
    'Ticket prices will rise by 12% from June, the operator said.',
    'Prices include a new levy of 3 euros that took effect on Monday.',
    'The hearing was held in public after the judge rejected a request to close it.',
    'The ministry publishes new figures on Friday.',
    'The minister is not a lawyer and gave no legal view on the contract.',
  ])('leave news alone: %s', (line) => {
    expect(noteKind(line)).toBeNull();
  });
});

describe('a headline written from a lead with brackets', () => {
  it.each([
    [
      'Unloading of MV Coral Finch (IMO 9633410, tanker, 12,400 DWT) at Berth 5 has been halted with about 3,100 tonnes still on board out of 9,000 tonnes.',
      'Unloading of MV Coral Finch at Berth 5 has been halted with about 3,100…',
    ],
    [
      'Scientists at the Dinaric Cave Institute have filmed larvae of the cave salamander (Proteus anguinus) hatching in the wild for the first time, the institute said on Monday.',
      'Scientists at the Dinaric Cave Institute have filmed larvae of the cave salamander hatching…',
    ],
  ])('keeps the news and no open bracket: %s', (lead, headline) => {
    expect(headlineFromText(lead)).toBe(headline);
  });
});

describe('a title that names no act', () => {
  const report = (title: string) =>
    doc('r', 'Valley Courier', '2028-05-02T08:00:00Z', title, [
      'The death toll from the collision of a bus and a lorry near Marondo has risen to 14, police said on Wednesday.',
      'The bus was carrying 52 passengers from the capital to the coast when it was hit head-on on Monday evening.',
      'Thirty people were taken to hospital, and nine of them were later moved to the capital with serious injuries.',
    ]);
  const encyclopedia = doc('e', 'Openleaf Encyclopedia', '2028-05-02T10:00:00Z', '2028 Marondo bus crash', [
    'The 2028 Marondo bus crash was a head-on collision between a bus and a lorry near Marondo on 30 April 2028.',
    'The bus was carrying 52 passengers from the capital to the coast, and 14 people died.',
    'Thirty people were taken to hospital in Marondo.',
  ]);

  it.each([
    'Marondo bus crash toll reaches 14',
    'Marondo Bus Crash Toll Reaches 14',
    'Lorry driver to face charges as Marondo toll climbs',
  ])('steps aside for a title that says who did what: %s', (title) => {
    expect(summarizeStory([report(title), encyclopedia], { maxPoints: 3 }).headline).toBe(title);
  });

  it('still heads when no title says more', () => {
    const crash = doc('c', 'Coast Radio', '2028-05-02T07:00:00Z', 'Marondo crash: 14 dead', [
      'The death toll from the collision of a bus and a lorry near Marondo has risen to 14, police said on Wednesday.',
      'Thirty people were taken to hospital, and nine of them were later moved to the capital with serious injuries.',
    ]);
    expect(['Marondo crash: 14 dead', '2028 Marondo bus crash']).toContain(
      summarizeStory([crash, encyclopedia], { maxPoints: 3 }).headline,
    );
  });
});

describe("a reference's date of access", () => {
  it.each([
    'Harbour Museum of Lindau, object HML 2027.031, online collection, accessed 12 June 2028.',
    'Regional Herbarium, specimen sheet RH-4410, retrieved on March 3, 2028.',
  ])('closes a citation, not news: %s', (line) => {
    expect(noteKind(line)).toBe('credit');
  });

  it.each([
    'The personal data of 40,000 subscribers was accessed on 3 May 2028.',
    'Investigators said the files were accessed on 3 May 2028.',
  ])('leaves news alone: %s', (line) => {
    expect(noteKind(line)).toBeNull();
  });
});

describe("a page's notes on its results, its other items, hours, tagline and translation", () => {
  it.each([
    ['Half marathon results are UNOFFICIAL and will not be ratified.', 'notice'],
    ['Times are provisional until confirmed by the race referee.', 'notice'],
    [
      'Also in this edition: the harbour dredging resumes; and the ferry timetable changes on Monday.',
      'related',
    ],
    ['Registry hours 9:00 AM to 3:30 PM', 'notice'],
    ['Lagoon Letters — a weekly digest of island news for readers abroad.', 'notice'],
    ['Transcript translated from Portuguese by station volunteers.', 'notice'],
  ])('are the page’s own: %s', (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });

  it.each([
    'The results are provisional, the electoral commission said.',
    'The preliminary count is subject to change as postal votes arrive.',
    'Opening hours were cut to 10 a.m. to 2 p.m. during the water shortage.',
    'The strike — the longest in a decade — ended on Friday.',
    'Rescuers worked for six hours to free the driver.',
  ])('leave news alone: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});
