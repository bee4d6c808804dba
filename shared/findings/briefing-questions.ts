/**
 * The words a 7-minute briefing is made with (resources/briefings/supervision-questions.json):
 * per finding category, what it means for practice and questions for supervision, and general
 * questions for every briefing. Checked when read, as the question sets are.
 */
import { z } from 'zod';

const sentence = z.string().trim().min(1).max(500);

export const briefingWordsSchema = z
  .object({
    categories: z.record(z.string().trim().min(1).max(80), z.object({ meaning: sentence, questions: z.array(sentence).min(1).max(10) }).strict()),
    general: z.array(sentence).min(1).max(10),
  })
  .strict();

export type BriefingWords = z.output<typeof briefingWordsSchema>;

/** The words for a category by its name, whatever its case (a partnership may rename "Assessment" to "assessment"). */
export function wordsForCategory(words: BriefingWords, category: string): BriefingWords['categories'][string] | null {
  const key = Object.keys(words.categories).find((name) => name.toLowerCase() === category.trim().toLowerCase());
  return key ? words.categories[key]! : null;
}
