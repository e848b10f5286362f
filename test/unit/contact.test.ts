/** The contact routes: links where a value is set, a labelled placeholder until it is. */
import { describe, expect, it } from 'vitest';
import {
  CONTACT_PLACEHOLDER,
  catalogueEmail,
  contactLines,
  contactPending,
  PRESS_HREF,
  pressChannels,
} from '#lib/core/contact.ts';

describe('contact', () => {
  it('links a set address and number, and labels a missing one as a placeholder', () => {
    const [set, unset] = contactLines([
      { label: 'Press', email: 'press@kommun.example', phone: '063-14 75 00' },
      { label: 'Innehåll' },
    ]);
    expect(set.channels).toEqual([
      { kind: 'E-post', text: 'press@kommun.example', href: 'mailto:press@kommun.example' },
      { kind: 'Telefon', text: '063\u201114\u00a075\u00a000', href: 'tel:063147500' },
    ]);
    expect(unset.channels.map((c) => [c.text, c.href])).toEqual([
      [CONTACT_PLACEHOLDER, undefined],
      [CONTACT_PLACEHOLDER, undefined],
    ]);
  });

  it('is pending until some route is set, and gives the catalogue the first e-mail of content and press', () => {
    expect(contactPending([{}, {}])).toBe(true);
    expect(contactPending([{}, { phone: '063-14 75 00' }])).toBe(false);
    const label = 'x';
    expect(
      catalogueEmail({
        content: { label },
        accessibility: { label, email: 'a@b.se' },
        press: { label, email: 'p@b.se' },
      }),
    ).toBe('p@b.se');
    expect(
      catalogueEmail({ content: { label }, accessibility: { label, email: 'a@b.se' }, press: { label } }),
    ).toBeUndefined();
  });

  it('gives journalists the press contact the configuration sets, else the way to /om/, never an invented one', () => {
    expect(pressChannels({ label: 'Press och media', email: 'press@region.example', phone: '063-14 75 00' })).toEqual([
      { text: 'press@region.example', href: 'mailto:press@region.example' },
      { text: '063\u201114\u00a075\u00a000', href: 'tel:063147500' },
    ]);
    expect(pressChannels({ label: 'Press och media', phone: '063-14 75 00' })).toEqual([
      { text: '063\u201114\u00a075\u00a000', href: 'tel:063147500' },
    ]);
    expect(pressChannels({ label: 'Press och media' })).toEqual([{ text: 'Press och media', href: PRESS_HREF }]);
  });
});
