/** The words 7-minute briefings are made with: the shipped file is valid and covers every starting category. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingWordsSchema, wordsForCategory } from '../../../../shared/findings/briefing-questions';
import { defaultCategories } from '../../../../shared/findings/model';

const shipped = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../resources/briefings/supervision-questions.json'), 'utf8')) as unknown;

describe('the briefing words', () => {
  it('has a meaning and questions for every category a partnership starts with, found whatever the case', () => {
    const words = briefingWordsSchema.parse(shipped);
    for (const category of defaultCategories) expect(wordsForCategory(words, category)?.questions.length).toBeGreaterThanOrEqual(2);
    expect(wordsForCategory(words, '  voice of the child ')?.meaning).toMatch(/See and speak with the child/);
    expect(wordsForCategory(words, 'Housing')).toBeNull();
  });

  it('refuses a file without general questions or with an empty question', () => {
    expect(briefingWordsSchema.safeParse({ categories: {}, general: [] }).success).toBe(false);
    expect(briefingWordsSchema.safeParse({ categories: { Assessment: { meaning: 'Look again.', questions: [' '] } }, general: ['Why?'] }).success).toBe(false);
  });
});
