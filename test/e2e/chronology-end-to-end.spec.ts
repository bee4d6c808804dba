/**
 * Issue #5's done-when as a reviewer does it: two agencies' files through the mapping UI, the
 * composite, a likely duplicate linked as the same event, and the anonymised view with no real
 * name anywhere on screen — against the real core and the fictional Hartwell fixtures.
 */
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { fixtures, realNames } from './chronology-setup';
import { expect, test } from './fixtures';
import { ChronologyPage } from './pages/chronology';
import { ChronologyImportPage } from './pages/chronology-import';

test.describe('chronology, end to end (issue #5 done-when)', () => {
  test.use({ openWorkspace: true });

  test('imports two files through the mapping UI, shows the composite, links a duplicate pair, and the anonymised view shows no real name', async ({ page, host, dialogs }) => {
    test.setTimeout(60_000);
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    for (const [name, role, pseudonym] of [
      ['Maisie Hartwell', 'child', 'Child M'],
      ['Tyler Hartwell', 'sibling', 'Sibling T'],
      ['Kerry Hartwell', 'parent', 'Mother'],
      ['Dean Farrow', 'carer', 'Mother’s partner'],
      ['Janet Hartwell', 'other-family', 'Maternal grandmother'],
    ] as const) {
      await host.call('people:add', { reviewId: review.id, name, role, pseudonym });
    }
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await wizard.chooseFiles(dialogs, [path.join(fixtures, 'police.csv'), path.join(fixtures, 'childrens-social-care.xlsx')]);
    await expect(wizard.column('Details')).toHaveValue('event');
    await wizard.preview('police.csv');
    await wizard.importAndWait('police.csv');
    await expect(wizard.confirmation()).toHaveText('Imported 8 entries from Police; no rows rejected.');
    await wizard.main.getByRole('button', { name: 'Continue to file 2 of 2: childrens-social-care.xlsx' }).click();
    await expect(wizard.agencyField).toHaveValue("Children's Social Care");
    // The reviewer maps "Manager Oversight", which the app left as another column, to the outcome.
    await wizard.mapColumn('Manager Oversight', 'Outcome');
    await wizard.preview('childrens-social-care.xlsx');
    await wizard.importAndWait('childrens-social-care.xlsx');
    await expect(wizard.confirmation()).toHaveText("Imported 7 entries from Children's Social Care; no rows rejected.");
    await wizard.done();

    const chronology = new ChronologyPage(page);
    await chronology.expectCount(15, 15);
    await expect(chronology.row('Strategy discussion (telephone)')).toBeVisible();
    const duplicates = await chronology.showTab('Likely duplicates');
    await expect(duplicates.getByRole('region', { name: /^Pair \d of 3: Police and Children's Social Care/ })).toHaveCount(3);
    const discussion = chronology.pair(/11 Mar 2019/);
    await discussion.getByRole('button', { name: 'Same event' }).click();
    await expect(discussion).toContainText('Decision: Same event — both entries kept and linked.');
    const [linked] = (await host.call('chronology:list', { reviewId: review.id, anonymised: false, filter: { text: 'STRAT-0311' } })).entries;
    expect(linked?.linkedIds).toHaveLength(1);

    await chronology.showTab('Composite');
    await chronology.anonymised.check();
    await expect(chronology.count).toHaveText('Showing 15 of 15 entries');
    await chronology.openEntry('Strategy discussion (telephone)');
    await expect(chronology.detail).toContainText("bruise to Child M's left cheek");
    expect(await chronology.pageText()).not.toMatch(realNames);
    await chronology.showTab('Likely duplicates');
    await expect(chronology.pair(/11 Mar 2019/)).toContainText('Decision: Same event');
    expect(await chronology.pageText()).not.toMatch(realNames);
    await expectNoAxeViolations(page, 'anonymised duplicates after an import through the wizard');
  });
});
