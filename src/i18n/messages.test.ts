import { compileMessages, translationProblems } from "./compileMessages";
import { LANGUAGES } from "./languages";

// Every message file in this folder, as written (not the pre-parsed form the app imports).
const files = import.meta.glob<string>("./*.json", { query: "?raw", import: "default", eager: true });

const read = (language: string): Record<string, string> => {
  const text = files[`./${language}.json`];
  if (text === undefined) throw new Error(`src/i18n/${language}.json is missing`);
  return JSON.parse(text) as Record<string, string>;
};

const english = read("en");
const translations = Object.keys(LANGUAGES).filter((language) => language !== "en");

it("every message file is a language of the switcher, and every language has its file", () => {
  const fileLanguages = Object.keys(files).map((path) => path.replace(/^\.\/(.+)\.json$/, "$1"));
  expect(fileLanguages.sort()).toEqual(Object.keys(LANGUAGES).sort());
});

describe("the message files", () => {
  it("every English message parses as ICU MessageFormat", () => {
    expect(() => compileMessages(english, "en.json")).not.toThrow();
  });

  it.each(translations)("%s.json has every key, nothing else, and the same ICU arguments as en.json", (language) => {
    expect(translationProblems(english, read(language))).toEqual([]);
  });
});

describe("translationProblems: the check above bites", () => {
  const reference = {
    "a.count": "{count, plural, one {# day} other {# days}}",
    "a.name": "Token created for “{name}”. It is valid until {date}.",
    "a.plain": "Sign in",
  };
  const good = {
    "a.count": "{count, plural, other {#日}}",
    "a.name": "「{name}」のトークンを作成しました。{date} まで有効です。",
    "a.plain": "サインイン",
  };

  it("passes a complete, faithful translation", () => {
    expect(translationProblems(reference, good)).toEqual([]);
  });

  it("names a missing key and an extra one", () => {
    const incomplete: Record<string, string> = { ...good, "a.extra": "余分" };
    delete incomplete["a.plain"];
    expect(translationProblems(reference, incomplete)).toEqual(["a.plain: missing", "a.extra: not in the reference"]);
  });

  it("names a dropped, a misspelled and a retyped placeholder", () => {
    expect(translationProblems(reference, { ...good, "a.name": "「{name}」のトークンを作成しました。" })).toEqual([
      "a.name: Different number of variables: [name, date] vs [name]",
    ]);
    expect(translationProblems(reference, { ...good, "a.name": "「{nmae}」: {date} まで有効です。" })).toEqual([
      "a.name: Missing variable name in message",
    ]);
    expect(translationProblems(reference, { ...good, "a.count": "{count}日" })[0]).toMatch(
      /^a\.count: Variable count has conflicting types/,
    );
  });

  it("names a message that does not parse", () => {
    expect(translationProblems(reference, { ...good, "a.count": "{count, plural, other {#日}" })[0]).toMatch(
      /^a\.count: does not parse/,
    );
    expect(() => compileMessages({ "a.broken": "{oops" }, "xx.json")).toThrow(/xx\.json: "a\.broken"/);
  });
});
