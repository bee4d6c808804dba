/** The built-in rule sets are data: valid, sourced, and saying what DOMAIN.md says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtInRuleSets,
  deadlineLabels,
  describeRule,
  getRuleSet,
  inputsFor,
  publicationNoticeRecipients,
  reviewTypesOf,
  ruleSetSchema,
  type DeadlineId,
  type RuleSet,
} from '../../../../shared/deadlines';

const rule = (set: RuleSet, id: DeadlineId) => set.rules.find((candidate) => candidate.id === id);
const said = (set: string, id: DeadlineId) => {
  const found = rule(getRuleSet(set), id);
  return found && describeRule(found);
};

describe('built-in rule sets', () => {
  it.each(builtInRuleSets.map((set) => [set.id, set] as const))('%s is a valid rule set with a source for every rule', (_id, set) => {
    expect(ruleSetSchema.parse(set)).toEqual(set);
    for (const item of set.rules) expect(item.source.length).toBeGreaterThan(20);
  });

  it('has local as the default, covering every review type; the Working Together sets cover children’s reviews', () => {
    expect(builtInRuleSets.map((set) => set.id)).toEqual(['local', 'wt2018', 'wt2023']);
    expect(reviewTypesOf(getRuleSet('local'))).toEqual(['rapid-review', 'lcspr', 'sar', 'dhr', 'escalation']);
    expect(reviewTypesOf(getRuleSet('wt2018'))).toEqual(['rapid-review', 'lcspr']);
    expect(reviewTypesOf(getRuleSet('wt2023'))).toEqual(['rapid-review', 'lcspr']);
  });

  it('states the clocks of DOMAIN.md', () => {
    for (const set of ['local', 'wt2018', 'wt2023']) {
      expect(said(set, 'notification')).toBe('5 working days from becoming aware of the incident');
      expect(said(set, 'lcspr')).toBe('6 months from the decision to review');
      expect(said(set, 'publication-notice')).toBe('7 working days before the planned publication date');
    }
    expect(said('local', 'rapid-review')).toBe('15 working days from the notification being sent');
    expect(said('wt2018', 'rapid-review')).toBe('15 working days from the notification being sent');
    expect(said('wt2023', 'rapid-review')).toBe('15 working days from the notification being sent');
    expect(said('local', 'agency-summary')).toBe('10 working days from the notification being sent');
    expect(said('wt2023', 'agency-summary')).toBe('10 working days from the notification being sent');
    expect(said('wt2023', 'looked-after-notice')).toBe('5 working days from becoming aware of the incident');
    expect(said('local', 'sar-completion')).toBe('6 months from the decision to review');
    expect(said('local', 'dhr-decision')).toBe('1 month from the notification being sent');
    expect(said('local', 'dhr-overview')).toBe('6 months from the decision to review');
    expect(said('local', 'escalation-stage-1')).toBe('2 working days from the date raised at stage 1 (practitioner to practitioner)');
    expect(said('local', 'escalation-stage-2')).toBe('5 working days from the date raised at stage 2 (manager to manager)');
    expect(said('local', 'escalation-stage-3')).toBe('2 working days from the date raised at stage 3 (senior leads)');
  });

  it('cites its sources, asking the user to confirm the rules whose reading is uncertain', () => {
    const local = getRuleSet('local');
    expect(rule(local, 'notification')?.source).toMatch(/^gov\.uk: Report a serious child safeguarding incident; Children Act 2004 s16C/);
    expect(rule(local, 'lcspr')?.source).toContain('Trafford Strategic Safeguarding Partnership’s practice review procedure (2020)');
    expect(rule(getRuleSet('wt2018'), 'notification')?.source).toContain('Working Together to Safeguard Children 2018, ch.4');
    expect(rule(getRuleSet('wt2023'), 'rapid-review')?.source).toContain('Working Together to Safeguard Children 2023, ch.5');
    const checked: [string, DeadlineId][] = [
      ['local', 'publication-notice'],
      ['local', 'sar-completion'],
      ['local', 'dhr-decision'],
      ['local', 'dhr-overview'],
      ['wt2018', 'rapid-review'],
      ['wt2023', 'looked-after-notice'],
    ];
    for (const [set, id] of checked) expect(rule(getRuleSet(set), id)?.source, `${set} ${id}`).toContain('Confirm this against your partnership’s procedure.');
  });

  it('knows which dates each review type counts from', () => {
    expect(inputsFor(getRuleSet('local'), 'rapid-review')).toEqual(['aware', 'notified', 'decision', 'publication']);
    expect(inputsFor(getRuleSet('wt2023'), 'rapid-review')).toEqual(['aware', 'notified', 'decision', 'publication']);
    expect(inputsFor(getRuleSet('local'), 'sar')).toEqual(['decision', 'referral']);
    expect(inputsFor(getRuleSet('local'), 'escalation')).toEqual(['stage1', 'stage2', 'stage3']);
  });

  it('never shows a note meant for us: no "(check)" in any source, label or title', () => {
    for (const set of builtInRuleSets) {
      expect(set.title + set.source).not.toMatch(/\(check\)/i);
      for (const item of set.rules) expect(item.source, `${set.id} ${item.id}`).not.toMatch(/\(check\)|the plan we were given/i);
    }
    expect(Object.values(deadlineLabels).join(' ')).not.toMatch(/\(check\)/i);
  });

  it('names the same recipients of the final report in the deadline and in the LCSPR terms of reference template', () => {
    const template = JSON.parse(readFileSync(new URL('../../../../resources/terms-templates/lcspr-rapid-review-led.json', import.meta.url), 'utf8')) as { fields: { publication: string } };
    expect(deadlineLabels['publication-notice']).toContain(publicationNoticeRecipients);
    expect(template.fields.publication).toContain(publicationNoticeRecipients);
    for (const set of builtInRuleSets) expect(rule(set, 'publication-notice')?.source, set.id).toMatch(/Panel and the Secretary of State \(through the Department for Education\)[^.]*Ofsted/);
  });

  it('rejects a rule set that repeats a deadline or counts in an unknown unit', () => {
    const local = getRuleSet('local');
    const twice = ruleSetSchema.safeParse({ ...local, rules: [...local.rules, local.rules[0]] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('deadline "notification" appears twice');
    expect(ruleSetSchema.safeParse({ ...local, rules: [{ ...local.rules[0], unit: 'weeks' }] }).success).toBe(false);
  });
});
