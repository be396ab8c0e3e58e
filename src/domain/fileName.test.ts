import { localDateStamp, safeFileName } from "./fileName";

describe("safeFileName", () => {
  it("keeps an ordinary name as it is", () => {
    expect(safeFileName("Warehouse scanners – Hall 3", "profile")).toBe("Warehouse scanners – Hall 3");
    expect(safeFileName("店舗タブレット", "profile")).toBe("店舗タブレット");
  });

  it("replaces characters file systems refuse, and controls", () => {
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j', "profile")).toBe("a_b_c_d_e_f_g_h_i_j");
    expect(safeFileName("tab\there\nnew\u0000line", "profile")).toBe("tab here new_line");
  });

  it("removes bidi controls that could disguise the extension", () => {
    expect(safeFileName("invoice\u202egnp.exe", "profile")).toBe("invoice_gnp.exe");
  });

  it("trims dots and spaces at the ends, and falls back when nothing is left", () => {
    expect(safeFileName("  ..Kiosk..  ", "profile")).toBe("Kiosk");
    expect(safeFileName(" ... ", "profile")).toBe("profile");
    expect(safeFileName("", "profile")).toBe("profile");
  });

  it("never yields a Windows device name", () => {
    expect(safeFileName("CON", "profile")).toBe("_CON");
    expect(safeFileName("lpt1.txt", "profile")).toBe("_lpt1.txt");
    expect(safeFileName("Console", "profile")).toBe("Console");
  });

  it("clips long names to 80 code points without splitting an emoji", () => {
    const name = "📱".repeat(100);
    const safe = safeFileName(name, "profile");
    expect(Array.from(safe)).toHaveLength(80);
    expect(safe).toBe("📱".repeat(80));
  });
});

describe("localDateStamp", () => {
  it("is the local date as YYYY-MM-DD", () => {
    expect(localDateStamp(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
    expect(localDateStamp(new Date(2025, 10, 30, 0, 0))).toBe("2025-11-30");
  });
});
