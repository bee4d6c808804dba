/** Agency requests and returns: the vocabulary, inputs and channels. */
export * from './model';
export * from './schemas';
export * from './channels';
