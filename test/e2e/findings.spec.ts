/**
 * Issue #18, the review's part, through the UI against the real core: two findings with evidence
 * from the chronology (its source read beside the list), a recommendation answering both, two
 * actions for two agencies, progress recorded (one at risk, one complete with a file of evidence)
 * and the action's history; a 7-minute briefing exported anonymised and logged as received by
 * three agencies, one confirming use; a finding deleted while a recommendation answers it; and
 * evidence whose entry was deleted from the chronology shown as "Source removed".
 * Then an action complete for over a year prompting for its impact, "Not implemented" refused without
 * its reason, and a recommendation with actions refused deletion with the core's words.
 * Every person is invented; their names are in the register so the anonymised check means something.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pdfFileText } from '../unit/pdf-reader';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { TestHost } from './host';
import { FindingsPage } from './pages/findings';

const registeredNames = /\b(Rosie|Penhallow|Gideon|Fairweather|Harriet|Quayle)\b/;

/** A review with its child and two practitioners in the register, two chronology entries and a key practice episode naming them. */
async function seedReview(host: TestHost): Promise<string> {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child R', subject: 'Child R' });
  await host.call('people:add', { reviewId: review.id, name: 'Rosie Penhallow', role: 'child', pseudonym: 'Child R' });
  await host.call('people:add', { reviewId: review.id, role: 'practitioner', name: 'Gideon Fairweather', practitionerRole: 'Police officer', agency: 'Police' });
  await host.call('people:add', { reviewId: review.id, role: 'practitioner', name: 'Harriet Quayle', practitionerRole: 'Health visitor', agency: 'Community Health' });
  await host.call('chronology:add-entry', {
    reviewId: review.id,
    date: '2026-02-04',
    agency: 'Police',
    event: 'Officers attended after a neighbour reported shouting; Gideon Fairweather spoke to Rosie Penhallow at the door.',
  });
  await host.call('chronology:add-entry', {
    reviewId: review.id,
    date: '2026-02-18',
    agency: 'Community Health',
    event: 'Missed health visit; Harriet Quayle did not tell the school about the missed visits.',
  });
  await host.call('episode:add', { reviewId: review.id, title: 'The night of the shouting', start: '2026-02-04', end: '2026-02-04', summary: 'Gideon Fairweather spoke to Rosie Penhallow at the door.' });
  return review.id;
}

