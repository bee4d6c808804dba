export * from './model';
export * from './types';
export * from './schemas';
export * from './document';
export * from './decision';
export * from './guidance';
