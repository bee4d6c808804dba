/** Findings, recommendations, the action plan and briefings: the model. */
export * from './model';
