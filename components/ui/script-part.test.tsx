/** @vitest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { PartNotLoaded, scriptPart } from "@/components/ui/script-part";

test("the script is fetched once, however often it is asked for", async () => {
  const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
  const part = scriptPart(importer);
  expect(importer).not.toHaveBeenCalled();
  const [a, b] = await Promise.all([part.load(), part.load()]);
  expect(importer).toHaveBeenCalledTimes(1);
  expect(a).toEqual({ module: { answer: 42 } });
  expect(b).toBe(a);
});

test("a script that does not arrive settles as failed instead of rejecting, and says so in words", async () => {
  const part = scriptPart(() => Promise.reject(new Error("ChunkLoadError")));
  await expect(part.load()).resolves.toEqual({ failed: true });
  function Part() {
    const arrived = part.useArrived();
    return "failed" in arrived ? <PartNotLoaded what="The comparison" /> : null;
  }
  render(<Part />);
  expect(screen.getByRole("alert")).toHaveTextContent(
    "The comparison could not be loaded: the connection may have dropped. Reload the page to try again.",
  );
});
