/** One reminder: an all-day event on `date`, ahead of a token's expiry. */
export interface CalendarReminder {
  /** Stable per profile and expiry: importing the file again updates the event instead of adding one. */
  uid: string;
  /** The local calendar day of the reminder. */
  date: { year: number; month: number; day: number };
  summary: string;
  description: string;
  /** The console's link to the profile. */
  url: string;
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");
const icsDate = ({ year, month, day }: CalendarReminder["date"]) => `${pad(year, 4)}${pad(month)}${pad(day)}`;
const icsStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function nextDay({ year, month, day }: CalendarReminder["date"]): CalendarReminder["date"] {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks are escaped. */
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * An iCalendar file (RFC 5545) with one all-day event per reminder, each with a pop-up alarm at 9:00 that day, so
 * it lands in Outlook (or any calendar) as a reminder to renew the token.
 */
export function expiryCalendar(reminders: readonly CalendarReminder[], now: Date = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Enrollment Token Console//Token expiry reminders//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...reminders.flatMap((reminder) => [
      "BEGIN:VEVENT",
      `UID:${text(reminder.uid)}`,
      `DTSTAMP:${icsStamp(now)}`,
      `DTSTART;VALUE=DATE:${icsDate(reminder.date)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(reminder.date))}`,
      `SUMMARY:${text(reminder.summary)}`,
      `DESCRIPTION:${text(reminder.description)}`,
      `URL:${reminder.url}`,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${text(reminder.summary)}`,
      "TRIGGER;RELATED=START:PT9H",
      "END:VALARM",
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
