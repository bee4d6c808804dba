/**
 * Issue #17 through the UI, against the real core: a group conversation planned with three
 * practitioners (one consents to notes but not quotes), notes written from the 4-D guide with a
 * key practice episode as a prompt, four excerpts coded to two themes (one nested under the
 * other), text typed before an excerpt without losing it, the theme view and the co-occurrence
 * table, a quote refused for the participant who declined, a dated withdrawal flagging an excerpt,
 * the notes at 200% zoom, an anonymised theme report that names no one, a .qdpx whose project.qde
 * is checked against the REFI-QDA Project schema, the codebook against the Codebook schema, the
 * CSV, and a theme deleted with its excerpt kept in Uncoded.
 * Every person is invented; their names are in the register so the anonymised check means something.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import { pdfFileText as pdfText } from '../unit/pdf-reader';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { TestHost } from './host';
import { InterviewsPage } from './pages/interviews';

const practitioners = [
  { name: 'Priya Castellane', practitionerRole: 'Social worker', agency: 'Children’s Services' },
  { name: 'Tobias Ashworth-Bell', practitionerRole: 'Health visitor', agency: 'Community Health' },
  { name: 'Megan Trelawny', practitionerRole: 'Class teacher', agency: 'Riverside Primary School' },
] as const;
const registeredNames = /\b(Priya|Castellane|Tobias|Ashworth|Megan|Trelawny|Maisie|Hartwell)\b/;
const described = (index: number) => `${practitioners[index]!.practitionerRole}, ${practitioners[index]!.agency}`;
const schemaFile = path.resolve(__dirname, '../fixtures/refi-qda/Project.xsd');
const codebookSchema = path.resolve(__dirname, '../fixtures/refi-qda/Codebook.xsd');

/** A review with its child and three practitioners in the register, and one key practice episode. */
async function seedReview(host: TestHost): Promise<string> {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  await host.call('people:add', { reviewId: review.id, name: 'Maisie Hartwell', role: 'child', pseudonym: 'Child M' });
  for (const person of practitioners) await host.call('people:add', { reviewId: review.id, role: 'practitioner', ...person });
  await host.call('episode:add', { reviewId: review.id, title: 'The first referral', start: '2019-03-11', end: '2019-04-02' });
  return review.id;
}

