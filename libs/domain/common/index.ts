export * from './uuid7.js';
export * from './cursor.js';
export * from './search-text.js';
export * from './taxonomy.js';
export * from './versioned-update.js';
