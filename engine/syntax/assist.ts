// Content assist over the grammar (Chevrotain 13 no longer ships computeContentAssist): walks the
// recorded grammar (GAST) from a start rule, consuming the given tokens along every path, and
// returns the token types that may come next. Paths are de-duplicated per (position, token index)
// and the walk is bounded, so it stays fast on long statements.
import { Alternation, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Terminal, tokenMatcher } from 'chevrotain';
import type { BaseParser, IProduction, IToken, TokenType } from 'chevrotain';

type Cont = { defs: IProduction[]; i: number; next: Cont | undefined };

export function nextTokenTypes(parser: BaseParser, startRule: string, tokens: IToken[], budget = 200000): TokenType[] {
  const rules = parser.getGAstProductions();
  const start = rules[startRule];
  if (!start) return [];
  const result = new Set<TokenType>();
  let steps = 0;
  // state: a continuation stack (sequence of productions to run) and a token index
  const seen = new Set<string>();
  const stack: { cont: Cont | undefined; tok: number }[] = [{ cont: { defs: start.definition, i: 0, next: undefined }, tok: 0 }];
  const ids = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (o: object) => {
    let v = ids.get(o);
    if (!v) { v = nextId++; ids.set(o, v); }
    return v;
  };
  while (stack.length > 0 && steps++ < budget) {
    const { cont, tok } = stack.pop()!;
    if (!cont) continue;
    if (cont.i >= cont.defs.length) {
      stack.push({ cont: cont.next, tok });
      continue;
    }
    const key = `${idOf(cont.defs)}:${cont.i}:${tok}:${cont.next ? idOf(cont.next) : 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const prod = cont.defs[cont.i]!;
    const after: Cont = { defs: cont.defs, i: cont.i + 1, next: cont.next };
    if (prod instanceof Terminal) {
      if (tok === tokens.length) result.add(prod.terminalType);
      else if (tokenMatcher(tokens[tok]!, prod.terminalType)) stack.push({ cont: after, tok: tok + 1 });
    } else if (prod instanceof NonTerminal) {
      stack.push({ cont: { defs: prod.referencedRule.definition, i: 0, next: after }, tok });
    } else if (prod instanceof Alternation) {
      for (const alt of prod.definition) stack.push({ cont: { defs: (alt as unknown as { definition: IProduction[] }).definition, i: 0, next: after }, tok });
    } else if (prod instanceof Option) {
      stack.push({ cont: after, tok });
      stack.push({ cont: { defs: prod.definition, i: 0, next: after }, tok });
    } else if (prod instanceof Repetition || prod instanceof RepetitionMandatory) {
      const loop: Cont = { defs: [prod], i: 0, next: cont.next };
      const body: Cont = { defs: prod.definition, i: 0, next: { defs: [new Option({ definition: [prod] })], i: 0, next: after } };
      if (prod instanceof Repetition) stack.push({ cont: after, tok });
      void loop;
      stack.push({ cont: body, tok });
    } else if (prod instanceof RepetitionWithSeparator || prod instanceof RepetitionMandatoryWithSeparator) {
      const sep = new Terminal({ terminalType: prod.separator });
      const rest: Cont = { defs: [new Option({ definition: [sep, ...prod.definition] })], i: 0, next: after };
      if (prod instanceof RepetitionWithSeparator) stack.push({ cont: after, tok });
      stack.push({ cont: { defs: prod.definition, i: 0, next: rest }, tok });
    } else {
      // Alternative / Rule wrappers
      const defs = (prod as unknown as { definition?: IProduction[] }).definition ?? [];
      stack.push({ cont: { defs, i: 0, next: after }, tok });
    }
  }
  return [...result];
}
