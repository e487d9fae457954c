/** @vitest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { beforeEach, expect, test, vi } from "vitest";
import { catalog } from "@/data/catalog";
import { todayIso } from "@/lib/dates/iso-date";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import type { Profile } from "@/lib/profile/schema";
import { profileToQuery } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";
import { progressFromFile } from "@/lib/saved/progress-file";
import { knownIdsOf, type Progress } from "@/lib/saved/saved-state";
import { STORAGE_KEY } from "@/lib/saved/storage-key";
import { StoreProvider } from "@/components/state/store-provider";
import { downloadText } from "@/components/roadmap/download";
import { RoadmapView } from "@/components/roadmap/roadmap-view";

// Downloads are captured rather than clicked through: jsdom cannot navigate to a blob URL.
vi.mock("@/components/roadmap/download", () => ({ downloadText: vi.fn() }));

const known = knownIdsOf(catalog);
// The SRE heading for architecture: Professional, Advanced, FinOps Professional and Expert, from 2027-01-04.
const PROFILE = EXAMPLE_PROFILE;
const EXPECTED = recommend(PROFILE, catalog);

beforeEach(() => {
  window.history.replaceState(null, "", "/roadmap");
  vi.mocked(downloadText).mockClear();
});

function renderView(profile?: Profile) {
  return render(
    <StoreProvider known={known}>
      <RoadmapView catalog={catalog} profile={profile} />
    </StoreProvider>,
  );
}

/** Renders and waits until saved progress has been read (the progress controls are enabled from then on). */
async function renderHydrated(profile: Profile = PROFILE) {
  const view = renderView(profile);
  await waitFor(() => expect(statusRadio("MLOps Professional", "Done")).toBeEnabled());
  return view;
}

function saveState(state: { answers?: Record<string, unknown>; progress?: Progress }) {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ state: { answers: {}, step: "review", progress: {}, ...state }, version: 1 }),
  );
}

const stepItem = (id: string) => {
  const item = document.getElementById(`step-${id}`);
  if (!item) throw new Error(`no step-${id}`);
  return item;
};
const stepIds = () =>
  [...within(screen.getByRole("region", { name: "Your steps" })).getAllByRole("listitem")]
    .filter((li) => li.id.startsWith("step-"))
    .map((li) => li.id);
const statusRadio = (name: string, status: string) =>
  within(screen.getByRole("group", { name: `Progress on ${name}` })).getByRole("radio", { name: status });
/** A step's notes field, drawn when its disclosure first opens: opens it as a click on its toggle would. */
async function notesOn(name: string) {
  const toggle = screen.getByText(new RegExp(`^More about ${name}`));
  if (!toggle.closest("details")?.open) fireEvent.click(toggle);
  return screen.findByRole("textbox", { name: `Notes on ${name}` });
}
const region = (id: string, name: string) => within(stepItem(id)).getByRole("region", { name });
const itemsOf = (element: HTMLElement) =>
  within(element)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
const timesIn = (element: HTMLElement) => [...element.querySelectorAll("time")].map((t) => t.dateTime);

test("each step is li#step-<id>, in the engine's order, headed by its name and track, with its reasons", async () => {
  await renderHydrated();
  expect(stepIds()).toEqual(EXPECTED.steps.map((s) => `step-${s.certificationId}`));
  expect(stepIds()).toEqual([
    "step-mlops-professional",
    "step-mlops-advanced",
    "step-finops-professional",
    "step-mlops-expert",
  ]);
  expect(within(stepItem("mlops-advanced")).getByRole("heading", { level: 3 })).toHaveTextContent(
    "MLOps Advanced Architecture track",
  );
  for (const step of EXPECTED.steps) {
    expect(itemsOf(region(step.certificationId, "Why this step"))).toEqual(step.reasons.map((r) => r.text));
  }
  // A link whose answers are not this device's own is someone else's plan.
  expect(screen.getByRole("heading", { level: 1, name: "A roadmap from a shared link" })).toBeInTheDocument();
});

test("a link holding this device's own saved answers is headed Your roadmap, with no invitation to start", async () => {
  saveState({ answers: { ...PROFILE } });
  await renderHydrated();
  expect(await screen.findByRole("heading", { level: 1, name: "Your roadmap" })).toBeInTheDocument();
  expect(screen.queryByRole("link", { name: "Start your own roadmap" })).toBeNull();
});

