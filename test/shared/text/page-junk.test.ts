import { articleSentences, cleanArticleText } from '../../../src/shared/text/article-text';
import { junkKind } from '../../../src/shared/text/page-junk';

// Shapes of page furniture, written for outlets and people that do not exist: each line is
// recognised by its shape (docs/summarization.md, "Cleaning"), never by its words.
describe('junkKind: page furniture by shape', () => {
  it.each([
    [
      'caption',
      'Fishermen haul nets onto the quay at dawn in Port Averne. (Lena Hoskins/Tidewater Press via AP)',
    ],
    ['caption', 'Smoke rises over the hills behind the refinery, July 9, 2026. REUTERS/Tomas Irvale'],
    ['credit', '(Photo: Getty Images)'],
    ['caption', 'Image alt: Dockworkers carry banners along the quay of Port Averne before the vote.'],
    ['credit', 'Photograph: Mara Delacroix/Northlight'],
    ['credit', 'Photos: Flooding across the northern valleys'],
    ['player', 'CLOSE'],
    ['player', 'Image 4 of 18'],
    ['player', 'Skip to content'],
    ['byline', 'By Orsolya Vantreck and Delphine Asuka'],
    ['byline', 'Lena Hoskins reported from Port Averne, Valmora, and Tomas Irvale from Geneva.'],
    ['bio', 'Orsolya Vantreck is a senior correspondent covering energy markets for the Meridian Ledger.'],
    ['notice', 'Sign up for our morning newsletter to get the day’s top stories in your inbox.'],
    ['gallery', 'Crowds gather outside the parliament building. hide caption'],
    ['prompt', 'Tap here to follow our live coverage on the app.'],
    ['related', 'Read more: Why the harbour strike is spreading'],
    ['timestamp', 'Updated 14:32 GMT, 4 March 2026'],
    ['copyright', '© 2026 Meridian Ledger. All rights reserved.'],
    ['caption', 'Villagers flee on motorbikes as ash rises from the volcano on Tuesday morning.'],
    ['caption', 'Coast guard officers carry a body bag at the port of Averne on December 8, 2026.'],
    ['caption', 'Prime Minister Alda Korvin arrives for talks in Veldor on 6 December 2026.'],
    ['caption', 'Delegates sign the ceasefire agreement in Veldor, Carinth, on Sunday.'],
    [
      'caption',
      'A health worker in protective gear sprays insecticide in a street in Averne, where hospitals are overwhelmed.',
    ],
    ['correction', 'A previous version of this article misstated the number of people detained.'],
    ['correction', 'Eds: UPDATES death toll to at least 11; ADDS rescue details, regulator comment.'],
    ['related', '[Video] Watch: dockworkers march through Port Averne'],
    ['prompt', 'Our journalism relies on your support. Become a member today.'],
    ['prompt', 'Have a tip? Write to the newsroom.'],
    ['prompt', 'Republish this story for free under a Creative Commons licence.'],
    ['bio', 'She covers the Valmoran coast and its ports.'],
    ['byline', 'Additional reporting by Tomas Irvale in Port Averne.'],
    ['credit', '(FILE PHOTO)'],
    ['credit', 'Source: Lumen Images'],
    ['credit', 'Credit...Mara Delacroix for the Meridian Ledger'],
    ['notice', 'Media requires JavaScript to play.'],
    ['copyright', 'All Rights Reserved.'],
    ['prompt', 'Follow live updates here.'],
    ['prompt', 'This article is part of our coverage of the harbour strike.'],
    ['player', 'Show key events only'],
    ['related', 'Go deeper: Why the harbour strike is spreading'],
    ['notice', 'The goal is to fix all broken links on the web.'],
    ['notice', 'Crawls of supported "No More 404" sites.'],
    [
      'caption',
      'A dock worker clears ice from a mooring line after a night of freezing rain closed the port, Tuesday, Jan. 12, 2027, in Port Averne, Valmora.',
    ],
    ['prompt', 'CLICK HERE to find out more about the harbour strike fund.'],
    ['prompt', 'Watch the mayor’s visit to the flooded quay in the clip above.'],
    ['prompt', 'Anyone with information about the fire should contact Port Averne police on 555-0142.'],
    ['prompt', 'From the first picket to the final vote, here are 12 moments that shaped the strike.'],
    ['prompt', 'Get more Port Averne Tonight:'],
    ['notice', 'By continuing to browse the site you agree to our use of cookies.'],
    ['notice', 'We and our 812 partners store and access information on your device, such as cookies.'],
    ['copyright', 'Reproduction, redistribution or resale prohibited without written permission.'],
    ['copyright', 'When using materials, a hyperlink to tidewater.example is required.'],
    ['correction', '(Adds union comment in paragraphs 8-9, share move in paragraph 11)'],
    ['correction', 'The information is being updated.'],
    ['transcript', 'Good morning and welcome to our live coverage of the vote in Veldor.'],
    ['prompt', 'Subscribe to the Tidewater Post daily digest and never miss a story.'],
    ['bio', 'Lena Hoskins is Tidewater Post’s Veldor correspondent.'],
    ['bio', 'She previously covered Carinth and Valmora.'],
    ['caption', 'PRESS photo: Ivo Marten A police car outside the museum in Veldor on Sunday.'],
    ['caption', 'Ivo Marten in front of one of his murals in 2018.'],
    ['caption', 'Lena Hoskins lifts the trophy at Serdova Palace.'],
    ['caption', 'A nurse prepares an infusion at a clinic in Veldor.'],
    ['caption', 'The Valmora Steel plant in Serdova, Veldor.'],
    ['prompt', 'Report a flooded road or a missing person: 031 000 0000 (24 hours).'],
    ['prompt', 'WhatsApp the newsroom: send us your flood pictures and videos on 060 000 0000.'],
    ['prompt', 'Open in the Tidewater app for live updates on this story.'],
    ['notice', 'Water outage schedule for Wednesday: Phoenix, Verulam, Tongaat, Serdova.'],
    [
      'player',
      'AP 3 of 40 Skip in Skip x Embed x Share CLOSE The dockworkers’ strike entered its second week as talks stalled | 1:09 Dockworkers voted on Tuesday to stay out.',
    ],
  ])('%s: %s', (kind, line) => {
    expect(junkKind(line)).toBe(kind);
  });

  // What such rules must never take: news sentences that share a word or a form with furniture.
  it.each([
    'The agency said the photo had been taken by a soldier at the border crossing on Monday.',
    'Officials told Reuters that talks would resume in Geneva on Thursday.',
    'The minister, who was updated on the crisis at 14:00, ordered an evacuation of 3,000 people.',
    'Residents fled on Tuesday morning as the river burst its banks, the mayor said.',
    'By the end of the week, more than 200 homes had been destroyed.',
    'The company said it would close three plants and cut 4,500 jobs by 2027.',
    'A court in Valmora sentenced the former governor to nine years in prison on Wednesday.',
    'Read the full statement, the spokesman urged reporters, before drawing conclusions.',
    'Lena Hoskins reported from the scene that three buildings had collapsed.',
    'The treaty, signed on March 3, 2021, in Geneva, expires next year.',
    'The strike began on Tuesday, Jan. 12, 2027, and has closed the port.',
    'The new toll system comes into force on January 1, 2027.',
    'Voters in Valmora go to the polls on 14 March 2027.',
    'Unions call off the strike after a deal on Saturday, ending three days of protest.',
    'Delegates signed the ceasefire agreement in Veldor on Sunday.',
    'Officials say the bridge will reopen on Monday.',
    'Talks between the two sides resume in Veldor on Monday.',
    'A new law bans smoking in bars in Veldor from January.',
    'A spokesman who holds the keys said the museum in Veldor would stay shut.',
    'Police urged anyone with information to call them, the mayor said on Monday.',
    'Here is the minister’s full answer, the spokesman said, before reading it out.',
    'The union shared a video of the march on Tuesday, and the company said it would close two depots.',
    // Irregular pasts narrate as "-ed" does: a short report is no present-tense scene.
    'A ferry sank off the coast on Friday.',
    'A man fled the village with his children on Sunday.',
    // Present tense, a list after a colon, a number: news told so stays.
    'Lena Hoskins in an interview says the plan will fail.',
    'Valmora holds talks with Veldor in Serdova.',
    'The Veldor central bank raises interest rates in Serdova.',
    'Lena Hoskins waves off concerns in parliament in Serdova.',
    'A new law bans smoking in bars in Veldor from January.',
    'Officials named the victims: Anna Li, Tom Wu and Sara Kim.',
    'The death toll in Serdova rose to 21.',
    'Between 2,000 and 3,000 people marched on Monday, police said.',
  ])('news text is not furniture: %s', (sentence) => {
    expect(junkKind(sentence)).toBeNull();
  });
});

