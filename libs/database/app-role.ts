/**
 * The role the api and the worker act as inside Postgres (set per connection). It is not the
 * owner of the tables, so it cannot alter them or disable their triggers. In production, give
 * the application a login role that is a member of it: `GRANT madoguchi_app TO <login>`.
 */
export const APP_DATABASE_ROLE = 'madoguchi_app';
