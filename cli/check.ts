// PLACEHOLDER: flinksql check (owned by the check/CLI work).
export async function check(_args: string[]): Promise<number> {
  console.error('flinksql check: not implemented yet');
  return 2;
}
