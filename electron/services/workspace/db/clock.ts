/** Where the database layer reads the time from; tests and the CLI inject their own. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
