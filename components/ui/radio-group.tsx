import { ChoiceGroup, type ChoiceGroupProps } from "@/components/ui/choice-group";

/** GOV.UK radios: choose exactly one. */
export function RadioGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup type="radio" {...props} />;
}
