/** The bank holidays that working days are counted with. */
import { channel, noInput } from '../ipc/channel';

export interface BankHolidaysInfo {
  /** e.g. "2018–2030". */
  years: string;
  /** A newer gov.uk file the user loaded is in use on top of the built-in table. */
  loaded: boolean;
}

export const deadlineChannels = {
  'deadlines:bank-holidays': channel<typeof noInput, BankHolidaysInfo>(noInput),
  /** Asks for a gov.uk bank-holidays.json, checks it and lays it over the built-in table; null when cancelled. */
  'deadlines:load-bank-holidays': channel<typeof noInput, BankHolidaysInfo | null>(noInput),
};
