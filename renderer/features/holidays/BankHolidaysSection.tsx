import { useEffect } from 'react';
import { useHolidays } from './store';

/** Deadlines skip England & Wales bank holidays; a newer gov.uk file extends the years covered. */
export function BankHolidaysSection() {
  const info = useHolidays((state) => state.info);
  const busy = useHolidays((state) => state.busy);
  const message = useHolidays((state) => state.message);
  const load = useHolidays((state) => state.load);
  const loadNewerFile = useHolidays((state) => state.loadNewerFile);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="holidays-heading" className="section">
      <h2 id="holidays-heading">Bank holidays</h2>
      <p>
        Statutory deadlines count working days, skipping weekends and England &amp; Wales bank holidays.{' '}
        {info && (
          <>
            The app has bank holidays for <strong>{info.years}</strong>
            {info.loaded ? ', including a file you loaded.' : ' built in.'}
          </>
        )}
      </p>
      <p>When gov.uk publishes new dates, download bank-holidays.json from gov.uk on a connected computer and load it here.</p>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void loadNewerFile()}>
        Load a bank-holidays file…
      </button>
      <div role="status">{message && <p className="confirmation-text">{message}</p>}</div>
    </section>
  );
}