describe('cleanArticleText', () => {
  it('keeps the news and drops the furniture around it, paragraph by paragraph', () => {
    const raw = [
      'By Delphine Asuka',
      'Updated 08:15 GMT, 2 June 2026',
      'Rescue teams pulled 14 survivors from a collapsed apartment block in Serdova on Monday, the city’s emergency service said.',
      'Rescuers search the rubble of the building in Serdova on Monday. (Ivo Marten/Serdova Daily via AP)',
      'Sign up for our newsletter to get breaking news in your inbox.',
      'The block, built in 1974, had been declared unsafe last year.',
    ].join('\n\n');
    const clean = cleanArticleText(raw);
    expect(clean).toContain('Rescue teams pulled 14 survivors');
    expect(clean).toContain('had been declared unsafe last year');
    expect(clean).not.toMatch(/Delphine|Updated|Ivo Marten|newsletter/);
  });

  it('drops the lines that are not sentences in a body of sentences, and keeps a body that has none', () => {
    const raw = [
      'Lena Hoskins, Veldor',
      'Image source, Lumen Images',
      'Image caption, Relatives have kept vigil at the edge of the pit since Saturday',
      'Police in Carinth have arrested the man they say ran an illegal mining pit that collapsed on Saturday.',
      'He was detained in Veldor on Monday morning, a police spokesman said.',
      'Related Topics',
      'Carinth Mining Gold',
      'Twelve dead as illegal mine pit collapses in Carinth',
    ].join('\n\n');
    expect(cleanArticleText(raw)).toBe(
      'Police in Carinth have arrested the man they say ran an illegal mining pit that collapsed on Saturday.\n\nHe was detained in Veldor on Monday morning, a police spokesman said.',
    );
    const tweet = 'Ferry fire off Mindoro kills 7 #breaking';
    expect(cleanArticleText(tweet)).toBe(tweet);
  });

  it('drops a caption the sentence splitter parted from its credit, and the summary box after it', () => {
    const raw = [
      'Elementary school students, some escorted by parents, cross a snowy street en route to school as a blizzard dropped snow over Serdova, Val., on Wednesday. (Photo: Ivo Marten AP) Story Highlights Parts of Valmora hit with more than a foot of snow',
      'What we know so far: The storm has killed eight people in three provinces.',
      'Key points Flights grounded at Serdova airport',
      'A major snowstorm sweeping across Valmora has left at least eight people dead and clogged highways.',
      'Highlights of the week included a late goal in the cup final, the coach said.',
    ].join('\n\n');
    expect(articleSentences(raw).flat()).toEqual([
      'The storm has killed eight people in three provinces.',
      'A major snowstorm sweeping across Valmora has left at least eight people dead and clogged highways.',
      'Highlights of the week included a late goal in the cup final, the coach said.',
    ]);
    expect(junkKind('Story Highlights Parts of Valmora hit with more than a foot of snow')).toBe('related');
  });

  it('drops a picture described with no verb, an "Image caption" line and a text announced "below"; parts a quote glued to the next sentence', () => {
    const text = [
      'Scientists have identified the oldest brachiosaur foot found in Valmora.',
      'A photo from the 1998 excavation, with the foot bones below a tail of another dinosaur.',
      'Image caption Paul Conroy was smuggled across the border into Lebanon.',
      'Below is a quick explanation of the syndrome, often enough to share with friends.',
      'Ziegenhorn said, "It\'s not a story the industry wants to get out."Anne keeps a video on her phone.',
      'A photographer from the paper was there.',
    ].join('\n\n');
    const sentences = articleSentences(text).flat();
    expect(sentences).toEqual([
      'Scientists have identified the oldest brachiosaur foot found in Valmora.',
      'Ziegenhorn said, "It\'s not a story the industry wants to get out."',
      'Anne keeps a video on her phone.',
      'A photographer from the paper was there.',
    ]);
  });

  it('cuts a dateline whose agency is followed by a stop, or whose place names its country in brackets', () => {
    const clean = cleanArticleText(
      [
        'SERDOVA, Dec. 15 (OPA).– At least nine people were killed when a building collapsed.',
        'Serdova (Valmora) (OPA) - Dozens more were feared trapped.',
        'John Reyes (R-Val.) said the bill would pass.',
      ].join('\n\n'),
    );
    expect(clean.split('\n\n')).toEqual([
      'At least nine people were killed when a building collapsed.',
      'Dozens more were feared trapped.',
      'John Reyes (R-Val.) said the bill would pass.',
    ]);
  });

  it("drops a broadcaster's transcript disclaimer and a pointer to a form below", () => {
    const clean = cleanArticleText(
      [
        'Lawmakers in Serdova voted on Tuesday to make the day a public holiday.',
        'Valmora Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. The authoritative record of Valmora Radio’s programming is the audio record.',
        'Click below to sign the petition.',
      ].join('\n\n'),
    );
    expect(clean).toBe('Lawmakers in Serdova voted on Tuesday to make the day a public holiday.');
  });

  it('drops a caption that names people at an occasion with no verb, and a timestamp in another language', () => {
    const clean = cleanArticleText(
      [
        'Kazakhstan and Kyrgyzstan signed a ten-year deal on Monday to swap summer water for winter power.',
        'Arman Kenzhebek and Bakyt Osmonaliev at the signing in Bishkek.',
        'Actualizado el 17 de diciembre de 2026 - 05:10 p. m.',
        'Kenya on Monday banned imports of maize from Uganda.',
        'Trading opens at 09:30 on Thursday, the exchange said.',
      ].join('\n\n'),
    );
    expect(clean).not.toMatch(/at the signing|Actualizado/);
    expect(clean).toContain('Kenya on Monday banned imports');
    expect(clean).toContain('Trading opens at 09:30');
  });

  it("drops a video's title and running time glued before a sentence, and brackets a cut link left empty", () => {
    const clean = cleanArticleText(
      [
        'Wedding costs soar to new highs (3:40) As couples feel better about the economy, spending on weddings is rising.',
        'The only black leopard recorded in Valmora so far was seen in 2019 ().While such cats live across the region, the peninsula is unique.',
        'The talks resume at 10:30 (local time) on Friday.',
      ].join('\n\n'),
    );
    expect(clean).toMatch(/^As couples feel better/);
    expect(clean).not.toMatch(/3:40|\(\)/);
    expect(clean).toContain('seen in 2019.');
    expect(clean).toContain('While such cats live');
    expect(clean).toContain('The talks resume at 10:30 (local time) on Friday.');
  });

  it("drops a player's words glued before a sentence, and keeps a sentence that opens with such a word", () => {
    const clean = cleanArticleText(
      [
        'CLOSE Skip in Skip x Embed x Share A former Valmora police officer accused of faking a shootout was found dead in his home on Thursday.',
        'Now more than ever, the town needs help, the mayor said.',
      ].join('\n\n'),
    );
    expect(clean).toMatch(/^A former Valmora police officer/);
    expect(clean).not.toMatch(/CLOSE|Skip|Embed/);
    expect(clean).toContain('Now more than ever, the town needs help');
  });

  it('cuts a label, a shouted player word or a bare place left of a dateline off a sentence', () => {
    const clean = cleanArticleText(
      [
        'Updated | Dockworkers in Port Averne voted on Tuesday to end their strike.',
        'CLOSE Ships began moving again on Wednesday morning.',
        'Email This Harbour pilots returned to work on Thursday.',
        'Share this story with a friend or colleague who works at the port.',
        'VELDOR/OSK (Wire) - Harbour unions in both ports voted to return to work.',
        'VELDOR—The port authority reopened the northern quay.',
        'EU—Valmora talks on port fees resumed on Monday.',
        'PORT AVERNE The port authority said 40 ships were waiting.',
      ].join('\n\n'),
    );
    expect(clean).toMatch(/^Dockworkers in Port Averne voted/);
    expect(clean).toContain('\n\nShips began moving again');
    expect(clean).toContain('\n\nThe port authority said');
    expect(clean).toContain('\n\nHarbour pilots returned to work');
    expect(clean).not.toMatch(/Email This|colleague|VELDOR/);
    expect(clean).toContain('\n\nHarbour unions in both ports');
    expect(clean).toContain('\n\nThe port authority reopened');
    expect(clean).toContain('EU—Valmora talks');
    expect(clean).not.toMatch(/Updated|CLOSE|PORT AVERNE/);
  });

  it('ends the body at a heading that opens the closing boilerplate ("About Ratana Foods Group")', () => {
    const raw = [
      'VELDOR, Jan. 8, 2027 -- Ratana Foods Group agreed to buy a 68 percent stake in Osk Lax hf., an Icelandic salmon farmer, for 276 million dollars.',
      'About 180 people work at Osk Lax, which harvested 14,200 tonnes of salmon last year.',
      'About Ratana Foods Group',
      'Founded in 1974, Ratana Foods Group is one of the leading food companies in the region.',
      'About Osk Lax hf.',
      'Osk Lax is a salmon farming company headquartered in Bildudalur.',
      'Media contacts',
    ].join('\n\n');
    const clean = cleanArticleText(raw);
    // "About 180 people…" opens a sentence, not a heading.
    expect(clean).toContain('About 180 people work at Osk Lax');
    expect(clean).not.toMatch(/Founded in 1974|headquartered|Media contacts/);
    // A heading of the first paragraph closes nothing.
    expect(
      cleanArticleText(
        'About Ratana Foods Group\n\nRatana Foods Group agreed to buy a salmon farmer on Friday.',
      ),
    ).toContain('agreed to buy');
  });

  it("drops a box's labelled entry (a fact-check's claim, a podcast's guest) and keeps a place's dateline", () => {
    const raw = [
      'Claim: Hackers have emptied every Osk Cash account, and customers should withdraw their money.',
      'Rating: NO EVIDENCE',
      'Verdict: The message is false.',
      'Guest: Ines Carrasco, author of The River Letter.',
      'Outage: The service was down for 19 hours, the operator said.',
      'Dhaka: The death toll from the depot fire rose to 31 on Wednesday, officials said.',
      'A voice note circulated widely on Monday while the service was down, and its claim spread.',
      'The operator blamed a failed software update for the outage.',
      'The page continued: "We are lost."',
    ].join('\n\n');
    const sentences = articleSentences(raw).flat();
    expect(sentences.join(' ')).not.toMatch(/Hackers|Verdict|Carrasco|Outage:/);
    // "Dhaka" is never written in lower case: a place, not a label; a quote's introduction stays.
    expect(sentences).toContain(
      'Dhaka: The death toll from the depot fire rose to 31 on Wednesday, officials said.',
    );
    expect(sentences).toContain('The page continued: "We are lost."');
  });

  it("drops a page's notes about itself: an update note, an appeal for money, a writer's career, the outlet describing itself", () => {
    const raw = [
      'Residents blocked the Six Roads junction with empty buckets for about two hours on Tuesday.',
      'UPDATED 3:55 pm with comments from the Ministry of Education.',
      'Updated figures from the water authority show 11 stations below half their output.',
      'Donate to the Stranding Response Fund: $25 buys a cooling sheet for a stranded whale.',
      'Imogen Sayers covered construction and infrastructure for a news agency in Seoul and Toronto for 14 years. In 2022 she revealed a cost overrun on a metro line.',
      'Mayor Ana Ruiz covered the cost of the repairs from the city budget.',
      'Tohora Watch is a registered charity that trains volunteers to respond to strandings.',
    ].join('\n\n');
    const sentences = articleSentences(raw, { outlet: 'Tohora Watch' }).flat();
    expect(sentences.join(' ')).not.toMatch(/UPDATED|Donate|Sayers|In 2022 she|registered charity/);
    expect(sentences).toContain(
      'Updated figures from the water authority show 11 stations below half their output.',
    );
    expect(sentences).toContain('Mayor Ana Ruiz covered the cost of the repairs from the city budget.');
    // Another outlet's page may describe the charity as news.
    expect(articleSentences(raw).flat().join(' ')).toMatch(/registered charity/);
  });

  it('cuts a Korean wire\'s "(Seoul=GNA) --" dateline and leaves an "=" inside a sentence alone', () => {
    expect(
      articleSentences(
        '(Seoul=GNA) -- Sorae E&C Co. said Friday it will acquire a Canadian engineering firm.',
      ).flat(),
    ).toEqual(['Sorae E&C Co. said Friday it will acquire a Canadian engineering firm.']);
    expect(articleSentences('The index (2020=100) rose to 112 in March.').flat()).toEqual([
      'The index (2020=100) rose to 112 in March.',
    ]);
  });

  it("drops the one-sentence caption under a gallery's counter, and keeps the news after it", () => {
    const raw = [
      'Image 2 of 6',
      'Kayaks pulled up on the limestone at the Velmar lake entrance.',
      'Rangers closed the lake to visitors on Monday for 90 days.',
      'Photo 3/6',
      'A ranger checks the gate.',
    ].join('\n\n');
    expect(articleSentences(raw).flat()).toEqual([
      'Rangers closed the lake to visitors on Monday for 90 days.',
    ]);
    // Without a counter above it, a short line of prose stays.
    expect(
      articleSentences('Rangers closed the lake on Monday.\n\nA ranger checks the gate.').flat(),
    ).toEqual(['Rangers closed the lake on Monday.', 'A ranger checks the gate.']);
  });

  it("drops a page's closing line on its guest's job and a music credit; keeps a closing line of news", () => {
    const interview = [
      'Scientists have described a new eyeless beetle from a railway tunnel in Velmar.',
      'Music: “Damp Stone” by The Karst Quartet.',
      'Costanza Ferretti-Bacci is lead entomologist at the Istituto di Biospeleologia Velmara.',
    ].join('\n\n');
    expect(articleSentences(interview).flat()).toEqual([
      'Scientists have described a new eyeless beetle from a railway tunnel in Velmar.',
    ]);
    for (const closing of [
      'Kestrel Ridge is cooperating fully with the Minerals Commission.',
      'The Bruce Highway is cut at the Herbert River.',
      'Maria Lopez is the new chief executive of Acme Holdings.',
    ])
      expect(articleSentences(`Floods hit Velmar on Monday.\n\n${closing}`).flat()).toEqual([
        'Floods hit Velmar on Monday.',
        closing,
      ]);
    // Not the last paragraph: the same line stays.
    expect(
      articleSentences(
        'Costanza Ferretti-Bacci is lead entomologist at the Istituto di Biospeleologia Velmara.\n\nShe found the beetle on Monday.',
      ).flat(),
    ).toHaveLength(2);
  });
});
