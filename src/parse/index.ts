import type { Framework } from '../ir.js';
import type { FrontEnd } from './frontend.js';
import { sqlFrontEnd } from './sql/file.js';

/** The front end for a framework; the ORM ones (and their parsers) load only when a file needs them. */
export async function frontEndFor(framework: Framework): Promise<FrontEnd> {
  switch (framework) {
    case 'sql':
      return sqlFrontEnd;
    case 'alembic':
      return (await import('./alembic/index.js')).alembicFrontEnd;
    case 'knex':
      return (await import('./knex/index.js')).knexFrontEnd;
    case 'django':
      return (await import('./django/index.js')).djangoFrontEnd;
    case 'rails':
      return (await import('./rails/index.js')).railsFrontEnd;
  }
}
