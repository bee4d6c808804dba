/**
 * The first draft of a 7-minute briefing, as rich text for the documents editor: background, what
 * happened (the key practice episodes), the findings, what they mean for practice and questions
 * for supervision. Every text from the review passes through its anonymiser here, so real names
 * are never written into the briefing; the author edits the draft afterwards.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dayInWords } from '../../../shared/dates/day-input';
import type { DocJson, DocNode } from '../../../shared/documents/model';
import { briefingWordsSchema, wordsForCategory, type BriefingWords } from '../../../shared/findings/briefing-questions';
import { reviewTypeLabels } from '../../../shared/reviews/catalogue';
import type { Review } from '../../../shared/reviews/types';
import type { Episode } from '../../../shared/chronology/views';
import { resourcesDir } from '../resources';
import type { PlanFinding } from './plan-read';

let shipped: BriefingWords | null = null;

/** The meanings and questions shipped with the app, checked when first read. */
export function briefingWords(): BriefingWords {
  shipped ??= briefingWordsSchema.parse(JSON.parse(readFileSync(path.join(resourcesDir, 'briefings', 'supervision-questions.json'), 'utf8')));
  return shipped;
}

const text = (words: string): DocNode[] => (words ? [{ type: 'text', text: words }] : []);
const paragraph = (words: string): DocNode => ({ type: 'paragraph', content: text(words) });
const heading = (words: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: text(words) });
const item = (...blocks: DocNode[]): DocNode => ({ type: 'listItem', content: blocks });
const bullets = (lines: string[]): DocNode => ({ type: 'bulletList', content: lines.map((line) => item(paragraph(line))) });

export interface BriefingSource {
  review: Review;
  /** The review's name as the briefing shows it (anonymised). */
  name: string;
  episodes: Episode[];
  findings: PlanFinding[];
  anonymise: (text: string) => string;
}

export function briefingContent({ review, name, episodes, findings, anonymise }: BriefingSource): DocJson {
  const words = briefingWords();
  const categories = [...new Set(findings.map((finding) => finding.category).filter((category): category is string => category !== null))];
  const meanings = categories.flatMap((category) => {
    const known = wordsForCategory(words, category);
    return known ? [`${category}: ${known.meaning}`] : [`${category}: say what this finding means for everyday practice.`];
  });
  const questions = [...categories.flatMap((category) => wordsForCategory(words, category)?.questions ?? []), ...words.general];
  return {
    type: 'doc',
    content: [
      heading('Background'),
      paragraph(background(review, name)),
      heading('What happened'),
      ...(episodes.length > 0
        ? [bullets(episodes.map((episode) => anonymise(episode.summary ? `${episode.title}: ${episode.summary}` : episode.title)))]
        : [paragraph('Describe briefly what happened, without names: the review has no key practice episodes to draw on yet.')]),
      heading('Findings'),
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: findings.map((finding) => item(paragraph(anonymise(finding.statement)), ...(finding.pattern ? [paragraph(`The pattern: ${anonymise(finding.pattern)}`)] : []))),
      },
      heading('What it means for practice'),
      meanings.length > 0 ? bullets(meanings) : paragraph('Say what the findings mean for everyday practice.'),
      heading('Questions for supervision'),
      bullets(questions),
    ],
  };
}

function background(review: Review, name: string): string {
  const kind = reviewTypeLabels[review.type] ?? 'Review';
  const when = review.dates.decision
    ? ` The decision to hold it was made on ${dayInWords(review.dates.decision)}.`
    : review.dates.referral
      ? ` It was referred on ${dayInWords(review.dates.referral)}.`
      : ' Add when it was commissioned.';
  return `This briefing is about ${name}, a ${kind.charAt(0).toLowerCase()}${kind.slice(1)}.${when} It sets out what the review found and what it means for practice, to be read and discussed in about seven minutes.`;
}
