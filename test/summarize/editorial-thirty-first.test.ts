import { noteKind } from '../../src/shared/text/page-notes';
import { LONG_STANDING, USUAL_RATE } from '../../src/summarize/scene-openings';

// Shapes from the thirty-first round of labelled sets (test/fixtures/editorial-thirty-first).

describe("a page's word on when it will say more, and on its own timetable", () => {
  it.each([
    'The next situation update will be issued if the flooding spreads.',
    'Memorial arrangements will be announced once the families have been told.',
    'The fire danger map for the southern districts is updated every afternoon at 4:00.',
    'Tidewatch note: position set to ANCHORED following harbour notice 12/2027.',
    'Evening mass on 9 March will be held at 6 pm as usual, with prayers for the crew.',
    'RouteCheck is not an official air traffic information service.',
    'Always consult official notices before sailing.',
    'On the line from Lautoka is the district officer, Mere Naivalu.',
    'Harbour Hour airs every Saturday at 9:00 on 101.7 FM and online.',
    'Cabin upgrades can be booked from Monday in the Seabright app or at the Guest Services desk.',
  ])('is a note of the page: %s', (line) => {
    expect(noteKind(line)).not.toBeNull();
  });

  it.each([
    'The next round of talks will be held in Geneva in March.',
    'The government will announce details of the aid package on Monday.',
    'Rail services will resume on the coast line on Monday, the operator said.',
    'Tickets for the rescheduled match went on sale on Friday.',
  ])('leaves news alone: %s', (line) => {
    expect(noteKind(line)).toBeNull();
  });
});

describe('a tally over past years and a usual rate', () => {
  it('open as background, not as what happened', () => {
    expect(
      LONG_STANDING.test(
        'Landslides have killed at least 40 people in the valley in the past three decades.',
      ),
    ).toBe(true);
    expect(LONG_STANDING.test('The landslide has killed 12 people in the past two days.')).toBe(false);
    expect(USUAL_RATE.test('About 1,200 trucks a day cross the bridge on their way to the port.')).toBe(true);
    expect(USUAL_RATE.test('About 1,200 people a day were evacuated across the bridge.')).toBe(false);
  });
});
