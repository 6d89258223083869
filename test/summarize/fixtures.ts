import type { ContentDoc } from '../../src/shared/types';

/**
 * Stories written for these tests (fictional places and people), shaped like real feeds:
 * outlet suffixes in titles, datelines, bylines, captions, "Read more" tails, wire copy that
 * two outlets run word for word, and quotes.
 */

const date = (iso: string): Date => new Date(iso);

export const FLOODS: ContentDoc[] = [
  {
    id: 'floods-reuters',
    outlet: 'Reuters',
    url: 'https://www.reuters.com/world/europe/marovia-floods-2026-03-14/',
    publishedAt: date('2026-03-14T06:10:00Z'),
    title: "Floods kill at least 42 in Marovia's north, thousands displaced | Reuters",
    text: [
      "KALDERA, Marovia, March 14 (Reuters) - Flash floods killed at least 42 people in northern Marovia after three days of torrential rain, the country's disaster agency said on Saturday.",
      'More than 12,000 people have been forced from their homes in Kaldera province, the agency said in a statement. Rescue teams were using boats to reach villages cut off by the water.',
      '"We have never seen the river rise this fast," said Dr. Ana Petrov, a regional official in Kaldera. "Entire streets disappeared in an hour."',
      'President Ivo Marek declared a state of emergency in the province and ordered the army to help with evacuations.',
      'The U.N. said it was ready to send aid if asked. Forecasters expect more rain in the north through Tuesday.',
      '(Reporting by Jan Novak; Editing by Mark Hill)',
    ].join('\n\n'),
  },
  {
    id: 'floods-bbc',
    outlet: 'BBC News',
    url: 'https://www.bbc.co.uk/news/world-europe-70001234',
    publishedAt: date('2026-03-14T09:30:00Z'),
    title: 'Marovia floods: Dozens dead as rivers burst their banks - BBC News',
    text: [
      'At least 42 people have died in flash floods in northern Marovia, officials say.',
      'The disaster agency said more than 12,000 people had been forced from their homes in Kaldera province after three days of torrential rain.',
      'Rescuers used boats to reach stranded families. (Photo: Getty Images)',
      'President Ivo Marek has declared a state of emergency in the province and ordered the army to help evacuate residents.',
      'The floods are the worst to hit the region since 1998, when more than 100 people died in the same valley.',
      'Read more: How a warming climate is making floods worse',
    ].join('\n\n'),
  },
  {
    id: 'floods-ap',
    outlet: 'Associated Press',
    url: 'https://apnews.com/article/marovia-floods-kaldera-3b2c',
    publishedAt: date('2026-03-14T07:45:00Z'),
    title: 'Flash floods kill 42 in northern Marovia',
    text: [
      "KALDERA, Marovia (AP) — Flash floods killed at least 42 people in northern Marovia after three days of torrential rain, the country's disaster agency said Saturday.",
      'By Elena Varga',
      'The agency said rescue teams had reached most of the villages cut off by the water, but warned that the death toll could still rise as the water recedes. Mr. Marek, who visited Kaldera on Saturday, promised $50 million in emergency aid for families who lost their homes.',
      'Advertisement',
      '"We will rebuild every house and every bridge," Marek told reporters in Kaldera. "No family will be left alone."',
      'The Associated Press contributed to this report.',
    ].join('\n\n'),
  },
];

/** Hand-labelled: which articles state the fact a point carrying this phrase states. */
export const FLOODS_SUPPORT: Record<string, string[]> = {
  '12,000': ['floods-reuters', 'floods-bbc'],
  'state of emergency': ['floods-reuters', 'floods-bbc'],
  '$50 million': ['floods-ap'],
  // BBC reports the 42 dead but not "after three days of torrential rain" in that sentence.
  'killed at least 42': ['floods-reuters', 'floods-ap'],
};

const LONG_SENTENCE =
  'The central bank of Norland, which has been under pressure from exporters, trade unions, regional governors and a coalition of small business groups for most of the past year to do something about the strength of the currency, said on Thursday that it would cut its main interest rate by half a percentage point to 2.5 percent, its first cut since 2019, and signalled that more cuts could follow later this year if inflation kept falling.';

export const RATE_CUT: ContentDoc[] = [
  {
    id: 'rates-1',
    outlet: 'Norland Times',
    url: 'https://www.norlandtimes.example/economy/rate-cut',
    publishedAt: date('2026-05-07T12:00:00Z'),
    title: 'Norland central bank cuts rates for first time since 2019 - Norland Times',
    text: [
      LONG_SENTENCE,
      'The central bank cut its main interest rate by half a percentage point to 2.5 percent on Thursday.',
      'Governor Lise Aune said inflation had fallen faster than expected, to 2.1 percent in April.',
      'Exporters welcomed the move, saying the strong currency had cost them orders in Europe and Asia.',
    ].join('\n\n'),
  },
  {
    id: 'rates-2',
    outlet: 'Norland Times',
    url: 'https://www.norlandtimes.example/markets/currency-falls',
    publishedAt: date('2026-05-07T15:30:00Z'),
    title: 'Currency falls after surprise rate cut | Markets | Norland Times',
    text: [
      'The Norland krone fell 1.2 percent against the euro after the central bank cut its main rate to 2.5 percent.',
      'Analysts at two large banks said they now expected another cut in September.',
      'Governor Lise Aune said inflation had fallen faster than expected, to 2.1 percent in April.',
    ].join('\n\n'),
  },
];

export const UNDATED_NO_OUTLET: ContentDoc[] = [
  {
    id: 'u-1',
    outlet: '',
    url: 'https://www.example-news.test/a',
    publishedAt: null,
    title: '',
    text: 'Engineers reopened the Tarn bridge on Monday after six weeks of repairs to its main span. The bridge carries about 40,000 vehicles a day between the two halves of the city.',
  },
  {
    id: 'u-2',
    outlet: '',
    url: 'https://example-news.test/b',
    publishedAt: date('2026-02-02T08:00:00Z'),
    title: 'Tarn bridge reopens',
    text: 'The Tarn bridge reopened to traffic on Monday after six weeks of repairs to its main span, city officials said. Officials said the repairs cost 3 million euros.',
  },
  {
    id: 'u-3',
    outlet: '',
    url: '',
    publishedAt: date('2026-02-02T10:00:00Z'),
    title: '',
    text: 'Traffic returned to the Tarn bridge on Monday after six weeks of repairs to its main span, and commuters said journey times had halved.',
  },
  {
    id: 'u-4',
    outlet: '',
    url: 'not a url',
    publishedAt: date('2026-02-01T10:00:00Z'),
    title: '',
    text: 'City officials confirmed that the Tarn bridge reopened on Monday after six weeks of repairs to its main span.',
  },
];
