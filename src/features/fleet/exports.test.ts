import type { ListedProfile } from "../../domain/profile";
import { expiryCalendar, type CalendarReminder } from "./expiryCalendar";
import { csvRows, expiryReminders, tenantsCsv, tenantsReminders } from "./fleetExports";
import { profilesCsv, type CsvRow } from "./profilesCsv";

const HEADERS = ["Name", "Kind", "Token state", "Expires (UTC)", "Expires (local)", "Enrolled devices", "Profile ID"];
const row = (name: string, overrides: Partial<CsvRow> = {}): CsvRow => ({
  name,
  kind: "Dedicated",
  state: "Valid",
  expiresUtc: "2026-12-07T01:50:00.000Z",
  expiresLocal: "Dec 7, 2026, 10:50 AM GMT+9",
  devices: 148,
  id: "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
  ...overrides,
});

/** Parses CSV (RFC 4180 quoting), as a spreadsheet would, to check what a cell really holds. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("profilesCsv", () => {
  it("starts with a UTF-8 byte order mark, ends lines with CRLF, and reads back cell for cell", () => {
    const csv = profilesCsv(HEADERS, [row("Lager – Köln 📦"), row("倉庫スキャナー")]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
    const [header, first, second] = parseCsv(csv.slice(1));
    expect(header).toEqual(HEADERS);
    expect(first).toEqual([
      "Lager – Köln 📦",
      "Dedicated",
      "Valid",
      "2026-12-07T01:50:00.000Z",
      "Dec 7, 2026, 10:50 AM GMT+9",
      "148",
      "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
    ]);
    expect(second![0]).toBe("倉庫スキャナー");
  });

  it("keeps commas, quotes and line breaks inside a cell", () => {
    const name = 'Warehouse, "Dock 7"\r\nsecond line\nthird';
    expect(parseCsv(profilesCsv(HEADERS, [row(name)]).slice(1))[1]![0]).toBe(name);
  });

  it.each(['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "makes %j text, so no formula runs",
    (name) => {
      const cell = parseCsv(profilesCsv(HEADERS, [row(name)]).slice(1))[1]![0]!;
      expect(cell).toBe(`'${name}`);
    },
  );

  it("leaves a count Graph did not report empty, never 0", () => {
    expect(parseCsv(profilesCsv(HEADERS, [row("x", { devices: null })]).slice(1))[1]![5]).toBe("");
  });

  it.each(["＝1+1", "＋1", "－2", "＠SUM(A1)", " =1+1", "\n=1", "\u0000=1", "\u001f@x", "\u007f=1"])(
    "makes %j text too: full-width signs, a leading space, any control character",
    (name) => {
      const cell = parseCsv(profilesCsv(HEADERS, [row(name)]).slice(1))[1]![0]!;
      expect(cell).toBe(`'${name}`);
    },
  );

  it("leaves ordinary text alone, a name in another script included", () => {
    for (const name of ["Lobby", "倉庫 – Köln", "1st floor", "Ｌｏｂｂｙ"]) {
      expect(parseCsv(profilesCsv(HEADERS, [row(name)]).slice(1))[1]![0]).toBe(name);
    }
  });

  it("escapes every text column, ids included", () => {
    const cells = parseCsv(profilesCsv(HEADERS, [row("x", { kind: "=k", state: "+s", id: "-id" })]).slice(1))[1]!;
    expect(cells.slice(1, 3)).toEqual(["'=k", "'+s"]);
    expect(cells[6]).toBe("'-id");
  });
});

describe("expiryCalendar", () => {
  const reminder: CalendarReminder = {
    uid: "androidDeviceOwnerEnrollmentProfiles/p1@2026-12-07",
    date: { year: 2026, month: 12, day: 31 },
    summary: "Enrollment token expires in 7 days: Warehouse; Dock, 7",
    description: "Line one\nLine two with a backslash \\ and a long tail ".repeat(3),
    url: "https://tokens.contoso.com/?kind=dedicated&profile=p1",
  };
  const ics = expiryCalendar([reminder, { ...reminder, uid: "second" }], new Date("2026-11-30T01:02:03.456Z"));
  const unfolded = ics.replace(/\r\n /g, "");

  it("is an RFC 5545 calendar: CRLF lines, one VEVENT per reminder, an all-day event with an alarm", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n");
    expect(unfolded).toContain("DTSTAMP:20261130T010203Z\r\n");
    expect(unfolded).toContain("UID:androidDeviceOwnerEnrollmentProfiles/p1@2026-12-07\r\n");
    expect(unfolded).toContain("URL:https://tokens.contoso.com/?kind=dedicated&profile=p1\r\n");
    expect(unfolded).toContain("BEGIN:VALARM\r\nACTION:DISPLAY\r\n");
  });

  it("escapes text (comma, semicolon, backslash, line breaks)", () => {
    expect(unfolded).toContain("SUMMARY:Enrollment token expires in 7 days: Warehouse\\; Dock\\, 7\r\n");
    expect(unfolded).toContain("DESCRIPTION:Line one\\nLine two with a backslash \\\\ and");
  });

  it("folds lines longer than 75 octets without splitting a character", () => {
    const long = expiryCalendar([{ ...reminder, summary: "倉庫".repeat(60) }]);
    for (const line of long.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(long.replace(/\r\n /g, "")).toContain(`SUMMARY:${"倉庫".repeat(60)}\r\n`);
  });
});

describe("what Graph did not send, in the exports", () => {
  // An AOSP profile listed without its expiry or device count (a tenant whose list leaves them out).
  const unreported: ListedProfile = {
    id: "a1",
    kind: "aospUserAssociated",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    displayName: "Headsets",
  };

  it("is not reported in the CSV: no state it may not have, no date, no count", () => {
    expect(csvRows([unreported], new Date())).toEqual([
      expect.objectContaining({ state: "Expiry not reported", expiresUtc: "", expiresLocal: "", devices: null }),
    ]);
  });

  it("gets no calendar reminder", () => {
    expect(expiryReminders([unreported], 7, new Date())).toEqual([]);
  });
});

describe("exports of profiles from several tenants", () => {
  const NOW = new Date("2026-12-01T00:00:00Z");
  const dedicated = (id: string, displayName: string, expires: string): ListedProfile => ({
    id,
    kind: "dedicated",
    collection: "androidDeviceOwnerEnrollmentProfiles",
    displayName,
    enrolledDeviceCount: 3,
    tokenExpirationDateTime: expires,
  });
  const FABRIKAM = { id: "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e", name: "Fabrikam" };
  // A tenant's name is the partner's word in config.json: escaped like every other text cell.
  const HOSTILE = { id: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", name: '=HYPERLINK("x"), "Northwind"' };
  const selection = [
    { tenant: FABRIKAM, profiles: [dedicated("f1", "Kiosks", "2026-12-20T00:00:00Z")] },
    { tenant: HOSTILE, profiles: [dedicated("n1", "Scanners", "2026-12-24T00:00:00Z")] },
  ];

  it("the CSV has a Tenant column first, each row its tenant's name, escaped as every text cell", () => {
    const rows = parseCsv(tenantsCsv(selection, NOW).slice(1));
    expect(rows[0]).toEqual([
      "Tenant",
      "Name",
      "Kind",
      "Token state",
      "Token expires (UTC, ISO 8601)",
      "Token expires (local time)",
      "Enrolled devices",
      "Profile ID",
    ]);
    expect(rows.slice(1).map((cells) => [cells[0], cells[1], cells[7]])).toEqual([
      ["Fabrikam", "Kiosks", "f1"],
      ['\'=HYPERLINK("x"), "Northwind"', "Scanners", "n1"],
    ]);
  });

  it("profiles of one tenant only export as one tenant's, without the column", () => {
    const rows = parseCsv(tenantsCsv([selection[0]!, { tenant: HOSTILE, profiles: [] }], NOW).slice(1));
    expect(rows[0]![0]).toBe("Name");
    expect(rows[1]).toHaveLength(7);
  });

  it("each calendar event names its tenant and links to the profile in that tenant", () => {
    const reminders = tenantsReminders(selection, 7, NOW);
    expect(reminders.map((reminder) => reminder.summary)).toEqual([
      expect.stringMatching(/^Renew the enrollment token of “Kiosks” in Fabrikam \(expires /),
      expect.stringMatching(/^Renew the enrollment token of “Scanners” in =HYPERLINK\("x"\), "Northwind" \(expires /),
    ]);
    expect(reminders[0]!.description).toContain("in the tenant Fabrikam");
    const link = new URL(reminders[0]!.url);
    expect(Object.fromEntries(link.searchParams)).toEqual({ tenant: FABRIKAM.id, kind: "dedicated", profile: "f1" });
    const ics = expiryCalendar(reminders, NOW);
    expect(ics.replace(/\r\n /g, "")).toContain(
      'SUMMARY:Renew the enrollment token of “Scanners” in =HYPERLINK("x")\\, "Northwind"',
    );
  });

  it("reminders of one tenant's profiles do not name it, and still link into it", () => {
    const [reminder] = tenantsReminders([selection[0]!], 7, NOW);
    expect(reminder!.summary).toMatch(/^Renew the enrollment token of “Kiosks” \(expires /);
    expect(new URL(reminder!.url).searchParams.get("tenant")).toBe(FABRIKAM.id);
  });
});
