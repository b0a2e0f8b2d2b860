// PLACEHOLDER: flinksql run (owned by the engine work).
export async function runCommand(_args: string[]): Promise<number> {
  console.error('flinksql run: not implemented yet');
  return 2;
}