test("each step gives its preparation time, planned dates, plans, providers and renewal", async () => {
  await renderHydrated();
  const time = region("mlops-professional", "Time and dates");
  expect(time).toHaveTextContent("38 days at 8 h/week, about 43 study hours (the guide's standard 30-day plan).");
  expect(timesIn(time)).toEqual(["2027-01-04", "2027-02-10"]);
  expect(time).toHaveTextContent("Planned from 4 January 2027 to 10 February 2027.");

  const plans = itemsOf(region("mlops-professional", "Preparation plans"));
  expect(plans).toHaveLength(3);
  expect(plans.filter((text) => text?.includes("(your plan)"))).toEqual([
    "Standard, 30 days (your plan): Dig into Docker, Kubernetes and ML tracking tools such as MLflow.",
  ]);

  // Providers whose paths include the certification's path (FinOps Professional is on the FinOps path).
  expect(itemsOf(region("finops-professional", "Where to train"))).toEqual([
    "FinOpsSchool: Training on the cloud cost of ML, from GPU usage to cost allocation tags.",
  ]);
  expect(within(stepItem("finops-professional")).queryByRole("region", { name: "Projects to build" })).toBeNull();
  expect(itemsOf(region("mlops-professional", "Common mistakes"))).toContain(
    "Leaving model drift out of the monitoring plan.",
  );

  // Not done yet: validity counts from the end of the step (2027-02-10), 2 to 3 years.
  expect(timesIn(region("mlops-professional", "Renewal"))).toEqual(["2029-02-10", "2030-02-10", "2027-02-10"]);
});

test("the skill gap lists what a step builds that the profile lacks, and names the rest as already had", async () => {
  await renderHydrated();
  const advanced = region("mlops-advanced", "Skills it builds");
  expect(itemsOf(advanced)).toEqual(["Security and compliance"]);
  expect(advanced).toHaveTextContent("You already have: Cloud platforms.");

  const professional = region("mlops-professional", "Skills it builds");
  expect(itemsOf(professional)).toEqual([
    "CI/CD",
    "Containers and Kubernetes",
    "Data pipelines",
    "Monitoring and observability",
  ]);
  expect(professional).not.toHaveTextContent(/Python|Cloud platforms|already have/);
});

test("the summary shows the answers by name, with a way back to change them", async () => {
  await renderHydrated();
  const answers = screen.getByRole("region", { name: "Your answers" });
  const pairs = [...answers.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
  expect(pairs).toEqual([
    ["Role", "Site Reliability Engineer (SRE)"],
    ["Years of experience", "5 years"],
    ["Skills", "Python, Cloud platforms"],
    ["Certifications held", "MLOps Foundation"],
    ["Goal", "Become an architect"],
    ["Interests", "SRE path, FinOps path"],
    ["Hours a week", "8 hours"],
    ["Start date", "4 January 2027"],
  ]);
  expect(within(answers).getByRole("link", { name: "Change your answers" })).toHaveAttribute("href", "/assess");
  expect(screen.getByRole("link", { name: "Compare these levels" })).toHaveAttribute(
    "href",
    "/compare?ids=mlops-professional,mlops-advanced,mlops-expert",
  );
});

test("alternatives, warnings, assumptions and held certifications are shown with their texts", async () => {
  await renderHydrated({ ...PROFILE, skills: ["cloud"] });
  const alternatives = screen.getByRole("region", { name: "Also worth a look" });
  expect(within(alternatives).getByRole("heading", { name: /DataOps Professional/ })).toHaveTextContent(
    "Cross-track move",
  );
  expect(alternatives).toHaveTextContent("After MLOps Foundation, the guide suggests DataOps Professional");
  const watchOut = screen.getByRole("region", { name: "Watch out" });
  expect(watchOut).toHaveTextContent("MLOps Professional expects Python, which you didn't list");
  const how = screen.getByRole("region", { name: "How this plan was worked out" });
  expect(itemsOf(how)).toEqual(recommend({ ...PROFILE, skills: ["cloud"] }, catalog).assumptions.map((a) => a.text));
  expect(screen.getByRole("region", { name: "Certifications you hold" })).toHaveTextContent(
    "MLOps Foundation: valid 2–3 years from when you passed",
  );
});

/** Opens "Change the hours or the goal": its fields are drawn (and their code loaded) when it first opens. */
async function openWhatIf(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText("Change the hours or the goal"));
  await screen.findByRole("spinbutton", { name: "Hours a week" });
}

