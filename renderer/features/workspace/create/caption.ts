/** The caption above each question of the create wizard. */
export const wizardCaption = (step: 1 | 2 | 3 | 4) => `Create a workspace — step ${step} of 4`;
