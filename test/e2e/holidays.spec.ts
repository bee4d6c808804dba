/** Loading a newer gov.uk bank-holidays file from Settings, through the real core. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings';

test('a newer bank-holidays file extends the years deadlines can be counted in', async ({ page, dialogs, dataDir }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  const section = page.getByRole('region', { name: 'Bank holidays' });
  await expect(section).toContainText('2018–2030');
  await expectNoAxeViolations(page, 'settings with the bank holidays section');

  const file = path.join(dataDir, 'bank-holidays.json');
  await writeFile(
    file,
    JSON.stringify({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'New Year’s Day', date: '2031-01-01', notes: '', bunting: true },
          { title: 'Christmas Day', date: '2031-12-25', notes: '', bunting: true },
        ],
      },
    }),
  );
  dialogs.nextOpenPath(file);
  await section.getByRole('button', { name: 'Load a bank-holidays file…' }).click();
  await expect(section.getByRole('status')).toContainText('bank holidays for 2018–2031');
  await expect(section).toContainText('including a file you loaded');
});
