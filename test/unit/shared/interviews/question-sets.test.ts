/** The shipped question sets are data a partnership can read and copy: valid, sourced, and guiding as DOMAIN.md describes. */
import { describe, expect, it } from 'vitest';
import appreciative from '../../../../resources/question-sets/appreciative-inquiry-4d.json';
import learningTogether from '../../../../resources/question-sets/learning-together.json';
import { guideFor, questionSetSchema, type QuestionSet } from '../../../../shared/interviews/question-sets';

const shipped = [appreciative, learningTogether].map((set) => questionSetSchema.parse(set));
const [fourD, conversation] = shipped as [QuestionSet, QuestionSet];

describe('the shipped question sets', () => {
  it('are valid as shipped, each citing a source a reviewer would recognise and no note meant for us', () => {
    expect(shipped.map((set) => set.id)).toEqual(['appreciative-inquiry-4d', 'learning-together']);
    expect(fourD.source).toMatch(/Cooperrider and Whitney/);
    expect(conversation.source).toMatch(/Social Care Institute for Excellence \(SCIE\), Learning Together/);
    for (const set of shipped) expect(JSON.stringify(set)).not.toMatch(/\(check\)|TODO/i);
  });

  it('follow the 4-D cycle: Discover, Dream, Design, Destiny', () => {
    expect(fourD.stages.map((stage) => stage.title)).toEqual(['Discover', 'Dream', 'Design', 'Destiny']);
    expect(fourD.stages.find((stage) => stage.id === 'discover')?.purpose).toBe("What worked, in the practitioner's own words.");
  });

  it('follow the Learning Together conversation, the contributory factors named as the review looks for them', () => {
    expect(conversation.stages.map((stage) => stage.title)).toEqual(['Key practice episodes', 'Your view at the time', 'Contributory factors', 'What went well', 'Suggested changes']);
    const factors = conversation.stages.find((stage) => stage.id === 'contributory-factors')!.purpose;
    for (const factor of ['family', 'role', 'team', 'between agencies', 'culture', 'wider context']) expect(factors).toContain(factor);
  });
});

describe('a conversation’s guide', () => {
  const episodes = [
    { id: 'e2', title: 'The strategy discussion', from: '2019-04-02', to: '2019-04-02' },
    { id: 'e1', title: 'The first police call-out', from: '2019-03-11', to: null },
    { id: 'e3', title: 'Undated concerns from school', from: null, to: null },
  ];

  it('puts the review’s key practice episodes, earliest first, only where the set asks for them', () => {
    const guide = guideFor(conversation, episodes);
    expect(guide[0]?.episodes.map((episode) => episode.id)).toEqual(['e1', 'e2', 'e3']);
    expect(guide.slice(1).every((stage) => stage.episodes.length === 0)).toBe(true);
    expect(guideFor(fourD, episodes).map((stage) => stage.episodes.length)).toEqual([3, 0, 0, 0]);
    expect(guideFor(fourD, []).every((stage) => stage.episodes.length === 0)).toBe(true);
  });
});

describe('a partnership’s own set', () => {
  it('is refused with a plain reason when a stage repeats, has no questions, or carries a field the app does not know', () => {
    const copy = structuredClone(fourD);
    const repeated = questionSetSchema.safeParse({ ...copy, stages: [...copy.stages, copy.stages[0]] });
    expect(repeated.error?.issues[0]?.message).toBe('The stage "discover" appears twice.');
    const empty = questionSetSchema.safeParse({ ...copy, stages: [{ ...copy.stages[0], questions: [] }] });
    expect(empty.error?.issues[0]?.message).toBe('A stage needs at least one question.');
    expect(questionSetSchema.safeParse({ ...copy, colour: 'blue' }).success).toBe(false);
    expect(questionSetSchema.safeParse({ ...copy, id: 'Our Set' }).success).toBe(false);
  });
});
