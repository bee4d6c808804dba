/** The names check's words for users. */

export function namesCount(count: number): string {
  return `${count} ${count === 1 ? 'name' : 'names'}`;
}

/** "Appears 12 times, for example:" with how many of the places are listed. */
export function appearsText(count: number, listed: number): string {
  const times = count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
  if (count <= listed) return `Appears ${times}:`;
  return `Appears ${times}; the first ${listed}:`;
}
