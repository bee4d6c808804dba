/**
 * Terms-of-reference templates: three shipped in resources/terms-templates/ (bundled into the core
 * like the bank holidays, so the app and the CLI have them without knowing where resources/ is),
 * and any the partnership saves in the workspace from a review's terms ("save as template").
 */
import dhr from '../../../resources/terms-templates/dhr.json';
import lcspr from '../../../resources/terms-templates/lcspr-rapid-review-led.json';
import sar from '../../../resources/terms-templates/sar.json';
import { AppError } from '../../../shared/errors';
import { termsTemplateSchema, type TermsTemplate } from '../../../shared/terms/model';
import type { TermsGuidance } from '../../../shared/terms/guidance';
import type { TemplateInfo } from '../../../shared/terms/types';
import type { Db } from '../sqlite';
import { listWorkspaceTemplates } from './terms-repository';

/**
 * Which words of the shipped templates are guidance (what to write there), not terms to agree:
 * marked here rather than in resources/ so the files stay as partnerships know them. A template
 * that carries its own `guidance` keeps it.
 */
const shippedMarks: Record<string, NonNullable<TermsTemplate['guidance']>> = {
  'lcspr-rapid-review-led': { fields: ['parallelProcesses'], sections: ['Background'] },
  sar: { fields: [], sections: ['Background'] },
  dhr: { fields: [], sections: ['Background'] },
};

const shipped: TermsTemplate[] = [lcspr, sar, dhr].map((template) => {
  const parsed = termsTemplateSchema.parse(template);
  return { ...parsed, guidance: parsed.guidance ?? shippedMarks[parsed.id] };
});

const textOf = (node: { text?: string; content?: Array<{ text?: string; content?: unknown[] }> }): string =>
  (node.text ?? '') + (node.content ?? []).map((child) => textOf(child as Parameters<typeof textOf>[0])).join('');

/** A template's guidance as text: each marked field's value, and the paragraphs under each marked heading. */
export function templateGuidance(template: TermsTemplate): TermsGuidance {
  const marks = template.guidance ?? { fields: [], sections: [] };
  const fields: TermsGuidance['fields'] = {};
  for (const field of marks.fields) {
    const value = template.fields[field];
    if (typeof value === 'string' && value.trim()) fields[field] = value;
  }
  const sections: string[] = [];
  let heading: string | null = null;
  for (const node of template.sections.content ?? []) {
    if (node.type === 'heading') heading = textOf(node).trim();
    else if (heading !== null && marks.sections.includes(heading) && textOf(node).trim()) sections.push(textOf(node).trim());
  }
  return { fields, sections };
}

/**
 * The guidance of every shipped template together: a version does not remember its template, and
 * guidance is guidance whichever template it came from (a saved template may carry it too).
 */
export function shippedGuidance(): TermsGuidance {
  const all: TermsGuidance = { fields: {}, sections: [] };
  for (const template of shipped) {
    const guidance = templateGuidance(template);
    Object.assign(all.fields, guidance.fields);
    all.sections.push(...guidance.sections);
  }
  return all;
}

/** A workspace template's id: its name as a slug, so saving under the same name replaces it. */
export function workspaceTemplateId(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `ws-${slug || 'template'}`;
}

export function listTemplates(db: Db): TemplateInfo[] {
  return [
    ...shipped.map(({ id, name, description }) => ({ id, name, description, source: 'app' as const })),
    ...listWorkspaceTemplates(db).map(({ id, name, description }) => ({ id, name, description, source: 'workspace' as const })),
  ];
}

export function findTemplate(db: Db, id: string): TermsTemplate {
  const found = shipped.find((template) => template.id === id) ?? listWorkspaceTemplates(db).find((template) => template.id === id);
  if (!found) throw new AppError('not-found', `There is no template "${id}". Choose one of: ${listTemplates(db).map((template) => template.id).join(', ')}.`);
  return termsTemplateSchema.parse(found);
}