test("changing the hours re-plans at once and puts the new query in the address bar", async () => {
  const user = userEvent.setup();
  await renderHydrated();
  const replaceState = vi.spyOn(window.history, "replaceState");
  await openWhatIf(user);
  const hours = screen.getByRole("spinbutton", { name: "Hours a week" });
  expect(hours).toHaveValue(8);

  await user.clear(hours);
  expect(screen.getByText("Enter how many hours a week you can study")).toBeInTheDocument();
  await user.type(hours, "20");

  // 30 guide days × 10 ÷ 20 hours = 15 days: 4 to 18 January.
  const time = region("mlops-professional", "Time and dates");
  expect(time).toHaveTextContent("15 days at 20 h/week");
  expect(timesIn(time)).toEqual(["2027-01-04", "2027-01-18"]);
  const query = profileToQuery({ ...PROFILE, hours: 20 });
  expect(replaceState).toHaveBeenLastCalledWith(null, "", `?${query}`);
  expect(window.location.search).toBe(`?${query}`);
  expect(window.location.pathname).toBe("/roadmap");

  await user.clear(hours);
  await user.type(hours, "99");
  expect(screen.getByText("Hours a week must be between 1 and 60")).toBeInTheDocument();
  expect(hours).toHaveAttribute("aria-invalid", "true");
  expect(region("mlops-professional", "Time and dates")).toHaveTextContent("at 9 h/week"); // the last valid value
});

test("changing the goal re-plans at once, and going back restores the answers and their link", async () => {
  const user = userEvent.setup();
  await renderHydrated();
  await openWhatIf(user);
  await user.click(screen.getByRole("radio", { name: "Stay hands-on" }));
  expect(stepIds()).toEqual(["step-mlops-professional", "step-mlops-advanced", "step-finops-professional"]);
  expect(window.location.search).toBe(`?${profileToQuery({ ...PROFILE, goal: "hands-on" })}`);

  await user.click(screen.getByRole("button", { name: "Go back to your answers" }));
  expect(screen.getByRole("radio", { name: "Become an architect" })).toBeChecked();
  expect(stepIds()).toHaveLength(4);
  expect(window.location.search).toBe(`?${profileToQuery(PROFILE)}`);
  expect(screen.queryByRole("button", { name: "Go back to your answers" })).toBeNull();
});

test("progress radios persist across a reload, and the overall bar and status text follow", async () => {
  const user = userEvent.setup();
  const first = await renderHydrated();
  expect(screen.getByText("0 of 4 steps done")).toBeInTheDocument();
  expect(statusRadio("MLOps Professional", "Not started")).toBeChecked();

  await user.click(statusRadio("MLOps Professional", "Done"));
  await user.click(statusRadio("MLOps Advanced", "In progress"));
  expect(screen.getByText("1 of 4 steps done")).toBeInTheDocument();
  expect(screen.getByRole("progressbar", { name: /1 of 4 steps done/ })).toHaveAttribute("value", "1");
  expect(within(stepItem("mlops-professional")).getByText(/^Status:/)).toHaveTextContent(
    `Status: Done (marked done on`,
  );
  expect(within(stepItem("mlops-advanced")).getByText(/^Status:/)).toHaveTextContent("Status: In progress");
  // Done today: validity now counts from the day it was marked done.
  expect(timesIn(region("mlops-professional", "Renewal")).at(-1)).toBe(todayIso());

  first.unmount();
  await renderHydrated();
  expect(statusRadio("MLOps Professional", "Done")).toBeChecked();
  expect(statusRadio("MLOps Advanced", "In progress")).toBeChecked();
  expect(statusRadio("MLOps Expert", "Not started")).toBeChecked();
  expect(screen.getByText("1 of 4 steps done")).toBeInTheDocument();
  expect(screen.getByText(", 1 in progress")).toBeInTheDocument();
});

test("a done step's renewal counts from the day it was done", async () => {
  saveState({ progress: { "mlops-advanced": { status: "done", notes: "", doneOn: "2027-02-20" } } });
  await renderHydrated();
  const renewal = region("mlops-advanced", "Renewal");
  expect(timesIn(renewal)).toEqual(["2029-02-20", "2030-02-20", "2027-02-20"]);
  expect(renewal).toHaveTextContent("Valid until about 20 February 2029 to 20 February 2030");
});

