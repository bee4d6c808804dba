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
import type { TemplateInfo } from '../../../shared/terms/types';
import type { Db } from '../sqlite';
import { listWorkspaceTemplates } from './terms-repository';

const shipped: TermsTemplate[] = [lcspr, sar, dhr].map((template) => termsTemplateSchema.parse(template));

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
