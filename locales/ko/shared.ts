// Shared word lists (RULES.md §3), referenced from patterns as @name.

export default {} as const;
