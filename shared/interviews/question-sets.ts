/**
 * Question sets guide a practitioner conversation (issue #17): the appreciative-inquiry 4-D cycle
 * and the SCIE Learning Together conversation ship in resources/question-sets/; a partnership
 * edits a copy or adds its own, kept in the workspace. Each is data, validated here, with its
 * source cited as a user would cite it. Stages marked `episodePrompts` take the review's key
 * practice episodes as prompts when a conversation uses the set as its guide.
 */
import { z } from 'zod';

export const questionSetMethods = ['appreciative-inquiry', 'learning-together', 'other'] as const;
export type QuestionSetMethod = (typeof questionSetMethods)[number];

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'use lower-case letters, digits and hyphens (at most 60)');
const words = (what: string, max: number) => z.string().trim().min(1, `${what} cannot be empty.`).max(max, `${what} is longer than ${max} characters.`);

export const questionStageSchema = z
  .object({
    id: slug,
    title: words('A stage’s title', 120),
    /** What the stage is for, shown to the interviewer above its questions. */
    purpose: words('A stage’s purpose', 500),
    questions: z.array(words('A question', 500)).min(1, 'A stage needs at least one question.').max(30),
    /** The review's key practice episodes are inserted here as prompts. */
    episodePrompts: z.boolean(),
  })
  .strict();

export const questionSetSchema = z
  .object({
    id: slug,
    title: words('The title', 200),
    method: z.enum(questionSetMethods),
    source: words('The source', 500),
    description: words('The description', 1000),
    stages: z.array(questionStageSchema).min(1, 'A question set needs at least one stage.').max(20),
  })
  .strict()
  .superRefine((set, context) => {
    const seen = new Set<string>();
    for (const [index, stage] of set.stages.entries()) {
      if (seen.has(stage.id)) context.addIssue({ code: 'custom', path: ['stages', index, 'id'], message: `The stage "${stage.id}" appears twice.` });
      seen.add(stage.id);
    }
  });

export type QuestionStage = z.infer<typeof questionStageSchema>;
export type QuestionSet = z.infer<typeof questionSetSchema>;

/** A key practice episode as a prompt needs: its title and the days it spans (YYYY-MM-DD, either may be unknown). */
export interface EpisodePrompt {
  id: string;
  title: string;
  from: string | null;
  to: string | null;
}

export interface GuideStage extends QuestionStage {
  /** The review's key practice episodes, in order, for a stage that takes them. */
  episodes: EpisodePrompt[];
}

/** The guide a conversation follows: the set's stages, with the episodes put where the set asks for them. */
export function guideFor(set: QuestionSet, episodes: readonly EpisodePrompt[]): GuideStage[] {
  const ordered = [...episodes].sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999') || a.title.localeCompare(b.title));
  return set.stages.map((stage) => ({ ...stage, episodes: stage.episodePrompts ? ordered : [] }));
}
