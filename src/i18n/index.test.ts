import { activateLanguage, formatDateTime, formatDateTimeUtc, loadLanguage, t } from ".";
import { browserLanguage, chooseLanguage, intlLocale, rememberLanguage } from "./chooseLanguage";

const AT = new Date("2026-11-28T10:05:09Z");

function useBrowserLanguages(languages: string[]) {
  vi.spyOn(navigator, "languages", "get").mockReturnValue(languages);
}

async function speak(language: "en" | "ja") {
  activateLanguage(language, await loadLanguage(language));
}

afterEach(async () => {
  localStorage.clear();
  await speak("en");
});

describe("t: ICU messages in the active language", () => {
  it("plurals and the locale's numbers, in English", () => {
    expect(t("duration.days", { count: 1 })).toBe("1 day");
    expect(t("duration.days", { count: 30 })).toBe("30 days");
    expect(t("profiles.devices", { count: 1 })).toBe("1 enrolled device");
    expect(t("profiles.count", { shown: 1000, total: 1234 })).toBe("1,000 of 1,234 profiles");
    expect(t("profiles.count", { shown: 1, total: 1 })).toBe("1 of 1 profile");
  });

  it("the same keys in Japanese, with the admin center's terms", async () => {
    await speak("ja");
    expect(t("duration.days", { count: 30 })).toBe("30日");
    expect(t("duration.hours", { count: 2 })).toBe("2時間");
    expect(t("create.submit")).toBe("トークンの作成");
    expect(t("profiles.heading")).toBe("登録プロファイル");
    expect(t("profiles.count", { shown: 1000, total: 1234 })).toBe("1,000件のプロファイル (全1,234件)");
  });

  it("a message missing an argument fails loudly instead of showing a raw placeholder", () => {
    expect(() => t("duration.days")).toThrow(/count/);
  });
});

describe("dates and times", () => {
  it("UTC says UTC, in each language", async () => {
    expect(formatDateTimeUtc(AT)).toBe("Nov 28, 2026, 10:05 AM UTC");
    expect(formatDateTimeUtc(AT, { seconds: true })).toBe("Nov 28, 2026, 10:05:09 AM UTC");
    await speak("ja");
    expect(formatDateTimeUtc(AT)).toBe("2026年11月28日 10:05 UTC");
  });

  it("local time names its zone", async () => {
    const zone = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" })
      .formatToParts(AT)
      .find((part) => part.type === "timeZoneName")?.value;
    expect(zone).toBeTruthy();
    expect(formatDateTime(AT).endsWith(` ${zone}`)).toBe(true);
    await speak("ja");
    expect(formatDateTime(AT)).toMatch(/^2026年11月2[89]日 \d{1,2}:05 \S+$/);
  });
});

describe("activating a language", () => {
  it("sets <html lang> and the document title", async () => {
    await speak("ja");
    expect(document.documentElement.lang).toBe("ja");
    expect(document.title).toBe("登録トークン コンソール");
    await speak("en");
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("Enrollment Token Console");
  });
});

describe("choosing the language", () => {
  it("takes the first of the browser's languages the console speaks", () => {
    useBrowserLanguages(["ja-JP", "en-US"]);
    expect(browserLanguage()).toBe("ja");
    useBrowserLanguages(["fr-FR", "ja", "en"]);
    expect(browserLanguage()).toBe("ja");
    useBrowserLanguages(["en-GB", "ja"]);
    expect(browserLanguage()).toBe("en");
    useBrowserLanguages(["fr-FR", "de"]);
    expect(browserLanguage()).toBe("en");
  });

  it("a choice made with the switcher wins over the browser, and a stored value is checked", () => {
    useBrowserLanguages(["ja-JP"]);
    expect(chooseLanguage()).toBe("ja");
    rememberLanguage("en");
    expect(localStorage.getItem("etc.language")).toBe("en");
    expect(chooseLanguage()).toBe("en");
    localStorage.setItem("etc.language", "xx");
    expect(chooseLanguage()).toBe("ja");
  });

  it("formats with the browser's own regional tag when it is in the chosen language", () => {
    useBrowserLanguages(["en-GB", "ja-JP"]);
    expect(intlLocale("en")).toBe("en-GB");
    expect(intlLocale("ja")).toBe("ja-JP");
    useBrowserLanguages(["fr-FR"]);
    expect(intlLocale("ja")).toBe("ja");
  });
});
