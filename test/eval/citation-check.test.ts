import { checkCitations, missingFromArticle } from '../../src/eval/citation-check';
import { summarizeStory } from '../../src/summarize/index';
import { FLOODS, TRAM_TEXTS } from './citation-fixtures';

describe('independent citation check', () => {
  const summary = summarizeStory(FLOODS, { maxPoints: 8 });

  it('accepts every citation the summarizer makes on a three-outlet story', () => {
    const report = checkCitations(FLOODS, summary.points);
    expect(report.citations).toBeGreaterThan(summary.points.length);
    expect(report.failures).toEqual([]);
  });

  it('fails a citation moved to an outlet that did not report the point', () => {
    // Planted error: the $50 million pledge is only in the AP text; cite the BBC for it too.
    const pledge = summary.points.find((point) => point.text.includes('$50 million'));
    expect(pledge).toBeDefined();
    const planted = [{ text: pledge?.text ?? '', sources: ['floods-ap', 'floods-bbc'] }];
    const report = checkCitations(FLOODS, planted);
    expect(report.supported).toBe(1);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]?.articleId).toBe('floods-bbc');
    expect(report.failures[0]?.missing).toContain('50');
  });

  it('reads a name written without its accents as the same name, and a changed name as missing', () => {
    const text = 'Transport Minister Gloria Estupinan said she had ordered a review of the viaduct.';
    expect(
      missingFromArticle('Transport Minister Gloria Estupiñán ordered a review of the viaduct.', text),
    ).toEqual([]);
    expect(
      missingFromArticle('Transport Minister Gloria Estrada ordered a review of the viaduct.', text),
    ).toEqual(['estrada']);
  });

  it('reads a verb with its doubled consonant as the verb, and still fails a changed verb', () => {
    const text = 'Replacement buses run between Tarnby Station and Holm Station, eight round trips a day.';
    expect(
      missingFromArticle('Replacement buses are running between Tarnby Station and Holm Station.', text),
    ).toEqual([]);
    const stopped = 'Trains stopped at Holm on Monday after the flood.';
    expect(missingFromArticle('Trains stop at Holm.', stopped)).toEqual([]);
    expect(
      missingFromArticle('Replacement buses are sitting between Tarnby Station and Holm Station.', text),
    ).toContain('~sit');
  });

  it('reads a sum with its currency letters written on as the sum', () => {
    const text = 'The court set bail of 500,000 Egyptian pounds pending an appeal, the sources said.';
    expect(missingFromArticle('The court set bail of EGP500,000 pending appeal.', text)).toEqual([]);
    expect(missingFromArticle('The court set bail of EGP600,000 pending appeal.', text)).toEqual(['600000']);
  });

  it('fails a point whose figure, name or words were changed', () => {
    const [twelve, fourteen] = TRAM_TEXTS;
    expect(missingFromArticle('A tram derailed in central Valdor, injuring 12 people.', twelve)).toEqual([]);
    expect(missingFromArticle('A tram derailed in central Valdor, injuring 14 people.', twelve)).toContain(
      '14',
    );
    expect(missingFromArticle('A tram derailed in central Marovia, injuring 12 people.', twelve)).toContain(
      'marovia',
    );
    // Names and figures right, the claim wrong: most of the point's words are missing.
    expect(
      missingFromArticle('Valdor officials closed 12 schools and cancelled every flight on Monday.', twelve)
        .length,
    ).toBeGreaterThan(0);
    expect(
      missingFromArticle('A tram came off the rails in central Valdor, injuring 14 people.', fourteen),
    ).toEqual([]);
  });

  it('does not credit a passage that reports the opposite: a reply the article says never came', () => {
    const article =
      'The ministry did not respond to a request for comment on Monday.\n\nThe strike is set to last two days.';
    expect(missingFromArticle('The ministry responded to the request on Monday.', article)).toContain(
      '(polarity)',
    );
    expect(missingFromArticle('The ministry did not respond to the request on Monday.', article)).toEqual([]);
  });

  it('does not credit a denial to a passage that states the fact, whatever else it denies nearby', () => {
    const article =
      'The ministry confirmed the strike on Monday.\n\nIt did not say how long the walkout would last.';
    expect(missingFromArticle('The ministry did not confirm the strike on Monday.', article)).toContain(
      '(polarity)',
    );
  });

  it('reads "No." before a figure as a number, not a denial, and still refuses a denial', () => {
    const point =
      'The Mayor is instructed to award the contract for zone enforcement cameras within six months.';
    expect(
      missingFromArticle(
        point,
        'Decision No. 413: The Mayor is instructed to award the contract for zone enforcement cameras within six months.',
      ),
    ).toEqual([]);
    expect(
      missingFromArticle(
        point,
        'Decision 413: No mayor is instructed to award the contract for zone enforcement cameras within six months.',
      ),
    ).toContain('(polarity)');
  });

  it('reads "ruled out" as a denial', () => {
    const article =
      'Finance minister Jana Pichler has ruled out new taxes to meet the targets.\n\nThe court gave parliament until 2027.';
    expect(missingFromArticle('Pichler has ruled out new taxes to meet the targets.', article)).toEqual([]);
    expect(missingFromArticle('Pichler has proposed new taxes to meet the targets.', article)).toContain(
      '(polarity)',
    );
  });

  it('reads figures written out as figures and keeps multi-sentence quotes whole', () => {
    expect(
      missingFromArticle('Six million people lost power.', 'About 6 million people lost power on Monday.'),
    ).toEqual([]);
    const quote = '"We are searching. We will not stop," said Commodore Arnel Dizon of the coast guard.';
    expect(missingFromArticle(quote, `Rescue boats went out again.\n\n${quote}`)).toEqual([]);
  });

  it('keeps a quote ending in ! with its named speaker, and a repeated phrase does not read as a denial', () => {
    const tweet =
      'The president boasted about the rally.\n\n“Markets are at a record. That doesn’t just happen!” he tweeted last August.';
    expect(
      missingFromArticle(
        '“Markets are at a record. That doesn’t just happen!” Harlan tweeted last August.',
        `Harlan spoke.\n\n${tweet}`,
      ),
    ).toEqual([]);
    // The same point with its denial planted away is still refused.
    expect(
      missingFromArticle(
        '“Markets are at a record. That does just happen!” Harlan tweeted last August.',
        `Harlan spoke.\n\n${tweet}`,
      ),
    ).toContain('(polarity)');
    const thanks =
      '“We are grateful to all of you. Grateful we did not go to jail and that we have shoes,” said Ruth Okoro.';
    expect(missingFromArticle(thanks, `The officer paid for the shoes.\n\n${thanks}`)).toEqual([]);
  });

  it('finds a quote\'s last sentence of names and small words by all its words, the name put in for "she" standing earlier', () => {
    const article =
      'Ms Brathwaite said the emergency powers would allow the State to commandeer water trucks.\n\n“No islander should have to choose between bathing and cooking. That is not who we are,” she said.';
    expect(
      missingFromArticle(
        '“No islander should have to choose between bathing and cooking. That is not who we are,” Brathwaite said.',
        article,
      ),
    ).toEqual([]);
    // The same point with its denial planted away is still refused.
    expect(
      missingFromArticle(
        '“No islander should have to choose between bathing and cooking. That is who we are,” Brathwaite said.',
        article,
      ),
    ).toContain('(polarity)');
  });

  it('takes the speaker "he" stands for from a few sentences before, past a caption in between, and no one else', () => {
    const article = [
      'The train came off the tracks on a curve between Ella and Demodara stations, police spokesman Nalin Gunasekera said.',
      'Rescuers carry an injured passenger up a muddy slope near Ella after the derailment.',
      'Picture: ONA',
      'The Colombo-to-Badulla service was running about 20 minutes late.',
      'Three carriages left the rails and two of them slid about 30 metres down a slope into a tea estate, he said.',
    ].join('\n\n');
    const point =
      'Three carriages left the rails and two of them slid about 30 metres down a slope into a tea estate, Gunasekera said.';
    expect(missingFromArticle(point, article)).toEqual([]);
    expect(missingFromArticle(point.replace('Gunasekera', 'Senanayake'), article)).toContain('senanayak');
    // Without "he said" the name must stand in the passage itself.
    expect(missingFromArticle(point, article.replace(', he said.', '.'))).toContain('gunasekera');
  });

  it('reads a noun of an act as its verb ("an investigation", "to investigate"), and still refuses another act', () => {
    const article = [
      '10:05 p.m.',
      'Energy Minister Ana Villar has ordered the Electricity Regulatory Board to open an investigation into the blackout.',
    ].join('\n\n');
    expect(
      missingFromArticle(
        'Ana Villar said she had ordered the electricity regulator to investigate.',
        article,
      ),
    ).toEqual([]);
    expect(
      missingFromArticle(
        'Energy Minister Ana Villar said she had ordered the Electricity Regulatory Board to resign.',
        article,
      ),
    ).not.toEqual([]);
  });

  it('reads a word a printed page broke at its line end whole, and still refuses another day', () => {
    const article = 'A Zvolen re- storer was found guilty on Wednes- day of selling a fake altar panel.';
    const point = 'A Zvolen restorer was found guilty on Wednesday of selling a fake altar panel.';
    expect(missingFromArticle(point, article)).toEqual([]);
    expect(missingFromArticle(point.replace('Wednesday', 'Thursday'), article)).toContain('thursday');
  });

  it('reads clauses joined by a semicolon one by one, and still refuses a denial planted in one', () => {
    const twoSentences =
      'No one was killed.\n\nTwo firefighters were treated for smoke inhalation and discharged.';
    const oneSentence = 'Nobody was killed; two firefighters were treated for smoke inhalation.';
    const point = 'Nobody was killed; two firefighters were treated for smoke inhalation.';
    expect(missingFromArticle(point, twoSentences)).toEqual([]);
    expect(missingFromArticle(point, oneSentence)).toEqual([]);
    const planted = 'Nobody was killed; two firefighters were not treated for smoke inhalation.';
    expect(missingFromArticle(planted, twoSentences)).toContain('(polarity)');
    expect(missingFromArticle(planted, oneSentence)).toContain('(polarity)');
    expect(
      missingFromArticle(
        'Somebody was killed; two firefighters were treated for smoke inhalation.',
        oneSentence,
      ),
    ).toContain('(polarity)');
  });

  it('finds a denial told in other words by what it denies, and still refuses a denial of what the passage states', () => {
    const point =
      'Tarrowgate says the pond held process water and fine sediment from gravity separation, with no chemicals.';
    const release =
      'The pond contained process water and fine sediment from gravity separation; no chemical reagents are used at the plant.';
    const report =
      'A spokesperson said the pond held only process water and fine sediment, since the plant uses gravity separation rather than chemicals.';
    expect(missingFromArticle(point, release)).toEqual([]);
    expect(missingFromArticle(point, report)).toEqual([]);
    // A denial of what the release states, planted, is refused.
    const planted =
      'Tarrowgate says the pond held no process water and fine sediment from gravity separation.';
    expect(missingFromArticle(planted, release)).toContain('(polarity)');
    // "rather than" denies only what follows it.
    expect(
      missingFromArticle(
        'A spokesperson said the plant does not use gravity separation and the pond held process water and fine sediment.',
        report,
      ),
    ).toContain('(polarity)');
  });

  it('reads a denial joined by ", but" as its own clause, and still refuses the opposite', () => {
    const article =
      'The State Police have started criminal proceedings over a possible breach of construction rules. Nobody has been named as a suspect.';
    const point =
      'The State Police have opened criminal proceedings over a possible breach of construction rules, but no suspects have been named.';
    expect(missingFromArticle(point, article)).toEqual([]);
    const affirmed =
      'The State Police have started criminal proceedings over a possible breach of construction rules. Two men have been named as suspects.';
    expect(missingFromArticle(point, affirmed)).not.toEqual([]);
  });
});
