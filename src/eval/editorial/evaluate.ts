import { canonicalUrl } from '../../sources';
import { type Defect, type DefectKind, storyDefects } from './defects';
import type { LabelledArticle, LabelledEvent } from './fixture';
import type { EvaluatedEdition } from './run-editions';

/** The figures `npm run eval:editorial` ends with (one JSON line). */
export interface EditorialFigures {
  stories: number;
  stories_with_defect: number;
  junk_points: number;
  duplicate_points: number;
  dangling_points: number;
  speakerless_quotes: number;
  unsupported_citations: number;
  mixed_stories: number;
  duplicate_stories: number;
}

export interface StoryReport {
  edition: string;
  headline: string;
  events: string[];
  /** Each point as shown, with the outlets cited for it. */
  points: string[];
  defects: Defect[];
}

const FIGURE_OF: Partial<Record<DefectKind, keyof EditorialFigures>> = {
  junk_point: 'junk_points',
  duplicate_point: 'duplicate_points',
  dangling_point: 'dangling_points',
  speakerless_quote: 'speakerless_quotes',
  unsupported_citation: 'unsupported_citations',
  mixed_story: 'mixed_stories',
  duplicate_story: 'duplicate_stories',
};

function keyOf(url: string): string {
  return canonicalUrl(url, url) ?? url;
}

/** Every story of every edition against the labels; the figures and each story's defects. */
export function evaluateEditions(
  events: readonly LabelledEvent[],
  editions: readonly EvaluatedEdition[],
): { figures: EditorialFigures; stories: StoryReport[] } {
  const byUrl = new Map<string, LabelledArticle>();
  for (const event of events) for (const article of event.articles) byUrl.set(keyOf(article.url), article);
  const mainOf = new Map(events.map((event) => [event.event, event.main]));
  const figures: EditorialFigures = {
    stories: 0,
    stories_with_defect: 0,
    junk_points: 0,
    duplicate_points: 0,
    dangling_points: 0,
    speakerless_quotes: 0,
    unsupported_citations: 0,
    mixed_stories: 0,
    duplicate_stories: 0,
  };
  const reports: StoryReport[] = [];
  for (const { slot, content } of editions) {
    const seenEvents = new Map<string, number>();
    const stories = content.sections.flatMap((section) => section.stories);
    const perStory = stories.map((story) => {
      const articles = new Map<string, LabelledArticle>();
      for (const source of story.sources) {
        const article = byUrl.get(keyOf(source.url));
        if (article !== undefined) articles.set(source.articleId, article);
      }
      const events = [...new Set([...articles.values()].map((article) => article.event))];
      for (const event of events) seenEvents.set(event, (seenEvents.get(event) ?? 0) + 1);
      const main = new Set(events.flatMap((event) => mainOf.get(event) ?? []));
      return { story, events, defects: storyDefects({ story, articles, main }) };
    });
    for (const entry of perStory) {
      const repeated = entry.events.filter((event) => (seenEvents.get(event) ?? 0) > 1);
      if (repeated.length > 0)
        entry.defects.push({
          kind: 'duplicate_story',
          detail: `${repeated.join(', ')} is also another story of this edition`,
        });
      figures.stories++;
      if (entry.defects.length > 0) figures.stories_with_defect++;
      for (const defect of entry.defects) {
        const figure = FIGURE_OF[defect.kind];
        if (figure !== undefined) figures[figure]++;
      }
      reports.push({
        edition: slot.toISOString(),
        headline: entry.story.headline,
        events: entry.events,
        points: entry.story.points.map((point) => {
          const outlets = point.sources.map(
            (id) => entry.story.sources.find((source) => source.articleId === id)?.outlet ?? id,
          );
          // Each outlet once, as the email shows them (two reports of one outlet are one name).
          return `${point.text} [${[...new Set(outlets)].join(', ')}]`;
        }),
        defects: entry.defects,
      });
    }
  }
  return { figures, stories: reports };
}
