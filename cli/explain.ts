// PLACEHOLDER: flinksql explain (owned by the engine work).
export async function explain(_args: string[]): Promise<number> {
  console.error('flinksql explain: not implemented yet');
  return 2;
}
