/** @vitest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { expect, test, vi } from "vitest";
import {
  continueButton,
  findHeading,
  headingOf,
  OPTIONS,
  renderQuestionnaire,
  seed,
  stored,
  answersBefore,
} from "@/components/questionnaire/questionnaire-test-kit";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { StoreProvider } from "@/components/state/store-provider";
import { catalog } from "@/data/catalog";
import { todayIso } from "@/lib/dates/iso-date";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { STORAGE_KEY } from "@/lib/saved/storage-key";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));

/** The error summary, checked the GOV.UK way: title, focus, one link per bad field. */
// react-hook-form validates asynchronously, so wait for the summary rather than assume it has rendered.
async function expectSummary(links: Record<string, string>) {
  const summary = await screen.findByRole("alert");
  expect(within(summary).getByRole("heading", { name: "There is a problem" })).toBeInTheDocument();
  await waitFor(() => expect(summary).toHaveFocus());
  const found = within(summary).getAllByRole("link");
  expect(Object.fromEntries(found.map((a) => [a.getAttribute("href"), a.textContent]))).toEqual(
    Object.fromEntries(Object.entries(links).map(([id, message]) => [`#${id}`, message])),
  );
  expect(document.title.startsWith("Error: ")).toBe(true);
}

test("the server renders the first question with nothing chosen, marked busy, and the loading line CSS shows to returning visitors", () => {
  const html = renderToString(
    <StoreProvider known={knownIdsOf(catalog)}>
      <Questionnaire options={OPTIONS} />
    </StoreProvider>,
  );
  const page = new DOMParser().parseFromString(html, "text/html");
  expect(page.querySelector("h1")?.textContent).toBe(headingOf("role"));
  expect(page.querySelectorAll("input[type=radio]")).toHaveLength(OPTIONS.roles.length);
  expect(page.querySelectorAll("input:checked")).toHaveLength(0);
  expect(page.querySelector("[aria-busy=true]")?.contains(page.querySelector("form"))).toBe(true);
  expect(page.querySelector("[role=status]")?.textContent).toBe("Loading your answers…");
});

test("once saved answers are read: no loading line, nothing busy, the first question", async () => {
  renderQuestionnaire();
  expect(await findHeading("role")).toBeInTheDocument();
  expect(screen.queryByRole("status")).not.toBeInTheDocument();
  expect(document.querySelector("[aria-busy=true]")).toBeNull();
  expect(screen.getByText("Step 1 of 6")).toBeInTheDocument();
  expect(screen.getByRole("progressbar", { name: /questionnaire progress/i })).toHaveAttribute("value", "1");
  expect(document.title).toBe(`${headingOf("role")} · certpath`);
  expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();
});

test("role: Continue with nothing chosen shows the error summary and the inline error", async () => {
  const { user } = renderQuestionnaire();
  await findHeading("role");
  await user.click(continueButton());
  await expectSummary({ role: "Select your role" });
  expect(screen.getByText("Error: Select your role")).toBeInTheDocument();
  expect(screen.getByRole("group", { name: headingOf("role") })).toHaveAccessibleDescription(
    expect.stringContaining("Error: Select your role"),
  );
  expect(document.title).toBe(`Error: ${headingOf("role")} · certpath`);
});

test("role: the summary link moves focus to the first option, and a second failure refocuses the summary", async () => {
  const { user } = renderQuestionnaire();
  await findHeading("role");
  await user.click(continueButton());
  await user.click(await screen.findByRole("link", { name: "Select your role" }));
  expect(screen.getByRole("radio", { name: "DevOps Engineer" })).toHaveFocus();
  await user.click(continueButton());
  await waitFor(() => expect(screen.getByRole("alert")).toHaveFocus());
});

test("role: a chosen role is saved and the next question's heading takes focus", async () => {
  const { user } = renderQuestionnaire();
  await findHeading("role");
  await user.click(continueButton());
  await user.click(screen.getByRole("radio", { name: "Site Reliability Engineer (SRE)" }));
  await user.click(continueButton());
  expect(await findHeading("experience")).toHaveFocus();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(document.title).toBe(`${headingOf("experience")} · certpath`);
  expect(screen.getByText("Step 2 of 6")).toBeInTheDocument();
  expect(stored()).toMatchObject({ answers: { role: "sre" }, step: "experience" });
});

test("experience: blank years gives questionError's message, not NaN", async () => {
  seed({ answers: { role: "sre" }, step: "experience" });
  const { user } = renderQuestionnaire();
  await findHeading("experience");
  await user.click(continueButton());
  await expectSummary({ years: "Enter your years of experience, or 0 if you are just starting" });
  expect(screen.getByText("Error: Enter your years of experience, or 0 if you are just starting")).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Years of experience" })).toHaveAttribute("aria-invalid", "true");
  expect(document.body.textContent).not.toContain("NaN");
});