test("notes are saved as they are typed and survive a reload", async () => {
  const user = userEvent.setup();
  const first = await renderHydrated();
  const notes = await notesOn("MLOps Advanced");
  expect(notes).toHaveAttribute("maxLength", "2000");
  await user.type(notes, "Book the exam for March.");
  first.unmount();

  await renderHydrated();
  expect(await notesOn("MLOps Advanced")).toHaveValue("Book the exam for March.");
  expect(await notesOn("MLOps Professional")).toHaveValue("");
});

test("exported progress imports back to the same progress on a fresh device", async () => {
  const user = userEvent.setup();
  const first = await renderHydrated();
  await user.click(statusRadio("MLOps Professional", "Done"));
  await user.type(await notesOn("MLOps Expert"), "Needs a team project.");
  await user.click(screen.getByRole("button", { name: "Export progress" }));

  expect(downloadText).toHaveBeenCalledTimes(1);
  const [text, fileName, type] = vi.mocked(downloadText).mock.calls[0] ?? [];
  expect(fileName).toBe(`certpath-progress-${todayIso()}.json`);
  expect(type).toBe("application/json");
  const exported: Progress = {
    "mlops-professional": { status: "done", notes: "", doneOn: todayIso() },
    "mlops-expert": { status: "not-started", notes: "Needs a team project." },
  };
  expect(progressFromFile(text ?? "", known)).toEqual({ ok: true, progress: exported, rejected: [] });

  first.unmount();
  localStorage.clear();
  await renderHydrated();
  expect(statusRadio("MLOps Professional", "Not started")).toBeChecked();
  await user.upload(
    screen.getByLabelText("Import progress"),
    new File([text ?? ""], "progress.json", { type: "application/json" }),
  );
  expect(await screen.findByText("Imported progress for 2 steps.")).toBeInTheDocument();
  expect(statusRadio("MLOps Professional", "Done")).toBeChecked();
  expect(await notesOn("MLOps Expert")).toHaveValue("Needs a team project.");
  expect(screen.getByText("1 of 4 steps done")).toBeInTheDocument();
});

