import { useEffect } from 'react';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { BackupsSection } from '../backups/BackupsSection';
import { NotPeopleSection } from '../exports/NotPeopleSection';
import { BankHolidaysSection } from '../holidays/BankHolidaysSection';
import { SecuritySection } from '../security/SecuritySection';
import { useShell } from '../shell/store';
import { selectOpenWorkspace, useWorkspace } from '../workspace/store';
import { AboutSection } from './AboutSection';
import { AuditSection } from './AuditSection';
import { GeneralSettings } from './GeneralSettings';
import { useSettings } from './store';

/** Preferences for this computer, and — while a workspace is open — its keys, backups, words marked not a person and audit log; then what support may ask about the app. */
export function SettingsPage() {
  const workspace = useWorkspace(selectOpenWorkspace);
  const closeSettings = useShell((state) => state.closeSettings);
  const load = useSettings((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <BackLink onClick={closeSettings} />
      <PageHeading>Settings</PageHeading>
      <GeneralSettings />
      <BankHolidaysSection />
      {workspace ? (
        <>
          <SecuritySection workspace={workspace} />
          <BackupsSection workspace={workspace} />
          <NotPeopleSection />
          <AuditSection />
        </>
      ) : (
        <p className="inset-text">Security, backups and the audit log belong to a workspace. Open a workspace to see them here.</p>
      )}
      <AboutSection />
    </>
  );
}