test("experience: words, fractions and out-of-range years each get their own message", async () => {
  seed({ answers: { role: "sre" }, step: "experience" });
  const { user } = renderQuestionnaire();
  await findHeading("experience");
  const years = screen.getByRole("textbox", { name: "Years of experience" });
  expect(years).toHaveAttribute("inputmode", "numeric");
  await user.type(years, "lots");
  await user.click(continueButton());
  await expectSummary({ years: "Years of experience must be a whole number, like 3" });
  await user.clear(years);
  await user.type(years, "2.5");
  await user.click(continueButton());
  await expectSummary({ years: "Years of experience must be a whole number, like 3" });
  await user.clear(years);
  await user.type(years, "51");
  await user.click(continueButton());
  await expectSummary({ years: "Years of experience must be between 0 and 50" });
});

test("experience: valid years with no skills ticked is a complete answer", async () => {
  seed({ answers: { role: "sre" }, step: "experience" });
  const { user } = renderQuestionnaire();
  await findHeading("experience");
  expect(screen.getByRole("group", { name: "Skills" })).toHaveAccessibleDescription(/leave them all unticked/);
  await user.type(screen.getByRole("textbox", { name: "Years of experience" }), "0");
  await user.click(continueButton());
  expect(await findHeading("held")).toHaveFocus();
  expect(stored()).toMatchObject({ answers: { role: "sre", years: 0, skills: [] } });
});

test("experience: ticked skills are saved by id in the catalog's order", async () => {
  seed({ answers: { role: "sre" }, step: "experience" });
  const { user } = renderQuestionnaire();
  await findHeading("experience");
  await user.type(screen.getByRole("textbox", { name: "Years of experience" }), "4");
  await user.click(screen.getByRole("checkbox", { name: "Cloud platforms" }));
  await user.click(screen.getByRole("checkbox", { name: "Python" }));
  await user.click(continueButton());
  await findHeading("held");
  expect(stored()).toMatchObject({ answers: { years: 4, skills: ["python", "cloud"] } });
});

test("held: levels come first under their own heading, and holding none moves on", async () => {
  seed({ answers: { role: "sre", years: 2, skills: [] }, step: "held" });
  const { user } = renderQuestionnaire();
  const heading = await findHeading("held");
  const group = screen.getByRole("group", { name: headingOf("held") });
  expect(group).toContainElement(heading);
  expect(group).toHaveAccessibleDescription(/leave them all unticked/);
  const boxes = within(group).getAllByRole("checkbox");
  expect(boxes[0]).toHaveAccessibleName("Certified MLOps Professional – Foundation");
  expect(boxes[0]).toHaveAttribute("id", "held");
  expect(within(group).getByRole("heading", { name: "Other certifications" })).toBeInTheDocument();
  await user.click(continueButton());
  expect(await findHeading("goals")).toHaveFocus();
  expect(stored()).toMatchObject({ answers: { held: [] }, step: "goals" });
});

test("held: ticked certifications are saved", async () => {
  seed({ answers: answersBefore("held"), step: "held" });
  const { user } = renderQuestionnaire();
  await findHeading("held");
  await user.click(screen.getByRole("checkbox", { name: "Certified MLOps Professional – Foundation" }));
  await user.click(screen.getByRole("checkbox", { name: "Certified FinOps Professional" }));
  await user.click(continueButton());
  await findHeading("goals");
  expect(stored()).toMatchObject({ answers: { held: ["finops-professional", "mlops-foundation"] } });
});

test("goals: a goal is required, interests are not", async () => {
  seed({ answers: answersBefore("goals"), step: "goals" });
  const { user } = renderQuestionnaire();
  await findHeading("goals");
  await user.click(continueButton());
  await expectSummary({ goal: "Select where you want to go next" });
  expect(screen.getByText("Error: Select where you want to go next")).toBeInTheDocument();
  expect(screen.getByRole("radio", { name: "Become an architect" })).toHaveAccessibleDescription(
    "Design and govern ML platforms for a whole organisation.",
  );
  await user.click(screen.getByRole("radio", { name: "Become an architect" }));
  await user.click(screen.getByRole("checkbox", { name: "FinOps path" }));
  await user.click(continueButton());
  expect(await findHeading("time")).toHaveFocus();
  expect(stored()).toMatchObject({ answers: { goal: "architect", interests: ["finops"] } });
});

