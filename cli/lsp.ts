// PLACEHOLDER: flinksql lsp --stdio (owned by the language-server work).
export async function lsp(_args: string[]): Promise<number> {
  console.error('flinksql lsp: not implemented yet');
  return 2;
}
