/**
 * How visitors reach the people behind Insyn: the e-mail addresses and phone numbers of the
 * configuration's `contacts` (`content/insyn.json`, checked there), as the accessibility
 * statement, `/om/` and the data catalogue (DCAT contact point) show them. Where the
 * organisation has not chosen one yet it is left out, and the pages show a labelled
 * placeholder (with the organisation's website as the route while none is set).
 */

/** One way to reach someone: a functional mailbox and/or a phone number. */
export interface ContactRoute {
  email?: string;
  phone?: string;
}

/** Shown where an address or number is missing, so nobody reads the gap as an oversight. */
export const CONTACT_PLACEHOLDER = 'inte fastställd ännu';

/** A phone number that never wraps mid-number: non-breaking spaces and hyphen. */
const unbreakable = (phone: string) => phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/** One line a page shows for a contact: the label, and per channel a link or the placeholder. */
export interface ContactLine {
  label: string;
  channels: { kind: 'E-post' | 'Telefon'; text: string; href?: string }[];
}

/** The lines for `routes`, with `mailto:`/`tel:` links where a value is set. */
export function contactLines(routes: (ContactRoute & { label: string })[]): ContactLine[] {
  return routes.map((route) => ({
    label: route.label,
    channels: [
      route.email
        ? { kind: 'E-post' as const, text: route.email, href: `mailto:${route.email}` }
        : { kind: 'E-post' as const, text: CONTACT_PLACEHOLDER },
      route.phone
        ? { kind: 'Telefon' as const, text: unbreakable(route.phone), href: `tel:${route.phone.replace(/[\s-]/g, '')}` }
        : { kind: 'Telefon' as const, text: CONTACT_PLACEHOLDER },
    ],
  }));
}

/** True when no contact has an e-mail or phone yet: pages then point to the organisation's website. */
export const contactPending = (routes: ContactRoute[]) => routes.every((route) => !route.email && !route.phone);

/** The order pages list the configuration's contacts in. */
export const CONTACT_KEYS = ['content', 'accessibility', 'press'] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];

/** The first e-mail address of the content and press contacts, for the data catalogue's contact point (`vcard:hasEmail`). */
export const catalogueEmail = (contacts: Record<ContactKey, ContactRoute & { label: string }>) =>
  [contacts.content, contacts.press].find((route) => route.email)?.email;

/** Where a journalist's questions go on /om/: the press contact's own section. */
export const PRESS_HREF = '/om/#press';

/**
 * The press contact as a citation line gives it, for journalists who are about to cite: its
 * e-mail and phone, linked, where the configuration sets them; else one link to the press
 * section of /om/, under the configuration's own label. Never an address it does not give.
 */
export function pressChannels(press: ContactRoute & { label: string }): { text: string; href: string }[] {
  const set = contactLines([press])[0].channels.flatMap((c) => (c.href ? [{ text: c.text, href: c.href }] : []));
  return set.length > 0 ? set : [{ text: press.label, href: PRESS_HREF }];
}
