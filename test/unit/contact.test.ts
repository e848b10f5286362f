/** The contact routes: one module, validated, with a labelled placeholder until they are set. */
import { describe, expect, it } from 'vitest';
import {
  CONTACT,
  CONTACT_PLACEHOLDER,
  catalogueEmail,
  contactLines,
  contactPending,
  contactProblems,
} from '#lib/core/contact.ts';

describe('contact', () => {
  it('the configured contacts are well formed', () => {
    expect(contactProblems()).toEqual([]);
  });

  it('names every malformed value with its key and field, all at once', () => {
    const problems = contactProblems({
      press: { email: 'press.regionjh.se', phone: '063 14 75 00 ring' },
      content: { email: 'insyn@regionjh.se', phone: '063-14 75 00' },
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^press\.email: /);
    expect(problems[1]).toMatch(/^press\.phone: /);
  });

  it('links a set address and number, and labels a missing one as a placeholder', () => {
    const [set, unset] = contactLines([
      { label: 'Press', email: 'press@regionjh.se', phone: '063-14 75 00' },
      { label: 'Innehåll' },
    ]);
    expect(set.channels).toEqual([
      { kind: 'E-post', text: 'press@regionjh.se', href: 'mailto:press@regionjh.se' },
      { kind: 'Telefon', text: '063\u201114\u00a075\u00a000', href: 'tel:063147500' },
    ]);
    expect(unset.channels.map((c) => [c.text, c.href])).toEqual([
      [CONTACT_PLACEHOLDER, undefined],
      [CONTACT_PLACEHOLDER, undefined],
    ]);
  });

  it('is pending until some route is set, and gives the catalogue the first e-mail', () => {
    expect(contactPending([{}, {}])).toBe(true);
    expect(contactPending([{}, { phone: '063-14 75 00' }])).toBe(false);
    expect(catalogueEmail([{}, { email: 'a@b.se' }])).toBe('a@b.se');
    expect(catalogueEmail([{}])).toBeUndefined();
  });

  it('covers content, accessibility and the press', () => {
    expect(Object.keys(CONTACT)).toEqual(['content', 'accessibility', 'press']);
  });
});
