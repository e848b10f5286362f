/**
 * A one-line text input whose text is read by a pure function: what staff typed stays in
 * the field as typed, the entry gets the value read from it, and while the text cannot be
 * read Decap's validation refuses to save and shows why (`isValid`, which Decap calls on
 * every field before it saves).
 */
import { Component, createElement as h } from 'react';
import type { CmsWidgetControlProps } from 'decap-cms-core';
import type { FieldReading } from '#lib/content/field-values.ts';

/** Decap also passes these, to mark the field while it has focus (not in its types). */
interface Props extends CmsWidgetControlProps {
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

export interface TextFieldRules<T> {
  read: (text: string, field: CmsWidgetControlProps['field']) => FieldReading<T | undefined>;
  show: (value: unknown) => string;
  /** What the field's value is when it is left empty. */
  empty: (field: CmsWidgetControlProps['field']) => T | undefined;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

export function textFieldControl<T>(rules: TextFieldRules<T>) {
  return class TextFieldControl extends Component<Props, { text: string }> {
    override state = { text: rules.show(this.props.value) };

    override componentDidUpdate(previous: Props) {
      // A value set from outside (another entry opened, a list item moved) replaces the text.
      if (previous.value !== this.props.value && !this.shows(this.props.value)) {
        this.setState({ text: rules.show(this.props.value) });
      }
    }

    /** Whether the text in the field is what `value` came from. */
    shows(value: unknown): boolean {
      const reading = rules.read(this.state.text, this.props.field);
      return 'value' in reading
        ? (reading.value ?? rules.empty(this.props.field)) === value
        : value === this.state.text;
    }

    change = (text: string) => {
      this.setState({ text });
      const reading = rules.read(text, this.props.field);
      // Unreadable text is kept in the entry as typed, so the entry counts as changed and
      // `isValid` below keeps it from being saved.
      this.props.onChange('value' in reading ? (reading.value ?? rules.empty(this.props.field)) : text);
    };

    // An arrow function: Decap calls it detached from the widget (`this.wrappedControlValid()`).
    isValid = () => {
      const reading = rules.read(this.state.text, this.props.field);
      if ('value' in reading) return true;
      const label = String(this.props.field.get('label') ?? this.props.field.get('name'));
      return { error: { type: 'CUSTOM', message: `${label}: ${reading.error}.` } };
    };

    override render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      return h('input', {
        type: 'text',
        id: forID,
        className: classNameWrapper,
        value: this.state.text,
        inputMode: rules.inputMode ?? 'text',
        autoComplete: 'off',
        onChange: (event: { target: { value: string } }) => this.change(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    }
  };
}
