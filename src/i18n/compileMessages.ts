import { isStructurallySame, parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

// Build time and tests only (vite.config.ts, messages.test.ts): the browser gets the ASTs, never this parser.

/** Messages use no rich-text tags, so "<folder>" in a message is text. */
const PARSE_OPTIONS = { ignoreTag: true } as const;

/** Parses each message of a language file to its ICU AST; throws naming the first key that does not parse. */
export function compileMessages(source: Record<string, string>, file: string): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(source).map(([key, message]) => {
      try {
        return [key, parse(message, PARSE_OPTIONS)];
      } catch (error) {
        throw new Error(`${file}: "${key}" is not a valid ICU message: ${(error as Error).message}`);
      }
    }),
  );
}

/**
 * Everything wrong with a translation against the reference language: keys missing or extra, messages that do not
 * parse, and messages whose ICU arguments differ from the reference's (a placeholder dropped, renamed or misspelled,
 * a plural turned into plain text). One line per problem, naming the key.
 */
export function translationProblems(reference: Record<string, string>, translation: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) if (!(key in translation)) problems.push(`${key}: missing`);
  for (const key of Object.keys(translation)) if (!(key in reference)) problems.push(`${key}: not in the reference`);
  for (const [key, message] of Object.entries(translation)) {
    let ast: MessageFormatElement[];
    try {
      ast = parse(message, PARSE_OPTIONS);
    } catch (error) {
      problems.push(`${key}: does not parse (${(error as Error).message})`);
      continue;
    }
    const original = reference[key];
    if (original === undefined) continue;
    const same = isStructurallySame(parse(original, PARSE_OPTIONS), ast);
    if (!same.success) problems.push(`${key}: ${same.error?.message ?? "different ICU arguments"}`);
  }
  return problems;
}
