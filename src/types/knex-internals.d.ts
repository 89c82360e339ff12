// Knex's dialect clients and function helper, imported directly so only the two dialects we
// compile for are loaded (and bundled). They are CommonJS classes without their own typings.
declare module 'knex/lib/dialects/postgres/index.js' {
  const Client: unknown;
  export default Client;
}
declare module 'knex/lib/dialects/mysql2/index.js' {
  const Client: unknown;
  export default Client;
}
declare module 'knex/lib/knex-builder/FunctionHelper.js' {
  const FunctionHelper: unknown;
  export default FunctionHelper;
}
