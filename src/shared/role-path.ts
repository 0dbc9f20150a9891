/**
 * A role's way into the handbook: its chosen reading path first, then every other chapter, worksheet
 * and exercise tagged with the role (audience), so newly tagged content appears automatically.
 */
interface Doc {
  id: string;
  data: { audience: readonly string[]; title: string };
}

export interface RolePath<C extends Doc, W extends Doc, X extends Doc> {
  reading: C[];
  moreChapters: C[];
  worksheets: W[];
  exercises: X[];
}

export function rolePath<C extends Doc, W extends Doc, X extends Doc>(
  roleId: string,
  readingPath: readonly string[],
  all: { chapters: readonly C[]; worksheets: readonly W[]; exercises: readonly X[] },
): RolePath<C, W, X> {
  const reading = readingPath.map((id) => {
    const chapter = all.chapters.find((c) => c.id === id);
    if (!chapter) throw new Error(`Rollen ${roleId}: kapitlet "${id}" i readingPath finns inte i gällande utgåva`);
    return chapter;
  });
  const tagged = <T extends Doc>(list: readonly T[]) => list.filter((d) => d.data.audience.includes(roleId));
  return {
    reading,
    moreChapters: tagged(all.chapters).filter((c) => !readingPath.includes(c.id)),
    worksheets: tagged(all.worksheets),
    exercises: tagged(all.exercises),
  };
}
