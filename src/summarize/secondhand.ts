import { isMachineTranslated } from '../shared/text/page-notes';
import { isDiscussionThread, isFundraiser } from '../shared/text/threads';
import type { StoryModel } from './story-model';

/**
 * A review of other papers ("Kazakhstan press review — 13 November 2027", "Warsaw Papers Digest"):
 * what each paper reports, among other subjects of the day, in its translator's words.
 */
const PRESS_REVIEW =
  /\b(?:press|newspapers?|papers|media) (?:review|digest|round-?up)\b|\bwhat the papers say\b/i;

function isPressReview(doc: { title?: string | null; outlet?: string | null }): boolean {
  return PRESS_REVIEW.test(doc.title ?? '') || PRESS_REVIEW.test(doc.outlet ?? '');
}

/**
 * A congregation's or a club's notice sheet ("PARISH BULLETIN", "Sunday Bulletin – 19 December
 * 2027", "Boletín Parroquial"): its members' prayers, collections and rotas, with the news retold
 * for them among the notices.
 */
const COMMUNITY_BULLETIN =
  /\b(?:parish|church|chapel|congregation|fellowship|mosque|temple|synagogue|sunday|club|school|village|community)\s+(?:bulletin|notices|notice sheet|newsletter)\b|\bbolet[ií]n parroquial\b/i;

function isCommunityBulletin(doc: { title?: string | null; text?: string | null }): boolean {
  return COMMUNITY_BULLETIN.test(doc.title ?? '') || COMMUNITY_BULLETIN.test((doc.text ?? '').slice(0, 300));
}

/** Read once per story: extraction and the headline both ask. */
const found = new WeakMap<StoryModel, ReadonlySet<number>>();

/**
 * The articles whose sentences are no points, though they still count as support for what they
 * say: a machine's translation (page-notes.ts isMachineTranslated) while another outlet's own
 * words are in the story ("a landslide of ground of great ampleness occurred…"), and a discussion
 * thread (isDiscussionThread), a fundraising appeal (isFundraiser), a review of other papers
 * (isPressReview) or a community's notice sheet (isCommunityBulletin) whatever else the story holds, its users' posts, its organiser's telling or its
 * summaries of others' reports being no report of its own; a story of those alone has no
 * points, so no edition shows it until a report joins it.
 */
export function secondhandArticles(model: StoryModel): ReadonlySet<number> {
  const known = found.get(model);
  if (known !== undefined) return known;
  const read = readSecondhand(model);
  found.set(model, read);
  return read;
}

function readSecondhand(model: StoryModel): ReadonlySet<number> {
  const translated = new Set<number>();
  const secondhand = new Set<number>();
  model.articles.forEach((article, i) => {
    if (isMachineTranslated(article.doc.title ?? '', article.doc.text)) translated.add(i);
    if (
      isDiscussionThread(article.doc.text) ||
      isFundraiser(article.doc.text) ||
      isPressReview(article.doc) ||
      isCommunityBulletin(article.doc)
    )
      secondhand.add(i);
  });
  if (translated.size < model.articles.length) for (const i of translated) secondhand.add(i);
  return secondhand;
}
