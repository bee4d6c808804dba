export * from './model';
export * from './types';
export * from './schemas';
export * from './text';
export * from './diff';
