import { act, renderHook } from "@testing-library/react";
import * as z from "zod/mini";
import { SESSION_KEY_PREFIX } from "../storage/accountState";
import { useSessionState } from "./useSessionState";

const isNumber = z.number();

describe("useSessionState", () => {
  beforeEach(() => sessionStorage.clear());

  it("starts from what is stored when it is valid, and from the fallback when it is not", () => {
    sessionStorage.setItem(`${SESSION_KEY_PREFIX}count`, "3");
    expect(renderHook(() => useSessionState("count", 0, isNumber)).result.current[0]).toBe(3);
    sessionStorage.setItem(`${SESSION_KEY_PREFIX}count`, '"three"');
    expect(renderHook(() => useSessionState("count", 0, isNumber)).result.current[0]).toBe(0);
  });

  it("takes a value or a function of the previous one, keeps a stable setter, and stores what it became", () => {
    const { result } = renderHook(() => useSessionState("count", 1, isNumber));
    const setter = result.current[1];
    act(() => setter(5));
    act(() => {
      // Two updates in one batch: the second sees the first.
      setter((previous) => previous + 1);
      setter((previous) => previous * 10);
    });
    expect(result.current[0]).toBe(60);
    expect(result.current[1]).toBe(setter);
    expect(sessionStorage.getItem(`${SESSION_KEY_PREFIX}count`)).toBe("60");
  });
});