test("time: start defaults to today; blank hours and a blank date both show in the summary", async () => {
  seed({ answers: answersBefore("time"), step: "time" });
  const { user } = renderQuestionnaire();
  await findHeading("time");
  const start = screen.getByLabelText("Start date");
  expect(start).toHaveValue(todayIso());
  await user.clear(start);
  await user.click(continueButton());
  await expectSummary({
    hours: "Enter how many hours a week you can study",
    start: "Enter the date you want to start",
  });
  expect(screen.getByText("Error: Enter the date you want to start")).toBeInTheDocument();
  await user.click(screen.getByRole("link", { name: "Enter the date you want to start" }));
  expect(start).toHaveFocus();
});

test("time: hours out of range and a date outside the plan's years are refused; valid values move on", async () => {
  seed({ answers: answersBefore("time"), step: "time" });
  const { user } = renderQuestionnaire();
  await findHeading("time");
  const hours = screen.getByRole("textbox", { name: "Hours a week" });
  const start = screen.getByLabelText("Start date");
  await user.type(hours, "0");
  await user.clear(start);
  await user.type(start, "1999-12-31");
  await user.click(continueButton());
  await expectSummary({
    hours: "Hours a week must be between 1 and 60",
    start: "Start date must be a real date between 2000 and 2100",
  });
  await user.clear(hours);
  await user.type(hours, "8");
  await user.clear(start);
  await user.type(start, "2027-01-04");
  await user.click(continueButton());
  expect(await findHeading("review")).toHaveFocus();
  expect(stored()).toMatchObject({ answers: { hours: 8, start: "2027-01-04" }, step: "review" });
});

test("Back keeps what was answered on both steps", async () => {
  const { user } = renderQuestionnaire();
  await findHeading("role");
  await user.click(screen.getByRole("radio", { name: "Data Engineer" }));
  await user.click(continueButton());
  await findHeading("experience");
  await user.type(screen.getByRole("textbox", { name: "Years of experience" }), "4");
  await user.click(screen.getByRole("checkbox", { name: "Python" }));
  await user.click(screen.getByRole("button", { name: "Back" }));
  expect(await findHeading("role")).toHaveFocus();
  expect(screen.getByRole("radio", { name: "Data Engineer" })).toBeChecked();
  await user.click(continueButton());
  await findHeading("experience");
  expect(screen.getByRole("textbox", { name: "Years of experience" })).toHaveValue("4");
  expect(screen.getByRole("checkbox", { name: "Python" })).toBeChecked();
});

test("Back with an invalid answer saves the valid part and never overwrites an earlier answer", async () => {
  seed({ answers: { role: "sre", years: 6, skills: ["python"] }, step: "experience" });
  const { user } = renderQuestionnaire();
  await findHeading("experience");
  const years = screen.getByRole("textbox", { name: "Years of experience" });
  expect(years).toHaveValue("6");
  await user.clear(years);
  await user.type(years, "many");
  await user.click(screen.getByRole("checkbox", { name: "Cloud platforms" }));
  await user.click(screen.getByRole("button", { name: "Back" }));
  await findHeading("role");
  expect(stored()).toMatchObject({ answers: { role: "sre", years: 6, skills: ["python", "cloud"] }, step: "role" });
});

test("answers and the step survive a reload (a new store over the same storage)", async () => {
  const first = renderQuestionnaire();
  await findHeading("role");
  await first.user.click(screen.getByRole("radio", { name: "Platform Engineer" }));
  await first.user.click(continueButton());
  await findHeading("experience");
  await first.user.type(screen.getByRole("textbox", { name: "Years of experience" }), "7");
  await first.user.click(screen.getByRole("checkbox", { name: "Containers and Kubernetes" }));
  await first.user.click(continueButton());
  await findHeading("held");
  first.unmount();

  const second = renderQuestionnaire();
  const heading = await findHeading("held");
  // Arriving at the page is not a move between steps: focus stays where the browser put it.
  expect(heading).not.toHaveFocus();
  await second.user.click(screen.getByRole("button", { name: "Back" }));
  await findHeading("experience");
  expect(screen.getByRole("textbox", { name: "Years of experience" })).toHaveValue("7");
  expect(screen.getByRole("checkbox", { name: "Containers and Kubernetes" })).toBeChecked();
  await second.user.click(screen.getByRole("button", { name: "Back" }));
  await findHeading("role");
  expect(screen.getByRole("radio", { name: "Platform Engineer" })).toBeChecked();
});

test("unreadable storage still renders the first question", async () => {
  localStorage.setItem(STORAGE_KEY, "{not json at all");
  const { user } = renderQuestionnaire();
  await findHeading("role");
  await user.click(screen.getByRole("radio", { name: "Cloud Engineer" }));
  await user.click(continueButton());
  expect(await findHeading("experience")).toBeInTheDocument();
});

