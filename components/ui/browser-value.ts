import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * A value read in the browser that nothing announces a change of (the address, what this render is): `onServer()`
 * on the server and while React hydrates the server's HTML, `read()` in every render after that. Both must give
 * the same value (a primitive, or the same object) while what they read is unchanged.
 */
export function useBrowserValue<T>(read: () => T, onServer: () => T): T {
  return useSyncExternalStore(subscribeNever, read, onServer);
}

const inTheBrowser = () => false;
const onServerOrHydrating = () => true;

/** True on the server and while React hydrates the server's HTML; false in a render in the browser after that. */
export function useHydrating(): boolean {
  return useBrowserValue(inTheBrowser, onServerOrHydrating);
}
