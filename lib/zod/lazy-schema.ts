/**
 * A schema built the first time something uses it, not when its module loads.
 *
 * Every page that checks input loads the app's schema modules (ids, profile, saved state, sources…), and zod
 * builds each schema as an object graph when its module runs: in the browser that was tens of milliseconds
 * of main-thread work during every page load (docs/performance.md), though a first-time visitor uses few of
 * them before acting (nothing is saved yet to check, no form has been sent). Wrapped in `lazySchema`, a
 * schema costs nothing until it is parsed with, composed into another schema that is itself built, or read.
 *
 * The result behaves as the schema itself for everything zod and the app do with one (parse, compose, read its
 * parts, `in`, `instanceof`): each is forwarded to the schema, built once.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  // What zod and its users ask of a schema: its properties, `in` (resolvers look for `_zod`) and `instanceof`.
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