test("importing junk says why; a partly bad file imports the good entries and lists the rejected ones", async () => {
  const user = userEvent.setup();
  await renderHydrated();
  const input = screen.getByLabelText("Import progress");

  await user.upload(input, new File(["<html>not json"], "junk.json", { type: "application/json" }));
  const status = await screen.findByText(/^Couldn't import junk\.json:/);
  expect(status).toHaveTextContent("Couldn't import junk.json: The file isn't JSON");
  expect(status.closest("[role=status]")).not.toBeNull();

  await user.upload(
    input,
    new File([JSON.stringify({ app: "certpath", kind: "progress", version: 7, progress: {} })], "new.json", {
      type: "application/json",
    }),
  );
  expect(await screen.findByText(/newer certpath \(version 7\)/)).toBeInTheDocument();

  const partlyBad = {
    app: "certpath",
    kind: "progress",
    version: 1,
    exportedAt: "2027-03-01T10:00:00.000Z",
    progress: {
      "mlops-advanced": { status: "in-progress", notes: "halfway" },
      ghost: { status: "done", notes: "" },
      "mlops-expert": { status: "finished", notes: "" },
      "<img src=x onerror=alert(1)>": { status: "done", notes: "" },
    },
  };
  await user.upload(input, new File([JSON.stringify(partlyBad)], "mixed.json", { type: "application/json" }));
  expect(await screen.findByText("Imported progress for 1 step.")).toBeInTheDocument();
  expect(
    screen.getByText(
      "Not imported (3 entries for a certification certpath doesn't know, or not valid progress): ghost, mlops-expert, <img src=x onerror=alert(1)>.",
    ),
  ).toBeInTheDocument();
  expect(document.querySelector("img")).toBeNull();
  expect(statusRadio("MLOps Advanced", "In progress")).toBeChecked();
  expect(await notesOn("MLOps Advanced")).toHaveValue("halfway");
});

test("calendar and Markdown downloads carry the roadmap, the share link and the progress", async () => {
  const user = userEvent.setup();
  await renderHydrated();
  await user.click(statusRadio("MLOps Advanced", "In progress"));
  await user.click(screen.getByRole("button", { name: "Add to calendar" }));
  await user.click(screen.getByRole("button", { name: "Download as Markdown" }));

  // Each writer is loaded on its click, so the downloads arrive a moment later, in either order.
  await waitFor(() => expect(vi.mocked(downloadText)).toHaveBeenCalledTimes(2));
  const calls = vi.mocked(downloadText).mock.calls;
  const ics = calls.find((call) => call[2].startsWith("text/calendar"));
  const markdown = calls.find((call) => call[2].startsWith("text/markdown"));
  expect(ics?.[1]).toBe("certpath-roadmap-sre-2027-01-04.ics");
  expect(ics?.[2]).toBe("text/calendar;charset=utf-8");
  expect(ics?.[0]).toContain("SUMMARY:Prepare for MLOps Professional");
  expect(markdown?.[1]).toBe("certpath-roadmap-sre-2027-01-04.md");
  expect(markdown?.[0]).toContain(`Share link: <${window.location.href}>`);
  expect(markdown?.[0]).toContain("- **Progress:** In progress");
});

test("Copy link copies the page's address and says so; without a clipboard it says what to do instead", async () => {
  const user = userEvent.setup();
  await renderHydrated();
  await user.click(screen.getByRole("button", { name: "Copy link" }));
  expect(await screen.findByText(/^Link copied\./)).toHaveAttribute("role", "status");
  await expect(navigator.clipboard.readText()).resolves.toBe(window.location.href);

  vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("Denied", "NotAllowedError"));
  await user.click(screen.getByRole("button", { name: "Copy link" }));
  expect(await screen.findByText(/copy the address from your browser's address bar/)).toHaveAttribute("role", "status");
});

test("without a profile or saved answers, the page asks for the answers", async () => {
  // The server (and the browser's first render) cannot see saved answers: both show the same placeholder.
  const serverHtml = renderToString(
    <StoreProvider known={known}>
      <RoadmapView catalog={catalog} />
    </StoreProvider>,
  );
  expect(serverHtml).toContain("Loading your saved answers…");
  expect(serverHtml).not.toContain("You haven&#x27;t answered");

  renderView();
  expect(await screen.findByText("You haven't answered the questions yet.")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Answer the questions" })).toHaveAttribute("href", "/assess");
  expect(window.location.search).toBe("");
});

test("with saved answers, the page shows their roadmap and makes the address its share link", async () => {
  saveState({ answers: { ...PROFILE } });
  const replaceState = vi.spyOn(window.history, "replaceState");
  renderView();
  expect(await screen.findByRole("heading", { level: 3, name: /MLOps Professional/ })).toBeInTheDocument();
  expect(stepIds()).toEqual(EXPECTED.steps.map((s) => `step-${s.certificationId}`));
  expect(replaceState).toHaveBeenCalledWith(null, "", `?${profileToQuery(PROFILE)}`);
  expect(window.location.search).toBe(`?${profileToQuery(PROFILE)}`);
});

test("offline, a share link answered with the cached page works its plan out from the address", async () => {
  // The service worker answers /roadmap?… with the page cached for /roadmap, rendered without a profile.
  saveState({ answers: { ...PROFILE, role: "data-engineer" } });
  window.history.replaceState(null, "", `/roadmap?${profileToQuery(PROFILE)}`);
  renderView();
  expect(await screen.findByRole("heading", { level: 3, name: /MLOps Professional/ })).toBeInTheDocument();
  // The link's answers, not the saved ones.
  expect(stepIds()).toEqual(EXPECTED.steps.map((s) => `step-${s.certificationId}`));
  expect(window.location.search).toBe(`?${profileToQuery(PROFILE)}`);
});

test("offline, a broken share link answered with the cached page names its problems", async () => {
  window.history.replaceState(null, "", "/roadmap?role=pilot&hours=0");
  renderView();
  const alert = await screen.findByRole("alert", { name: "This link has a problem" });
  // Only the role blocks a plan (issue 14 §3); it is named in plain words, with the roles by name.
  expect(alert).toHaveTextContent("The link asks for the role “pilot”, which certpath doesn't know.");
  expect(alert).toHaveTextContent("Site Reliability Engineer (SRE)");
});

test("offline, a share link with a bad hours value answered with the cached page plans with the default", async () => {
  window.history.replaceState(null, "", "/roadmap?role=sre&hours=0");
  renderView();
  const notices = await screen.findByRole("region", { name: "Some of the link couldn't be used" });
  expect(notices).toHaveTextContent("The link asks for 0 hours a week; plans need 1 to 60, so this plan uses 5.");
});
