/** Practitioner conversations: the model, question sets, anchors and a note's text. */
export * from './model';
export * from './question-sets';
export * from './anchor';
export * from './note-text';
