/**
 * A question set as its form edits it: questions one per line. Turning a draft back into a set
 * drops blank lines and trims; the core checks the rest (shared/interviews/question-sets.ts).
 */
import type { QuestionSet } from '../../../shared/interviews/question-sets';

export interface StageDraft {
  id: string;
  title: string;
  purpose: string;
  questions: string;
  episodePrompts: boolean;
}

export interface SetDraft {
  id: string;
  title: string;
  method: QuestionSet['method'];
  source: string;
  description: string;
  stages: StageDraft[];
}

export function draftOf(set: QuestionSet): SetDraft {
  return { ...set, stages: set.stages.map((stage) => ({ ...stage, questions: stage.questions.join('\n') })) };
}

/** A copy of a set the partnership can change: its own short name and title. */
export function copyOf(set: QuestionSet, taken: readonly string[]): SetDraft {
  let id = `${set.id}-local`.slice(0, 60);
  for (let n = 2; taken.includes(id); n++) id = `${set.id}-local-${n}`.slice(0, 60);
  return { ...draftOf(set), id, title: `${set.title} (our copy)` };
}

export function blankStage(existing: readonly StageDraft[]): StageDraft {
  let n = existing.length + 1;
  while (existing.some((stage) => stage.id === `stage-${n}`)) n++;
  return { id: `stage-${n}`, title: '', purpose: '', questions: '', episodePrompts: false };
}

export function setOf(draft: SetDraft): QuestionSet {
  return {
    id: draft.id.trim(),
    title: draft.title.trim(),
    method: draft.method,
    source: draft.source.trim(),
    description: draft.description.trim(),
    stages: draft.stages.map((stage) => ({
      id: stage.id,
      title: stage.title.trim(),
      purpose: stage.purpose.trim(),
      questions: stage.questions
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      episodePrompts: stage.episodePrompts,
    })),
  };
}

/** What the form finds before asking the core: an empty title, a stage with no questions. */
export function draftProblems(draft: SetDraft, ids: { title: string; source: string; description: string; stage: (index: number, field: 'title' | 'purpose' | 'questions') => string }): Array<{ fieldId: string; message: string }> {
  const problems: Array<{ fieldId: string; message: string }> = [];
  if (!draft.title.trim()) problems.push({ fieldId: ids.title, message: 'Enter a title for the question set.' });
  if (!draft.source.trim()) problems.push({ fieldId: ids.source, message: 'Say where the questions come from, as you would cite it.' });
  if (!draft.description.trim()) problems.push({ fieldId: ids.description, message: 'Describe what the conversation is for, in a sentence.' });
  draft.stages.forEach((stage, index) => {
    const name = stage.title.trim() || `Stage ${index + 1}`;
    if (!stage.title.trim()) problems.push({ fieldId: ids.stage(index, 'title'), message: `Enter a title for stage ${index + 1}.` });
    if (!stage.purpose.trim()) problems.push({ fieldId: ids.stage(index, 'purpose'), message: `Say what “${name}” is for.` });
    if (!stage.questions.trim()) problems.push({ fieldId: ids.stage(index, 'questions'), message: `Give “${name}” at least one question.` });
  });
  return problems;
}
