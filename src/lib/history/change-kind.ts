/** What a commit did to an entry's file, as git reports it (A, M, D, R). */
export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed';