test.describe('interviews: plan, notes, coding, themes and exports', () => {
  test.use({ openWorkspace: true });

  test('a group conversation planned, its notes coded to nested themes, a quote refused, and the exports checked', async ({ page, host, dialogs, dataDir }) => {
    test.setTimeout(240_000); // four screens checked with axe, four excerpts and two exports on a busy two-core machine
    const reviewId = await seedReview(host);
    const interviews = new InterviewsPage(page);
    const main = interviews.main;
    await interviews.open();
    await expect(main).toContainText('No conversations yet.');

    // Two themes, one under the other.
    await interviews.button('Themes and exports').click();
    await expect(interviews.heading('Themes')).toBeFocused();
    await main.getByLabel('Name', { exact: true }).fill('Communication');
    await interviews.button('Add the theme').click();
    await expect(main.getByRole('status').filter({ hasText: 'Added Communication.' })).toBeVisible();
    await main.getByRole('button', { name: 'Add sub-theme Communication' }).click();
    const subForm = main.getByRole('form', { name: 'Add a sub-theme to Communication' });
    await subForm.getByLabel('Name', { exact: true }).fill('Information sharing');
    await subForm.getByRole('button', { name: 'Add the sub-theme' }).click();
    const tree = main.getByRole('list', { name: 'Themes' });
    await expect(tree.getByRole('listitem').filter({ hasText: /^Communication/ }).getByRole('button', { name: 'Information sharing', exact: true })).toBeVisible();
    await interviews.button('All conversations').click();

    // Plan the conversation: three practitioners, the second consenting to notes but not quotes.
    await interviews.button('Plan a conversation').click();
    await expect(interviews.heading('Plan a conversation')).toBeFocused();
    // Nobody chosen: refused, with a link to the participants.
    await interviews.button('Plan the conversation').click();
    await page.getByRole('link', { name: 'Choose at least one participant from the people register.' }).click();
    await expect(main.getByRole('group', { name: 'Participants' })).toBeFocused();
    await main.getByRole('radio', { name: 'Group conversation' }).check();
    await main.getByLabel('Date (optional)').fill('12/03/2026');
    await expect(main).toContainText('Reads as Thursday 12 March 2026.');
    await main.getByLabel('Format').selectOption({ label: 'In person' });
    await main.getByLabel('Place (optional)').fill('Riverside Family Centre');
    await main.getByLabel('Interviewers (optional)').fill('Lead reviewer');
    await main.getByLabel('Question set').selectOption({ label: 'Appreciative inquiry: the 4-D cycle' });
    for (const [index, person] of practitioners.entries()) {
      await main.getByRole('checkbox', { name: `${person.name} (${described(index)})` }).check();
      await interviews.consent(person.name).getByRole('radio', { name: 'Given' }).check();
    }
    await interviews.consent(practitioners[1].name).getByRole('checkbox', { name: 'Quotes in the report' }).uncheck();
    await expect(interviews.consent(practitioners[1].name).getByRole('checkbox', { name: 'Notes kept' })).toBeChecked();
    await expectNoAxeViolations(page, 'the plan form');
    await interviews.button('Plan the conversation').click();

    // The notes screen: the guide beside the notes, with the episode as a prompt; the notes made from the guide.
    await expect(interviews.heading('Group conversation, Thu 12 Mar 2026')).toBeFocused();
    await expect(interviews.guide.getByRole('heading', { name: 'Discover' })).toBeVisible();
    await expect(interviews.guide.getByRole('list', { name: 'Key practice episodes for Discover' })).toContainText('The first referral (Mon 11 Mar 2019 to Tue 2 Apr 2019)');
    const episodeHeading = /^Key practice episode: The first referral/;
    await expect(interviews.text.getByRole('heading', { name: episodeHeading })).toBeVisible();
    const participants = main.getByRole('table', { name: 'Participants and their consent' });
    await expect(participants.getByRole('row', { name: new RegExp(`^${described(1)}`) })).toContainText('Given: notes kept');
    await expect(participants.getByRole('row', { name: new RegExp(`^${described(1)}`) })).not.toContainText('quotes');

    await interviews.writeUnder(episodeHeading, 'The school nurse rang the duty desk the same afternoon and a strategy discussion followed.');
    await interviews.writeUnder('Dream', 'Every referral would be discussed with the family health visitor before a decision.');
    await interviews.writeUnder('Design', 'A shared calendar of strategy discussions would let health staff join them.');
    await interviews.writeUnder('Destiny', 'Supervision gave time to think about the whole family.');
    await interviews.expectSaved();

    // Four excerpts, two themes, one nested; who said each.
    await interviews.code('rang the duty desk the same afternoon', ['Communication'], [described(0)]);
    await interviews.code('discussed with the family health visitor', ['Information sharing'], [described(1)]);
    await interviews.code('shared calendar of strategy discussions', ['Communication', 'Information sharing'], [described(2)]);
    await interviews.code('Supervision gave time to think', ['Communication'], [described(0)], 'keyboard');
    await expect(interviews.excerptItems()).toHaveCount(4);
    await expect(interviews.highlight('rang the duty desk the same afternoon')).toHaveText('rang the duty desk the same afternoon');
    const bothThemes = interviews.excerpt('shared calendar').getByRole('list', { name: 'Themes' });
    await expect(bothThemes.getByRole('listitem')).toHaveCount(2);
    await expect(bothThemes).toContainText('Communication');
    await expect(bothThemes).toContainText('Information sharing');
    await expect(interviews.excerpt('discussed with the family').getByText(`Said by: ${described(1)}`)).toBeVisible();
    await expectNoAxeViolations(page, 'the notes with the guide and the excerpts');

    // Typing before an excerpt: once saved, the core re-anchors it and the highlight and list keep the same words.
    const conversationId = (await host.call('interviews:list', { reviewId }))[0]!.id;
    const before = (await host.call('excerpts:list', { id: conversationId })).find((excerpt) => excerpt.anchor.exact.startsWith('rang'))!;
    await interviews.text.getByText('The school nurse rang').click({ position: { x: 2, y: 4 } });
    await page.keyboard.press('Home');
    await page.keyboard.type('On the Monday, ');
    await interviews.expectSaved();
    await expect
      .poll(async () => (await host.call('excerpts:list', { id: conversationId })).find((excerpt) => excerpt.id === before.id)?.anchor.start)
      .toBe(before.anchor.start + 'On the Monday, '.length);
    const after = (await host.call('excerpts:list', { id: conversationId })).find((excerpt) => excerpt.id === before.id)!;
    expect(after).toMatchObject({ orphaned: false, anchor: { exact: 'rang the duty desk the same afternoon' } });
    await expect(interviews.text).toContainText('On the Monday, The school nurse rang');
    await expect(interviews.highlight('rang the duty desk')).toHaveText('rang the duty desk the same afternoon');
    await expect(interviews.excerpt('rang the duty desk the same afternoon')).not.toContainText('Orphaned');

    // The health visitor did not consent to quotes: marking the excerpt is refused, naming the role.
    const declined = interviews.excerpt('discussed with the family health visitor');
    // Clicked, not checked: the box stays unticked when the core refuses, as it should.
    await declined.getByRole('checkbox', { name: 'Possible quote' }).click();
    await expect(declined.getByRole('alert')).toContainText(/health visitor, Community Health did not consent to quotes/i);
    await expect(declined.getByRole('checkbox', { name: 'Possible quote' })).not.toBeChecked();
    // Another participant's excerpt may be a quote (the box shows what the core stored, once it has).
    await interviews.excerpt('Supervision gave time').getByRole('checkbox', { name: 'Possible quote' }).click();
    await expect(interviews.excerpt('Supervision gave time').getByRole('checkbox', { name: 'Possible quote' })).toBeChecked();

    // An excerpt linked to the key practice episode it speaks of.
    const referral = interviews.excerpt('rang the duty desk the same afternoon');
    await referral.getByRole('button', { name: 'Links (0)' }).click();
    await referral.getByLabel('Link to').selectOption({ label: 'Key practice episode: The first referral' });
    await referral.getByRole('button', { name: 'Add the link' }).click();
    await expect(referral.getByRole('region', { name: 'Linked to the chronology' }).getByRole('listitem')).toContainText('The first referral');
    await expect(referral.getByRole('button', { name: 'Links (1)' })).toBeVisible();

    // Later the teacher withdraws consent, dated: her excerpt is flagged.
    const teacher = participants.getByRole('row', { name: new RegExp(`^${described(2)}`) });
    await teacher.getByRole('button', { name: /^Record a consent change/ }).click();
    const change = main.getByRole('group', { name: `Consent now: ${described(2)}` });
    await change.getByRole('radio', { name: 'Withdrawn' }).check();
    await change.getByLabel('Date withdrawn (optional)').fill('20/03/2026');
    await interviews.button('Record the consent').click();
    await expect(teacher).toContainText('Withdrawn on Fri 20 Mar 2026');
    await expect(interviews.excerpt('shared calendar')).toContainText('Consent withdrawn');

    // At 200% zoom (1280×720 lays out in 640×360 CSS pixels) the notes, the guide and the excerpts stack, nothing wider than the page.
    await page.setViewportSize({ width: 640, height: 360 });
    await interviews.button('Code selection').scrollIntoViewIfNeeded();
    await expect(interviews.button('Code selection')).toBeInViewport();
    expect(await main.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    await expectNoAxeViolations(page, 'the notes at 200% zoom');
    await page.setViewportSize({ width: 1280, height: 720 });

    // The list of conversations.
    await interviews.button('All conversations').click();
    await expect(interviews.heading('Interviews')).toBeFocused();
    const row = interviews.conversations.getByRole('row').filter({ hasText: 'Group conversation' });
    await expect(row).toContainText('Thu 12 Mar 2026');
    await expect(row).toContainText(`${described(0)}; ${described(1)}; ${described(2)}`);
    await expect(row).toContainText('Planned');
    await expect(row).toContainText('4 excerpts');
    await expectNoAxeViolations(page, 'the list of conversations');

    // The question sets a conversation can follow are reached from here too.
    await interviews.button('Question sets').click();
    await expect(interviews.heading('Question sets')).toBeFocused();
    await expect(main).toContainText('Appreciative inquiry: the 4-D cycle');
    await interviews.button('Back to conversations').click();
    await expect(interviews.heading('Interviews')).toBeFocused();

    // The theme view: every excerpt of the theme, filtered by agency.
    await interviews.button('Themes and exports').click();
    await expect(tree.getByRole('listitem').filter({ hasText: /^Communication/ }).first()).toContainText('3 excerpts');
    await tree.getByRole('button', { name: 'Communication', exact: true }).click();
    await expect(interviews.heading('Theme: Communication')).toBeFocused();
    const themeExcerpts = main.getByRole('list', { name: 'Excerpts coded to Communication' });
    await expect(interviews.excerptItems(themeExcerpts)).toHaveCount(3);
    await expect(themeExcerpts).toContainText('Group conversation');
    await expectNoAxeViolations(page, 'the theme view');
    await main.getByLabel('Agency').selectOption({ label: 'Riverside Primary School' });
    await expect(interviews.excerptItems(themeExcerpts)).toHaveCount(1);
    await expect(themeExcerpts).toContainText('shared calendar of strategy discussions');
    await main.getByLabel('Link to').selectOption({ label: 'Key practice episode: The first referral' });
    await interviews.button('Add the link').click();
    await expect(main.getByRole('region', { name: 'Linked to the chronology' })).toContainText('The first referral');

    // Co-occurrence: one excerpt is coded to both themes.
    await interviews.button('All themes').click();
    const matrix = main.getByRole('table', { name: /^Excerpts coded to both themes/ });
    const columns = await matrix.getByRole('columnheader').allTextContents();
    const sharing = columns.indexOf('Information sharing');
    expect(sharing).toBeGreaterThanOrEqual(0);
    await expect(matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Communication', exact: true }) }).getByRole('cell').nth(sharing)).toHaveText('1');

    // An anonymised theme report: no registered name anywhere in it.
    const report = path.join(dataDir, 'theme-report.pdf');
    dialogs.nextSavePath(report);
    await expect(main.getByLabel('Use real names')).not.toBeChecked();
    await interviews.button('Export the theme report (PDF)').click();
    await expect(main.getByRole('status').filter({ hasText: /^Saved theme-report\.pdf/ })).toContainText(report);
    const text = await pdfText(report);
    expect(text).toContain('Communication');
    expect(text).toContain('Information sharing');
    expect(text).toContain('Social worker');
    expect(text).not.toMatch(registeredNames);

    // The coded project for other tools: project.qde inside the .qdpx, checked against the REFI-QDA schema.
    const project = path.join(dataDir, 'coded-project.qdpx');
    dialogs.nextSavePath(project);
    await main.getByRole('button', { name: /^Export the coded project/ }).click();
    await expect(main.getByRole('status').filter({ hasText: /^Saved coded-project\.qdpx/ })).toContainText(project);
    const zip = await JSZip.loadAsync(await readFile(project));
    const qde = await zip.file('project.qde')?.async('string');
    expect(qde, 'project.qde in the .qdpx').toBeTruthy();
    expect(qde).toContain('Information sharing');
    expect(qde).not.toMatch(registeredNames);
    const result = await validateXML({ xml: { fileName: 'project.qde', contents: qde! }, schema: { fileName: 'Project.xsd', contents: await readFile(schemaFile, 'utf8') } });
    expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);

    // The codebook for other tools, checked against the REFI-QDA Codebook schema; the excerpts and memos as CSV.
    const codebook = path.join(dataDir, 'codebook.qdc');
    dialogs.nextSavePath(codebook);
    await interviews.button('Export the codebook (.qdc)').click();
    await expect(main.getByRole('status').filter({ hasText: /^Saved codebook\.qdc/ })).toContainText(codebook);
    const qdc = await readFile(codebook, 'utf8');
    const codebookCheck = await validateXML({ xml: { fileName: 'codebook.qdc', contents: qdc }, schema: { fileName: 'Codebook.xsd', contents: await readFile(codebookSchema, 'utf8') } });
    expect(codebookCheck.errors.map((error) => error.rawMessage)).toEqual([]);
    expect(qdc).toContain('Information sharing');
    const csvFile = path.join(dataDir, 'excerpts.csv');
    dialogs.nextSavePath(csvFile);
    await interviews.button('Export the excerpts and memos (CSV)').click();
    await expect(main.getByRole('status').filter({ hasText: /^Saved excerpts\.csv/ })).toContainText(csvFile);
    const csv = await readFile(csvFile, 'utf8');
    expect(csv).toContain('shared calendar of strategy discussions');
    expect(csv).not.toMatch(registeredNames);

    // Deleting a theme that codes excerpts asks first; an excerpt left with no theme goes to Uncoded.
    await tree.getByRole('button', { name: 'Delete Information sharing' }).click();
    await expect(main.getByRole('group', { name: 'Delete Information sharing' })).toContainText(
      '2 excerpts are coded to Information sharing. They will be kept; any with no other theme go to Uncoded.',
    );
    await interviews.button('Yes, delete Information sharing').click();
    await expect(main.getByRole('status').filter({ hasText: 'Deleted Information sharing.' })).toContainText('1 excerpt now in Uncoded.');
    await expect(main.getByRole('list', { name: 'Uncoded excerpts' })).toContainText('discussed with the family health visitor');
  });
});
