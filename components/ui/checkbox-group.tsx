import { ChoiceGroup, type ChoiceGroupProps } from "@/components/ui/choice-group";

/** GOV.UK checkboxes: choose any number, none included. */
export function CheckboxGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup type="checkbox" {...props} />;
}
