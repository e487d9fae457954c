/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { expect, test } from "vitest";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { RadioGroup } from "@/components/ui/radio-group";

const field = (name: string): UseFormRegisterReturn => ({
  name,
  onChange: async () => undefined,
  onBlur: async () => undefined,
  ref: () => undefined,
});

const GOALS = [
  { id: "hands-on", name: "Stay hands-on", hint: "Build pipelines." },
  { id: "architect", name: "Become an architect" },
];

test("radios: a fieldset whose legend can be the page's h1, with hint and error linked to it", () => {
  render(
    <RadioGroup
      field={field("goal")}
      legend="Where next?"
      isPageHeading
      hint="Pick one."
      error="Select where you want to go next"
      options={GOALS}
    />,
  );
  const group = screen.getByRole("group", { name: "Where next?" });
  expect(within(group).getByRole("heading", { level: 1, name: "Where next?" })).toHaveAttribute("tabindex", "-1");
  expect(group).toHaveAccessibleDescription("Pick one. Error: Select where you want to go next");
  expect(screen.getByText("Error: Select where you want to go next")).toHaveAttribute("id", "goal-error");
});

test("radios: the first option's id is the field's name, each option has its label and hint", () => {
  render(<RadioGroup field={field("goal")} legend="Goal" options={GOALS} />);
  const first = screen.getByRole("radio", { name: "Stay hands-on" });
  expect(first).toHaveAttribute("id", "goal");
  expect(first).toHaveAttribute("value", "hands-on");
  expect(first).toHaveAccessibleDescription("Build pipelines.");
  expect(screen.getByRole("radio", { name: "Become an architect" })).toHaveAttribute("id", "goal-architect");
  expect(screen.queryByRole("heading")).not.toBeInTheDocument();
  expect(screen.getByRole("group", { name: "Goal" })).not.toHaveAttribute("aria-describedby");
});

test("checkboxes: sections get their own headings and the first box of the first section gets the name", () => {
  render(
    <CheckboxGroup
      field={field("held")}
      legend="Held"
      options={[
        { title: "Levels", options: [{ id: "one", name: "One" }] },
        { title: "Others", options: [{ id: "two", name: "Two" }] },
      ]}
    />,
  );
  expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual(["Levels", "Others"]);
  expect(screen.getByRole("checkbox", { name: "One" })).toHaveAttribute("id", "held");
  expect(screen.getByRole("checkbox", { name: "Two" })).toHaveAttribute("id", "held-two");
});

test("every id has one owner: a group hint and the first option's hint never share one", () => {
  const { container } = render(
    <CheckboxGroup field={field("skills")} legend="Skills" hint="Select all that apply." options={GOALS} />,
  );
  const ids = [...container.querySelectorAll("[id]")].map((el) => el.id);
  expect(ids).toContain("skills-hint");
  expect(new Set(ids).size).toBe(ids.length);
  expect(screen.getByRole("group", { name: "Skills" })).toHaveAccessibleDescription("Select all that apply.");
  expect(screen.getByRole("checkbox", { name: "Stay hands-on" })).toHaveAccessibleDescription("Build pipelines.");
});
