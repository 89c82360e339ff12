import type { Framework, Migration } from '../ir.js';
import type { Phrasebook, PhrasebookFactory } from '../phrasebook.js';
import { alembicPhrasebook } from './alembic/phrasebook.js';
import { djangoPhrasebook } from './django/phrasebook.js';
import { knexPhrasebook } from './knex/phrasebook.js';
import { railsPhrasebook } from './rails/phrasebook.js';
import { sqlPhrasebook } from './sql/phrasebook.js';

/** Each front end's phrasebook (small modules: loading them never loads a parser). */
const FACTORIES: Record<Framework, PhrasebookFactory> = {
  sql: sqlPhrasebook,
  alembic: alembicPhrasebook,
  knex: knexPhrasebook,
  django: djangoPhrasebook,
  rails: railsPhrasebook,
};

const cache = new WeakMap<Migration, Phrasebook>();

/** The phrasebook for a migration (its framework, layout, dialect and id), built once per migration. */
export function phrasebookFor(m: Migration): Phrasebook {
  let pb = cache.get(m);
  if (!pb) {
    pb = FACTORIES[m.framework](m);
    cache.set(m, pb);
  }
  return pb;
}
