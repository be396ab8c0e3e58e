import { createContext, useContext } from "react";
import type { GraphClient } from "./client";

export const GraphClientContext = createContext<GraphClient | null>(null);

export function useGraphClient(): GraphClient {
  const client = useContext(GraphClientContext);
  if (client === null) throw new Error("useGraphClient() needs a GraphClientContext provider");
  return client;
}
