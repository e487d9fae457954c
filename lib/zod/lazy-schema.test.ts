import { describe, expect, test, vi } from "vitest";
import { z } from "zod/mini";
import "@/lib/catalog/ids";
import { lazySchema } from "@/lib/zod/lazy-schema";

describe("lazySchema", () => {
  test("builds nothing until the schema is used, then builds it once", () => {
    const build = vi.fn(() => z.strictObject({ name: z.string() }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.safeParse({ name: "Ada" })).toEqual({ success: true, data: { name: "Ada" } });
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });

  test("works as the schema inside other schemas, with the same issues and paths", () => {
    const Inner = lazySchema(() => z.int().check(z.minimum(1)));
    const Outer = z.strictObject({ hours: Inner, list: z.array(Inner) });
    const plain = z.strictObject({ hours: z.int().check(z.minimum(1)), list: z.array(z.int().check(z.minimum(1))) });
    const input = { hours: 0, list: [2, "x"] };
    expect(Outer.safeParse(input).error?.issues).toEqual(plain.safeParse(input).error?.issues);
    expect(z.partial(lazySchema(() => Outer)).safeParse({}).success).toBe(true);
    expect(
      z
        .pick(
          lazySchema(() => Outer),
          { hours: true },
        )
        .safeParse({ hours: 3 }).success,
    ).toBe(true);
  });

  test("zod's own checks see the built schema", () => {
    const schema = lazySchema(() => z.string());
    expect(schema instanceof z.ZodMiniString).toBe(true);
    expect("_zod" in schema).toBe(true);
  });
});