test("storage of the wrong shape keeps what is valid and drops the rest", async () => {
  seed({
    answers: { role: "sre", years: "lots", skills: ["python", 7, "cobol"], held: "all", hours: 8, extra: true },
    step: "experience",
    progress: [],
  });
  const { user } = renderQuestionnaire();
  await findHeading("experience");
  expect(screen.getByRole("textbox", { name: "Years of experience" })).toHaveValue("");
  expect(screen.getByRole("checkbox", { name: "Python" })).toBeChecked();
  await user.click(screen.getByRole("button", { name: "Back" }));
  await findHeading("role");
  expect(screen.getByRole("radio", { name: "Site Reliability Engineer (SRE)" })).toBeChecked();
});

test("a saved step that does not exist, and answers that are not an object, start at the first question", async () => {
  seed({ answers: ["sre"], step: "somewhere" });
  renderQuestionnaire();
  await findHeading("role");
  expect(screen.getAllByRole("radio").some((r) => (r as HTMLInputElement).checked)).toBe(false);
});

test("the role and experience steps can be completed with Tab, Space and Enter alone", async () => {
  const { user } = renderQuestionnaire();
  await findHeading("role");
  await user.tab();
  expect(screen.getByRole("radio", { name: "DevOps Engineer" })).toHaveFocus();
  await user.keyboard(" ");
  expect(screen.getByRole("radio", { name: "DevOps Engineer" })).toBeChecked();
  await user.tab();
  expect(continueButton()).toHaveFocus();
  await user.keyboard("{Enter}");

  expect(await findHeading("experience")).toHaveFocus();
  await user.tab();
  expect(screen.getByRole("textbox", { name: "Years of experience" })).toHaveFocus();
  await user.keyboard("3");
  await user.tab();
  expect(screen.getByRole("checkbox", { name: "Python" })).toHaveFocus();
  await user.keyboard(" ");
  await user.tab();
  await user.keyboard(" ");
  expect(screen.getByRole("checkbox", { name: "Cloud platforms" })).toBeChecked();
  // Enter in any field submits the step's form.
  await user.keyboard("{Enter}");

  expect(await findHeading("held")).toHaveFocus();
  expect(stored()).toMatchObject({ answers: { role: "devops-engineer", years: 3, skills: ["python", "cloud"] } });
});

test("a keyboard user who submits a step with an error lands on the summary, then on the field", async () => {
  seed({ answers: { role: "sre" }, step: "experience" });
  const { user } = renderQuestionnaire();
  await findHeading("experience");
  await user.tab();
  await user.tab();
  expect(screen.getByRole("textbox", { name: "Years of experience" })).toHaveFocus();
  await user.keyboard("{Enter}");
  expect(screen.getByRole("alert")).toHaveFocus();
  await user.tab();
  expect(screen.getByRole("link", { name: /Enter your years of experience/ })).toHaveFocus();
  await user.keyboard("{Enter}");
  expect(screen.getByRole("textbox", { name: "Years of experience" })).toHaveFocus();
});

test("a link to /assess?role=<id> preselects that role over saved answers; an unknown id is ignored", async () => {
  seed({ answers: { role: "sre", years: 3 }, step: "time", progress: {} });
  window.history.replaceState(null, "", "/assess?role=data-engineer");
  renderQuestionnaire();
  await findHeading("role");
  expect(screen.getByLabelText("Data Engineer")).toBeChecked();
  expect(stored()).toMatchObject({ answers: { role: "data-engineer", years: 3 } });
  // The address is corrected after the first frame (setAddress's `soon`).
  await waitFor(() => expect(window.location.search).toBe("?step=role"));
});

test("the first question's form sent by the browser itself (/assess?step=experience&role=<id>) moves on with the role", async () => {
  window.history.replaceState(null, "", "/assess?step=experience&role=data-engineer");
  const { unmount } = renderQuestionnaire();
  await findHeading("experience");
  expect(stored()).toMatchObject({ answers: { role: "data-engineer" } });
  await waitFor(() => expect(window.location.search).toBe("?step=experience"));
  // Without a role it asks for one, as Continue would.
  unmount();
  localStorage.clear();
  window.history.replaceState(null, "", "/assess?step=experience");
  renderQuestionnaire();
  await findHeading("role");
  window.history.replaceState(null, "", "/");
});

test("an unknown role in the address changes nothing", async () => {
  seed({ answers: answersBefore("time"), step: "time", progress: {} });
  window.history.replaceState(null, "", "/assess?role=astronaut");
  renderQuestionnaire();
  await findHeading("time");
  expect(stored()).toMatchObject({ answers: { role: "sre" } });
  window.history.replaceState(null, "", "/");
});