test.describe('findings: evidence, recommendations, actions and briefings', () => {
  test.use({ openWorkspace: true });

  test('two findings with chronology evidence, a recommendation answering both, two actions followed, and a briefing exported and logged', async ({ page, host, dialogs, dataDir }) => {
    test.setTimeout(240_000); // six screens checked with axe and a PDF export on a busy two-core machine
    const reviewId = await seedReview(host);
    const findings = new FindingsPage(page);
    const main = findings.main;
    await findings.open();
    await expect(main).toContainText('No findings yet.');

    // Finding 1, with a chronology entry as evidence: its source is read beside the list.
    await findings.addFinding('Police did not share what they saw at the door with children’s social care.', 'Officers record what adults say; nobody records what the child saw.', 'Information sharing');
    await expect(findings.heading('Finding 1: evidence')).toBeFocused();
    await findings.addEntryEvidence('shouting', /neighbour reported shouting/);
    await expect(findings.status).toContainText('Added chronology entry to Finding 1’s evidence.');
    const citation = main.getByRole('region', { name: 'Evidence', exact: true }).getByRole('button', { name: /^4 Feb 2026, Police: Officers attended/ });
    await citation.click();
    await expect(citation).toHaveAttribute('aria-pressed', 'true');
    const side = main.getByRole('complementary', { name: 'Source' });
    await expect(side).toContainText('Chronology entry');
    await expect(side).toContainText('Officers attended after a neighbour reported shouting');
    await expectNoAxeViolations(page, 'a finding’s evidence with its source');
    await findings.back();

    // Finding 2, with the other entry.
    await findings.addFinding('Missed health visits were not shared with the school.', 'Health teams count missed visits but have no route to tell schools.', 'Professional curiosity');
    await expect(findings.heading('Finding 2: evidence')).toBeFocused();
    await findings.addEntryEvidence('missed visit', /Missed health visit/);
    await expect(main.getByRole('region', { name: 'Evidence', exact: true }).getByRole('button', { name: /^18 Feb 2026, Community Health: Missed health visit/ })).toBeVisible();
    await findings.back();
    await expect(findings.card('Finding 1')).toContainText('1 piece of evidence');
    await expect(findings.card('Finding 2')).toContainText('Professional curiosity');

    // A recommendation answering both, addressed to two agencies.
    await findings.button('Add a recommendation').click();
    await expect(findings.heading('Add a recommendation')).toBeFocused();
    await findings.button('Add the recommendation').click();
    await expect(page.getByRole('link', { name: 'Choose the finding (or findings) the recommendation answers.' })).toBeVisible();
    await main.getByRole('checkbox', { name: /^Finding 1:/ }).check();
    await main.getByRole('checkbox', { name: /^Finding 2:/ }).check();
    await main.getByLabel('Recommendation', { exact: true }).fill('Agencies should share what they learn about a child’s home with the school and children’s social care within a week.');
    await main.getByLabel('Addressed to (optional)').fill('Police\nCommunity Health');
    await main.getByLabel('Made on (optional)').fill('02/11/2026');
    await expectNoAxeViolations(page, 'the recommendation form');
    await findings.button('Add the recommendation').click();
    await expect(findings.heading('Findings')).toBeFocused();
    const recommendation = findings.card('Recommendation 1');
    await expect(recommendation).toContainText('Police, Community Health');
    await expect(recommendation).toContainText('Mon 2 Nov 2026');
    await expect(recommendation).toContainText('Finding 1: Police did not share');
    await expect(recommendation).toContainText('Finding 2: Missed health visits');
    await expect(findings.card('Finding 1')).toContainText('Recommendation 1');

    // Two actions for two agencies; one at risk.
    await findings.addAction('Recommendation 1', { text: 'Brief response officers on recording what the child saw', agency: 'Police', leadRole: 'Head of Public Protection', due: '31/03/2027', measure: 'Dip sample of 20 reports' });
    await findings.recordProgress('At risk', 'Amber', 'Training dates moved to March.');
    await expect(findings.status).toHaveText('Recorded the progress: At risk (Amber).');
    await expect(main.getByRole('definition').filter({ hasText: /^At risk \(Amber\)/ })).toBeVisible();
    await findings.back();
    await findings.addAction('Recommendation 1', { text: 'Tell schools about missed health visits within a week', agency: 'Community Health', leadRole: 'Named Nurse for Safeguarding', due: '28/02/2027' });

    // The other complete, with a file of evidence, saved out again unchanged.
    await findings.recordProgress('Complete', 'Green', 'The protocol is in use.');
    await expect(findings.status).toHaveText('Recorded the progress: Complete (Green).');
    await main.getByRole('radio', { name: 'Evidence of completion' }).check();
    await main.getByLabel('File', { exact: true }).setInputFiles({ name: 'protocol-audit.txt', mimeType: 'text/plain', buffer: Buffer.from('Audit of the missed-visits protocol: 12 of 12 shared.') });
    await findings.button('Attach the file').click();
    await expect(findings.status).toHaveText('Attached protocol-audit.txt.');
    const files = main.getByRole('region', { name: 'Evidence files' });
    await expect(files).toContainText('Evidence of completion: protocol-audit.txt');
    const copy = path.join(dataDir, 'audit-copy.txt');
    dialogs.nextSavePath(copy);
    await files.getByRole('button', { name: 'Save a copy of protocol-audit.txt' }).click();
    await expect(findings.status).toHaveText('Saved a copy of protocol-audit.txt.');
    expect(await readFile(copy, 'utf8')).toBe('Audit of the missed-visits protocol: 12 of 12 shared.');

    // The history as a timeline, day first.
    const history = main.getByRole('region', { name: 'History', exact: true }).getByRole('listitem');
    await expect(history).not.toHaveCount(0);
    await expect(history.first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}: /);
    await expect(main.getByRole('region', { name: 'History', exact: true })).toContainText('Complete (Green): The protocol is in use.');
    await expect(main.getByRole('region', { name: 'History', exact: true })).toContainText('Evidence of completion attached: protocol-audit.txt');
    await expectNoAxeViolations(page, 'an action with its progress, files and history');
    await findings.back();

    // Both actions under the recommendation, their status in words.
    const actions = main.getByRole('table', { name: 'Actions for Recommendation 1' });
    await expect(actions.getByRole('row', { name: /Brief response officers/ })).toContainText('At risk (Amber)');
    await expect(actions.getByRole('row', { name: /Tell schools/ })).toContainText('Complete (Green)');
    await expectNoAxeViolations(page, 'the findings and recommendations');

    // At 200% zoom (1280×720 lays out in 640×360 CSS pixels) nothing is wider than the page.
    await page.setViewportSize({ width: 640, height: 360 });
    await findings.card('Recommendation 1').scrollIntoViewIfNeeded();
    expect(await main.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    await expectNoAxeViolations(page, 'the findings at 200% zoom');
    await page.setViewportSize({ width: 1280, height: 720 });

    // A 7-minute briefing, exported anonymised: the pseudonym, no registered name.
    await findings.button('Make a 7-minute briefing').click();
    await expect(findings.heading(/7-minute briefing/)).toBeFocused();
    await expect(main.getByRole('textbox', { name: 'Document text' })).toBeVisible();
    await findings.button('Export to PDF').click();
    await main.getByRole('radio', { name: 'Anonymised' }).check();
    const briefingPdf = path.join(dataDir, 'briefing.pdf');
    dialogs.nextSavePath(briefingPdf);
    await findings.button('Export PDF').click();
    await expect(main.getByRole('status').filter({ hasText: /^Saved briefing\.pdf/ })).toBeVisible();
    const text = await pdfFileText(briefingPdf);
    expect(text).toContain('Child R');
    expect(text).not.toMatch(registeredNames);

    // The dissemination log: three agencies, one confirming use; the two others listed as not confirmed.
    await findings.logDelivery('Police', '20/11/2026', 'Discussed at every team briefing in November.');
    await findings.logDelivery('Community Health', '21/11/2026');
    await findings.logDelivery('Riverside Primary School', '23/11/2026');
    const log = main.getByRole('table', { name: 'Agencies that received the briefing' });
    await expect(log.getByRole('row')).toHaveCount(4);
    await expect(log.getByRole('row', { name: /^Police/ })).toContainText('Yes: Discussed at every team briefing in November.');
    await expect(log.getByRole('row', { name: /^Community Health/ })).toContainText('Not yet confirmed');
    await expect(main.getByText(/^Not yet confirmed: /)).toHaveText(/Community Health/);
    await expect(main.getByText(/^Not yet confirmed: /)).toHaveText(/Riverside Primary School/);
    await expect(main.getByText(/^Not yet confirmed: /)).not.toHaveText(/Police/);
    await expectNoAxeViolations(page, 'the briefing with its dissemination log');
    await findings.back();
    await expect(main.getByRole('region', { name: 'Learning briefings' })).toContainText('2 not yet confirmed');

    // Deleting a finding a recommendation answers: asked first; the recommendation stays, saying so.
    await findings.card('Finding 1').getByRole('button', { name: 'Delete Finding 1' }).click();
    const confirm = main.getByRole('group', { name: 'Delete Finding 1' });
    await expect(confirm).toContainText('Recommendation 1 answers Finding 1. If you delete it, the recommendations stay, marked “Finding removed”');
    await confirm.getByRole('button', { name: 'Yes, delete Finding 1' }).click();
    await expect(findings.status).toHaveText('Deleted Finding 1. 1 recommendation now says “Finding removed”.');
    await expect(findings.card('Recommendation 1')).toContainText('Finding removed');
    await expect(findings.card('Recommendation 1')).toContainText('Missed health visits');

    // Evidence whose entry was deleted from the chronology says so, plainly, not as something to open.
    const entries = (await host.call('chronology:list', { reviewId, anonymised: false })).entries;
    const missed = entries.find((entry) => entry.event?.startsWith('Missed health visit'))!;
    await host.call('chronology:delete-entry', { id: missed.id, reason: 'Entered against the wrong family.' });
    await findings.card('Finding 1').getByRole('button', { name: 'Evidence for Finding 1' }).click();
    await expect(findings.heading('Finding 1: evidence')).toBeFocused();
    const evidence = main.getByRole('region', { name: 'Evidence', exact: true });
    await expect(evidence.getByRole('listitem')).toContainText('Source removed');
    await expect(evidence.getByRole('button', { name: /^Source removed/ })).toHaveCount(0);
  });

  test('an action complete for over a year asks for its impact; "Not implemented" needs its reason; a recommendation with actions is not deleted', async ({ page, host }) => {
    const reviewId = await seedReview(host);
    const source = { kind: 'review' as const, reviewId };
    const finding = await host.call('findings:add', { source, statement: 'Strategy discussions left out the school.' });
    const recommendation = await host.call('recommendations:add', { findingIds: [finding.id], text: 'Invite schools to every strategy discussion.', madeOn: '2025-01-10' });
    const done = await host.call('actions:add', { recommendationId: recommendation.id, text: 'Add schools to the strategy discussion invitation list', agency: 'Children’s Services', leadRole: 'Head of Service', due: '2025-09-30' });
    await host.call('actions:progress', { id: done.id, status: 'complete', rag: 'green', on: '2025-10-01' });
    await host.call('actions:add', { recommendationId: recommendation.id, text: 'Audit school attendance at strategy discussions', agency: 'Education', leadRole: 'Designated Safeguarding Lead', due: '2027-06-30' });
    const findings = new FindingsPage(page);
    const main = findings.main;
    await findings.open();

    // Deleting the recommendation is refused while it has actions: the core's words, beside the buttons.
    await findings.card('Recommendation 1').getByRole('button', { name: 'Delete Recommendation 1' }).click();
    const confirm = main.getByRole('group', { name: 'Delete Recommendation 1' });
    await confirm.getByRole('button', { name: 'Yes, delete Recommendation 1' }).click();
    await expect(confirm.getByRole('alert')).toHaveText('This recommendation has 2 actions in the action plan, so it cannot be removed. Remove its actions first, or keep the recommendation.');
    await expect(findings.card('Recommendation 1')).toBeVisible();

    // Complete since 1 October 2025 with no evidence of impact: the prompt, then the impact recorded.
    await findings.card('Recommendation 1').getByRole('button', { name: 'Add schools to the strategy discussion invitation list' }).click();
    await expect(findings.heading('Add schools to the strategy discussion invitation list')).toBeFocused();
    const prompt = main.getByRole('region', { name: 'Review the impact' });
    await expect(prompt).toContainText('Wed 1 Oct 2025');
    await expectNoAxeViolations(page, 'an action whose impact is due for review');
    await main.getByLabel('What difference it made').fill('Schools attended 9 of 10 strategy discussions in the audit.');
    await findings.button('Record the evidence of impact').click();
    await expect(findings.status).toHaveText('Recorded the evidence of impact.');
    await expect(prompt).toHaveCount(0);
    await expect(main.getByRole('region', { name: 'History', exact: true })).toContainText('Impact: Schools attended 9 of 10 strategy discussions in the audit.');
    await findings.back();

    // "Not implemented" without its reason: refused beside the field, then recorded with it.
    await findings.card('Recommendation 1').getByRole('button', { name: 'Audit school attendance at strategy discussions' }).click();
    const form = main.getByRole('form', { name: 'Record progress' });
    await form.getByRole('radio', { name: 'Not implemented' }).check();
    await expect(form.getByLabel('Why it was not implemented', { exact: true })).toBeVisible();
    await form.getByRole('button', { name: 'Record the progress' }).click();
    await page.getByRole('link', { name: 'Say why the action was not implemented.' }).click();
    await expect(form.getByLabel('Why it was not implemented', { exact: true })).toBeFocused();
    await form.getByLabel('Why it was not implemented', { exact: true }).fill('Attendance is now recorded by the strategy discussion service itself.');
    await form.getByRole('button', { name: 'Record the progress' }).click();
    await expect(findings.status).toHaveText('Recorded the progress: Not implemented.');
    await expect(main.getByRole('definition').filter({ hasText: 'Attendance is now recorded by the strategy discussion service itself.' })).toBeVisible();
  });
});
