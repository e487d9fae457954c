/** @vitest-environment jsdom */
import { render, screen } from "@testing-library/react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { expect, test } from "vitest";
import { DateInput } from "@/components/ui/date-input";
import { TextInput } from "@/components/ui/text-input";

const field = (name: string): UseFormRegisterReturn => ({
  name,
  onChange: async () => undefined,
  onBlur: async () => undefined,
  ref: () => undefined,
});

test("a numeric text input: labelled, numeric keyboard, hint and error in its description", () => {
  render(
    <TextInput
      field={field("hours")}
      label="Hours a week"
      hint="A whole number."
      error="Enter how many hours"
      numeric
      width={3}
      suffix="hours"
    />,
  );
  const input = screen.getByRole("textbox", { name: "Hours a week" });
  expect(input).toHaveAttribute("id", "hours");
  expect(input).toHaveAttribute("inputmode", "numeric");
  expect(input).toHaveAttribute("aria-invalid", "true");
  expect(input).toHaveAccessibleDescription("A whole number. Error: Enter how many hours");
});

test("a text input without hint or error has no description", () => {
  render(<TextInput field={field("name")} label="Name" />);
  const input = screen.getByRole("textbox", { name: "Name" });
  expect(input).not.toHaveAttribute("aria-describedby");
  expect(input).not.toHaveAttribute("inputmode");
});

test("a date input is one native date field with its limits", () => {
  render(
    <DateInput
      field={field("start")}
      label="Start date"
      hint="Today unless changed."
      min="2000-01-01"
      max="2100-12-31"
    />,
  );
  const input = screen.getByLabelText("Start date");
  expect(input).toHaveAttribute("type", "date");
  expect(input).toHaveAttribute("min", "2000-01-01");
  expect(input).toHaveAccessibleDescription("Today unless changed.");
});
