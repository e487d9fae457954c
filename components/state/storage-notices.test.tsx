/** @vitest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { StorageNotices } from "@/components/state/storage-notices";
import { StoreProvider, useAppStore } from "@/components/state/store-provider";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { STORAGE_KEY } from "@/lib/saved/storage-key";

afterEach(() => localStorage.clear());

/** Says when the store has read storage, and how many notices that left. */
function ReadMark() {
  const read = useAppStore((s) => s.hydrated);
  const notices = useAppStore((s) => s.notices.length);
  return read ? <p>Saved data read: {notices} notices</p> : null;
}

const renderNotices = () =>
  render(
    <StoreProvider known={knownIdsOf(catalog)}>
      <StorageNotices />
      <p>The page</p>
      <ReadMark />
    </StoreProvider>,
  );

test("junk in storage: the page says what was reset, and OK hides it", async () => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { answers: { years: -4 }, step: "nowhere" }, version: 1 }));
  renderNotices();
  const notice = await screen.findByRole("status");
  expect(notice).toHaveTextContent("About your saved answers");
  expect(notice).toHaveTextContent(/couldn't be used and was reset/);
  await userEvent.click(screen.getByRole("button", { name: "OK, hide this" }));
  expect(notice).not.toBeInTheDocument();
  expect(screen.getByText("The page")).toBeInTheDocument();
});

test("nothing saved, or everything valid: no notice", async () => {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ state: { answers: { role: "sre" }, step: "experience" }, version: 1 }),
  );
  renderNotices();
  expect(await screen.findByText("Saved data read: 0 notices")).toBeInTheDocument();
  expect(screen.getByText("The page")).toBeInTheDocument();
  expect(screen.queryByRole("status")).not.toBeInTheDocument();
});
