/** The reviews register's domain: vocabularies, lifecycles, dates, pseudonyms, schemas and types. */
export * from './catalogue';
export * from './dates';
export * from './lifecycle';
export * from './pseudonyms';
export * from './schemas';
export * from './types';
