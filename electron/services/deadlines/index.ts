/** Bank holidays for counting working days: the shipped table and newer gov.uk files. */
export * from './load';
export { createHolidaysStore, type HolidaysStore } from './holidays-store';
