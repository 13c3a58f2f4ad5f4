// Docket numbers as courts write them vary: an office prefix (`1:`), judges'
// initials after the number (`-MGM`), padding. The key keeps what identifies a
// case within its court: year, case type and number (`14-cv-7524`); an appellate
// number (`18-90014`) is kept as it is. Imported cases and filters use the same key.

/** The comparable key of a docket number, or null when it is empty. */
export function docketKey(docketNumber: string): string | null {
  const text = docketNumber.trim().toLowerCase().replace(/\s+/g, '');
  if (!text) return null;
  const district = /^(?:\d+:)?(\d{2,4})-([a-z]+)-0*(\d+)/.exec(text);
  if (district) return `${district[1]}-${district[2]}-${district[3]}`;
  const appellate = /^(\d{2,4})-0*(\d+)$/.exec(text);
  if (appellate) return `${appellate[1]}-${appellate[2]}`;
  return text;
}
