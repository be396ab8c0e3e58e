import { tenantFileName } from "./tenantFileName";

describe("a file name with its tenant", () => {
  it("puts the tenant's name in front when there is a tenant, and leaves the name alone otherwise", () => {
    expect(tenantFileName({ id: "fabrikam.onmicrosoft.com", name: "Fabrikam" }, "Enrollment profiles")).toBe(
      "Fabrikam – Enrollment profiles",
    );
    expect(tenantFileName(null, "Enrollment profiles")).toBe("Enrollment profiles");
  });

  it("makes the tenant's name safe, and names the tenant by its id when nothing of the name is left", () => {
    expect(tenantFileName({ id: "x.onmicrosoft.com", name: "A/B: Co" }, "n")).toBe("A_B_ Co – n");
    const id = "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e";
    expect(tenantFileName({ id, name: "..." }, "n")).toBe(`${id} – n`);
  });
});
