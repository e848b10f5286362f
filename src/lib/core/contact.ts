/**
 * How visitors reach the people behind Insyn: one place for the e-mail addresses and phone
 * numbers that the accessibility statement, `/om/` and the data catalogue (DCAT contact
 * point) show. Where the region has not chosen one yet it is `undefined`, and the pages show a
 * labelled placeholder (with the region's website as the route while none is set). When the region
 * gives them, write them here (e-mail as `name@domain`, phone as the visitor should dial it,
 * e.g. `063-14 75 00`); `contactProblems` is checked by the tests so a typo fails.
 */

/** One way to reach someone: a functional mailbox and/or a phone number. */
export interface ContactRoute {
  email?: string;
  phone?: string;
}

/** What each contact is for, in the order pages list them. */
export const CONTACT: Record<'content' | 'accessibility' | 'press', ContactRoute & { label: string }> = {
  // The secretariat that wrote the source documents, as their letterheads give it (Sekretariatet,
  // Sandra Hedman; e-mail in every document, phone in the tjänsteskrivelse of 2021-10-04,
  // RS/101/2015). Replace them with Insyn's own functional routes when the region has chosen
  // them. The data catalogue's contact point takes the first e-mail.
  content: {
    label: 'Frågor om innehållet och siffrorna (sekretariatet, som skrev dokumenten som webbplatsen bygger på)',
    email: 'sandra.hedman@regionjh.se',
    phone: '063-14 75 09',
  },
  accessibility: {
    label: 'Tillgänglighet och annat format (sekretariatet)',
    email: 'sandra.hedman@regionjh.se',
    phone: '063-14 75 09',
  },
  press: { label: 'Press och media', email: undefined, phone: undefined },
};

/** Shown where an address or number is missing, so nobody reads the gap as an oversight. */
export const CONTACT_PLACEHOLDER = 'inte fastställd ännu';

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[a-z]{2,}$/i;
/** Swedish style numbers: digits with spaces and at most one hyphen, optionally +46. */
const PHONE = /^(\+46 ?|0)[1-9][0-9 ]*(-[0-9 ]+)?$/;

/** A phone number that never wraps mid-number: non-breaking spaces and hyphen. */
const unbreakable = (phone: string) => phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/** One line a page shows for a contact: the label, and per channel a link or the placeholder. */
export interface ContactLine {
  label: string;
  channels: { kind: 'E-post' | 'Telefon'; text: string; href?: string }[];
}

/** The lines for `routes`, with `mailto:`/`tel:` links where a value is set. */
export function contactLines(routes: (ContactRoute & { label: string })[] = Object.values(CONTACT)): ContactLine[] {
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

/** True when no contact has an e-mail or phone yet: pages then point to the region's website. */
export const contactPending = (routes: ContactRoute[] = Object.values(CONTACT)) =>
  routes.every((route) => !route.email && !route.phone);

/** The first e-mail address set, for the data catalogue's contact point (`vcard:hasEmail`). */
export const catalogueEmail = (routes: ContactRoute[] = [CONTACT.content, CONTACT.press]) =>
  routes.find((route) => route.email)?.email;

/** Every malformed value, as `key.field: reason`, so a typo is caught before it is published. */
export function contactProblems(routes: Record<string, ContactRoute> = CONTACT): string[] {
  const problems: string[] = [];
  for (const [key, route] of Object.entries(routes)) {
    if (route.email !== undefined && !EMAIL.test(route.email)) {
      problems.push(`${key}.email: "${route.email}" är ingen e-postadress (skriv namn@doman.se)`);
    }
    if (route.phone !== undefined && !PHONE.test(route.phone)) {
      problems.push(`${key}.phone: "${route.phone}" är inget telefonnummer (skriv t.ex. 063-14 75 00)`);
    }
  }
  return problems;
}
