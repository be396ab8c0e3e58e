import { useMemo } from "react";
import { useAuth } from "../auth/session";
import { createAospIdForms, type AospIdForms } from "../domain/profiles/aospIdForm";

/** The AOSP id forms of the signed-in admin's tenant. */
export function useAospIdForms(): AospIdForms {
  const tenant = useAuth().account?.tenant ?? "";
  return useMemo(() => createAospIdForms(tenant), [tenant]);
}
