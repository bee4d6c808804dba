import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionSetSchema } from '../../../../shared/interviews/question-sets';
import { blankStage, copyOf, draftProblems, setOf } from '../../../../renderer/features/question-sets/draft';

const shipped = questionSetSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../../../resources/question-sets/appreciative-inquiry-4d.json'), 'utf8')));
const ids = { title: 't', source: 's', description: 'd', stage: (index: number, field: string) => `${index}-${field}` };

describe('a question set in its form', () => {
  it('copies a built-in set under a short name of its own, and comes back out the same but for name and title', () => {
    const copy = copyOf(shipped, [shipped.id, `${shipped.id}-local`]);
    expect(copy.id).toBe(`${shipped.id}-local-2`);
    expect(copy.title).toBe(`${shipped.title} (our copy)`);
    expect(setOf(copy)).toEqual({ ...shipped, id: copy.id, title: copy.title });
    expect(questionSetSchema.safeParse(setOf(copy)).success).toBe(true);
  });

  it('reads questions one per line, dropping blank lines and spaces', () => {
    const draft = { ...copyOf(shipped, []), stages: [{ ...blankStage([]), title: 'Discover', purpose: 'What worked.', questions: '  What went well?\n\n What helped? \n' }] };
    expect(setOf(draft).stages[0]!.questions).toEqual(['What went well?', 'What helped?']);
  });

  it('names each empty field before asking the core, stage by stage', () => {
    const draft = { ...copyOf(shipped, []), title: ' ', stages: [{ ...blankStage([]), title: 'Dream' }] };
    expect(draftProblems(draft, ids)).toEqual([
      { fieldId: 't', message: 'Enter a title for the question set.' },
      { fieldId: '0-purpose', message: 'Say what “Dream” is for.' },
      { fieldId: '0-questions', message: 'Give “Dream” at least one question.' },
    ]);
  });
});
