// The page's CSP nonce (app/modules/security/headers.server.mjs), from the server entry to the document's scripts.
// In the browser it is empty: the scripts already on the page ran, and browsers hide the attribute's value anyway.
import { createContext, useContext } from "react";

const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce() {
  return useContext(NonceContext);
}
